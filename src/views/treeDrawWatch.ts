/**
 * Knows when the workbench has fetched the rows a tree view shows first: it asks for the root, then for the children
 * of each expanded row. Work that can wait, such as the refresh that opening My Sprint starts, waits for that, so the
 * extension host is free to answer while the workbench draws (measured: the refresh's first extension-host turns held
 * the groups' answers back by 100–250 ms, most of the gap to a static tree).
 */
export class TreeDrawWatch<Node> {
  /** Expanded rows whose children the workbench has not asked for yet; undefined until it asks for the root. */
  private awaiting?: Set<Node>;
  private drawn = false;
  private quietTimer?: ReturnType<typeof setTimeout>;
  private readonly waiters = new Set<() => void>();

  /**
   * @param quietMs after the root, how long without a request means the rest are not coming (rows the person folded
   *   are not asked for)
   */
  constructor(private readonly quietMs = 300) {}

  rootServed(expanded: readonly Node[]): void {
    this.awaiting = new Set(expanded);
    this.served();
  }

  childrenServed(node: Node): void {
    if (this.awaiting?.delete(node)) {
      this.served();
    }
  }

  /** The tree's data changed: the workbench fetches the rows again. */
  changed(): void {
    this.drawn = false;
    this.awaiting = undefined;
    clearTimeout(this.quietTimer);
  }

  /** Resolves once the first rows are fetched, or after `limitMs` if the workbench never asks (the view is hidden). */
  whenDrawn(limitMs = 1000): Promise<void> {
    if (this.drawn) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(limit);
        this.waiters.delete(done);
        resolve();
      };
      const limit = setTimeout(done, limitMs);
      this.waiters.add(done);
    });
  }

  dispose(): void {
    clearTimeout(this.quietTimer);
    [...this.waiters].forEach((done) => done());
  }

  private served(): void {
    clearTimeout(this.quietTimer);
    if (this.awaiting?.size === 0) {
      this.finish();
    } else {
      this.quietTimer = setTimeout(() => this.finish(), this.quietMs);
    }
  }

  private finish(): void {
    clearTimeout(this.quietTimer);
    this.drawn = true;
    [...this.waiters].forEach((done) => done());
  }
}
