// A token as the tokenizer writes it, made visible: a leading or trailing space as "␣", a
// newline as "↵", a tab as "→"; byte pieces (<0x0A>) and the end mark (</s>) are shown as they
// are. Pure, so the sampling lab (bars, path, branches), the embeddings lab and the probability
// lab all write tokens the same way.
export function showToken(text: string): string {
	if (text === '') return '∅';
	return text.replace(/\n/g, '↵').replace(/\t/g, '→').replace(/^ /, '␣').replace(/ $/, '␣');
}
