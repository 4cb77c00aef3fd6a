// The risk explorer's own words, as data so the own-words spec (labs/ownWords.spec.ts) reads
// them. Source: Regulation (EU) 2024/1689 (the AI Act), and the Digital Omnibus on AI as adopted
// in 2026 (dates as on the regulation page), checked as of the date in rules.ts.
import type { Tier } from './rules';

export const riskWords = {
	heading: 'The AI Act’s risk tiers, by rule',
	engineAfter: ': not used here. The tier comes from the rule table below.',
	next: 'Next use',
	own: 'Your own answers',
	questionsLegend: 'Questions about the use',
	template: 'Start from a use',
	purpose: 'What is it for?',
	questions: {
		interacts: 'It talks with people directly',
		generates: 'It generates or edits text, images, audio or video',
		deepfakes: 'It makes realistic media of real people or events',
		readsEmotions: 'It recognises emotions or sorts people by biometric traits',
		narrowTask: 'It only does a narrow procedural or preparatory task',
		profiling: 'It profiles people (personality, behaviour, reliability, health)'
	},
	tier: {
		prohibited: 'Prohibited',
		'high-risk': 'High-risk',
		transparency: 'Transparency obligations',
		minimal: 'Minimal risk'
	} satisfies Record<Tier, string>,
	result: 'Tier',
	reasoning: 'Why: the rules that apply',
	obligations: 'What follows',
	applies: (when: string) => `Applies ${when}.`,
	asOf: (date: string) =>
		`Rule table written from Regulation (EU) 2024/1689, as of ${date}. Decided by these rules alone, never by a language model.`,
	omnibus:
		'Dates that moved: the Digital Omnibus on AI, adopted in June 2026, postponed the high-risk duties from August 2026 to 2 December 2027 for Annex III uses and to 2 August 2028 for regulated products, gave systems already on the market until 2 December 2026 to mark their output, and added a ban on generating non-consensual intimate images and abuse material from that date.',
	limits:
		'Where the table stops: it is a teaching summary, not legal advice. It leaves out the exceptions the Act spells out (research, national security, narrow police uses, medical or safety uses of emotion recognition), the separate duties of general-purpose model providers (Art. 51–55), national rules, and the guidance the Commission keeps publishing. For a real system, read the articles and ask a lawyer.',
	source: 'Regulation (EU) 2024/1689 on EUR-Lex'
};
