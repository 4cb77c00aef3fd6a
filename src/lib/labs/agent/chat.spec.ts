import { describe, expect, it } from 'vitest';
import { agentMessages, stepRequest, systemMessage } from './chat';
import { validateCall } from './toolCall';
import { toolSpecs } from './tools';
import type { Step } from './loop';

const refused: Step = { n: 1, raw: 'oops', verdict: validateCall('oops', toolSpecs) };
const searched: Step = {
	n: 2,
	raw: '{"name":"search_pages","arguments":{"query":"bits"}}',
	verdict: validateCall('{"name":"search_pages","arguments":{"query":"bits"}}', toolSpecs),
	observation: { tool: 'search_pages', query: 'bits', found: [], text: 'No paragraph.' }
};

describe('what a chat model is sent', () => {
	it('lists every tool with its arguments, from the specs the validator checks', () => {
		const text = systemMessage();
		for (const t of toolSpecs) {
			expect(text).toContain(`- ${t.name}: `);
			for (const k of Object.keys(t.arguments)) expect(text).toContain(`"${k}"`);
		}
	});

	it('replays each step as the model’s reply and what came back', () => {
		const m = agentMessages('Sum it', [refused, searched]);
		expect(m.map((x) => x.role)).toEqual([
			'system',
			'user',
			'assistant',
			'user',
			'assistant',
			'user'
		]);
		expect(m[1]!.content).toBe('Task: Sum it');
		expect(m[2]!.content).toBe('oops');
		expect(m[3]!.content).toMatch(/^Refused, nothing ran: The reply is not valid JSON/);
		expect(m[5]!.content).toBe('Result of search_pages:\nNo paragraph.');
	});

	it('sends the call’s schema only to an engine that can follow one, a new seed each step', () => {
		const withSchema = stepRequest('T', [refused], 5, { jsonSchema: true });
		expect(JSON.parse(withSchema.jsonSchema!).required).toEqual(['name', 'arguments']);
		expect(withSchema).toMatchObject({ seed: 6, thinking: false });
		expect(stepRequest('T', [], 5, { jsonSchema: false }).jsonSchema).toBeUndefined();
	});
});
