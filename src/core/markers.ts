import { validRecord } from './records/validation';

/**
 * Hidden, versioned records inside GitHub comments: `<!-- sprint-flow:v1 {"kind":"blocker",...} -->`. The visible
 * text around a marker is for people; the marker is for reading the record back exactly.
 *
 * Anyone can comment where Sprint Flow reads, so a comment is read with a scan whose cost is linear in its length
 * (indexOf for `<!--` and `-->`, never a backtracking regex), JSON.parse only sees a bounded slice, and one comment
 * contributes a bounded number of records.
 */

export const MARKER_VERSION = 1;

/**
 * Most markers read from one comment. Sprint Flow writes one per comment (a draft issue's body gathers one per
 * blocker note); markers past this many are not parsed and count as skipped.
 */
export const MAX_MARKERS_PER_COMMENT = 20;

/**
 * Longest JSON of one record, in characters. Every record Sprint Flow writes fits even at its fields' limits (see
 * records/validation.ts) with every character escaped six-fold (`<` as \u003c); a longer one is skipped unparsed.
 */
export const MAX_RECORD_JSON_LENGTH = 24_576;

const OPEN = '<!--';
const CLOSE = '-->';
const PREFIX = 'sprint-flow:v';
/**
 * Deepest nesting of objects and arrays in one record's JSON. Sprint Flow writes two levels (a flag's `blockedBy`);
 * deeper JSON is skipped unparsed, as JSON.parse takes milliseconds over thousands of nested brackets.
 */
export const MAX_RECORD_DEPTH = 8;

/** Longest version number read; more digits than this is not a version Sprint Flow wrote. */
const MAX_VERSION_DIGITS = 6;

export interface MarkerRecord {
  kind: string;
  [key: string]: unknown;
}

export interface MarkerScan<T extends MarkerRecord = MarkerRecord> {
  records: T[];
  /**
   * Markers that were ours but unreadable: a newer version, JSON damaged by an edit, a record that fails validation
   * (a field Sprint Flow would never write), an unterminated marker, or markers past the per-comment limit.
   */
  skipped: number;
}

/** The marker for a record. `<`, `>` and `&` are escaped in the JSON so no value can close the HTML comment. */
export function encodeMarker(record: MarkerRecord): string {
  const json = JSON.stringify(record).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<!-- sprint-flow:v${MARKER_VERSION} ${json} -->`;
}

/** One of our markers in a text: where it starts and ends, and its version and JSON (absent when unterminated). */
interface MarkerSpan {
  start: number;
  /** Index just past `-->`; the text's length for an unterminated marker. */
  end: number;
  version: number;
  /** Start and end of the JSON between the version and `-->`, whitespace trimmed. */
  json?: { start: number; end: number };
}

const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0x3000;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Our markers in order: `<!--`, optional whitespace, `sprint-flow:v`, digits, at least one whitespace, then
 * everything up to the first `-->`. Each character is looked at a bounded number of times: the whitespace after a
 * `<!--` belongs to that opener alone, and an unterminated marker ends the scan (no `-->` follows it, so none follows
 * any later marker either).
 */
function* markerSpans(text: string): Generator<MarkerSpan> {
  let from = 0;
  while (from < text.length) {
    const start = text.indexOf(OPEN, from);
    if (start < 0) {
      return;
    }
    let i = start + OPEN.length;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (!text.startsWith(PREFIX, i)) {
      from = start + OPEN.length;
      continue;
    }
    i += PREFIX.length;
    const digitsStart = i;
    while (i < text.length && isDigit(text.charCodeAt(i)) && i - digitsStart <= MAX_VERSION_DIGITS) i++;
    if (i === digitsStart || !isSpace(text.charCodeAt(i))) {
      // Not a marker as written (`sprint-flow:vX`, or no space before the record): ordinary text.
      from = i;
      continue;
    }
    const version = i - digitsStart > MAX_VERSION_DIGITS ? Number.NaN : Number(text.slice(digitsStart, i));
    const close = text.indexOf(CLOSE, i);
    if (close < 0) {
      yield { start, end: text.length, version };
      return;
    }
    let jsonStart = i;
    while (jsonStart < close && isSpace(text.charCodeAt(jsonStart))) jsonStart++;
    let jsonEnd = close;
    while (jsonEnd > jsonStart && isSpace(text.charCodeAt(jsonEnd - 1))) jsonEnd--;
    yield { start, end: close + CLOSE.length, version, json: { start: jsonStart, end: jsonEnd } };
    from = close + CLOSE.length;
  }
}

/**
 * Every readable record in a text, in order, each validated against what Sprint Flow writes for its kind; anything
 * else that looks like our marker is counted as skipped.
 */
export function readMarkers(text: string): MarkerScan {
  const scan: MarkerScan = { records: [], skipped: 0 };
  let seen = 0;
  for (const span of markerSpans(text)) {
    seen++;
    const record =
      seen <= MAX_MARKERS_PER_COMMENT && span.version === MARKER_VERSION && span.json && span.json.end - span.json.start <= MAX_RECORD_JSON_LENGTH
        ? parseRecord(text.slice(span.json.start, span.json.end))
        : undefined;
    if (record) {
      scan.records.push(record);
    } else {
      scan.skipped++;
    }
  }
  return scan;
}

/** Whether the JSON nests objects and arrays deeper than MAX_RECORD_DEPTH, brackets inside strings not counted. */
function nestsTooDeep(json: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // the escaped character cannot end the string
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_RECORD_DEPTH) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

function parseRecord(json: string): MarkerRecord | undefined {
  if (nestsTooDeep(json)) {
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // A hand-edited or truncated marker: counted as skipped by the caller.
    return undefined;
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as MarkerRecord).kind === 'string') {
    return validRecord(value as MarkerRecord);
  }
  return undefined;
}

/** Removes our markers from a text (an unterminated one up to the end), e.g. to show a comment's human part. */
export function stripMarkers(text: string): string {
  const kept: string[] = [];
  let from = 0;
  for (const span of markerSpans(text)) {
    kept.push(text.slice(from, span.start));
    from = span.end;
  }
  kept.push(text.slice(from));
  return kept.join('').trim();
}
