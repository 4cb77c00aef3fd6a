// The one WebLLM internal besides the logit-processor switch: a loaded pipeline's tokenizer, for
// showing a prompt as the model's tokens. WebLLM keeps it in a private field (LLMChatPipeline's
// `tokenizer`, a @mlc-ai/web-tokenizers Tokenizer); internals.spec.ts reads WebLLM's installed
// source so an upgrade that moves it fails a test instead of the tokenization view.

interface TokenizerLike {
	encode(text: string): Int32Array | number[];
}

/** The loaded model's tokenizer, or undefined when this WebLLM does not keep it where we look. */
export function tokenizerOf(engine: unknown, modelId: string): TokenizerLike | undefined {
	const pipelines = (engine as { loadedModelIdToPipeline?: Map<string, unknown> })
		.loadedModelIdToPipeline;
	const pipeline = pipelines instanceof Map ? pipelines.get(modelId) : undefined;
	const tokenizer = (pipeline as { tokenizer?: unknown } | undefined)?.tokenizer;
	return typeof (tokenizer as TokenizerLike | undefined)?.encode === 'function'
		? (tokenizer as TokenizerLike)
		: undefined;
}
