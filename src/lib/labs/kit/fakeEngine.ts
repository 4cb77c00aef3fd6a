// An Engine for specs, with only the calls a test cares about written out. The Engine interface
// has nine members; hand-written fakes repeated all of them (or cast a half object with `as
// unknown as Engine`, which hides a renamed method until run time). Here every call a test did
// not fake throws "not faked: <name>", so a test that reaches an unexpected call fails loudly, and
// load/reset/unload succeed, as they do on a ready engine. Imported by specs only, with a
// helper for the scored labs' "Stop mid-answer" case.
import { builtinInfo } from '$lib/engine/builtin/info';
import type { Engine, EngineInfo } from '$lib/engine/types';
import { runQueue, type QueueEnd, type QueueItem } from './runQueue';

type Overrides = Partial<Omit<Engine, 'info'>> & { info?: Partial<EngineInfo> };

const notFaked = (name: string) => () => Promise.reject(new Error(`not faked: ${name}`));

export function fakeEngine({ info, ...calls }: Overrides = {}): Engine {
	return {
		info: { ...builtinInfo, ...info },
		load: async () => {},
		generate: notFaked('generate'),
		nextTokens: notFaked('nextTokens'),
		tokenize: notFaked('tokenize'),
		embed: notFaked('embed'),
		score: notFaked('score'),
		reset: async () => {},
		unload: async () => {},
		...calls
	};
}

/** Runs the items and presses Stop as soon as item `index` writes: "Stop mid-answer" in a spec. */
export async function stopWhileWriting(
	engine: Engine,
	items: readonly QueueItem[],
	index: number
): Promise<QueueEnd> {
	const controller = new AbortController();
	return runQueue(
		engine,
		items,
		{ onText: (i) => i === index && controller.abort() },
		controller.signal
	);
}
