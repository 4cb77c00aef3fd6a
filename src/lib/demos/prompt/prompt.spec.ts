// What a prepared experiment sends to each kind of engine, and what the page says it sent.
import { describe, expect, it } from 'vitest';
import type { PromptExperiment } from './lab';
import { builtinInfo } from '$lib/engine/builtin/builtinEngine';
import type { EngineInfo } from '$lib/engine/types';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { chatMessage, preparedText, promptRequest, trigramReads, whatIsSent } from './prompt';

const experiment: PromptExperiment = {
	kind: 'prompt',
	intro: 'x',
	prompt: 'A low temperature makes',
	temperature: 1,
	topK: 0,
	topP: 1,
	maxTokens: 40,
	seed: 99,
	lookFor: 'y'
};
const chatModel: EngineInfo = {
	id: 'Qwen',
	label: 'Qwen2.5 (q4f32_1)',
	description: '',
	kind: 'webllm',
	capabilities: webllmCapabilities
};

describe('prompt experiments', () => {
	it('sends the sentence start to the trigram model and says which words it reads', () => {
		expect(preparedText(experiment, builtinInfo)).toBe('A low temperature makes');
		expect(whatIsSent(builtinInfo, 'A low temperature makes')).toMatch(
			/continues it; it only looks at its last two words, “temperature makes”/
		);
	});

	it('asks a chat model to continue the same sentence, or the page’s own message', () => {
		expect(preparedText(experiment, chatModel)).toBe(
			'Continue this sentence with one or two more sentences, in plain words: “A low temperature makes”'
		);
		expect(chatMessage({ ...experiment, chat: 'Why is the sky blue?' })).toBe(
			'Why is the sky blue?'
		);
		expect(whatIsSent(chatModel, 'hi')).toMatch(
			/one user message; WebLLM wraps it in the model’s own chat template/
		);
	});

	it('builds one user message with the sampling values and the capture the view needs', () => {
		const r = promptRequest(
			'Hello',
			{
				temperature: 0.5,
				topK: 0,
				topP: 1,
				minP: 0,
				maxTokens: 9,
				seed: 1,
				frequencyPenalty: 0,
				presencePenalty: 0,
				repetitionPenalty: 1
			},
			true
		);
		expect(r).toMatchObject({
			messages: [{ role: 'user', content: 'Hello' }],
			temperature: 0.5,
			maxTokens: 9,
			seed: 1,
			capture: 10
		});
		expect(
			promptRequest(
				'Hello',
				{
					temperature: 0.5,
					topK: 0,
					topP: 1,
					minP: 0,
					maxTokens: 9,
					seed: null,
					frequencyPenalty: 0,
					presencePenalty: 0,
					repetitionPenalty: 1
				},
				false
			).capture
		).toBe(0);
	});
});

describe('what the trigram model reads', () => {
	it('is the last two tokens of its own tokenizer, punctuation as a token of its own', () => {
		expect(trigramReads('The cat sat.')).toBe('sat .');
		expect(trigramReads('one')).toBe('one');
		expect(trigramReads('')).toBe('');
		expect(whatIsSent(builtinInfo, 'Pick one letter only. Answer:')).toContain('“Answer :”');
	});
});
