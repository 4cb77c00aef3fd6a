// Every field of our request as WebLLM receives it: pure, so no GPU or WebLLM runtime is needed.
import { describe, expect, it } from 'vitest';
import { toCompletionRequest } from './completionRequest';
import type { GenerateRequest } from '$lib/engine/types';

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
});
