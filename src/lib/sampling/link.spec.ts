// Shared links carry exactly the table's fields and limits: what is written reads back unchanged,
// and whatever a hand-edited link says is clamped to the same limits validation uses.
import { describe, expect, it } from 'vitest';
import { validateRequest } from '$lib/engine/request';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { fieldMax, MAX_TOKENS_LIMIT, samplingTable, type SamplingValues } from './fields';
import { samplingFields } from './controls';
import { samplingFromParams, samplingToParams } from './link';

const base: SamplingValues = {
	temperature: 0.3,
	topP: 0.8,
	topK: 7,
	minP: 0.05,
	maxTokens: 99,
	seed: 5,
	frequencyPenalty: 0.5,
	presencePenalty: -0.5,
	repetitionPenalty: 1.2
};

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randomValues(next: () => number): SamplingValues {
	const v = { ...base } as Record<string, number | null>;
	for (const f of samplingTable) {
		const max = fieldMax(f);
		const pick = next();
		// The ends of the range are the likeliest to break; hit them often.
		let x = pick < 0.1 ? f.min : pick < 0.2 ? max : f.min + next() * (max - f.min);
		if (f.integer) x = Math.round(x);
		v[f.key] = f.key === 'seed' && next() < 0.2 ? null : x;
	}
	return v as unknown as SamplingValues;
}

const request = (v: SamplingValues) => ({
	messages: [{ role: 'user' as const, content: 'Hi' }],
	...samplingFields(v)
});

describe('shared links', () => {
	it('round trip: every valid value comes back unchanged, whatever the base', () => {
		const next = random(42);
		for (let i = 0; i < 500; i++) {
			const v = randomValues(next);
			expect(validateRequest(request(v), webllmCapabilities)).toEqual([]);
			const params = new URLSearchParams(samplingToParams(v).toString());
			expect(samplingFromParams(params, base)).toEqual(v);
			expect(samplingFromParams(params, randomValues(next))).toEqual(v);
		}
	});

	it('writes every field under its link key', () => {
		const params = samplingToParams({ ...base, seed: null });
		expect([...params.keys()]).toEqual(samplingTable.map((f) => f.urlKey));
		expect(params.toString()).toBe(
			'temperature=0.3&top_p=0.8&top_k=7&min_p=0.05&max_tokens=99&seed=&frequency_penalty=0.5&presence_penalty=-0.5&repetition_penalty=1.2'
		);
	});

	for (const f of samplingTable) {
		it(`${f.urlKey}: clamped to the table limits, junk ignored, empty = the default`, () => {
			const read = (text: string, maxTokens?: number) =>
				samplingFromParams(new URLSearchParams({ [f.urlKey]: text }), base, maxTokens)[f.key];
			const max = fieldMax(f);
			expect(read(String(f.min - 1))).toBe(f.min);
			expect(read(String(f.min - f.step / 2))).toBe(f.min);
			expect(read(String(max + f.step / 2))).toBe(max);
			expect(read(String(max * 10 + 10))).toBe(max);
			expect(read('abc')).toBe(base[f.key]);
			expect(read('Infinity')).toBe(base[f.key]);
			expect(read('')).toBe(f.default === null ? null : Math.min(f.default, max));
			expect(read(' ')).toBe(f.default === null ? null : Math.min(f.default, max));
			if (f.integer) expect(read(String(f.min + 1.4))).toBe(f.min + 1);
			// Whatever a link says, validation accepts what it read.
			for (const text of ['-1e9', '1e9', '0.123456', '']) {
				const v = samplingFromParams(new URLSearchParams({ [f.urlKey]: text }), base);
				expect(validateRequest(request(v), webllmCapabilities), text).toEqual([]);
			}
		});
	}

	it('max_tokens is held to the page limit, and absent keys keep the base', () => {
		const params = new URLSearchParams('max_tokens=5000');
		expect(samplingFromParams(params, base).maxTokens).toBe(MAX_TOKENS_LIMIT);
		expect(samplingFromParams(params, base, 200).maxTokens).toBe(200);
		expect(samplingFromParams(new URLSearchParams('max_tokens='), base, 200).maxTokens).toBe(200);
		expect(samplingFromParams(new URLSearchParams('prompt=x'), base)).toEqual(base);
	});
});
