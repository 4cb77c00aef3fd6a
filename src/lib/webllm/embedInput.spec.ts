import { describe, expect, it } from 'vitest';
import { embeddingInput, QUERY_PREFIX, unitLength } from './embedInput';

describe('embedding input', () => {
	it('wraps a passage in the BERT marks without a prefix', () => {
		expect(embeddingInput('  Some text. ', 'passage')).toBe('[CLS] Some text. [SEP]');
	});
	it('gives a query the retrieval instruction', () => {
		expect(embeddingInput('what is rag?', 'query')).toBe(`[CLS] ${QUERY_PREFIX}what is rag? [SEP]`);
	});
	it('scales vectors to unit length and leaves a zero vector at zero', () => {
		expect(unitLength([3, 4])).toEqual([0.6, 0.8]);
		expect(unitLength([0, 0])).toEqual([0, 0]);
	});
});
