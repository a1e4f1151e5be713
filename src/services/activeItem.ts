import * as vscode from 'vscode';
import { findItem } from '../core/sprint';
import { linkedItemReferenceIn } from './branchLinks';
import { activeRepository, gitApi, GitApi, GitRepository } from './gitApi';
import { SprintStore } from './sprintStore';

export interface ActiveItem {
  /** OWNER/REPO#N linked to the current branch. */
  reference: string;
  branch: string;
  repository: GitRepository;
  /** From the sprint, when the item is one of mine in it. */
  title?: string;
  number?: number;
  url?: string;
}

/**
 * The item the person works on: the one linked (in git config) to the current branch of the active repository.
 * Follows branch switches, new repositories and the sprint (for the item's title).
 */
export class ActiveItemTracker implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ActiveItem | undefined>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly watched = new Set<GitRepository>();
  private item?: ActiveItem;
  private api?: GitApi;
  private lastKey = '';

  constructor(private readonly store: SprintStore) {
    this.disposables.push(
      store.onDidChange(() => void this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
    );
  }

  get current(): ActiveItem | undefined {
    return this.item;
  }

  /** Connects to the Git extension (activating it if needed) without holding up activation. */
  async start(): Promise<void> {
    this.api = await gitApi();
    if (!this.api) {
      return;
    }
    this.api.repositories.forEach((r) => this.watch(r));
    this.disposables.push(this.api.onDidOpenRepository((r) => this.watch(r)), this.api.onDidCloseRepository(() => void this.update()));
    await this.update();
  }

  private watch(repository: GitRepository): void {
    if (!this.watched.has(repository)) {
      this.watched.add(repository);
      this.disposables.push(repository.state.onDidChange(() => void this.update()));
      void this.update();
    }
  }

  /** Reads the link again; fires only when the active item or its title changed. */
  async update(): Promise<ActiveItem | undefined> {
    const repository = this.api && activeRepository(this.api);
    const branch = repository?.state.HEAD?.name;
    const reference = repository && branch ? await linkedItemReferenceIn(repository, branch) : undefined;
    const sprintItem = reference ? findItem(this.store.snapshot?.items ?? [], reference) : undefined;
    this.item =
      repository && branch && reference
        ? { reference, branch, repository, title: sprintItem?.title, number: sprintItem?.number ?? Number(reference.split('#')[1]), url: sprintItem?.url }
        : undefined;
    const key = this.item ? `${repository?.rootUri.fsPath}\n${branch}\n${reference}\n${this.item.title ?? ''}` : '';
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.changed.fire(this.item);
    }
    return this.item;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
