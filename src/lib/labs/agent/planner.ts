// The rule-based planner that drives the agent loop on the built-in engine. The trigram model
// continues text from its last two words and cannot follow an instruction, let alone write a
// JSON call, so on that engine a few fixed rules stand in for the model, and the page says so:
// search the pages for the task's words, work out any arithmetic the task contains, then finish
// with what the two tools returned. It writes its calls as JSON text, like a model would, and
// they go through the same validator, tools and step budget. The "stuck" variant searches again
// and again and never finishes: a runaway loop, which only the step budget ends.
import type { Step } from './loop';
import { callText } from './toolCall';
import { CALCULATOR, FINISH, SEARCH } from './tools';
import { agentWords } from './words';

export type PlannerMode = 'sensible' | 'stuck';

/** Question words and glue that say nothing about what to search for. */
const STOP = new Set(
	'a an and are as at be by can could do does for from has have how if in into is it its many much of on or per the this that to was what when where which who why will with would you your'.split(
		' '
	)
);

/**
 * The longest stretch of the task that is arithmetic: digits with at least one operator between
 * them ("4 + 16 / 32"); a version number such as "3.2" alone is not.
 */
export function arithmeticIn(task: string): string | null {
	let best: string | null = null;
	for (const m of task.matchAll(/[\d.\s+\-*/^×÷()]+/g)) {
		const run = m[0]
			.trim()
			.replace(/^[+*/^×÷)]+|[+\-*/^×÷(]+$/g, '')
			.trim();
		if (/\d\s*[-+*/^×÷]\s*[(\-\d.]/.test(run) && (!best || run.length > best.length)) best = run;
	}
	return best;
}

/** The task's words worth searching for, arithmetic left out, at most eight. */
export function searchWords(task: string): string {
	const expression = arithmeticIn(task);
	const rest = expression ? task.replace(expression, ' ') : task;
	const words = (
		rest.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|\p{L}/gu) ?? []
	).filter((w) => !STOP.has(w) && !/^\d+$/.test(w));
	return [...new Set(words)].slice(0, 8).join(' ');
}

/** The sentence of a paragraph that holds most of the query's words (the first on a tie). */
export function bestSentence(text: string, query: string): string {
	const words = query.toLowerCase().split(' ').filter(Boolean);
	let best = '';
	let bestScore = -1;
	for (const sentence of text.split(/(?<=[.!?])\s+/)) {
		const lower = sentence.toLowerCase();
		const score = words.filter((w) => lower.includes(w)).length;
		if (score > bestScore) [best, bestScore] = [sentence.trim(), score];
	}
	return best.length > 400 ? `${best.slice(0, 397)}…` : best;
}

/** The finish call's answer, from what the tools returned. */
function answer(steps: readonly Step[]): string {
	const parts: string[] = [];
	for (const s of steps) {
		const o = s.observation;
		if (!o) continue;
		if (o.tool === SEARCH) {
			const top = o.found[0];
			parts.push(
				top
					? agentWords.plannerFound(top.title, bestSentence(top.text, o.query))
					: agentWords.plannerNothing(o.query)
			);
		} else if (o.tool === CALCULATOR) parts.push(`${o.text}.`);
		else parts.push(o.text);
	}
	return parts.length ? parts.join(' ') : agentWords.plannerEmpty;
}

const called = (steps: readonly Step[], name: string) =>
	steps.some((s) => s.verdict.ok && s.verdict.call.name === name);

/** The next call, as the JSON text a model would write. */
export function planNext(
	task: string,
	steps: readonly Step[],
	mode: PlannerMode = 'sensible'
): string {
	const query = searchWords(task);
	const expression = arithmeticIn(task);
	if (mode === 'stuck') return callText(SEARCH, { query: query || task.trim() });
	if (query && !called(steps, SEARCH)) return callText(SEARCH, { query });
	if (expression && !called(steps, CALCULATOR)) return callText(CALCULATOR, { expression });
	return callText(FINISH, { answer: answer(steps) });
}
