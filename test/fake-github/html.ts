/**
 * Tiny web pages for the addresses records link to (issues, pull requests, boards, commits), so "Open on GitHub"
 * in the demo lands on something readable. Every piece of user text is escaped.
 */
import { canReadProject, canReadRepo, canSee, Viewer } from './access';
import { escapeHtml } from './escape';
import { IssueRec, nameWithOwner, ProjectRec } from './model';
import { GitHubState } from './state';
import { isoDateTime } from './time';
import { issueUrl } from './urls';

export interface Page {
  status: number;
  html: string;
}

function page(title: string, body: string, status = 200): Page {
  return {
    status,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
.label{display:inline-block;border-radius:1em;padding:0 .6em;margin-right:.3em;font-size:12px}
.comment{border:1px solid #d0d7de;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
.meta{color:#57606a;font-size:12px}pre{white-space:pre-wrap}</style></head><body>${body}</body></html>`,
  };
}

const notFound = () => page('Page not found', '<h1>404</h1><p>This is not the page you are looking for.</p>', 404);

function issuePage(origin: string, issue: IssueRec): Page {
  const labels = issue.labels
    .map((l) => `<span class="label" style="background:#${escapeHtml(l.color)}">${escapeHtml(l.name)}</span>`)
    .join('');
  const state = issue.kind === 'PullRequest' && issue.merged ? 'Merged' : issue.state === 'OPEN' ? 'Open' : 'Closed';
  const comments = issue.comments
    .map(
      (c) => `<div class="comment" id="issuecomment-${c.databaseId}"><p class="meta"><b>${escapeHtml(c.author.login)}</b> commented
 ${isoDateTime(c.createdAt)}</p><pre>${escapeHtml(c.body)}</pre></div>`,
    )
    .join('\n');
  const assignees = issue.assignees.map((u) => escapeHtml(u.login)).join(', ') || 'No one';
  return page(
    `${issue.title} · ${nameWithOwner(issue.repo)}#${issue.number}`,
    `<p class="meta"><a href="${escapeHtml(origin)}/${escapeHtml(nameWithOwner(issue.repo))}">${escapeHtml(nameWithOwner(issue.repo))}</a></p>
<h1>${escapeHtml(issue.title)} <span class="meta">#${issue.number}</span></h1>
<p><b>${state}</b> · opened by ${escapeHtml(issue.author.login)} · assignees: ${assignees}</p>
<p>${labels}</p>
<div class="comment"><pre>${escapeHtml(issue.body)}</pre></div>
${comments}`,
  );
}

function projectPage(origin: string, project: ProjectRec, viewer: Viewer | undefined): Page {
  const rows = project.items
    .filter((item) => !item.isArchived)
    .map((item) => {
      const shown = (c: NonNullable<typeof item.content>) => (viewer ? canSee(c, viewer) : c.kind === 'DraftIssue' || !c.repo.isPrivate);
      const content = item.content && shown(item.content) ? item.content : null;
      if (!content) return '<li><i>You don\'t have permission to see this item</i></li>';
      const title = escapeHtml(content.title);
      return content.kind === 'DraftIssue'
        ? `<li>${title} <span class="meta">(draft)</span></li>`
        : `<li><a href="${escapeHtml(issueUrl(origin, content))}">${title}</a> <span class="meta">${escapeHtml(nameWithOwner(content.repo))}#${content.number}</span></li>`;
    })
    .join('\n');
  return page(project.title, `<h1>${escapeHtml(project.title)}</h1><p>${escapeHtml(project.shortDescription ?? '')}</p><ul>${rows}</ul>`);
}

/** Pages are public-only unless the browser sends a token (the demo's browser does not). */
export function renderPage(state: GitHubState, origin: string, path: string, viewer: Viewer | undefined): Page {
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  const readable = (repoOwner: string, repoName: string) => {
    const repo = state.repo(repoOwner, repoName);
    return repo && (viewer ? canReadRepo(repo, viewer) : !repo.isPrivate) ? repo : undefined;
  };
  if (parts.length === 4 && (parts[2] === 'issues' || parts[2] === 'pull')) {
    const issue = readable(parts[0], parts[1])?.issues[Number(parts[3]) - 1];
    return issue ? issuePage(origin, issue) : notFound();
  }
  if (parts.length === 4 && parts[2] === 'commit') {
    const commit = readable(parts[0], parts[1])?.commits.find((c) => c.sha.startsWith(parts[3]));
    return commit
      ? page(commit.message.split('\n')[0], `<h1>${escapeHtml(commit.message.split('\n')[0])}</h1><p class="meta">${escapeHtml(commit.author.login)} committed ${isoDateTime(commit.date)} · ${commit.sha}</p><pre>${escapeHtml(commit.message)}</pre>`)
      : notFound();
  }
  if (parts.length >= 4 && (parts[0] === 'orgs' || parts[0] === 'users') && parts[2] === 'projects') {
    const owner = state.owner(parts[1]);
    const project = owner && state.project(owner, Number(parts[3]));
    const visible = project && (viewer ? canReadProject(project, viewer) : true);
    return project && visible ? projectPage(origin, project, viewer) : notFound();
  }
  if (parts.length === 2) {
    const repo = readable(parts[0], parts[1]);
    if (repo) {
      const list = repo.issues
        .map((i) => `<li><a href="${escapeHtml(issueUrl(origin, i))}">${escapeHtml(i.title)}</a> <span class="meta">#${i.number}</span></li>`)
        .join('\n');
      return page(nameWithOwner(repo), `<h1>${escapeHtml(nameWithOwner(repo))}</h1><ul>${list}</ul>`);
    }
  }
  return notFound();
}
