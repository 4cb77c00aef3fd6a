// App-wide model state: catalogue + custom models, what is cached, and downloads in progress.
// It lives outside any page, so a download keeps going (and showing) while the user navigates.
// One download per model across tabs: a Web Lock guards it, and a BroadcastChannel tells the
// other tabs how it is going.
import { appDb } from '$lib/storage/db';
import { catalogue, type ModelEntry } from './catalogue';
import {
	customEntry,
	validateCustomModel,
	type CustomModelInput,
	type FieldErrors
} from './customModel';
import {
	cacheState,
	deleteModel,
	downloadModel,
	preparingProgress,
	type DownloadProgress
} from './downloader';
import { downloadActivity } from './downloadActivity.svelte';

export type ModelStatus =
	| { kind: 'checking' }
	| { kind: 'absent' }
	| { kind: 'partial'; doneBytes: number; totalBytes: number }
	| { kind: 'downloading'; progress: DownloadProgress; elsewhere?: boolean }
	| { kind: 'paused'; progress?: DownloadProgress }
	| { kind: 'failed'; message: string }
	| { kind: 'ready'; bytes: number };

type Broadcast = { id: string; status: ModelStatus };

const PAUSE = 'paused';
const CANCEL = 'cancelled';

class ModelStore {
	custom = $state<ModelEntry[]>([]);
	status = $state<Record<string, ModelStatus>>({});
	models = $derived([...catalogue, ...this.custom]);
	/** Parallel connections per download; fewer can help on a congested venue network. */
	connections = $state(4);

	private controllers = new Map<string, AbortController>();
	private channel: BroadcastChannel | undefined;
	private started: Promise<void> | undefined;

	init(): Promise<void> {
		this.started ??= this.load();
		return this.started;
	}

	private async load() {
		if (typeof BroadcastChannel !== 'undefined') {
			this.channel = new BroadcastChannel('genai-live-models');
			this.channel.onmessage = (e: MessageEvent<Broadcast>) => this.fromOtherTab(e.data);
		}
		try {
			const records = await (await appDb()).getAll('customModels');
			this.custom = records.sort((a, b) => a.addedAt - b.addedAt).map(customEntry);
		} catch {
			// Without the app database the catalogue still works.
		}
		await Promise.all(this.models.map((m) => this.refresh(m)));
	}

	get(id: string): ModelEntry | undefined {
		return this.models.find((m) => m.id === id);
	}

	/** Re-reads what the cache holds for one model (never touches the network). */
	async refresh(model: ModelEntry, broadcast = false): Promise<void> {
		if (this.controllers.has(model.id)) return;
		this.status[model.id] ??= { kind: 'checking' };
		try {
			const s = await cacheState(model);
			this.set(
				model.id,
				s.state === 'ready'
					? { kind: 'ready', bytes: s.bytes }
					: s.state === 'partial'
						? { kind: 'partial', doneBytes: s.doneBytes, totalBytes: s.totalBytes }
						: { kind: 'absent' },
				broadcast
			);
		} catch (e) {
			this.set(model.id, { kind: 'failed', message: String(e) }, broadcast);
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
				await downloadModel(model, {
					signal: controller.signal,
					parallel: this.connections,
					onProgress: (progress) => this.set(id, { kind: 'downloading', progress })
				});
				this.controllers.delete(id);
				await this.refresh(model, true);
			} catch (e) {
				this.controllers.delete(id);
				const reason = controller.signal.reason;
				if (reason === CANCEL) {
					await deleteModel(model);
					this.set(id, { kind: 'absent' });
				} else if (reason === PAUSE) {
					const current = this.status[id];
					this.set(id, {
						kind: 'paused',
						progress: current?.kind === 'downloading' ? current.progress : undefined
					});
				} else {
					this.set(id, { kind: 'failed', message: e instanceof Error ? e.message : String(e) });
				}
			}
		};
		if (typeof navigator !== 'undefined' && navigator.locks) {
			await navigator.locks.request(
				`genai-live-download:${id}`,
				{ ifAvailable: true },
				async (lock) => {
					if (!lock) {
						this.controllers.delete(id);
						this.set(
							id,
							{ kind: 'failed', message: 'Another tab is already downloading this model.' },
							false
						);
						return;
					}
					await run();
				}
			);
		} else {
			await run();
		}
	}

	pause(id: string) {
		this.controllers.get(id)?.abort(PAUSE);
	}

	cancel(id: string) {
		this.controllers.get(id)?.abort(CANCEL);
	}

	async remove(id: string): Promise<void> {
		const model = this.get(id);
		if (!model) return;
		this.cancel(id);
		await deleteModel(model);
		this.set(id, { kind: 'absent' });
	}

	async addCustom(input: CustomModelInput): Promise<FieldErrors | null> {
		const result = validateCustomModel(
			input,
			this.models.map((m) => m.id)
		);
		if (!result.ok) return result.errors;
		await (await appDb()).put('customModels', result.record);
		const entry = customEntry(result.record);
		this.custom.push(entry);
		await this.refresh(entry);
		return null;
	}

	async forgetCustom(id: string): Promise<void> {
		await this.remove(id);
		await (await appDb()).delete('customModels', id);
		this.custom = this.custom.filter((m) => m.id !== id);
		delete this.status[id];
	}

	private set(id: string, status: ModelStatus, broadcast = true) {
		this.status[id] = status;
		if (status.kind === 'downloading' && !status.elsewhere) {
			downloadActivity.current = { id, fraction: fraction(status.progress) };
		} else if (downloadActivity.current?.id === id && status.kind !== 'downloading') {
			downloadActivity.current = null;
		}
		if (broadcast) this.channel?.postMessage($state.snapshot({ id, status }) as Broadcast);
	}

	private fromOtherTab({ id, status }: Broadcast) {
		if (this.controllers.has(id)) return;
		if (status.kind === 'downloading') {
			this.status[id] = { ...status, elsewhere: true };
			downloadActivity.current = { id, fraction: fraction(status.progress) };
		} else {
			if (downloadActivity.current?.id === id) downloadActivity.current = null;
			const model = this.get(id);
			if (model) void this.refresh(model);
		}
	}
}

export function fraction(p: DownloadProgress): number {
	return p.totalBytes > 0 ? Math.min(1, p.doneBytes / p.totalBytes) : 0;
}

export const modelStore = new ModelStore();
