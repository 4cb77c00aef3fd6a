// A download's progress: bytes, files, speed and time left, published at most every
// `intervalMs` (250 ms by default: four updates a second read as smooth on a progress bar and a
// speed figure). Why not per chunk: the browser hands a body over in chunks of up to 64 KiB, so a
// 1 GB model came as about 16,000 chunks, and each one cost a Svelte state update, a re-render and
// a BroadcastChannel post to every other tab: about 16,000 messages per model. Paced, a download
// at 100 MB/s sends about 40 for the same gigabyte, whatever the chunk size (progress.spec.ts
// counts both). The first update and the last ('done') always go out.
import type { CachedModelFile } from '$lib/webllm/cache';
import type { FileListener } from './fetchFile';
import { RateMeter } from './rate';

export interface DownloadProgress {
	phase: 'preparing' | 'downloading' | 'done';
	doneBytes: number;
	totalBytes: number;
	filesDone: number;
	filesTotal: number;
	/** Files being fetched right now, with their own byte counts. */
	active: { name: string; received: number; total: number | null }[];
	bytesPerSecond: number;
	etaSeconds: number | null;
}

/** Progress before anything is known: reading the model's description files. */
export const preparingProgress: DownloadProgress = {
	phase: 'preparing',
	doneBytes: 0,
	totalBytes: 0,
	filesDone: 0,
	filesTotal: 0,
	active: [],
	bytesPerSecond: 0,
	etaSeconds: null
};

export interface ProgressOptions {
	publish: (p: DownloadProgress) => void;
	now: () => number;
	/** The least time between two published updates; 0 publishes every change. */
	intervalMs: number;
	/** Stands in for a file of unknown size (tokenizer, library) until its length arrives. */
	allowance: number;
}

type Active = DownloadProgress['active'][number];

export class ProgressTracker {
	private totalBytes: number;
	private doneBytes: number;
	private filesDone: number;
	private inFlight = 0;
	private readonly sizes = new Map<string, number>();
	private readonly active = new Map<string, Active>();
	private readonly meter = new RateMeter();
	private lastPublished = -Infinity;
	private trailing: ReturnType<typeof setTimeout> | undefined;
	private stopped = false;

	/** `files`: the whole plan, its two description files first (stored already, and tiny). */
	constructor(
		private readonly files: CachedModelFile[],
		missing: CachedModelFile[],
		private readonly opts: ProgressOptions
	) {
		for (const f of files.slice(0, 2)) this.sizes.set(f.url, 0);
		this.totalBytes = files.reduce((s, f) => s + this.sizeOf(f), 0);
		this.doneBytes = this.totalBytes - missing.reduce((s, f) => s + this.sizeOf(f), 0);
		this.filesDone = files.length - missing.length;
	}

	private sizeOf(f: CachedModelFile): number {
		return f.expectedBytes ?? this.sizes.get(f.url) ?? this.opts.allowance;
	}

	/** Bytes still to come, with the allowance for files of unknown size. */
	get remainingBytes(): number {
		return this.totalBytes - this.doneBytes;
	}

	/**
	 * A file starts: `on` hears its bytes, `end` when its fetch is over (either way), `stored` once
	 * it is in the cache; the file then moves from "in flight" to "done" in one step, so progress
	 * never dips.
	 */
	start(f: CachedModelFile): { on: FileListener; end: () => void; stored: () => void } {
		let fileBytes = 0;
		const entry: Active = { name: f.name, received: 0, total: f.expectedBytes ?? null };
		this.active.set(f.url, entry);
		const on: FileListener = {
			bytes: (n) => {
				fileBytes += n;
				this.inFlight += n;
				entry.received += n;
				this.report();
			},
			size: (length) => {
				entry.total = length;
				if (f.expectedBytes !== undefined) return;
				this.totalBytes += length - this.sizeOf(f);
				this.sizes.set(f.url, length);
			}
		};
		return {
			on,
			end: () => this.active.delete(f.url),
			stored: () => {
				this.inFlight -= fileBytes;
				this.doneBytes += this.sizeOf(f);
				this.filesDone++;
				this.report();
			}
		};
	}

	/**
	 * Publishes the current state unless the last update went out less than intervalMs ago; a
	 * change held back then goes out once the interval is over, so a file that stalls never
	 * leaves the files finished just before it unshown.
	 */
	report(force = false) {
		if (this.stopped) return;
		const now = this.opts.now();
		const wait = this.opts.intervalMs - (now - this.lastPublished);
		if (!force && wait > 0) {
			this.trailing ??= setTimeout(() => {
				this.trailing = undefined;
				this.report();
			}, wait);
			return;
		}
		clearTimeout(this.trailing);
		this.trailing = undefined;
		this.lastPublished = now;
		const done = this.doneBytes + this.inFlight;
		const rate = this.meter.update(done, now);
		this.opts.publish({
			phase: 'downloading',
			doneBytes: done,
			totalBytes: this.totalBytes,
			filesDone: this.filesDone,
			filesTotal: this.files.length,
			active: [...this.active.values()].map((a) => ({ ...a })),
			bytesPerSecond: rate,
			etaSeconds: this.meter.eta(this.totalBytes - done)
		});
	}

	/** No more updates (the download ended, or failed). */
	stop() {
		this.stopped = true;
		clearTimeout(this.trailing);
		this.trailing = undefined;
	}

	finish() {
		this.stop();
		this.opts.publish({
			active: [],
			phase: 'done',
			doneBytes: this.totalBytes,
			totalBytes: this.totalBytes,
			filesDone: this.filesDone,
			filesTotal: this.files.length,
			bytesPerSecond: this.meter.bytesPerSecond,
			etaSeconds: 0
		});
	}
}
