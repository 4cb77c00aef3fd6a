// The labs' own texts (notes, the sample log, the quiz) follow the content rules of the concept
// pages (concepts.spec.ts): no run of ten words shared with the glossary the pages are based on,
// and no promise of something not there.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import glossaryRuns from '$lib/concepts/glossary-runs.json';
import { fineTuneNotes, inPageEngine, quizNotes, scalingNotes } from './notes';
import { sampleText } from './finetune/sample';
import { quiz } from './quiz/questions';

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

const texts = [
	inPageEngine,
	scalingNotes.method,
	scalingNotes.unknownWords,
	scalingNotes.limits,
	...scalingNotes.published.map((p) => p.text),
	...Object.values(fineTuneNotes).flat(),
	quizNotes.chance.builtin,
	quizNotes.chance.model,
	quizNotes.speed,
	quizNotes.size,
	quizNotes.kept,
	sampleText,
	...quiz.flatMap((q) => [q.question, ...q.options])
];

it('shares no run of ten words with the glossary', () => {
	// Tripwire: the glossary's first definition is caught.
	expect(sharedRuns('AI models designed to create new content, such as Text.')).toHaveLength(1);
	for (const t of texts) expect(sharedRuns(t), t).toEqual([]);
});

it('promises nothing that is not there', () => {
	for (const t of texts) expect(t).not.toMatch(/\bcoming soon\b|\bplanned\b|\bwill be added\b/i);
});
