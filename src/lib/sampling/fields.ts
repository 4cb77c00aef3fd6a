// The one table of sampling fields: for each setting its request key, its shared-link key, the
// label the controls show, the name validation messages use, its limits, its "off" value, its
// default and its hint. Request validation (engine/request.ts), the sliders and number inputs
// (SamplingControls.svelte) and shared links (link.ts) all read their numbers from here, so a
// value the sliders offer is one validation accepts and a link can carry. They used to keep three
// copies that disagreed (top-p from 0.01, 0.05 or 0.01; repetition penalty from 0.1 or 0.5).
//
// The limits, chosen once:
// - temperature 0..2, step 0.05: OpenAI's range, which WebLLM follows; 0 is greedy, and above 2
//   the text is noise on every model.
// - top-p 0.01..1, step 0.01: WebLLM refuses anything outside 0 < top_p ≤ 1, so 0.01 is the
//   smallest two-decimal value it takes (practically greedy). The step must start from the
//   minimum, so it is 0.01 too: a step of 0.05 from 0.01 would offer 0.06, 0.11 … and none of the
//   values model configs (0.8, 0.95), the concept pages (0.7, 0.9) or old links use.
// - min-p 0..1, step 0.01, 0 = off: a fraction of the favourite's probability (after
//   temperature); 1 keeps only the favourite (and exact ties). Ours in both engines (the built-in
//   sampler, and a logit processor for WebLLM, which has none).
// - top-k 0..1000, whole numbers, 0 = off: beyond a few hundred candidates the tail it cuts holds
//   nothing; the built-in model and our WebLLM logit processor both take any k.
// - max tokens 1..4096 (MAX_TOKENS_LIMIT), whole numbers; a page may allow fewer (the concept
//   pages stop at 200), so the upper limit is a parameter wherever it is read (fieldMax).
// - seed 0..2³²−1, whole numbers: what a 32-bit generator seed holds; empty = a new one per run.
// - frequency and presence penalties -2..2, step 0.1: OpenAI's range; WebLLM throws outside it.
// - repetition penalty 0.5..2, step 0.05, 1 = off: WebLLM and the built-in engine
//   (penalties.ts: p → p^r) both accept any r > 0, so the limit is a teaching choice. At 0.5 a
//   repeat's probability is already its square root, enough to show a model looping; at 2 it is
//   squared, which nearly forbids repeats (models ship 1.0–1.3). Validation used to allow 0.1,
//   but the slider and links stopped at 0.5, so 0.5 is what anyone could really set.
import type { GenerateRequest } from '$lib/engine/types';

/** The values behind the sampling controls, one per field of the table. */
export interface SamplingValues {
	temperature: number;
	topP: number;
	/** 0 = off. */
	topK: number;
	/** 0 = off. */
	minP: number;
	maxTokens: number;
	/** null = a fresh random seed per run. */
	seed: number | null;
	frequencyPenalty: number;
	presencePenalty: number;
	/** 1 = off. */
	repetitionPenalty: number;
}

export type SamplingKey = keyof SamplingValues & keyof GenerateRequest;

/** The largest number of tokens one reply may ask for. */
export const MAX_TOKENS_LIMIT = 4096;

export interface SamplingField {
	/** The key in SamplingValues and GenerateRequest. */
	key: SamplingKey;
	/** The key in a shared link (?temperature=…&top_p=…); old links depend on these. */
	urlKey: string;
	/** The control's label; the e2e tests find controls by it. */
	label: string;
	/** How validation messages name it: "Top-p must be a number from …". */
	name: string;
	min: number;
	/** For maxTokens the most any page allows; read it through fieldMax. */
	max: number;
	step: number;
	integer: boolean;
	/** The value at which the field changes nothing, where one exists. */
	off?: number;
	/** A fresh control's value, and what an empty link value (`temperature=`) means. */
	default: number | null;
	/** Under the control; seedOptional pages show `emptyHint` instead. */
	hint?: string;
	emptyHint?: string;
	/** The request may leave it out (GenerateRequest marks it optional). */
	optional: boolean;
	/** A slider with its value written out, or a number to type. */
	control: 'slider' | 'number';
	/** One of the repetition penalties: in their own section, and an engine may lack them. */
	penalty: boolean;
	/** How a slider writes its value (the "off" value is written "off"). */
	format?: (v: number) => string;
}

const fixed = (digits: number) => (v: number) => v.toFixed(digits);
const signed = (v: number) => (v > 0 ? `+${v.toFixed(1)}` : v.toFixed(1));

export const samplingField = {
	temperature: {
		key: 'temperature',
		urlKey: 'temperature',
		label: 'Temperature',
		name: 'Temperature',
		min: 0,
		max: 2,
		step: 0.05,
		integer: false,
		default: 0.7,
		hint: '0 = always the likeliest token',
		optional: false,
		control: 'slider',
		penalty: false,
		format: fixed(2)
	},
	topP: {
		key: 'topP',
		urlKey: 'top_p',
		label: 'Top-p',
		name: 'Top-p',
		min: 0.01,
		max: 1,
		step: 0.01,
		integer: false,
		off: 1,
		default: 0.95,
		hint: '1 = off',
		optional: false,
		control: 'slider',
		penalty: false,
		format: fixed(2)
	},
	topK: {
		key: 'topK',
		urlKey: 'top_k',
		label: 'Top-k',
		name: 'Top-k',
		min: 0,
		max: 1000,
		step: 1,
		integer: true,
		off: 0,
		default: 40,
		hint: '0 = off',
		optional: false,
		control: 'number',
		penalty: false
	},
	minP: {
		key: 'minP',
		urlKey: 'min_p',
		label: 'Min-p',
		name: 'Min-p',
		min: 0,
		max: 1,
		step: 0.01,
		integer: false,
		off: 0,
		default: 0,
		hint: '0 = off; keeps tokens at least this share of the favourite’s probability',
		optional: true,
		control: 'slider',
		penalty: false,
		format: fixed(2)
	},
	maxTokens: {
		key: 'maxTokens',
		urlKey: 'max_tokens',
		label: 'Max tokens',
		name: 'Max tokens',
		min: 1,
		max: MAX_TOKENS_LIMIT,
		step: 1,
		integer: true,
		default: 256,
		optional: false,
		control: 'number',
		penalty: false
	},
	seed: {
		key: 'seed',
		urlKey: 'seed',
		label: 'Seed',
		name: 'The seed',
		min: 0,
		max: 2 ** 32 - 1,
		step: 1,
		integer: true,
		default: null,
		hint: 'Same seed, same text',
		emptyHint: 'Empty = a new one each time',
		optional: true,
		control: 'number',
		penalty: false
	},
	frequencyPenalty: {
		key: 'frequencyPenalty',
		urlKey: 'frequency_penalty',
		label: 'Frequency',
		name: 'Frequency penalty',
		min: -2,
		max: 2,
		step: 0.1,
		integer: false,
		off: 0,
		default: 0,
		hint: 'Per earlier use of a token',
		optional: true,
		control: 'slider',
		penalty: true,
		format: signed
	},
	presencePenalty: {
		key: 'presencePenalty',
		urlKey: 'presence_penalty',
		label: 'Presence',
		name: 'Presence penalty',
		min: -2,
		max: 2,
		step: 0.1,
		integer: false,
		off: 0,
		default: 0,
		hint: 'Once, if a token was used at all',
		optional: true,
		control: 'slider',
		penalty: true,
		format: signed
	},
	repetitionPenalty: {
		key: 'repetitionPenalty',
		urlKey: 'repetition_penalty',
		label: 'Repetition',
		name: 'Repetition penalty',
		min: 0.5,
		max: 2,
		step: 0.05,
		integer: false,
		off: 1,
		default: 1,
		hint: '1 = off; above 1 makes repeats rarer',
		optional: true,
		control: 'slider',
		penalty: true,
		format: (v) => `×${v.toFixed(2)}`
	}
} as const satisfies { [K in SamplingKey]: SamplingField & { key: K } };

/** Every field, in the order the controls show them and validation reports them. */
export const samplingTable: readonly SamplingField[] = Object.values(samplingField);

/** The fields that are sliders (numbers that are never empty). */
export type SliderKey = {
	[K in SamplingKey]: (typeof samplingField)[K]['control'] extends 'slider' ? K : never;
}[SamplingKey];
export type SliderField = SamplingField & { key: SliderKey; format: (v: number) => string };
export const isSlider = (f: SamplingField): f is SliderField => f.control === 'slider';

export const penaltyFields = samplingTable.filter((f) => f.penalty);

/** A field's upper limit on a page that allows at most `maxTokens` tokens per reply. */
export const fieldMax = (f: SamplingField, maxTokens = MAX_TOKENS_LIMIT) =>
	f.key === 'maxTokens' ? Math.min(maxTokens, f.max) : f.max;

/** What a slider writes next to its label: "off" at the off value, else its own format. */
export const formatValue = (f: SliderField, v: number) => (v === f.off ? 'off' : f.format(v));
