// The watermark lab's own words, as data so the own-words spec (labs/ownWords.spec.ts) reads
// them. Sources: Kirchenbauer et al., "A Watermark for Large Language Models" (ICML 2023,
// arXiv:2301.10226); Regulation (EU) 2024/1689, Article 50(2), dates as in the regulation page.
import type { Verdict } from './detect';

export const watermarkWords = {
	heading: 'A watermark you can embed and detect',
	generateMarked: 'Generate with the mark',
	generatePlain: 'Generate without',
	paraphrase: 'Swap every fifth word',
	detector: 'Text under the detector (edit it, or paste any text)',
	key: 'Secret key',
	gamma: 'Green share γ',
	delta: 'Strength δ',
	fpr: 'False alarms allowed',
	legend:
		'▲ green token (in its green list), ▽ red token, · first token, not scored (its previous token is not in the text).',
	tokenizer: (name: string) =>
		name === 'built-in'
			? 'Read with the built-in engine’s own tokenizer (words and punctuation): no model is needed to check a text.'
			: `Read with ${name}’s tokenizer, the tokens the mark was added to.`,
	count: (green: number, scored: number, expected: string) =>
		`${green} of ${scored} scored tokens are green; about ${expected} would be without the mark.`,
	verdict: {
		marked: 'Watermarked: this many green tokens would be this rare in unmarked text.',
		unmarked: 'No watermark found at this false-alarm rate.',
		'too-short': 'Too short to judge: the count needs a few dozen tokens.'
	} satisfies Record<Verdict, string>,
	threshold: (z: string, fpr: string) =>
		`Flagged above z = ${z}, which unmarked text passes ${fpr} of the time.`,
	how: 'Before each token, the secret key and the token before it pick a random green share γ of the vocabulary, and δ is added to the green tokens’ scores, so the writer leans green without anyone seeing it. The detector, holding the key, counts the green tokens: unmarked text hits about γ of them by chance, and z says how many standard deviations above that the count sits.',
	limitsHeading: 'What this scheme cannot do',
	limits: [
		'Short texts: with a few dozen tokens the count cannot rise far above chance, so the verdict is unsure.',
		'Paraphrase: every rewritten word changes its own colour and the next one’s; rewording a text by hand or with another model washes the mark out.',
		'Low-entropy text: where the model has only one sensible next token (a quotation, code, a list of numbers), δ cannot move it, so such passages carry little mark.',
		'The key must stay secret: whoever holds it can detect the mark, and could also write text that passes as marked or strip the mark token by token.',
		'Only text written with the mark is found: an unmarked model, or one whose owner withholds the key, leaves nothing to count.'
	],
	regulation:
		'The EU AI Act asks providers of systems that generate text, images, audio or video to mark their output in a machine-readable way so it can be detected as artificial (Article 50(2), applying from 2 August 2026; systems already on the market have until 2 December 2026, as of November 2026). A green list is one technique of that kind; the Act does not prescribe any.',
	regulationLink: 'The AI Act’s transparency duties, on the regulation page',
	sources:
		'Kirchenbauer, Geiping, Wen, Katz, Miers, Goldstein, “A Watermark for Large Language Models”, ICML 2023 (arXiv 2301.10226).'
};
