// The models the app offers: WebLLM's own records for a curated list (catalogue.json, generated
// from WebLLM's prebuiltAppConfig by scripts/catalogue.mjs) plus models the user added by URL.
// An entry is our description of a model; what WebLLM itself gets is made from it by
// toWebllmRecord in $lib/webllm/record.ts.
import generated from './catalogue.json';

/** How a model thinks before answering; the cases are explained in scripts/catalogue.mjs. */
export type Thinking = 'none' | 'switch' | 'optional' | 'always';

/** The Models page's words for each case. */
export const thinkingText: Record<Thinking, string> = {
	none: 'no, it answers at once',
	switch: 'yes, written out before the answer; the scored labs switch it off',
	optional: 'available in its own format, left off here',
	always: 'always, before every answer'
};

export interface ModelEntry {
	id: string;
	family: string;
	/** Number of weights, e.g. 3.6e8. */
	params: number;
	/** Catalogue models: the licence of the weights, as the model card names it. */
	licence?: string;
	/** Catalogue models: the month the model was published, YYYY-MM. */
	released?: string;
	/** Catalogue models: whether and how it thinks before answering. */
	thinking?: Thinking;
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
