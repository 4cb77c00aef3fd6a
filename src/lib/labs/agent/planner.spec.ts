import { describe, expect, it } from 'vitest';
import { runLoop } from './loop';
import { arithmeticIn, bestSentence, planNext, searchWords, type PlannerMode } from './planner';
import { validateCall } from './toolCall';
import { toolSpecs, type Found } from './tools';

const pages: Found[] = [
	{
		slug: 'quantization',
		title: 'Quantization',
		text: 'Four bits plus a 2-byte scale shared by 32 weights is 4.5 bits a weight. Then more.'
	}
];
const task = 'How many bits per weight does quantization store in q4f16_1, if it is 4 + 16 / 32?';

/** The loop driven by the planner, over `found` as every search's result. */
const plan = (t: string, budget: number, found: Found[], mode?: PlannerMode) =>
	runLoop({
		task: t,
		budget,
		decide: async (tt, steps) => planNext(tt, steps, mode),
		search: async () => found,
		signal: new AbortController().signal
	});

describe('the rule-based planner', () => {
	it('finds the arithmetic in a task, and not a version number', () => {
		expect(arithmeticIn(task)).toBe('4 + 16 / 32');
		expect(arithmeticIn('What is (2 + 3) * 4 today?')).toBe('(2 + 3) * 4');
		expect(arithmeticIn('What is new in Llama 3.2?')).toBeNull();
		expect(arithmeticIn('Explain top-k sampling')).toBeNull();
		expect(arithmeticIn('What is 128256 / 1024?')).toBe('128256 / 1024');
	});

	it('searches for the task’s content words, without the arithmetic or question words', () => {
		expect(searchWords(task)).toBe('bits weight quantization store q4f16');
		expect(searchWords('What is retrieval-augmented generation?')).toBe(
			'retrieval-augmented generation'
		);
	});

	it('searches, calculates, then finishes with what the tools gave, in valid calls', async () => {
		const out = await plan(task, 5, pages);
		expect(out.end).toBe('answered');
		expect(out.steps.map((s) => s.verdict.ok && s.verdict.call.name)).toEqual([
			'search_pages',
			'calculator',
			'finish'
		]);
		expect(out.answer).toBe(
			'The page “Quantization” says: Four bits plus a 2-byte scale shared by 32 weights is 4.5 bits a weight. 4 + 16 / 32 = 4.5.'
		);
	});

	it('quotes the sentence that holds most of the searched words', () => {
		const text = 'Names carry a recipe. In q4f16_1, q4 means weights kept in 4 bits. Other things.';
		expect(bestSentence(text, 'q4f16 weight')).toBe('In q4f16_1, q4 means weights kept in 4 bits.');
		expect(bestSentence(text, 'zebra')).toBe('Names carry a recipe.');
	});

	it('skips a tool the task does not need', () => {
		expect(JSON.parse(planNext('What is 6 * 7?', []))).toEqual({
			name: 'calculator',
			arguments: { expression: '6 * 7' }
		});
		expect(JSON.parse(planNext('Explain attention', [])).name).toBe('search_pages');
		const first = JSON.parse(planNext('', []));
		expect(first.name).toBe('finish');
		expect(validateCall(planNext('', []), toolSpecs).ok).toBe(true);
	});

	it('says when the search found nothing', async () => {
		const out = await plan('zebras', 5, []);
		expect(out.answer).toBe('The pages have no paragraph with the words “zebras”.');
	});

	it('stuck: searches for ever, so only the budget ends the run', async () => {
		const out = await plan(task, 3, pages, 'stuck');
		expect(out.end).toBe('budget');
		expect(out.steps.map((s) => s.verdict.ok && s.verdict.call.name)).toEqual([
			'search_pages',
			'search_pages',
			'search_pages'
		]);
	});
});
