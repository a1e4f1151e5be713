/**
 * Goal trailers in commit messages: `Refs OWNER/REPO#N` (GitHub shows the commit on the issue once pushed) and
 * `Sprint-Goal: OWNER/REPO#N`. Added to the message's trailer block without touching the user's text.
 */

export const SPRINT_GOAL_TRAILER = 'Sprint-Goal';

export function goalTrailers(reference: string): string[] {
  return [`Refs ${reference}`, `${SPRINT_GOAL_TRAILER}: ${reference}`];
}

const TRAILER_LINE = /^(?:[A-Za-z][\w-]*:\s+\S.*|Refs\s+\S+)$/i;
const isComment = (line: string) => line.startsWith('#');
const normalise = (line: string) => line.trim().replace(/\s+/g, ' ').toLowerCase();

/** The message with the trailers added once each, keeping line endings and any trailing `#` comment lines. */
export function addTrailers(message: string, trailers: readonly string[]): string {
  const eol = message.includes('\r\n') ? '\r\n' : '\n';
  const lines = message.split(/\r?\n/);
  let end = lines.length;
  while (end > 0 && (isComment(lines[end - 1]) || !lines[end - 1].trim())) {
    end--;
  }
  const body = lines.slice(0, end);
  const tail = lines.slice(end);
  const present = new Set(body.filter((l) => !isComment(l)).map(normalise));
  const missing = trailers.filter((t) => !present.has(normalise(t)));
  if (missing.length === 0) {
    return message;
  }
  let result: string[];
  if (body.length === 0) {
    // An empty box: leave the first line free for the summary.
    result = ['', '', ...missing];
  } else {
    const lastParagraphStart = body.map((l) => !l.trim()).lastIndexOf(true) + 1;
    const lastParagraph = body.slice(lastParagraphStart).filter((l) => !isComment(l));
    const endsWithTrailers = lastParagraphStart > 0 && lastParagraph.length > 0 && lastParagraph.every((l) => TRAILER_LINE.test(l.trim()));
    result = endsWithTrailers ? [...body, ...missing] : [...body, '', ...missing];
  }
  const comments = tail.filter(isComment);
  const trailing = comments.length > 0 ? ['', ...comments] : body.length > 0 && tail.length > 0 ? [''] : [];
  return [...result, ...trailing].join(eol);
}

/** The goal references a commit message names through either trailer, de-duplicated, in order. */
export function goalReferences(message: string): string[] {
  const found: string[] = [];
  for (const raw of message.split(/\r?\n/)) {
    const line = raw.trim();
    const match = /^(?:Refs\s+|Sprint-Goal:\s*)([\w.-]+\/[\w.-]+#\d+)$/i.exec(line);
    if (match && !found.includes(match[1])) {
      found.push(match[1]);
    }
  }
  return found;
}
