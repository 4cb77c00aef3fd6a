// Two components on one page, one engine: the temperature page's prompt experiment streams with
// top-k 2 while the sampling lab asks for a step's top 5. The fake engine keeps its settings the
// way WebLLM's processor chain does (set at the start of a call, read at every step, cleared at
// the end), and runs behind the worker's real routing and dispatcher. Through the lanes each call
// sees only its own settings; with every call let through at once, the same fake mixes them up.
import { describe, expect, it } from 'vitest';
import { builtinInfo } from './builtin/builtinEngine';
import { EngineHost, type WorkerLike } from './client';
import { createDispatcher } from './dispatch';
import { createEngineHandlers, laneOf } from './handlers';
import type { EngineSpec, FromWorker, ToWorker } from './protocol';
import type { Engine, GenerateRequest } from './types';

const step = () => new Promise((r) => setTimeout(r, 1));

/** An engine with one shared settings slot, like the processor chain WebLLM calls at every token. */
class SharedStateEngine implements Engine {
	readonly info = builtinInfo;
	private settings: { topK: number; capture: number } = { topK: 0, capture: 0 };

	async load() {}
	async generate(request: GenerateRequest, onToken: (e: { text: string; prob: number }) => void) {
		this.settings = { topK: request.topK, capture: request.capture ?? 0 };
		try {
			for (let i = 0; i < 5; i++) {
				await step();
				onToken({ text: `k${this.settings.topK}`, prob: 1 });
			}
		} finally {
			this.settings = { topK: 0, capture: 0 };
		}
		return {
			text: '',
			finishReason: 'stop' as const,
			usage: {
				promptTokens: 0,
				completionTokens: 5,
				timeToFirstTokenMs: 0,
				decodeTokensPerSecond: 0
			}
		};
	}
	async nextTokens(request: { text: string; top: number }) {
		this.settings = { topK: 0, capture: request.top };
		try {
			await step();
			await step();
			const seen = this.settings.capture;
			return {
				candidates: [{ id: 0, text: `top ${seen}`, prob: 1 }],
				otherMass: 0,
				otherCount: 0,
				complete: true
			};
		} finally {
			this.settings = { topK: 0, capture: 0 };
		}
	}
	async tokenize() {
		return { tokens: [], unit: 'none' };
	}
	async embed() {
		return { vectors: [], dimensions: 0 };
	}
	async score() {
		return { tokens: [], unit: 'none' };
	}
	async reset() {}
	async unload() {}
}

/** A page-side host whose worker is the worker's real handlers and dispatcher, over a fake channel. */
function connect(lanes: (spec: EngineSpec) => string) {
	const engine = new SharedStateEngine();
	const handlers = createEngineHandlers({
		local: { trigram: () => engine, eliza: () => engine },
		webllm: async () => engine
	});
	const worker: WorkerLike = {
		onmessage: null,
		onerror: null,
		onmessageerror: null,
		postMessage: (message: ToWorker) => void dispatch(structuredClone(message)),
		terminate() {}
	};
	const dispatch = createDispatcher(
		handlers,
		(m: FromWorker) => worker.onmessage?.({ data: structuredClone(m) } as MessageEvent<FromWorker>),
		{ laneOf: lanes }
	);
	return new EngineHost(() => worker);
}

const spec: EngineSpec = { type: 'local', name: 'trigram' };
const request: GenerateRequest = {
	messages: [{ role: 'user', content: 'Once' }],
	temperature: 0.7,
	topK: 2,
	topP: 1,
	maxTokens: 5
};

async function overlap(lanes: (spec: EngineSpec) => string) {
	const host = connect(lanes);
	const streamed: string[] = [];
	const [, next] = await Promise.all([
		host.call('generate', { spec, request }, { onToken: (t) => streamed.push(t.text) }),
		host.call('nextTokens', { spec, request: { text: 'Once upon', top: 5 } })
	]);
	return { streamed, step: next.candidates[0]!.text };
}

describe('two overlapping calls on one engine', () => {
	it('never see each other’s settings: the worker serves them one after the other', async () => {
		const { streamed, step } = await overlap(laneOf);
		expect(streamed).toEqual(['k2', 'k2', 'k2', 'k2', 'k2']);
		expect(step).toBe('top 5');
	});

	it('would mix them up if the worker let both through at once (the race this prevents)', async () => {
		let n = 0;
		const { streamed } = await overlap(() => `lane ${n++}`);
		// The step's settings replace the stream's top-k halfway through.
		expect(streamed).toContain('k0');
	});

	it('one lane per engine instance: a WebLLM slot is one lane, whichever model it is asked for', () => {
		const record = (id: string) => ({
			model: `https://x/${id}`,
			model_id: id,
			model_lib: 'https://x/lib.wasm'
		});
		const chat = (id: string): EngineSpec => ({ type: 'webllm', record: record(id) });
		const embedding: EngineSpec = { type: 'webllm', record: { ...record('e'), model_type: 1 } };
		expect(laneOf(chat('a'))).toBe(laneOf(chat('b')));
		expect(laneOf(embedding)).not.toBe(laneOf(chat('a')));
		expect(laneOf(spec)).not.toBe(laneOf(chat('a')));
	});
});
