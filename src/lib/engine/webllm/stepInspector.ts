// Our LogitProcessor for WebLLM: it sees the model's raw logits at every step, before WebLLM
// applies penalties, temperature and top-p on the GPU. Two jobs, both only when a request asks:
// top-k (WebLLM has none: every token outside the k best is pushed to a logit no draw can reach)
// and capture (the top N of the softmax, kept per step for the token events).
// Pure code over Float32Arrays, so it is unit-tested without a GPU.
import type { LogitProcessor } from '@mlc-ai/web-llm';
import { captureTopN, topIndices } from '$lib/sampling/sampling';

export interface StepSettings {
	/** Keep only the k most likely tokens; 0 = off. */
	topK: number;
	/** Capture the top N of the distribution per step; 0 = off. */
	capture: number;
}

export interface CapturedStep {
	/** Most likely first, probabilities of the unmodified softmax. */
	top: { id: number; prob: number }[];
	/** The token WebLLM then drew, once it told us. */
	chosen?: number;
}

/** Low enough that e^(x/T) is exactly 0 for any temperature, finite so GPU arithmetic stays sane. */
export const MASKED_LOGIT = -1e9;

export class StepInspector implements LogitProcessor {
	private settings: StepSettings = { topK: 0, capture: 0 };
	private steps: CapturedStep[] = [];
	private scratch: Float32Array | undefined;
	/** Calls seen, for the tests and the bench (each one cost WebLLM a GPU→CPU copy). */
	calls = 0;

	/** Sets what the next request needs and forgets the previous request's steps. */
	configure(settings: StepSettings): void {
		this.settings = { ...settings };
		this.steps = [];
	}

	get active(): boolean {
		return this.settings.topK > 0 || this.settings.capture > 0;
	}

	processLogits = (logits: Float32Array): Float32Array => {
		this.calls++;
		const { topK, capture } = this.settings;
		if (capture > 0) this.steps.push({ top: captureTopN(logits, capture) });
		if (topK > 0 && topK < logits.length) {
			if (this.scratch?.length !== logits.length) this.scratch = new Float32Array(logits.length);
			const out = this.scratch.fill(MASKED_LOGIT);
			for (const id of topIndices(logits, topK)) out[id] = logits[id]!;
			return out;
		}
		return logits;
	};

	processSampledToken = (token: number): void => {
		const last = this.steps.at(-1);
		if (last && last.chosen === undefined) last.chosen = token;
	};

	/** WebLLM calls this on resetChat; a request's steps are already cleared by configure. */
	resetState = (): void => {
		this.steps = [];
	};

	/** The steps captured since the last drain, oldest first. */
	drain(): CapturedStep[] {
		const out = this.steps;
		this.steps = [];
		return out;
	}
}
