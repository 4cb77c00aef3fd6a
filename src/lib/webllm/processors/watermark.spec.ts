import { describe, expect, it } from 'vitest';
import { isGreen, wordKey } from '$lib/sampling/watermark';
import { Watermark } from './watermark';

const settings = { key: 'lecture', gamma: 0.25, delta: 2 };

describe('watermark step', () => {
	it('leaves the first token alone, then adds δ to exactly the green logits after the drawn token', () => {
		const step = new Watermark();
		step.configure({ watermark: settings });
		expect(step.active).toBe(true);
		expect([...step.processLogits(new Float32Array(8))]).toEqual(new Array(8).fill(0));
		step.processSampledToken(5);
		const out = step.processLogits(new Float32Array(1000));
		const seed = wordKey(settings.key);
		for (let i = 0; i < 1000; i++) expect(out[i]).toBe(isGreen(seed, 5, i, 0.25) ? 2 : 0);
		const green = out.filter((x) => x > 0).length;
		expect(green).toBeGreaterThan(200);
		expect(green).toBeLessThan(300);
	});

	it('is off without a watermark or with δ = 0, and a new request forgets the last token', () => {
		const step = new Watermark();
		step.configure({});
		expect(step.active).toBe(false);
		step.configure({ watermark: { ...settings, delta: 0 } });
		expect(step.active).toBe(false);
		step.configure({ watermark: settings });
		step.processSampledToken(3);
		step.configure({ watermark: settings });
		expect([...step.processLogits(new Float32Array(4))]).toEqual([0, 0, 0, 0]);
	});
});
