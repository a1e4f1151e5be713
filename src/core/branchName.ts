const MAX_SLUG_LENGTH = 48;
/** The slug comes from a title's first words, so no more of a title than this is looked at. */
const MAX_TITLE_READ = 1000;

/**
 * A readable, legal git branch slug from an item title: lower case, letters and digits of any script, hyphens
 * between words, accents dropped from Latin letters, never longer than 48 characters and cut at a word boundary.
 */
export function branchSlug(title: string): string {
  const words = title
    .slice(0, MAX_TITLE_READ)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      if (!slug) {
        slug = [...word].slice(0, MAX_SLUG_LENGTH).join('');
      }
      break;
    }
    slug = next;
  }
  return slug;
}

/** `<login>/<number>-<slug>`, the branch "Start Work" creates for an item. */
export function workBranchName(login: string, number: number, title: string): string {
  const owner = login.toLowerCase().replace(/[^a-z0-9-]/g, '') || 'me';
  const slug = branchSlug(title);
  return slug ? `${owner}/${number}-${slug}` : `${owner}/${number}`;
}

/** The rules of `git check-ref-format` for one branch name, for names typed by a person. */
export function isLegalBranchName(name: string): boolean {
  return (
    name.length > 0 &&
    !/[\x00-\x20\x7f~^:?*[\\]/.test(name) &&
    !name.includes('..') &&
    !name.includes('@{') &&
    !name.includes('//') &&
    name !== '@' &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'))
  );
}
