import { describe, expect, it } from 'vitest';
import { linkedEngine, rememberLinkedEngine, type TabStorage } from './linkedEngine';

function memoryStorage(): TabStorage {
	const items = new Map<string, string>();
	return {
		getItem: (k) => items.get(k) ?? null,
		setItem: (k, v) => void items.set(k, v),
		removeItem: (k) => void items.delete(k)
	};
}

describe('the engine a link named, kept for this tab', () => {
	it('is read back on the next page until the visitor picks an engine', () => {
		const tab = memoryStorage();
		expect(linkedEngine(tab)).toBeUndefined();
		rememberLinkedEngine('Qwen-q4f32', tab);
		expect(linkedEngine(tab)).toBe('Qwen-q4f32');
		rememberLinkedEngine(undefined, tab);
		expect(linkedEngine(tab)).toBeUndefined();
	});

	it('a storage that throws (blocked, full) leaves the link for this page only', () => {
		const broken: TabStorage = {
			getItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			}
		};
		expect(() => rememberLinkedEngine('x', broken)).not.toThrow();
		expect(linkedEngine(broken)).toBeUndefined();
		expect(linkedEngine(undefined)).toBeUndefined();
	});
});
