// The citation links as the page renders them (server render of the real components): "[n]" in
// an answer becomes a link to passage n's anchor, and nothing else of the model's text becomes
// markup, neither a number out of range nor HTML the model wrote.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import CitedAnswer from './CitedAnswer.svelte';
import RagAnswers from './RagAnswers.svelte';

const anchor = (n: number) => `lab-passage-${n}`;
const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]);

describe('citations in an answer', () => {
	it('turn each in-range marker into a link to its passage', () => {
		const { body } = render(CitedAnswer, {
			props: { text: 'Search first [1], then write [2, 3].', count: 3, anchor }
		});
		expect(links(body)).toEqual(['#lab-passage-1', '#lab-passage-2', '#lab-passage-3']);
		expect(body).toContain('aria-label="passage 2"');
		expect(body.replace(/<[^>]*>/g, '')).toBe('Search first [1], then write [2, 3].');
	});

	it('leave a marker out of range, and any HTML the model wrote, as text', () => {
		const { body } = render(CitedAnswer, {
			props: {
				text: 'See [4] and [1]. <a href="https://evil.example">click</a><img src=x onerror=alert(1)>',
				count: 3,
				anchor
			}
		});
		expect(links(body)).toEqual(['#lab-passage-1']);
		expect(body).toContain('See [4] and');
		expect(body).not.toContain('<img');
		expect(body).toContain('&lt;a href="https://evil.example">click&lt;/a>&lt;img src=x');
	});

	it('link from the RAG column of the side-by-side view, and only there', () => {
		const column = { prompt: 'P', text: 'Answer [1].', status: 'Done.' };
		const { body } = render(RagAnswers, {
			props: {
				columns: [
					{ ...column, title: 'With retrieval', citations: { count: 1, anchor }, note: 'Cites 1.' },
					{ ...column, title: 'Without retrieval' }
				]
			}
		});
		expect(links(body)).toEqual(['#lab-passage-1']);
		expect(body).toContain('Cites 1.');
		expect(body).toContain('Answer [1].');
		// Shown as written (white-space: pre-wrap), with no space the snippet might add before it.
		expect(body.replace(/<!--[^>]*-->/g, '')).toMatch(/aria-live="polite">Answer \[<a /);
	});
});
