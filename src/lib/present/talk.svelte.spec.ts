import { describe, expect, it } from 'vitest';
import { Talk } from './talk.svelte';

const talkOf = (
	query: string,
	loader?: (slug: string) => Promise<undefined>,
	idle?: (task: () => void) => void
) => new Talk(new URLSearchParams(query), () => {}, { channel: () => undefined, loader, idle });

describe('a talk', () => {
	it('names its slide from the concept list at once and loads the slide’s content, then the next one’s when idle', async () => {
		const asked: string[] = [];
		let idleTask: (() => void) | undefined;
		const talk = talkOf('deck=temperature:2,rag', undefined, (task) => {
			asked.push('idle');
			idleTask = task;
		});
		expect(talk.concept.title).toBe('Temperature');
		expect(talk.experiment).toBe(1);
		expect(talk.next?.title).toBe('Retrieval-augmented generation (RAG)');
		expect(talk.content).toBeUndefined();

		const loading = talk.load();
		await expect.poll(() => talk.content?.slug).toBe('temperature');
		expect(talk.content?.experiments[1]?.kind).toBe('sampling-lab');
		expect(talk.content?.presenter.points.length).toBeGreaterThan(0);
		// The next slide waits for the browser's idle time: the first view does not show it.
		expect(asked).toEqual(['idle']);
		talk.act('next');
		expect(talk.content).toBeUndefined();
		talk.act('previous');
		idleTask!();
		await loading;

		talk.act('next');
		// Loaded with the slide before it: a clicker's next press finds its demo ready.
		expect(talk.content?.slug).toBe('rag');
		expect(talk.next).toBeUndefined();
		talk.close();
	});

	it('says why a slide stays empty when its content does not arrive, and tries again on the next visit', async () => {
		let fail = true;
		const talk = talkOf('deck=temperature,rag', async () => {
			if (fail) throw new Error('Failed to fetch dynamically imported module');
			return undefined;
		});
		await talk.load();
		expect(talk.content).toBeUndefined();
		expect(talk.failed).toContain('Failed to fetch dynamically imported module');
		fail = false;
		await talk.load();
		expect(talk.failed).toBeUndefined();
		talk.close();
	});
});
