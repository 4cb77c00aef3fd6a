// Geometry of the adaptation labs' scatter charts (the scaling law, the model quiz): data → SVG
// coordinates with d3-scale, a logarithmic x axis (data sizes and parameter counts span several
// powers of ten), a log or linear y axis, and an optional fitted curve drawn as a path. Pure, so
// the components only draw what this returns. Log ticks are the powers of ten in range, with 2×
// and 5× added when fewer than three would show: d3's own log ticks label every 1…9 step.
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';

export const margin = { top: 10, right: 12, bottom: 34, left: 52 };

export interface ChartPoint {
	x: number;
	y: number;
}

export interface Tick {
	at: number;
	label: string;
}

export interface ScatterChart {
	dots: { cx: number; cy: number }[];
	xTicks: Tick[];
	yTicks: Tick[];
	/** The curve, or '' when none was given. */
	curve: string;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });

/** Tick values of a log axis over [lo, hi]. */
export function logTickValues(lo: number, hi: number): number[] {
	const from = Math.floor(Math.log10(lo));
	const to = Math.ceil(Math.log10(hi));
	const inRange = (v: number) => v >= lo * 0.999 && v <= hi * 1.001;
	const decades = [];
	for (let e = from; e <= to; e++) decades.push(10 ** e);
	const powers = decades.filter(inRange);
	if (powers.length >= 3) return powers;
	return decades.flatMap((d) => [d, 2 * d, 5 * d]).filter(inRange);
}

/** [lo, hi] widened by `pad` of its span on each side (in log space for a log axis). */
function padded(values: number[], log: boolean, pad = 0.08): [number, number] {
	const v = values.filter((x) => Number.isFinite(x) && (!log || x > 0));
	if (!v.length) return log ? [1, 10] : [0, 1];
	const [lo, hi] = [Math.min(...v), Math.max(...v)];
	if (log) {
		const [a, b] = [Math.log10(lo), Math.log10(hi)];
		const span = b - a || 1;
		return [10 ** (a - pad * span), 10 ** (b + pad * span)];
	}
	return [Math.min(0, lo), hi + (hi - Math.min(0, lo)) * pad || 1];
}

export function scatterChart(
	points: ChartPoint[],
	opts: {
		width: number;
		height: number;
		yLog: boolean;
		/** A fixed y range (the quiz's 0–100%); else the points' range, padded. */
		yDomain?: [number, number];
		/** A curve y = f(x), drawn from the smallest to the largest x of the points. */
		curve?: (x: number) => number;
	}
): ScatterChart {
	const { width, height, yLog } = opts;
	const [x0, x1] = padded(
		points.map((p) => p.x),
		true
	);
	const x = scaleLog()
		.domain([x0, x1])
		.range([margin.left, width - margin.right]);
	const yDomain =
		opts.yDomain ??
		padded(
			points.map((p) => p.y),
			yLog
		);
	const y: ScaleContinuousNumeric<number, number> = (yLog ? scaleLog() : scaleLinear())
		.domain(yDomain)
		.range([height - margin.bottom, margin.top]);
	// The curve spans the measured x range only: beyond it, it would be an extrapolation.
	const known = points.map((p) => p.x).filter((v) => v > 0);
	const [c0, c1] = known.length ? [Math.min(...known), Math.max(...known)] : [x0, x1];
	const xs = Array.from({ length: 41 }, (_, i) => c0 * (c1 / c0) ** (i / 40));
	const curve = opts.curve;
	return {
		dots: points.map((p) => ({ cx: x(p.x), cy: y(p.y) })),
		xTicks: logTickValues(x0, x1).map((v) => ({ at: x(v), label: compact.format(v) })),
		yTicks: (yLog ? logTickValues(yDomain[0], yDomain[1]) : y.ticks(4)).map((v) => ({
			at: y(v),
			label: compact.format(v)
		})),
		curve: curve
			? (line<number>()
					.defined((v) => Number.isFinite(curve(v)) && (!yLog || curve(v) > 0))
					.x((v) => x(v))
					.y((v) => y(curve(v)))(xs) ?? '')
			: ''
	};
}
