// The page side of the engine worker: one worker for the whole app, started on first use,
// restarted if it crashes (every pending call then fails with the code 'worker-crashed', which the
// UI explains), and an Engine implementation per engine spec. `call()` is typed from the method
// map in protocol.ts: the method name fixes both the arguments and the result.
import { EngineFailure } from './errors';
import type { CallArgs, CallName, CallResult, EngineSpec, FromWorker, ToWorker } from './protocol';
import {
	embedProblem,
	InvalidRequestError,
	nextTokensProblem,
	scoreProblem,
	validateRequest
} from './request';
import { sessionUsage } from './sessionUsage.svelte';
import type {
	EmbedRequest,
	Embeddings,
	Engine,
	EngineInfo,
	GenerateRequest,
	GenerationResult,
	LoadProgress,
	NextTokens,
	NextTokensRequest,
	Scored,
	ScoreRequest,
	TokenEvent,
	Tokenized
} from './types';

/** Side channels a call may listen to. */
export interface CallHandlersOnPage {
	onProgress?: (p: LoadProgress) => void;
	onToken?: (e: TokenEvent) => void;
}

interface Pending extends CallHandlersOnPage {
	resolve: (result: unknown) => void;
	reject: (error: Error) => void;
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
	private crashListeners = new Set<() => void>();
	/** How many times the worker had to be restarted (the UI can mention it). */
	restarts = 0;

	constructor(private readonly createWorker: () => WorkerLike = startEngineWorker) {}

	/** Called after the worker died: every engine in it is gone (not loaded any more). */
	onCrash(listener: () => void): () => void {
		this.crashListeners.add(listener);
		return () => this.crashListeners.delete(listener);
	}

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
			p.reject(
				new EngineFailure({ code: 'worker-crashed', name: 'WorkerCrashed', message: reason })
			);
		this.pending.clear();
		for (const listener of this.crashListeners) listener();
	}

	private receive(msg: FromWorker) {
		const p = this.pending.get(msg.id);
		if (!p) return;
		if (msg.kind === 'progress') p.onProgress?.(msg.progress);
		else if (msg.kind === 'tokens') for (const event of msg.events) p.onToken?.(event);
		else {
			this.pending.delete(msg.id);
			if (msg.kind === 'done') p.resolve(msg.result);
			else p.reject(new EngineFailure(msg.error));
		}
	}

	call<K extends CallName>(
		method: K,
		args: CallArgs<K>,
		handlers: CallHandlersOnPage = {},
		signal?: AbortSignal
	): Promise<CallResult<K>> {
		// A signal that fired before the call never fires again: the call would run to its end in
		// the worker (a prefill, a whole reply) with nobody waiting for it, and hold its lane.
		if (signal?.aborted)
			return Promise.reject(
				Object.assign(new Error('Stopped before it started.'), { name: 'AbortError' })
			);
		const worker = this.ensureWorker();
		const id = this.nextId++;
		return new Promise<CallResult<K>>((resolve, reject) => {
			this.pending.set(id, { ...handlers, resolve: resolve as (r: unknown) => void, reject });
			signal?.addEventListener(
				'abort',
				() =>
					worker.postMessage({ id: this.nextId++, kind: 'abort', target: id } satisfies ToWorker),
				{ once: true }
			);
			worker.postMessage({ id, kind: 'call', method, args } as ToWorker);
		});
	}
}

export const defaultHost = new EngineHost();

export class WorkerEngine implements Engine {
	constructor(
		readonly info: EngineInfo,
		readonly spec: EngineSpec,
		private readonly host: EngineHost = defaultHost
	) {}

	load(onProgress?: (p: LoadProgress) => void): Promise<void> {
		return this.host.call('load', { spec: this.spec }, { onProgress });
	}

	async generate(
		request: GenerateRequest,
		onToken: (event: TokenEvent) => void,
		signal?: AbortSignal
	): Promise<GenerationResult> {
		// Refused here already, so a bad request never costs a worker round trip or a model load.
		const problems = validateRequest(request, this.info.capabilities, this.info.label);
		if (problems.length) throw new InvalidRequestError(problems);
		const result: GenerationResult = await this.host.call(
			'generate',
			{ spec: this.spec, request },
			{ onToken },
			signal
		);
		sessionUsage.record(this.info, result.usage);
		return result;
	}

	nextTokens(request: NextTokensRequest, signal?: AbortSignal): Promise<NextTokens> {
		const problem = nextTokensProblem(request, this.info.capabilities, this.info.label);
		if (problem) throw new InvalidRequestError([problem]);
		return this.host.call('nextTokens', { spec: this.spec, request }, {}, signal);
	}

	tokenize(text: string): Promise<Tokenized> {
		return this.host.call('tokenize', { spec: this.spec, text });
	}

	score(request: ScoreRequest, signal?: AbortSignal): Promise<Scored> {
		const problem = scoreProblem(request, this.info.capabilities, this.info.label);
		if (problem) throw new InvalidRequestError([problem]);
		return this.host.call('score', { spec: this.spec, request }, {}, signal);
	}

	embed(
		request: EmbedRequest,
		signal?: AbortSignal,
		onLoadProgress?: (p: LoadProgress) => void
	): Promise<Embeddings> {
		const problem = embedProblem(request, this.info.capabilities, this.info.label);
		if (problem) throw new InvalidRequestError([problem]);
		return this.host.call(
			'embed',
			{ spec: this.spec, request },
			{ onProgress: onLoadProgress },
			signal
		);
	}

	reset(): Promise<void> {
		return this.host.call('reset', { spec: this.spec });
	}

	unload(): Promise<void> {
		return this.host.call('unload', { spec: this.spec });
	}
}
