// The sampling table is the only source of the fields' limits: validation accepts exactly the
// table's [min, max] for every field, and the controls offer exactly that range with its step.
// Both would fail if someone wrote a number into request.ts or SamplingControls.svelte again.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { validateRequest } from '$lib/engine/request';
import type { GenerateRequest } from '$lib/engine/types';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import type { RequestProblem } from '$lib/engine';
import SamplingControls from './SamplingControls.svelte';
import {
	fieldMax,
	formatValue,
	isSlider,
	MAX_TOKENS_LIMIT,
	samplingField,
	samplingTable,
	type SamplingValues
} from './fields';
import { noPenalties, samplingFields } from './controls';

const ok: GenerateRequest = {
	messages: [{ role: 'user', content: 'Hello' }],
	temperature: 0.7,
	topK: 40,
	topP: 0.95,
	maxTokens: 64
};
/** An engine that can do everything, so only the ranges speak. */
const caps = { ...webllmCapabilities, topK: true, penalties: true };
const problemsFor = (key: string, value: unknown, maxTokens?: number): RequestProblem[] =>
	validateRequest({ ...ok, [key]: value } as GenerateRequest, caps, 'Engine', maxTokens).filter(
		(p) => p.field === key
	);

describe('validation accepts exactly the table range', () => {
	for (const f of samplingTable) {
		const max = fieldMax(f);
		it(f.key, () => {
			expect(problemsFor(f.key, f.min)).toEqual([]);
			expect(problemsFor(f.key, max)).toEqual([]);
			if (f.off !== undefined) expect(problemsFor(f.key, f.off)).toEqual([]);
			if (f.default !== null) expect(problemsFor(f.key, f.default)).toEqual([]);
			// Just outside: a hair (relative, so it survives rounding near 2³²) and one step.
			const hair = (x: number) => Math.max(1e-9, Math.abs(x) * 1e-12);
			for (const bad of [f.min - hair(f.min), max + hair(max), f.min - f.step, max + f.step]) {
				const [p, ...rest] = problemsFor(f.key, bad);
				expect(rest).toEqual([]);
				expect(p?.message).toBe(
					`${f.name} must be ${f.integer ? 'a whole number' : 'a number'} from ${f.min} to ${max} (got ${bad}).`
				);
			}
			if (f.integer) expect(problemsFor(f.key, f.min + 0.5)).toHaveLength(1);
			else expect(problemsFor(f.key, (f.min + max) / 3)).toEqual([]);
			expect(problemsFor(f.key, NaN)).toHaveLength(1);
			expect(problemsFor(f.key, undefined)).toHaveLength(f.optional ? 0 : 1);
		});
	}

	it('maxTokens: a page limit lowers the maximum, never raises it', () => {
		expect(problemsFor('maxTokens', 200, 200)).toEqual([]);
		expect(problemsFor('maxTokens', 201, 200)[0]?.message).toBe(
			'Max tokens must be a whole number from 1 to 200 (got 201).'
		);
		expect(problemsFor('maxTokens', MAX_TOKENS_LIMIT + 1, 10_000)).toHaveLength(1);
	});
});

const values: SamplingValues = {
	temperature: 0.7,
	topP: 0.95,
	topK: 40,
	minP: 0,
	maxTokens: 64,
	seed: null,
	...noPenalties
};

/** The rendered controls: each input (with its attributes) under its label's text. */
function controls(props: Record<string, unknown> = {}) {
	const { body } = render(SamplingControls, {
		props: { values, capabilities: caps, ...props }
	});
	const attributes = (tag: string) =>
		Object.fromEntries(
			[...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1]!, m[2] ?? ''])
		);
	const inputs = [...body.matchAll(/<input\b[^>]*>/g)].map((m) => attributes(m[0]));
	const byLabel = new Map<string, Record<string, string>>();
	for (const [, id, text] of body.matchAll(/<label for="([^"]+)"[^>]*>([^<]*)<\/label>/g)) {
		const input = inputs.find((i) => i.id === id);
		if (input) byLabel.set(text!.trim(), input);
	}
	const outputs = new Map(
		[...body.matchAll(/<output for="([^"]+)"[^>]*>([^<]*)<\/output>/g)].map((m) => [m[1]!, m[2]!])
	);
	return { body, byLabel, outputs };
}

describe('the controls offer exactly the table range', () => {
	it('one labelled control per field, nothing else', () => {
		const { byLabel } = controls();
		expect([...byLabel.keys()].sort()).toEqual(samplingTable.map((f) => f.label).sort());
	});

	for (const f of samplingTable) {
		it(f.key, () => {
			const { body, byLabel, outputs } = controls({ maxTokensLimit: 200 });
			const input = byLabel.get(f.label);
			expect(input, f.label).toBeDefined();
			expect(input!.type).toBe(isSlider(f) ? 'range' : 'number');
			expect(Number(input!.min)).toBe(f.min);
			expect(Number(input!.max)).toBe(fieldMax(f, 200));
			expect(Number(input!.step)).toBe(f.step);
			if (f.hint && f.key !== 'seed') expect(body).toContain(f.hint);
			if (isSlider(f)) expect(outputs.get(input!.id!)).toBe(formatValue(f, values[f.key]));
		});
	}

	it('sliders at their off value say "off"; the seed hint follows seedOptional', () => {
		const off = { ...values, topP: 1 };
		const { outputs, byLabel, body } = controls({ values: off });
		for (const f of samplingTable.filter(isSlider).filter((f) => f.off !== undefined))
			expect(outputs.get(byLabel.get(f.label)!.id!), f.key).toBe('off');
		expect(body).toContain(samplingField.seed.hint);
		expect(controls({ seedOptional: true }).body).toContain(samplingField.seed.emptyHint);
	});
});

describe('controls.ts', () => {
	it('noPenalties are the table off values; samplingFields passes every field but an empty seed', () => {
		expect(noPenalties).toEqual({ frequencyPenalty: 0, presencePenalty: 0, repetitionPenalty: 1 });
		expect(samplingFields(values)).toEqual({
			temperature: 0.7,
			topP: 0.95,
			topK: 40,
			minP: 0,
			maxTokens: 64,
			frequencyPenalty: 0,
			presencePenalty: 0,
			repetitionPenalty: 1
		});
		expect(samplingFields({ ...values, seed: 0 })).toMatchObject({ seed: 0 });
	});
});
