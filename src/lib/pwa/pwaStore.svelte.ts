// Offline readiness and updates, shared by the status strip and the update banner.
import { base } from '$app/paths';
import { watchUpdates, type UpdateWatcher } from './updates';

export type UpdateState = 'none' | 'waiting' | 'applying' | 'replaced-elsewhere';

class PwaStore {
	/**
	 * The page has looked for service worker support. The start page is rendered at build time,
	 * where there is none to find: until the page is live it says "Checking…", not "Not available".
	 */
	checked = $state(false);
	supported = $state(false);
	/** A service worker controls this page, so navigations are answered from its cache. */
	controlled = $state(false);
	/** The page shell (start page and fallback page) is in the precache. */
	shellCached = $state(false);
	precachedFiles = $state(0);
	/** A cache check has completed at least once (so "not cached" is a finding, not a guess). */
	cacheChecked = $state(false);
	update = $state<UpdateState>('none');
	error = $state<string | null>(null);

	private watcher: UpdateWatcher | undefined;

	async start(): Promise<void> {
		if (this.checked) return;
		this.checked = true;
		if (!('serviceWorker' in navigator)) return;
		this.supported = true;
		this.controlled = navigator.serviceWorker.controller !== null;
		try {
			const registration = await navigator.serviceWorker.register(`${base}/sw.js`, {
				scope: `${base}/`
			});
			this.watcher = watchUpdates(registration, navigator.serviceWorker, {
				controlled: () => {
					this.controlled = true;
					void this.checkCache();
				},
				updateWaiting: () => (this.update = 'waiting'),
				replacedElsewhere: () => (this.update = 'replaced-elsewhere'),
				reload: () => location.reload()
			});
			await navigator.serviceWorker.ready;
			await this.checkCache();
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	applyUpdate(): void {
		if (this.watcher?.applyUpdate()) this.update = 'applying';
		else location.reload();
	}

	dismissUpdate(): void {
		this.update = 'none';
	}

	/**
	 * Checks the precache for the shell. Called once a worker is active (navigator.serviceWorker
	 * .ready and controllerchange): a worker only activates after its install, so the precache is
	 * complete by then, however long the first download took.
	 */
	async checkCache(): Promise<void> {
		if (!('caches' in globalThis)) return;
		const root = new URL(`${base}/`, location.href).href;
		const fallback = new URL(`${base}/200.html`, location.href).href;
		// Workbox keys unhashed files with a revision query, hence ignoreSearch.
		const [a, b] = await Promise.all([
			caches.match(root, { ignoreSearch: true }),
			caches.match(fallback, { ignoreSearch: true })
		]);
		let files = 0;
		for (const name of await caches.keys()) {
			if (name.includes('precache')) files += (await (await caches.open(name)).keys()).length;
		}
		this.precachedFiles = files;
		this.shellCached = Boolean(a && b);
		this.cacheChecked = true;
	}
}

export const pwaStore = new PwaStore();
