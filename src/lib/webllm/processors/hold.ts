// Hold: a copy of the model's raw logits at the step, for the sampling lab. The page sees only the
// top 50, but the draw must be able to land anywhere in the 151,936-token vocabulary and still
// name the token; so the worker keeps the whole vector (600 kB) and draws from it
// (sampling/wholeDraw.ts), and a second draw on the same text costs no GPU work at all.
import type { LogitStep, ProcessorRequest } from './chain';

export class Hold implements LogitStep {
	private on = false;
	private first: Float32Array | undefined;

	/** Also forgets the previous request's logits. */
	configure(request: ProcessorRequest): void {
		this.on = request.hold ?? false;
		this.first = undefined;
	}

	get active(): boolean {
		return this.on;
	}

	/** Copies the first step's logits (WebLLM may reuse its array); the rest pass untouched. */
	processLogits(logits: Float32Array): Float32Array {
		this.first ??= logits.slice();
		return logits;
	}

	/** The logits held since configure, handed over once. */
	take(): Float32Array | undefined {
		const out = this.first;
		this.first = undefined;
		return out;
	}
}
