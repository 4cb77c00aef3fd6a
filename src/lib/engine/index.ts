// The engines pages can use, one instance per engine. Every engine runs in the engine worker
// behind the same interface: the built-in trigram model and the ELIZA-style rules (no GPU, no
// download) or a WebLLM model the user downloaded. Which one speaks is the app-wide choice in $lib/choice/selection.svelte.ts.
import { builtinInfo } from './builtin/info';
import { WorkerEngine } from './client';
import { elizaInfo } from './eliza/info';
import type { WebllmRecord } from '$lib/webllm/record';
import { webllmInfo } from '$lib/webllm/capabilities';
import type { Engine } from './types';

export type * from './types';
export { validateRequest, MAX_TOKENS_LIMIT, rulesNote, type RequestProblem } from './request';

let builtin: Engine | undefined;

export function builtinEngine(): Engine {
	builtin ??= new WorkerEngine(builtinInfo, { type: 'local', name: 'trigram' });
	return builtin;
}

let eliza: Engine | undefined;

/** The ELIZA-style rules (eliza/): the history page's comparison, and a choice in the header. */
export function elizaEngine(): Engine {
	eliza ??= new WorkerEngine(elizaInfo, { type: 'local', name: 'eliza' });
	return eliza;
}

const webllmEngines = new Map<string, Engine>();

/** The engine for a downloaded WebLLM model: a chat model, or an embedding model (vectors only). */
export function webllmEngine(record: WebllmRecord, label: string): Engine {
	let engine = webllmEngines.get(record.model_id);
	if (!engine) {
		engine = new WorkerEngine(webllmInfo(record, label), { type: 'webllm', record });
		webllmEngines.set(record.model_id, engine);
	}
	return engine;
}
