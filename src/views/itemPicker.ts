import * as vscode from 'vscode';
import { BoardFields, SprintItem } from '../core/model';
import { statusOf } from '../core/sprint';
import { itemDescription, itemLabel } from './itemPresentation';

export interface ItemPick extends vscode.QuickPickItem {
  item: SprintItem;
}

/** Quick-pick entries for sprint items: "#12 Title", with repository, status and estimate beside it. */
export function itemPicks(items: readonly SprintItem[], fields: BoardFields): ItemPick[] {
  return items.map((item) => ({
    item,
    label: itemLabel(item),
    description: [statusOf(item, fields.status)?.name, itemDescription(item, fields)].filter(Boolean).join(' · '),
  }));
}
