import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { rules, type Tier, type UseAnswers } from './rules';
import { none, templates } from './templates';

const base: UseAnswers = { ...none, purpose: 'general' };
const use = (over: Partial<UseAnswers>): UseAnswers => ({ ...base, ...over });

/** One example use per rule, and the tier the whole table then gives it. */
const examples: Record<string, [UseAnswers, Tier]> = {
	manipulation: [use({ purpose: 'manipulation' }), 'prohibited'],
	'exploit-vulnerable': [use({ purpose: 'exploit-vulnerable' }), 'prohibited'],
	'social-scoring': [use({ purpose: 'social-scoring', profiling: true }), 'prohibited'],
	'crime-prediction': [use({ purpose: 'crime-prediction' }), 'prohibited'],
	'face-scraping': [use({ purpose: 'face-scraping' }), 'prohibited'],
	'emotion-work-school': [use({ purpose: 'emotion-work-school' }), 'prohibited'],
	'sensitive-categorisation': [use({ purpose: 'sensitive-categorisation' }), 'prohibited'],
	'realtime-police-biometrics': [use({ purpose: 'realtime-police-biometrics' }), 'prohibited'],
	'intimate-imagery': [use({ purpose: 'intimate-imagery', generates: true }), 'prohibited'],
	'annex-i-product': [use({ purpose: 'product-safety' }), 'high-risk'],
	'annex-iii': [use({ purpose: 'employment', profiling: true, interacts: true }), 'high-risk'],
	'annex-iii-exempt': [use({ purpose: 'education', narrowTask: true }), 'minimal'],
	interaction: [use({ interacts: true }), 'transparency'],
	'synthetic-content': [use({ generates: true }), 'transparency'],
	'emotion-biometric-notice': [use({ readsEmotions: true }), 'transparency'],
	deepfake: [use({ deepfakes: true }), 'transparency'],
	literacy: [base, 'minimal']
};

describe('AI Act rule table', () => {
	it('has an example for every rule and no example without a rule', () => {
		expect(Object.keys(examples).sort()).toEqual(rules.map((r) => r.id).sort());
	});

	it.each(Object.entries(examples))(
		'%s: its example triggers it and gets the expected tier',
		(id, [answers, tier]) => {
			const result = classify(answers);
			expect(result.fired.map((r) => r.id)).toContain(id);
			expect(result.tier).toBe(tier);
		}
	);

	it('cites an article for every rule, with the date it applies from, a reason and a duty', () => {
		for (const r of rules) {
			expect(r.article, r.id).toMatch(/^Art\. \d+(\(\d+\))?/);
			expect(r.applies, r.id).toMatch(/(since|from) \d{1,2} \w+ 20\d\d/);
			expect(r.reason.length, r.id).toBeGreaterThan(10);
			expect(r.obligations.length, r.id).toBeGreaterThan(0);
		}
	});

	it('profiling removes the narrow-task exemption within Annex III', () => {
		expect(classify(use({ purpose: 'education', narrowTask: true, profiling: true })).tier).toBe(
			'high-risk'
		);
	});

	it('keeps both sets of duties for a high-risk chatbot, most severe rule first', () => {
		const result = classify(use({ purpose: 'employment', interacts: true }));
		expect(result.fired.map((r) => r.tier)).toEqual(['high-risk', 'transparency', 'minimal']);
	});

	it('puts the templates in the tiers a reader of the Act would expect', () => {
		const tierOf = (id: string) => classify(templates.find((t) => t.id === id)!.answers).tier;
		expect(tierOf('spam')).toBe('minimal');
		expect(tierOf('support-bot')).toBe('transparency');
		expect(tierOf('cv-screening')).toBe('high-risk');
		expect(tierOf('city-score')).toBe('prohibited');
	});
});
