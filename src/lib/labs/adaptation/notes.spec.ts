import { expect, it } from 'vitest';
import { getConcept } from '$lib/concepts';
import { scalingNotes } from './notes';

it('cites each published scaling result with the title and link of the scaling-laws page', () => {
	const sources = getConcept('scaling-laws')!.sources;
	for (const { paper } of scalingNotes.published)
		expect(sources.find((s) => s.url === paper.url)?.title, paper.url).toBe(paper.title);
	expect(scalingNotes.published.map((p) => p.paper.url)).toEqual([
		'https://arxiv.org/abs/2001.08361',
		'https://arxiv.org/abs/2203.15556'
	]);
});
