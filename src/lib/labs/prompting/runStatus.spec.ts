import { describe, expect, it } from 'vitest';
import type { EngineError } from '$lib/engine/errors';
import type { GenerationResult } from '$lib/engine/types';
import { batchSide, notRunStatus, runStatus, type BatchLike, type RunLike } from './runStatus';

const result = (finishReason: GenerationResult['finishReason'], tps = 0): GenerationResult => ({
	text: 'x',
	finishReason,
	usage: {
		promptTokens: 3,
		completionTokens: 12,
		timeToFirstTokenMs: 5,
		decodeTokensPerSecond: tps
	}
});
const run = (r: Partial<RunLike>): RunLike => ({
	phase: 'idle',
	result: null,
	error: null,
	loadProgress: null,
	...r
});
const lost: EngineError = { code: 'device-lost', message: 'The GPU gave up.', detail: '' };

describe('runStatus', () => {
	it('says each phase in words', () => {
		expect(runStatus(run({}), 'M')).toBe('Not run yet.');
		expect(
			runStatus(
				run({
					phase: 'loading',
					loadProgress: { phase: 'cache', fraction: 0.5, text: 'Reading 50%' }
				}),
				'M'
			)
		).toBe('Preparing M… Reading 50%');
		expect(runStatus(run({ phase: 'streaming' }), 'M')).toBe('M is writing…');
		expect(runStatus(run({ phase: 'done', result: result('length', 41.6) }), 'M')).toBe(
			'M: 12 tokens, reached the token limit, 42 tokens/s.'
		);
		expect(runStatus(run({ phase: 'done', result: result('stop') }), 'M')).toBe(
			'M: 12 tokens, finished its text.'
		);
		const nothing = result('stop');
		nothing.usage.completionTokens = 0;
		expect(runStatus(run({ phase: 'done', result: nothing }), 'M')).toBe(
			'M wrote nothing: it ended the text at once.'
		);
		expect(runStatus(run({ phase: 'stopped', result: result('abort') }), 'M')).toBe(
			'Stopped after 12 tokens.'
		);
		expect(runStatus(run({ phase: 'stopped' }), 'M')).toBe('Stopped before it started.');
		expect(runStatus(run({ phase: 'failed', error: lost }), 'M')).toBe('The GPU gave up.');
	});
});

const base: BatchLike = {
	phase: 'idle',
	outcomes: [],
	current: -1,
	live: '',
	error: null,
	loadProgress: null
};
const refused: EngineError = {
	code: 'context-window',
	message: 'The prompt is too long.',
	detail: ''
};
const done = (text: string) => ({
	id: 'rag',
	text,
	error: null,
	result: { ...result('stop', 12.4), text }
});

describe('batchSide: one of two answers written in turn', () => {
	it('says where each side stands while the two run in turn', () => {
		expect(batchSide(base, 0, 'M').status).toBe('Not run yet.');
		const loading = {
			...base,
			phase: 'loading' as const,
			loadProgress: { phase: 'cache' as const, fraction: 0.5, text: 'Reading' }
		};
		expect(batchSide(loading, 1, 'M').status).toBe('Preparing M… Reading');
		const first = { ...base, phase: 'running' as const, current: 0, live: 'So far' };
		expect(batchSide(first, 0, 'M')).toMatchObject({
			text: 'So far',
			writing: true,
			status: 'M is writing…'
		});
		expect(batchSide(first, 1, 'M').status).toMatch(/one engine writes one answer at a time/);
		const second = { ...first, current: 1, live: 'B', outcomes: [done('A [1]')] };
		// The same words as a single run's: one table of finish reasons for every lab.
		expect(batchSide(second, 0, 'M')).toMatchObject({
			text: 'A [1]',
			status: 'M: 12 tokens, finished its text, 12 tokens/s.',
			writing: false,
			done: true
		});
		expect(batchSide(second, 1, 'M').text).toBe('B');
	});

	it('shows a side’s own error, and why the other did not run', () => {
		const oneRefused = {
			...base,
			phase: 'done' as const,
			outcomes: [{ ...done(''), result: null, error: refused }, done('ok')]
		};
		expect(batchSide(oneRefused, 0, 'M')).toMatchObject({
			error: refused,
			status: 'The prompt is too long.'
		});
		expect(batchSide(oneRefused, 1, 'M').error).toBeNull();
		const fatal = {
			...base,
			phase: 'failed' as const,
			error: lost,
			outcomes: [{ ...done(''), result: null, error: lost }]
		};
		expect(batchSide(fatal, 1, 'M').status).toBe(notRunStatus);
		const noLoad = { ...base, phase: 'failed' as const, error: lost };
		expect(batchSide(noLoad, 0, 'M')).toMatchObject({ error: lost, status: 'The GPU gave up.' });
	});

	it('keeps the text of the answer Stop interrupted', () => {
		const stopped = { ...base, phase: 'stopped' as const, outcomes: [done('A')], live: 'Half' };
		expect(batchSide(stopped, 1, 'M')).toMatchObject({
			text: 'Half',
			status: 'Stopped while writing.',
			done: false
		});
		expect(batchSide({ ...base, phase: 'stopped' }, 1, 'M').status).toBe(
			'Stopped before it started.'
		);
	});
});
