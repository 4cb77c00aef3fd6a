// The session-cost arithmetic, kept to the few rules a lecturer can redo on a whiteboard:
// a decoder-only transformer spends about 2 × (parameters) floating-point operations per token it
// reads or writes (one multiply and one add per weight; Kaplan et al. 2020, section 2.1, which
// also drops the attention term as small at short contexts); energy on this device is its power
// times the seconds it spent generating; the same operations in a data centre are the count
// divided by an efficiency in operations per joule; an API bills tokens at a price per million.

/** Operations for `tokens` tokens through a model of `params` weights. */
export function inferenceFlops(params: number, tokens: number): number {
	return 2 * params * tokens;
}

/** Joules from watts × seconds. */
export function joules(watts: number, seconds: number): number {
	return watts * seconds;
}

export const JOULES_PER_WH = 3600;

/** Joules for `flops` operations at `gflopsPerJoule` (10⁹ operations per joule). */
export function joulesAt(flops: number, gflopsPerJoule: number): number {
	return gflopsPerJoule > 0 ? flops / (gflopsPerJoule * 1e9) : NaN;
}

export interface Price {
	/** US dollars per million prompt (input) tokens. */
	input: number;
	/** US dollars per million written (output) tokens. */
	output: number;
}

/** Dollars for these tokens at this price. */
export function apiCost(price: Price, promptTokens: number, completionTokens: number): number {
	return (price.input * promptTokens + price.output * completionTokens) / 1e6;
}

/** How many sessions like this one add up to `total` operations (a training run). */
export function sessionsFor(total: number, session: number): number {
	return session > 0 ? total / session : Infinity;
}

/** A number as “3.1 × 10²³”, for operation counts. */
export function scientific(x: number): string {
	if (!Number.isFinite(x)) return '—';
	if (x === 0) return '0';
	const exp = Math.floor(Math.log10(Math.abs(x)));
	const mant = x / 10 ** exp;
	const sup = String(exp)
		.split('')
		.map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)] ?? '⁻')
		.join('');
	return `${mant.toFixed(1)} × 10${sup}`;
}

/** What the visitor may change: this device's power and a data centre's efficiency. */
export interface Assumptions {
	/** Watts this device draws while generating. */
	watts: number;
	/** A data-centre accelerator's useful operations per joule, in GFLOP/J. */
	gflopsPerJoule: number;
}

export interface CostRow {
	label: string;
	tokens: number;
	/** null: not a neural network (the trigram model), or its size is unknown. */
	params: number | null;
	flops: number | null;
	/** On this device: watts × seconds generating. */
	deviceJoules: number;
	/** The same operations at the data-centre efficiency. */
	datacentreJoules: number | null;
}

/** One engine's share of the session: prompt and written tokens both pass through the weights. */
export function costRow(
	t: { label: string; promptTokens: number; completionTokens: number; seconds: number },
	params: number | null,
	a: Assumptions
): CostRow {
	const tokens = t.promptTokens + t.completionTokens;
	const flops = params === null ? null : inferenceFlops(params, tokens);
	return {
		label: t.label,
		tokens,
		params,
		flops,
		deviceJoules: joules(a.watts, t.seconds),
		datacentreJoules: flops === null ? null : joulesAt(flops, a.gflopsPerJoule)
	};
}
