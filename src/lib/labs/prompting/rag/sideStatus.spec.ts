import { describe, expect, it } from 'vitest';
import type { EngineError } from '$lib/engine/errors';
import { sideView, type BatchLike } from './sideStatus';

const base: BatchLike = {
	phase: 'idle',
	outcomes: [],
	current: -1,
	live: '',
	error: null,
	loadProgress: null
};
const error = { code: 'context-window', message: 'The prompt is too long.' } as EngineError;
const done = (text: string) => ({
	id: 'rag',
	text,
	error: null,
	result: {
		text,
		finishReason: 'stop' as const,
		usage: {
			promptTokens: 9,
			completionTokens: 4,
			timeToFirstTokenMs: 1,
			decodeTokensPerSecond: 12.4
		}
	}
});

describe('one side of the RAG lab', () => {
	it('says where each side stands while the two run in turn', () => {
		expect(sideView(base, 0, 'M').status).toBe('Not run yet.');
		const loading = {
			...base,
			phase: 'loading' as const,
			loadProgress: { phase: 'cache' as const, fraction: 0.5, text: 'Reading' }
		};
		expect(sideView(loading, 1, 'M').status).toBe('Preparing M… Reading');
		const first = { ...base, phase: 'running' as const, current: 0, live: 'So far' };
		expect(sideView(first, 0, 'M')).toMatchObject({
			text: 'So far',
			writing: true,
			status: 'M is writing…'
		});
		expect(sideView(first, 1, 'M').status).toMatch(/one engine writes one answer at a time/);
		const second = { ...first, current: 1, live: 'B', outcomes: [done('A [1]')] };
		expect(sideView(second, 0, 'M')).toMatchObject({
			text: 'A [1]',
			status: 'M: 4 tokens, finished its answer, 12 tokens/s.',
			writing: false,
			done: true
		});
		expect(sideView(second, 1, 'M').text).toBe('B');
	});

	it('shows a side’s own error, and why the other did not run', () => {
		const refused = {
			...base,
			phase: 'done' as const,
			outcomes: [{ ...done(''), result: null, error }, done('ok')]
		};
		expect(sideView(refused, 0, 'M').error).toBe(error);
		expect(sideView(refused, 1, 'M').error).toBeNull();
		const fatal = {
			...base,
			phase: 'failed' as const,
			error,
			outcomes: [{ ...done(''), result: null, error }]
		};
		expect(sideView(fatal, 1, 'M').status).toMatch(/engine failed on the other answer/);
		const noLoad = { ...base, phase: 'failed' as const, error };
		expect(sideView(noLoad, 0, 'M').error).toBe(error);
		expect(sideView({ ...base, phase: 'stopped' }, 1, 'M').status).toBe(
			'Stopped before it started.'
		);
	});
});
