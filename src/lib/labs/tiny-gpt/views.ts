// What the tiny-GPT lab's views say in words: which class each character belongs to (the
// embedding map colours and describes them by class), where each class sits on the map, and where
// one character's attention goes. The text alternatives read these, so they are checked here
// rather than in the component.
import { ALPHABET } from './corpus';

export type CharClass = 'vowel' | 'consonant' | 'digit' | 'punctuation' | 'space';

export function classOf(c: string): CharClass {
	if (c === ' ' || c === '\n') return 'space';
	if ('aeiou'.includes(c)) return 'vowel';
	if (c >= 'a' && c <= 'z') return 'consonant';
	if (c >= '0' && c <= '9') return 'digit';
	return 'punctuation';
}

/** How a character is shown on the map and in tables (a space or a line break made visible). */
export function shown(c: string): string {
	return c === ' ' ? '␣' : c === '\n' ? '↵' : c;
}

/** The mean position of each class on the 2-D map (rows in ALPHABET order, [x0, y0, x1, …]). */
export function classCentres(map: ArrayLike<number>): Record<CharClass, [number, number]> {
	const sums = new Map<CharClass, [number, number, number]>();
	[...ALPHABET].forEach((c, i) => {
		const s = sums.get(classOf(c)) ?? [0, 0, 0];
		sums.set(classOf(c), [s[0] + map[2 * i]!, s[1] + map[2 * i + 1]!, s[2] + 1]);
	});
	const out = {} as Record<CharClass, [number, number]>;
	for (const [k, [x, y, n]] of sums) out[k] = [x / n, y / n];
	return out;
}

export function describeMap(map: ArrayLike<number> | null, step: number): string {
	if (!map) return 'Character embeddings: not drawn yet.';
	const centres = classCentres(map);
	const where = (Object.keys(centres) as CharClass[]).map(
		(k) =>
			`${k === 'punctuation' ? 'punctuation' : `${k}s`} around (${centres[k][0].toFixed(2)}, ${centres[k][1].toFixed(2)})`
	);
	return `Character embeddings after ${step.toLocaleString('en')} steps, each character drawn at its place on the two main directions: ${where.join(', ')}.`;
}

/** Where row `i` of a T × T attention matrix puts most of its weight: the top `n` columns. */
export function strongest(matrix: ArrayLike<number>, T: number, i: number, n = 3) {
	const row = Array.from({ length: i + 1 }, (_, j) => ({ at: j, weight: matrix[i * T + j]! }));
	return row.sort((a, b) => b.weight - a.weight || a.at - b.at).slice(0, n);
}

/** "‘e’ (position 4)" for the words of the attention view. */
export function nameAt(chars: string[], i: number): string {
	return `‘${shown(chars[i]!)}’ (position ${i + 1})`;
}

export function describeLook(chars: string[], matrix: ArrayLike<number>, i: number): string {
	return strongest(matrix, chars.length, i)
		.map((s) => `${nameAt(chars, s.at)} ${Math.round(s.weight * 100)}%`)
		.join(', ');
}
