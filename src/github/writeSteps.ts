import { GitHubError, toGitHubError } from './errors';

/**
 * A change on GitHub made of several writes, run in an order that leaves the board right if a later one fails,
 * and reported honestly: what was done, what was left alone and why, and where it stopped.
 */
export interface WriteStep {
  /** What the step does, to end "Sprint Flow could not …". */
  description: string;
  /** What was done, in the past tense, for the report ("added the blocked label"). */
  done: string;
  /** Resolves to a note when there was nothing to do (e.g. "the repository has no blocked label"). */
  run(): Promise<void | { skipped: string }>;
}

export interface WriteOutcome {
  done: string[];
  notes: string[];
  failed?: { description: string; error: GitHubError; remaining: WriteStep[] };
}

export async function runWriteSteps(steps: readonly WriteStep[]): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { done: [], notes: [] };
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index];
    try {
      const result = await step.run();
      if (result) {
        outcome.notes.push(result.skipped);
      } else {
        outcome.done.push(step.done);
      }
    } catch (error) {
      outcome.failed = { description: step.description, error: toGitHubError(error), remaining: steps.slice(index) };
      break;
    }
  }
  return outcome;
}
