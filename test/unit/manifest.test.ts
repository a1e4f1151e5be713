import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

describe('the extension manifest', () => {
  let packaged: Set<string>;
  before(function () {
    this.timeout(60_000);
    const listing = execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    packaged = new Set(listing.split('\n').map((line) => line.trim()).filter(Boolean));
  });

  const commands = new Set<string>(contributes.commands.map((c: { command: string }) => c.command));
  const views = new Set<string>(Object.values(contributes.views).flat().map((v) => (v as { id: string }).id));
  const settings = new Set(Object.keys(contributes.configuration.properties));

  it('ships its Marketplace icon and changelog in the package', () => {
    assert.ok(packaged.has(manifest.icon), `${manifest.icon} is not in the .vsix`);
    assert.ok(packaged.has('CHANGELOG.md'));
    const png = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.deepStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'the icon is 128×128');
  });

  it('ticks each walkthrough step off by an event that exists', () => {
    for (const step of contributes.walkthroughs.flatMap((w: { steps: unknown[] }) => w.steps)) {
      assert.ok(step.completionEvents?.length, `step ${step.id} has no completion event`);
      for (const event of step.completionEvents as string[]) {
        const [kind, name] = [event.slice(0, event.indexOf(':')), event.slice(event.indexOf(':') + 1)];
        const known = { onCommand: commands, onView: views, onSettingChanged: settings }[kind];
        if (kind === 'onContext') {
          assert.match(name, /^sprintFlow\.\w+/, `step ${step.id}: ${event}`);
        } else {
          assert.ok(known?.has(name), `step ${step.id}: ${event} names nothing Sprint Flow contributes`);
        }
      }
    }
  });

  it('ships every walkthrough image and page', () => {
    for (const step of contributes.walkthroughs.flatMap((w: { steps: unknown[] }) => w.steps)) {
      const media = step.media.image ?? step.media.markdown;
      assert.ok(packaged.has(media), `step ${step.id}: ${media} is not in the .vsix`);
      if (step.media.image) assert.ok(step.media.altText, `step ${step.id}: an image needs altText`);
    }
  });

  it('restricts only settings it has, and says what Restricted Mode and virtual workspaces limit', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
    assert.strictEqual(untrustedWorkspaces.supported, 'limited');
    for (const key of untrustedWorkspaces.restrictedConfigurations) assert.ok(settings.has(key), key);
    assert.ok(untrustedWorkspaces.description && virtualWorkspaces.description);
  });
});
