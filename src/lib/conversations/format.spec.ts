import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '$lib/storage/db';
import { parseImport, titleFrom, toJson, toMarkdown } from './format';

const convo: ConversationRecord = {
	id: 'a',
	title: 'Temperature demo',
	createdAt: 1,
	updatedAt: 2,
	system: 'Be brief',
	turns: [
		{ role: 'user', content: 'What is temperature?' },
		{
			role: 'assistant',
			content: 'It reshapes the distribution.',
			engineLabel: 'Qwen3',
			interrupted: true
		}
	]
};

describe('conversation files', () => {
	it('round-trips through JSON with new ids', () => {
		const r = parseImport(toJson([convo]));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.conversations[0]).toMatchObject({
			title: 'Temperature demo',
			system: 'Be brief',
			turns: convo.turns
		});
		expect(r.conversations[0]!.id).not.toBe('a');
	});

	it('exports readable Markdown, marking interrupted replies', () => {
		const md = toMarkdown(convo);
		expect(md).toContain('# Temperature demo');
		expect(md).toContain('## Qwen3 (interrupted)');
		expect(md).toContain('**System:** Be brief');
	});

	it('names the problem in a malformed file', () => {
		expect(parseImport('{not json')).toMatchObject({
			ok: false,
			error: expect.stringMatching(/not valid JSON/)
		});
		expect(parseImport('{"format":"other","conversations":[]}')).toMatchObject({
			error: expect.stringMatching(/not a GenAI Live/)
		});
		expect(parseImport('{"conversations":[]}')).toMatchObject({
			error: 'The file holds no conversations.'
		});
		const badRole = toJson([{ ...convo, turns: [{ role: 'robot', content: 'x' } as never] }]);
		expect(parseImport(badRole)).toEqual({
			ok: false,
			error:
				'Nothing was imported: conversations[0].turns[0].role must be "user", "assistant" or "system".'
		});
		expect(parseImport(JSON.stringify({ title: '', turns: [] }))).toMatchObject({
			error: expect.stringMatching(/title/)
		});
	});

	it('makes short titles from the first message', () => {
		expect(titleFrom('  Hello\n world ')).toBe('Hello world');
		expect(titleFrom('x'.repeat(100))).toHaveLength(58);
		expect(titleFrom('')).toBe('New conversation');
	});
});
