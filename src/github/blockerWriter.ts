import { BlockerFlag, BlockerResolution } from '../core/blockers';
import { appendToDraftBody, flagComment, resolutionComment } from '../core/blockerRecords';
import { parseIssueReference } from '../core/itemReference';
import { BoardFields, SprintItem } from '../core/model';
import { BLOCKED_LABEL, hasBlockedLabel } from '../core/sprint';
import { GitHubApi } from './api';
import { supportsIssueDependencies } from './capabilities';
import {
  AddBlockedByMutation,
  AddCommentMutation,
  AddLabelsMutation,
  ClearItemStatusMutation,
  DraftIssueBodyQuery,
  IssueIdQuery,
  ItemStatusQuery,
  RemoveBlockedByMutation,
  RemoveLabelsMutation,
  RepositoryLabelQuery,
  SetItemStatusMutation,
  UpdateDraftIssueBodyMutation,
} from './graphql/blockers';
import { GitHubError } from './errors';
import { WriteStep } from './writeSteps';
import * as l10n from '@vscode/l10n';

export interface BlockerTarget {
  projectId: string;
  item: SprintItem;
  fields: BoardFields;
}

/**
 * Flags an item as blocked: status to the blocked option first (the board is what the team looks at), then the
 * label, the native dependency, and last the comment that records it all, including whether the dependency was
 * added. The flag object is completed as steps succeed, so a retry of the remaining steps records the truth.
 */
export function flagSteps(api: GitHubApi, target: BlockerTarget, flag: BlockerFlag): WriteStep[] {
  const { item, fields } = target;
  return [
    {
      description: l10n.t('set its status to {0}', fields.blockedOption?.name ?? 'blocked'),
      done: l10n.t('set its status to {0}', fields.blockedOption?.name ?? 'blocked'),
      run: async () => {
        if (!fields.status || !fields.blockedOption) {
          return { skipped: l10n.t('The board has no status option that means blocked, so the status was left as it is.') };
        }
        await api.mutate(SetItemStatusMutation, { projectId: target.projectId, itemId: item.id, fieldId: fields.status.id, optionId: fields.blockedOption.id });
      },
    },
    {
      description: l10n.t('add the {0} label', BLOCKED_LABEL),
      done: l10n.t('added the {0} label', BLOCKED_LABEL),
      run: async () => {
        const labelId = item.contentId && item.type !== 'DRAFT_ISSUE' ? await blockedLabelId(api, item) : undefined;
        if (!labelId) {
          return { skipped: l10n.t('The repository has no {0} label, so none was added.', BLOCKED_LABEL) };
        }
        if (!hasBlockedLabel(item)) {
          await api.mutate(AddLabelsMutation, { labelableId: item.contentId, labelIds: [labelId] });
        }
      },
    },
    {
      description: l10n.t('link the blocking issue on GitHub'),
      done: l10n.t('linked the blocking issue on GitHub'),
      run: async () => {
        const blocking = flag.blockedBy?.kind === 'issue' ? flag.blockedBy.reference : undefined;
        if (!blocking || item.type !== 'ISSUE' || !item.contentId || !(await supportsIssueDependencies(api))) {
          return blocking ? { skipped: l10n.t('GitHub\'s "blocked by" link was not added here; the comment names {0}.', blocking) } : undefined;
        }
        await api.mutate(AddBlockedByMutation, { issueId: item.contentId, blockingIssueId: await issueId(api, blocking) });
        flag.dependencyAdded = true;
      },
    },
    recordStep(api, item, () => flagComment(flag)),
  ];
}

/**
 * Resolves a blocker: the previous status comes back only if the item is still in the blocked option (if someone
 * moved it since, it stays where they put it), then the label and the dependency go, and a comment records how
 * long it was blocked. The previous status is restored by option id, and only to an option the board's status field
 * has (never the blocked one): the flag's marker is text anyone could have written, so its option name is never used
 * and an option id the board does not have leaves the status as it is.
 */
export function resolveSteps(
  api: GitHubApi,
  target: BlockerTarget,
  flag: BlockerFlag | undefined,
  resolution: BlockerResolution,
  statusIfUnknown?: { optionId: string; name: string },
): WriteStep[] {
  const { item, fields } = target;
  const boardOption = (optionId: string) => fields.status?.options.find((o) => o.id === optionId && o.id !== fields.blockedOption?.id);
  const remembered = flag?.previousStatus;
  const restoreTo = remembered ? boardOption(remembered.optionId) : statusIfUnknown && boardOption(statusIfUnknown.optionId);
  const notOnBoard = !!remembered && !restoreTo;
  return [
    {
      description: notOnBoard ? l10n.t('leave its status as it is') : restoreTo ? l10n.t('move it back to {0}', restoreTo.name) : l10n.t('clear its blocked status'),
      done: restoreTo ? l10n.t('moved it back to {0}', restoreTo.name) : l10n.t('cleared its blocked status'),
      run: async () => {
        if (!fields.status || !fields.blockedOption) {
          return undefined;
        }
        if (notOnBoard) {
          return { skipped: l10n.t('The status recorded when it was flagged is not one of this board\'s statuses, so its status was left as it is.') };
        }
        const current = await currentStatus(api, target);
        if (current !== fields.blockedOption.id) {
          return { skipped: l10n.t('Someone moved it out of the blocked status already, so its status was left as it is.') };
        }
        if (restoreTo) {
          await api.mutate(SetItemStatusMutation, { projectId: target.projectId, itemId: item.id, fieldId: fields.status.id, optionId: restoreTo.id });
        } else {
          await api.mutate(ClearItemStatusMutation, { projectId: target.projectId, itemId: item.id, fieldId: fields.status.id });
        }
      },
    },
    {
      description: l10n.t('remove the {0} label', BLOCKED_LABEL),
      done: l10n.t('removed the {0} label', BLOCKED_LABEL),
      run: async () => {
        const labelId = hasBlockedLabel(item) ? await blockedLabelId(api, item) : undefined;
        if (labelId) {
          await api.mutate(RemoveLabelsMutation, { labelableId: item.contentId, labelIds: [labelId] });
        }
      },
    },
    {
      description: l10n.t('remove the link to the blocking issue'),
      done: l10n.t('removed the link to the blocking issue'),
      run: async () => {
        if (flag?.dependencyAdded && flag.blockedBy?.kind === 'issue' && item.contentId) {
          await api.mutate(RemoveBlockedByMutation, { issueId: item.contentId, blockingIssueId: await issueId(api, flag.blockedBy.reference) });
        }
      },
    },
    recordStep(api, item, () => resolutionComment(resolution)),
  ];
}

function recordStep(api: GitHubApi, item: SprintItem, text: () => string): WriteStep {
  const draft = item.type === 'DRAFT_ISSUE';
  return {
    description: draft ? l10n.t('note it in the draft') : l10n.t('comment on it'),
    done: draft ? l10n.t('noted it in the draft') : l10n.t('commented on it'),
    run: async () => {
      if (!item.contentId) {
        return { skipped: l10n.t('You cannot see this item\'s content, so nothing was written on it.') };
      }
      if (item.type === 'DRAFT_ISSUE') {
        const draft = await api.graphql<{ node: { body?: string } | null }>(DraftIssueBodyQuery, { draftId: item.contentId });
        await api.mutate(UpdateDraftIssueBodyMutation, { draftId: item.contentId, body: appendToDraftBody(draft.node?.body ?? '', text()) });
      } else {
        // Not retried automatically: after a lost answer a retry would post the comment twice.
        await api.mutate(AddCommentMutation, { subjectId: item.contentId, body: text() }, { retries: 0 });
      }
    },
  };
}

async function blockedLabelId(api: GitHubApi, item: SprintItem): Promise<string | undefined> {
  const [owner, name] = (item.repository ?? '').split('/');
  if (!owner || !name) {
    return undefined;
  }
  const data = await api.graphql<{ repository: { label: { id: string } | null } | null }>(RepositoryLabelQuery, { owner, name, label: BLOCKED_LABEL });
  return data.repository?.label?.id;
}

async function issueId(api: GitHubApi, reference: string): Promise<string> {
  const parsed = parseIssueReference(reference);
  const data = parsed
    ? await api.graphql<{ repository: { issue: { id: string } | null } | null }>(IssueIdQuery, { owner: parsed.owner, name: parsed.repo, number: parsed.number })
    : undefined;
  const id = data?.repository?.issue?.id;
  if (!id) {
    throw new GitHubError('notFound', l10n.t('{0} is not an issue you can see.', reference));
  }
  return id;
}

async function currentStatus(api: GitHubApi, target: BlockerTarget): Promise<string | undefined> {
  const data = await api.graphql<{ node: { fieldValueByName?: { optionId?: string } | null } | null }>(ItemStatusQuery, {
    itemId: target.item.id,
    statusField: target.fields.status!.name,
  });
  if (!data.node) {
    throw new GitHubError('notFound', l10n.t('The item is no longer in the project.'));
  }
  return data.node.fieldValueByName?.optionId ?? undefined;
}
