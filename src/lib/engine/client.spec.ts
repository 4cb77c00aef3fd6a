// The page side of the engine worker, with a fake worker: routing of replies, abort, and what
// happens when the worker dies.
import { describe, expect, it } from 'vitest';
import { EngineHost, WorkerEngine, type WorkerLike } from './client';
import type { FromWorker, ToWorker } from './protocol';
import { builtinInfo } from './builtin/builtinEngine';

class FakeWorker implements WorkerLike {
	onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
	onerror: ((e: ErrorEvent) => void) | null = null;
	onmessageerror: ((e: MessageEvent) => void) | null = null;
	sent: ToWorker[] = [];
	terminated = false;
	postMessage(m: ToWorker) {
		this.sent.push(m);
	}
	terminate() {
		this.terminated = true;
	}
	reply(m: FromWorker) {
		this.onmessage?.({ data: m } as MessageEvent<FromWorker>);
	}
	die(message: string) {
		this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
	}
}

function setup() {
	const workers: FakeWorker[] = [];
	const host = new EngineHost(() => {
		const w = new FakeWorker();
		workers.push(w);
		return w;
	});
	const engine = new WorkerEngine(builtinInfo, { type: 'local', name: 'trigram' }, host);
	return { host, engine, workers };
}

const request = {
	messages: [{ role: 'user' as const, content: 'Hi' }],
	temperature: 1,
	topK: 0,
	topP: 1,
	maxTokens: 5
};

describe('engine client', () => {
	it('a call whose Stop was already pressed is refused at once and never reaches the worker', async () => {
		const { engine, workers } = setup();
		const controller = new AbortController();
		controller.abort();
		await expect(
			engine.score({ prefix: 'The cat', continuation: ' sat' }, controller.signal)
		).rejects.toMatchObject({ name: 'AbortError' });
		expect(workers.flatMap((w) => w.sent)).toEqual([]);
	});

	it('streams tokens and resolves with the result of its own request', async () => {
		const { engine, workers } = setup();
		const tokens: string[] = [];
		const done = engine.generate(request, (e) => tokens.push(e.text));
		const w = workers[0]!;
		const id = w.sent[0]!.id;
		w.reply({ id: id + 100, kind: 'tokens', events: [{ text: 'stray', prob: 1 }] }); // another request's
		w.reply({ id, kind: 'tokens', events: [{ text: ' hi', prob: 0.5 }] });
		const result = {
			text: ' hi',
			finishReason: 'stop' as const,
			usage: {
				promptTokens: 0,
				completionTokens: 1,
				timeToFirstTokenMs: 1,
				decodeTokensPerSecond: 1
			}
		};
		w.reply({ id, kind: 'done', result });
		expect(await done).toEqual(result);
		expect(tokens).toEqual([' hi']);
	});

	it('sends an abort for the running request when the signal fires', async () => {
		const { engine, workers } = setup();
		const controller = new AbortController();
		void engine.generate(request, () => {}, controller.signal);
		controller.abort();
		const [gen, abort] = workers[0]!.sent;
		expect(abort).toMatchObject({ kind: 'abort', target: gen!.id });
	});

	it('reset and unload travel to the worker for this engine and resolve when it is done', async () => {
		const { engine, workers } = setup();
		const reset = engine.reset();
		const unload = engine.unload();
		const [r, u] = workers[0]!.sent;
		expect(r).toMatchObject({ kind: 'call', method: 'reset', args: { spec: { type: 'local' } } });
		expect(u).toMatchObject({ kind: 'call', method: 'unload', args: { spec: { type: 'local' } } });
		workers[0]!.reply({ id: r!.id, kind: 'done', result: undefined });
		workers[0]!.reply({ id: u!.id, kind: 'done', result: undefined });
		await expect(Promise.all([reset, unload])).resolves.toBeDefined();
	});

	it('refuses an invalid request without bothering the worker', async () => {
		const { engine, workers } = setup();
		await expect(engine.generate({ ...request, temperature: 9 }, () => {})).rejects.toMatchObject({
			name: 'InvalidRequest',
			message: 'Temperature must be a number from 0 to 2 (got 9).'
		});
		expect(workers).toHaveLength(0);
	});

	it('turns worker errors into errors that carry their code', async () => {
		const { engine, workers } = setup();
		const done = engine.load();
		const w = workers[0]!;
		w.reply({
			id: w.sent[0]!.id,
			kind: 'error',
			error: { code: 'device-lost', name: 'DeviceLostError', message: 'lost' }
		});
		await expect(done).rejects.toMatchObject({
			name: 'DeviceLostError',
			message: 'lost',
			raw: { code: 'device-lost' }
		});
	});

	it('a crashed worker fails what was running and is replaced on the next call', async () => {
		const { host, engine, workers } = setup();
		let crashes = 0;
		host.onCrash(() => crashes++);
		const running = engine.generate(request, () => {});
		workers[0]!.die('out of memory');
		await expect(running).rejects.toMatchObject({
			message: 'out of memory',
			raw: { code: 'worker-crashed' }
		});
		expect(workers[0]!.terminated).toBe(true);
		expect(host.restarts).toBe(1);
		expect(crashes).toBe(1);
		void engine.load();
		expect(workers).toHaveLength(2);
		expect(workers[1]!.sent[0]).toMatchObject({ kind: 'call', method: 'load' });
	});
});
