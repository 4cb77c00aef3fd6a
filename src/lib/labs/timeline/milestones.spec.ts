import { describe, expect, it } from 'vitest';
import { conceptSlugs } from '$lib/concepts/schema';
import { concepts } from '$lib/concepts';
import { eras, milestones, milestonesIn } from './milestones';

describe('history timeline', () => {
	it('runs oldest first, and every era filter keeps that order', () => {
		const years = milestones.map((m) => m.year);
		expect(years).toEqual([...years].sort((a, b) => a - b));
		for (const era of Object.keys(eras) as (keyof typeof eras)[]) {
			const some = milestonesIn(era);
			expect(some.length).toBeGreaterThan(1);
			expect(some.every((m) => m.era === era)).toBe(true);
		}
		expect(milestonesIn('all')).toHaveLength(milestones.length);
	});

	it('links only to pages that exist, and cites works the concept pages cite', () => {
		const cited = new Set(concepts.flatMap((c) => c.sources.map((s) => s.url)));
		for (const m of milestones) {
			if (m.slug) expect(conceptSlugs).toContain(m.slug);
			// ChatGPT's announcement is the one web page; every paper is cited on a concept page too.
			if (!m.source.url.includes('openai.com')) expect(cited, m.name).toContain(m.source.url);
			expect(m.source.url).toMatch(/^https:\/\//);
		}
	});

	it('has a milestone in every period the history page lists, but the decades of statistics', () => {
		const history = concepts.find((c) => c.slug === 'history')!;
		const periods = [...history.body.matchAll(/\*\*(\d{4})(s?)(?:–(\d{4})(s?))?/g)].map((m) => ({
			name: m[0].slice(2),
			from: Number(m[1]),
			to: Number(m[3] ?? m[1]) + (m[4] || (!m[3] && m[2]) ? 9 : 0)
		}));
		expect(periods.length).toBeGreaterThanOrEqual(8);
		// 1970s–1990s: n-gram models at work in speech and translation, decades of use, no one work.
		const covered = periods.filter((p) =>
			milestones.some((m) => m.year >= p.from && m.year <= p.to)
		);
		expect(periods.filter((p) => !covered.includes(p)).map((p) => p.name)).toEqual(['1970s–1990s']);
	});
});
