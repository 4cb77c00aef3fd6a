// The method map end to end without a worker: the page's EngineHost talks to the worker's
// dispatcher through a fake channel, so routing, batching, abort and errors are the real code.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { EngineHost, type WorkerLike } from './client';
import { createDispatcher, type CallHandlers } from './dispatch';
import { specKey } from './protocol';
import type { CallArgs, CallResult, EngineSpec, FromWorker, ToWorker } from './protocol';
import type { GenerationResult, TokenEvent } from './types';

const spec: EngineSpec = { type: 'local', name: 'trigram' };
const result: GenerationResult = {
	text: 'ab',
	finishReason: 'stop',
	usage: { promptTokens: 1, completionTokens: 2, timeToFirstTokenMs: 0, decodeTokensPerSecond: 0 }
};

/** A host whose "worker" is the real dispatcher running these handlers. */
function connect(handlers: Partial<CallHandlers>) {
	const full: CallHandlers = {
		load: async () => {},
		generate: async () => result,
		nextTokens: async () => ({ candidates: [], otherMass: 1, otherCount: 1, complete: false }),
		tokenize: async () => ({ tokens: [], unit: 'none' }),
		embed: async () => ({ vectors: [], dimensions: 0 }),
		score: async () => ({ tokens: [], unit: 'none' }),
		reset: async () => {},
		unload: async () => {},
		...handlers
	};
	const worker: WorkerLike = {
		onmessage: null,
		onerror: null,
		onmessageerror: null,
		postMessage(message: ToWorker) {
			void dispatch(structuredClone(message));
		},
		terminate() {}
	};
	const dispatch = createDispatcher(
		full,
		(m: FromWorker) => worker.onmessage?.({ data: structuredClone(m) } as MessageEvent<FromWorker>),
		{ laneOf: specKey }
	);
	return new EngineHost(() => worker);
}

describe('typed engine calls', () => {
	it('each method fixes its arguments and its result type', () => {
		const host = new EngineHost(() => ({}) as WorkerLike);
		expectTypeOf(host.call<'generate'>)
			.parameter(0)
			.toEqualTypeOf<'generate'>();
		expectTypeOf<CallResult<'generate'>>().toEqualTypeOf<GenerationResult>();
		expectTypeOf<CallResult<'load'>>().toEqualTypeOf<void>();
		expectTypeOf<CallArgs<'reset'>>().toEqualTypeOf<{ spec: EngineSpec }>();
		expectTypeOf<ReturnType<typeof host.call<'generate'>>>().toEqualTypeOf<
			Promise<GenerationResult>
		>();
		// Wrong arguments for a method do not compile.
		const typeOnly = () => {
			// @ts-expect-error generate needs a request
			void host.call('generate', { spec });
			// @ts-expect-error no such call
			void host.call('teleport', { spec });
		};
		expect(typeof typeOnly).toBe('function');
	});

	it('a generate call streams batched tokens and resolves with its typed result', async () => {
		const host = connect({
			async generate(_args, ctx) {
				for (const text of ['a', 'b', 'c']) ctx.token({ text, prob: 0.5 });
				return result;
			}
		});
		const tokens: TokenEvent[] = [];
		const messages: number[] = [];
		const got = await host.call(
			'generate',
			{ spec, request: { messages: [], temperature: 1, topK: 0, topP: 1, maxTokens: 3 } },
			{ onToken: (t) => (tokens.push(t), messages.push(tokens.length)) }
		);
		expect(got).toEqual(result);
		expect(tokens.map((t) => t.text)).toEqual(['a', 'b', 'c']);
	});

	it('tokens sent before a failure arrive before the error, which keeps its name and code', async () => {
		const host = connect({
			async generate(_args, ctx) {
				ctx.token({ text: 'x', prob: 1 });
				ctx.token({ text: 'y', prob: 1 });
				const e = new Error('lost');
				e.name = 'DeviceLostError';
				throw e;
			}
		});
		const tokens: string[] = [];
		await expect(
			host.call(
				'generate',
				{ spec, request: { messages: [], temperature: 1, topK: 0, topP: 1, maxTokens: 3 } },
				{ onToken: (t) => tokens.push(t.text) }
			)
		).rejects.toMatchObject({
			name: 'DeviceLostError',
			message: 'lost',
			raw: { code: 'unknown' }
		});
		expect(tokens).toEqual(['x', 'y']);
	});

	it('progress reaches the caller and an abort reaches the handler of that call only', async () => {
		let aborted = false;
		const host = connect({
			async load(_args, ctx) {
				ctx.progress({ phase: 'cache', fraction: 0.5, text: 'half' });
				await new Promise<void>((resolve) =>
					ctx.signal.addEventListener('abort', () => ((aborted = true), resolve()))
				);
			}
		});
		const controller = new AbortController();
		const seen: string[] = [];
		const done = host.call(
			'load',
			{ spec },
			{ onProgress: (p) => seen.push(p.text) },
			controller.signal
		);
		await new Promise((r) => setTimeout(r, 0));
		controller.abort();
		await done;
		expect(aborted).toBe(true);
		expect(seen).toEqual(['half']);
	});

	it('a call stopped while it waits for the engine settles at once and never reaches it', async () => {
		let release!: () => void;
		const started: string[] = [];
		const host = connect({
			async load() {
				started.push('load');
				await new Promise<void>((r) => (release = r));
			},
			async generate(args) {
				started.push(args.request.messages[0]!.content);
				return result;
			},
			async nextTokens() {
				started.push('nextTokens');
				return { candidates: [], otherMass: 1, otherCount: 1, complete: false };
			}
		});
		const request = (content: string) => ({
			messages: [{ role: 'user' as const, content }],
			temperature: 1,
			topK: 0,
			topP: 1,
			maxTokens: 3
		});
		const stop = new AbortController();
		const loading = host.call('load', { spec });
		const stopped = host.call('generate', { spec, request: request('stopped') }, {}, stop.signal);
		const step = host.call('nextTokens', { spec, request: { text: 'a', top: 3 } }, {}, stop.signal);
		const kept = host.call('generate', { spec, request: request('kept') });
		await new Promise((r) => setTimeout(r, 0));
		stop.abort();
		// A stopped generation settles as one stopped mid-stream does; other calls reject.
		await expect(stopped).resolves.toMatchObject({ text: '', finishReason: 'abort' });
		await expect(step).rejects.toMatchObject({ name: 'AbortError' });
		expect(started).toEqual(['load']);
		release();
		await Promise.all([loading, kept]);
		expect(started).toEqual(['load', 'kept']);
	});
});
