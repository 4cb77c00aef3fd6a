// Service-worker life cycle, written so that the page never reloads by itself: a new version
// installs in the background and waits; only the user's click activates it and reloads.
// The objects are passed in (not read from navigator) so the rules are unit-tested with fakes.

export interface WorkerLike extends EventTarget {
	readonly state: string;
	postMessage(message: unknown): void;
}

export interface RegistrationLike extends EventTarget {
	readonly installing: WorkerLike | null;
	readonly waiting: WorkerLike | null;
	readonly active: WorkerLike | null;
}

export interface ContainerLike extends EventTarget {
	readonly controller: WorkerLike | null;
}

export interface UpdateEvents {
	/** A service worker now controls this page (first visit: the app shell is cached). */
	controlled(): void;
	/** A new version has installed and waits for the user. */
	updateWaiting(): void;
	/** Another tab activated a new version; this page keeps running the old code. */
	replacedElsewhere(): void;
	/** Reload the page: called only after applyUpdate(). */
	reload(): void;
}

export interface UpdateWatcher {
	/** The user chose to update: activate the waiting worker, then reload once it controls. */
	applyUpdate(): boolean;
	dispose(): void;
}

/** The message workbox's generated worker answers with skipWaiting(). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

export function watchUpdates(
	registration: RegistrationLike,
	container: ContainerLike,
	on: UpdateEvents
): UpdateWatcher {
	let hadController = container.controller !== null;
	let userAskedToUpdate = false;
	const cleanups: (() => void)[] = [];

	function listen(target: EventTarget, type: string, fn: () => void) {
		target.addEventListener(type, fn);
		cleanups.push(() => target.removeEventListener(type, fn));
	}

	function track(worker: WorkerLike) {
		const check = () => {
			// 'installed' with a controller means an update; without one it is the first install,
			// which activates on its own and shows up as a controllerchange.
			if (worker.state === 'installed' && container.controller) on.updateWaiting();
		};
		listen(worker, 'statechange', check);
		check();
	}

	if (registration.waiting && container.controller) on.updateWaiting();
	if (registration.installing) track(registration.installing);
	listen(registration, 'updatefound', () => {
		if (registration.installing) track(registration.installing);
	});

	listen(container, 'controllerchange', () => {
		if (userAskedToUpdate) on.reload();
		else if (!hadController) on.controlled();
		else on.replacedElsewhere();
		hadController = true;
	});

	return {
		applyUpdate() {
			const waiting = registration.waiting;
			if (!waiting) return false;
			userAskedToUpdate = true;
			waiting.postMessage(SKIP_WAITING);
			return true;
		},
		dispose() {
			for (const fn of cleanups.splice(0)) fn();
		}
	};
}
