// The hostile comment bodies the "hostile records" bench reads: each as long as GitHub allows (65,536 characters),
// shaped to find super-linear work in a reader (an unterminated marker, thousands of markers, deep JSON, huge
// numbers, comment openers, whitespace runs, long names without the character a pattern waits for).
import { encodeMarker } from '../../src/core/markers';

export const GITHUB_MAX_BODY = 65_536;

const fill = (unit: string, prefix = '', suffix = '') => {
  const room = GITHUB_MAX_BODY - prefix.length - suffix.length;
  return prefix + unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + suffix;
};

const entry = encodeMarker({
  kind: 'interruption',
  id: '6f1c2d8e-1f7a-4c55-9b43-5d1c0e1f2a3b',
  person: 'mara-jensen',
  startedAt: '2026-11-24T09:00:00.000Z',
  minutes: 30,
  interruptionKind: 'support-ticket',
  iteration: 'Iteration 42',
});
const flag = encodeMarker({ kind: 'blocker', id: 'f', reason: 'upstream', scope: 'external', details: 'x', flaggedAt: '2026-11-24T09:00:00.000Z', flaggedBy: 'ann' });
const link = encodeMarker({ kind: 'goal-link', goal: 'northwind/api#7', commit: 'northwind/api@0123456789abcdef' });

export const HOSTILE_BODIES: Record<string, string> = {
  'unterminated marker': fill('{"kind":"interruption","a":', '<!-- sprint-flow:v1 '),
  'unterminated marker after spaces': fill(' ', '<!-- sprint-flow:v1'),
  'thousands of valid entries': fill(`${entry}\n`),
  'thousands of valid flags': fill(`${flag}\n`),
  'thousands of goal links': fill(`${link}\n`),
  'thousands of empty markers': fill('<!-- sprint-flow:v1 {} -->'),
  'thousands of unterminated openers': fill('<!-- sprint-flow:v1 {"kind":"blocker"'),
  'deep JSON past the record limit': fill(']', `<!-- sprint-flow:v1 {"kind":"blocker","x":${'['.repeat(32_000)}`, '} -->'),
  'deep JSON within the record limit': `<!-- sprint-flow:v1 {"kind":"blocker","x":${'['.repeat(12_000)}${']'.repeat(12_000)}} -->`.padEnd(GITHUB_MAX_BODY, ' '),
  'huge number': fill('9', '<!-- sprint-flow:v1 {"kind":"interruption","minutes":1', '} -->'),
  'huge version number': fill('9', '<!-- sprint-flow:v', ' {} -->'),
  'comment openers': fill('<!--'),
  'comment openers with spaces': fill('<!--      '),
  'marker prefixes without a version': fill('<!-- sprint-flow:v'),
  'comment closers': fill('-->'),
  'spaces': fill(' '),
  'spaces, then one line break': fill(' ', '', '\nend'),
  'whitespace mix': fill(' \t\u00a0\u2003'),
  'line breaks': fill('\r\n'),
  'trailer-like lines': fill('Refs a/b#1\nSprint-Goal: a/b#2\n'),
  'a trailer with a long name': fill('a', 'Refs a/', '#'),
  'a commit name with a long repository': fill('a', 'a/', '@'),
  'an issue URL with a long path': fill('a', 'https://github.com/', '/issues/1'),
  'Markdown and HTML specials': fill('*_[]()<>&@|`\\~#!:.-+'),
  'mentions and bare URLs': fill('@ann https://evil.example www.evil.example '),
  'letters': fill('abcdefghij'),
};
