// The WebLLM engine's own logic, with MLCEngine replaced by a fake of the same shape: no GPU and
// no model weights exist here. The fake behaves like WebLLM where it matters to us: it calls the
// model's registered LogitProcessor on every step (unless the pipeline's field was cleared),
// draws from the processed logits, and streams OpenAI-style chunks.
import { describe, expect, it } from 'vitest';
import type {
	ChatCompletionChunk,
	Completion,
	LogitProcessor,
	MLCEngineConfig
} from '@mlc-ai/web-llm';
import { createRng } from '$lib/sampling/sampling';
import type { TokenEvent } from '$lib/engine/types';
import type { WebllmRecord } from './record';
import { buildTokenTable } from './tokenTable';
import { WebllmEngine, type MLCEngineLike } from './engine';

const record: WebllmRecord = {
	model: 'https://example.test/tiny',
	model_id: 'tiny-q4f32_1',
	model_lib: 'https://example.test/tiny.wasm'
};
const words = ['the', ' cat', ' sat', ' on', ' a', ' mat', ' and', ' slept'];
const table = buildTokenTable({
	model: { vocab: Object.fromEntries(words.map((w, i) => [w.replace(' ', 'Ġ'), i])) },
	decoder: { type: 'ByteLevel' }
});
// Every step the same smooth preference: token 0 most likely, token 7 least.
const stepLogits = () => Float32Array.from(words, (_, i) => -i * 0.4);

interface FakePipeline {
	logitProcessor?: LogitProcessor;
	tokenizer?: { encode(t: string): Int32Array };
	forwardDecodeToken?(id: number): Promise<{ logits: Float32Array; dispose(): void }>;
	sampleFromRawLogits?(l: { logits: Float32Array }): Promise<number>;
}

class FakeMLCEngine implements MLCEngineLike {
	loadedModelIdToPipeline = new Map<string, FakePipeline>();
	calls: string[] = [];
	private interrupted = false;
	constructor(private readonly config: MLCEngineConfig) {}
	async reload(id: string | string[]) {
		const modelId = String(id);
		this.calls.push(`reload ${modelId}`);
		this.config.initProgressCallback?.({
			progress: 1,
			timeElapsed: 0,
			text: 'Finish loading on WebGPU - fake'
		});
		const logitProcessor = this.config.logitProcessorRegistry?.get(modelId);
		// A tokenizer that knows this test's eight words.
		const tokenizer = {
			encode: (text: string) => Int32Array.from(text.match(/ ?\w+/g) ?? [], (w) => words.indexOf(w))
		};
		// One decode step as the pipeline has it (internals.ts): a token through the cache, then
		// its logits through the processor; after token t, token t + 1 is the favourite.
		const pipeline: FakePipeline = {
			logitProcessor,
			tokenizer,
			forwardDecodeToken: async (id: number) => {
				this.decoded.push(id);
				return { logits: stepLogits().map((_, i) => -((i - id - 1 + 8) % 8) * 0.4), dispose() {} };
			},
			sampleFromRawLogits: async (l: { logits: Float32Array }) => {
				pipeline.logitProcessor?.processLogits(l.logits);
				return 0;
			}
		};
		this.loadedModelIdToPipeline.set(modelId, pipeline);
	}
	decoded: number[] = [];
	async unload() {
		this.calls.push('unload');
		this.loadedModelIdToPipeline.clear();
	}
	async resetChat() {
		this.calls.push('reset');
	}
	async interruptGenerate() {
		this.interrupted = true;
	}
	chat = {
		completions: {
			create: async (req: { max_tokens?: number | null; seed?: number | null }) => {
				this.interrupted = false;
				const pipeline = [...this.loadedModelIdToPipeline.values()][0]!;
				const rng = createRng(req.seed ?? 1);
				const interrupted = () => this.interrupted;
				async function* chunks(): AsyncGenerator<ChatCompletionChunk> {
					let n = 0;
					for (; n < (req.max_tokens ?? 8) && !interrupted(); n++) {
						let logits: Float32Array = stepLogits();
						if (pipeline.logitProcessor) logits = pipeline.logitProcessor.processLogits(logits);
						const weights = Array.from(logits, (l) => Math.exp(l));
						const total = weights.reduce((a, b) => a + b, 0);
						let u = rng() * total;
						let id = 0;
						while (u >= weights[id]! && id < weights.length - 1) u -= weights[id++]!;
						pipeline.logitProcessor?.processSampledToken(id);
						yield {
							id: 'c',
							object: 'chat.completion.chunk',
							created: 0,
							model: record.model_id,
							choices: [{ index: 0, delta: { content: words[id]! }, finish_reason: null }]
						} as ChatCompletionChunk;
						await new Promise((r) => setTimeout(r, 1));
					}
					yield {
						id: 'c',
						object: 'chat.completion.chunk',
						created: 0,
						model: record.model_id,
						choices: [],
						usage: {
							prompt_tokens: 4,
							completion_tokens: n,
							total_tokens: 4 + n,
							extra: { decode_tokens_per_s: 50, prefill_tokens_per_s: 400 }
						}
					} as unknown as ChatCompletionChunk;
				}
				return chunks();
			}
		}
	};
	embedded: string[] = [];
	embeddings = {
		create: async (req: { input: unknown }) => {
			const [text] = req.input as string[];
			this.embedded.push(text!);
			return {
				data: [{ embedding: [text!.length, 0, 0], index: 0, object: 'embedding' }]
			} as never;
		}
	};
	prompts: string[] = [];
	completions = {
		create: async (req: { prompt: string | string[] | number[] | number[][] }) => {
			this.prompts.push(String(req.prompt));
			const pipeline = [...this.loadedModelIdToPipeline.values()][0]!;
			// The processor sees the step's logits (capture records them); one token is "drawn".
			pipeline.logitProcessor?.processLogits(stepLogits());
			pipeline.logitProcessor?.processSampledToken(0);
			return {
				id: 'x',
				object: 'text_completion',
				created: 0,
				model: record.model_id,
				choices: [{ index: 0, text: words[0]!, finish_reason: 'length', logprobs: null }]
			} as unknown as Completion;
		}
	};
}

function setup() {
	let fake: FakeMLCEngine | undefined;
	const engine = new WebllmEngine(record, {
		createEngine: async (config) => (fake = new FakeMLCEngine(config)),
		tokenTable: async () => table
	});
	return { engine, fake: () => fake! };
}

const request = {
	messages: [{ role: 'user' as const, content: 'Tell me' }],
	temperature: 1,
	topK: 0,
	topP: 1,
	maxTokens: 40,
	seed: 5
};

async function generate(engine: WebllmEngine, over = {}, signal?: AbortSignal) {
	const events: TokenEvent[] = [];
	const result = await engine.generate({ ...request, ...over }, (e) => events.push(e), signal);
	return { events, result };
}

describe('WebLLM engine (with a stand-in for the GPU)', () => {
	it('registers our processor for its model, and detaches it when a request needs nothing', async () => {
		const { engine, fake } = setup();
		const { events, result } = await generate(engine);
		const pipeline = fake().loadedModelIdToPipeline.get(record.model_id)!;
		expect(pipeline.logitProcessor).toBeUndefined();
		expect(events.every((e) => e.distribution === undefined)).toBe(true);
		expect(result.usage).toMatchObject({
			promptTokens: 4,
			completionTokens: 40,
			decodeTokensPerSecond: 50,
			prefillTokensPerSecond: 400
		});
	});

	it('top-k: only the k most likely tokens are ever drawn', async () => {
		const { engine } = setup();
		const plain = await generate(engine, { maxTokens: 200 });
		expect(new Set(plain.events.map((e) => e.text)).size).toBeGreaterThan(3);
		const { events } = await generate(engine, { topK: 2, maxTokens: 200 });
		expect(new Set(events.map((e) => e.text))).toEqual(new Set(['the', ' cat']));
	});

	it('capture: each token carries the model’s top N with readable texts and the chosen odds', async () => {
		const { engine } = setup();
		const { events } = await generate(engine, { capture: 3, maxTokens: 10 });
		const z = words.reduce((t, _, i) => t + Math.exp(-i * 0.4), 0);
		for (const e of events) {
			expect(e.distribution!.map((c) => c.text)).toEqual(['the', ' cat', ' sat']);
			expect(e.distribution![0]!.prob).toBeCloseTo(1 / z, 6);
			// WebLLM gave no logprobs (no alternatives asked): the capture supplies the probability.
			const index = words.indexOf(e.text);
			if (index < 3) expect(e.prob).toBeCloseTo(Math.exp(-index * 0.4) / z, 6);
		}
	});

	it('Stop interrupts the generation and reports "abort"', async () => {
		const { engine } = setup();
		const controller = new AbortController();
		const events: TokenEvent[] = [];
		const result = await engine.generate(
			{ ...request, maxTokens: 1000 },
			(e) => {
				events.push(e);
				if (events.length === 3) controller.abort();
			},
			controller.signal
		);
		expect(result.finishReason).toBe('abort');
		expect(events.length).toBeLessThan(10);
	});

	it('refuses an invalid request before loading anything', async () => {
		const { engine, fake } = setup();
		await expect(generate(engine, { topP: 1.5, capture: 51 })).rejects.toThrow(
			/Top-p must be a number from 0.01 to 1.*Captured tokens per step must be a whole number from 0 to 50/
		);
		expect(fake()).toBeUndefined();
	});

	it('reset clears the chat; unload frees the model and the next call loads it again', async () => {
		const { engine, fake } = setup();
		await generate(engine, { maxTokens: 1 });
		await engine.reset();
		await engine.unload();
		expect(fake().calls).toEqual([`reload ${record.model_id}`, 'reset', 'unload']);
		await generate(engine, { maxTokens: 1 });
		expect(fake().calls).toEqual([`reload ${record.model_id}`]);
	});

	it('reports the next-token distribution of a text without drawing, with readable tokens', async () => {
		const { engine, fake } = setup();
		const next = await engine.nextTokens({ text: 'The cat', top: 3 });
		expect(fake().prompts).toEqual(['The cat']);
		expect(next.candidates.map((c) => c.text)).toEqual(['the', ' cat', ' sat']);
		// softmax of 0, -0.4, -0.8, … -2.8 over eight tokens
		const z = words.reduce((s, _, i) => s + Math.exp(-i * 0.4), 0);
		expect(next.candidates[0]!.prob).toBeCloseTo(1 / z, 6);
		expect(next.otherMass).toBeCloseTo(1 - next.candidates.reduce((s, c) => s + c.prob, 0), 12);
		expect(next).toMatchObject({ otherCount: 5, complete: false });
		// The chain is configured back to nothing afterwards: plain generation pays nothing.
		await expect(engine.nextTokens({ text: 'x', top: 99 })).rejects.toMatchObject({
			name: 'InvalidRequest'
		});
	});

	it('continues a step from the cache when the text extends the last one by the token taken', async () => {
		const { engine, fake } = setup();
		await engine.nextTokens({ text: 'The', top: 3 });
		const next = await engine.nextTokens({ text: 'The cat', top: 3, after: 1 });
		// One prefill for the first step, then one decode of token 1: no second prompt.
		expect(fake().prompts).toEqual(['The']);
		expect(fake().decoded).toEqual([1]);
		expect(next.candidates.map((c) => c.text)).toEqual([' sat', ' on', ' a']);
		// A branch back to another text reads it whole.
		await engine.nextTokens({ text: 'The dog', top: 3, after: 1 });
		expect(fake().prompts).toEqual(['The', 'The dog']);
		// A generation in between uses the cache for itself: the next step reads its text again.
		await generate(engine, { maxTokens: 1 });
		await engine.nextTokens({ text: 'The dog sat', top: 3, after: 2 });
		expect(fake().prompts).toEqual(['The', 'The dog', 'The dog sat']);
		expect(fake().decoded).toEqual([1]);
	});

	it('draws from the whole distribution and names a token beyond the listed ones', async () => {
		const { engine, fake } = setup();
		const draw = { temperature: 1, topK: 0, topP: 1, minP: 0, u: 0.999 };
		const next = await engine.nextTokens({ text: 'The', top: 3, draw });
		// u = 0.999 walks past the seven most likely of eight: the least likely, ' slept'.
		expect(next.drawn).toMatchObject({ id: 7, text: ' slept', rank: 8, draw });
		const z = words.reduce((s, _, i) => s + Math.exp(-i * 0.4), 0);
		expect(next.drawn!.prob).toBeCloseTo(Math.exp(-2.8) / z, 6);
		expect(next.drawn!.sampledProb).toBeCloseTo(Math.exp(-2.8) / z, 6);
		// Drawn again on the same text with other settings: no model call at all.
		const greedy = await engine.nextTokens({
			text: 'The',
			top: 3,
			draw: { ...draw, temperature: 0 }
		});
		expect(greedy.drawn).toMatchObject({ id: 0, rank: 1, sampledProb: 1 });
		expect(fake().prompts).toEqual(['The']);
		expect(fake().decoded).toEqual([]);
	});

	it('scores a continuation token by token: one read of the text before, then one decode per token', async () => {
		const { engine, fake } = setup();
		const scored = await engine.score({ prefix: 'the cat', continuation: ' sat on' });
		const z = words.reduce((s, _, i) => s + Math.exp(-i * 0.4), 0);
		// After "the cat" token 2 is third likeliest (logit -0.8); after " sat", " on" is the favourite.
		expect(scored.tokens).toEqual([
			{ id: 2, text: ' sat', logprob: expect.closeTo(-0.8 - Math.log(z), 6), rank: 3 },
			{ id: 3, text: ' on', logprob: expect.closeTo(-Math.log(z), 6), rank: 1 }
		]);
		expect(fake().prompts).toEqual(['the cat']);
		// The last token is scored, never run: the only decode is the one between the two.
		expect(fake().decoded).toEqual([2]);
		// The cache now holds "the cat sat": a sampling-lab step on it reads nothing again.
		await engine.nextTokens({ text: 'the cat sat', top: 1 });
		expect(fake().prompts).toEqual(['the cat']);
		await expect(engine.score({ prefix: 'the cat', continuation: ' ' })).rejects.toMatchObject({
			name: 'InvalidRequest'
		});
	});

	it('scores from the token that spans the seam, and stops between decodes when asked', async () => {
		const { engine, fake } = setup();
		// "the ca" + "t sat": " cat" spans the seam, so the text read first is "the" alone.
		const seam = await engine.score({ prefix: 'the ca', continuation: 't sat' });
		expect(seam.tokens.map((t) => t.text)).toEqual([' cat', ' sat']);
		expect(fake().prompts).toEqual(['the']);

		const controller = new AbortController();
		const decodedBefore = fake().decoded.length;
		const pipeline = [...fake().loadedModelIdToPipeline.values()][0]!;
		const decode = pipeline.forwardDecodeToken!;
		pipeline.forwardDecodeToken = async (id) => {
			controller.abort();
			return decode(id);
		};
		await expect(
			engine.score({ prefix: 'the', continuation: ' cat sat on' }, controller.signal)
		).rejects.toMatchObject({ name: 'AbortError' });
		// One decode ran, then the loop saw Stop: " on" was never run.
		expect(fake().decoded.slice(decodedBefore)).toEqual([1]);
	});

	it('splits a text into the model’s own tokens, with readable texts', async () => {
		const { engine } = setup();
		const out = await engine.tokenize('the cat sat');
		expect(out.tokens).toEqual([
			{ id: 0, text: 'the' },
			{ id: 1, text: ' cat' },
			{ id: 2, text: ' sat' }
		]);
		expect(out.unit).toMatch(/subword/);
	});

	it('embeds with an embedding model: one text per pass, wrapped, as unit vectors', async () => {
		let fake: FakeMLCEngine | undefined;
		const engine = new WebllmEngine(
			{ ...record, model_id: 'embed-q0f32', model_type: 1 },
			{ createEngine: async (config) => (fake = new FakeMLCEngine(config)) }
		);
		expect(engine.info.capabilities.embeddings).toBe(true);
		const phases: string[] = [];
		const out = await engine.embed({ texts: ['one', 'three'], as: 'passage' }, undefined, (p) =>
			phases.push(p.phase)
		);
		expect(fake!.embedded).toEqual(['[CLS] one [SEP]', '[CLS] three [SEP]']);
		expect(out).toEqual({
			vectors: [
				[1, 0, 0],
				[1, 0, 0]
			],
			dimensions: 3
		});
		// The first call loaded the model and said so.
		expect(phases.at(-1)).toBe('ready');
	});

	it('a chat model refuses to embed, with the message that says what does', async () => {
		const { engine } = setup();
		await expect(engine.embed({ texts: ['x'], as: 'query' })).rejects.toThrow(
			/makes no embeddings: download an embedding model/
		);
	});
});
