import { Derivation, ReviewSource, StartSnapshot } from './model';
import { ClassifiedRow } from './rows';

const plural = (n: number, noun: string) => `${n} ${n === 1 ? noun : `${noun}s`}`;

/** For every figure, how it was derived and how sure it is, in sentences for the delivery manager. */
export function describeDerivations(
  source: ReviewSource,
  context: { snapshot?: StartSnapshot; rows: readonly ClassifiedRow[]; hasEstimates: boolean },
): Derivation[] {
  const { snapshot, rows } = context;
  const title = source.iteration.title;
  const list: Derivation[] = [];
  if (snapshot) {
    list.push({
      figure: 'Committed',
      certainty: 'recorded',
      how: `From the start snapshot ${snapshot.by} published for ${title} (${snapshot.takenAt.slice(0, 10)}): the items and estimates in the iteration then.`,
    });
    list.push({
      figure: 'Added after the start',
      certainty: 'recorded',
      how: 'Items in the iteration now that the start snapshot does not list; the day each joined is when its iteration was last set.',
    });
    list.push({
      figure: 'Removed and carried over',
      certainty: rows.some((r) => r.destination === 'backlog') ? 'estimated' : 'recorded',
      how: 'Snapshot items no longer in the iteration: removed when their new iteration was set before the end, carried over when after it. GitHub keeps no date for an iteration cleared back to the backlog, so those count as carried over once the iteration ended.',
    });
  } else {
    list.push({
      figure: 'Committed',
      certainty: 'estimated',
      how: `No start snapshot for ${title}: committed estimated from the date each item's iteration was last set (or it was added to the board), before the start. Items moved out of the iteration cannot be seen.`,
    });
    list.push({
      figure: 'Added after the start',
      certainty: 'estimated',
      how: "Items whose iteration was last set (or that were added to the board) after the start. An item moved in and out again is missed.",
    });
    list.push({ figure: 'Removed and carried over', certainty: 'not-recorded', how: 'Without a start snapshot, items that left the iteration are not known; carried over counts only those still in it.' });
  }
  const fromHistory = rows.filter((r) => r.history.recorded).length;
  list.push({
    figure: 'Done',
    certainty: fromHistory === rows.length ? 'recorded' : 'estimated',
    how: `Closed, merged or in the board's done option by the end of the iteration. ${plural(fromHistory, 'item')} from the issue and pull request timelines${source.itemHistory ? ' and the project\'s item history' : ''}; ${plural(rows.length - fromHistory, 'item')} from the time its Status was last set${source.itemHistory ? '' : ' (this server keeps no project-item history)'}.`,
  });
  list.push({
    figure: 'Burn-up',
    certainty: fromHistory === rows.length ? 'recorded' : 'estimated',
    how: `Done and scope at the end of each day, in your time zone; ${context.hasEstimates ? 'points are the estimates now' : 'the board has no estimate field, so items are counted'}.`,
  });
  if (source.team) {
    list.push({
      figure: 'Blocked days, interruptions, focus, work balance',
      certainty: 'recorded',
      how: "From the team report's readers: blocker flags and resolutions on the items, the team log's interruption entries, capacity as working days × hours per day.",
    });
  }
  return list;
}
