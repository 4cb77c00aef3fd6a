// Which engine instance answers a call, and the lane it waits in. Kept apart from worker.ts (which
// only binds the dispatcher to `self`) so the specs can run the worker's real routing with fake
// engines: two calls on one engine wait for each other (callQueue.ts), calls on two engines do not.
import type { CallHandlers } from './dispatch';
import { specKey, type EngineSpec, type LocalEngineName, type WebllmRecord } from './protocol';
import type { Engine } from './types';
import { EMBEDDING_MODEL_TYPE } from '$lib/webllm/capabilities';

export interface EngineFactories {
	/** One factory per local engine; made on first use. */
	local: Record<LocalEngineName, () => Engine>;
	/** The engine for a downloaded WebLLM model (imports WebLLM lazily in the worker). */
	webllm(record: WebllmRecord): Promise<Engine>;
}

/**
 * GPU slots: at most one WebLLM chat model at a time (they take gigabytes), and beside it at most
 * one embedding model (snowflake-arctic-embed-s: 33 M parameters, about 130 MB in f32), so retrieval can
 * embed a question without unloading the model that then answers it.
 */
type Slot = 'chat' | 'embedding';
const slotOf = (spec: Extract<EngineSpec, { type: 'webllm' }>): Slot =>
	spec.record.model_type === EMBEDDING_MODEL_TYPE ? 'embedding' : 'chat';

/**
 * The lane a call waits in: one per engine instance. A WebLLM slot is one lane whatever model it
 * is asked for, since loading another chat model replaces the one a running call uses.
 */
export function laneOf(spec: EngineSpec): string {
	return spec.type === 'local' ? specKey(spec) : `webllm:${slotOf(spec)}`;
}

export function createEngineHandlers(factories: EngineFactories): CallHandlers {
	const locals = new Map<LocalEngineName, Engine>();
	const slots: Record<Slot, { key: string; engine: Engine } | undefined> = {
		chat: undefined,
		embedding: undefined
	};

	async function engineFor(spec: EngineSpec): Promise<Engine> {
		if (spec.type === 'local') {
			let engine = locals.get(spec.name);
			if (!engine) locals.set(spec.name, (engine = factories.local[spec.name]()));
			return engine;
		}
		const key = specKey(spec);
		const slot = slotOf(spec);
		let held = slots[slot];
		if (held?.key !== key) {
			await held?.engine.unload();
			slots[slot] = undefined;
			slots[slot] = held = { key, engine: await factories.webllm(spec.record) };
		}
		return held.engine;
	}

	/** Only an engine that exists can be reset or unloaded; otherwise there is nothing to do. */
	function existing(spec: EngineSpec): Engine | undefined {
		if (spec.type === 'local') return locals.get(spec.name);
		const held = slots[slotOf(spec)];
		return held?.key === specKey(spec) ? held.engine : undefined;
	}

	return {
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
		async score({ spec, request }, ctx) {
			const engine = await engineFor(spec);
			await engine.load(ctx.progress);
			return engine.score(request, ctx.signal);
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
}
