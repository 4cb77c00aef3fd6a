// Top-k, which WebLLM does not have (its requests silently ignore a top_k field): every token
// outside the k most likely is pushed to MASKED_LOGIT, where no temperature can bring it back;
// the k kept logits are unchanged, so WebLLM's own temperature and top-p then act on them.
import { topIndices } from '$lib/sampling/sampling';
import { MASKED_LOGIT, type LogitStep, type ProcessorRequest } from './chain';

export class TopK implements LogitStep {
	private k = 0;
	private scratch: Float32Array | undefined;

	configure(request: ProcessorRequest): void {
		this.k = request.topK ?? 0;
	}

	/** k = 0 means off, and k at or above the vocabulary size changes nothing. */
	get active(): boolean {
		return this.k > 0;
	}

	processLogits(logits: Float32Array): Float32Array {
		if (this.k <= 0 || this.k >= logits.length) return logits;
		if (this.scratch?.length !== logits.length) this.scratch = new Float32Array(logits.length);
		const out = this.scratch.fill(MASKED_LOGIT);
		for (const id of topIndices(logits, this.k)) out[id] = logits[id]!;
		return out;
	}
}
