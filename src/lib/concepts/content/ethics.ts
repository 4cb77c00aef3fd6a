import type { Concept } from '../schema';

export default {
	slug: 'ethics',
	title: 'Ethical considerations',
	group: 'Context',
	definition:
		'The ethics of generative AI covers the harms it can cause or amplify, such as misinformation, bias, unclear ownership, energy use and job disruption, and what builders and users owe each other.',
	body: `The same ability that makes generative models useful, producing convincing new content cheaply, is what makes them risky. The main concerns are well established.

- **Misinformation.** Synthetic images, voices and videos, known as [[deepfakes]], along with generated news articles, can be made quickly and at scale. Detecting them after the fact is hard, so attention is shifting to [[provenance]]: recording where content came from, for instance with signed metadata or watermarks.
- **Bias amplification.** Models learn from human-written data, including its stereotypes. A model can repeat them, and because it produces so much content, it can make them more common. Testing outputs across groups and curating training data both help; neither fully solves it.
- **Attribution and copyright.** Artists and writers whose work was used for training often received neither credit nor payment, and the ownership of generated works is unclear.
- **Environmental impact.** Training a large model uses a great deal of electricity and water for cooling, and serving it to millions of users adds more every day.
- **Labour displacement.** Illustrators, copywriters, translators and musicians feel the effects first, unevenly across tasks and industries.

There are also everyday questions of honesty: should people be told when text or an image was generated? And of reliability: models state false things with confidence, often called [[hallucination]], so their output should be checked before anyone relies on it.

This app makes some of these points concrete: the model's output is treated as untrusted text, and every answer shows how probable each of its tokens was.`,
	terms: ['deepfakes', 'provenance', 'hallucination'],
	experiments: [
		{
			kind: 'prompt',
			intro:
				'Generate a confident-sounding continuation, then look at how uncertain each token actually was.',
			prompt: 'Models state false things',
			temperature: 1,
			topK: 0,
			topP: 1,
			maxTokens: 40,
			seed: 404,
			lookFor:
				'Fluent text can be built from low-probability guesses: the numbers under the tokens show it.'
		}
	],
	presenter: {
		points: [
			'Misinformation, bias, copyright, energy, jobs.',
			'Provenance over detection.',
			'Fluency is not accuracy: show the probabilities.'
		],
		pointAt: 'A token with low probability inside a sentence that reads confidently.'
	},
	related: ['regulation', 'economic-impact', 'rag', 'gans', 'future-directions'],
	usedIn: [
		{ area: 'content', how: 'Disclosure and provenance for generated media.' },
		{ area: 'operations', how: 'Fairness reviews before deploying a model to customers.' }
	]
} satisfies Concept;
