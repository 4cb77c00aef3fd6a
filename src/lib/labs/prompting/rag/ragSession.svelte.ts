// One RAG lab's state: the index (shared by the page), the last question asked with what was
// retrieved for it and the two prompts built from it, and the two answers (with retrieval, then
// without) run one after the other on the chosen engine by the lab kit's run queue, so a refused
// prompt (too long for the model) fails only its own side. Retrieval itself is pure (../retrieval); this
// class only sequences it: BM25 at once, or, with an embedding model's vectors, the question
// embedded first (a short GPU call that Stop also cancels).
import type { ConceptChunk } from '$lib/concepts';
import { classifyEngineError, toRawError, type EngineError } from '$lib/engine/errors';
import type { Engine } from '$lib/engine/types';
import { labEngine, type LabEngine } from '../../kit/adapter';
import { RunQueue } from '../../kit/runQueue.svelte';
import { search } from '../retrieval/bm25';
import type { CorpusVectors } from '../retrieval/embedCorpus';
import { hybridSearch } from '../retrieval/hybrid';
import { answerItems, type AnswerItem } from '../retrieval/prompt';
import { retrievalIndex, type LoadedIndex } from './indexLoader';

export interface ShownHit {
	index: number;
	chunk: ConceptChunk;
	bm25: number;
	/** Only with hybrid ranking. */
	cosine?: number;
	hybrid?: number;
	matched: string[];
}

export interface Asked {
	question: string;
	/** The engine that answers (named with the answers), and what it reads of a prompt. */
	engine: LabEngine;
	/** The embedding model's name when the ranking was hybrid. */
	rankedWith: string | null;
	hits: ShownHit[];
	items: AnswerItem[];
}

export interface Hybrid {
	engine: Engine;
	vectors: CorpusVectors;
}

export class RagSession {
	loaded = $state.raw<LoadedIndex | null>(null);
	indexError = $state<string | null>(null);
	asked = $state.raw<Asked | null>(null);
	/** The question shares no word with any passage (BM25 ranking only). */
	noHits = $state(false);
	/** Embedding the question. */
	retrieving = $state(false);
	retrievalError = $state<EngineError | null>(null);
	/** A new one per question, so a question without passages shows no older answers. */
	answers = $state.raw(new RunQueue());
	busy = $derived(this.retrieving || this.answers.busy);

	private controller: AbortController | undefined;

	async loadIndex(url: string): Promise<void> {
		this.indexError = null;
		try {
			this.loaded = await retrievalIndex(url);
		} catch (e) {
			this.indexError = e instanceof Error ? e.message : String(e);
		}
	}

	/** Retrieves for the question, then runs both prompts. */
	async ask(
		question: string,
		k: number,
		engine: Engine,
		seed: number,
		hybrid: Hybrid | null
	): Promise<void> {
		const index = this.loaded?.index;
		if (!index || !question.trim()) return;
		this.stop();
		const controller = new AbortController();
		this.controller = controller;
		this.answers = new RunQueue();
		this.noHits = false;
		this.retrievalError = null;
		let hits: ShownHit[];
		if (hybrid) {
			this.retrieving = true;
			try {
				const { vectors } = await hybrid.engine.embed(
					{ texts: [question.trim()], as: 'query' },
					controller.signal
				);
				hits = hybridSearch(index, question, vectors[0]!, hybrid.vectors, k);
			} catch (e) {
				if (this.controller !== controller) return;
				this.retrieving = false;
				if (controller.signal.aborted) return;
				this.retrievalError = classifyEngineError(toRawError(e), {
					online: globalThis.navigator?.onLine
				});
				return;
			}
			if (this.controller !== controller) return;
			this.retrieving = false;
			if (controller.signal.aborted) return;
		} else {
			hits = search(index, question, k).map(({ index, chunk, score, matched }) => ({
				index,
				chunk,
				bm25: score,
				matched
			}));
		}
		const lab = labEngine(engine.info);
		const items = answerItems(
			question,
			hits.map((h) => h.chunk),
			seed,
			lab
		);
		this.asked = {
			question: question.trim(),
			engine: lab,
			rankedWith: hybrid ? hybrid.engine.info.label : null,
			hits,
			items
		};
		if (!hits.length) {
			this.noHits = true;
			return;
		}
		await this.answers.start(engine, items);
	}

	stop(): void {
		this.controller?.abort();
		this.retrieving = false;
		this.answers.stop();
	}

	reset(): void {
		this.stop();
		this.controller = undefined;
		this.asked = null;
		this.noHits = false;
		this.retrievalError = null;
		this.answers = new RunQueue();
	}
}
