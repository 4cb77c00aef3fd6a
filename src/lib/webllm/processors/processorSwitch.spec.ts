// Detaching the chain per request, against WebLLM's installed source (the fields it relies on).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { switchProcessor } from './processorSwitch';
import { ProcessorChain } from './chain';
import { TopK } from './topK';

// The installed WebLLM, read as text: the switch relies on two internals, checked here so an
// upgrade that changes them fails this test rather than slowing every token in production.
const require = createRequire(import.meta.url);
const webllmDir = dirname(dirname(require.resolve('@mlc-ai/web-llm')));
const source = readFileSync(join(webllmDir, 'lib/index.js'), 'utf8');

describe('switching our LogitProcessor per request', () => {
	it('WebLLM keeps loaded pipelines in loadedModelIdToPipeline, keyed by model id', () => {
		expect(source).toContain('this.loadedModelIdToPipeline = new Map()');
		expect(source).toContain('this.loadedModelIdToPipeline.set(modelId, newPipeline)');
	});

	it('a pipeline reads its logitProcessor field at every sampling step', () => {
		expect(source).toContain('this.logitProcessor = logitProcessor;');
		expect(source).toMatch(
			/if \(this\.logitProcessor !== undefined\) \{\s*\/\/ Move logits to CPU/
		);
	});

	it('attaches and detaches on an engine shaped like that, and says when it cannot', () => {
		const processor = new ProcessorChain([new TopK()]);
		const pipeline = { logitProcessor: undefined as unknown };
		const engine = { loadedModelIdToPipeline: new Map([['m', pipeline]]) };
		expect(switchProcessor(engine, 'm', processor)).toBe(true);
		expect(pipeline.logitProcessor).toBe(processor);
		expect(switchProcessor(engine, 'm', undefined)).toBe(true);
		expect(pipeline.logitProcessor).toBeUndefined();
		expect(switchProcessor(engine, 'other', processor)).toBe(false);
		expect(switchProcessor({}, 'm', processor)).toBe(false);
	});
});
