import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface HeldLock {
  release(): Promise<void>;
}

/**
 * A lock file that lets one window at a time send the journal to GitHub, so two windows never send the same entry
 * at once. Created exclusively; kept fresh while held. A lock left by a window that crashed is taken over at once when
 * its process is gone from this machine, otherwise once it has not been touched for `staleMs` (a holder on another
 * machine sharing the folder, or a pid the system has handed to another process).
 */
export class SyncLock {
  constructor(
    readonly file: string,
    private readonly staleMs = 60_000,
  ) {}

  /** The lock, or undefined when another window holds it. */
  async tryAcquire(): Promise<HeldLock | undefined> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const token = [os.hostname(), process.pid, randomUUID()].join('\n');
    if (!(await this.create(token)) && !((await this.removeIfStale()) && (await this.create(token)))) {
      return undefined;
    }
    const heartbeat = setInterval(() => {
      const now = new Date();
      fs.utimes(this.file, now, now).catch(() => undefined);
    }, Math.max(1000, this.staleMs / 3));
    return {
      release: async () => {
        clearInterval(heartbeat);
        const holder = await fs.readFile(this.file, 'utf8').catch(() => '');
        if (holder === token) {
          await fs.rm(this.file, { force: true });
        }
      },
    };
  }

  private async create(token: string): Promise<boolean> {
    try {
      await fs.writeFile(this.file, token, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        return false;
      }
      throw error;
    }
  }

  /**
   * Renaming first means two windows that both find the lock stale cannot both remove it. If what was renamed is not
   * the stale lock that was looked at (another window took over in between), it is put back.
   */
  private async removeIfStale(): Promise<boolean> {
    try {
      const [{ mtimeMs }, holder] = await Promise.all([fs.stat(this.file), fs.readFile(this.file, 'utf8')]);
      if (Date.now() - mtimeMs < this.staleMs && !holderIsGone(holder)) {
        return false;
      }
      const aside = `${this.file}.${randomUUID()}.stale`;
      await fs.rename(this.file, aside);
      if ((await fs.readFile(aside, 'utf8')) !== holder) {
        await fs.rename(aside, this.file);
        return false;
      }
      await fs.rm(aside, { force: true });
      return true;
    } catch {
      return false;
    }
  }
}

/** Whether the lock's holder was a process on this machine that no longer runs. */
function holderIsGone(holder: string): boolean {
  const [host, pidText] = holder.split('\n');
  const pid = Number(pidText);
  if (host !== os.hostname() || !Number.isInteger(pid) || pid <= 0) {
    return false;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
