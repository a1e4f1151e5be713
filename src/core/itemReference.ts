/** `OWNER/REPO#N`, the way people and commit trailers name an issue or pull request. */
export interface IssueReference {
  owner: string;
  repo: string;
  number: number;
}

/** Longest text read as a reference: a URL with an owner (39), a repository (100) and a number, with room to spare. */
const MAX_REFERENCE_LENGTH = 500;

const SHORT = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([\w.-]{1,100})#(\d+)$/;
const URL_PATH = /^\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([\w.-]{1,100})\/(?:issues|pull)\/(\d+)\/?$/;

/** Reads `OWNER/REPO#N` or an issue or pull request URL (any host, for GitHub Enterprise Server). */
export function parseIssueReference(input: string): IssueReference | undefined {
  if (input.length > MAX_REFERENCE_LENGTH) {
    return undefined;
  }
  const text = input.trim();
  let match = SHORT.exec(text);
  if (!match && /^https?:\/\//i.test(text)) {
    try {
      match = URL_PATH.exec(new URL(text).pathname);
    } catch {
      match = null;
    }
  }
  return match ? { owner: match[1], repo: match[2], number: Number(match[3]) } : undefined;
}

export function formatIssueReference(reference: IssueReference): string {
  return `${reference.owner}/${reference.repo}#${reference.number}`;
}

export function sameReference(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
