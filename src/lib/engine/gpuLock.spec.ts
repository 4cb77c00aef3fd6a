// Two tabs and one GPU model, over a fake Web Locks API with the real semantics that matter:
// ifAvailable gives null when held, steal aborts the holder's request.
import { describe, expect, it } from 'vitest';
import { GpuLock, type LocksLike } from './gpuLock';

function fakeLocks(): LocksLike {
	let holder: { reject: (e: Error) => void } | null = null;
	return {
		request(_name, options, callback) {
			if (holder && options.ifAvailable) return Promise.resolve(callback(null));
			if (holder && options.steal) {
				holder.reject(new DOMException('stolen', 'AbortError'));
				holder = null;
			}
			return new Promise((resolve, reject) => {
				holder = { reject };
				void Promise.resolve(callback({})).then(() => {
					holder = null;
					resolve(undefined);
				});
			});
		}
	};
}

describe('one model on the GPU across tabs', () => {
	it('the second tab finds the model taken, takes over, and the first tab is told', async () => {
		const locks = fakeLocks();
		let lostInFirst = 0;
		const first = new GpuLock(locks, () => lostInFirst++);
		const second = new GpuLock(locks, () => {});
		expect(await first.acquire()).toBe(true);
		expect(await second.acquire()).toBe(false);
		expect(await second.acquire(true)).toBe(true);
		await new Promise((r) => setTimeout(r, 0));
		expect(lostInFirst).toBe(1);
		expect(first.held).toBe(false);
		expect(second.held).toBe(true);
		// Released, it is free for the first tab again.
		second.releaseLock();
		await new Promise((r) => setTimeout(r, 0));
		expect(await first.acquire()).toBe(true);
	});

	it('without the Web Locks API it never blocks', async () => {
		expect(await new GpuLock(undefined, () => {}).acquire()).toBe(true);
	});
});
