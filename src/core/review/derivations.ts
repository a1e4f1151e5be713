import { Derivation, ReviewSource, StartSnapshot } from './model';
import { ClassifiedRow } from './rows';
import { counted } from '../report/format';
import * as l10n from '@vscode/l10n';

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
      how: l10n.t('From the start snapshot {0} published for {1} ({2}): the items and estimates in the iteration then.', snapshot.by, title, snapshot.takenAt.slice(0, 10)),
    });
    list.push({
      figure: l10n.t('Added after the start'),
      certainty: 'recorded',
      how: l10n.t('Items in the iteration now that the start snapshot does not list; the day each joined is when its iteration was last set.'),
    });
    list.push({
      figure: l10n.t('Removed and carried over'),
      certainty: rows.some((r) => r.destination === 'backlog') ? 'estimated' : 'recorded',
      how: l10n.t('Snapshot items no longer in the iteration: removed when their new iteration was set before the end, carried over when after it. GitHub keeps no date for an iteration cleared back to the backlog, so those count as carried over once the iteration ended.'),
    });
  } else {
    list.push({
      figure: 'Committed',
      certainty: 'estimated',
      how: l10n.t('No start snapshot for {0}: committed estimated from the date each item\'s iteration was last set (or it was added to the board), before the start. Items moved out of the iteration cannot be seen.', title),
    });
    list.push({
      figure: l10n.t('Added after the start'),
      certainty: 'estimated',
      how: l10n.t('Items whose iteration was last set (or that were added to the board) after the start. An item moved in and out again is missed.'),
    });
    list.push({ figure: l10n.t('Removed and carried over'), certainty: 'not-recorded', how: l10n.t('Without a start snapshot, items that left the iteration are not known; carried over counts only those still in it.') });
  }
  const fromHistory = rows.filter((r) => r.history.recorded).length;
  list.push({
    figure: 'Done',
    certainty: fromHistory === rows.length ? 'recorded' : 'estimated',
    how: l10n.t('Closed, merged or in the board\'s done option by the end of the iteration. {0} from the issue and pull request timelines{1}; {2} from the time its Status was last set{3}.', counted.items(fromHistory), source.itemHistory ? l10n.t(' and the project\'s item history') : '', counted.items(rows.length - fromHistory), source.itemHistory ? '' : l10n.t(' (this server keeps no project-item history)')),
  });
  list.push({
    figure: 'Burn-up',
    certainty: fromHistory === rows.length ? 'recorded' : 'estimated',
    how: l10n.t('Done and scope at the end of each day, in your time zone; {0}.', context.hasEstimates ? l10n.t('points are the estimates now') : l10n.t('the board has no estimate field, so items are counted')),
  });
  if (source.team) {
    list.push({
      figure: l10n.t('Blocked days, interruptions, focus, work balance'),
      certainty: 'recorded',
      how: l10n.t('From the team report\'s readers: blocker flags and resolutions on the items, the team log\'s interruption entries, capacity as working days × hours per day.'),
    });
  }
  return list;
}
