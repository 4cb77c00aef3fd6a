// The models the app offers: WebLLM's own records for a curated list (catalogue.json, generated
// from WebLLM's prebuiltAppConfig by scripts/catalogue.mjs) plus models the user added by URL.
import generated from './catalogue.json';

export interface ModelEntry {
	id: string;
	family: string;
	/** Number of weights, e.g. 3.6e8. */
	params: number;
	quantization: string;
	needsF16: boolean;
	kind: 'chat' | 'embedding';
	vramMB: number | null;
	contextWindow: number | null;
	lowResource: boolean;
	/** Where the weights live (Hugging Face repository or any http(s) folder). */
	modelUrl: string;
	/** The compiled model library (WebAssembly + WebGPU kernels). */
	modelLib: string;
	/** Size estimate until tensor-cache.json gives the exact number. */
	estimatedBytes: number | null;
	/** Added by the user through "Bring your own model". */
	custom?: boolean;
	/** SRI hashes, where WebLLM's record carries them; the downloader checks them. */
	integrity?: { config?: string; model_lib?: string; tokenizer?: Record<string, string> };
}

export const catalogue: ModelEntry[] = generated as ModelEntry[];

export function formatParams(n: number): string {
	return n >= 1e9 ? `${(n / 1e9).toFixed(n >= 1e10 ? 0 : 1)}B` : `${Math.round(n / 1e6)}M`;
}

/**
 * WebLLM's rule for a model folder URL: a Hugging Face style repository URL gets
 * "/resolve/main/" appended; anything that already has a "/resolve/<rev>/" part is kept.
 * Every cache key is this base plus a file name, so it must match WebLLM exactly.
 */
export function modelBaseUrl(modelUrl: string): string {
	let url = modelUrl.endsWith('/') ? modelUrl : `${modelUrl}/`;
	if (!/.+\/resolve\/.+\//.test(url)) url += 'resolve/main/';
	return new URL(url).href;
}

/** The record WebLLM's appConfig needs for a catalogue entry. */
export function toWebllmRecord(m: ModelEntry) {
	return {
		model: m.modelUrl,
		model_id: m.id,
		model_lib: m.modelLib,
		vram_required_MB: m.vramMB ?? undefined,
		low_resource_required: m.lowResource,
		model_type: m.kind === 'embedding' ? 1 : undefined,
		required_features: m.needsF16 ? ['shader-f16'] : undefined,
		overrides: m.contextWindow ? { context_window_size: m.contextWindow } : undefined,
		integrity: m.integrity
	};
}
