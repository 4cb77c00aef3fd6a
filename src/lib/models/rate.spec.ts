import { describe, expect, it } from 'vitest';
import { RateMeter } from './rate';
import { defaultRetry, isRetryableStatus, retryDelay } from './retry';

describe('RateMeter', () => {
	it('settles on a steady speed and estimates the time left', () => {
		const m = new RateMeter(1000);
		for (let t = 0; t <= 10_000; t += 500) m.update(t * 1000, t); // 1 MB/s
		expect(m.bytesPerSecond).toBeCloseTo(1_000_000, -3);
		expect(m.eta(5_000_000)).toBeCloseTo(5, 1);
		expect(m.eta(0)).toBe(0);
	});

	it('smooths a sudden stall instead of dropping to zero at once', () => {
		const m = new RateMeter(2000);
		for (let t = 0; t <= 10_000; t += 500) m.update(t * 1000, t);
		m.update(10_000_000, 10_500); // nothing new for 0.5 s
		expect(m.bytesPerSecond).toBeGreaterThan(500_000);
		expect(m.bytesPerSecond).toBeLessThan(1_000_000);
	});

	it('has no ETA before it knows a speed', () => {
		expect(new RateMeter().eta(100)).toBeNull();
	});
});

describe('retry policy', () => {
	it('backs off exponentially with jitter, capped', () => {
		const p = { ...defaultRetry, baseDelayMs: 500, maxDelayMs: 4000 };
		expect(retryDelay(1, p, () => 0)).toBe(250);
		expect(retryDelay(1, p, () => 1)).toBe(500);
		expect(retryDelay(3, p, () => 1)).toBe(2000);
		expect(retryDelay(10, p, () => 1)).toBe(4000);
	});

	it('retries server trouble, not missing files', () => {
		expect([500, 502, 503, 408, 429].every(isRetryableStatus)).toBe(true);
		expect([400, 403, 404].some(isRetryableStatus)).toBe(false);
	});
});
