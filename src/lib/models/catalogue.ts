// The models the app offers: WebLLM's own records for a curated list (catalogue.json, generated
// from WebLLM's prebuiltAppConfig by scripts/catalogue.mjs) plus models the user added by URL.
// An entry is our description of a model; what WebLLM itself gets is made from it by
// toWebllmRecord in $lib/webllm/record.ts.
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
