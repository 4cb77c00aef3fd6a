// The watermark lab's state: the mark's settings, one streamed generation (with or without the
// mark), and the detector's text, which the visitor may edit, paste or have 20% of its words
// swapped. The detector reads tokens the way the engine that wrote the text counted them: the
// built-in engine's words with its own tokenizer (no model needed, so it also works offline on
// any pasted text), a WebLLM model's tokens through its tokenize call. Detection itself is pure
// (detect.ts); this class only keeps the pieces together.
import type { Engine } from '$lib/engine/types';
import { StreamedRun } from '../kit/streamedRun.svelte';
import { builtinTokens, detect, verdict, type Detection, type Verdict } from './detect';
import { swapEvery } from './edit';

export interface MarkSettings {
	key: string;
	gamma: number;
	delta: number;
	/** The false-positive rate the verdict is drawn at. */
	fpr: number;
}

interface Ran {
	label: string;
	marked: boolean;
}

export class WatermarkLab {
	stream: StreamedRun<Ran>;
	settings = $state<MarkSettings>({ key: 'lecture', gamma: 0.25, delta: 2, fpr: 0.01 });
	/** The text under the detector. */
	text = $state('');
	/** Its tokens, each with the number the mark hashed: ids, or the built-in words' keys. */
	tokens = $state.raw<{ text: string; key: number }[]>([]);
	/** Which tokenizer read the text, in a few words. */
	tokenizer = $state('');
	detection: Detection = $derived(
		detect(
			this.tokens.map((t) => t.key),
			this.settings
		)
	);
	verdict: Verdict = $derived(verdict(this.detection, this.settings.fpr));
	private reads = 0;

	constructor(private readonly engine: () => Engine) {
		this.stream = new StreamedRun<Ran>(engine);
	}

	/** Generates a continuation of `prompt`, marked or not, and puts it under the detector. */
	async generate(prompt: string, maxTokens: number, seed: number, marked: boolean): Promise<void> {
		const { key, gamma, delta } = this.settings;
		const done = await this.stream.start(
			{ marked },
			this.stream.adapter.request(prompt, {
				temperature: 1,
				topK: 0,
				topP: 1,
				maxTokens,
				seed,
				...(marked ? { watermark: { key, gamma, delta } } : {})
			})
		);
		if (done && this.stream.run.text) await this.setText(this.stream.run.text.trim());
	}

	/** New detector text: tokenized by the engine that writes here (built-in: no model). */
	async setText(text: string): Promise<void> {
		this.text = text;
		const read = ++this.reads;
		const engine = this.engine();
		if (engine.info.kind === 'builtin' || !text.trim()) {
			this.tokens = builtinTokens(text);
			this.tokenizer = 'built-in';
			return;
		}
		try {
			const { tokens } = await engine.tokenize(text);
			if (read !== this.reads) return;
			this.tokens = tokens.map((t) => ({ text: t.text, key: t.id }));
			this.tokenizer = engine.info.label;
		} catch {
			if (read !== this.reads) return;
			this.tokens = builtinTokens(text);
			this.tokenizer = 'built-in';
		}
	}

	/** Swaps every fifth word for a common one: a crude paraphrase of 20% of the text. */
	paraphrase(): Promise<void> {
		return this.setText(swapEvery(this.text, 5));
	}

	reset(): void {
		this.stream.stop();
		this.stream = new StreamedRun<Ran>(this.engine);
		this.reads++;
		this.text = '';
		this.tokens = [];
		this.tokenizer = '';
	}
}
