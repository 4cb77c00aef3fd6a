// The concept chunks as vectors of one embedding model, as the RAG lab shows it: idle →
// embedding (n of N) → ready | stopped | failed. Read from the device when this model already
// embedded these exact texts (vectorCache.ts), else computed through the engine's embed call
// (the first call also loads the model onto the GPU) and saved. A failed save costs only the
// next visit's time, so the vectors are used anyway and the page says they were not kept. A
// damaged stored entry is named (`damaged`) and computed again; its replacement is a fresh save.
import type { ConceptChunk } from '$lib/concepts';
import { classifyEngineError, toRawError, type EngineError } from '$lib/engine/errors';
import type { Engine, LoadProgress } from '$lib/engine/types';
import {
	embedCorpus,
	fingerprint,
	passageTexts,
	type CorpusVectors
} from '../retrieval/embedCorpus';
import type { Hybrid } from './ragSession.svelte';
import { echo } from '$lib/storage/records';
import { loadVectors, saveVectors } from './vectorCache';

export type VectorsPhase = 'idle' | 'embedding' | 'ready' | 'stopped' | 'failed';

export class ChunkVectors {
	phase = $state<VectorsPhase>('idle');
	done = $state(0);
	/** The embedding model's load while the first batch waits for it (null once known/none). */
	loadProgress = $state<LoadProgress | null>(null);
	total = $state(0);
	error = $state<EngineError | null>(null);
	vectors = $state.raw<CorpusVectors | null>(null);
	/** The engine (embedding model) the vectors come from. */
	engine = $state.raw<Engine | null>(null);
	/** Where the vectors came from, or why they were not kept. */
	source = $state<'device' | 'computed' | 'not-saved' | null>(null);
	/** The stored entry for this model could not be read: which, and why (else ''). */
	damaged = $state('');
	busy = $derived(this.phase === 'embedding');

	private controller: AbortController | undefined;

	/** Resolves true when the vectors are ready. */
	async prepare(engine: Engine, chunks: ConceptChunk[]): Promise<boolean> {
		if (this.phase === 'ready' && this.engine === engine) return true;
		this.stop();
		const controller = new AbortController();
		this.controller = controller;
		const mine = () => this.controller === controller;
		this.engine = engine;
		this.vectors = null;
		this.error = null;
		this.source = null;
		this.damaged = '';
		this.done = 0;
		this.loadProgress = null;
		this.total = chunks.length;
		this.phase = 'embedding';
		const texts = passageTexts(chunks);
		const key = fingerprint(texts);
		const { stored, skipped } = await loadVectors(engine.info.id, key).catch(() => ({
			stored: null,
			skipped: undefined
		}));
		if (!mine()) return false;
		if (skipped)
			this.damaged = `The vectors saved for ${echo(engine.info.label)} could not be read (${skipped}), so they are computed again.`;
		if (stored && stored.count === chunks.length) {
			this.vectors = { vectors: stored.vectors, dimensions: stored.dimensions };
			this.done = chunks.length;
			this.source = 'device';
			this.phase = 'ready';
			return true;
		}
		try {
			const computed = await embedCorpus(
				engine,
				texts,
				(done) => {
					if (mine()) this.done = done;
				},
				controller.signal,
				(p) => {
					if (mine()) this.loadProgress = p;
				}
			);
			if (!mine()) return false;
			this.vectors = computed;
			this.phase = 'ready';
			this.source = 'computed';
			await saveVectors({
				model: engine.info.id,
				fingerprint: key,
				count: chunks.length,
				...computed
			}).catch(() => {
				if (mine()) this.source = 'not-saved';
			});
			return mine();
		} catch (e) {
			if (!mine()) return false;
			if (controller.signal.aborted) {
				this.phase = 'stopped';
				return false;
			}
			this.error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
			this.phase = 'failed';
			return false;
		}
	}

	/**
	 * The vectors with the engine that embeds questions the same way, only if they are ready and
	 * come from this model: vectors of another model live in another space and rank nonsense.
	 */
	readyFor(modelId: string | undefined): Hybrid | null {
		const { engine, vectors } = this;
		if (this.phase !== 'ready' || !engine || !vectors || engine.info.id !== modelId) return null;
		return { engine, vectors };
	}

	stop(): void {
		this.controller?.abort();
		this.controller = undefined;
		if (this.phase === 'embedding') this.phase = 'stopped';
	}
}
