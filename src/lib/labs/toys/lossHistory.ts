// Loss over time for the charts, bounded in memory: a run of 50,000 steps must not keep 50,000
// points per curve. One point arrives per frame; every stride-th is kept, and when the list
// fills up the stride doubles and every other kept point goes. The chart then always spans the
// whole run with at most `capacity` points, thinned evenly.

export interface LossPoint {
	step: number;
	/** One value per named loss, in the order of LossHistory.names. */
	values: number[];
}

export interface LossHistory {
	names: string[];
	points: LossPoint[];
	stride: number;
	/** Points offered so far, kept or not. */
	seen: number;
}

export function emptyHistory(names: string[]): LossHistory {
	return { names, points: [], stride: 1, seen: 0 };
}

/** A new history (the old one is left unchanged) with the point kept if it falls on the stride. */
export function addLoss(h: LossHistory, point: LossPoint, capacity = 300): LossHistory {
	const seen = h.seen + 1;
	if (h.seen % h.stride !== 0) return { ...h, seen };
	let points = h.points.concat(point);
	let stride = h.stride;
	if (points.length > capacity) {
		stride *= 2;
		points = points.filter((_, i) => i % 2 === 0);
	}
	return { names: h.names, points, stride, seen };
}

/** The mean of the last n kept points of one loss (what the text alternative reads out). */
export function recentLoss(h: LossHistory, index: number, n = 3): number | null {
	const tail = h.points.slice(-n);
	if (!tail.length) return null;
	return tail.reduce((s, p) => s + (p.values[index] ?? 0), 0) / tail.length;
}
