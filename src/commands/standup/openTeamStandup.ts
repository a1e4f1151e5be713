import { TeamStandupView } from '../../webview/protocol';
import { TeamStandupPanel, TeamStandupSources } from '../../views/standup/teamStandupPanel';

/** `{ person? }`: only that person's updates and blockers. */
export interface OpenTeamStandupArgs {
  person?: string;
}

/** Opens (or reveals) Team Standup and reads the thread; resolves with the view it shows. */
export function openTeamStandup(sources: TeamStandupSources, args?: OpenTeamStandupArgs): Promise<TeamStandupView> {
  const panel = TeamStandupPanel.show(sources);
  return panel.load(typeof args?.person === 'string' ? args.person.trim() : '');
}
