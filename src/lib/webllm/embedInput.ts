// What an embedding model is given for one text. WebLLM 0.2.86's embedding pipeline tokenizes
// the string as it is, without the [CLS]/[SEP] marks BERT-style models were trained with (seen
// in a real run on SwiftShader, ../shared/notes/stack.md), and snowflake-arctic-embed ranks well
// only when a search query carries its instruction prefix (the model card's usage): so both are
// added here, once, for every caller. Passages get no prefix.

/** The instruction snowflake-arctic-embed expects in front of a search query. */
export const QUERY_PREFIX = 'Represent this sentence for searching relevant passages: ';

export function embeddingInput(text: string, as: 'query' | 'passage'): string {
	const body = as === 'query' ? `${QUERY_PREFIX}${text.trim()}` : text.trim();
	return `[CLS] ${body} [SEP]`;
}

/** The vector scaled to length 1, so a dot product between two is their cosine. */
export function unitLength(vector: ArrayLike<number>): number[] {
	let sum = 0;
	for (let i = 0; i < vector.length; i++) sum += vector[i]! * vector[i]!;
	const norm = Math.sqrt(sum);
	return Array.from(vector, (v) => (norm > 0 ? v / norm : 0));
}
