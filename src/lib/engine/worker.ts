// The engine worker: owns the engines, so generation never blocks the page. The built-in model
// lives here too, so both engines take the same path (page → client → worker → engine).
/// <reference lib="webworker" />
import { trainingParagraphs } from '$lib/concepts';
import { BuiltinEngine } from './builtin/builtinEngine';
import { toRawError } from './errors';
import { specKey, type EngineSpec, type FromWorker, type ToWorker } from './protocol';
import { createTokenBatcher } from './tokenBatcher';
import type { Engine, TokenEvent } from './types';
import type { WebllmEngine } from './webllm/webllmEngine';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const builtin = new BuiltinEngine({ corpus: async () => trainingParagraphs(), tokenDelayMs: 20 });
/** At most one WebLLM model in GPU memory at a time. */
let webllm: { key: string; engine: WebllmEngine } | undefined;
const running = new Map<number, AbortController>();

function post(message: FromWorker) {
	scope.postMessage(message);
}

async function engineFor(spec: EngineSpec): Promise<Engine> {
	if (spec.type === 'builtin') return builtin;
	const key = specKey(spec);
	if (webllm?.key !== key) {
		await webllm?.engine.unload();
		const { WebllmEngine } = await import('./webllm/webllmEngine');
		webllm = { key, engine: new WebllmEngine(spec.record) };
	}
	return webllm.engine;
}

scope.onmessage = async (e: MessageEvent<ToWorker>) => {
	const msg = e.data;
	if (msg.kind === 'abort') {
		running.get(msg.target)?.abort();
		return;
	}
	try {
		if (msg.kind === 'unload' || msg.kind === 'reset') {
			// Only an engine that exists can be reset or unloaded; nothing is loaded to do it.
			const engine =
				msg.spec.type === 'builtin'
					? builtin
					: webllm?.key === specKey(msg.spec)
						? webllm.engine
						: undefined;
			if (msg.kind === 'reset') await engine?.reset();
			else {
				await engine?.unload();
				if (engine && engine === webllm?.engine) webllm = undefined;
			}
			post({ id: msg.id, kind: 'done' });
			return;
		}
		const engine = await engineFor(msg.spec);
		if (msg.kind === 'load') {
			await engine.load((progress) => post({ id: msg.id, kind: 'progress', progress }));
			post({ id: msg.id, kind: 'done' });
		} else {
			const controller = new AbortController();
			running.set(msg.id, controller);
			await engine.load((progress) => post({ id: msg.id, kind: 'progress', progress }));
			const batch = createTokenBatcher<TokenEvent>((events) =>
				post({ id: msg.id, kind: 'tokens', events })
			);
			try {
				const result = await engine.generate(
					msg.request,
					(event) => batch.push(event),
					controller.signal
				);
				batch.flush();
				post({ id: msg.id, kind: 'done', result });
			} finally {
				// Tokens sent before a failure still reach the page, ahead of the error.
				batch.flush();
			}
		}
	} catch (error) {
		post({ id: msg.id, kind: 'error', error: toRawError(error) });
	} finally {
		running.delete(msg.id);
	}
};
