// Downloads a WebLLM model into WebLLM's own IndexedDB cache, so that WebLLM's reload() later
// finds every file and loads with no network. This module is the queue: it reads the plan
// (modelPlan.ts), skips what is stored (inventory.ts), checks the quota first, then fetches the
// missing files over a few parallel connections (fetchFile.ts) with paced progress (progress.ts).
// Which files, under which keys, in which database and in which form is WebLLM's business:
// $lib/webllm/cache.ts says.
//
// Nothing false is stored, and nothing is stored alone: each file is checked before it is stored,
// and a download that fails before any weight or tokenizer arrived takes the description files
// away again, so a failed download leaves either an accurate partial state or nothing. A resume
// skips every finished file. State lives in a Downloader instance (the model store holds one;
// tests make their own): the watch for security-policy blocks, which names a blocked redirect.
import { downloadErrors } from './errors';
import { watchPolicyBlocks } from './diagnose';
import { fetchFile, storeFile, type FetchOptions } from './fetchFile';
import { dropLoneDescriptions, missingFiles } from './inventory';
import { readPlan, type ModelPlan } from './modelPlan';
import { preparingProgress, ProgressTracker, type DownloadProgress } from './progress';
import type { ModelEntry } from './catalogue';

export interface DownloadOptions extends FetchOptions {
	onProgress?: (p: DownloadProgress) => void;
	/** Parallel connections; 4 measured fastest against the local server (npm run bench). */
	parallel?: number;
	estimate?: () => Promise<{ usage?: number; quota?: number }>;
	/** Allowance for files whose size is unknown before fetching (tokenizer, model library). */
	unknownFileAllowance?: number;
	now?: () => number;
	/** The least time between two progress updates (progress.ts); 250 ms unless set. */
	progressIntervalMs?: number;
}

export class Downloader {
	/** Started on the first download, so a blocked redirect seen during it can be named. */
	private recentBlock: (() => string | undefined) | undefined;

	/** Downloads every missing file of a model. Resolves when WebLLM can load it offline. */
	async download(model: ModelEntry, options: DownloadOptions = {}): Promise<ModelPlan> {
		this.recentBlock ??= watchPolicyBlocks();
		const opts: DownloadOptions = { recentBlock: this.recentBlock, ...options };
		opts.onProgress?.(preparingProgress);
		// Every failure (not a pause or cancel) ends here: what it leaves must read truthfully.
		const fail = async (e: unknown): Promise<never> => {
			if (!opts.signal?.aborted) await dropLoneDescriptions(model).catch(() => {});
			throw e;
		};
		const plan = await readPlan(model, opts).catch(fail);
		const missing = await missingFiles(plan.files);
		const progress = new ProgressTracker(plan.files, missing, {
			publish: (p) => opts.onProgress?.(p),
			now: opts.now ?? (() => performance.now()),
			intervalMs: opts.progressIntervalMs ?? 250,
			allowance: opts.unknownFileAllowance ?? 8_000_000
		});

		// Refuse up front rather than fail half way: compare what is still needed (the allowance
		// standing in for files of unknown size) with the free quota.
		const estimate =
			opts.estimate ?? (() => globalThis.navigator?.storage?.estimate?.() ?? Promise.resolve({}));
		const est = await estimate();
		if (est.quota !== undefined) {
			const free = Math.max(0, est.quota - (est.usage ?? 0));
			if (progress.remainingBytes > free)
				await fail(downloadErrors.quota(progress.remainingBytes, free));
		}
		progress.report(true);

		const queue = [...missing];
		const worker = async () => {
			for (let file = queue.shift(); file; file = queue.shift()) {
				opts.signal?.throwIfAborted();
				const track = progress.start(file);
				try {
					const bytes = await fetchFile(file, opts, track.on).finally(track.end);
					await storeFile(file, bytes);
					track.stored();
				} catch (e) {
					// Stop the other connections after their current file: the error shows at once,
					// and every finished file stays stored for the resume.
					queue.length = 0;
					throw e;
				}
			}
		};
		const workers = Array.from({ length: Math.max(1, opts.parallel ?? 4) }, worker);
		const failed = (await Promise.allSettled(workers)).find((r) => r.status === 'rejected');
		if (failed) {
			progress.stop();
			await fail((failed as PromiseRejectedResult).reason);
		}
		progress.finish();
		return plan;
	}
}
