import { DataExemption } from './sourceStrings';

/**
 * Text that is not translated, on purpose. Records and threads on GitHub are shared by a team whose members may run
 * VS Code in different languages: each install finds the team's threads by their title and label, so those stay
 * English. The output channel's log stays English too (it goes into bug reports); the scanner knows log calls by
 * themselves, and lines built for the log before being written are named here.
 */
export const NOT_TRANSLATED: DataExemption[] = [
  { file: 'src/core/teamLog.ts', within: ['TEAM_LOG_LABEL', 'teamLogTitle', 'teamLogBody'], why: "the team log's shared issue: every install finds it by label and title" },
  { file: 'src/core/standup/thread.ts', within: ['STANDUP_LABEL', 'standupThreadTitle', 'standupThreadBody'], why: "the standup's shared issue: every install finds it by label and title" },
  { file: 'src/github/graphql/', why: 'GraphQL documents' },
  { file: 'src/views/webviewHtml.ts', why: 'the Content-Security-Policy and HTML scaffolding, no text' },
  { file: 'src/github/graphqlRateLimit.ts', why: "GitHub's own REST message, given to the rate-limit plugin that reads it" },
  { file: 'src/services/interruptionStore.ts', within: ['summary'], why: 'a line for the log' },
  { file: 'src/services/standup/standups.ts', within: ['summary'], why: 'a line for the log' },
  { file: 'src/services/leftOutLog.ts', within: ['more'], why: 'a line for the log' },
  { file: 'src/core/userSetting.ts', within: ['userLevelValue'], why: "a setting level's name, which callers tell apart by value" },
  { file: 'src/core/standup/draft.ts', within: ['SECTIONS'], why: "the draft's headings: the draft is read back by them when it is posted" },
];
