import type { Concept } from '../schema';

export default {
	slug: 'gans',
	title: 'Generative adversarial networks (GANs)',
	group: 'Architectures',
	definition:
		'A GAN trains two networks against each other: a generator that makes fake samples and a discriminator that tries to tell them from real ones.',
	body: `Ian Goodfellow and colleagues proposed GANs in 2014 with an idea borrowed from games. Instead of telling a network directly what a good image looks like, set up a contest between two networks and let the competition do the teaching.

The [[generator]] takes a vector of random numbers and turns it into a sample, for example an image. The [[discriminator]] receives either a real training example or one of the generator's fakes and outputs how likely it thinks the input is real. Training alternates: the discriminator is updated to catch more fakes, then the generator is updated to fool the improved discriminator. Neither ever sees a rule for what "realistic" means; each only gets the other's judgement.

If training goes well, the two reach an [[equilibrium]] in which the generator's samples are so close to the real data that the discriminator can do no better than guessing, fifty-fifty.

In practice that balance is delicate:

- If the discriminator wins too easily, the generator gets no useful signal.
- The generator may find a few outputs that always fool the judge and produce only those, a failure called [[mode collapse]].
- Losses go up and down instead of steadily falling, so progress is hard to read.

GANs gave the first photorealistic generated faces (StyleGAN) and remain fast at generation time, since one pass produces a sample. For text-to-image work, [diffusion models](/concepts/diffusion-models) have largely replaced them because they train more reliably.`,
	terms: ['generator', 'discriminator', 'equilibrium', 'mode collapse'],
	diagram: {
		id: 'gan',
		alt: 'Random noise flows into a box labelled Generator, which outputs a fake sample. Fake samples and real samples both flow into a box labelled Discriminator, which outputs "real or fake?". A feedback arrow returns from the discriminator to both networks.'
	},
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about the adversarial game.',
			prompt: 'The discriminator receives either',
			temperature: 0.7,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 14,
			lookFor:
				'A live GAN that trains in this tab is planned for this page; for now, the text engine describes it.'
		}
	],
	presenter: {
		points: [
			'Forger versus detective: the competition is the teacher.',
			'Equilibrium means the detective can only guess.',
			'Mode collapse and unstable training are why diffusion took over for images.'
		],
		pointAt: 'The feedback arrow in the diagram.'
	},
	related: ['diffusion-models', 'vaes', 'generative-ai', 'history', 'ethics'],
	usedIn: [
		{ area: 'creative', how: 'Style transfer and face generation.' },
		{ area: 'science', how: 'Synthetic training data, for example medical images.' }
	]
} satisfies Concept;
