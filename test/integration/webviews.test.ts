// The sprint dashboard and the team report in a real VS Code against the local GitHub seeded with several
// iterations of interruptions and blockers: the numbers the webviews receive (the panels' last posted views) and
// what they draw (their DOM, read in the headless browser), a hostile title, and the exports.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isBlockerFlag } from '../../src/core/blockers';
import { Interruption, isInterruption } from '../../src/core/interruptions';
import { readMarkers } from '../../src/core/markers';
import { TeamReport } from '../../src/core/report/model';
import type { SprintFlowApi } from '../../src/extension';
import type { ExportResult } from '../../src/commands/exportReport';
import { DashboardView } from '../../src/webview/protocol';
import { addItem, DEMO_CURRENT_ITERATION, DEMO_LOGIN, FakeGitHub, issue } from '../fake-github';
import { DEMO_LEAVER, DEMO_REPORT_ITERATIONS } from '../fake-github/demoReport';
import { IssueRec } from '../fake-github/model';
import { connectToDemo, demoProject, expectedSprint, resetSettings, sprintFlow } from './sprintFixture';
import { uiCheck } from './workbench';

const HOSTILE = '<img src=x onerror="document.body.dataset.hacked=1">';

interface WebviewDom {
  texts: Record<string, string[]>;
  counts: Record<string, number>;
  styles: Record<string, string>;
}

const readWebview = (args: object) => uiCheck<WebviewDom>('webviewText', args);
const screenshotDir = process.env.SPRINT_FLOW_SCREENSHOT_DIR;

/** The team log entries and blocker flags on the local GitHub, counted straight from its state. */
function seeded(github: FakeGitHub) {
  const issues = [...github.state.repos.values()].flatMap((r) => r.issues);
  const logs = issues.filter((i) => i.labels.some((l) => l.name === 'interruption-log'));
  const entries = new Map<string, Interruption>();
  for (const record of logs.flatMap((i) => i.comments.flatMap((c) => readMarkers(c.body).records))) {
    if (isInterruption(record) && !entries.has(record.id)) entries.set(record.id, record);
  }
  const project = demoProject(github);
  const iterationField = project.fields.find((f) => f.dataType === 'ITERATION')!;
  const inRange = new Set(iterationField.iterationConfig!.iterations.filter((it) => DEMO_REPORT_ITERATIONS.includes(it.title)).map((it) => it.id));
  const rangeItems = project.items.filter((item) => {
    const value = item.values.get(iterationField.id);
    return value?.type === 'iteration' && inRange.has(value.iterationId) && item.content && item.content.kind !== 'DraftIssue';
  });
  const flags = rangeItems.flatMap((item) => (item.content as IssueRec).comments.flatMap((c) => readMarkers(c.body).records.filter(isBlockerFlag)));
  return { entries: [...entries.values()], flags };
}

describe('Dashboard and team report webviews', () => {
  let api: SprintFlowApi;
  let github: FakeGitHub;

  before(async () => {
    api = await sprintFlow();
    github = await connectToDemo();
    // An item of mine, blocked, whose title is an HTML injection attempt: both webviews must show it as text.
    const project = demoProject(github);
    const hostile = issue(github.state, github.state.repo('northwind', 'web')!, { title: HOSTILE, author: github.state.user(DEMO_LOGIN)!, assignees: [github.state.user(DEMO_LOGIN)!] });
    addItem(github.state, project, hostile, { Status: 'In Review/Blocked', Iteration: DEMO_CURRENT_ITERATION, Estimate: 2 });
    assert.equal((await api.sprintView.refresh()).kind, 'sprint');
  });

  after(async () => {
    api.panels.dashboard()?.dispose();
    api.panels.teamReport()?.dispose();
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await resetSettings();
    await github.close();
  });

  it('opens the dashboard with my sprint: iteration, items by status with estimates, goals, blockers, interruptions', async () => {
    const view = await vscode.commands.executeCommand<DashboardView>('sprintFlow.openDashboard');
    assert.equal(view?.state, 'ready');
    const model = view.state === 'ready' ? view.model : assert.fail();
    assert.equal(model.iteration.title, DEMO_CURRENT_ITERATION);
    const expected = expectedSprint(github);
    assert.deepEqual(model.statusGroups.map((g) => g.status), [...expected.keys()]);
    assert.deepEqual(model.statusGroups.map((g) => g.items.length), [...expected.values()].map((items) => items.length));
    assert.equal(model.totalPoints, model.statusGroups.flatMap((g) => g.items).reduce((sum, i) => sum + (i.estimate ?? 0), 0));
    assert.ok(model.totalPoints > 0);
    assert.equal(model.goals.state, 'ready', model.goals.problem);
    assert.equal(model.goals.goals.length, 2);
    assert.ok(model.blockers.some((b) => b.title === HOSTILE), 'my blocked items are listed');

    const dom = await readWebview({
      waitFor: '[data-test="goals-table"]',
      texts: { iteration: '[data-test="iteration"]', total: '[data-test="items-total"]', goals: '[data-test="goals-table"] tbody tr', body: 'main' },
      counts: { img: 'img', hacked: 'body[data-hacked]', statusTables: '[data-test^="status-"]' },
      ...(screenshotDir ? { screenshot: path.join(screenshotDir, 'dashboard.png') } : {}),
    });
    assert.deepEqual(dom.texts.iteration, [DEMO_CURRENT_ITERATION]);
    const itemCount = [...expected.values()].reduce((sum, items) => sum + items.length, 0);
    assert.deepEqual(dom.texts.total, [`${itemCount} items, ${model.totalPoints} points`]);
    assert.equal(dom.counts.statusTables, expected.size);
    assert.equal(dom.texts.goals.length, 2);
    assert.equal(dom.counts.img, 0, 'the hostile title made no image');
    assert.equal(dom.counts.hacked, 0, 'and ran no script');
    assert.ok(dom.texts.body[0].includes(HOSTILE), 'the hostile title is shown as text');
  });

  it('updates the dashboard when I log an interruption', async () => {
    await vscode.commands.executeCommand('sprintFlow.logInterruption', { kind: 'incident', duration: '1h30' });
    const view = api.panels.dashboard()?.view;
    const model = view?.state === 'ready' ? view.model : assert.fail('the dashboard shows my sprint');
    const incident = model.interruptions.byKind.find((k) => k.kind === 'incident');
    assert.ok(incident && incident.minutes >= 90);
    assert.ok(model.interruptions.focus !== undefined && model.interruptions.focus < 1);
    const dom = await readWebview({ waitFor: '[data-test="interruptions-by-kind"]', texts: { kinds: '[data-test="interruptions-by-kind"] tbody tr', total: '[data-test="interruption-total"]' } });
    assert.ok(dom.texts.kinds.some((row) => row.startsWith('Incident / page')), dom.texts.kinds.join(' | '));
    assert.match(dom.texts.total[0], /h|min/);
  });

  it('opens the team report over the current and previous five iterations with the seeded numbers', async () => {
    const report = await vscode.commands.executeCommand<TeamReport>('sprintFlow.openTeamReport');
    assert.ok(report, 'the report was read');
    assert.deepEqual(report.iterations.map((i) => i.title), DEMO_REPORT_ITERATIONS);
    const { entries, flags } = seeded(github);
    const starts = report.iterations.map((i) => Date.parse(`${i.startDate}T00:00:00Z`));
    const end = Date.parse(`${report.iterations[report.iterations.length - 1].endDate}T00:00:00Z`) + 86_400_000;
    const inRange = entries.filter((e) => Date.parse(e.startedAt) >= starts[0] && Date.parse(e.startedAt) < end);
    assert.equal(report.timeZone, 'UTC', 'the test machine runs in UTC, as the expectations below assume');
    assert.equal(report.interruptions.total.count, inRange.length);
    assert.equal(report.interruptions.total.minutes, inRange.reduce((sum, e) => sum + e.minutes, 0));
    assert.ok(report.interruptions.total.count >= 40, `several iterations of entries (${report.interruptions.total.count})`);
    assert.equal(report.skippedRecords, 1, 'the record from a newer Sprint Flow is skipped and counted');
    assert.ok(report.people.includes(DEMO_LEAVER), 'a person who left still has their entries');
    assert.equal(report.blockers.byIteration.reduce((sum, r) => sum + r.flagged, 0), flags.filter((f) => Date.parse(f.flaggedAt) >= starts[0]).length);
    assert.equal(report.blockers.orphanResolutions > 0, true, 'a resolution whose flag comment was deleted is counted');
    assert.ok(report.blockers.current.some((c) => c.title === HOSTILE));

    const dom = await readWebview({
      waitFor: '[data-test="interruptions-by-iteration"]',
      texts: {
        total: '[data-test="interruption-total"]',
        skipped: '[data-test="skipped"]',
        trend: '[data-test="interruptions-by-iteration"] tbody tr',
        blockedNow: '[data-test="blocked-now"] tbody tr',
        focus: '[data-test="team-focus"]',
      },
      counts: { img: 'img', charts: 'svg.chart', hacked: 'body[data-hacked]' },
      ...(screenshotDir ? { screenshot: path.join(screenshotDir, 'team-report.png') } : {}),
    });
    const hours = Math.floor(report.interruptions.total.minutes / 60);
    assert.match(dom.texts.total[0], new RegExp(`^${report.interruptions.total.count} interruptions, ${hours} h`));
    assert.deepEqual(dom.texts.skipped, ['1 record skipped (written by a newer Sprint Flow, or edited beyond reading).']);
    assert.deepEqual(dom.texts.trend.map((row) => row.split(' ').slice(0, 3).join(' ')), report.interruptions.byIteration.map((r) => `${r.iteration} ${r.count}`));
    assert.ok(dom.texts.blockedNow.some((row) => row.includes(HOSTILE)), 'the hostile title is text in the report too');
    assert.equal(dom.counts.img, 0);
    assert.equal(dom.counts.hacked, 0);
    assert.ok(dom.counts.charts >= 6, `charts drawn: ${dom.counts.charts}`);
    assert.match(dom.texts.focus[0], /^Team focus factor \d+%/);
  });

  it('filters the team report by person and kind', async () => {
    const report = await vscode.commands.executeCommand<TeamReport>('sprintFlow.openTeamReport', { iterations: 6, people: [DEMO_LEAVER], kinds: ['support-ticket'] });
    assert.ok(report);
    const { entries } = seeded(github);
    const hers = entries.filter((e) => e.person === DEMO_LEAVER && e.interruptionKind === 'support-ticket');
    assert.equal(report.interruptions.total.count, hers.length);
    assert.deepEqual(report.focus.byPerson.map((p) => p.person), [DEMO_LEAVER]);
    assert.ok(report.focus.byIteration.slice(2).every((i) => i.people === 0), 'she left after iteration 38: no capacity counted later');
    const view = api.panels.teamReport()?.view;
    assert.equal(view?.state === 'ready' && view.query.people[0], DEMO_LEAVER);
    const dom = await readWebview({ waitFor: '[data-test="interruptions-by-person"]', contains: DEMO_LEAVER, texts: { people: '[data-test="interruptions-by-person"] tbody tr td:first-child' } });
    assert.ok(dom.texts.people.every((p) => p === DEMO_LEAVER), dom.texts.people.join(', '));
  });

  it('draws the report in theme colours in light, dark and high-contrast themes', async () => {
    await vscode.commands.executeCommand<TeamReport>('sprintFlow.openTeamReport', { iterations: 6 });
    const workbench = vscode.workspace.getConfiguration('workbench');
    try {
      let previous = '';
      for (const [theme, name] of [['Default Light Modern', 'light'], ['Default Dark Modern', 'dark'], ['Default High Contrast', 'high-contrast']]) {
        await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        let dom: WebviewDom | undefined;
        // The webview takes the new theme's variables a moment after the setting changes.
        for (let attempt = 0; attempt < 40 && (!dom || dom.styles.background === previous); attempt++) {
          if (dom) await new Promise((resolve) => setTimeout(resolve, 250));
          dom = await readWebview({
            waitFor: '[data-test="interruptions-by-iteration"]',
            styles: { background: ['body', 'background-color'], text: ['body', 'color'], bar0: ['rect.bar-0', 'fill'], bar1: ['rect.bar-1', 'fill'], label: ['.chart text', 'fill'] },
          });
        }
        const { background, text, bar0, bar1, label } = dom!.styles;
        assert.notEqual(background, previous, `${theme}: the webview took the theme`);
        previous = background;
        assert.ok(background && text && bar0 && bar1 && label, `${theme}: ${JSON.stringify(dom!.styles)}`);
        assert.notEqual(text, background, `${theme}: text is visible`);
        for (const bar of [bar0, bar1]) {
          assert.ok(!['none', background, 'rgb(0, 0, 0)'].includes(bar) || bar === text, `${theme}: bars are filled in a visible colour (${bar} on ${background})`);
        }
        assert.equal(label, text, `${theme}: chart labels use the foreground colour`);
        if (screenshotDir && name !== 'light') {
          await readWebview({ waitFor: '[data-test="interruptions-by-iteration"]', screenshot: path.join(screenshotDir, `team-report-${name}.png`) });
        }
      }
    } finally {
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('exports the report as Markdown into an untitled editor and as CSV to a file', async () => {
    const markdown = await vscode.commands.executeCommand<ExportResult>('sprintFlow.exportReport', { format: 'markdown', iterations: 6 });
    assert.equal(markdown?.format, 'markdown');
    assert.match(markdown.uri, /^untitled:/);
    assert.equal(vscode.window.activeTextEditor?.document.getText(), markdown.content);
    assert.match(markdown.content, /^# Team report · Platform Team Sprint Board/);
    // Text from GitHub has its `<` escaped (`\<`), which Markdown shows as typed: only an unescaped one could open a tag.
    assert.ok(!/(^|[^\\])<[a-z]/i.test(markdown.content), 'no HTML in the Markdown');
    assert.ok(markdown.content.includes('\\<img src\\=x onerror\\='), 'the hostile title is escaped, every punctuation mark with a backslash');

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-flow-csv-')), 'report.csv');
    const csv = await vscode.commands.executeCommand<ExportResult>('sprintFlow.exportReport', { format: 'csv', path: file, iterations: 6 });
    assert.equal(csv?.format, 'csv');
    const written = fs.readFileSync(file, 'utf8');
    assert.equal(written, csv.content);
    const lines = written.trimEnd().split('\r\n');
    assert.equal(lines[0], 'record,iteration,person,started,ended,minutes,kind_or_reason,scope,item,link,note,working_days');
    assert.ok(lines.filter((l) => l.startsWith('interruption,')).length >= 40);
    assert.ok(lines.some((l) => l.startsWith('blocker,')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
