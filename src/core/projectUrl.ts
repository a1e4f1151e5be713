import { ProjectRef } from './model';
import * as l10n from '@vscode/l10n';

export class ProjectUrlError extends Error {}

const PROJECT_PATH = /^\/(orgs|users)\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/projects\/(\d+)(?:\/.*)?$/;

/**
 * Reads a GitHub Projects (v2) URL such as https://github.com/orgs/ORG/projects/5/views/2.
 * Any host is accepted so GitHub Enterprise Server boards work too.
 */
export function parseProjectUrl(input: string): ProjectRef {
  const text = input.trim();
  if (!text) {
    throw new ProjectUrlError(l10n.t('No project URL is set. Run "Sprint Flow: Select Project" or paste the URL of your board.'));
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProjectUrlError(
      l10n.t('"{0}" is not a URL. Use the address of your board, like https://github.com/orgs/ORG/projects/5.', text),
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ProjectUrlError(l10n.t('"{0}" is not a web address. Use https://github.com/orgs/ORG/projects/N.', text));
  }
  const match = PROJECT_PATH.exec(url.pathname);
  if (!match) {
    throw new ProjectUrlError(
      l10n.t('"{0}" is not a GitHub project URL. It should look like https://github.com/orgs/ORG/projects/5 or https://github.com/users/USER/projects/2.', text),
    );
  }
  const [, kind, owner, number] = match;
  return {
    ownerKind: kind === 'orgs' ? 'organization' : 'user',
    owner,
    number: Number(number),
    url: `${url.origin}/${kind}/${owner}/projects/${number}`,
  };
}
