import { describe, expect, it } from 'vitest';
import type { GenerationResult } from '$lib/engine/types';
import { runStatus, type RunLike } from './runStatus';

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
		expect(
			runStatus(
				run({
					phase: 'failed',
					error: { code: 'device-lost', message: 'The GPU gave up.', detail: '' }
				}),
				'M'
			)
		).toBe('The GPU gave up.');
	});
});
