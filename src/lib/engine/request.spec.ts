import { describe, expect, it } from 'vitest';
import { builtinCapabilities } from './builtin/builtinEngine';
import { elizaCapabilities } from './eliza/info';
import {
	embedProblem,
	MAX_EMBED_CHARS,
	nextTokensProblem,
	rulesNote,
	schemaError,
	scoreProblem,
	unservedCall,
	validateRequest
} from './request';
import type { GenerateRequest } from './types';
import { embeddingCapabilities, webllmCapabilities } from '$lib/webllm/capabilities';

const ok: GenerateRequest = {
	messages: [{ role: 'user', content: 'Hello' }],
	temperature: 0.7,
	topK: 40,
	topP: 0.95,
	maxTokens: 64
};
const fields = (r: Partial<GenerateRequest>, caps = webllmCapabilities) =>
	validateRequest({ ...ok, ...r }, caps).map((p) => p.field);

describe('request validation', () => {
	it('accepts a normal request on both engines', () => {
		expect(validateRequest(ok, builtinCapabilities)).toEqual([]);
		expect(validateRequest(ok, webllmCapabilities)).toEqual([]);
	});

	it('names each field out of range, with the allowed range and the value given', () => {
		const problems = validateRequest(
			{ ...ok, temperature: 3, topP: 0, topK: 2.5, maxTokens: 0, seed: -1 },
			webllmCapabilities
		);
		expect(problems.map((p) => p.field)).toEqual([
			'temperature',
			'topP',
			'topK',
			'maxTokens',
			'seed'
		]);
		expect(problems[0]!.message).toBe('Temperature must be a number from 0 to 2 (got 3).');
		expect(problems[2]!.message).toMatch(/Top-k must be a whole number from 0 to 1000/);
		expect(fields({ temperature: NaN })).toEqual(['temperature']);
	});

	it('checks penalties, alternatives and capture against the engine limits', () => {
		expect(fields({ frequencyPenalty: 2.5, presencePenalty: -3, repetitionPenalty: 0 })).toEqual([
			'frequencyPenalty',
			'presencePenalty',
			'repetitionPenalty'
		]);
		// The repetition penalty starts at 0.5, as the slider and shared links always did (0.1 was
		// accepted here only); top-p starts at 0.01, the slider now too (it stopped at 0.05).
		expect(fields({ repetitionPenalty: 0.5 })).toEqual([]);
		expect(validateRequest({ ...ok, repetitionPenalty: 0.4 }, webllmCapabilities)).toEqual([
			{
				field: 'repetitionPenalty',
				message: 'Repetition penalty must be a number from 0.5 to 2 (got 0.4).'
			}
		]);
		expect(fields({ topP: 0.01 })).toEqual([]);
		expect(fields({ topP: 0.009 })).toEqual(['topP']);
		// WebLLM reports at most 5 alternatives (top_logprobs); capture goes to 20.
		expect(fields({ alternatives: 6 })).toEqual(['alternatives']);
		expect(fields({ alternatives: 6 }, builtinCapabilities)).toEqual([]);
		expect(fields({ capture: 50 })).toEqual([]);
		expect(fields({ capture: 51 })).toEqual(['capture']);
	});

	it('refuses an empty conversation and empty stop sequences', () => {
		expect(fields({ messages: [] })).toEqual(['messages']);
		expect(fields({ messages: [{ role: 'user', content: '  ' }] })).toEqual(['messages']);
		expect(fields({ stop: [''] })).toEqual(['stop']);
	});

	it('refuses what the engine cannot do, saying which engine', () => {
		const noTopK = { ...webllmCapabilities, topK: false, penalties: false };
		const problems = validateRequest({ ...ok, frequencyPenalty: 0.5 }, noTopK, 'Model X');
		expect(problems.map((p) => p.message)).toEqual([
			'Model X cannot apply top-k; set it to 0.',
			'Model X cannot apply repetition penalties.'
		]);
		expect(fields({ jsonSchema: '{"type":"object"}' }, builtinCapabilities)).toEqual([
			'jsonSchema'
		]);
		// An empty schema means "no schema".
		expect(fields({ jsonSchema: '  ' }, builtinCapabilities)).toEqual([]);
	});

	it('explains a broken JSON schema', () => {
		expect(schemaError('{"type": "object",}')).toMatch(/not valid JSON \(near character \d+\)/);
		expect(schemaError('[1, 2]')).toMatch(/must be an object/);
		expect(schemaError('{"type": "object"}')).toBeNull();
		expect(fields({ jsonSchema: '{oops' })).toEqual(['jsonSchema']);
	});
});

describe('passages as context', () => {
	it('accepts a few passages and names the limit it breaks', () => {
		expect(fields({ context: ['one passage', 'another'] })).toEqual([]);
		expect(fields({ context: Array.from({ length: 21 }, () => 'p') })).toEqual(['context']);
		expect(fields({ context: ['x'.repeat(20_001)] })).toEqual(['context']);
		expect(fields({ context: [3 as unknown as string] })).toEqual(['context']);
	});
});

describe('embed requests', () => {
	const caps = embeddingCapabilities;
	const problem = (texts: string[], c = caps) =>
		embedProblem({ texts, as: 'passage' }, c, 'This engine')?.message ?? null;
	it('accepts texts for an embedding model', () => {
		expect(problem(['a passage', 'another'])).toBeNull();
	});
	it('names what is wrong: no embeddings, nothing to embed, an empty or too long text', () => {
		expect(problem(['x'], webllmCapabilities)).toMatch(/This engine makes no embeddings/);
		expect(problem(['x'], builtinCapabilities)).toMatch(/Models page/);
		expect(problem([])).toMatch(/no text/);
		expect(problem(['ok', '  '])).toMatch(/Text 2 is empty/);
		expect(problem(['x'.repeat(MAX_EMBED_CHARS + 1)])).toMatch(/Text 1 has 2001 characters/);
	});
});

describe('a rule-based engine (ELIZA)', () => {
	const wild: Partial<GenerateRequest> = {
		temperature: 5,
		topK: 40,
		topP: 0,
		minP: 2,
		seed: -1,
		frequencyPenalty: 9,
		presencePenalty: 1,
		repetitionPenalty: 1.3,
		alternatives: 5,
		capture: 50
	};

	it('ignores every sampling setting, even out of range, instead of refusing it', () => {
		expect(validateRequest({ ...ok, ...wild }, elizaCapabilities, 'ELIZA-style rules')).toEqual([]);
		// The same settings on an engine that samples are all refused.
		expect(fields(wild)).toHaveLength(5);
	});

	it('still checks what it reads: the message, the length, stop sequences', () => {
		expect(fields({ ...wild, messages: [], maxTokens: 0, stop: [''] }, elizaCapabilities)).toEqual([
			'messages',
			'maxTokens',
			'stop'
		]);
	});

	it('refuses what it cannot honour in the one "cannot" wording, with the next step', () => {
		const problems = validateRequest(
			{ ...ok, jsonSchema: '{"type":"object"}', watermark: { key: 'k', gamma: 0.25, delta: 2 } },
			elizaCapabilities,
			'ELIZA-style rules'
		);
		expect(problems.map((p) => p.field)).toEqual(['watermark', 'jsonSchema']);
		expect(problems[0]!.message).toMatch(
			/^ELIZA-style rules cannot embed a watermark: .*Choose the built-in trigram model/
		);
		expect(problems[1]!.message).toMatch(/^ELIZA-style rules cannot follow a JSON schema: .*rules/);
	});

	it('says once, for the page, that its settings change nothing; other engines need no note', () => {
		expect(rulesNote(elizaCapabilities, 'ELIZA-style rules')).toMatch(
			/^ELIZA-style rules is rule-based: .*ignores temperature, top-k, top-p, min-p, the seed/
		);
		expect(rulesNote(builtinCapabilities, 'Built-in trigram model')).toBeNull();
		expect(rulesNote(webllmCapabilities, 'Qwen')).toBeNull();
	});
});

describe('calls an engine cannot serve', () => {
	it('are named before the call, in the words the engine refuses them with', () => {
		const label = 'ELIZA-style rules';
		expect(unservedCall('nextTokens', elizaCapabilities, label)).toBe(
			'ELIZA-style rules cannot show next-token probabilities: a rule has one answer and no probabilities. Choose the built-in trigram model or a downloaded chat model with the Engine button.'
		);
		expect(unservedCall('score', elizaCapabilities, label)).toMatch(
			/^ELIZA-style rules cannot score a text: /
		);
		expect(nextTokensProblem({ text: 'I am', top: 1 }, elizaCapabilities, label)?.message).toBe(
			unservedCall('nextTokens', elizaCapabilities, label)
		);
		expect(
			scoreProblem({ prefix: 'I am', continuation: ' sad' }, elizaCapabilities, label)?.message
		).toBe(unservedCall('score', elizaCapabilities, label));
		expect(unservedCall('nextTokens', embeddingCapabilities, 'This model')).toMatch(
			/cannot show next-token probabilities: it does not write text/
		);
		for (const call of ['nextTokens', 'score'] as const) {
			expect(unservedCall(call, builtinCapabilities, 'Built-in')).toBeNull();
			expect(unservedCall(call, webllmCapabilities, 'Qwen')).toBeNull();
		}
	});
});
