// Tripwire: the starting statements show both sides of the lesson on the built-in engine, which
// trains on the concept pages' text, so an edit to any page can change what it prefers. When
// this fails after a content change, pick statements that again split this way (statements.ts)
// and update the trigram's look-for on the large-language-models page.
import { describe, expect, it } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import { startingStatements } from './statements';
import { verdict } from './truth';

describe('the starting statements on the built-in trigram model', () => {
	it('two won by the true ending, two by the false one, one it cannot score', async () => {
		const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });
		const verdicts = [];
		for (const s of startingStatements) {
			const t = await engine.score({ prefix: s.start, continuation: s.truthful });
			const f = await engine.score({ prefix: s.start, continuation: s.untrue });
			verdicts.push(verdict(t, f));
		}
		expect(verdicts.map((v) => v.kind)).toEqual([
			'truthful',
			'truthful',
			'untrue',
			'untrue',
			'unknown'
		]);
		// The page says it read neither “Canberra” nor “Sydney”.
		expect(verdicts[4]).toEqual({ kind: 'unknown', missing: 'both' });
	});
});
