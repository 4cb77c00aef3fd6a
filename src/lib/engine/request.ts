// Checks a generation request against what the chosen engine can honour, before anything runs.
// The playground shows the problems next to the fields they name; an engine that receives a bad
// request anyway (a shared link, a script) refuses it with the same messages.
// The sampling fields' ranges and names come from the one table in sampling/fields.ts, which the
// controls and shared links read too. A rule-based engine (ELIZA: `capabilities.rules`) has no
// probabilities, so its sampling fields are ignored, not refused: a playground or lab that kept
// top-k at 40 still gets an answer, and the page says why the settings change nothing
// (`rulesNote`). What an engine cannot serve at all (a next-token distribution, a score, vectors)
// is refused in one wording, `unservedCall`, which labs also read before they call.
import {
	fieldMax,
	MAX_TOKENS_LIMIT,
	penaltyFields,
	samplingTable,
	type SamplingKey
} from '$lib/sampling/fields';
import { watermarkProblem } from '$lib/sampling/watermark';
import type {
	EmbedRequest,
	EngineCapabilities,
	GenerateRequest,
	NextTokensRequest,
	ScoreRequest
} from './types';

export interface RequestProblem {
	/** The request field at fault, so the UI can put the message next to its control. */
	field: keyof GenerateRequest;
	message: string;
}

/** A request the engine refused; crosses the worker as name "InvalidRequest". */
export class InvalidRequestError extends Error {
	constructor(readonly problems: RequestProblem[]) {
		super(problems.map((p) => p.message).join(' '));
		this.name = 'InvalidRequest';
	}
}

/** The largest number of tokens one reply may ask for. */
export { MAX_TOKENS_LIMIT };

/** Limits of `context`: enough for the RAG lab's top 8 passages several times over. */
export const MAX_CONTEXT_PASSAGES = 20;
export const MAX_CONTEXT_CHARS = 20_000;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The request fields a rule-based engine ignores: every sampling setting but the length. */
export const RULES_IGNORE: readonly SamplingKey[] = samplingTable
	.map((f) => f.key)
	.filter((k) => k !== 'maxTokens');

/** Where an engine answers by rules, the sentence that says its sampling settings change nothing. */
export function rulesNote(caps: EngineCapabilities, label: string): string | null {
	return caps.rules
		? `${label} is rule-based: it answers by hand-written keyword rules, so it ignores temperature, top-k, top-p, min-p, the seed and the repetition penalties (the same message always gets the same answer).`
		: null;
}

/** The calls an engine may lack altogether; its capabilities say which it serves. */
export type OptionalCall = 'nextTokens' | 'score' | 'embed';

const otherEngine =
	'Choose the built-in trigram model or a downloaded chat model with the Engine button.';

/**
 * Why this engine cannot serve a kind of call at all, or null when it can: the one message an
 * engine refuses with, and the one a lab shows instead of its Run button before calling.
 */
export function unservedCall(
	call: OptionalCall,
	caps: EngineCapabilities,
	label: string
): string | null {
	const why = caps.rules ? 'a rule has one answer and no probabilities' : 'it does not write text';
	if (call === 'nextTokens' && !caps.nextTokens)
		return `${label} cannot show next-token probabilities: ${why}. ${otherEngine}`;
	if (call === 'score' && !caps.score)
		return `${label} cannot score a text: ${why}. ${otherEngine}`;
	if (call === 'embed' && !caps.embeddings)
		return `${label} makes no embeddings: download an embedding model on the Models page.`;
	return null;
}

export function validateRequest(
	request: GenerateRequest,
	caps: EngineCapabilities,
	engineLabel = 'This engine',
	/** A page may allow fewer tokens than an engine can write (the concept pages stop at 200). */
	maxTokens = MAX_TOKENS_LIMIT
): RequestProblem[] {
	const problems: RequestProblem[] = [];
	const problem = (field: keyof GenerateRequest, message: string) =>
		problems.push({ field, message });
	const range = (
		field: keyof GenerateRequest,
		name: string,
		min: number,
		max: number,
		{ integer = false, optional = false } = {}
	) => {
		const v = request[field];
		if (v === undefined && optional) return;
		if (!finite(v) || v < min || v > max || (integer && !Number.isInteger(v)))
			problem(
				field,
				`${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}${
					v === undefined || v === null ? '' : ` (got ${String(v)})`
				}.`
			);
	};

	if (request.context !== undefined) {
		const c = request.context;
		if (!Array.isArray(c) || c.some((t) => typeof t !== 'string'))
			problem('context', 'The passages must be a list of texts.');
		else if (c.length > MAX_CONTEXT_PASSAGES)
			problem('context', `At most ${MAX_CONTEXT_PASSAGES} passages (got ${c.length}).`);
		else if (c.reduce((n, t) => n + t.length, 0) > MAX_CONTEXT_CHARS)
			problem('context', `The passages may hold at most ${MAX_CONTEXT_CHARS} characters in all.`);
	}
	if (!request.messages.some((m) => m.role === 'user' && m.content.trim()))
		problem('messages', 'There is no message to answer: type something first.');
	const ignored: readonly (keyof GenerateRequest)[] = caps.rules ? RULES_IGNORE : [];
	for (const f of samplingTable)
		if (!ignored.includes(f.key))
			range(f.key, f.name, f.min, fieldMax(f, maxTokens), {
				integer: f.integer,
				optional: f.optional
			});
	// A rule-based engine reports its one word as the only choice, however many are asked for.
	if (!caps.rules) {
		range('alternatives', 'Alternatives', 0, caps.maxAlternatives, {
			integer: true,
			optional: true
		});
		range('capture', 'Captured tokens per step', 0, caps.maxCapture, {
			integer: true,
			optional: true
		});
	}
	if (request.stop?.some((s) => typeof s !== 'string' || s === ''))
		problem('stop', 'Stop sequences must be non-empty text.');
	if (request.watermark && caps.rules)
		problem(
			'watermark',
			`${engineLabel} cannot embed a watermark: a rule has no probabilities to lean towards the green tokens. ${otherEngine}`
		);
	else {
		const marked = request.watermark && watermarkProblem(request.watermark);
		if (marked) problem('watermark', marked);
	}

	if (!caps.rules) {
		if (request.topK > 0 && !caps.topK)
			problem('topK', `${engineLabel} cannot apply top-k; set it to 0.`);
		const penalised = penaltyFields.some((f) => (request[f.key] ?? f.off) !== f.off);
		if (penalised && !caps.penalties)
			problem('frequencyPenalty', `${engineLabel} cannot apply repetition penalties.`);
	}
	if (request.jsonSchema !== undefined && request.jsonSchema.trim() !== '') {
		if (!caps.jsonSchema) {
			problem(
				'jsonSchema',
				`${engineLabel} cannot follow a JSON schema: ${caps.rules ? 'it answers with the templates of its rules' : 'it picks words by counting, not by rules'}. Choose a downloaded model, or clear the schema.`
			);
		} else {
			const error = schemaError(request.jsonSchema);
			if (error) problem('jsonSchema', error);
		}
	}
	return problems;
}

/** What is wrong with a next-tokens request, if anything (the field named is `capture`). */
export function nextTokensProblem(
	request: NextTokensRequest,
	caps: EngineCapabilities,
	label: string
): RequestProblem | null {
	const unserved = unservedCall('nextTokens', caps, label);
	if (unserved) return { field: 'capture', message: unserved };
	if (typeof request.text !== 'string')
		return { field: 'messages', message: 'There is no text to continue.' };
	if (!Number.isInteger(request.top) || request.top < 1 || request.top > caps.maxCapture)
		return {
			field: 'capture',
			message: `Candidates per step must be a whole number from 1 to ${caps.maxCapture} (got ${String(request.top)}).`
		};
	return null;
}

/**
 * A scored continuation is a claim's ending, a few words: 200 characters is about 50 subword
 * tokens, and each costs one decode on WebLLM. The text before may be longer (a paragraph).
 */
export const MAX_SCORE_CHARS = 200;
export const MAX_SCORE_PREFIX_CHARS = 4000;

/** Why a score request cannot run on this engine, or null. */
export function scoreProblem(
	request: ScoreRequest,
	caps: EngineCapabilities,
	label: string
): RequestProblem | null {
	const problem = (message: string): RequestProblem => ({ field: 'messages', message });
	const unserved = unservedCall('score', caps, label);
	if (unserved) return problem(unserved);
	const { prefix, continuation } = request;
	if (typeof prefix !== 'string' || !prefix.trim())
		return problem('There is no text before the continuation to score it after.');
	if (typeof continuation !== 'string' || !continuation.trim())
		return problem('There is no continuation to score.');
	if (prefix.length > MAX_SCORE_PREFIX_CHARS)
		return problem(
			`The text before has ${prefix.length} characters; at most ${MAX_SCORE_PREFIX_CHARS} are scored after.`
		);
	if (continuation.length > MAX_SCORE_CHARS)
		return problem(
			`The continuation has ${continuation.length} characters; at most ${MAX_SCORE_CHARS} are scored.`
		);
	return null;
}

/**
 * Texts per embed call and characters per text. snowflake-arctic-embed reads at most 512 tokens;
 * 2,000 characters of English are about 450 of its tokens, and the longest concept paragraph is
 * well under that. Longer texts would be cut by the model without a word, so they are refused.
 */
export const MAX_EMBED_TEXTS = 256;
export const MAX_EMBED_CHARS = 2000;

/** Why an embed request cannot run on this engine, or null. */
export function embedProblem(
	request: EmbedRequest,
	caps: EngineCapabilities,
	label: string
): RequestProblem | null {
	const problem = (message: string): RequestProblem => ({ field: 'messages', message });
	const unserved = unservedCall('embed', caps, label);
	if (unserved) return problem(unserved);
	const { texts } = request;
	if (!Array.isArray(texts) || texts.length === 0) return problem('There is no text to embed.');
	if (texts.length > MAX_EMBED_TEXTS)
		return problem(`At most ${MAX_EMBED_TEXTS} texts per call (got ${texts.length}).`);
	const bad = texts.findIndex((t) => typeof t !== 'string' || !t.trim());
	if (bad >= 0) return problem(`Text ${bad + 1} is empty.`);
	const long = texts.findIndex((t) => t.length > MAX_EMBED_CHARS);
	if (long >= 0)
		return problem(
			`Text ${long + 1} has ${texts[long]!.length} characters; the embedding model reads at most ${MAX_EMBED_CHARS}.`
		);
	return null;
}

/** Why a JSON Schema text is unusable, or null when it parses to a schema object. */
export function schemaError(text: string): string | null {
	let schema: unknown;
	try {
		schema = JSON.parse(text);
	} catch (e) {
		const where = /position (\d+)/.exec(String(e))?.[1];
		return `The JSON schema is not valid JSON${where ? ` (near character ${where})` : ''}.`;
	}
	if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
		return 'The JSON schema must be an object, like {"type": "object", "properties": {…}}.';
	return null;
}
