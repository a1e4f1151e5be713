import * as vscode from 'vscode';
import { defaultTimeZone } from '../core/calendar';
import { checkLink, checkNote, formatLocalTime, InterruptionFields, parseStartTime } from '../core/interruptionInput';
import { INTERRUPTION_KINDS, parseDuration } from '../core/interruptions';
import { BoardFields, SprintItem } from '../core/model';
import { findItem, itemReference } from '../core/sprint';
import { itemPicks } from './itemPicker';
import { runSteps, Step } from './multiStepInput';

export interface FormDefaults {
  /** Duration text to start from, such as "45m" when a timer stopped. */
  duration?: string;
  /** ISO instant the interruption started, when known (the timer's start). */
  startedAt?: string;
  /** OWNER/REPO#N of the item to offer first: the one the current branch works on. */
  pulledOffItem?: string;
}

interface FormState {
  kind?: string;
  duration?: string;
  minutes?: number;
  link?: string;
  note?: string;
  item?: string;
  itemChosen?: boolean;
  start?: string;
  startedAt?: Date;
}

interface KindPick extends vscode.QuickPickItem {
  id: string;
}

interface ItemChoice extends vscode.QuickPickItem {
  reference?: string;
}

/** The quick form: kind, duration, link, note, the item it pulled me off, and when it started. */
export async function askForInterruption(items: readonly SprintItem[], fields: BoardFields, defaults: FormDefaults): Promise<InterruptionFields | undefined> {
  const timeZone = defaultTimeZone();
  const state: FormState = { duration: defaults.duration, item: defaults.pulledOffItem };
  const steps: Step<FormState>[] = [
    async (ui, s) => {
      const picks: KindPick[] = INTERRUPTION_KINDS.map((k) => ({ label: k.label, id: k.id }));
      s.kind = (await ui.pick({ items: picks, placeholder: vscode.l10n.t('What pulled you off sprint work?'), active: picks.find((p) => p.id === s.kind) })).id;
    },
    async (ui, s) => {
      s.duration = await ui.text({
        prompt: vscode.l10n.t('How long did it take? Such as 45, 45m, 1h30 or 1.5h.'),
        value: s.duration,
        validate: (v) => {
          const parsed = parseDuration(v);
          return parsed.ok ? undefined : parsed.reason;
        },
      });
      const parsed = parseDuration(s.duration);
      s.minutes = parsed.ok ? parsed.minutes : undefined;
    },
    async (ui, s) => {
      s.link = await ui.text({ prompt: vscode.l10n.t('Link to the ticket or issue (optional). Press Enter to skip.'), placeholder: 'https://…', value: s.link, validate: checkLink });
    },
    async (ui, s) => {
      s.note = await ui.text({ prompt: vscode.l10n.t('A short note for the team log (optional). Press Enter to skip.'), value: s.note, validate: checkNote });
    },
    async (ui, s) => {
      const none: ItemChoice = { label: vscode.l10n.t('$(circle-slash) No sprint item'), description: vscode.l10n.t('it did not pull me off an item') };
      const picks: ItemChoice[] = [none, ...itemPicks(items, fields).map((p) => ({ ...p, reference: itemReference(p.item) }))];
      const linked = s.item ? findItem(items, s.item) : undefined;
      const active = s.itemChosen && !s.item ? none : picks.find((p) => linked && p.reference === itemReference(linked));
      const chosen = await ui.pick({ items: picks, placeholder: vscode.l10n.t('Which sprint item did it pull you off?'), active });
      s.item = chosen.reference;
      s.itemChosen = true;
    },
    async (ui, s) => {
      const now = new Date();
      const minutes = s.minutes ?? 0;
      const suggested = defaults.startedAt ? new Date(defaults.startedAt) : new Date(now.getTime() - minutes * 60_000);
      s.start = await ui.text({
        prompt: vscode.l10n.t('When did it start? A time today such as 09:05, or a date and time such as 2026-11-24 09:05.'),
        value: s.start ?? formatLocalTime(suggested, timeZone),
        validate: (v) => {
          const parsed = parseStartTime(v, new Date(), minutes, timeZone);
          return parsed.ok ? undefined : parsed.reason;
        },
      });
      const parsed = parseStartTime(s.start, new Date(), minutes, timeZone);
      s.startedAt = parsed.ok ? parsed.value : undefined;
    },
  ];
  if (!(await runSteps(vscode.l10n.t('Log an interruption'), state, steps)) || !state.kind || !state.minutes || !state.startedAt) {
    return undefined;
  }
  return {
    interruptionKind: state.kind,
    minutes: state.minutes,
    startedAt: state.startedAt.toISOString(),
    ...(state.link ? { link: new URL(state.link).href } : {}),
    ...(state.note ? { note: state.note } : {}),
    ...(state.item ? { pulledOffItem: state.item } : {}),
  };
}
