import { describe, expect, it } from 'vitest';
import type { ItemOutcome } from './runQueue';
import { repeatedSamples, sampleAt, sampledBatch, samplesOf } from './samples';

const request = (prompt: string, seed: number) => ({
	messages: [{ role: 'user' as const, content: prompt }],
	maxTokens: 4,
	temperature: 1,
	topK: 0,
	topP: 1,
	seed
});

describe('repeated samples', () => {
	it('asks each prompt N times in turn, seeds counting up from the lab seed', () => {
		const items = repeatedSamples(['a', 'b'], 3, 40, request);
		expect(items.map((i) => [i.request.messages[0]!.content, i.request.seed])).toEqual([
			['a', 40],
			['a', 41],
			['a', 42],
			['b', 40],
			['b', 41],
			['b', 42]
		]);
		expect(new Set(items.map((i) => i.id)).size).toBe(6);
	});

	it('a sampled batch sends every text N times with the same settings and counting seeds', () => {
		const items = sampledBatch(
			['a', 'b'],
			{ samples: 2, seed: 40 },
			{ temperature: 0.8, topK: 40, topP: 0.95, maxTokens: 16, thinking: false },
			(text, settings) => ({ messages: [{ role: 'user', content: text }], ...settings })
		);
		expect(items.map((i) => [i.id, i.request.messages[0]!.content, i.request.seed])).toEqual([
			['0:0', 'a', 40],
			['0:1', 'a', 41],
			['1:0', 'b', 40],
			['1:1', 'b', 41]
		]);
		expect(new Set(items.map((i) => `${i.request.temperature}/${i.request.maxTokens}`))).toEqual(
			new Set(['0.8/16'])
		);
	});

	it('names each item of the batch by its prompt and its sample, in the batch order', () => {
		const items = repeatedSamples(['a', 'b'], 3, 40, request);
		expect(
			items.map((item, i) => {
				const { prompt, sample } = sampleAt(i, 3);
				return [['a', 'b'][prompt], sample, item.request.seed];
			})
		).toEqual([
			['a', 1, 40],
			['a', 2, 41],
			['a', 3, 42],
			['b', 1, 40],
			['b', 2, 41],
			['b', 3, 42]
		]);
	});

	it("reads one prompt's answers back in seed order, leaving a gap for one not yet ended", () => {
		const items = repeatedSamples(['a', 'b'], 2, 1, request);
		const done = new Map<string, ItemOutcome>([
			[items[3]!.id, { id: items[3]!.id, text: 'b1' } as ItemOutcome],
			[items[2]!.id, { id: items[2]!.id, text: 'b0' } as ItemOutcome]
		]);
		expect(samplesOf(done, 1, 2).map((o) => o?.text)).toEqual(['b0', 'b1']);
		expect(samplesOf(done, 0, 2)).toEqual([undefined, undefined]);
	});
});
