// Capture: at every step, the top N of the softmax of the logits this step receives (first in the
// chain: the model's own distribution), and then the token WebLLM drew. The engine drains the steps
// as tokens stream, to show each token with the odds the model gave it and its rivals.
import { captureTopN } from '$lib/sampling/sampling';
import type { LogitStep, ProcessorRequest } from './chain';

export interface CapturedStep {
	/** Most likely first, probabilities of the softmax this step saw. */
	top: { id: number; prob: number }[];
	/** How many tokens the model chose from (the length of the logits). */
	vocabSize: number;
	/** The token WebLLM then drew, once it told us. */
	chosen?: number;
}

export class Capture implements LogitStep {
	private n = 0;
	private steps: CapturedStep[] = [];

	/** Also forgets the previous request's steps. */
	configure(request: ProcessorRequest): void {
		this.n = request.capture ?? 0;
		this.steps = [];
	}

	get active(): boolean {
		return this.n > 0;
	}

	processLogits(logits: Float32Array): Float32Array {
		if (this.n > 0) this.steps.push({ top: captureTopN(logits, this.n), vocabSize: logits.length });
		return logits;
	}

	processSampledToken(token: number): void {
		const last = this.steps.at(-1);
		if (last && last.chosen === undefined) last.chosen = token;
	}

	reset(): void {
		this.steps = [];
	}

	/** The steps captured since the last drain, oldest first. */
	drain(): CapturedStep[] {
		const out = this.steps;
		this.steps = [];
		return out;
	}
}
