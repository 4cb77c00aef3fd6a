// The worker side of the method map (protocol.ts), without the worker: a table of handlers, one
// per call, typed from the map, and the plumbing every call shares — one call at a time per
// engine (callQueue.ts), abort by id, progress, tokens batched to one message per 16 ms
// (tokenBatcher.ts), errors as codes, and tokens sent before a failure still delivered ahead of
// it. Pure, so dispatch.spec.ts drives it with plain objects; worker.ts only binds it to `self`.
import { CallQueues } from './callQueue';
import { toRawError, type RawError } from './errors';
import type {
	CallArgs,
	CallMessage,
	CallName,
	CallResult,
	EngineSpec,
	FromWorker,
	ToWorker
} from './protocol';
import { createTokenBatcher } from './tokenBatcher';
import type { LoadProgress, TokenEvent } from './types';

/** What a handler can do besides returning its result. */
export interface CallContext {
	/** Fires when the page aborts this call. */
	signal: AbortSignal;
	progress(p: LoadProgress): void;
	token(event: TokenEvent): void;
}

export type CallHandlers = {
	[K in CallName]: (args: CallArgs<K>, ctx: CallContext) => Promise<CallResult<K>>;
};

export interface DispatchOptions {
	/** The lane a call waits in: one per engine instance (worker.ts); every call has a spec. */
	laneOf(spec: EngineSpec): string;
	/** Turns a failure into a code the page words (worker.ts passes WebLLM's classifier). */
	classify?(error: unknown): RawError;
	batchWindowMs?: number;
}

/** A generation stopped before it started settles as a stopped one does: a result, not an error. */
const stoppedBeforeStart: CallResult<'generate'> = {
	text: '',
	finishReason: 'abort',
	usage: { promptTokens: 0, completionTokens: 0, timeToFirstTokenMs: 0, decodeTokensPerSecond: 0 }
};

export function createDispatcher(
	handlers: CallHandlers,
	post: (message: FromWorker) => void,
	{ laneOf, classify = toRawError, batchWindowMs = 16 }: DispatchOptions
): (message: ToWorker) => Promise<void> {
	const running = new Map<number, AbortController>();
	const queues = new CallQueues();
	return async (msg) => {
		if (msg.kind === 'abort') {
			running.get(msg.target)?.abort();
			return;
		}
		const call: CallMessage = msg;
		const { id } = call;
		const controller = new AbortController();
		running.set(id, controller);
		const batch = createTokenBatcher<TokenEvent>(
			(events) => post({ id, kind: 'tokens', events }),
			batchWindowMs
		);
		const ctx: CallContext = {
			signal: controller.signal,
			progress: (progress) => post({ id, kind: 'progress', progress }),
			token: (event) => batch.push(event)
		};
		try {
			// The union narrows per method at the call site (protocol.ts); the table is typed per key.
			const handler = handlers[call.method] as (
				a: CallMessage['args'],
				c: CallContext
			) => Promise<unknown>;
			let started = false;
			const result = await queues
				.run(
					laneOf(call.args.spec),
					() => ((started = true), handler(call.args, ctx)),
					controller.signal
				)
				.catch((error: unknown) => {
					// Not started: it was stopped while it waited, and the engine never saw it.
					if (!started && call.method === 'generate') return stoppedBeforeStart;
					throw error;
				});
			batch.flush();
			post({ id, kind: 'done', result });
		} catch (error) {
			batch.flush();
			post({ id, kind: 'error', error: classify(error) });
		} finally {
			running.delete(id);
		}
	};
}
