// Min-p, which WebLLM does not have: a token stays only if its probability after temperature is
// at least min-p times the favourite's. In logits that is (x − max) / T ≥ ln(min-p), so the step
// needs the request's temperature; the kept logits are unchanged and WebLLM renormalises over
// them before its own top-p, which gives the order the views show (sampling.ts: temperature,
// top-k, min-p, top-p). Greedy requests (T ≈ 0) skip it: only the favourite can win anyway.
import { GREEDY_TEMPERATURE } from '$lib/sampling/sampling';
import { MASKED_LOGIT, type LogitStep, type ProcessorRequest } from './chain';

export class MinP implements LogitStep {
	private minP = 0;
	private temperature = 1;

	configure(request: ProcessorRequest): void {
		this.minP = request.minP ?? 0;
		this.temperature = request.temperature ?? 1;
	}

	get active(): boolean {
		return this.minP > 0 && this.temperature >= GREEDY_TEMPERATURE;
	}

	processLogits(logits: Float32Array): Float32Array {
		let max = -Infinity;
		for (let i = 0; i < logits.length; i++) if (logits[i]! > max) max = logits[i]!;
		// A hair of slack so exact ties with the threshold (min-p = 1 and the favourite) stay.
		const floor = max + this.temperature * Math.log(this.minP) - 1e-6;
		for (let i = 0; i < logits.length; i++) if (logits[i]! < floor) logits[i] = MASKED_LOGIT;
		return logits;
	}
}
