// The sampling lab's state: a branch tree of steps from a prompt, the engine's next-token scores
// at the current step (asked once per node and kept in the tree), the settings that reshape them
// and the seeded draw. Sliders only recompute `view` from the kept scores: no engine call. The
// k-th step of any branch uses the k-th number of the seed's sequence, so a seed repeats the same
// draws, exactly as the built-in engine's own generate() would (reshape.spec.ts replays one).
// An engine that lists only its top candidates (WebLLM) also draws with that number among all its
// tokens and names the one it lands on, the tail included; the step takes that token. Each
// request carries the last token taken, so such an engine continues from its cache.
// Saved per lab and engine (a concept page, or a slide in talk mode: the caller's key), as a
// record of starts (merge.ts): a ?lab= link opens its own start beside the saved ones, a save
// merges into what is stored in one transaction, and a BroadcastChannel tells the lab's other
// tabs to take the result in, so two tabs end with one tree and no one's steps are lost.
import { classifyEngineError, refusedCall, toRawError, type EngineError } from '$lib/engine/errors';
import { unservedCall } from '$lib/engine/request';
import type { DrawnToken, Engine, NextTokenDraw } from '$lib/engine/types';
import { createRng } from '$lib/sampling/sampling';
import { appDb } from '$lib/storage/db';
import { skippedText } from '$lib/storage/records';
import { mergeRecords, nodePaths, type LabRecord } from './merge';
import { drawFrom, namedDraw, reshape, type LabParams, type Row } from './reshape';
import { emptyRecord, readLab, toStored } from './stored';
import { advance, createTree, moveTo, node, path, textTo, withNext, type LabTree } from './tree';

/** How many candidates the bars show (and a WebLLM model reports) per step. */
export const CANDIDATES = 50;
/** "Finish" stops after this many tokens, or at the end of the text. */
export const FINISH_LIMIT = 60;
const END = '</s>';

export interface LabSettings extends LabParams {
	seed: number;
}

const BLANK = createTree('', '', 0);
const CHANNEL = 'genai-live.labs';
const SKIPPED = { one: 'saved start of this lab', many: 'saved starts of this lab' };

export class SamplingLab {
	/** Every start of this lab, as this tab knows them. */
	record = $state.raw<LabRecord>(emptyRecord());
	/** The start shown here (each tab has its own). */
	private shown = $state('');
	tree: LabTree = $derived(
		this.record.trees.find((t) => t.id === this.shown) ?? this.record.trees.at(-1) ?? BLANK
	);
	/** What could not be read from storage, in words; '' when all was read. */
	notice = $state('');
	/** A ?lab= link opened a start beside the saved ones. */
	fromLink = $state<'new' | 'again' | null>(null);
	settings = $state<LabSettings>({ temperature: 1, topK: 0, topP: 1, minP: 0, seed: 1 });
	busy = $state(false);
	playing = $state(false);
	error = $state<EngineError | null>(null);
	/** Why stepping stopped by itself (the end of the text). */
	halted = $state<string | null>(null);
	/** How many times the engine was asked this visit: sliders never add to it. */
	calls = $state(0);

	/** The engine's scores for the step after the current node, once known. */
	next = $derived(node(this.tree, this.tree.current).next);
	view = $derived(this.next ? reshape(this.next, this.settings) : null);
	depth = $derived(path(this.tree).length - 1);
	/** The engine's own draw at this step, if it was made with the settings shown now. */
	drawn = $derived(sameDraw(this.next?.drawn, this.drawRequest(this.depth)));
	draw = $derived(
		this.view ? namedDraw(drawFrom(this.view, this.uAt(this.depth)), this.view, this.drawn) : null
	);
	text = $derived(textTo(this.tree));
	ended = $derived(node(this.tree, this.tree.current).token?.text === END);

	/** Each Play or Finish is one run; stop() ends the run under way after its step. */
	private run = 0;
	private sequence: number[] = [];
	private sequenceSeed = NaN;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** False while the stored value is no record at all: it is left as it is. */
	private writable = true;
	private channel: BroadcastChannel | null = null;

	constructor(
		private readonly engine: () => Engine,
		/** Where the starts are saved; one key per lab (page or slide) and engine. */
		private readonly storageKey: () => string
	) {
		if (typeof BroadcastChannel === 'function') {
			this.channel = new BroadcastChannel(CHANNEL);
			this.channel.onmessage = (e: MessageEvent<{ key?: unknown }>) => {
				if (e.data?.key === this.storageKey()) void this.takeInStored();
			};
		}
	}

	close(): void {
		this.stop();
		this.channel?.close();
	}

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

	/** The draw the engine is asked to make at step k, with the settings shown now. */
	drawRequest(k: number): NextTokenDraw {
		const { temperature, topK, topP, minP } = this.settings;
		return { temperature, topK, topP, minP, u: this.uAt(k) };
	}

	/**
	 * Reads this lab's starts and shows the last one shown, or a new one from the prompt. A link
	 * (`link`) shows its own start: the newest with that text, or a new one beside the others.
	 */
	async open(prompt: string, link?: string): Promise<void> {
		this.stop();
		const read = readLab(await this.readStored());
		this.writable = read.writable;
		this.notice = this.noticeFor(read.skipped);
		this.record = read.record;
		this.fromLink = null;
		if (link) {
			const saved = this.newest(link);
			this.fromLink = saved ? 'again' : 'new';
			this.show(saved ?? this.add(link));
		} else this.show(this.record.trees.length ? this.record.current : this.add(prompt));
		await this.ensureNext();
	}

	/** A new start from this prompt; an earlier start of the same text is removed (on purpose). */
	async start(prompt: string): Promise<void> {
		this.stop();
		const gone = this.record.trees.filter((t) => t.prompt === prompt).map((t) => t.id);
		this.record = {
			...this.record,
			trees: this.record.trees.filter((t) => !gone.includes(t.id)),
			removed: [...this.record.removed, ...gone]
		};
		this.show(this.add(prompt));
		await this.save();
		await this.ensureNext();
	}

	/** Shows another saved start, where it was left. */
	async showStart(id: string): Promise<void> {
		this.stop();
		this.show(id);
		void this.save();
		await this.ensureNext();
	}

	/** Back to this prompt's start (the newest, or a new one) at its first step: nothing is removed. */
	async restore(prompt: string): Promise<void> {
		this.stop();
		const id = this.newest(prompt) ?? this.add(prompt);
		this.show(id);
		this.put(moveTo(this.tree, 0));
		void this.save();
		await this.ensureNext();
	}

	private newest(prompt: string): string | undefined {
		return this.record.trees.findLast((t) => t.prompt === prompt)?.id;
	}

	/** Adds a start to this tab's record; saved with the next save. */
	private add(prompt: string): string {
		const tree = createTree(prompt, crypto.randomUUID(), Date.now());
		this.record = { ...this.record, trees: [...this.record.trees, tree] };
		return tree.id;
	}

	private show(id: string): void {
		this.shown = id;
		this.record = { ...this.record, current: id };
		this.halted = null;
		this.error = null;
	}

	/** Replaces the shown start with its next version. */
	private put(tree: LabTree): void {
		this.record = {
			...this.record,
			trees: this.record.trees.map((t) => (t.id === tree.id ? tree : t))
		};
	}

	/** Asks the engine for the current step's scores unless the tree already holds them. */
	async ensureNext(): Promise<boolean> {
		if (node(this.tree, this.tree.current).next || this.ended) return true;
		return this.ask();
	}

	/**
	 * Asks the engine for the current step: its scores, and its draw with the settings shown now.
	 * The step's last token goes along, so that an engine with a cache continues from it.
	 */
	private async ask(): Promise<boolean> {
		const asked = this.tree;
		const key = asked.current;
		this.busy = true;
		this.error = null;
		try {
			const engine = this.engine();
			// An engine without a distribution (the ELIZA-style rules) is not asked: its refusal
			// is the answer, and the lab frame shows it in place of the bars.
			const unserved = unservedCall('nextTokens', engine.info.capabilities, engine.info.label);
			if (unserved) {
				this.error = refusedCall(unserved);
				this.stop();
				return false;
			}
			// Loaded first: a WebLLM model's load takes the GPU lock shared by the tabs.
			await engine.load();
			this.calls++;
			const next = await engine.nextTokens({
				text: textTo(asked, key),
				top: CANDIDATES,
				after: node(asked, key).token?.id,
				draw: this.drawRequest(path(asked, key).length - 1)
			});
			// Meanwhile another tab's steps may have been merged in and the nodes renumbered:
			// the node is found again by its path.
			const now = this.record.trees.find((t) => t.id === asked.id);
			const name = nodePaths(asked)[key];
			const at = now ? nodePaths(now).indexOf(name!) : -1;
			if (now && at >= 0) this.put(withNext(now, at, next));
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

	/**
	 * Takes the drawn token (or the only one, when greedy) and moves one step on. Where the page
	 * knows only the top candidates, the engine's draw over all its tokens decides; after a slider
	 * moved it draws again from what it holds (no model run).
	 */
	async step(): Promise<boolean> {
		if (this.busy || this.ended) return false;
		if (!(await this.ensureNext())) return false;
		const partial = this.view && !this.view.exact && !this.view.greedy;
		if (partial && !this.drawn && !(await this.ask())) return false;
		const drawn = this.drawn;
		const row =
			partial && drawn
				? { id: drawn.id, text: drawn.text, modelProb: drawn.prob, prob: drawn.sampledProb }
				: this.draw?.row;
		if (!row) {
			this.halted = 'This engine did not name the token its draw landed on. Pick a candidate.';
			this.stop();
			return false;
		}
		return this.take(row, this.draw?.u ?? null, false);
	}

	/** Continues from a candidate the visitor picked instead of the drawn one: a new branch. */
	async force(row: Row): Promise<boolean> {
		if (this.busy) return false;
		this.stop();
		return this.take(row, null, true);
	}

	private async take(
		row: Pick<Row, 'id' | 'text' | 'modelProb' | 'prob'>,
		u: number | null,
		forced: boolean
	): Promise<boolean> {
		this.halted = null;
		this.put(
			advance(
				this.tree,
				this.tree.current,
				{ id: row.id, text: row.text, modelProb: row.modelProb, prob: row.prob, u, forced },
				Date.now()
			)
		);
		void this.save();
		if (this.ended) {
			this.halted = 'The model ended the text here.';
			this.stop();
			return false;
		}
		return this.ensureNext();
	}

	/**
	 * Steps until the text ends or FINISH_LIMIT tokens are there. Like Play, it shows Pause, and
	 * Pause (or anything else that stops) ends it once the step under way is taken.
	 */
	async finish(): Promise<void> {
		const run = this.begin();
		while (run === this.run && this.depth < FINISH_LIMIT && (await this.step()));
		if (run === this.run) this.playing = false;
	}

	/** Steps at a pace until stopped or the text ends; Pause ends it after the step under way. */
	play(paceMs: number): void {
		const run = this.begin();
		const tick = async () => {
			if (run !== this.run) return;
			const more = await this.step();
			if (run !== this.run) return;
			if (more && this.depth < FINISH_LIMIT) this.timer = setTimeout(tick, paceMs);
			else this.playing = false;
		};
		void tick();
	}

	/** Starts a Play or Finish run, ending the one before. */
	private begin(): number {
		this.stop();
		this.playing = true;
		return this.run;
	}

	stop(): void {
		this.run++;
		this.playing = false;
		clearTimeout(this.timer);
	}

	/** Goes to another node of the tree (a branch, an earlier step). */
	async goTo(key: number): Promise<void> {
		this.stop();
		this.halted = null;
		this.put(moveTo(this.tree, key));
		void this.save();
		await this.ensureNext();
	}

	private noticeFor(skipped: number): string {
		const text = skippedText(SKIPPED, skipped);
		return text && !this.writable ? `${text} Steps taken now are kept for this visit only.` : text;
	}

	private async readStored(): Promise<unknown> {
		return appDb()
			.then((db) => db.get('labs', this.storageKey()))
			.catch(() => undefined);
	}

	/** Another tab saved this lab: its steps join this tab's, this tab's positions stay. */
	private async takeInStored(): Promise<void> {
		const read = readLab(await this.readStored());
		if (read.writable) this.record = mergeRecords(this.record, read.record);
	}

	/** Merges this tab's starts into the stored ones in one transaction, then tells other tabs. */
	private async save(): Promise<void> {
		if (!this.writable) return;
		const key = this.storageKey();
		const mine = this.record;
		try {
			const tx = (await appDb()).transaction('labs', 'readwrite');
			const write = async () => {
				const read = readLab(await tx.store.get(key));
				if (!read.writable) {
					this.writable = false;
					return null;
				}
				const merged = mergeRecords(mine, read.record);
				await tx.store.put(toStored(merged, read.damaged), key);
				return { merged, skipped: read.skipped };
			};
			const [done] = await Promise.all([write(), tx.done]);
			if (!done) return;
			this.notice = this.noticeFor(done.skipped);
			this.record = mergeRecords(this.record, done.merged);
			this.channel?.postMessage({ key });
		} catch {
			// Without the app database the starts live for this visit only.
		}
	}
}

/** The engine's draw when it was made with exactly this request, else undefined. */
function sameDraw(drawn: DrawnToken | undefined, want: NextTokenDraw): DrawnToken | undefined {
	const d = drawn?.draw;
	return d &&
		d.u === want.u &&
		d.temperature === want.temperature &&
		d.topK === want.topK &&
		d.topP === want.topP &&
		d.minP === want.minP
		? drawn
		: undefined;
}
