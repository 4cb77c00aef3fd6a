// Two generations on one engine, one after the other: the prompt comparison's "Run both". One
// engine serves one generation at a time (WebLLM has one KV cache), so the second side starts
// when the first ends; Stop ends the running side and the other never starts. Each start makes
// two fresh GenerationRuns, so the second column is empty (not last time's text) while the
// first one writes.
import type { Engine, GenerateRequest } from '$lib/engine/types';
import { GenerationRun } from '$lib/demos/generationRun.svelte';

export class PairRun {
	sides = $state.raw<[GenerationRun, GenerationRun]>([new GenerationRun(), new GenerationRun()]);
	/** From Run until both sides ended or Stop (also between the two sides). */
	running = $state(false);
	private token = 0;

	async start(engine: Engine, requests: [GenerateRequest, GenerateRequest]): Promise<void> {
		this.stop();
		const mine = ++this.token;
		const sides: [GenerationRun, GenerationRun] = [new GenerationRun(), new GenerationRun()];
		this.sides = sides;
		this.running = true;
		for (const [i, side] of sides.entries()) {
			await side.start(engine, requests[i]!);
			if (mine !== this.token) return;
			if (side.phase === 'stopped') break;
		}
		this.running = false;
	}

	stop(): void {
		this.token++;
		for (const side of this.sides) side.stop();
		this.running = false;
	}
}
