import { describe, expect, it, vi } from 'vitest';
import { feedback, runLoop, type Decide } from './loop';
import { callText } from './toolCall';
import type { Found } from './tools';

const pages: Found[] = [
	{
		slug: 'quantization',
		title: 'Quantization',
		text: 'Quantization stores weights in fewer bits. More text.'
	}
];

/** A planner that writes these replies in turn, then finishes. */
function scripted(...replies: string[]): Decide & { seen: number[] } {
	const seen: number[] = [];
	const decide: Decide = async (_task, steps) => {
		seen.push(steps.length);
		return replies[steps.length] ?? callText('finish', { answer: 'out of script' });
	};
	return Object.assign(decide, { seen });
}

const setup = (decide: Decide, budget = 5) => {
	const search = vi.fn(async () => pages);
	return {
		search,
		run: () => runLoop({ task: 'T', budget, decide, search, signal: new AbortController().signal })
	};
};

describe('runLoop', () => {
	it('runs valid calls, feeds each observation back and ends on finish', async () => {
		const decide = scripted(
			callText('search_pages', { query: 'quantization bits' }),
			callText('calculator', { expression: '4 + 16 / 32' }),
			callText('finish', { answer: '4.5 bits a weight.' })
		);
		const { search, run } = setup(decide);
		const out = await run();
		expect(out.end).toBe('answered');
		expect(out.answer).toBe('4.5 bits a weight.');
		expect(out.steps.map((s) => s.n)).toEqual([1, 2, 3]);
		expect(search).toHaveBeenCalledWith('quantization bits', 3);
		expect(out.steps[1]!.observation).toMatchObject({
			tool: 'calculator',
			value: 4.5,
			text: '4 + 16 / 32 = 4.5'
		});
		expect(feedback(out.steps[0]!)).toMatch(
			/^Result of search_pages:\n\[1\] Quantization: Quantization stores/
		);
		expect(decide.seen).toEqual([0, 1, 2]);
	});

	it('runs nothing for a malformed or unknown call, and sends the refusal back', async () => {
		const decide = scripted(
			'{"name": "search_pages", "arguments": {"query": ',
			'{"name":"shell","arguments":{"command":"ls"}}',
			'{"name":"search_pages","arguments":{"query":"x","limit":"99"}}',
			callText('finish', { answer: 'gave up' })
		);
		const { search, run } = setup(decide);
		const out = await run();
		expect(search).not.toHaveBeenCalled();
		expect(out.steps.slice(0, 3).map((s) => !s.verdict.ok && s.verdict.problem)).toEqual([
			'not-json',
			'unknown-tool',
			'unexpected-argument'
		]);
		expect(out.steps.slice(0, 3).every((s) => s.observation === undefined)).toBe(true);
		expect(feedback(out.steps[1]!)).toMatch(
			/^Refused, nothing ran: There is no tool called "shell"/
		);
		expect(out.end).toBe('answered');
	});

	it('stops at the step budget when the planner never finishes', async () => {
		const loops: Decide = async () => callText('search_pages', { query: 'again' });
		const { search, run } = setup(loops, 4);
		const out = await run();
		expect(out.end).toBe('budget');
		expect(out.steps).toHaveLength(4);
		expect(search).toHaveBeenCalledTimes(4);
	});

	it('counts refused calls against the budget too', async () => {
		const { run } = setup(async () => 'not a call', 3);
		const out = await run();
		expect(out).toMatchObject({ end: 'budget' });
		expect(out.steps.every((s) => !s.verdict.ok)).toBe(true);
	});

	it('reports a tool that fails as an observation, not a crash', async () => {
		const decide = scripted(
			callText('search_pages', { query: 'q' }),
			callText('calculator', { expression: '1/0' })
		);
		const out = await runLoop({
			task: 'T',
			budget: 3,
			decide,
			search: async () => {
				throw new Error('index offline');
			},
			signal: new AbortController().signal
		});
		expect(out.steps[0]!.observation).toEqual({
			tool: 'error',
			text: 'The tool failed: index offline'
		});
		expect(out.steps[1]!.observation).toEqual({
			tool: 'error',
			text: 'The calculator refused: division by zero.'
		});
		expect(out.end).toBe('answered');
	});

	it('reports every step as it completes, and stops when asked', async () => {
		const controller = new AbortController();
		const reports: number[] = [];
		const out = await runLoop({
			task: 'T',
			budget: 8,
			decide: async () => callText('calculator', { expression: '1 + 1' }),
			search: async () => [],
			signal: controller.signal,
			onStep: (steps) => {
				reports.push(steps.length);
				if (steps.length === 2) controller.abort();
			},
			pause: async () => {}
		});
		expect(reports).toEqual([1, 2]);
		expect(out).toMatchObject({ end: 'stopped' });
		expect(out.steps).toHaveLength(2);
	});

	it('ends as failed when the planner throws, keeping the error', async () => {
		const error = new Error('device lost');
		const { run } = setup(async () => {
			throw error;
		});
		expect(await run()).toMatchObject({ end: 'failed', error, steps: [] });
	});
});
