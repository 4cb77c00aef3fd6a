// Token tables from the tokenizer.json families WebLLM models ship, built without WebLLM.
import { describe, expect, it } from 'vitest';
import { buildTokenTable, tokenTableFrom } from './tokenTable';

describe('token table from tokenizer.json', () => {
	it('byte-level BPE (Qwen, Llama 3, SmolLM): Ġ is a space, Ċ a newline, bytes join into UTF-8', () => {
		const table = buildTokenTable({
			model: {
				type: 'BPE',
				// "é" is the bytes C3 A9, which byte-level BPE writes as "Ã©".
				vocab: { hello: 0, Ġworld: 1, Ċ: 2, 'Ã©': 3, Ã: 4 }
			},
			added_tokens: [{ id: 5, content: '<|im_end|>' }],
			decoder: { type: 'ByteLevel' }
		});
		expect([0, 1, 2, 3, 5].map((id) => table.text(id))).toEqual([
			'hello',
			' world',
			'\n',
			'é',
			'<|im_end|>'
		]);
		// Half a character is shown as its byte, not as a broken glyph.
		expect(table.text(4)).toBe('<0xC3>');
		expect(table.text(99)).toBe('#99');
		expect(table.size).toBe(6);
	});

	it('SentencePiece style (Gemma): ▁ is a space and <0x0A> a newline', () => {
		const table = buildTokenTable({
			model: { type: 'BPE', vocab: { '▁the': 0, cat: 1, '<0x0A>': 2 } },
			decoder: { type: 'Sequence', decoders: [{ type: 'Replace' }, { type: 'ByteFallback' }] }
		});
		expect([0, 1, 2].map((id) => table.text(id))).toEqual([' the', 'cat', '\n']);
	});

	it('unigram vocabularies are lists of [piece, score]', () => {
		const table = buildTokenTable({
			model: {
				type: 'Unigram',
				vocab: [
					['<unk>', 0],
					['▁a', -1]
				]
			}
		});
		expect(table.text(1)).toBe(' a');
	});

	it('reads the file as WebLLM cached it: bytes, text or an object; rejects anything else', () => {
		const json = { model: { vocab: { Ġx: 0 } }, decoder: { type: 'ByteLevel' } };
		const bytes = new TextEncoder().encode(JSON.stringify(json)).buffer;
		expect(tokenTableFrom(bytes)!.text(0)).toBe(' x');
		expect(tokenTableFrom(JSON.stringify(json))!.text(0)).toBe(' x');
		expect(tokenTableFrom(json)!.text(0)).toBe(' x');
		expect(tokenTableFrom('not json')).toBeUndefined();
		expect(tokenTableFrom({ nothing: true })).toBeUndefined();
	});
});
