// Every field of our request as WebLLM receives it: pure, so no GPU or WebLLM runtime is needed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { thinksFirst, toCompletionRequest } from './completionRequest';
import type { GenerateRequest } from '$lib/engine/types';
import { catalogue } from '$lib/models/catalogue';

const base: GenerateRequest = {
	messages: [{ role: 'user', content: 'Hi' }],
	temperature: 0.7,
	topK: 0,
	topP: 0.9,
	maxTokens: 100
};

describe('GenerateRequest → WebLLM chat completion', () => {
	it('maps sampling fields and always streams with usage', () => {
		expect(toCompletionRequest({ ...base, seed: 3, stop: ['\n\n'] })).toEqual({
			messages: base.messages,
			stream: true,
			stream_options: { include_usage: true },
			temperature: 0.7,
			top_p: 0.9,
			max_tokens: 100,
			seed: 3,
			stop: ['\n\n']
		});
	});

	it('sends penalties only when they do something', () => {
		const r = toCompletionRequest({
			...base,
			frequencyPenalty: 0.5,
			presencePenalty: 0,
			repetitionPenalty: 1.2
		});
		expect(r.frequency_penalty).toBe(0.5);
		expect(r).not.toHaveProperty('presence_penalty');
		expect(r.repetition_penalty).toBe(1.2);
		expect(toCompletionRequest({ ...base, repetitionPenalty: 1 })).not.toHaveProperty(
			'repetition_penalty'
		);
	});

	it('asks for logprobs only with alternatives, capped at WebLLM’s 5', () => {
		expect(toCompletionRequest(base)).not.toHaveProperty('logprobs');
		const r = toCompletionRequest({ ...base, alternatives: 8 });
		expect(r.logprobs).toBe(true);
		expect(r.top_logprobs).toBe(5);
	});

	it('a JSON schema becomes a json_object response format', () => {
		const schema = '{"type":"object","properties":{"answer":{"type":"string"}}}';
		expect(toCompletionRequest({ ...base, jsonSchema: schema }).response_format).toEqual({
			type: 'json_object',
			schema
		});
		expect(toCompletionRequest({ ...base, jsonSchema: ' ' })).not.toHaveProperty('response_format');
	});

	it('switches thinking off only for a model that thinks first (WebLLM does not check)', () => {
		const quick = { ...base, thinking: false };
		expect(toCompletionRequest(quick, 'Qwen3-0.6B-q4f16_1-MLC').extra_body).toEqual({
			enable_thinking: false
		});
		expect(toCompletionRequest(quick, 'Llama-3.2-1B-Instruct-q4f16_1-MLC')).not.toHaveProperty(
			'extra_body'
		);
		expect(toCompletionRequest(base, 'Qwen3-0.6B-q4f16_1-MLC')).not.toHaveProperty('extra_body');
	});

	it('tripwire: WebLLM still reads extra_body.enable_thinking and skips thinking on false', () => {
		const require = createRequire(import.meta.url);
		const dir = dirname(dirname(require.resolve('@mlc-ai/web-llm')));
		const source = readFileSync(join(dir, 'lib/index.js'), 'utf8');
		expect(source).toMatch(/enable_thinking: \(_\w+ = request\.extra_body\)/);
		expect(source).toMatch(
			/enable_thinking\) === false\) \{\s*\/\/[^\n]*\n\s*const emptyThinkingBlockStr/
		);
		// Which catalogue families think first: only Qwen3 and Qwen3.5 among the ones we list.
		expect(thinksFirst('Qwen2.5-0.5B-Instruct-q4f16_1-MLC')).toBe(false);
		expect(thinksFirst('Qwen3.5-2B-q4f16_1-MLC')).toBe(true);
		for (const m of catalogue) expect(thinksFirst(m.id), m.id).toBe(m.thinking === 'switch');
		// The block it inserts is the Qwen chat templates' own "thinking off" block.
		expect(source).toContain('const emptyThinkingBlockStr = "<think>\\n\\n</think>\\n\\n";');
	});
});
