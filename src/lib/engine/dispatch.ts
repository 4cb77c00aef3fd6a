// The worker side of the method map (protocol.ts), without the worker: a table of handlers, one
// per call, typed from the map, and the plumbing every call shares — abort by id, progress,
// tokens batched to one message per 16 ms (tokenBatcher.ts), errors as {name, message}, and
// tokens sent before a failure still delivered ahead of it. Pure, so dispatch.spec.ts drives it
// with plain objects; worker.ts only binds it to `self`.
import { toRawError } from './errors';
import type { CallArgs, CallMessage, CallName, CallResult, FromWorker, ToWorker } from './protocol';
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

export function createDispatcher(
	handlers: CallHandlers,
	post: (message: FromWorker) => void,
	batchWindowMs = 16
): (message: ToWorker) => Promise<void> {
	const running = new Map<number, AbortController>();
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
			const result = await handler(call.args, ctx);
			batch.flush();
			post({ id, kind: 'done', result });
		} catch (error) {
			batch.flush();
			post({ id, kind: 'error', error: toRawError(error) });
		} finally {
			running.delete(id);
		}
	};
}
