// The one place that knows the chart library (d3-scale, d3-shape): loss curves as SVG paths and
// the mapping from the toys' data plane to canvas pixels. Components only draw what this returns.
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { LossHistory } from './lossHistory';

export interface LossChartModel {
	paths: string[];
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	log: boolean;
}

export const chartMargin = { top: 8, right: 8, bottom: 22, left: 44 };

/** Loss curves; a log scale when the values span more than a factor of 20 (early losses dwarf late ones). */
export function lossChart(h: LossHistory, width: number, height: number): LossChartModel {
	const pts = h.points;
	const values = pts.flatMap((p) => p.values).filter((v) => Number.isFinite(v) && v > 0);
	const lastStep = pts.at(-1)?.step ?? 1;
	const x = scaleLinear()
		.domain([0, Math.max(1, lastStep)])
		.range([chartMargin.left, width - chartMargin.right]);
	const lo = values.length ? Math.min(...values) : 0.1;
	const hi = values.length ? Math.max(...values) : 1;
	const log = hi / lo > 20;
	const y = (log ? scaleLog() : scaleLinear())
		.domain(log ? [lo, hi] : [0, hi * 1.05 || 1])
		.range([height - chartMargin.bottom, chartMargin.top])
		.nice();
	const paths = h.names.map(
		(_, i) =>
			line<{ step: number; values: number[] }>()
				.defined((p) => Number.isFinite(p.values[i]) && (!log || (p.values[i] ?? 0) > 0))
				.x((p) => x(p.step))
				.y((p) => y(p.values[i] ?? 0))(pts) ?? ''
	);
	const fmt = y.tickFormat(4, log ? '.2~g' : '.2~f');
	return {
		paths,
		xTicks: x.ticks(4).map((t) => ({ x: x(t), label: t.toLocaleString('en') })),
		yTicks: y.ticks(4).map((t) => ({ y: y(t), label: fmt(t) })),
		log
	};
}

/** A square view of the data plane ([-extent, extent]², y up) onto a canvas of `size` pixels. */
export function planeToPixels(size: number, extent = 1.6) {
	const x = scaleLinear().domain([-extent, extent]).range([0, size]);
	const y = scaleLinear().domain([-extent, extent]).range([size, 0]);
	return { x, y, toPlane: (px: number, py: number) => [x.invert(px), y.invert(py)] as const };
}
