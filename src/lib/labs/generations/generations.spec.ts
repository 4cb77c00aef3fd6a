import { describe, expect, it } from 'vitest';
import { builtinInfo } from '$lib/engine/builtin/builtinEngine';
import { elizaInfo } from '$lib/engine/eliza/info';
import { webllmInfo } from '$lib/webllm/capabilities';
import { respond } from '$lib/engine/eliza/eliza';
import { columnsFor, messageProblem, requestFor, MAX_MESSAGE } from './generations';
import { concepts } from '$lib/concepts';

const record = { model_id: 'Qwen3-0.6B-q4f16_1-MLC', model: 'x', model_lib: 'y' } as Parameters<
	typeof webllmInfo
>[0];

describe('generations lab', () => {
	it('asks the neural model only when one is chosen in the header', () => {
		expect(columnsFor(builtinInfo)).toEqual(['eliza', 'trigram']);
		expect(columnsFor(webllmInfo(record, 'Qwen3 0.6B'))).toEqual(['eliza', 'trigram', 'neural']);
		// A tiny GPT saved on this device joins, between the counts and the large model.
		expect(columnsFor(builtinInfo, true)).toEqual(['eliza', 'trigram', 'tiny']);
		expect(columnsFor(webllmInfo(record, 'Qwen3 0.6B'), true)).toEqual([
			'eliza',
			'trigram',
			'tiny',
			'neural'
		]);
	});

	it('sends each machine the message as it reads it', () => {
		const eliza = requestFor('eliza', elizaInfo, '  I feel lost  ', 7);
		expect(eliza).toEqual({
			messages: [{ role: 'user', content: 'I feel lost' }],
			temperature: 0,
			topK: 0,
			topP: 1,
			maxTokens: 40
		});
		const trigram = requestFor('trigram', builtinInfo, 'I feel lost', 7);
		expect(trigram.messages).toEqual([{ role: 'user', content: 'I feel lost' }]);
		expect(trigram.temperature).toBe(0.7);
	});

	it('refuses an empty or overlong message, naming which', () => {
		expect(messageProblem('  ')).toBe('empty');
		expect(messageProblem('x'.repeat(MAX_MESSAGE + 1))).toBe('tooLong');
		expect(messageProblem('Hello')).toBeNull();
	});

	it('the history page’s prepared message makes ELIZA use a rule it can name', () => {
		const history = concepts.find((c) => c.slug === 'history')!;
		const lab = history.experiments.find((e) => e.kind === 'generations');
		expect(lab).toBeDefined();
		const reply = respond([(lab as { message: string }).message]);
		expect(reply.reason).toMatchObject({ kind: 'rule', keyword: 'computers' });
	});
});
