// The engine worker: owns the engines, so generation never blocks the page. Local engines (the
// trigram model) live here too, so every engine takes the same path (page → client → worker →
// engine). This file only decides which engine instance answers a call; the message plumbing is
// dispatch.ts and the contract is protocol.ts.
/// <reference lib="webworker" />
import { trainingParagraphs } from '$lib/concepts';
import { BuiltinEngine } from './builtin/builtinEngine';
import { createDispatcher, type CallHandlers } from './dispatch';
import { specKey, type EngineSpec, type FromWorker, type LocalEngineName } from './protocol';
import type { Engine } from './types';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** One factory per local engine; made on first use. */
const localFactories: Record<LocalEngineName, () => Engine> = {
	trigram: () => new BuiltinEngine({ corpus: async () => trainingParagraphs(), tokenDelayMs: 20 })
};
const locals = new Map<LocalEngineName, Engine>();

/** At most one WebLLM model in GPU memory at a time. */
let webllm: { key: string; engine: Engine } | undefined;

async function engineFor(spec: EngineSpec): Promise<Engine> {
	if (spec.type === 'local') {
		let engine = locals.get(spec.name);
		if (!engine) locals.set(spec.name, (engine = localFactories[spec.name]()));
		return engine;
	}
	const key = specKey(spec);
	if (webllm?.key !== key) {
		await webllm?.engine.unload();
		webllm = undefined;
		const { createWebllmEngine } = await import('$lib/webllm/engine');
		webllm = { key, engine: createWebllmEngine(spec.record) };
	}
	return webllm.engine;
}

/** Only an engine that exists can be reset or unloaded; otherwise there is nothing to do. */
function existing(spec: EngineSpec): Engine | undefined {
	if (spec.type === 'local') return locals.get(spec.name);
	return webllm?.key === specKey(spec) ? webllm.engine : undefined;
}

const handlers: CallHandlers = {
	async load({ spec }, ctx) {
		await (await engineFor(spec)).load(ctx.progress);
	},
	async generate({ spec, request }, ctx) {
		const engine = await engineFor(spec);
		await engine.load(ctx.progress);
		return engine.generate(request, ctx.token, ctx.signal);
	},
	async nextTokens({ spec, request }, ctx) {
		const engine = await engineFor(spec);
		await engine.load(ctx.progress);
		return engine.nextTokens(request, ctx.signal);
	},
	async tokenize({ spec, text }, ctx) {
		const engine = await engineFor(spec);
		await engine.load(ctx.progress);
		return engine.tokenize(text);
	},
	async reset({ spec }) {
		await existing(spec)?.reset();
	},
	async unload({ spec }) {
		const engine = existing(spec);
		await engine?.unload();
		if (engine && engine === webllm?.engine) webllm = undefined;
	}
};

const dispatch = createDispatcher(handlers, (message: FromWorker) => scope.postMessage(message));
scope.onmessage = (e) => void dispatch(e.data);
