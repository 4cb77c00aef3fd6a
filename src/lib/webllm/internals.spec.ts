// The tokenizer we borrow from a loaded WebLLM pipeline, checked against WebLLM's installed source.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenizerOf } from './internals';

const require = createRequire(import.meta.url);
const source = readFileSync(
	join(dirname(dirname(require.resolve('@mlc-ai/web-llm'))), 'lib/index.js'),
	'utf8'
);

describe('the pipeline tokenizer', () => {
	it('WebLLM keeps the tokenizer on the pipeline and encodes prompts with it', () => {
		expect(source).toMatch(/class LLMChatPipeline \{[\s\S]{0,4000}this\.tokenizer = tokenizer;/);
		expect(source).toContain('this.tokenizer.encode(');
	});

	it('is found on an engine of that shape, and missing otherwise', () => {
		const tokenizer = { encode: (t: string) => Int32Array.from(t, (c) => c.charCodeAt(0)) };
		const engine = { loadedModelIdToPipeline: new Map([['m', { tokenizer }]]) };
		expect(tokenizerOf(engine, 'm')).toBe(tokenizer);
		expect(tokenizerOf(engine, 'x')).toBeUndefined();
		expect(tokenizerOf({}, 'm')).toBeUndefined();
	});
});
