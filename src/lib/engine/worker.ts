// The engine worker: owns the engines, so generation never blocks the page. Local engines (the
// trigram model) live here too, so every engine takes the same path (page → client → worker →
// engine). This file only binds things together: which engine answers a call is handlers.ts, the
// message plumbing and the one-call-at-a-time lanes are dispatch.ts, the contract is protocol.ts.
/// <reference lib="webworker" />
import { classifyFailure } from '$lib/webllm/failures';
import { BuiltinEngine } from './builtin/builtinEngine';
import { corpusUrl, fetchCorpus } from './builtin/corpus';
import { ElizaEngine } from './eliza/elizaEngine';
import { createDispatcher } from './dispatch';
import { createEngineHandlers, laneOf } from './handlers';
import type { FromWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const handlers = createEngineHandlers({
	local: {
		trigram: () =>
			new BuiltinEngine({
				corpus: () => fetchCorpus(corpusUrl(self.location.href)),
				tokenDelayMs: 20
			}),
		eliza: () => new ElizaEngine({ tokenDelayMs: 20 })
	},
	webllm: async (record) => (await import('$lib/webllm/engine')).createWebllmEngine(record)
});

const dispatch = createDispatcher(handlers, (message: FromWorker) => scope.postMessage(message), {
	laneOf,
	classify: classifyFailure
});
scope.onmessage = (e) => void dispatch(e.data);
