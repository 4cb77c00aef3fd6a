import { describe, expect, it } from 'vitest';
import { catalogue, formatParams } from './catalogue';

// Its agreement with WebLLM's own records is checked in $lib/webllm/record.spec.ts.
describe('model catalogue', () => {
	it('offers f16 and f32 variants of each chat model and marks f16 ones', () => {
		const chat = catalogue.filter((m) => m.kind === 'chat');
		expect(chat.filter((m) => m.quantization === 'q4f16_1').every((m) => m.needsF16)).toBe(true);
		expect(chat.filter((m) => m.quantization === 'q4f32_1').every((m) => !m.needsF16)).toBe(true);
		for (const family of new Set(chat.map((m) => m.family))) {
			expect(
				chat
					.filter((m) => m.family === family)
					.map((m) => m.quantization)
					.sort()
			).toEqual(['q4f16_1', 'q4f32_1']);
		}
		expect(catalogue.some((m) => m.kind === 'embedding')).toBe(true);
	});

	it('writes parameter counts the short way', () => {
		expect(formatParams(3.6e8)).toBe('360M');
		expect(formatParams(1.54e9)).toBe('1.5B');
	});
});
