/**
 * OWNER/REPO from a git remote URL, for naming commits `OWNER/REPO@SHA`: `https://HOST/OWNER/REPO(.git)`,
 * `git@HOST:OWNER/REPO(.git)` and `ssh://git@HOST(:PORT)/OWNER/REPO(.git)`, any host (GitHub Enterprise Server).
 */
const SCP_LIKE = /^[\w.-]+@[\w.-]+:\/?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/;

/** Longest remote URL read; a real one is far shorter. */
const MAX_REMOTE_URL_LENGTH = 2000;

export function repositoryFromRemote(url: string | undefined): string | undefined {
  const text = url?.trim();
  if (!text || text.length > MAX_REMOTE_URL_LENGTH) {
    return undefined;
  }
  const scp = SCP_LIKE.exec(text);
  if (scp) {
    return `${scp[1]}/${scp[2]}`;
  }
  if (!/^(?:https?|ssh|git):\/\//i.test(text)) {
    return undefined;
  }
  try {
    const parts = new URL(text).pathname.split('/').filter(Boolean);
    if (parts.length !== 2) {
      return undefined;
    }
    return `${parts[0]}/${parts[1].replace(/\.git$/, '')}`;
  } catch {
    return undefined;
  }
}
