import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appDb } from '$lib/storage/db';
import type { QuizRecord } from './quiz';
import {
	clearQuizResults,
	loadQuizResults,
	readQuizRows,
	saveQuizResult,
	skippedNotice
} from './results';

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

describe('stored quiz results', () => {
	it('keeps one result per engine, replaces a rerun, names a damaged entry and leaves it and other labs alone', async () => {
		const db = await appDb();
		await db.put('labs', { tree: 1 }, 'sampling:temperature:builtin');
		await db.put('labs', { engineId: 7 }, 'model-quiz:broken');
		await saveQuizResult(record('small-model', 2));
		await saveQuizResult(record('builtin', 1));
		await saveQuizResult({ ...record('small-model', 3), correct: 8 });

		const { records, skipped } = await loadQuizResults();
		expect(records.map((r) => [r.engineId, r.correct])).toEqual([
			['builtin', 3],
			['small-model', 8]
		]);
		expect(skipped.map((s) => s.key)).toEqual(['model-quiz:broken']);
		expect(skippedNotice(skipped)).toMatch(
			/^1 saved quiz result could not be read .* Skipped: model-quiz:broken \(engineId: /
		);
		// Reading never writes: the damaged entry is still there as it was.
		expect(await db.get('labs', 'model-quiz:broken')).toEqual({ engineId: 7 });

		await clearQuizResults();
		expect((await loadQuizResults()).records).toEqual([]);
		expect(await db.get('labs', 'sampling:temperature:builtin')).toEqual({ tree: 1 });
	});

	it('keeps the first of two entries for one engine, so the table never meets a key twice', () => {
		const { records, skipped } = readQuizRows(
			[record('a', 5), { ...record('a', 9), correct: 9 }],
			['model-quiz:a', 'model-quiz:copy-of-a']
		);
		expect(records).toEqual([record('a', 5)]);
		expect(skipped).toEqual([{ key: 'a', why: 'a second record with the same key' }]);
	});

	it('any stored values: never a throw, every good result kept, a short notice', () => {
		fc.assert(
			fc.property(fc.array(fc.jsonValue(), { maxLength: 30 }), fc.nat(), (junk, at) => {
				const rows: unknown[] = [...junk];
				rows.splice(at % (rows.length + 1), 0, record('good', 1));
				const keys = rows.map((_, i) => `model-quiz:${i}`);
				const { records, skipped } = readQuizRows(rows, keys);
				expect(records.filter((r) => r.engineId === 'good')).toEqual([record('good', 1)]);
				expect(records.length + skipped.length).toBe(rows.length);
				expect(skippedNotice(skipped).length).toBeLessThan(1200);
			})
		);
	});
});
