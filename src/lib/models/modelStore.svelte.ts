// App-wide model state: catalogue + custom models, what is cached, and downloads in progress.
// It lives outside any page, so a download keeps going (and showing) while the user navigates.
// - One download per model across tabs: a Web Lock per model (downloadLock.ts), released however
//   the owning tab ends, so other tabs that show "Downloading in another tab" notice when it
//   closes or reloads and offer Resume. A BroadcastChannel tells them how it is going.
// - Statuses live in a SvelteMap keyed by model id: a plain object (or Svelte's proxy of one)
//   would answer `status["constructor"]` with Object's own machinery and drop a write to
//   `status["__proto__"]`. `status` is a read-only view of the map, so `modelStore.status[id]`
//   reads any id safely and reactively.
// - Two models can share files (the same weights folder or library). Deleting one keeps what the
//   others on this device still use (storageUse.ts, deleteModel); if what stays still reads as
//   the deleted model's download (a shared folder), its id is remembered in the settings
//   ("released") so it shows as not downloaded in every tab, until it is downloaded again.
// - Every failure ends as a status or a notice with a message; none escapes as an exception.
import { SvelteMap } from 'svelte/reactivity';
import { appDb } from '$lib/storage/db';
import { describeStorageError } from '$lib/storage/errors';
import { getSetting, setSetting } from '$lib/storage/settings';
import { catalogue, type ModelEntry } from './catalogue';
import {
	customEntry,
	validateCustomModel,
	withUniqueNames,
	type CustomModelInput,
	type FieldErrors
} from './customModel';
import { Downloader } from './downloader';
import { cacheState } from './inventory';
import { preparingProgress } from './progress';
import { deleteLeftovers, deleteModel, storageUse, type StorageUse } from './storageUse';
import { readCustomModels } from './customRecords';
import { downloadActivity } from './downloadActivity.svelte';
import { downloadsElsewhere, holdWhile, whenReleased } from './downloadLock';
import { fraction, type ModelStatus } from './status';

type Broadcast = { id: string; status: ModelStatus } | { listChanged: true };

const PAUSE = 'paused';
const CANCEL = 'cancelled';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A read-only object view of a map: any string reads the map, none reads Object.prototype. */
function keyedView<V>(map: ReadonlyMap<string, V>): Readonly<Record<string, V | undefined>> {
	return new Proxy(Object.create(null) as Record<string, V | undefined>, {
		get: (_, key) => (typeof key === 'string' ? map.get(key) : undefined),
		has: (_, key) => typeof key === 'string' && map.has(key),
		set: () => false,
		defineProperty: () => false,
		deleteProperty: () => false
	});
}

const locks = () => globalThis.navigator?.locks;

class ModelStore {
	custom = $state<ModelEntry[]>([]);
	private statuses = new SvelteMap<string, ModelStatus>();
	/** Each model's status by id (any string is a safe key). */
	readonly status = keyedView(this.statuses);
	models = $derived([...catalogue, ...this.custom]);
	/** Parallel connections per download; fewer can help on a congested venue network. */
	connections = $state(4);
	/** A problem with the list itself (own models unreadable, a name changed), in one sentence. */
	notice = $state<string | null>(null);
	/** What the files in WebLLM's databases add up to, by model; null until counted. */
	usage = $state.raw<StorageUse | null>(null);

	private readonly downloader = new Downloader();
	private controllers = new Map<string, AbortController>();
	private watching = new Set<string>();
	private released = new Set<string>();
	private channel: BroadcastChannel | undefined;
	private started: Promise<void> | undefined;
	private counting: Promise<void> | undefined;
	private recount = false;

	init(): Promise<void> {
		this.started ??= this.load();
		return this.started;
	}

	private async load() {
		if (typeof BroadcastChannel !== 'undefined') {
			this.channel = new BroadcastChannel('genai-live-models');
			this.channel.onmessage = (e: MessageEvent<Broadcast>) => this.fromOtherTab(e.data);
		}
		await this.readCustom();
		await this.refreshAll();
		// A tab opened while another downloads shows that download at once, not after its next
		// progress message.
		const l = locks();
		if (l)
			for (const id of await downloadsElsewhere(l).catch(() => []))
				if (this.get(id) && !this.controllers.has(id)) {
					this.statuses.set(id, {
						kind: 'downloading',
						progress: preparingProgress,
						elsewhere: true
					});
					this.watch(id);
				}
	}

	/** The user's own models, with names made unique if an older version let one clash. */
	private async readCustom() {
		let rows: unknown[];
		try {
			rows = await (await appDb()).getAll('customModels');
		} catch (e) {
			// Without the app database the catalogue still works.
			this.notice = describeStorageError('read-models', e).message;
			return;
		}
		const read = readCustomModels(rows);
		const unique = withUniqueNames(read.records, [...catalogue.map((m) => m.id), ...read.taken]);
		this.custom = unique.records.map(customEntry);
		const renamed = unique.renamed.length
			? `Renamed ${unique.renamed.map((r) => `“${r.from}” to “${r.to}”`).join(', ')}: the name is used by the built-in engine or a catalogue model.`
			: null;
		const notice = [read.notice, renamed].filter(Boolean).join(' ');
		if (notice) this.notice = notice;
		if (!renamed) return;
		try {
			const db = await appDb();
			for (const { from, to } of unique.renamed) {
				await db.delete('customModels', from);
				await db.put(
					'customModels',
					unique.records.find((r) => r.id === to)!
				);
			}
		} catch {
			// The new names hold for this visit; the next visit renames again.
		}
	}

	get(id: string): ModelEntry | undefined {
		return this.models.find((m) => m.id === id);
	}

	/** Every name an engine already has: the built-in one is added by the validator. */
	private takenNames(): string[] {
		return this.models.map((m) => m.id);
	}

	private async readReleased() {
		this.released = new Set(await getSetting('releasedModels').catch(() => []));
	}

	/** Remembers (or forgets) that the user deleted a model whose files another one keeps. */
	private async release(id: string, on: boolean) {
		if (this.released.has(id) === on) return;
		if (on) this.released.add(id);
		else this.released.delete(id);
		await setSetting('releasedModels', [...this.released]).catch(() => {});
	}

	private async refreshAll(broadcast = false) {
		await this.readReleased();
		await Promise.all(this.models.map((m) => this.refresh(m, broadcast)));
		void this.count();
	}

	/** Re-reads what the cache holds for one model (never touches the network). */
	async refresh(model: ModelEntry, broadcast = false): Promise<void> {
		// A download here or in another tab reports its own state until it ends.
		if (this.controllers.has(model.id) || this.watching.has(model.id)) return;
		if (!this.statuses.has(model.id)) this.statuses.set(model.id, { kind: 'checking' });
		try {
			const s = await cacheState(model);
			this.set(
				model.id,
				s.state === 'absent' || this.released.has(model.id)
					? { kind: 'absent' }
					: s.state === 'ready'
						? { kind: 'ready', bytes: s.bytes }
						: { kind: 'partial', doneBytes: s.doneBytes, totalBytes: s.totalBytes },
				broadcast
			);
		} catch (e) {
			this.set(
				model.id,
				{ kind: 'failed', message: `The model files could not be read: ${messageOf(e)}` },
				broadcast
			);
		}
	}

	async download(id: string): Promise<void> {
		const model = this.get(id);
		if (!model || this.controllers.has(id)) return;
		const controller = new AbortController();
		this.controllers.set(id, controller);
		const run = async () => {
			this.set(id, { kind: 'downloading', progress: preparingProgress });
			try {
				await this.release(id, false); // wanted on this device again
				const plan = await this.downloader.download(model, {
					signal: controller.signal,
					parallel: this.connections,
					onProgress: (progress) => this.set(id, { kind: 'downloading', progress })
				});
				this.controllers.delete(id);
				// Every file is stored and checked: ready at once, without reading the cache back.
				this.set(id, { kind: 'ready', bytes: plan.weightBytes }, false);
				// Models sharing its files may be complete now too: every tab re-reads them all.
				await this.refreshAll(true);
			} catch (e) {
				this.controllers.delete(id);
				const reason = controller.signal.reason;
				if (reason === CANCEL) {
					await this.erase(model).catch(() => {});
					this.set(id, { kind: 'absent' });
				} else if (reason === PAUSE) {
					const current = this.statuses.get(id);
					this.set(id, {
						kind: 'paused',
						progress: current?.kind === 'downloading' ? current.progress : undefined
					});
				} else {
					this.set(id, { kind: 'failed', message: messageOf(e) });
				}
				void this.count();
			}
		};
		const l = locks();
		if (!l) return run();
		const ran = await holdWhile(l, id, run).catch((e: unknown) => {
			this.controllers.delete(id);
			this.set(id, { kind: 'failed', message: messageOf(e) });
			return true;
		});
		if (ran) return;
		// Another tab got there first: show its download and take over if it goes away.
		this.controllers.delete(id);
		this.set(id, { kind: 'downloading', progress: preparingProgress, elsewhere: true }, false);
		this.watch(id);
	}

	pause(id: string) {
		this.controllers.get(id)?.abort(PAUSE);
	}

	cancel(id: string) {
		this.controllers.get(id)?.abort(CANCEL);
	}

	/**
	 * Deletes a model's files except those other models here still use, and remembers the delete
	 * when what stays would still read as this model's download. Returns the models that keep
	 * some of its files.
	 */
	private async erase(model: ModelEntry): Promise<string[]> {
		await this.readReleased();
		const others = this.models.filter((m) => m.id !== model.id && !this.released.has(m.id));
		const result = await deleteModel(model, others);
		const left = await cacheState(model);
		await this.release(model.id, left.state !== 'absent');
		return [...new Set(result.kept.flatMap((k) => k.usedBy))];
	}

	/** Deletes a model's files at once, with no network; the row says "Deleting…" meanwhile. */
	async remove(id: string): Promise<void> {
		const model = this.get(id);
		if (!model) return;
		if (this.controllers.has(id)) return this.cancel(id); // the download deletes as it ends
		this.set(id, { kind: 'deleting' });
		try {
			const keptFor = await this.erase(model);
			this.set(id, keptFor.length ? { kind: 'absent', keptFor } : { kind: 'absent' });
		} catch (e) {
			this.set(id, { kind: 'failed', message: `Deleting failed: ${messageOf(e)}` });
		}
		// The models it shared files with are unchanged, but other tabs re-read them to be sure.
		await Promise.all(this.models.filter((m) => m.id !== id).map((m) => this.refresh(m, true)));
		void this.count();
	}

	async addCustom(input: CustomModelInput): Promise<FieldErrors | null> {
		const result = validateCustomModel(input, this.takenNames());
		if (!result.ok) return result.errors;
		try {
			await (await appDb()).put('customModels', result.record);
		} catch (e) {
			return { form: describeStorageError('add-model', e).message };
		}
		const entry = customEntry(result.record);
		this.custom.push(entry);
		this.channel?.postMessage({ listChanged: true } satisfies Broadcast);
		await this.release(entry.id, false);
		await this.refresh(entry);
		return null;
	}

	async forgetCustom(id: string): Promise<void> {
		const model = this.get(id);
		if (!model || this.controllers.has(id)) return;
		this.set(id, { kind: 'deleting' });
		try {
			await this.erase(model);
			await (await appDb()).delete('customModels', id);
		} catch (e) {
			this.notice = describeStorageError('forget-model', e).message;
			return this.refresh(model);
		}
		await this.release(id, false);
		this.custom = this.custom.filter((m) => m.id !== id);
		this.statuses.delete(id);
		this.channel?.postMessage({ listChanged: true } satisfies Broadcast);
		void this.count();
	}

	/** Deletes the files no model in the list claims (see the storage panel). */
	async deleteLeftovers(): Promise<void> {
		await this.readReleased();
		await deleteLeftovers(this.models.filter((m) => !this.released.has(m.id))).catch(() => 0);
		await this.count();
	}

	/** Re-counts the bytes in WebLLM's databases; calls during a count make it run once more. */
	count(): Promise<void> {
		if (this.counting) {
			this.recount = true;
			return this.counting;
		}
		this.counting = (async () => {
			do {
				this.recount = false;
				try {
					this.usage = await storageUse(this.models.filter((m) => !this.released.has(m.id)));
				} catch {
					this.usage = null;
				}
			} while (this.recount);
		})().finally(() => (this.counting = undefined));
		return this.counting;
	}

	private set(id: string, status: ModelStatus, broadcast = true) {
		this.statuses.set(id, status);
		if (status.kind === 'downloading' && !status.elsewhere) {
			downloadActivity.current = { id, fraction: fraction(status.progress) };
		} else if (downloadActivity.current?.id === id && status.kind !== 'downloading') {
			downloadActivity.current = null;
		}
		if (broadcast) this.channel?.postMessage({ id, status } satisfies Broadcast);
	}

	/** Shows "downloading in another tab" until that tab lets go of the lock, then re-reads. */
	private watch(id: string) {
		const l = locks();
		if (!l || this.watching.has(id)) return;
		this.watching.add(id);
		void whenReleased(l, id)
			.catch(() => {})
			.finally(() => {
				this.watching.delete(id);
				if (downloadActivity.current?.id === id) downloadActivity.current = null;
				const model = this.get(id);
				if (model) void this.refresh(model);
				void this.count();
			});
	}

	private fromOtherTab(message: Broadcast) {
		if ('listChanged' in message) {
			void this.readCustom().then(() => this.refreshAll());
			return;
		}
		const { id, status } = message;
		if (this.controllers.has(id)) return;
		if (status.kind === 'downloading') {
			this.statuses.set(id, { ...status, elsewhere: true });
			downloadActivity.current = { id, fraction: fraction(status.progress) };
			this.watch(id);
		} else if (status.kind === 'deleting') {
			this.statuses.set(id, status);
		} else {
			if (downloadActivity.current?.id === id) downloadActivity.current = null;
			const model = this.get(id);
			if (model) void this.readReleased().then(() => this.refresh(model));
			void this.count();
		}
	}
}

export const modelStore = new ModelStore();
/** The store's type, for code that imports it on demand (choice/selection.svelte.ts). */
export type ModelStoreApi = ModelStore;
