/**
 * Goal trailers in commit messages: `Refs OWNER/REPO#N` (GitHub shows the commit on the issue once pushed) and
 * `Sprint-Goal: OWNER/REPO#N`. Added to the message's trailer block without touching the user's text.
 */

export const SPRINT_GOAL_TRAILER = 'Sprint-Goal';

export function goalTrailers(reference: string): string[] {
  return [`Refs ${reference}`, `${SPRINT_GOAL_TRAILER}: ${reference}`];
}

/** Longest line read as a goal trailer: `Sprint-Goal: ` and an OWNER/REPO#N reference, with room to spare. */
const MAX_TRAILER_LENGTH = 300;
const GOAL_TRAILER = /^(?:Refs\s+|Sprint-Goal:\s*)([\w.-]+\/[\w.-]+#\d+)$/i;
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
  const found = new Set<string>();
  for (let start = 0; start <= message.length; ) {
    const newline = message.indexOf('\n', start);
    const end = newline < 0 ? message.length : newline;
    // Only a short line can be a trailer: a long one is never trimmed or matched.
    if (end - start <= MAX_TRAILER_LENGTH) {
      const match = GOAL_TRAILER.exec(message.slice(start, end).trim());
      if (match) found.add(match[1]);
    }
    start = end + 1;
  }
  return [...found];
}
