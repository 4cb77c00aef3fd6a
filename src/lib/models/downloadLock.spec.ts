// The cross-tab rules over a small LockManager that follows the Web Locks spec's granting order
// (Node has none): one exclusive holder or many shared ones per name, requests granted in order.
import { describe, expect, it } from 'vitest';
import { downloadsElsewhere, holdWhile, whenReleased, type Locks } from './downloadLock';

type Mode = 'exclusive' | 'shared';
interface Entry {
	name: string;
	mode: Mode;
	grant: () => void;
}

class FakeLocks {
	held: { name: string; mode: Mode }[] = [];
	private queue: Entry[] = [];

	private grantable(name: string, mode: Mode, ahead: Entry[]) {
		const held = this.held.filter((h) => h.name === name);
		const queued = ahead.filter((q) => q.name === name);
		return mode === 'exclusive'
			? held.length === 0 && queued.length === 0
			: held.every((h) => h.mode === 'shared') && queued.every((q) => q.mode === 'shared');
	}

	private pump() {
		for (let i = 0; i < this.queue.length; i++) {
			const e = this.queue[i]!;
			if (this.grantable(e.name, e.mode, this.queue.slice(0, i))) {
				this.queue.splice(i, 1);
				e.grant();
				i = -1;
			}
		}
	}

	request = (async (
		name: string,
		a: LockOptions | LockGrantedCallback<unknown>,
		b?: LockGrantedCallback<unknown>
	) => {
		const options = typeof a === 'function' ? {} : a;
		const callback = (typeof a === 'function' ? a : b)!;
		const mode: Mode = options.mode ?? 'exclusive';
		if (options.ifAvailable && !this.grantable(name, mode, this.queue)) return callback(null);
		await new Promise<void>((resolve) => {
			this.queue.push({ name, mode, grant: resolve });
			this.pump();
		});
		const lock = { name, mode };
		this.held.push(lock);
		try {
			return await callback(lock as Lock);
		} finally {
			this.held.splice(this.held.indexOf(lock), 1);
			this.pump();
		}
	}) as Locks['request'];

	query = (async () => ({ held: this.held.map((h) => ({ ...h })), pending: [] })) as Locks['query'];
}

/** A task that runs until `end` is called: a download, or a tab that stays open. */
function openTask() {
	let end!: () => void;
	const done = new Promise<void>((r) => (end = r));
	return { task: () => done, end };
}

describe('one download per model across tabs', () => {
	it('a second tab is refused while the first downloads, and may start once it is done', async () => {
		const locks = new FakeLocks();
		const first = openTask();
		const running = holdWhile(locks, 'm', first.task);
		await Promise.resolve();
		let ran = false;
		expect(await holdWhile(locks, 'm', async () => void (ran = true))).toBe(false);
		expect(ran).toBe(false);
		expect(await holdWhile(locks, 'other', async () => {})).toBe(true);
		first.end();
		expect(await running).toBe(true);
		expect(await holdWhile(locks, 'm', async () => void (ran = true))).toBe(true);
		expect(ran).toBe(true);
	});

	it('a watching tab learns when the owner goes away, however it ends', async () => {
		const locks = new FakeLocks();
		const owner = openTask();
		void holdWhile(locks, 'm', owner.task);
		await Promise.resolve();
		let released = false;
		const watching = whenReleased(locks, 'm').then(() => (released = true));
		const second = whenReleased(locks, 'm'); // watchers do not block each other
		await new Promise((r) => setTimeout(r, 10));
		expect(released).toBe(false);
		owner.end(); // finished, paused, or the tab closed: the browser releases the lock
		await watching;
		await second;
		expect(released).toBe(true);
	});

	it('a watcher’s momentary hold does not refuse the owner’s resume', async () => {
		const locks = new FakeLocks();
		const watcher = openTask();
		void locks.request('genai-live-download:m', { mode: 'shared' }, watcher.task);
		await Promise.resolve();
		let ran = false;
		const resume = holdWhile(locks, 'm', async () => void (ran = true));
		await new Promise((r) => setTimeout(r, 10));
		watcher.end();
		expect(await resume).toBe(true);
		expect(ran).toBe(true);
	});

	it('a tab opened mid-download sees which models are being downloaded', async () => {
		const locks = new FakeLocks();
		const owner = openTask();
		void holdWhile(locks, '__proto__', owner.task);
		void locks.request('something-else', async () => {});
		void whenReleased(locks, 'x');
		await Promise.resolve();
		expect(await downloadsElsewhere(locks)).toEqual(['__proto__']);
		owner.end();
	});
});
