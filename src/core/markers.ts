/**
 * Hidden, versioned records inside GitHub comments: `<!-- sprint-flow:v1 {"kind":"blocker",...} -->`. The visible
 * text around a marker is for people; the marker is for reading the record back exactly.
 */

export const MARKER_VERSION = 1;

const MARKER = /<!--\s*sprint-flow:v(\d+)\s+([\s\S]*?)\s*-->/g;

export interface MarkerRecord {
  kind: string;
  [key: string]: unknown;
}

export interface MarkerScan<T extends MarkerRecord = MarkerRecord> {
  records: T[];
  /** Markers that were ours but unreadable: a newer version, or JSON damaged by an edit. */
  skipped: number;
}

/** The marker for a record. `<`, `>` and `&` are escaped in the JSON so no value can close the HTML comment. */
export function encodeMarker(record: MarkerRecord): string {
  const json = JSON.stringify(record).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<!-- sprint-flow:v${MARKER_VERSION} ${json} -->`;
}

/** Every readable record in a text, in order; anything else that looks like our marker is counted as skipped. */
export function readMarkers(text: string): MarkerScan {
  const scan: MarkerScan = { records: [], skipped: 0 };
  for (const match of text.matchAll(MARKER)) {
    const record = Number(match[1]) === MARKER_VERSION ? parseRecord(match[2]) : undefined;
    if (record) {
      scan.records.push(record);
    } else {
      scan.skipped++;
    }
  }
  return scan;
}

function parseRecord(json: string): MarkerRecord | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as MarkerRecord).kind === 'string') {
      return value as MarkerRecord;
    }
  } catch {
    // A hand-edited or truncated marker: counted as skipped by the caller.
  }
  return undefined;
}

/** Removes our markers from a text, e.g. to show a comment's human part. */
export function stripMarkers(text: string): string {
  return text.replace(MARKER, '').trim();
}
