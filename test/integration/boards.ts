// Extra boards on the local GitHub for states the demo board does not have.
import { board as buildBoard, FakeGitHub } from '../fake-github';
import { ProjectRec } from '../fake-github/model';

export function iterationsFrom(daysFromToday: number, count: number): { startDate: string; count: number; duration: number } {
  const start = new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
  return { startDate: start, count, duration: 14 };
}

let nextNumber = 100;

export function board(github: FakeGitHub, options: { title: string; iterations?: { startDate: string; count: number; duration: number } }): ProjectRec {
  const project = buildBoard(github.state, 'northwind', {
    number: nextNumber++,
    title: options.title,
    status: ['Todo', 'In Progress', 'Done'],
    ...(options.iterations ? { iterations: options.iterations } : {}),
    writers: [github.state.user('mara-jensen')!],
  });
  return project;
}
