// The numbers behind the temperature and filter diagrams, computed with the same sampling code the
// engines use, so the drawings cannot drift from what the experiments actually do.
import { nextTokenDistribution } from '$lib/sampling/sampling';

/** Five candidate next tokens and the model's probabilities for them, most likely first. */
export const example = [
	{ token: 'cat', p: 0.42 },
	{ token: 'dog', p: 0.25 },
	{ token: 'fox', p: 0.15 },
	{ token: 'owl', p: 0.1 },
	{ token: 'eel', p: 0.08 }
];

const probs = example.map((e) => e.p);

/** One column per temperature: each example token's probability after temperature alone. */
export function temperatureColumns(temperatures: number[]): { t: number; bars: number[] }[] {
	return temperatures.map((t) => {
		const c = nextTokenDistribution(probs, { temperature: t, topK: 0, topP: 1 });
		return { t, bars: example.map((_, i) => c.find((x) => x.id === i)?.prob ?? 0) };
	});
}

/** How many of the example tokens top-p keeps (at temperature 1, without top-k). */
export function topPKept(topP: number): number {
	return nextTokenDistribution(probs, { temperature: 1, topK: 0, topP }).length;
}
