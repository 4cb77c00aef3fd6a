// ELIZA chosen in the header, then every concept lab that talks to the chosen engine, in one walk:
// each lab's Run pressed once, and an answer on screen or the plain "ELIZA-style rules cannot …"
// line where the request needs what a rule does not have (a watermark); a lab that cannot work at
// all without probabilities (a next-token distribution, a score) shows that line in place of its
// results, with Run off, before anything is asked. No page may throw an uncaught error. The
// training toys (diffusion, GAN, VAE, tiny GPT, the features network, the generative and
// discriminative fit, scaling, fine-tuning, quantization) run their own models in the page,
// whatever the header says, so they are left out; the risk-tier explorer and the timeline use no
// engine but cost little, so they are walked too.
import { expect, test, type Page } from './fixtures';
import { chooseEngine } from './engine';

/** What a lab shows with ELIZA chosen. */
type Outcome =
	/** Run pressed: an answer on screen, never a refusal or a generic failure. */
	| { answer: RegExp }
	/** Run pressed: the engine refuses this request (a watermark) in its one plain line. */
	| { refusedOnRun: RegExp }
	/** The lab needs a call ELIZA cannot serve: its line replaces the results, Run is off. */
	| { refused: RegExp };

const CANNOT = 'ELIZA-style rules cannot';
const wrote = /ELIZA-style rules: \d+ tokens?, finished its text/;
/** A batch lab once its first answer is in (the second is being written) or all are. */
const batch =
	/Running ([2-9]|\d\d+) of \d+ on ELIZA-style rules|Done: \d+ answers from ELIZA-style rules/;

const walk: { slug: string; labs: [kind: string, outcome: Outcome][] }[] = [
	{
		slug: 'history',
		labs: [
			['generations', { answer: wrote }],
			['timeline', { answer: /Milestone \d+ of \d+/ }],
			['prompt', { answer: wrote }]
		]
	},
	{
		slug: 'ethics',
		labs: [
			['bias-probe', { refused: /^ELIZA-style rules cannot show next-token probabilities/ }],
			['watermark', { refusedOnRun: /ELIZA-style rules cannot embed a watermark/ }]
		]
	},
	{
		slug: 'large-language-models',
		labs: [
			['sampling-lab', { refused: /^ELIZA-style rules cannot show next-token probabilities/ }],
			['probability-truth', { refused: /^ELIZA-style rules cannot score a text/ }]
		]
	},
	{
		slug: 'tokens-and-embeddings',
		labs: [['embeddings-map', { answer: /This engine numbers no token/ }]]
	},
	{
		slug: 'foundation-models',
		labs: [['model-quiz', { answer: /ELIZA-style rules: \d+ of 10 correct/ }]]
	},
	{
		// The rules cannot write a tool call: the rule-based planner drives the loop, named as such.
		slug: 'agents-and-tool-use',
		labs: [['agent-loop', { answer: /The rule-based planner wrote:/ }]]
	},
	{ slug: 'post-training', labs: [['best-of-n', { answer: batch }]] },
	{ slug: 'hallucination', labs: [['consistency', { answer: batch }]] },
	{ slug: 'reasoning-models', labs: [['self-consistency', { answer: batch }]] },
	{ slug: 'chain-of-thought', labs: [['chain-of-thought', { answer: batch }]] },
	{ slug: 'few-shot-learning', labs: [['few-shot', { answer: batch }]] },
	{ slug: 'prompt-engineering', labs: [['prompt-compare', { answer: wrote }]] },
	{ slug: 'rag', labs: [['rag', { answer: wrote }]] },
	{
		slug: 'use-cases',
		labs: [
			['structured-output', { answer: wrote }],
			['use-cases', { answer: wrote }]
		]
	},
	{
		slug: 'economic-impact',
		labs: [['session-cost', { answer: /hand-written rules, no weights/ }]]
	},
	{ slug: 'regulation', labs: [['risk-tiers', { answer: /Art\. \d+/ }]] }
];

const noEngine = ['timeline', 'risk-tiers'];
const labOf = (root: Page, kind: string) =>
	root.getByTestId(kind === 'sampling-lab' ? kind : `lab-${kind}`);

test('with ELIZA chosen, every engine lab runs on it or says plainly what it cannot do', async ({
	page
}) => {
	// Sixteen pages, about 50 s on a 2-core machine; a batch lab (few-shot: 36 answers) waits for
	// its first answer only, and leaving the page stops the rest.
	test.setTimeout(120_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));

	await page.goto('/concepts/history');
	await chooseEngine(page, 'eliza');
	await expect(page.getByTestId('engine-control')).toContainText('Engine: ELIZA-style rules');

	for (const { slug, labs } of walk) {
		if (slug !== 'history') await page.goto(`/concepts/${slug}`);
		for (const [kind, outcome] of labs) {
			const lab = labOf(page, kind);
			await lab.scrollIntoViewIfNeeded();
			const run = lab.locator('[data-demo="run"]');
			await expect(run, `${slug}: ${kind}`).toBeVisible();
			if (!noEngine.includes(kind)) await expect(lab).toContainText('ELIZA-style rules');
			if ('refused' in outcome) {
				await expect(lab.getByTestId('lab-refused'), `${slug}: ${kind}`).toHaveText(
					outcome.refused
				);
				await expect(run).toBeDisabled();
				// Only the frame stays: the lab's own settings and buttons (Play, Finish) would do nothing.
				await expect(lab.getByRole('button', { name: /^(Play|Finish)$/ })).toHaveCount(0);
				continue;
			}
			if (!noEngine.includes(kind))
				await expect(lab.getByTestId('lab-rules-note')).toContainText('rule-based');
			await run.click();
			const output = lab.locator('[data-slide-output]');
			if ('refusedOnRun' in outcome) {
				await expect(output.getByRole('alert'), `${slug}: ${kind}`).toHaveText(
					outcome.refusedOnRun
				);
				continue;
			}
			await expect(output, `${slug}: ${kind}`).toContainText(outcome.answer);
			// An answer: neither a refusal nor the engine's generic failure.
			await expect(output).not.toContainText(CANNOT);
			await expect(output).not.toContainText('The engine failed');
		}
	}
	expect(errors).toEqual([]);
});
