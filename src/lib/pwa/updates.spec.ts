import { describe, expect, it } from 'vitest';
import { SKIP_WAITING, watchUpdates, type UpdateEvents } from './updates';

class FakeWorker extends EventTarget {
	state = 'installing';
	messages: unknown[] = [];
	postMessage(m: unknown) {
		this.messages.push(m);
	}
	become(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	active: FakeWorker | null = null;
	/** The browser found a new sw.js and starts installing it. */
	startInstall(): FakeWorker {
		const w = new FakeWorker();
		this.installing = w;
		this.dispatchEvent(new Event('updatefound'));
		return w;
	}
	finishInstall(w: FakeWorker) {
		this.installing = null;
		this.waiting = w;
		w.become('installed');
	}
}

class FakeContainer extends EventTarget {
	constructor(public controller: FakeWorker | null) {
		super();
	}
	takeControl(w: FakeWorker) {
		this.controller = w;
		this.dispatchEvent(new Event('controllerchange'));
	}
}

function recorder() {
	const calls: string[] = [];
	const on: UpdateEvents = {
		controlled: () => calls.push('controlled'),
		updateWaiting: () => calls.push('updateWaiting'),
		replacedElsewhere: () => calls.push('replacedElsewhere'),
		reload: () => calls.push('reload')
	};
	return { calls, on };
}

describe('watchUpdates', () => {
	it('first visit: reports control once the worker claims the page, and never reloads', () => {
		const reg = new FakeRegistration();
		const container = new FakeContainer(null);
		const { calls, on } = recorder();
		watchUpdates(reg, container, on);
		const w = reg.startInstall();
		reg.finishInstall(w); // installed without a controller: not an update
		container.takeControl(w); // clientsClaim
		expect(calls).toEqual(['controlled']);
	});

	it('a new version that installed waits for the user and does not reload the page', () => {
		const old = new FakeWorker();
		const reg = new FakeRegistration();
		const container = new FakeContainer(old);
		const { calls, on } = recorder();
		watchUpdates(reg, container, on);
		const next = reg.startInstall();
		reg.finishInstall(next);
		expect(calls).toEqual(['updateWaiting']);
		expect(next.messages).toEqual([]);
	});

	it('notices a version that was already waiting when the page opened', () => {
		const reg = new FakeRegistration();
		reg.waiting = new FakeWorker();
		const { calls, on } = recorder();
		watchUpdates(reg, new FakeContainer(new FakeWorker()), on);
		expect(calls).toEqual(['updateWaiting']);
	});

	it('reloads only after the user applies the update and the new worker controls the page', () => {
		const reg = new FakeRegistration();
		const container = new FakeContainer(new FakeWorker());
		const { calls, on } = recorder();
		const watcher = watchUpdates(reg, container, on);
		const next = reg.startInstall();
		reg.finishInstall(next);
		expect(watcher.applyUpdate()).toBe(true);
		expect(next.messages).toEqual([SKIP_WAITING]);
		expect(calls).not.toContain('reload');
		container.takeControl(next);
		expect(calls).toEqual(['updateWaiting', 'reload']);
	});

	it('an update activated in another tab is reported, not reloaded', () => {
		const reg = new FakeRegistration();
		const container = new FakeContainer(new FakeWorker());
		const { calls, on } = recorder();
		watchUpdates(reg, container, on);
		container.takeControl(new FakeWorker());
		expect(calls).toEqual(['replacedElsewhere']);
	});

	it('applyUpdate without a waiting worker does nothing', () => {
		const { calls, on } = recorder();
		const watcher = watchUpdates(new FakeRegistration(), new FakeContainer(null), on);
		expect(watcher.applyUpdate()).toBe(false);
		expect(calls).toEqual([]);
	});

	it('dispose stops listening', () => {
		const reg = new FakeRegistration();
		const container = new FakeContainer(new FakeWorker());
		const { calls, on } = recorder();
		watchUpdates(reg, container, on).dispose();
		reg.finishInstall(reg.startInstall());
		container.takeControl(new FakeWorker());
		expect(calls).toEqual([]);
	});
});
