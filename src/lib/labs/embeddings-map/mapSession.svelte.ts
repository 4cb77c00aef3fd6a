// One run of the tokens-and-embeddings lab, as a rune class so the component only lays it out:
// the text as the engine's tokens, then the paragraphs' vectors (TF-IDF built here, or an
// embedding model's, read from the device or computed once through the RAG lab's ChunkVectors),
// their 2-D map, and the paragraphs nearest the text. A run can be stopped between any two
// steps; the map of each kind of vector is kept for the page's life, so a second query only
// embeds the query. Any failure becomes the engine's own error wording (errors.ts).
import type { ConceptChunk } from '$lib/concepts';
import { classifyEngineError, toRawError, type EngineError } from '$lib/engine/errors';
import type { Engine } from '$lib/engine/types';
import { passageTexts } from '../prompting/retrieval/embedCorpus';
import { cosines } from '../prompting/retrieval/hybrid';
import type { ChunkVectors } from '../prompting/rag/chunkVectors.svelte';
import {
	nearest,
	project2d,
	tfidfSpace,
	tfidfVector,
	tokenView,
	type Map2d,
	type Ranked,
	type TfidfSpace,
	type TokenView
} from './embeddingsMap';

/** The paragraphs placed on the map, and which vectors placed them. */
export interface ParagraphMap extends Map2d {
	/** TF-IDF built in this page, or the vectors of the embedding model named by `label`. */
	kind: 'tfidf' | 'model';
	label: string;
	/** Numbers per paragraph vector. */
	dimensions: number;
	chunks: ConceptChunk[];
}

/** An embedding model for the map, with the RAG lab's store of its paragraph vectors. */
export interface ModelVectors {
	engine: Engine;
	vectors: ChunkVectors;
}

export type MapStep = 'tokens' | 'vectors' | 'search';

/** Gives the page a frame to draw "placing the paragraphs" before the arithmetic blocks it. */
const nextFrame = () => new Promise<void>((done) => setTimeout(done, 0));

export class MapSession {
	busy = $state(false);
	step = $state<MapStep | null>(null);
	tokens = $state.raw<TokenView | null>(null);
	/** The engine that split the text. */
	tokensBy = $state('');
	map = $state.raw<ParagraphMap | null>(null);
	/** The text the hits are nearest to. */
	query = $state('');
	hits = $state.raw<Ranked[] | null>(null);
	error = $state.raw<EngineError | null>(null);
	stopped = $state(false);

	private controller: AbortController | undefined;
	private model: ModelVectors | undefined;
	private tfidf: { chunks: ConceptChunk[]; space: TfidfSpace; map: ParagraphMap } | undefined;
	private modelMap: { engine: Engine; chunks: ConceptChunk[]; map: ParagraphMap } | undefined;

	async run(opts: {
		text: string;
		engine: Engine;
		chunks: ConceptChunk[];
		k: number;
		/** Use this model's vectors; TF-IDF when left out. */
		model?: ModelVectors;
	}): Promise<void> {
		this.stop();
		const controller = new AbortController();
		this.controller = controller;
		this.model = opts.model;
		const mine = () => this.controller === controller;
		this.busy = true;
		this.stopped = false;
		this.error = null;
		this.hits = null;
		const text = opts.text.trim();
		try {
			this.step = 'tokens';
			const tokenized = await opts.engine.tokenize(text);
			if (!mine()) return;
			this.tokens = tokenView(text, tokenized, !opts.engine.info.capabilities.rules);
			this.tokensBy = opts.engine.info.label;

			this.step = 'vectors';
			await nextFrame();
			if (!mine()) return;
			let scores: Float64Array;
			let floor = -Infinity;
			if (opts.model) {
				const { engine, vectors } = opts.model;
				if (!(await vectors.prepare(engine, opts.chunks))) {
					if (mine() && vectors.error) this.error = vectors.error;
					return;
				}
				if (!mine()) return;
				const ready = vectors.readyFor(engine.info.id)!.vectors;
				this.map = this.modelMapFor(engine, opts.chunks, ready.vectors, ready.dimensions);
				this.step = 'search';
				const { vectors: query } = await engine.embed(
					{ texts: [text], as: 'query' },
					controller.signal
				);
				if (!mine()) return;
				scores = cosines(query[0]!, ready.vectors, ready.dimensions);
			} else {
				const { space, map } = this.tfidfFor(opts.chunks);
				this.map = map;
				this.step = 'search';
				scores = cosines(tfidfVector(space, text), space.vectors, space.dimensions);
				// A cosine of 0 shares no word with the text: no neighbour at all.
				floor = 0;
			}
			this.query = text;
			this.hits = nearest(scores, opts.k, floor);
		} catch (e) {
			if (!mine() || controller.signal.aborted) return;
			this.error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
		} finally {
			if (mine()) {
				this.controller = undefined;
				this.busy = false;
				this.step = null;
			}
		}
	}

	private tfidfFor(chunks: ConceptChunk[]) {
		if (this.tfidf?.chunks !== chunks) {
			const space = tfidfSpace(passageTexts(chunks));
			const map: ParagraphMap = {
				kind: 'tfidf',
				label: 'TF-IDF',
				dimensions: space.dimensions,
				chunks,
				...project2d(space.vectors, space.count, space.dimensions)
			};
			this.tfidf = { chunks, space, map };
		}
		return this.tfidf;
	}

	private modelMapFor(
		engine: Engine,
		chunks: ConceptChunk[],
		vectors: Float32Array,
		dimensions: number
	): ParagraphMap {
		if (this.modelMap?.engine !== engine || this.modelMap.chunks !== chunks) {
			const map: ParagraphMap = {
				kind: 'model',
				label: engine.info.label,
				dimensions,
				chunks,
				...project2d(vectors, chunks.length, dimensions)
			};
			this.modelMap = { engine, chunks, map };
		}
		return this.modelMap.map;
	}

	/** Ends the run where it is; what it already showed stays. */
	stop(): void {
		if (!this.controller) return;
		this.controller.abort();
		this.controller = undefined;
		this.model?.vectors.stop();
		this.busy = false;
		this.step = null;
		this.stopped = true;
	}

	reset(): void {
		this.stop();
		this.stopped = false;
		this.tokens = null;
		this.map = null;
		this.hits = null;
		this.error = null;
		this.query = '';
	}
}
