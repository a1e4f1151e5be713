import * as vscode from 'vscode';
import { goalOfItem } from '../core/goals';
import { addTrailers, goalTrailers } from '../core/trailers';
import { ActiveItemTracker } from './activeItem';
import { GoalsStore } from './goalsStore';
import { autoTrailerSetting, SETTINGS } from './settings';

/**
 * With `sprintFlow.goals.autoTrailer` on, an empty commit message box gets the trailers of the active item's goal,
 * so every commit on a work branch links to its goal without a command. A box with any text is left alone.
 */
export class AutoTrailer implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly watched = new Set<unknown>();

  constructor(
    private readonly tracker: ActiveItemTracker,
    private readonly goals: GoalsStore,
  ) {
    this.disposables.push(
      tracker.onDidChange(() => void this.fill()),
      goals.onDidChange(() => void this.fill()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.goals.autoTrailer}`)) {
          void this.fill();
        }
      }),
    );
  }

  /** Fills the active repository's box when it is empty; returns whether it did. */
  async fill(): Promise<boolean> {
    const active = this.tracker.current;
    if (!autoTrailerSetting() || !active) {
      return false;
    }
    const repository = active.repository;
    if (!this.watched.has(repository)) {
      // After a commit the box empties and the repository changes: fill it again for the next commit.
      this.watched.add(repository);
      this.disposables.push(repository.state.onDidChange(() => void this.fill()));
    }
    if (repository.inputBox.value.trim()) {
      return false;
    }
    const goal = goalOfItem(this.goals.goals, active.reference);
    if (!goal) {
      return false;
    }
    repository.inputBox.value = addTrailers('', goalTrailers(goal.reference));
    return true;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
