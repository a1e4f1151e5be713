/** The fake GitHub's public surface, for tests, scripts and benchmarks. */
export { startFakeGitHub } from './server';
export type { FakeGitHub, FakeGitHubOptions, RequestLogEntry } from './server';
export { GitHubState } from './state';
export * from './builders';
export * from './boardBuilders';
export * from './demo';
export { addDiscussionComment, discussion, discussionCategory, discussionComment, enableDiscussions } from './discussions';
export { defaultSwitches } from './switches';
export type { RateLimitSwitch, Switches } from './switches';
export type { Clock } from './time';
export * from './boardChanges';
export { valueCount, widenBoard } from './wideBoard';
export type { WideBoardShape } from './wideBoard';
