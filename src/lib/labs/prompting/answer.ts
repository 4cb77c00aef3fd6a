// The part of a reply that answers. Reasoning models in the catalogue write their thinking first,
// in their family's own tags: Qwen3 and Qwen3.5 between <think> and </think>, Ministral 3
// Reasoning between [THINK] and [/THINK] (its chat template, mistralai/Ministral-3-*-Reasoning-2512;
// it has no switch, so it thinks on every scored request too). WebLLM's enable_thinking: false
// (which the WebLLM engine sends to Qwen3 for the scored labs) makes the model skip it but still
// streams the empty "<think>\n\n</think>" block. Scoring a label, a letter or a number must read
// none of it: a letter or a number in the thinking is not the answer. Unverified here (no weights
// can be fetched): whether WebLLM's detokenizer streams Ministral's tags, which are special tokens;
// if it drops them, its thinking reads as answer text and scores as such.

/** Each reasoning family's opening and closing tag. */
const thinkTags = [
	['<think>', '</think>'],
	['[THINK]', '[/THINK]']
] as const;

const escape = (s: string) => s.replace(/[[\]/]/g, '\\$&');

/** The reply without think blocks; an unclosed block (cut by the token limit) leaves nothing. */
export function visibleAnswer(text: string): string {
	let rest = text;
	for (const [open, close] of thinkTags) {
		rest = rest.replace(new RegExp(`${escape(open)}[\\s\\S]*?${escape(close)}`, 'g'), '');
		const cut = rest.indexOf(open);
		if (cut >= 0) rest = rest.slice(0, cut);
	}
	return rest.trim();
}
