import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCapabilities } from '$lib/engine/builtin/builtinEngine';
import { schemaError, validateRequest } from '$lib/engine/request';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { cardPrompt, cardRequest, cardSchemaText } from './card';

describe('the glossary-card request', () => {
	it('asks for the term and names every field in words', () => {
		const prompt = cardPrompt('  prompt injection ');
		expect(prompt).toContain('“prompt injection”');
		for (const field of ['term', 'definition', 'related', 'category'])
			expect(prompt).toContain(`"${field}"`);
	});

	it('carries the schema only to an engine that can follow it, and both engines accept it', () => {
		const constrained = cardRequest('GAN', 3, webllmCapabilities);
		const free = cardRequest('GAN', 3, builtinCapabilities);
		expect(constrained.jsonSchema).toBe(cardSchemaText);
		expect(free).not.toHaveProperty('jsonSchema');
		expect(validateRequest(constrained, webllmCapabilities, 'GPU model', 200)).toEqual([]);
		expect(validateRequest(free, builtinCapabilities, 'Built-in', 200)).toEqual([]);
		expect(schemaError(cardSchemaText)).toBeNull();
	});
});

// Tripwire: our Content-Security-Policy forbids eval, so the validator must never compile code.
it('@cfworker/json-schema validates without eval or new Function', () => {
	const require = createRequire(import.meta.url);
	const dir = join(dirname(require.resolve('@cfworker/json-schema/package.json')), 'dist', 'esm');
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
		const source = readFileSync(join(dir, file), 'utf8');
		expect(source, file).not.toMatch(/\bnew Function\b|\beval\s*\(/);
	}
});
