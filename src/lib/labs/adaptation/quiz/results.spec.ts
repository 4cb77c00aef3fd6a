import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { appDb } from '$lib/storage/db';
import type { QuizRecord } from './quiz';
import { clearQuizResults, loadQuizResults, saveQuizResult } from './results';

const record = (engineId: string, at: number): QuizRecord => ({
	engineId,
	label: engineId,
	size: engineId === 'builtin' ? 10_000 : 5e8,
	sizeKind: engineId === 'builtin' ? 'trigrams' : 'weights',
	correct: 3,
	total: 10,
	tokensPerSecond: 40,
	seed: 3,
	at
});

it('keeps one result per engine, replaces a rerun, skips bad entries and leaves other labs alone', async () => {
	const db = await appDb();
	await db.put('labs', { tree: 1 }, 'sampling:temperature:builtin');
	await db.put('labs', { engineId: 7 }, 'model-quiz:broken');
	await saveQuizResult(record('small-model', 2));
	await saveQuizResult(record('builtin', 1));
	await saveQuizResult({ ...record('small-model', 3), correct: 8 });

	const results = await loadQuizResults();
	expect(results.map((r) => [r.engineId, r.correct])).toEqual([
		['builtin', 3],
		['small-model', 8]
	]);

	await clearQuizResults();
	expect(await loadQuizResults()).toEqual([]);
	expect(await db.get('labs', 'sampling:temperature:builtin')).toEqual({ tree: 1 });
});
