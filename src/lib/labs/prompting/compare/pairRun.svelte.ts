// Two generations on one engine, one after the other: the prompt comparison's "Run both". One
// engine serves one generation at a time (WebLLM has one KV cache), so the second side starts
// when the first ends; Stop ends the running side and the other never starts. Neither does it
// when the engine failed for good on the first side (the GPU lost, the worker gone): it would
// fail the same way, so `halted` tells the page to say why it did not run. A refused prompt
// (too long, an invalid setting) concerns that prompt only, and the other side still runs, as
// in batch.ts. Each start makes two fresh GenerationRuns, so the second column is empty (not
// last time's text) while the first one writes.
import { concernsOneRequest } from '$lib/engine/errors';
import type { Engine, GenerateRequest } from '$lib/engine/types';
import { GenerationRun } from '$lib/demos/generationRun.svelte';

export class PairRun {
	sides = $state.raw<[GenerationRun, GenerationRun]>([new GenerationRun(), new GenerationRun()]);
	/** From Run until both sides ended or Stop (also between the two sides). */
	running = $state(false);
	/** The engine failed for good on the first side, so the second did not run. */
	halted = $state(false);
	private token = 0;

	async start(engine: Engine, requests: [GenerateRequest, GenerateRequest]): Promise<void> {
		this.stop();
		const mine = ++this.token;
		const sides: [GenerationRun, GenerationRun] = [new GenerationRun(), new GenerationRun()];
		this.sides = sides;
		this.halted = false;
		this.running = true;
		for (const [i, side] of sides.entries()) {
			await side.start(engine, requests[i]!);
			if (mine !== this.token) return;
			if (side.phase === 'stopped') break;
			if (side.phase === 'failed' && !concernsOneRequest(side.error!.code)) {
				this.halted = i < sides.length - 1;
				break;
			}
		}
		this.running = false;
	}

	stop(): void {
		this.token++;
		for (const side of this.sides) side.stop();
		this.running = false;
	}
}
