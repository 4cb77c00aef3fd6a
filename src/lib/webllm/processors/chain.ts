// The one LogitProcessor WebLLM sees for a model: a chain of small steps run in order over the
// model's raw logits at every token, before WebLLM applies penalties, temperature and top-p on the
// GPU. Each step does one job (capture, top-k, min-p; others later, each its own file and spec)
// and says from the request whether it is needed; the chain is active when any step is, and the
// engine detaches it otherwise (processorSwitch.ts), since every call costs WebLLM a GPU → CPU →
// GPU copy of the logits. Pure code over Float32Arrays, so it is unit-tested without a GPU.
import type { LogitProcessor } from '@mlc-ai/web-llm';
import type { GenerateRequest } from '$lib/engine/types';

/** The request fields the steps read; a step that needs another field adds it here. */
export type ProcessorRequest = Partial<
	Pick<GenerateRequest, 'topK' | 'capture' | 'minP' | 'temperature' | 'watermark'>
> & {
	/** Keep the raw logits of the step (the sampling lab draws from them in the worker). */
	hold?: boolean;
};

export interface LogitStep {
	/** Reads what this step should do from the next request; forgets the previous one. */
	configure(request: ProcessorRequest): void;
	/** Whether the configured request needs this step at all. */
	readonly active: boolean;
	/** The logits to pass on: the same array, changed in place, or another of the same length. */
	processLogits(logits: Float32Array): Float32Array;
	/** The token WebLLM then drew. */
	processSampledToken?(token: number): void;
	/** WebLLM's resetChat: forget per-conversation state. */
	reset?(): void;
}

/** Low enough that e^(x/T) is exactly 0 for any temperature, finite so GPU arithmetic stays sane. */
export const MASKED_LOGIT = -1e9;

export class ProcessorChain implements LogitProcessor {
	/** Calls seen, for the tests (each one cost WebLLM a GPU→CPU copy). */
	calls = 0;

	constructor(private readonly steps: readonly LogitStep[]) {}

	/** Sets every step up for the next request ({} = nothing asked). */
	configure(request: ProcessorRequest): void {
		for (const step of this.steps) step.configure(request);
	}

	get active(): boolean {
		return this.steps.some((s) => s.active);
	}

	processLogits = (logits: Float32Array): Float32Array => {
		this.calls++;
		let out = logits;
		for (const step of this.steps) if (step.active) out = step.processLogits(out);
		return out;
	};

	processSampledToken = (token: number): void => {
		for (const step of this.steps) if (step.active) step.processSampledToken?.(token);
	};

	resetState = (): void => {
		for (const step of this.steps) step.reset?.();
	};
}
