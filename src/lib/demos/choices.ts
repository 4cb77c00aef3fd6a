// What the token-choices view shows for one generated token: the candidates the model weighed at
// that step, which of them was drawn, and how the text reads when whitespace is made visible.
import type { TokenAlternative, TokenEvent } from '$lib/engine';

export interface ChoiceRow {
	text: string;
	prob: number;
	chosen: boolean;
}

export interface TokenChoices {
	rows: ChoiceRow[];
	/** 'distribution': the top N before sampling; 'alternatives': what the engine reported. */
	source: 'distribution' | 'alternatives' | 'none';
	/** Probability mass the rows leave out (everything outside the top N). */
	rest: number;
	/** Whether the drawn token is outside the listed rows (a rare draw under high temperature). */
	chosenOutside: boolean;
}

export function choicesFor(token: TokenEvent): TokenChoices {
	const list: TokenAlternative[] | undefined = token.distribution ?? token.alternatives;
	if (!list?.length) return { rows: [], source: 'none', rest: 0, chosenOutside: false };
	let marked = false;
	const rows = list.map((c) => {
		const chosen = !marked && c.text === token.text;
		if (chosen) marked = true;
		return { text: c.text, prob: c.prob, chosen };
	});
	const listed = rows.reduce((s, r) => s + r.prob, 0);
	return {
		rows,
		source: token.distribution ? 'distribution' : 'alternatives',
		rest: Math.max(0, 1 - listed),
		chosenOutside: !marked
	};
}

/** Spaces and line breaks made visible, so " the" and "the" can be told apart. */
export function visibleWhitespace(text: string): string {
	if (text === '') return '∅';
	return text.replaceAll(' ', '␣').replaceAll('\n', '↵').replaceAll('\t', '⇥');
}

export function percent(p: number): string {
	if (!Number.isFinite(p)) return '–';
	if (p >= 0.995) return '>99%';
	if (p < 0.001) return '<0.1%';
	if (p < 0.01) return `${(p * 100).toFixed(1)}%`;
	return `${Math.round(p * 100)}%`;
}
