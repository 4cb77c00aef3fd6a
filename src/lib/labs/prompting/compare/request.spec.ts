import { describe, expect, it } from 'vitest';
import { builtinCapabilities } from '$lib/engine/builtin/builtinEngine';
import { validateRequest } from '$lib/engine/request';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { compareRequest } from './request';

describe('compareRequest', () => {
	it('differs between the sides only in the prompt, and every engine accepts it', () => {
		const a = compareRequest('Write about the app.', 7);
		const b = compareRequest('You are a copywriter. Write a note.', 7);
		expect({ ...a, messages: [] }).toEqual({ ...b, messages: [] });
		for (const caps of [builtinCapabilities, webllmCapabilities])
			expect(validateRequest(b, caps, 'engine', 200)).toEqual([]);
	});
});
