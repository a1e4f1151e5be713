/**
 * Charts drawn as SVG in theme colours (classes in webview.css map to --vscode-charts-* variables). Each chart is
 * an image with a text alternative; the page shows the same numbers in a table beside it.
 */
import { svg } from './dom';

export interface Bar {
  label: string;
  value: number;
  /** The value as people read it ("3.5 h"). */
  text: string;
}

const ROW = 22;
const LABEL_WIDTH = 150;
const WIDTH = 520;

/** An empty chart of the standard width whose text alternative reads out every number it will show. */
function chartImage(height: number, label: string): SVGElement {
  return svg('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img', 'aria-label': label });
}

/** Horizontal bars, one per row, scaled to the largest value. */
export function barChart(title: string, bars: Bar[], options: { colour?: number; max?: number } = {}): SVGElement {
  const max = options.max ?? Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(ROW, bars.length * ROW);
  const chart = chartImage(height, `${title}: ${bars.map((b) => `${b.label} ${b.text}`).join(', ')}`);
  bars.forEach((bar, i) => {
    const y = i * ROW;
    const length = Math.max(0, (bar.value / max) * (WIDTH - LABEL_WIDTH - 100));
    chart.appendChild(svg('text', { x: 0, y: y + 15, class: 'chart-label' }, truncate(bar.label, 22)));
    chart.appendChild(svg('rect', { x: LABEL_WIDTH, y: y + 4, width: length.toFixed(1), height: ROW - 8, class: `bar bar-${options.colour ?? 0}` }));
    chart.appendChild(svg('text', { x: LABEL_WIDTH + length + 6, y: y + 15, class: 'chart-value' }, bar.text));
  });
  return chart;
}

export interface StackedRow {
  label: string;
  parts: { value: number; text: string; series: number }[];
}

/** One bar per row split into series, with a legend; for the work balance of each iteration. */
export function stackedChart(title: string, series: string[], rows: StackedRow[]): SVGElement {
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((sum, p) => sum + p.value, 0)));
  const legendHeight = ROW;
  const height = legendHeight + Math.max(ROW, rows.length * ROW);
  const chart = chartImage(height, `${title}: ${rows.map((r) => `${r.label}: ${r.parts.map((p) => `${series[p.series]} ${p.text}`).join(', ')}`).join('; ')}`);
  let x = 0;
  series.forEach((name, i) => {
    chart.appendChild(svg('rect', { x, y: 4, width: 10, height: 10, class: `bar bar-${i}` }));
    chart.appendChild(svg('text', { x: x + 14, y: 13, class: 'chart-legend' }, truncate(name, 16)));
    x += 104;
  });
  rows.forEach((row, i) => {
    const y = legendHeight + i * ROW;
    chart.appendChild(svg('text', { x: 0, y: y + 15, class: 'chart-label' }, truncate(row.label, 22)));
    let offset = LABEL_WIDTH;
    for (const part of row.parts) {
      const length = (part.value / max) * (WIDTH - LABEL_WIDTH - 10);
      if (length > 0) {
        chart.appendChild(svg('rect', { x: offset.toFixed(1), y: y + 4, width: length.toFixed(1), height: ROW - 8, class: `bar bar-${part.series}` }, svg('title', {}, `${series[part.series]}: ${part.text}`)));
      }
      offset += length;
    }
  });
  return chart;
}

/** A thin progress bar (0 to 1). */
export function progressBar(fraction: number, label: string): SVGElement {
  const clamped = Math.max(0, Math.min(1, fraction));
  return svg(
    'svg',
    { class: 'progress', viewBox: '0 0 100 6', width: 160, height: 6, preserveAspectRatio: 'none', role: 'img', 'aria-label': label },
    svg('rect', { x: 0, y: 0, width: 100, height: 6, class: 'progress-track' }),
    svg('rect', { x: 0, y: 0, width: (clamped * 100).toFixed(1), height: 6, class: 'progress-fill' }),
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
