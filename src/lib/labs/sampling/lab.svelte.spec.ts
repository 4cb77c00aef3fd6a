// The lab on an engine that lists only its top candidates (as WebLLM does): every step is drawn by
// the engine among all its tokens, a tail draw is named, each step sends the token it took (so the
// engine can continue from its cache), and Pause ends Play or Finish after the step under way.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { NextTokens, NextTokensRequest } from '$lib/engine/types';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { fakeEngine } from '../kit/fakeEngine';
import { SamplingLab } from './lab.svelte';

/** Two listed tokens with 60% of the mass; the engine "draws" a tail token when u ≥ 0.6. */
function partialEngine(asked: NextTokensRequest[], gate?: () => Promise<void>) {
	return fakeEngine({
		info: { kind: 'webllm', label: 'Partial', capabilities: webllmCapabilities },
		nextTokens: async (request) => {
			asked.push(request);
			await gate?.();
			const u = request.draw!.u;
			const next: NextTokens = {
				candidates: [
					{ id: 1, text: ' a', prob: 0.4 },
					{ id: 2, text: ' b', prob: 0.2 }
				],
				otherMass: 0.4,
				otherCount: 1000,
				complete: false
			};
			const tail = u >= 0.6;
			next.drawn = {
				id: tail ? 900 : u < 0.4 ? 1 : 2,
				text: tail ? ' zebra' : u < 0.4 ? ' a' : ' b',
				prob: tail ? 0.0004 : 0.4,
				sampledProb: tail ? 0.0004 : 0.4,
				rank: tail ? 377 : u < 0.4 ? 1 : 2,
				draw: request.draw!
			};
			return next;
		}
	});
}

const key = () => `lab-spec-${Math.random()}`;

describe('SamplingLab on a partial engine', () => {
	it('takes the engine’s draw, names a tail draw, and never stops on one', async () => {
		const asked: NextTokensRequest[] = [];
		const storage = key();
		const lab = new SamplingLab(
			() => partialEngine(asked),
			() => storage
		);
		await lab.open('Once');
		const us = Array.from({ length: 6 }, (_, k) => lab.uAt(k));
		for (let k = 0; k < 6; k++) expect(await lab.step()).toBe(true);
		const texts = us.map((u) => (u >= 0.6 ? ' zebra' : u < 0.4 ? ' a' : ' b'));
		expect(lab.text).toBe('Once' + texts.join(''));
		// Seed 1's first six numbers include at least one in the tail: it was taken, not refused.
		expect(texts).toContain(' zebra');
		expect(lab.halted).toBeNull();
		// Each step asked once, with the seeded number of its depth and the token it ends with.
		expect(asked.map((r) => r.draw!.u)).toEqual(Array.from({ length: 7 }, (_, k) => lab.uAt(k)));
		expect(asked[0]!.after).toBeUndefined();
		expect(asked[1]!.after).toBe(texts[0] === ' zebra' ? 900 : texts[0] === ' a' ? 1 : 2);
		lab.close();
	});

	it('shows a tail draw as drawn from the tail with its rank', async () => {
		const lab = new SamplingLab(() => partialEngine([]), key);
		await lab.open('Once');
		for (let k = 0; lab.uAt(k) < 0.6; k++) expect(await lab.step()).toBe(true);
		expect(lab.draw?.tail).toEqual({ text: ' zebra', rank: 377 });
		lab.close();
	});

	it('draws again after a slider moved: one more call, on the same text', async () => {
		const asked: NextTokensRequest[] = [];
		const lab = new SamplingLab(() => partialEngine(asked), key);
		await lab.open('Once');
		lab.settings = { ...lab.settings, temperature: 0.7 };
		expect(lab.drawn).toBeUndefined();
		await lab.step();
		expect(asked.map((r) => [r.text, r.draw!.temperature])).toEqual([
			['Once', 1],
			['Once', 0.7],
			[lab.text, 0.7]
		]);
		lab.close();
	});

	it('Pause ends Finish after the step under way', async () => {
		let holding = false;
		let release: (() => void) | undefined;
		const gate = () => (holding ? new Promise<void>((r) => (release = r)) : Promise.resolve());
		const lab = new SamplingLab(() => partialEngine([], gate), key);
		await lab.open('Once');
		holding = true;
		const finishing = lab.finish();
		expect(lab.playing).toBe(true);
		// The first step took its token and waits for the model's next scores: Pause now.
		await vi.waitFor(() => expect(release).toBeDefined());
		lab.stop();
		holding = false;
		release!();
		await finishing;
		expect(lab.playing).toBe(false);
		expect(lab.depth).toBe(1);
		lab.close();
	});
});
