import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { concepts, type DiagramId } from '$lib/concepts';
import Diagram from './Diagram.svelte';
import { diagrams } from './index';

// A label each drawing must show, so a drawing registered under the wrong id is caught.
const labels: Record<DiagramId, string> = {
	transformer: 'because',
	diffusion: 'clean image',
	gan: 'Discriminator',
	vae: 'Encoder',
	rag: 'top chunks, with scores',
	temperature: 'T = 1.8',
	filters: 'top-p = 0.9',
	agent: 'check against'
};

describe('diagrams', () => {
	const withDiagram = concepts.flatMap((c) => (c.diagram ? [{ slug: c.slug, ...c.diagram }] : []));

	it('some concept pages show a diagram', () => {
		expect(withDiagram.length).toBeGreaterThan(0);
	});

	it.each(withDiagram)('$slug: the figure captions its drawing, hidden SVG', ({ id, alt }) => {
		const { body } = render(Diagram, { props: { id, alt } });
		expect(body).toMatch(/<figure[^>]*>/);
		expect(body).toContain(`>${alt}</figcaption>`);
		expect(body).toMatch(/<svg viewBox="0 0 480 200" aria-hidden="true"/);
		expect(body).toContain('id="head"');
	});

	it.each(Object.keys(labels) as DiagramId[])('%s: the drawing shows its labels', async (id) => {
		const { default: Drawing } = await diagrams[id]();
		const { body } = render(Drawing);
		expect(body).toContain(labels[id]);
		expect(body).not.toContain('<svg');
	});
});
