// A tripwire on what the agents page says its lab shows on the built-in engine: with the page's
// task, the rule-based planner searches and finds the quantization page, the calculator gives
// 4.5, and the third call finishes, on the real index of these pages (the one the build writes
// as /retrieval-index.json). Editing the pages changes the index; if this fails, reword the
// task or the page's "Look for".
import { expect, it } from 'vitest';
import { conceptChunks, getConcept } from '$lib/concepts';
import { buildIndex, loadIndex, search } from '../prompting/retrieval/bm25';
import { runLoop } from './loop';
import { planNext } from './planner';

it('runs the page’s task in three steps on the real index of these pages', async () => {
	const e = getConcept('agents-and-tool-use')!.experiments.find((x) => x.kind === 'agent-loop')!;
	const index = loadIndex(JSON.parse(JSON.stringify(buildIndex(conceptChunks()))));
	const out = await runLoop({
		task: e.task,
		budget: e.budget,
		decide: async (task, steps) => planNext(task, steps),
		search: (query, k) =>
			search(index, query, k).map((h) => ({
				slug: h.chunk.slug,
				title: h.chunk.title,
				text: h.chunk.text
			})),
		signal: new AbortController().signal
	});
	expect(out.end).toBe('answered');
	expect(out.steps).toHaveLength(3);
	const found = out.steps[0]!.observation;
	expect(found?.tool === 'search_pages' && found.found[0]?.slug).toBe('quantization');
	expect(out.steps[1]!.observation).toMatchObject({ tool: 'calculator', value: 4.5 });
	expect(out.answer).toMatch(
		/^The page “Quantization” says: In q4f16_1.* 4 \+ 16 \/ 32 = 4\.5\.$/s
	);

	const stuck = await runLoop({
		task: e.task,
		budget: e.budget,
		decide: async (task, steps) => planNext(task, steps, 'stuck'),
		search: () => [],
		signal: new AbortController().signal
	});
	expect(stuck).toMatchObject({ end: 'budget' });
	expect(stuck.steps).toHaveLength(e.budget);
});
