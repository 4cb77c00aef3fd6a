import { describe, expect, it } from 'vitest';
import { CallQueues } from './callQueue';

/** A task that runs until finish() is called, recording when it starts. */
function gate(log: string[], name: string) {
	let finish!: (v: string) => void;
	let fail!: (e: Error) => void;
	const done = new Promise<string>((resolve, reject) => ((finish = resolve), (fail = reject)));
	return {
		task: () => (log.push(`start ${name}`), done),
		finish: () => finish(name),
		fail: (e: Error) => fail(e)
	};
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('one call at a time per engine', () => {
	it('calls on one lane run one after another, in arrival order', async () => {
		const queues = new CallQueues();
		const log: string[] = [];
		const gates = ['a', 'b', 'c'].map((n) => gate(log, n));
		const [a, b, c] = gates;
		const results = gates.map((g) => queues.run('chat', g.task));
		await tick();
		expect(log).toEqual(['start a']);
		c!.finish();
		b!.finish();
		await tick();
		expect(log).toEqual(['start a']);
		a!.finish();
		expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
		expect(log).toEqual(['start a', 'start b', 'start c']);
	});

	it('calls on two lanes do not wait for each other', async () => {
		const queues = new CallQueues();
		const log: string[] = [];
		const chat = gate(log, 'chat');
		const trigram = gate(log, 'trigram');
		void queues.run('chat', chat.task);
		void queues.run('trigram', trigram.task);
		await tick();
		expect(log).toEqual(['start chat', 'start trigram']);
	});

	it('a call stopped while it waits leaves at once and never starts', async () => {
		const queues = new CallQueues();
		const log: string[] = [];
		const [a, b, c] = ['a', 'b', 'c'].map((n) => gate(log, n));
		const stop = new AbortController();
		const first = queues.run('chat', a!.task);
		const waiting = queues.run('chat', b!.task, stop.signal);
		const last = queues.run('chat', c!.task);
		stop.abort();
		// Settles while the first call still runs.
		await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
		expect(log).toEqual(['start a']);
		a!.finish();
		c!.finish();
		await Promise.all([first, last]);
		expect(log).toEqual(['start a', 'start c']);
	});

	it('a call that fails (or throws before its first await) frees the lane', async () => {
		const queues = new CallQueues();
		const log: string[] = [];
		const a = gate(log, 'a');
		const crashing = queues.run('chat', a.task);
		const throwsAtOnce = queues.run('chat', () => {
			throw new Error('sync crash');
		});
		const after = gate(log, 'after');
		const next = queues.run('chat', after.task);
		a.fail(new Error('device lost'));
		await expect(crashing).rejects.toThrow('device lost');
		await expect(throwsAtOnce).rejects.toThrow('sync crash');
		await tick();
		expect(log).toEqual(['start a', 'start after']);
		after.finish();
		await expect(next).resolves.toBe('after');
	});
});

describe('Stop never hangs on a call the engine does not end', () => {
	function manualTimers() {
		const pending: (() => void)[] = [];
		return {
			timers: {
				graceMs: 5000,
				setTimer: (fn: () => void) => pending.push(fn),
				clearTimer: () => {}
			},
			fire: () => pending.splice(0).forEach((fn) => fn())
		};
	}

	it('answers a stopped call after the grace period, and holds the lane until the engine returns', async () => {
		const { timers, fire } = manualTimers();
		const queues = new CallQueues(timers);
		const log: string[] = [];
		const stuck = gate(log, 'stuck');
		const next = gate(log, 'next');
		const stop = new AbortController();
		const first = queues.run('chat', stuck.task, stop.signal);
		const second = queues.run('chat', next.task);
		await tick();
		stop.abort();
		fire();
		await expect(first).rejects.toMatchObject({ name: 'AbortError' });
		await tick();
		expect(log).toEqual(['start stuck']);
		stuck.finish();
		await tick();
		await tick();
		expect(log).toEqual(['start stuck', 'start next']);
		next.finish();
		await expect(second).resolves.toBe('next');
	});

	it('a call that ends within the grace period answers with its own result', async () => {
		const { timers, fire } = manualTimers();
		const queues = new CallQueues(timers);
		const g = gate([], 'quick');
		const stop = new AbortController();
		const call = queues.run('chat', g.task, stop.signal);
		await tick();
		stop.abort();
		g.finish();
		await expect(call).resolves.toBe('quick');
		fire();
	});
});
