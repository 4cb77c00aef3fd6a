// The part of a reply that answers. Reasoning models in the catalogue (Qwen3) may write their
// thinking first, between <think> and </think>; WebLLM's enable_thinking: false (which the WebLLM
// engine sends to such models for the scored labs) makes the model skip it but still streams the
// empty "<think>\n\n</think>" block. Scoring a label, a letter or a number must read neither:
// a letter or a number in the thinking is not the answer.

/** The reply without think blocks; an unclosed block (cut by the token limit) leaves nothing. */
export function visibleAnswer(text: string): string {
	const closed = text.replace(/<think>[\s\S]*?<\/think>/g, '');
	const open = closed.indexOf('<think>');
	return (open >= 0 ? closed.slice(0, open) : closed).trim();
}
