import type { Concept } from '../schema';
import { semanticEntropy, whyHallucinate } from '../sourcesShared';

export default {
	slug: 'ethics',
	title: 'Ethical considerations',
	group: 'Context',
	definition:
		'The ethics of generative AI covers the harms it can cause or amplify, such as misinformation, bias, unclear ownership, energy use and job disruption, and what builders and users owe each other.',
	body: `The same ability that makes generative models useful, producing convincing new content cheaply, is what makes them risky. The main concerns are well established.

- **Misinformation.** Synthetic images, voices and videos, known as [[deepfakes]], along with generated news articles, can be made quickly and at scale. Detecting them after the fact is hard, so attention is shifting to [[provenance]]: recording where content came from, for instance with signed metadata attached by the camera or the generator (the C2PA standard) or with watermarks hidden in the content itself, as Google's SynthID does for text (Dathathri and colleagues, 2024).
- **Misuse.** Beyond fakes, the same tools can help write phishing messages, malicious code or harassment in bulk, and can lower the effort needed for other harmful work. Hosted services restrict such uses through their terms and safety training; a model whose weights are published can have those safeguards trained away, one of the main points in the debate about releasing weights.
- **Stereotypes at scale.** Models learn from human-written data, including its stereotypes. A model can repeat them, and because it produces so much content, it can make them more common. Testing outputs across groups and curating training data both help; neither fully solves it.
- **Privacy and memorisation.** Models can store rare pieces of their training data and reproduce them word for word, a problem called [[memorisation]]: Carlini and colleagues (2021) extracted names, phone numbers and email addresses from GPT-2 just by prompting it. Personal data in a training set, or typed into a hosted assistant, can resurface where it was never meant to go.
- **Credit and ownership.** Artists and writers whose work was used for training often received neither credit nor payment, and the ownership of generated works is unclear.
- **Environmental impact.** Training a large model uses a great deal of electricity and water for cooling, and serving it to millions of users adds more every day. The International Energy Agency estimates that data centres of all kinds used about 415 TWh in 2024, around 1.5 percent of the world's electricity, and expects that to roughly double by 2030, with AI the main driver.
- **Labour displacement.** Illustrators, copywriters, translators and musicians feel the effects first, unevenly across tasks and industries.

There are also everyday questions of honesty: should people be told when text or an image was generated? And of reliability: models state false things with confidence, often called [[hallucination]] (more on [hallucination and evaluation](/concepts/hallucination)), so their output should be checked before anyone relies on it. A token's probability is a weak signal of truth at best. Mostly it measures how usual a piece of wording is in that place: a fluent falsehood built from common phrases can score high on every token, while a correct but rare name may score low. It is not worthless, though: pretrained models asked whether an answer is right are fairly well calibrated (Kadavath and colleagues, 2022), and sampling several answers and measuring how much their meanings disagree, their semantic entropy, flags many invented answers (Farquhar and colleagues, 2024).

This app makes some of these points concrete: the model's output is treated as untrusted text, and every answer shows how probable each of its tokens was, which, as the experiment below shows, mostly measures typical wording, a weak guide to truth.`,
	terms: ['deepfakes', 'provenance', 'hallucination', 'memorisation'],
	experiments: [
		{
			kind: 'prompt',
			intro:
				'Generate a continuation at temperature 1 and read the number under each token: it says how usual that token is in that place, not whether the sentence is true.',
			prompt: 'Models state false things',
			temperature: 1,
			topK: 0,
			topP: 1,
			maxTokens: 40,
			seed: 404,
			lookFor: {
				builtin:
					'High numbers only mean a word often followed the previous two in these pages: a false sentence stitched from common phrases scores just as high as a true one.',
				model:
					'A high probability means the wording is typical for this model, not that the claim is correct: a confident falsehood can score high on every token.'
			}
		},
		{
			kind: 'watermark',
			intro:
				'Generate a continuation with a hidden watermark and one without, then edit or paste text under the detector and watch its z-score.',
			prompt: 'A language model',
			maxTokens: 120,
			gamma: 0.25,
			delta: 2,
			seed: 2028,
			lookFor: {
				builtin:
					'The marked text scores a z far above the threshold, the unmarked one near 0; swapping every fifth word lowers z but rarely below the line, while a short snippet cannot be judged.',
				model:
					'The marked reply scores a z far above the threshold, the unmarked one near 0; swapping every fifth word lowers z, and a short reply cannot be judged.'
			}
		},
		{
			kind: 'bias-probe',
			intro:
				'Ask the engine which word comes next after two prompts that differ in one word, and compare the probabilities of he, she and they, or of rich and poor.',
			seed: 2018,
			lookFor: {
				builtin:
					'Most gaps are zero: the trigram model sees only the last two words, so “The nurse said that” and “The engineer said that” look the same to it.',
				model:
					'Which side each bar leans to, and how far: an occupation or a name moving he and she by several points is an association the model learned from its text.'
			}
		}
	],
	presenter: {
		points: [
			'Misinformation, misuse, bias, privacy, copyright, energy, jobs.',
			'Provenance over detection.',
			'Models can memorise and repeat personal data from their training set.',
			'Token probability is a weak signal of truth: it mostly measures typical wording; agreement across several sampled answers says more.',
			'Labs: a watermark only the key holder can count; a bias probe where one changed word moves the next word.'
		],
		pointAt:
			'The numbers under the tokens, set against the claims the sentence makes: whether or not this run happens to say something false, the numbers alone could not tell you which claims hold.'
	},
	related: ['regulation', 'economic-impact', 'rag', 'gans', 'future-directions'],
	usedIn: [
		{ area: 'content', how: 'Disclosure and provenance for generated media.' },
		{ area: 'operations', how: 'Fairness reviews before deploying a model to customers.' }
	],
	sources: [
		{
			title: 'Ethical and social risks of harm from Language Models',
			authors: 'Laura Weidinger, John Mellor, Maribeth Rauh et al.',
			year: 2021,
			url: 'https://arxiv.org/abs/2112.04359',
			kind: 'paper'
		},
		{
			title: 'Extracting Training Data from Large Language Models',
			authors: 'Nicholas Carlini, Florian Tramèr, Eric Wallace et al.',
			year: 2021,
			url: 'https://arxiv.org/abs/2012.07805',
			kind: 'paper'
		},
		{
			title: 'On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?',
			authors: 'Emily M. Bender, Timnit Gebru, Angelina McMillan-Major, Shmargaret Shmitchell',
			year: 2021,
			url: 'https://doi.org/10.1145/3442188.3445922',
			kind: 'paper'
		},
		{
			title: 'Energy and AI',
			authors: 'International Energy Agency',
			year: 2025,
			url: 'https://www.iea.org/reports/energy-and-ai',
			kind: 'paper'
		},
		{
			title: 'Scalable watermarking for identifying large language model outputs',
			authors: 'Sumanth Dathathri, Abigail See, Sumedh Ghaisas et al.',
			year: 2024,
			url: 'https://doi.org/10.1038/s41586-024-08025-4',
			kind: 'paper'
		},
		{
			title: 'C2PA Technical Specification',
			authors: 'Coalition for Content Provenance and Authenticity',
			year: 2024,
			url: 'https://c2pa.org/specifications/specifications/2.1/specs/C2PA_Specification.html',
			kind: 'web'
		},
		{
			title: 'Language Models (Mostly) Know What They Know',
			authors: 'Saurav Kadavath, Tom Conerly, Amanda Askell et al.',
			year: 2022,
			url: 'https://arxiv.org/abs/2207.05221',
			kind: 'paper'
		},
		semanticEntropy,
		whyHallucinate
	]
} satisfies Concept;
