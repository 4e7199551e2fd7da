/**
 * Geometry of a twelve-month chart, computed at build time with d3-scale and d3-shape so
 * the page ships an inline SVG and no charting script. Coordinates are in the SVG's
 * viewBox units and rounded, so two builds give the same bytes.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { shortMonthLabel } from '../dates.ts';
import { formatKpiValue, formatTarget } from './kpis.ts';
import type { Status } from './score.ts';
import type { Trend } from './trends.ts';

/** A chart's viewBox size. */
export interface ChartSize {
  width: number;
  height: number;
}

/** The size every report chart is drawn at (it scales with the page). */
export const CHART_SIZE: ChartSize = { width: 360, height: 190 };

const MARGIN = { top: 22, right: 12, bottom: 34, left: 40 };

/** One point or bar of a chart. */
export interface ChartMark {
  period: string;
  x: number;
  y: number;
  /** Bar height; 0 for line points. */
  height: number;
  status: Status;
  /** "Oct 2026: 96.2%" for the mark's tooltip. */
  label: string;
}

/** Everything needed to draw one chart as SVG. */
export interface ChartGeometry extends ChartSize {
  kind: 'line' | 'bar';
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: Array<{ y: number; label: string }>;
  xLabels: Array<{ x: number; month: string; year?: string }>;
  /** The line's path (line charts); gaps where a month has no figure. */
  path?: string;
  marks: ChartMark[];
  bandwidth: number;
  target?: { y: number; label: string };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function yDomain(trend: Trend): [number, number] {
  const values = trend.points.flatMap((p) => (p.value === undefined ? [] : [p.value]));
  if (trend.target) values.push(trend.target.target);
  const max = Math.max(0, ...values);
  if (trend.def.unit === '%' && trend.def.direction === 'at-least') {
    // Coverage-style percentages live near 100; start the axis just below the lowest value.
    const min = Math.min(100, ...values);
    return [Math.max(0, Math.floor((min - 2) / 5) * 5), 100];
  }
  // Counts get whole-number ticks, so the axis tops out at a whole number.
  if (trend.def.decimals === 0) return [0, Math.max(2, Math.ceil(max * 1.1))];
  return [0, max > 0 ? max * 1.1 : 1];
}

/** The geometry of `trend` as a line or bar chart of `size`. */
export function chartGeometry(
  trend: Trend,
  kind: 'line' | 'bar',
  size: ChartSize = CHART_SIZE,
): ChartGeometry {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: size.width - MARGIN.right,
    bottom: size.height - MARGIN.bottom,
  };
  const x = scaleBand<string>()
    .domain(trend.points.map((p) => p.period))
    .range([plot.left, plot.right])
    .paddingInner(kind === 'bar' ? 0.3 : 0)
    .paddingOuter(kind === 'bar' ? 0.15 : 0);
  const y = scaleLinear().domain(yDomain(trend)).range([plot.bottom, plot.top]).nice(4);
  const center = (period: string) => r1(x(period)! + x.bandwidth() / 2);
  const fmt = (v: number) => formatKpiValue(trend.def, v);

  const marks: ChartMark[] = trend.points.flatMap((p) => {
    if (p.value === undefined) return [];
    const top = r1(y(p.value));
    return [
      {
        period: p.period,
        x: kind === 'bar' ? r1(x(p.period)!) : center(p.period),
        y: top,
        height: kind === 'bar' ? r1(plot.bottom - top) : 0,
        status: p.status,
        label: `${shortMonthLabel(p.period)}: ${fmt(p.value)}`,
      },
    ];
  });

  const geometry: ChartGeometry = {
    ...size,
    kind,
    plot,
    bandwidth: r1(x.bandwidth()),
    yTicks: y
      .ticks(4)
      .filter((t) => trend.def.decimals > 0 || Number.isInteger(t))
      .map((t) => ({ y: r1(y(t)), label: fmt(t) })),
    xLabels: trend.points.map((p, i) => {
      const [year, month] = shortMonthLabel(p.period).split(' ').reverse();
      const showYear = i === 0 || p.period.endsWith('-01');
      return { x: center(p.period), month: month!, ...(showYear ? { year: year! } : {}) };
    }),
    marks,
  };
  if (kind === 'line') {
    const path = line<(typeof trend.points)[number]>()
      .defined((p) => p.value !== undefined)
      .x((p) => center(p.period))
      .y((p) => y(p.value!))
      .digits(1)(trend.points);
    if (path) geometry.path = path;
  }
  if (trend.target) {
    geometry.target = {
      y: r1(y(trend.target.target)),
      label: `Target ${formatTarget(trend.def, trend.target.target)}`,
    };
  }
  return geometry;
}
