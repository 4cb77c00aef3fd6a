// The page side of engine failures: codes in, the one table's words out. Which code a WebLLM
// failure gets is decided in the worker and tested beside it (webllm/failures.spec.ts).
import { describe, expect, it } from 'vitest';
import { classifyEngineError, concernsOneRequest, EngineFailure, toRawError } from './errors';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('which failures concern one request only', () => {
	it('a refused request or an over-long prompt; the engine itself is fine for the next one', () => {
		expect(concernsOneRequest('invalid-request')).toBe(true);
		expect(concernsOneRequest('context-window')).toBe(true);
		expect(concernsOneRequest('device-lost')).toBe(false);
		expect(concernsOneRequest('worker-crashed')).toBe(false);
	});
});

describe('the page reads codes, not names', () => {
	it('a failure that carries a code keeps it, whatever its name says', () => {
		const failure = new EngineFailure({ code: 'gpu-elsewhere', name: 'Error', message: 'x' });
		expect(classifyEngineError(toRawError(failure)).message).toContain('Another GenAI Live tab');
	});

	it('an error named like a WebLLM class but without a code is not classified on the page', () => {
		const e = classifyEngineError(toRawError(named('DeviceLostError', 'lost')));
		expect(e.code).toBe('unknown');
		expect(e.message).toBe('The engine failed: lost');
	});

	it('every code has its words', () => {
		for (const code of ['worker-crashed', 'load-timeout', 'gpu-elsewhere'] as const)
			expect(classifyEngineError({ code, name: 'X', message: 'y' }).message.length).toBeGreaterThan(
				20
			);
	});
});
