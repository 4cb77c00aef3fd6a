// The green-list watermark as a step of the chain (sampling/watermark.ts has the scheme): δ is
// added to the green tokens' logits, the split seeded by the key and the token WebLLM drew last.
// The step never sees the prompt, so the first token of a reply is left unmarked; the detector
// skips a text's first token anyway, since it cannot know what came before it.
import { markLogits, type WatermarkSettings } from '$lib/sampling/watermark';
import type { LogitStep, ProcessorRequest } from './chain';

export class Watermark implements LogitStep {
	private settings: WatermarkSettings | undefined;
	private previous: number | undefined;

	configure(request: ProcessorRequest): void {
		this.settings = request.watermark;
		this.previous = undefined;
	}

	get active(): boolean {
		return !!this.settings && this.settings.delta > 0;
	}

	processLogits(logits: Float32Array): Float32Array {
		return this.settings && this.previous !== undefined
			? markLogits(logits, this.previous, this.settings)
			: logits;
	}

	processSampledToken(token: number): void {
		this.previous = token;
	}

	reset(): void {
		this.previous = undefined;
	}
}
