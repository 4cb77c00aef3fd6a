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

/**
 * GPU slots: at most one WebLLM chat model at a time (they take gigabytes), and beside it at most
 * one embedding model (snowflake-arctic-embed-s: 33 M parameters, about 130 MB in f32), so retrieval can
 * embed a question without unloading the model that then answers it.
 */
const slots: Record<'chat' | 'embedding', { key: string; engine: Engine } | undefined> = {
	chat: undefined,
	embedding: undefined
};

/** WebLLM's ModelType.embedding (kept here so the worker does not import WebLLM to route). */
const EMBEDDING = 1;
const slotOf = (spec: Extract<EngineSpec, { type: 'webllm' }>) =>
	spec.record.model_type === EMBEDDING ? 'embedding' : 'chat';

async function engineFor(spec: EngineSpec): Promise<Engine> {
	if (spec.type === 'local') {
		let engine = locals.get(spec.name);
		if (!engine) locals.set(spec.name, (engine = localFactories[spec.name]()));
		return engine;
	}
	const key = specKey(spec);
	const slot = slotOf(spec);
	let held = slots[slot];
	if (held?.key !== key) {
		await held?.engine.unload();
		slots[slot] = undefined;
		const { createWebllmEngine } = await import('$lib/webllm/engine');
		slots[slot] = held = { key, engine: createWebllmEngine(spec.record) };
	}
	return held!.engine;
}

/** Only an engine that exists can be reset or unloaded; otherwise there is nothing to do. */
function existing(spec: EngineSpec): Engine | undefined {
	if (spec.type === 'local') return locals.get(spec.name);
	const held = slots[slotOf(spec)];
	return held?.key === specKey(spec) ? held.engine : undefined;
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
	async embed({ spec, request }, ctx) {
		const engine = await engineFor(spec);
		await engine.load(ctx.progress);
		return engine.embed(request, ctx.signal);
	},
	async reset({ spec }) {
		await existing(spec)?.reset();
	},
	async unload({ spec }) {
		const engine = existing(spec);
		await engine?.unload();
		if (spec.type === 'webllm' && engine && engine === slots[slotOf(spec)]?.engine)
			slots[slotOf(spec)] = undefined;
	}
};

const dispatch = createDispatcher(handlers, (message: FromWorker) => scope.postMessage(message));
scope.onmessage = (e) => void dispatch(e.data);
