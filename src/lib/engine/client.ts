// The page side of the engine worker: one worker for the whole app, started on first use,
// restarted if it crashes (every pending call then fails with "WorkerCrashed", which the UI
// explains), and an Engine implementation per engine spec.
import type { RawError } from './errors';
import type { EngineSpec, FromWorker, ToWorker } from './protocol';
import { InvalidRequestError, validateRequest } from './request';
import type {
	Engine,
	EngineInfo,
	GenerateRequest,
	GenerationResult,
	LoadProgress,
	TokenEvent
} from './types';

/** Omit that keeps a union a union. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Pending {
	onProgress?: (p: LoadProgress) => void;
	onToken?: (e: TokenEvent) => void;
	resolve: (result: GenerationResult | undefined) => void;
	reject: (error: Error) => void;
}

/** An error that came back from the worker, with its original name (e.g. "DeviceLostError"). */
export class WorkerError extends Error {
	constructor(raw: RawError) {
		super(raw.message);
		this.name = raw.name;
	}
}

/** The part of Worker the host uses; tests pass a fake. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
	onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
	onerror: ((e: ErrorEvent) => void) | null;
	onmessageerror: ((e: MessageEvent) => void) | null;
};

const startEngineWorker = (): WorkerLike =>
	new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

export class EngineHost {
	private worker: WorkerLike | undefined;
	private nextId = 1;
	private pending = new Map<number, Pending>();
	/** How many times the worker had to be restarted (the UI can mention it). */
	restarts = 0;

	constructor(private readonly createWorker: () => WorkerLike = startEngineWorker) {}

	private ensureWorker(): WorkerLike {
		if (this.worker) return this.worker;
		const worker = this.createWorker();
		worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
		// An uncaught error or a worker that cannot start: fail everything in flight, start fresh.
		worker.onerror = (e) => {
			e.preventDefault();
			this.crash(e.message || 'the engine worker stopped');
		};
		worker.onmessageerror = () => this.crash('a message from the engine could not be read');
		this.worker = worker;
		return worker;
	}

	private crash(reason: string) {
		this.worker?.terminate();
		this.worker = undefined;
		this.restarts++;
		for (const p of this.pending.values())
			p.reject(new WorkerError({ name: 'WorkerCrashed', message: reason }));
		this.pending.clear();
	}

	private receive(msg: FromWorker) {
		const p = this.pending.get(msg.id);
		if (!p) return;
		if (msg.kind === 'progress') p.onProgress?.(msg.progress);
		else if (msg.kind === 'tokens') for (const event of msg.events) p.onToken?.(event);
		else {
			this.pending.delete(msg.id);
			if (msg.kind === 'done') p.resolve(msg.result);
			else p.reject(new WorkerError(msg.error));
		}
	}

	call(
		message: WithoutId<Exclude<ToWorker, { kind: 'abort' }>>,
		handlers: Omit<Pending, 'resolve' | 'reject'> = {},
		signal?: AbortSignal
	): Promise<GenerationResult | undefined> {
		const worker = this.ensureWorker();
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { ...handlers, resolve, reject });
			signal?.addEventListener(
				'abort',
				() =>
					worker.postMessage({ id: this.nextId++, kind: 'abort', target: id } satisfies ToWorker),
				{
					once: true
				}
			);
			worker.postMessage({ ...message, id } as ToWorker);
		});
	}
}

const defaultHost = new EngineHost();

export class WorkerEngine implements Engine {
	constructor(
		readonly info: EngineInfo,
		private readonly spec: EngineSpec,
		private readonly host: EngineHost = defaultHost
	) {}

	async load(onProgress?: (p: LoadProgress) => void): Promise<void> {
		await this.host.call({ kind: 'load', spec: this.spec }, { onProgress });
	}

	async generate(
		request: GenerateRequest,
		onToken: (event: TokenEvent) => void,
		signal?: AbortSignal
	): Promise<GenerationResult> {
		// Refused here already, so a bad request never costs a worker round trip or a model load.
		const problems = validateRequest(request, this.info.capabilities, this.info.label);
		if (problems.length) throw new InvalidRequestError(problems);
		const result = await this.host.call(
			{ kind: 'generate', spec: this.spec, request },
			{ onToken },
			signal
		);
		return result!;
	}

	async reset(): Promise<void> {
		await this.host.call({ kind: 'reset', spec: this.spec });
	}

	async unload(): Promise<void> {
		await this.host.call({ kind: 'unload', spec: this.spec });
	}
}
