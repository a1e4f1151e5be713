/**
 * The burn-up, in the sprint review and the sprint dashboard: done per day as a filled line, scope as a dashed line,
 * in theme colours, with a caption and a table of the same numbers.
 */
import type { BurnUpDay, BurnUpSeries } from '../core/review/model';
import { Child, h, svg, table } from './dom';
import { counted, fill, s } from './strings';

const WIDTH = 520;
const HEIGHT = 180;
const PAD = { left: 36, right: 10, top: 10, bottom: 24 };

function burnUpChart(days: readonly BurnUpDay[], usePoints: boolean, totalDays: number): SVGElement {
  const done = days.map((d) => (usePoints ? d.donePoints ?? 0 : d.doneItems));
  const scope = days.map((d) => (usePoints ? d.scopePoints ?? 0 : d.scopeItems));
  const unit = usePoints ? 'points' : 'items';
  const label = fill(s.burnUpIn, unit, days.map((d, i) => `${d.date} ${fill(s.xOfY, done[i], scope[i])}`).join(', '));
  const chart = svg('svg', { class: 'chart burn-up', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', 'aria-label': label });
  const max = Math.max(1, ...scope, ...done);
  const span = Math.max(1, totalDays - 1);
  const x = (i: number) => PAD.left + (i / span) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => HEIGHT - PAD.bottom - (v / max) * (HEIGHT - PAD.top - PAD.bottom);
  chart.appendChild(svg('line', { x1: PAD.left, y1: y(0), x2: WIDTH - PAD.right, y2: y(0), class: 'axis' }));
  chart.appendChild(svg('text', { x: 0, y: y(max) + 4, class: 'chart-value' }, String(max)));
  chart.appendChild(svg('text', { x: 0, y: y(0), class: 'chart-value' }, '0'));
  if (days.length) {
    chart.appendChild(svg('text', { x: PAD.left, y: HEIGHT - 6, class: 'chart-label' }, days[0].date.slice(5)));
    chart.appendChild(svg('text', { x: x(days.length - 1) - 30, y: HEIGHT - 6, class: 'chart-label' }, days[days.length - 1].date.slice(5)));
  }
  const points = (values: number[]) => values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  if (days.length) {
    chart.appendChild(svg('polygon', { points: `${x(0).toFixed(1)},${y(0)} ${points(done)} ${x(days.length - 1).toFixed(1)},${y(0)}`, class: 'burn-up-done' }));
    chart.appendChild(svg('polyline', { points: points(scope), class: 'burn-up-scope' }));
  }
  return chart;
}

const tally = (items: number, points: number | undefined) => `${counted(items, s.oneItem, s.nItems)}${points === undefined ? '' : `, ${counted(points, s.onePt, s.nPts)}`}`;

/** The caption, the chart and the table of one burn-up. */
export function burnUpFigure(series: BurnUpSeries, testId: string): Child[] {
  return [
    h('p', { class: 'muted' }, series.caption),
    burnUpChart(series.days, series.usePoints, series.totalDays),
    table(s.burnUpPerDay, [s.day, s.done, s.scope], series.days.map((d) => [d.date, tally(d.doneItems, d.donePoints), tally(d.scopeItems, d.scopePoints)]), { numeric: [1, 2], testId }),
  ];
}
