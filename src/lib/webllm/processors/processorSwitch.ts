// WebLLM binds a LogitProcessor to a model when it loads the model (logitProcessorRegistry), and
// from then on copies the logits GPU → CPU → GPU at every token, needed or not. We register ours
// (the chain of chain.ts, the public way, so its steps always work) and then detach it for
// requests that need none of its steps, by setting the field the loaded pipeline reads. That
// field is internal: WebLLM is pinned to one exact version, and processorSwitch.spec.ts checks its
// source still has the field, so an upgrade that moves it fails a test instead of silently slowing
// every token down. If the field is missing at run time, the processor simply stays attached and
// passes logits through.
import type { LogitProcessor } from '@mlc-ai/web-llm';

interface PipelineLike {
	logitProcessor?: LogitProcessor;
}

/** Attaches (or, with undefined, detaches) a processor on a loaded model; false if not possible. */
export function switchProcessor(
	engine: unknown,
	modelId: string,
	processor: LogitProcessor | undefined
): boolean {
	const pipelines = (engine as { loadedModelIdToPipeline?: Map<string, unknown> })
		.loadedModelIdToPipeline;
	const pipeline = pipelines instanceof Map ? pipelines.get(modelId) : undefined;
	if (typeof pipeline !== 'object' || pipeline === null || !('logitProcessor' in pipeline))
		return false;
	(pipeline as PipelineLike).logitProcessor = processor;
	return true;
}
