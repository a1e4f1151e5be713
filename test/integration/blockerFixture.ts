// Reading blocker effects straight from the local GitHub's state.
import { FakeGitHub } from '../fake-github';
import { blockedBy } from '../fake-github/dependencies';
import { IssueRec, ItemRec } from '../fake-github/model';
import { demoProject } from './sprintFixture';

export function demoItem(github: FakeGitHub, title: string): ItemRec {
  const item = demoProject(github).items.find((i) => i.content?.title === title);
  if (!item) throw new Error(`no item "${title}" on the demo board`);
  return item;
}

export function referenceOf(item: ItemRec): string {
  const issue = item.content as IssueRec;
  return `${issue.repo.owner.login}/${issue.repo.name}#${issue.number}`;
}

export function statusName(github: FakeGitHub, item: ItemRec): string | undefined {
  const field = demoProject(github).fields.find((f) => f.name === 'Status')!;
  const value = item.values.get(field.id);
  return value?.type === 'singleSelect' ? field.options.find((o) => o.id === value.optionId)?.name : undefined;
}

export function labels(item: ItemRec): string[] {
  return (item.content as IssueRec).labels.map((l) => l.name);
}

export function commentBodies(item: ItemRec): string[] {
  return (item.content as IssueRec).comments.map((c) => c.body);
}

export function blockingReferences(item: ItemRec): string[] {
  return blockedBy(item.content as IssueRec).map((i) => `${i.repo.owner.login}/${i.repo.name}#${i.number}`);
}
