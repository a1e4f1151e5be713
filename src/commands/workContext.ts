import { ActiveItemTracker } from '../services/activeItem';
import { GoalsStore } from '../services/goalsStore';
import { PendingGoalLinks } from '../services/pendingGoalLinks';
import { GoalsView } from '../views/goalsView';

/** What "Start work" and "Link commit to goal" reach besides the sprint: goals, the active item, links awaiting a push. */
export interface WorkContext {
  goals: GoalsStore;
  goalsView: GoalsView;
  activeItem: ActiveItemTracker;
  pendingLinks: PendingGoalLinks;
}
