/**
 * Text from GitHub (or typed by a person) as Markdown that renders exactly as typed, on GitHub and in VS Code: the one
 * escaping every Markdown Sprint Flow writes goes through (team log and blocker comments, the exported report, hovers).
 *
 * - Every ASCII punctuation character is backslash-escaped, which CommonMark reads as that character and nothing
 *   else: no emphasis, code, links, images, HTML, entities, tables (`|`), headings, lists or quotes. With `:` and `.`
 *   escaped a bare URL or `www.` address does not become a link either.
 * - `@` is followed by a zero-width space, so GitHub neither mentions a login (notifying a stranger's target) nor links
 *   an e-mail address; GitHub finds mentions in the rendered text, where a backslash no longer is.
 * - Control characters are dropped and runs of whitespace become one space.
 *
 * One pass over the text, so its cost is linear in its length whatever the text holds.
 */

const ZERO_WIDTH_SPACE = 0x200b;

const isAsciiPunctuation = (code: number) => (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);

function isWhitespace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

const isControl = (code: number) => code < 0x20 || code === 0x7f;
const isLineBreak = (code: number) => code === 0x0a || code === 0x0d;

const BACKSLASH = 0x5c;
const AT = 0x40;
const SPACE = 0x20;
const LINE_FEED = 0x0a;
const utf16 = new TextDecoder('utf-16le');

/** One line: line breaks become spaces like any other whitespace. */
export function markdownText(text: string): string {
  return escape(text, false);
}

/** Several lines: each non-blank line escaped and trimmed, joined by `separator` (`'  \n'` for a hard line break). */
export function markdownLines(text: string, separator: string): string {
  return escape(text, true)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(separator);
}

/**
 * One pass over the text into a buffer of UTF-16 code units, decoded once (every platform VS Code runs on is
 * little-endian): 65,536 punctuation characters escape in a few milliseconds, where gathering 65,536 small strings
 * takes several times longer. With `keepLines`, a run of whitespace holding a line break becomes one line break.
 */
function escape(text: string, keepLines: boolean): string {
  const out = new Uint16Array(text.length * 3);
  let n = 0;
  let pending = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code)) {
      if (pending !== LINE_FEED) pending = keepLines && isLineBreak(code) ? LINE_FEED : SPACE;
      continue;
    }
    if (isControl(code)) {
      continue;
    }
    if (pending) {
      out[n++] = pending;
      pending = 0;
    }
    if (isAsciiPunctuation(code)) {
      out[n++] = BACKSLASH;
    }
    out[n++] = code;
    if (code === AT) {
      out[n++] = ZERO_WIDTH_SPACE;
    }
  }
  if (pending === SPACE) {
    out[n++] = SPACE;
  }
  return utf16.decode(out.subarray(0, n));
}
