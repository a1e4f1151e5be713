import * as vscode from 'vscode';
import { SprintFlowContext } from './context';
import { flagBlocker, FlagBlockerArgs } from './flagBlocker';
import { resolveBlocker, ResolveBlockerArgs } from './resolveBlocker';
import { deleteInterruption, DeleteInterruptionArgs, openInterruptionComment, retryInterruptionSync, sendUnaddressedInterruptions, SendUnaddressedArgs } from './interruptionEntries';
import { startInterruption, StartInterruptionArgs, stopInterruption, StopInterruptionArgs } from './interruptionTimer';
import { copyItemLink, openItem, OpenItemArgs, openProject } from './itemLinks';
import { logInterruption, LogInterruptionArgs } from './logInterruption';
import { selectProject, SelectProjectArgs } from './selectProject';
import { signIn, SignInArgs } from './signIn';
import { signInWithToken, SignInWithTokenArgs } from './signInWithToken';
import { signOut } from './signOut';
import { chooseTeamLogRepository, ChooseTeamLogRepositoryArgs } from './teamLogRepository';
import { InterruptionNode } from '../views/interruptionsView';
import { SprintNode } from '../views/sprintTree';
import { GoalNode } from '../views/goalsTree';
import { TeamStandupPanel } from '../views/standup/teamStandupPanel';
import { activeItemActions } from './activeItemActions';
import { linkCommitToGoal, LinkCommitArgs } from './linkCommitToGoal';
import { startWork, StartWorkArgs } from './startWork';
import { exportReport, ExportReportArgs } from './exportReport';
import { openDashboard } from './openDashboard';
import { openTeamReport, OpenTeamReportArgs } from './openTeamReport';
import { openSprintReview, OpenSprintReviewArgs, publishSprintReview, PublishSprintReviewArgs, publishSprintStart, PublishSprintStartArgs } from './sprintReview';
import { whenTrusted, WRITE_COMMANDS } from './restrictedMode';

/** Every command, by its public id. Each takes an optional argument object so keybindings and tests skip prompts. */
export function registerCommands(context: SprintFlowContext): vscode.Disposable[] {
  const commands: Record<string, (...args: never[]) => unknown> = {
    'sprintFlow.signIn': (args?: SignInArgs) => signIn(context, args),
    'sprintFlow.signInWithToken': (args?: SignInWithTokenArgs) => signInWithToken(context, args),
    'sprintFlow.signOut': () => signOut(context),
    'sprintFlow.flagBlocker': (args?: FlagBlockerArgs | SprintNode) => flagBlocker(context, args),
    'sprintFlow.resolveBlocker': (args?: ResolveBlockerArgs | SprintNode) => resolveBlocker(context, args),
    'sprintFlow.selectProject': (args?: SelectProjectArgs) => selectProject(context, args),
    // Asked for by the person, so read every item: a cheap check can miss what GitHub does not record on the board.
    // Team Standup, when open, reads its thread again too; it resolves with the sprint's state, as before.
    'sprintFlow.refresh': async () => (await Promise.all([context.sprintView.refresh({ fullRead: true }), TeamStandupPanel.open?.refresh()]))[0],
    'sprintFlow.openProject': () => openProject(context),
    'sprintFlow.openItem': (target?: SprintNode | OpenItemArgs) => openItem(target),
    'sprintFlow.copyItemLink': (node?: SprintNode) => copyItemLink(node),
    'sprintFlow.showLog': () => context.log.show(),
    'sprintFlow.logInterruption': (args?: LogInterruptionArgs) => logInterruption(context, args),
    'sprintFlow.startInterruption': (args?: StartInterruptionArgs) => startInterruption(context, args),
    'sprintFlow.stopInterruption': (args?: StopInterruptionArgs) => stopInterruption(context, args),
    'sprintFlow.retryInterruptionSync': () => retryInterruptionSync(context),
    'sprintFlow.deleteInterruption': (target?: InterruptionNode | DeleteInterruptionArgs) => deleteInterruption(context, target),
    'sprintFlow.openInterruptionComment': (node?: InterruptionNode) => openInterruptionComment(node),
    'sprintFlow.chooseTeamLogRepository': (args?: ChooseTeamLogRepositoryArgs) => chooseTeamLogRepository(context, args),
    'sprintFlow.sendUnaddressedInterruptions': (args?: SendUnaddressedArgs) => sendUnaddressedInterruptions(context, args),
    'sprintFlow.startWork': (args?: StartWorkArgs | SprintNode | GoalNode) => startWork(context, args),
    'sprintFlow.linkCommitToGoal': (args?: LinkCommitArgs | GoalNode) => linkCommitToGoal(context, args && 'kind' in args ? (args.kind === 'goal' ? { goal: args.goal.reference } : undefined) : args),
    'sprintFlow.activeItemActions': () => activeItemActions(context),
    'sprintFlow.openDashboard': () => openDashboard(context),
    'sprintFlow.openTeamReport': (args?: OpenTeamReportArgs) => openTeamReport(context, args),
    'sprintFlow.exportReport': (args?: ExportReportArgs) => exportReport(context, args),
    'sprintFlow.openSprintReview': (args?: OpenSprintReviewArgs) => openSprintReview(context, args),
    'sprintFlow.publishSprintReview': (args?: PublishSprintReviewArgs) => publishSprintReview(context, args),
    'sprintFlow.publishSprintStart': (args?: PublishSprintStartArgs) => publishSprintStart(context, args),
    'sprintFlow.openWalkthrough': () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extensionId}#gettingStarted`, false),
  };
  return Object.entries(commands).map(([id, handler]) =>
    vscode.commands.registerCommand(id, WRITE_COMMANDS.has(id) ? whenTrusted(handler) : handler),
  );
}
