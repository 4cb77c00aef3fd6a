import { expect, it } from 'vitest';
import { formatBytes } from './bytes';

it('formats sizes with decimal units and sensible precision', () => {
	expect(formatBytes(0)).toBe('0 B');
	expect(formatBytes(999)).toBe('999 B');
	expect(formatBytes(1536)).toBe('1.54 KB');
	expect(formatBytes(12_300_000)).toBe('12.3 MB');
	expect(formatBytes(250_000_000_000)).toBe('250 GB');
	expect(formatBytes(-1)).toBe('–');
	expect(formatBytes(Number.NaN)).toBe('–');
});
