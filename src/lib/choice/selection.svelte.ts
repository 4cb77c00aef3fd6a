// The app-wide engine choice: chosen once (header picker, saved with the other settings), used by
// every concept experiment and the playground. The decision itself is pure (choice.ts); this
// rune class feeds it the saved choice, a shared link's engine, the models on this device and
// the GPU probe, and tracks each engine's state (not loaded / loading with progress / ready /
// failed) by wrapping the engines it hands out, so the header is true whoever ran the engine.
// Per-engine state is kept in SvelteMaps: an engine id is a model name, and a model may be called
// "constructor" or "__proto__", which a plain object would answer with its own machinery.
// The model store (catalogue, what is on this device, the downloader: 15.8 KB gzip) loads when the
// choice needs it (a saved or linked model), when the picker opens, or when the browser is idle:
// on a first visit the built-in engine runs and nothing on screen reads it, and it pushed
// /playground and /check over the 80 KB first-visit budget (90 and 89 KB; issue 24).
import { SvelteMap } from 'svelte/reactivity';
import { defaultHost } from '$lib/engine/client';
import {
	BUILTIN_ID,
	ELIZA_ID,
	isLocal,
	modelLabel,
	onDevice,
	resolveChoice,
	type Choice
} from './choice';
import {
	classifyEngineError,
	EngineFailure,
	toRawError,
	type EngineError,
	type EngineErrorCode
} from '$lib/engine/errors';
import { builtinEngine, elizaEngine, webllmEngine } from '$lib/engine';
import { GpuLock, type LocksLike } from '$lib/engine/gpuLock';
import { linkedEngine, rememberLinkedEngine } from './linkedEngine';
import { engineInUse } from './ui/inUse.svelte';
import type { Engine, LoadProgress } from '$lib/engine/types';
import { probeThisBrowser, type GpuProbe } from '$lib/gpu/probe';
import { toWebllmRecord } from '$lib/webllm/record';
import type { ModelStoreApi as ModelStore } from '$lib/models/modelStore.svelte';
import { browserSignals } from '$lib/demos/whenNeeded';
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
	/** An engine a shared link asked for: this tab, until the user picks one; never saved. */
	fromLink = $state<string | undefined>(linkedEngine());
	gpu = $state.raw<GpuProbe | null>(null);
	/** Engines that failed for good this visit, with the reason. */
	failed = new SvelteMap<string, string>();
	states = new SvelteMap<string, EngineState>();
	/** The notice the user closed (it comes back if the situation changes). */
	dismissed = $state<string | undefined>(undefined);
	/** The model store once loaded (models()). */
	private store = $state.raw<ModelStore | null>(null);
	/** True once the models on this device have been read. */
	modelsRead = $state(false);
	private storeLoading: Promise<ModelStore | null> | undefined;
	/** Why the model store could not be loaded, if it could not. */
	modelsProblem = $state<string | undefined>(undefined);

	choice: Choice = $derived(
		resolveChoice({
			saved: this.saved,
			fromLink: this.fromLink,
			models:
				this.store?.models.map((entry) => ({
					entry,
					onDevice: onDevice(this.store!.status[entry.id]?.kind)
				})) ?? null,
			modelsProblem: this.modelsProblem,
			gpu: this.gpu,
			failed: Object.fromEntries(this.failed)
		})
	);
	/** The engine that runs now. */
	engine: Engine = $derived(this.engineFor(this.choice.id));
	state: EngineState = $derived(this.states.get(this.choice.id) ?? { phase: 'idle' });
	notice = $derived(
		this.choice.notice && this.choice.notice !== this.dismissed ? this.choice.notice : undefined
	);

	private engines = new Map<string, Engine>();
	/** One model on the GPU across tabs (gpuLock.ts). */
	private gpuLock = new GpuLock(
		typeof navigator !== 'undefined' ? (navigator.locks as unknown as LocksLike) : undefined,
		() => this.lostToOtherTab()
	);
	/** The engine this tab holds the GPU lock for. */
	private onGpu: string | undefined;
	private started: Promise<void> | undefined;
	private probing: Promise<void> | undefined;

	/** Reads the saved choice and what is on this device; safe to call from every page. */
	init(): Promise<void> {
		this.started ??= (async () => {
			defaultHost.onCrash(() => this.states.clear());
			if (this.fromLink !== undefined) void this.models();
			const saved = await getSetting('engine').catch(() => BUILTIN_ID);
			this.saved = saved;
			if (!isLocal(saved) || this.fromLink !== undefined)
				await Promise.all([this.models(), this.probe()]);
			else browserSignals.idle(() => void this.models());
		})();
		return this.started;
	}

	/**
	 * The model store, read once: what the app knows and what is on this device. It is handed to
	 * the choice only once read, so a saved model of the user's own is never taken for a deleted
	 * one while the list is half read. A chunk that does not arrive (offline before the app was
	 * installed, a deploy that replaced it) is said in the picker and the notice, and the next
	 * call tries again; null then.
	 */
	models(): Promise<ModelStore | null> {
		this.storeLoading ??= import('$lib/models/modelStore.svelte')
			.then(async ({ modelStore }) => {
				await modelStore.init();
				this.store = modelStore;
				this.modelsRead = true;
				this.modelsProblem = undefined;
				return modelStore;
			})
			.catch((e: unknown) => {
				this.storeLoading = undefined;
				this.modelsProblem = `The list of models on this device could not be loaded (${e instanceof Error ? e.message : String(e)}). Check the connection and reload the page.`;
				return null;
			});
		return this.storeLoading;
	}

	/** Asks for the GPU once (the picker greys what this GPU cannot run). */
	probe(): Promise<void> {
		this.probing ??= probeThisBrowser().then((p) => {
			this.gpu = p;
		});
		return this.probing;
	}

	/**
	 * The user's explicit choice: saved, and it clears a link's engine and an earlier failure.
	 * Picking the engine already shown saves it too (a link's model becomes the choice).
	 */
	async choose(id: string): Promise<void> {
		this.fromLink = undefined;
		rememberLinkedEngine(undefined);
		this.failed.delete(id);
		this.saved = id;
		if (!isLocal(id)) void Promise.all([this.probe(), this.models()]);
		await setSetting('engine', id).catch(() => {
			// Without the app database the choice still holds for this visit.
		});
	}

	/** A shared link named an engine: use it for this visit if this device has it. */
	async fromSharedLink(id: string | null): Promise<void> {
		if (!id) return;
		await this.init();
		if (!isLocal(id)) await Promise.all([this.probe(), this.models()]);
		this.fromLink = id;
		rememberLinkedEngine(id);
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

	/** Another tab holds the GPU model: take it over (that tab unloads), then load here. */
	async takeOver(): Promise<void> {
		await this.gpuLock.acquire(true);
		this.onGpu = this.choice.id;
		await this.warmUp();
	}

	private lostToOtherTab(): void {
		const id = this.onGpu;
		this.onGpu = undefined;
		if (!id) return;
		void this.engines
			.get(id)
			?.unload()
			.catch(() => {});
		this.failed.set(
			id,
			'Another tab took over the GPU model. Choose it again in the Engine menu to take it back.'
		);
	}

	dismiss(): void {
		this.dismissed = this.choice.notice;
	}

	label(id: string): string {
		if (id === BUILTIN_ID) return builtinEngine().info.label;
		if (id === ELIZA_ID) return elizaEngine().info.label;
		const model = this.store?.get(id);
		return model ? modelLabel(model) : id;
	}

	/**
	 * Every engine this device can run now (the built-in one, and each downloaded chat model the
	 * GPU can take), for a lab that compares them all. Each is the same tracked engine the picker
	 * uses, so the GPU lock and the states stay true while a lab runs one after another.
	 */
	runnable(): { id: string; label: string; engine: Engine }[] {
		return this.choice.options
			.filter((o) => !o.unavailable && !this.failed.has(o.id))
			.map((o) => ({ id: o.id, label: o.label, engine: this.engineFor(o.id) }));
	}

	private engineFor(id: string): Engine {
		let engine = this.engines.get(id);
		if (engine) return engine;
		const model = isLocal(id) ? undefined : this.store?.get(id);
		if (!isLocal(id) && !model) return this.engineFor(BUILTIN_ID);
		const inner = model
			? webllmEngine(toWebllmRecord(model), modelLabel(model))
			: id === ELIZA_ID
				? elizaEngine()
				: builtinEngine();
		engine = this.track(id, inner);
		this.engines.set(id, engine);
		return engine;
	}

	/** The same engine, reporting its state here whoever calls it. */
	private track(id: string, inner: Engine): Engine {
		const set = (state: EngineState) => this.states.set(id, state);
		const fail = (e: unknown) => {
			const error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
			if (error.code === 'invalid-request') return;
			set({ phase: 'failed', error });
			if (rulesOut.includes(error.code) && !isLocal(id)) this.failed.set(id, error.message);
		};
		/** A call that uses the model: ready once it answers, its failure recorded. */
		const tracked = async <T>(call: () => Promise<T>): Promise<T> => {
			try {
				const result = await call();
				set({ phase: 'ready' });
				return result;
			} catch (e) {
				fail(e);
				throw e;
			}
		};
		const gpuModel = inner.info.kind === 'webllm';
		return {
			info: inner.info,
			load: async (onProgress) => {
				if (gpuModel && !(await this.gpuLock.acquire())) {
					const e = new EngineFailure({
						code: 'gpu-elsewhere',
						name: 'GpuElsewhere',
						message: 'another tab holds the GPU model'
					});
					fail(e);
					throw e;
				}
				if (gpuModel) {
					this.onGpu = id;
					// The worker holds one chat model: loading this one unloads any other, so no
					// other model may still be shown as ready.
					for (const [other, state] of this.states)
						if (other !== id && !isLocal(other) && state.phase === 'ready')
							this.states.set(other, { phase: 'idle' });
				}
				if (this.states.get(id)?.phase !== 'ready') set({ phase: 'loading', progress: null });
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
			generate: (request, onToken, signal) =>
				tracked(() => inner.generate(request, onToken, signal)),
			nextTokens: (request, signal) => tracked(() => inner.nextTokens(request, signal)),
			score: (request, signal) => tracked(() => inner.score(request, signal)),
			tokenize: (text) => inner.tokenize(text),
			embed: (request, signal, onLoadProgress) => inner.embed(request, signal, onLoadProgress),
			reset: () => inner.reset(),
			unload: async () => {
				await inner.unload();
				set({ phase: 'idle' });
				if (gpuModel && this.onGpu === id) {
					this.onGpu = undefined;
					this.gpuLock.releaseLock();
				}
			}
		};
	}
}

export const engineSelection = new EngineSelection();
// Read the saved choice as soon as a page uses an engine: waiting for the header's picker (loaded
// in idle time) let a lab, or G on a slide, run the built-in engine for a moment while a model
// was the choice.
if (typeof window !== 'undefined') void engineSelection.init();
// This page uses an engine: the header's light control brings in the full picker.
engineInUse.value = true;
