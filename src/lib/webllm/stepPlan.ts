// Whether a sampling-lab step can continue from what WebLLM already read. Measured on SwiftShader
// (stack.md): reading a 40-token text costs about 90 s, one more token through the KV cache about
// 14 s, so a step that extends the last text by the token just taken must not read it all again.
// The engine keeps the logits of the last text it read (and the KV cache of that text); this
// decides, from texts alone, what the next request costs. Pure, so it is tested without a GPU.

export type StepPlan =
	/** The very text whose logits are held: draw again from them, nothing runs on the GPU. */
	| { kind: 'reuse' }
	/** The held text plus one token: forward that token through the cache (one decode). */
	| { kind: 'decode'; id: number }
	/** Anything else (a first step, a branch, an edited prompt): read the whole text again. */
	| { kind: 'prefill' };

/**
 * @param held the text whose logits and cache the engine holds, if any
 * @param request the text asked for, and the token it ends with when the lab just took one
 * @param tokenText what a token adds to a text, as the lab wrote it when it took the token
 */
export function planStep(
	held: string | undefined,
	request: { text: string; after?: number },
	tokenText: (id: number) => string
): StepPlan {
	if (held === undefined) return { kind: 'prefill' };
	if (request.text === held) return { kind: 'reuse' };
	const { after } = request;
	if (after !== undefined && request.text === held + tokenText(after))
		return { kind: 'decode', id: after };
	return { kind: 'prefill' };
}

/**
 * Where a scored continuation starts among the model's tokens. The tokenizer reads the text before
 * and the whole text separately; a token that spans the seam (the text before ends in a space, or
 * in half a word) belongs to the continuation, so scoring starts after the longest run of ids the
 * two share: `before` is read whole (a prefill), then each of `scored` costs one decode.
 */
export function continuationSplit(
	prefixIds: readonly number[],
	fullIds: readonly number[]
): { before: number[]; scored: number[] } {
	let k = 0;
	while (k < prefixIds.length && k < fullIds.length && prefixIds[k] === fullIds[k]) k++;
	return { before: fullIds.slice(0, k), scored: fullIds.slice(k) };
}

/**
 * The text read before a scored continuation: the prefix itself, or, when a token spans the seam,
 * the tokens before it written out, which must read back as exactly those tokens (a byte piece or
 * a tokenizer's added space would not); null then, since the scores would follow a text nobody
 * wrote.
 */
export function textBefore(
	prefix: string,
	prefixIds: readonly number[],
	before: readonly number[],
	textOf: (id: number) => string,
	encode: (text: string) => number[]
): string | null {
	if (before.length === prefixIds.length) return prefix;
	const text = before.map(textOf).join('');
	const again = encode(text);
	return again.length === before.length && again.every((id, i) => id === before[i]) ? text : null;
}

/** The natural-log probability of one id under the logits, and its rank (1 = the favourite). */
export function logprobOf(
	logits: ArrayLike<number>,
	id: number
): { logprob: number; rank: number } {
	let max = -Infinity;
	for (let i = 0; i < logits.length; i++) if (logits[i]! > max) max = logits[i]!;
	let z = 0;
	let rank = 1;
	const own = logits[id]!;
	for (let i = 0; i < logits.length; i++) {
		z += Math.exp(logits[i]! - max);
		if (logits[i]! > own) rank++;
	}
	return { logprob: own - max - Math.log(z), rank };
}
