// What each kind of engine gets from a lab, and what the page says it got.
import { describe, expect, it } from 'vitest';
import { builtinInfo } from '$lib/engine/builtin/builtinEngine';
import { elizaInfo } from '$lib/engine/eliza/info';
import { validateRequest } from '$lib/engine/request';
import type { EngineInfo } from '$lib/engine/types';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { labEngine } from './adapter';

const chatModel: EngineInfo = {
	id: 'Qwen',
	label: 'Qwen2.5 (q4f32_1)',
	description: '',
	kind: 'webllm',
	capabilities: webllmCapabilities
};
const trigram = labEngine(builtinInfo);
const chat = labEngine(chatModel);
const rules = labEngine(elizaInfo);
const experiment = { prompt: 'A low temperature makes' };
const settings = { temperature: 0, topK: 0, topP: 1, maxTokens: 8, seed: 1 };

describe('the built-in trigram model', () => {
	it('gets the sentence start and reads its last two tokens, punctuation as a token of its own', () => {
		expect(trigram.chat).toBe(false);
		expect(trigram.prepared(experiment)).toBe('A low temperature makes');
		expect(trigram.reads('The cat sat.')).toBe('sat .');
		expect(trigram.reads('one')).toBe('one');
		expect(trigram.reads('')).toBe('');
		expect(trigram.sent('A low temperature makes')).toMatch(
			/continues it; it only looks at its last two words, “temperature makes”/
		);
		expect(trigram.sent('Pick one letter only. Answer:')).toContain('“Answer :”');
		expect(trigram.sentEach(['Q1? Answer:', 'Q2? Answer:', 'Q1? Think step by step.'])).toBe(
			'Built-in trigram model continues each text from its last two words: “Answer :” or “step .”.'
		);
	});

	it('gets passages as context beside the message, since its two words never reach them', () => {
		expect(trigram.request('Q?', settings, ['A passage.'])).toEqual({
			messages: [{ role: 'user', content: 'Q?' }],
			...settings,
			context: ['A passage.']
		});
		expect(trigram.request('Q?', settings, [])).not.toHaveProperty('context');
		expect(trigram.either({ chat: 16, continues: 4 })).toBe(4);
		expect(trigram.pick({ builtin: 'counts', model: 'softmax' })).toBe('counts');
	});
});

describe('a chat model', () => {
	it('gets a message asking it to go on, or the page’s own message, and reads all of it', () => {
		expect(chat.chat).toBe(true);
		expect(chat.prepared(experiment)).toBe(
			'Continue this sentence with one or two more sentences, in plain words: “A low temperature makes”'
		);
		expect(chat.prepared({ ...experiment, chat: 'Why is the sky blue?' })).toBe(
			'Why is the sky blue?'
		);
		expect(chat.reads('The cat sat.')).toBe('The cat sat.');
		expect(chat.sent('hi')).toMatch(
			/one user message; WebLLM wraps it in the model’s own chat template/
		);
		expect(chat.sentEach(['a', 'b'])).toMatch(/each one as a single user message/);
	});

	it('reads passages in its prompt, so the request carries no context', () => {
		expect(chat.request('Q?', settings, ['A passage.'])).toEqual({
			messages: [{ role: 'user', content: 'Q?' }],
			...settings
		});
		expect(chat.either({ chat: 16, continues: 4 })).toBe(16);
		expect(chat.pick({ builtin: 'counts', model: 'softmax' })).toBe('softmax');
		expect(chat.pick('the same')).toBe('the same');
	});
});

describe('the ELIZA-style rules', () => {
	it('get the message itself, no chat template, and the page says no sampling setting applies', () => {
		expect([trigram.kind, chat.kind, rules.kind]).toEqual(['continues', 'chat', 'rules']);
		expect(rules.chat).toBe(true);
		expect(rules.prepared(experiment)).toBe('A low temperature makes');
		expect(rules.prepared({ ...experiment, chat: 'Why is the sky blue?' })).toBe(
			'Why is the sky blue?'
		);
		expect(rules.reads('I am sad.')).toBe('I am sad.');
		expect(rules.sent('I am sad.')).toBe(
			'ELIZA-style rules receives this as one user message, as it is (no chat template), and answers by matching its keywords against hand-written rules; no sampling setting applies.'
		);
		expect(rules.sentEach(['a', 'b'])).toMatch(/each one as a single user message .*keyword rules/);
		expect(rules.either({ chat: 16, continues: 4 })).toBe(16);
	});

	it('are sent the length and the stop sequences, every sampling setting left at “off”', () => {
		const asked = rules.request(
			'I am sad',
			{
				temperature: 1.2,
				topK: 40,
				topP: 0.9,
				minP: 0.1,
				seed: 7,
				frequencyPenalty: 0.5,
				presencePenalty: 0.5,
				repetitionPenalty: 1.2,
				maxTokens: 30,
				stop: ['\n'],
				alternatives: 5
			},
			['A passage.']
		);
		expect(asked).toEqual({
			messages: [{ role: 'user', content: 'I am sad' }],
			temperature: 0,
			topK: 0,
			topP: 1,
			maxTokens: 30,
			stop: ['\n'],
			alternatives: 5
		});
		// What a lab sends them passes the engine's own check.
		expect(validateRequest(asked, elizaInfo.capabilities, elizaInfo.label)).toEqual([]);
	});
});
