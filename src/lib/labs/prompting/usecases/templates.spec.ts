import { describe, expect, it } from 'vitest';
import { useCaseAreas, type UseCaseArea } from '$lib/concepts';
import { builtinCapabilities } from '$lib/engine/builtin/builtinEngine';
import { validateRequest } from '$lib/engine/request';
import { catalogue } from '$lib/models/catalogue';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { TEMPLATE_MAX_TOKENS, templateRequest, templates } from './templates';

/** What a chat template adds around one message (system text, role markers), generously. */
const TEMPLATE_OVERHEAD = 150;
/** English runs about 4 characters a token; 2.5 leaves room for names, digits and quotes. */
const CHARS_PER_TOKEN = 2.5;

describe('use-case templates', () => {
	it('has at least one template for every use-case area of the glossary', () => {
		for (const area of Object.keys(useCaseAreas) as UseCaseArea[])
			expect(
				templates.some((t) => t.area === area),
				area
			).toBe(true);
	});

	it('has unique ids and titles', () => {
		expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
		expect(new Set(templates.map((t) => t.title)).size).toBe(templates.length);
	});

	it('every template is a request both engines accept, within the concept pages’ token limit', () => {
		for (const t of templates) {
			const request = templateRequest(t.prompt, 1);
			expect(request.maxTokens).toBeLessThanOrEqual(200);
			expect(validateRequest(request, builtinCapabilities, 'Built-in', 200), t.id).toEqual([]);
			expect(validateRequest(request, webllmCapabilities, 'GPU model', 200), t.id).toEqual([]);
		}
	});

	it('every template and its answer fit the smallest context window of the catalogue’s chat models', () => {
		const windows = catalogue
			.filter((m) => m.kind === 'chat' && m.contextWindow)
			.map((m) => m.contextWindow!);
		const smallest = Math.min(...windows);
		expect(smallest).toBeGreaterThanOrEqual(1024);
		for (const t of templates) {
			const tokens = Math.ceil(t.prompt.length / CHARS_PER_TOKEN);
			expect(tokens + TEMPLATE_OVERHEAD + TEMPLATE_MAX_TOKENS, t.id).toBeLessThanOrEqual(smallest);
		}
	});
});
