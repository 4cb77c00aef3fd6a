// How many progress updates a 1 GB download sends, per chunk (as before) and paced (as now). Each
// update becomes a Svelte state change in this tab and a BroadcastChannel post to every other tab
// (modelStore.svelte.ts), so this count is the cross-tab message count.
import { describe, expect, it } from 'vitest';
import type { CachedModelFile } from '$lib/webllm/cache';
import { ProgressTracker, type DownloadProgress } from './progress';

const MB = 1_000_000;
const CHUNK = 64 * 1024; // what Chromium hands over per read of a network body, at most
const RATE = 100 * MB; // bytes per second: a fast connection into a fast disk

const file = (name: string, expectedBytes?: number): CachedModelFile => ({
	url: `https://example.org/m/resolve/main/${name}`,
	scope: 'webllm/model',
	name,
	kind: expectedBytes === undefined ? 'tokenizer' : 'shard',
	storedAs: 'bytes',
	expectedBytes
});

/**
 * A 1 GB model (250 shards of 4 MB, plus a tokenizer of unknown size) fetched over four
 * connections whose chunks interleave, on a clock that advances at RATE.
 */
function download(intervalMs: number) {
	const shards = Array.from({ length: 250 }, (_, i) => file(`params_shard_${i}.bin`, 4 * MB));
	const files = [file('mlc-chat-config.json'), file('tensor-cache.json'), ...shards];
	files.push(file('tokenizer.json'));
	const published: DownloadProgress[] = [];
	let clock = 0;
	const tracker = new ProgressTracker(files, files.slice(2), {
		publish: (p) => published.push(p),
		now: () => clock,
		intervalMs,
		allowance: 8 * MB
	});
	tracker.report(true);
	let chunks = 0;
	const todo = files.slice(2);
	while (todo.length) {
		const batch = todo.splice(0, 4).map((f) => ({ f, left: f.expectedBytes ?? 2 * MB }));
		const tracks = batch.map(({ f }) => tracker.start(f));
		batch.forEach(({ f }, i) => f.expectedBytes ?? tracks[i]!.on.size?.(2 * MB));
		while (batch.some((b) => b.left > 0))
			batch.forEach((b, i) => {
				if (b.left <= 0) return;
				const n = Math.min(CHUNK, b.left);
				b.left -= n;
				clock += (n / RATE) * 1000;
				chunks++;
				tracks[i]!.on.bytes(n);
			});
		for (const track of tracks) {
			track.end();
			track.stored();
		}
	}
	tracker.finish();
	return { published, chunks, seconds: clock / 1000 };
}

describe('progress of a 1 GB download', () => {
	it('per chunk it was about 16,000 updates; paced, at most four a second plus the first and last', () => {
		const perChunk = download(0);
		expect(perChunk.chunks).toBeGreaterThan(15_000);
		expect(perChunk.published.length).toBeGreaterThan(perChunk.chunks); // + one per stored file

		const paced = download(250);
		expect(paced.seconds).toBeCloseTo(10.02, 1); // 1.002 GB at 100 MB/s
		expect(paced.published.length).toBeLessThanOrEqual(paced.seconds * 4 + 2);
		expect(paced.published.length).toBeGreaterThanOrEqual(paced.seconds * 4 - 2);
	});

	it('paced updates still only grow, and end complete', () => {
		const { published } = download(250);
		const done = published.map((p) => p.doneBytes);
		for (let i = 1; i < done.length; i++) expect(done[i]).toBeGreaterThanOrEqual(done[i - 1]!);
		expect(published.at(-1)).toMatchObject({
			phase: 'done',
			doneBytes: 1_002_000_000,
			totalBytes: 1_002_000_000,
			filesDone: 253,
			filesTotal: 253
		});
		// The speed shown is the clock's rate, within the smoothing.
		expect(published.at(-2)!.bytesPerSecond).toBeCloseTo(RATE, -6);
	});

	it('shows a finished file held back by the pace once the interval is over, even if nothing else arrives', async () => {
		const files = [
			file('mlc-chat-config.json'),
			file('tensor-cache.json'),
			file('a.bin', 10),
			file('b.bin', 10)
		];
		const published: DownloadProgress[] = [];
		const tracker = new ProgressTracker(files, files.slice(2), {
			publish: (p) => published.push(p),
			now: () => performance.now(),
			intervalMs: 40,
			allowance: 8 * MB
		});
		tracker.report(true);
		const a = tracker.start(files[2]!);
		a.on.bytes(10);
		a.end();
		a.stored(); // within 40 ms of the last update: held back, and b.bin now stalls
		expect(published.at(-1)!.filesDone).toBe(2);
		await new Promise((r) => setTimeout(r, 120));
		expect(published.at(-1)!.filesDone).toBe(3);
		tracker.stop();
	});
});
