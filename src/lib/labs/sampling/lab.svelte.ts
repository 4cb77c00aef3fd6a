// The sampling lab's state: a branch tree of steps from a prompt, the engine's next-token scores
// at the current step (asked once per node and kept in the tree), the settings that reshape them
// and the seeded draw. Sliders only recompute `view` from the kept scores: no engine call. The
// k-th step of any branch uses the k-th number of the seed's sequence, so a seed repeats the same
// draws, exactly as the built-in engine's own generate() would (reshape.spec.ts replays one).
// The tree is saved per page and engine, so it survives a reload.
import { classifyEngineError, toRawError, type EngineError } from '$lib/engine/errors';
import type { Engine } from '$lib/engine/types';
import { createRng } from '$lib/sampling/sampling';
import { appDb } from '$lib/storage/db';
import { drawFrom, reshape, type LabParams, type Row } from './reshape';
import {
	advance,
	createTree,
	moveTo,
	node,
	parseTree,
	path,
	textTo,
	withNext,
	type LabTree
} from './tree';

/** How many candidates the bars show (and a WebLLM model reports) per step. */
export const CANDIDATES = 50;
/** "Finish" stops after this many tokens, or at the end of the text. */
export const FINISH_LIMIT = 60;
const END = '</s>';

export interface LabSettings extends LabParams {
	seed: number;
}

export class SamplingLab {
	tree = $state.raw<LabTree>(createTree(''));
	settings = $state<LabSettings>({ temperature: 1, topK: 0, topP: 1, minP: 0, seed: 1 });
	busy = $state(false);
	playing = $state(false);
	error = $state<EngineError | null>(null);
	/** Why stepping stopped by itself (end of text, a draw in the unlisted tail). */
	halted = $state<string | null>(null);
	/** How many times the engine was asked this visit: sliders never add to it. */
	calls = $state(0);

	/** The engine's scores for the step after the current node, once known. */
	next = $derived(node(this.tree, this.tree.current).next);
	view = $derived(this.next ? reshape(this.next, this.settings) : null);
	depth = $derived(path(this.tree).length - 1);
	draw = $derived(this.view ? drawFrom(this.view, this.uAt(this.depth)) : null);
	text = $derived(textTo(this.tree));
	ended = $derived(node(this.tree, this.tree.current).token?.text === END);

	private sequence: number[] = [];
	private sequenceSeed = NaN;
	private timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly engine: () => Engine,
		/** Where the tree is saved; one key per page and engine. */
		private readonly storageKey: () => string
	) {}

	/** The uniform number of the k-th step for the current seed. */
	uAt(k: number): number {
		if (this.sequenceSeed !== this.settings.seed) {
			this.sequence = [];
			this.sequenceSeed = this.settings.seed;
		}
		if (this.sequence.length <= k) {
			// Regenerated from the seed, twice as long each time: deep branches stay cheap.
			const rng = createRng(this.settings.seed);
			this.sequence = Array.from({ length: Math.max(2 * (k + 1), 64) }, () => rng());
		}
		return this.sequence[k]!;
	}

	/** Reads the saved tree for this page and engine, or starts one with the prompt. */
	async open(prompt: string): Promise<void> {
		const saved = await appDb()
			.then((db) => db.get('labs', this.storageKey()))
			.catch(() => undefined);
		const tree = parseTree(saved);
		this.tree = tree && tree.prompt ? tree : createTree(prompt);
		this.halted = null;
		this.error = null;
		await this.ensureNext();
	}

	/** A new tree from this prompt (branches of the old one are dropped). */
	async start(prompt: string): Promise<void> {
		this.stop();
		this.tree = createTree(prompt);
		this.halted = null;
		this.error = null;
		await this.save();
		await this.ensureNext();
	}

	/** Asks the engine for the current step's scores unless the tree already holds them. */
	async ensureNext(): Promise<boolean> {
		const key = this.tree.current;
		if (node(this.tree, key).next || this.ended) return true;
		this.busy = true;
		this.error = null;
		try {
			const engine = this.engine();
			await engine.load();
			this.calls++;
			const next = await engine.nextTokens({ text: textTo(this.tree, key), top: CANDIDATES });
			this.tree = withNext(this.tree, key, next);
			void this.save();
			return true;
		} catch (e) {
			this.error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
			this.stop();
			return false;
		} finally {
			this.busy = false;
		}
	}

	/** Takes the drawn token (or the only one, when greedy) and moves one step on. */
	async step(): Promise<boolean> {
		if (this.busy || this.ended) return false;
		if (!(await this.ensureNext())) return false;
		const draw = this.draw;
		if (!draw?.row) {
			this.halted =
				'The draw landed among the tokens beyond the listed ones, which the lab cannot name. Pick a candidate, or try another seed.';
			this.stop();
			return false;
		}
		return this.take(draw.row, draw.u, false);
	}

	/** Continues from a candidate the visitor picked instead of the drawn one: a new branch. */
	async force(row: Row): Promise<boolean> {
		if (this.busy) return false;
		this.stop();
		return this.take(row, null, true);
	}

	private async take(row: Row, u: number | null, forced: boolean): Promise<boolean> {
		this.halted = null;
		this.tree = advance(this.tree, this.tree.current, {
			id: row.id,
			text: row.text,
			modelProb: row.modelProb,
			prob: row.prob,
			u,
			forced
		});
		void this.save();
		if (this.ended) {
			this.halted = 'The model ended the text here.';
			this.stop();
			return false;
		}
		return this.ensureNext();
	}

	/** Steps until the text ends or FINISH_LIMIT tokens are there. */
	async finish(): Promise<void> {
		this.stop();
		while (this.depth < FINISH_LIMIT && (await this.step()));
	}

	/** Steps at a pace until stopped, the text ends or a draw cannot be named. */
	play(paceMs: number): void {
		this.stop();
		this.playing = true;
		const tick = async () => {
			if (!this.playing) return;
			const more = await this.step();
			if (more && this.playing && this.depth < FINISH_LIMIT) this.timer = setTimeout(tick, paceMs);
			else this.playing = false;
		};
		void tick();
	}

	stop(): void {
		this.playing = false;
		clearTimeout(this.timer);
	}

	/** Goes to another node of the tree (a branch, an earlier step). */
	async goTo(key: number): Promise<void> {
		this.stop();
		this.halted = null;
		this.tree = moveTo(this.tree, key);
		void this.save();
		await this.ensureNext();
	}

	private async save(): Promise<void> {
		const tree = $state.snapshot(this.tree);
		await appDb()
			.then((db) => db.put('labs', tree, this.storageKey()))
			.catch(() => {
				// Without the app database the tree lives for this visit only.
			});
	}
}
