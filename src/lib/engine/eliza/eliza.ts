// An ELIZA-style responder, as Weizenbaum described the mechanism in 1966: find the message's
// highest-ranked keyword, match the message against that keyword's decomposition patterns, and
// fill the first matching pattern's next reassembly template with the matched words, pronouns
// turned around. No statistics and no learning: every reply is a rule firing, and `respond` says
// which one, so the history page can show why it answered as it did.
//
// Stateless on purpose, like the other engines (each call gets the whole conversation): the
// rotation through a pattern's templates and the memory of earlier topics are rebuilt by
// replaying the user's earlier messages, which takes microseconds for any conversation a page
// holds.
import {
	fallbacks,
	phraseReflections,
	reflections,
	rules,
	type Decomposition,
	type Rule
} from './rules';

/** Why a reply was given: the rule that fired, or memory, or the fallback. */
export type Reason =
	| { kind: 'rule'; keyword: string; rank: number; pattern: string }
	| { kind: 'memory'; keyword: string }
	| { kind: 'fallback' };

export interface Reply {
	text: string;
	reason: Reason;
}

/** Lower case words, apostrophes kept ("can't"); other punctuation dropped. */
export function words(text: string): string[] {
	return (
		text
			.toLowerCase()
			.replace(/[’‘]/g, "'")
			.match(/[\p{L}\p{N}']+/gu)
			?.map((w) => w.replace(/^'+|'+$/g, ''))
			.filter(Boolean) ?? []
	);
}

/** The words each `*` of the pattern matched, or null; `*` takes as few words as it can. */
export function match(pattern: string, input: readonly string[]): string[][] | null {
	const parts = pattern.split(/\s+/).filter(Boolean);
	const captures: string[][] = [];
	function go(p: number, i: number): boolean {
		if (p === parts.length) return i === input.length;
		if (parts[p] === '*') {
			for (let end = i; end <= input.length; end++) {
				captures.push(input.slice(i, end));
				if (go(p + 1, end)) return true;
				captures.pop();
			}
			return false;
		}
		return input[i] === parts[p] && go(p + 1, i + 1);
	}
	return go(0, 0) ? captures : null;
}

/** A fragment said back: "i am afraid of my boss" → "you are afraid of your boss". */
export function reflect(fragment: readonly string[]): string {
	const out: string[] = [];
	for (let i = 0; i < fragment.length; i++) {
		const pair = `${fragment[i]} ${fragment[i + 1]}`;
		if (i + 1 < fragment.length && phraseReflections[pair]) {
			out.push(phraseReflections[pair]!);
			i++;
		} else {
			const w = fragment[i]!;
			out.push(Object.hasOwn(reflections, w) ? reflections[w]! : w);
		}
	}
	return out.join(' ');
}

function fill(template: string, captures: string[][]): string {
	return template.replace(/\((\d)\)/g, (_, n: string) => reflect(captures[Number(n) - 1] ?? []));
}

/** Each keyword's rule (a keyword belongs to one rule). */
const ruleOf = new Map<string, Rule>(rules.flatMap((r) => r.keywords.map((k) => [k, r] as const)));

/** The clause to answer: the first one (split at . , ; ! ? and "but") that holds a keyword. */
function pick(text: string): { clause: string[]; rule: Rule; keyword: string } | null {
	const clauses = text
		.split(/[.,;!?]+|\bbut\b/i)
		.map(words)
		.filter((c) => c.length);
	for (const clause of clauses) {
		let best: { rule: Rule; keyword: string } | null = null;
		for (const word of clause) {
			const rule = ruleOf.get(word);
			if (rule && (!best || rule.rank > best.rule.rank)) best = { rule, keyword: word };
		}
		if (best) return { clause, ...best };
	}
	return null;
}

/** The machine after some messages: how often each pattern fired, and what it filed away. */
interface State {
	fired: Map<Decomposition, number>;
	memory: { line: string; keyword: string }[];
	fallbacksUsed: number;
}

function step(state: State, message: string): Reply {
	const found = pick(message);
	if (found) {
		for (const d of found.rule.decompositions) {
			const captures = match(d.pattern, found.clause);
			if (!captures) continue;
			const n = state.fired.get(d) ?? 0;
			state.fired.set(d, n + 1);
			if (d.remember) {
				const line = d.remember[n % d.remember.length]!;
				state.memory.push({ line: fill(line, captures), keyword: found.keyword });
			}
			return {
				text: fill(d.replies[n % d.replies.length]!, captures),
				reason: {
					kind: 'rule',
					keyword: found.keyword,
					rank: found.rule.rank,
					pattern: d.pattern
				}
			};
		}
	}
	const remembered = state.memory.shift();
	if (remembered) {
		return { text: remembered.line, reason: { kind: 'memory', keyword: remembered.keyword } };
	}
	const text = fallbacks[state.fallbacksUsed++ % fallbacks.length]!;
	return { text, reason: { kind: 'fallback' } };
}

/** The reply to the last of the user's messages, after the earlier ones were answered in turn. */
export function respond(userMessages: readonly string[]): Reply {
	const state: State = { fired: new Map(), memory: [], fallbacksUsed: 0 };
	let reply: Reply = { text: fallbacks[0]!, reason: { kind: 'fallback' } };
	for (const message of userMessages) reply = step(state, message);
	return reply;
}
