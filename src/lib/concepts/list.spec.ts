// The generated list says what the content files say (a stale list.json would show old titles
// on the index), and a concept's content arrives by its slug alone.
import { describe, expect, it } from 'vitest';
import { concepts } from './index';
import { conceptList, conceptsByGroup, loadConcept, neighbours, summaryOf } from './list';

describe('concept list', () => {
	it('has every concept in reading order with the title, group, definition, experiment kinds and diagram of its page', () => {
		expect(conceptList).toEqual(
			concepts.map(({ slug, title, group, definition, experiments, diagram }) => ({
				slug,
				title,
				group,
				definition,
				experiments: experiments.map((e) => e.kind),
				diagram: !!diagram
			}))
		);
	});

	it('loads one concept’s full content by slug, and nothing for an unknown slug', async () => {
		const temperature = await loadConcept('temperature');
		expect(temperature?.title).toBe('Temperature');
		expect(temperature?.body.length).toBeGreaterThan(500);
		expect(await loadConcept('no-such-concept')).toBeUndefined();
		expect(summaryOf('no-such-concept')).toBeUndefined();
	});

	it('pages through the reading order, with no previous page at the start or next at the end', () => {
		const first = conceptList[0]!.slug;
		const last = conceptList.at(-1)!.slug;
		expect(neighbours(first).previous).toBeUndefined();
		expect(neighbours(first).next).toEqual(conceptList[1]);
		expect(neighbours(last).next).toBeUndefined();
		expect(conceptsByGroup().flatMap((g) => g.concepts)).toHaveLength(conceptList.length);
	});
});
