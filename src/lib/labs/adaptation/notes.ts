// What the adaptation labs say around their numbers, kept as data rather than in component markup:
// the components stay layout, and ownWords.spec.ts checks every text here (no run of words from
// the glossary the pages are based on, no promises). A note that depends on the engine is an
// EngineText pair, picked with textForEngine.
import type { EngineText } from '$lib/concepts';

/**
 * Both training labs run on models they train themselves, whatever the header's choice: this
 * follows the engine's label on their engine line.
 */
export const inPageEngineLine =
	', trained in this page. This lab trains its own copies of the built-in trigram model here in the page, whichever engine is chosen at the top: a downloaded neural model cannot be retrained inside a browser tab.';

export const scalingNotes = {
	method:
		'About one concept paragraph in eight (chosen by the seed) is kept aside and never trained on. The model is then trained on growing shares of the rest, and each time we measure its perplexity on the kept paragraphs: on average, how many words it is torn between at each real next word. Lower is better.',
	unknownWords:
		'A word a model has never seen would make its perplexity infinite, so every model keeps 1% of its probability for an even guess over all the words of the texts. That fixed price for unknown words is part of the measurement: a different price tilts the line, though the order of the points stays the same.',
	/** Each with the paper it reports, linked as on the scaling-laws page (notes.spec.ts checks). */
	published: [
		{
			text: 'Kaplan and colleagues (2020) measured the test loss of neural language models falling as a power law in parameters, data and compute, with trends holding over more than seven orders of magnitude; for data alone the loss fell roughly as D to the power −0.095. They fitted the loss, which is the logarithm of perplexity, so their exponent and the one measured here are different quantities. What carries over is the straight line on log–log axes.',
			paper: {
				title: 'Scaling Laws for Neural Language Models',
				cite: 'Kaplan et al., 2020',
				url: 'https://arxiv.org/abs/2001.08361'
			}
		},
		{
			text: 'Hoffmann and colleagues (2022, the “Chinchilla” paper) asked how to split a fixed compute budget and found that parameters and training tokens should grow together, about 20 tokens per parameter. Their Chinchilla, with 70 billion parameters trained on 1.4 trillion tokens, beat models several times larger that had seen less text.',
			paper: {
				title: 'Training Compute-Optimal Large Language Models',
				cite: 'Hoffmann et al., 2022',
				url: 'https://arxiv.org/abs/2203.15556'
			}
		}
	],
	limits:
		'Where the comparison stops: a trigram table only counts. It improves as long as new text brings new word triples, and it never generalises from one phrasing to another the way a neural network does, which is why its perplexity stays far above a real model’s.'
};

export const fineTuneNotes = {
	split:
		'The last fifth of your text is held out: the adapted model never sees it, and its perplexity is measured there. The split is by paragraphs, or by sentences when the text has fewer than five paragraphs.',
	passes:
		'The adapted model counts the base texts once and your text this many times. Repeating the text plays the part of training for more epochs: your words weigh more against everything the base knows. The comparison has limits: a count table doubles its counts exactly when it sees a text twice, while a network’s gradient steps change it less with each pass and slide into memorising; and the smoothing statistics of the trigram model (how many different words follow a pair) do not grow with repetition at all.',
	forgetting:
		'The second perplexity is measured on concept paragraphs kept aside from the base model’s training. If it rises after adapting, the model has lost some of what it knew: a small-scale version of catastrophic forgetting.',
	llm: [
		'Fine-tuning a large language model also continues training from what it already knows, but its knowledge is in billions of weights rather than counts. Full fine-tuning updates every weight and needs data-centre GPUs, with memory for the optimiser’s state on top of the model.',
		'LoRA freezes those weights and trains two thin matrices per layer whose product, a low-rank correction, is added to the frozen ones: often well under 1% of the parameters, and the adapter can be swapped for another on the same base model.',
		'Even that is out of reach inside a browser tab, so the way to adapt the downloaded model here is to put a few examples in the prompt (few-shot learning): no weight changes, and the adaptation lasts as long as the conversation.'
	]
};

export const quizNotes = {
	chance: {
		builtin:
			'The built-in trigram model cannot read a question: it continues the last two words with words from this app’s texts, so any letter it writes is luck. Expect about chance (25%) or less, since often it writes no letter at all. A downloaded chat model reads the whole question and the options.',
		model:
			'This model reads the whole question and its four options. Guessing would score 25%; small models often land well above that on definitions, and larger ones higher still.'
	} satisfies EngineText,
	speed:
		'Speed is the answers’ own timing: tokens written divided by the time spent writing them. The built-in engine pauses 20 ms after each word so that streaming is visible, so its speed shows that pause, not its arithmetic; a downloaded model’s speed depends on this device’s GPU.',
	size: 'The built-in model is placed by the number of distinct word triples it counted: a count table, not weights, so its place on the size axis is a rough comparison only. A model added by address without a known size is listed in the table but not plotted.',
	kept: 'Results are kept on this device, one row per engine. Choose another engine at the top of the page, run the quiz again, and its point joins the chart.'
};
