// The WebLLM internals we borrow from a loaded pipeline, checked against WebLLM's installed source.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decoderOf, tokenizerOf } from './internals';

const require = createRequire(import.meta.url);
const source = readFileSync(
	join(dirname(dirname(require.resolve('@mlc-ai/web-llm'))), 'lib/index.js'),
	'utf8'
);
/** The body of one method of LLMChatPipeline, as installed. */
function method(name: string, length = 3000): string {
	const pipeline = source.slice(source.indexOf('class LLMChatPipeline {'));
	const at = pipeline.search(new RegExp(`\\n    ${name}\\([^)]*\\) \\{`));
	expect(at, name).toBeGreaterThan(0);
	return pipeline.slice(at, at + length);
}

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

describe('one decode step', () => {
	it('forwardDecodeToken runs the given token through the KV cache and returns its logits', () => {
		const body = method('forwardDecodeToken');
		expect(body).toContain('this.embedAndForward([[tokenId]], 1)');
		expect(body).toContain('previousLength + 1');
		expect(body).toContain('return this.tvm.detachFromCurrentScope(logits)');
	});

	it('sampleFromRawLogits hands the logits to the registered processor on the CPU', () => {
		const body = method('sampleFromRawLogits', 9000);
		expect(body).toContain('this.logitProcessor.processLogits(logitsOnCPUArray)');
	});

	it('the text-completion call resets the chat, so it cannot continue a text (hence the above)', () => {
		expect(source).toMatch(/inputStr = input\.prompt;\s*pipeline\.resetChat\(\);/);
	});

	it('forwards a token then runs the processor, and frees the logits even when that fails', async () => {
		const seen: string[] = [];
		const logits = { dispose: () => seen.push('dispose') };
		const pipeline = {
			forwardDecodeToken: async (id: number) => (seen.push(`forward ${id}`), logits),
			sampleFromRawLogits: async (l: unknown) => {
				seen.push(l === logits ? 'process' : 'other');
				throw new Error('lost');
			}
		};
		const decode = decoderOf({ loadedModelIdToPipeline: new Map([['m', pipeline]]) }, 'm')!;
		await expect(decode(42)).rejects.toThrow('lost');
		expect(seen).toEqual(['forward 42', 'process', 'dispose']);
		expect(decoderOf({ loadedModelIdToPipeline: new Map([['m', {}]]) }, 'm')).toBeUndefined();
	});
});
