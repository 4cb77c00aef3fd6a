// The app-wide engine choice: chosen once (header picker, saved with the other settings), used by
// every concept experiment and the playground. The decision itself is pure (choice.ts); this
// rune class feeds it the saved choice, a shared link's engine, the models on this device and
// the GPU probe, and tracks each engine's state (not loaded / loading with progress / ready /
// failed) by wrapping the engines it hands out, so the header is true whoever ran the engine.
import { defaultHost } from './client';
import { BUILTIN_ID, modelLabel, resolveChoice, type Choice } from './choice';
import { classifyEngineError, toRawError, type EngineError, type EngineErrorCode } from './errors';
import { builtinEngine, webllmEngine } from './index';
import type { Engine, LoadProgress } from './types';
import { probeThisBrowser, type GpuProbe } from '$lib/gpu/probe';
import { toWebllmRecord } from '$lib/webllm/record';
import { modelStore } from '$lib/models/modelStore.svelte';
import { getSetting, setSetting } from '$lib/storage/settings';

export type EngineState =
	| { phase: 'idle' }
	| { phase: 'loading'; progress: LoadProgress | null }
	| { phase: 'ready' }
	| { phase: 'failed'; error: EngineError };

/** Failures that rule a model out until it is chosen again: the built-in engine takes over. */
const rulesOut: EngineErrorCode[] = [
	'device-lost',
	'no-webgpu',
	'no-f16',
	'not-downloaded',
	'model-not-found'
];

class EngineSelection {
	/** The user's saved choice. */
	saved = $state(BUILTIN_ID);
	/** An engine a shared link asked for: this visit only, never saved. */
	fromLink = $state<string | undefined>(undefined);
	gpu = $state.raw<GpuProbe | null>(null);
	/** Engines that failed for good this visit, with the reason. */
	failed = $state<Record<string, string>>({});
	states = $state<Record<string, EngineState>>({});
	/** The notice the user closed (it comes back if the situation changes). */
	dismissed = $state<string | undefined>(undefined);

	choice: Choice = $derived(
		resolveChoice({
			saved: this.saved,
			fromLink: this.fromLink,
			models: modelStore.models.map((entry) => ({
				entry,
				onDevice: onDevice(modelStore.status[entry.id]?.kind)
			})),
			gpu: this.gpu,
			failed: this.failed
		})
	);
	/** The engine that runs now. */
	engine: Engine = $derived(this.engineFor(this.choice.id));
	state: EngineState = $derived(this.states[this.choice.id] ?? { phase: 'idle' });
	notice = $derived(
		this.choice.notice && this.choice.notice !== this.dismissed ? this.choice.notice : undefined
	);

	private engines = new Map<string, Engine>();
	private started: Promise<void> | undefined;
	private probing: Promise<void> | undefined;

	/** Reads the saved choice and what is on this device; safe to call from every page. */
	init(): Promise<void> {
		this.started ??= (async () => {
			defaultHost.onCrash(() => (this.states = {}));
			const [saved] = await Promise.all([
				getSetting('engine').catch(() => BUILTIN_ID),
				modelStore.init()
			]);
			this.saved = saved;
			if (saved !== BUILTIN_ID) await this.probe();
		})();
		return this.started;
	}

	/** Asks for the GPU once (the picker greys what this GPU cannot run). */
	probe(): Promise<void> {
		this.probing ??= probeThisBrowser().then((p) => {
			this.gpu = p;
		});
		return this.probing;
	}

	/** The user's explicit choice: saved, and it clears a link's engine and an earlier failure. */
	async choose(id: string): Promise<void> {
		this.fromLink = undefined;
		delete this.failed[id];
		this.saved = id;
		if (id !== BUILTIN_ID) void this.probe();
		await setSetting('engine', id).catch(() => {
			// Without the app database the choice still holds for this visit.
		});
	}

	/** A shared link named an engine: use it for this visit if this device has it. */
	async fromSharedLink(id: string | null): Promise<void> {
		if (!id) return;
		await this.init();
		if (id !== BUILTIN_ID) await this.probe();
		this.fromLink = id;
	}

	/** Loads the current engine ahead of time (before a talk, say). */
	async warmUp(): Promise<void> {
		await this.engine.load().catch(() => {
			// The state shows the failure.
		});
	}

	async unload(): Promise<void> {
		await this.engine.unload();
	}

	dismiss(): void {
		this.dismissed = this.choice.notice;
	}

	label(id: string): string {
		if (id === BUILTIN_ID) return builtinEngine().info.label;
		const model = modelStore.get(id);
		return model ? modelLabel(model) : id;
	}

	private engineFor(id: string): Engine {
		let engine = this.engines.get(id);
		if (engine) return engine;
		const model = id === BUILTIN_ID ? undefined : modelStore.get(id);
		if (id !== BUILTIN_ID && !model) return this.engineFor(BUILTIN_ID);
		const inner = model ? webllmEngine(toWebllmRecord(model), modelLabel(model)) : builtinEngine();
		engine = this.track(id, inner);
		this.engines.set(id, engine);
		return engine;
	}

	/** The same engine, reporting its state here whoever calls it. */
	private track(id: string, inner: Engine): Engine {
		const set = (state: EngineState) => (this.states[id] = state);
		const fail = (e: unknown) => {
			const error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
			if (error.code === 'invalid-request') return;
			set({ phase: 'failed', error });
			if (rulesOut.includes(error.code) && id !== BUILTIN_ID) this.failed[id] = error.message;
		};
		return {
			info: inner.info,
			load: async (onProgress) => {
				if (this.states[id]?.phase !== 'ready') set({ phase: 'loading', progress: null });
				try {
					await inner.load((p) => {
						set({ phase: 'loading', progress: p });
						onProgress?.(p);
					});
					set({ phase: 'ready' });
				} catch (e) {
					fail(e);
					throw e;
				}
			},
			generate: async (request, onToken, signal) => {
				try {
					const result = await inner.generate(request, onToken, signal);
					set({ phase: 'ready' });
					return result;
				} catch (e) {
					fail(e);
					throw e;
				}
			},
			nextTokens: async (request, signal) => {
				try {
					const next = await inner.nextTokens(request, signal);
					set({ phase: 'ready' });
					return next;
				} catch (e) {
					fail(e);
					throw e;
				}
			},
			tokenize: (text) => inner.tokenize(text),
			reset: () => inner.reset(),
			unload: async () => {
				await inner.unload();
				set({ phase: 'idle' });
			}
		};
	}
}

function onDevice(kind: string | undefined): boolean | null {
	if (kind === undefined || kind === 'checking') return null;
	return kind === 'ready';
}

export const engineSelection = new EngineSelection();
