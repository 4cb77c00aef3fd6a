import { describe, expect, it } from 'vitest';
import type { EngineError } from '$lib/engine/errors';
import type { GenerationResult } from '$lib/engine/types';
import {
	itemState,
	queueSummary,
	singleRun,
	words,
	type QueueView,
	type SingleRunView
} from './runState';

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
const lost: EngineError = { code: 'device-lost', message: 'The GPU gave up.', detail: '' };
const refused: EngineError = {
	code: 'context-window',
	message: 'The prompt is too long.',
	detail: ''
};
const base: QueueView = {
	phase: 'idle',
	outcomes: [],
	current: -1,
	total: 2,
	live: '',
	error: null,
	loadProgress: null
};
const done = (text: string) => ({
	id: 'rag',
	text,
	error: null,
	result: { ...result('stop', 12.4), text }
});
const single = (r: Partial<SingleRunView>) =>
	itemState(
		singleRun({ phase: 'idle', text: '', result: null, error: null, loadProgress: null, ...r }),
		0,
		'M'
	).status;

describe('one streamed run, in words', () => {
	it('says each phase in words', () => {
		expect(single({})).toBe('Not run yet.');
		expect(
			single({
				phase: 'loading',
				loadProgress: { phase: 'cache', fraction: 0.5, text: 'Reading 50%' }
			})
		).toBe('Preparing M… Reading 50%');
		expect(single({ phase: 'streaming', text: 'So' })).toBe('M is writing…');
		expect(single({ phase: 'done', text: 'x', result: result('length', 41.6) })).toBe(
			'M: 12 tokens, reached the token limit, 42 tokens/s.'
		);
		expect(single({ phase: 'done', result: result('stop') })).toBe(
			'M: 12 tokens, finished its text.'
		);
		const nothing = result('stop');
		nothing.usage.completionTokens = 0;
		expect(single({ phase: 'done', result: nothing })).toBe(
			'M wrote nothing: it ended the text at once.'
		);
		expect(single({ phase: 'stopped', text: 'Half', result: result('abort') })).toBe(
			'M: 12 tokens, stopped.'
		);
		expect(single({ phase: 'stopped', text: 'Half' })).toBe(words.stoppedWriting);
		expect(single({ phase: 'stopped' })).toBe('Stopped before it started.');
		expect(single({ phase: 'failed', error: lost })).toBe('The GPU gave up.');
		expect(single({ phase: 'failed', error: refused, text: 'Some' })).toBe(
			'The prompt is too long.'
		);
	});
});

describe('one of several answers written in turn', () => {
	it('says where each side stands while the two run in turn', () => {
		expect(itemState(base, 0, 'M').status).toBe('Not run yet.');
		const loading = {
			...base,
			phase: 'loading' as const,
			loadProgress: { phase: 'cache' as const, fraction: 0.5, text: 'Reading' }
		};
		expect(itemState(loading, 1, 'M').status).toBe('Preparing M… Reading');
		const first = { ...base, phase: 'running' as const, current: 0, live: 'So far' };
		expect(itemState(first, 0, 'M')).toMatchObject({
			text: 'So far',
			writing: true,
			status: 'M is writing…'
		});
		expect(itemState(first, 1, 'M').status).toMatch(/one engine writes one answer at a time/);
		const second = { ...first, current: 1, live: 'B', outcomes: [done('A [1]')] };
		// The same words as a single run's: one table of finish reasons for every lab.
		expect(itemState(second, 0, 'M')).toMatchObject({
			text: 'A [1]',
			status: 'M: 12 tokens, finished its text, 12 tokens/s.',
			writing: false,
			done: true
		});
		expect(itemState(second, 1, 'M').text).toBe('B');
	});

	it('shows a side’s own error, and why the other did not run', () => {
		const oneRefused = {
			...base,
			phase: 'done' as const,
			outcomes: [{ ...done(''), result: null, error: refused }, done('ok')]
		};
		expect(itemState(oneRefused, 0, 'M')).toMatchObject({
			error: refused,
			status: 'The prompt is too long.'
		});
		expect(itemState(oneRefused, 1, 'M').error).toBeNull();
		const fatal = {
			...base,
			phase: 'failed' as const,
			error: lost,
			outcomes: [{ ...done(''), result: null, error: lost }]
		};
		expect(itemState(fatal, 1, 'M').status).toBe(words.notRun);
		const noLoad = { ...base, phase: 'failed' as const, error: lost };
		expect(itemState(noLoad, 0, 'M')).toMatchObject({ error: lost, status: 'The GPU gave up.' });
	});

	it('keeps the text of the answer Stop interrupted', () => {
		const stopped = { ...base, phase: 'stopped' as const, outcomes: [done('A')], live: 'Half' };
		expect(itemState(stopped, 1, 'M')).toMatchObject({
			text: 'Half',
			status: 'Stopped while writing.',
			done: false
		});
		expect(itemState({ ...base, phase: 'stopped' }, 1, 'M').status).toBe(
			'Stopped before it started.'
		);
	});
});

describe('the line over a scored run', () => {
	const name = (i: number) => `sentence ${i + 1}`;
	it('names the running item, and counts only finished answers after a Stop', () => {
		expect(queueSummary({ ...base, phase: 'running', current: 1 }, 'M', name)).toBe(
			'Running 2 of 2 on M: sentence 2'
		);
		expect(
			queueSummary({ ...base, phase: 'done', outcomes: [done('a'), done('b')] }, 'M', name)
		).toBe('Done: 2 answers from M, all scored.');
		expect(queueSummary({ ...base, phase: 'stopped', outcomes: [done('a')] }, 'M', name)).toBe(
			'Stopped after 1 of 2 answers: the scores count the 1 that finished.'
		);
		expect(queueSummary({ ...base, phase: 'stopped' }, 'M', name)).toMatch(/nothing was scored/);
		expect(queueSummary({ ...base, phase: 'failed', error: lost }, 'M', name)).toBe(
			'The GPU gave up.'
		);
	});
});
