// Every lab's own words (each lab folder's words.ts, the adaptation notes, the fine-tuning
// sample, the quiz) follow the content rules of the concept pages (concepts.spec.ts): no run of
// ten words shared with the glossary the pages are based on, and no promise of something not
// there. A word that needs a number or a name is a function; its text is read from the literals
// in its source, each interpolation a break, so its fixed words are checked too.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import glossaryRuns from '$lib/concepts/glossary-runs.json';
import { fineTuneNotes, inPageEngineLine, quizNotes, scalingNotes } from './adaptation/notes';
import { sampleText } from './adaptation/finetune/sample';
import { quiz } from './adaptation/quiz/questions';

const WORD = new RegExp(glossaryRuns.words, 'gu');
const glossary = new Set(glossaryRuns.hashes);

function sharedRuns(text: string): string[] {
	const w = text.toLowerCase().replaceAll('’', "'").match(WORD) ?? [];
	const shared: string[] = [];
	for (let i = 0; i + glossaryRuns.n <= w.length; i++) {
		const run = w.slice(i, i + glossaryRuns.n).join(' ');
		if (glossary.has(createHash('sha256').update(run).digest('hex').slice(0, 12))) shared.push(run);
	}
	return shared;
}

/** The string literals of a word function's source, interpolations cut out. */
function literals(fn: (...args: never[]) => unknown): string[] {
	const source = fn.toString();
	const found = source.match(/`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g) ?? [];
	return found.flatMap((l) => l.slice(1, -1).split(/\$\{[^}]*\}/));
}

/** Every text in a words module: strings, EngineText pairs, arrays, and word functions. */
function texts(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'function') return literals(value as () => unknown);
	if (Array.isArray(value)) return value.flatMap(texts);
	if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
	return [];
}

const wordFiles = import.meta.glob<Record<string, unknown>>(
	['./**/words.ts', '../demos/**/words.ts'],
	{
		eager: true
	}
);

const all = [
	...texts(Object.values(wordFiles)),
	...texts([inPageEngineLine, scalingNotes, fineTuneNotes, quizNotes]),
	sampleText,
	...quiz.flatMap((q) => [q.question, ...q.options])
];

it('reads the words of every lab that keeps them in words.ts', () => {
	expect(Object.keys(wordFiles)).toEqual(
		expect.arrayContaining([
			'../demos/prompt/words.ts',
			'./prompting/cot/words.ts',
			'./adaptation/quiz/words.ts'
		])
	);
	// A word function's fixed text is read too.
	expect(literals((n: number) => `Run ${n} prompts`)).toEqual(['Run ', ' prompts']);
	expect(all.length).toBeGreaterThan(80);
});

it('shares no run of ten words with the glossary', () => {
	// Tripwire: the glossary's first definition is caught.
	expect(sharedRuns('AI models designed to create new content, such as Text.')).toHaveLength(1);
	for (const t of all) expect(sharedRuns(t), t).toEqual([]);
});

it('promises nothing that is not there', () => {
	for (const t of all) expect(t).not.toMatch(/\bcoming soon\b|\bplanned\b|\bwill be added\b/i);
});
