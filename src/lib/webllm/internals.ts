// The WebLLM internals we use besides the logit-processor switch, each read from a loaded
// pipeline (LLMChatPipeline, private in 0.2.86). internals.spec.ts reads WebLLM's installed source
// so an upgrade that moves them fails a test instead of a lab.
// - The tokenizer (a @mlc-ai/web-tokenizers Tokenizer), for showing a prompt as the model's tokens.
// - One decode step, for the sampling lab. Its public ways do not fit: `completions.create`
//   resets the chat and reads the whole prompt on every call (preparePrefillInput), and
//   multi-round chat continues only through the chat template, so a plain text could never be
//   extended by one token. The pipeline's own decode does exactly that: `forwardDecodeToken(id)`
//   runs one token through the KV cache and returns its logits, and `sampleFromRawLogits` passes
//   them through our registered LogitProcessor (where processors/hold.ts copies them), the same
//   path every generated token takes.

interface TokenizerLike {
	encode(text: string): Int32Array | number[];
}

interface DecodingPipeline {
	forwardDecodeToken(tokenId: number): Promise<{ dispose(): void }>;
	sampleFromRawLogits(
		logits: unknown,
		genConfig?: { temperature?: number; top_p?: number }
	): Promise<number>;
}

function pipelineOf(engine: unknown, modelId: string): Record<string, unknown> | undefined {
	const pipelines = (engine as { loadedModelIdToPipeline?: Map<string, unknown> })
		.loadedModelIdToPipeline;
	const pipeline = pipelines instanceof Map ? pipelines.get(modelId) : undefined;
	return typeof pipeline === 'object' && pipeline !== null
		? (pipeline as Record<string, unknown>)
		: undefined;
}

/** The loaded model's tokenizer, or undefined when this WebLLM does not keep it where we look. */
export function tokenizerOf(engine: unknown, modelId: string): TokenizerLike | undefined {
	const tokenizer = pipelineOf(engine, modelId)?.tokenizer;
	return typeof (tokenizer as TokenizerLike | undefined)?.encode === 'function'
		? (tokenizer as TokenizerLike)
		: undefined;
}

/**
 * Runs one token through the loaded model's KV cache and its logits through the logit processor
 * (not sampled into the text: the lab draws for itself); undefined when this WebLLM has no such
 * calls, and the caller reads the whole text instead.
 */
export function decoderOf(
	engine: unknown,
	modelId: string
): ((tokenId: number) => Promise<void>) | undefined {
	const pipeline = pipelineOf(engine, modelId) as Partial<DecodingPipeline> | undefined;
	if (
		typeof pipeline?.forwardDecodeToken !== 'function' ||
		typeof pipeline.sampleFromRawLogits !== 'function'
	)
		return undefined;
	const p = pipeline as DecodingPipeline;
	return async (tokenId) => {
		const logits = await p.forwardDecodeToken(tokenId);
		try {
			await p.sampleFromRawLogits(logits, { temperature: 1, top_p: 1 });
		} finally {
			logits.dispose();
		}
	};
}
