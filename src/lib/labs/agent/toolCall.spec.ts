import { describe, expect, it } from 'vitest';
import { callSchema, callText, MAX_CALL_CHARS, validateCall, type CallProblem } from './toolCall';
import { toolSpecs } from './tools';

const problem = (raw: string): { problem: CallProblem; message: string } => {
	const v = validateCall(raw, toolSpecs);
	if (v.ok) throw new Error(`accepted ${raw}`);
	return v;
};

describe('validateCall', () => {
	it('accepts a call naming a tool with exactly its arguments, trimmed', () => {
		const v = validateCall(
			'{"name":"calculator","arguments":{"expression":" 4 + 16 / 32 "}}',
			toolSpecs
		);
		expect(v).toEqual({
			ok: true,
			call: { name: 'calculator', arguments: { expression: '4 + 16 / 32' } }
		});
		expect(validateCall(callText('search_pages', { query: 'tokens' }), toolSpecs).ok).toBe(true);
		expect(validateCall(callText('finish', { answer: 'Done.' }), toolSpecs).ok).toBe(true);
	});

	it('reads a call inside one ```json fence, and nothing else around it', () => {
		expect(
			validateCall('```json\n{"name":"finish","arguments":{"answer":"ok"}}\n```', toolSpecs).ok
		).toBe(true);
		expect(problem('Sure! {"name":"finish","arguments":{"answer":"ok"}}').problem).toBe('not-json');
		expect(problem('{"name":"finish","arguments":{"answer":"ok"}} Hope that helps').problem).toBe(
			'not-json'
		);
	});

	it('refuses malformed replies, each with its own message', () => {
		expect(problem('').problem).toBe('empty');
		expect(problem('{"name": "calculator",').problem).toBe('not-json');
		expect(problem('[1, 2]')).toMatchObject({ problem: 'not-object' });
		expect(problem('"calculator"').problem).toBe('not-object');
		expect(problem('null').problem).toBe('not-object');
		expect(problem('{"arguments":{}}')).toMatchObject({
			problem: 'no-name',
			message: expect.stringContaining('"name"')
		});
		expect(problem('{"name": 3, "arguments": {}}').problem).toBe('no-name');
		expect(
			problem('{"name":"calculator","arguments":{"expression":"1"},"run":true}')
		).toMatchObject({
			problem: 'extra-field',
			message: expect.stringContaining('"run"')
		});
		expect(problem('{"name":"calculator"}').problem).toBe('no-arguments');
		expect(problem('{"name":"calculator","arguments":"1+1"}').problem).toBe('no-arguments');
		expect(problem('x'.repeat(MAX_CALL_CHARS + 1)).problem).toBe('too-long');
	});

	it('refuses unknown tools, prototype names included, and lists the real ones', () => {
		const v = problem('{"name":"shell","arguments":{"command":"rm -rf /"}}');
		expect(v.problem).toBe('unknown-tool');
		expect(v.message).toContain('"search_pages", "calculator", "finish"');
		for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
			expect(problem(JSON.stringify({ name, arguments: {} })).problem).toBe('unknown-tool');
	});

	it('refuses missing, extra, mistyped and oversized arguments, naming the field', () => {
		expect(problem('{"name":"calculator","arguments":{}}')).toMatchObject({
			problem: 'missing-argument',
			message: expect.stringContaining('"expression"')
		});
		expect(
			problem('{"name":"calculator","arguments":{"expression":"1","query":"x"}}')
		).toMatchObject({
			problem: 'unexpected-argument',
			message: expect.stringContaining('"query"')
		});
		expect(
			problem('{"name":"search_pages","arguments":{"__proto__":"x","query":"a"}}').problem
		).toBe('unexpected-argument');
		expect(problem('{"name":"calculator","arguments":{"expression":42}}').problem).toBe(
			'wrong-type'
		);
		expect(problem('{"name":"search_pages","arguments":{"query":"   "}}').problem).toBe(
			'bad-length'
		);
		expect(problem(callText('search_pages', { query: 'x'.repeat(201) })).message).toMatch(
			/1 to 200 characters/
		);
	});

	it('gives the engine a schema of the call’s outline with every tool and argument', () => {
		const schema = JSON.parse(callSchema(toolSpecs));
		expect(schema.required).toEqual(['name', 'arguments']);
		expect(schema.properties.name.enum).toEqual(['search_pages', 'calculator', 'finish']);
		expect(Object.keys(schema.properties.arguments.properties)).toEqual([
			'query',
			'expression',
			'answer'
		]);
	});
});
