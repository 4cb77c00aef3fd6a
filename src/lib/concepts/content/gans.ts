import type { Concept } from '../schema';
import { dcgan, progan } from '../sourcesShared';

export default {
	slug: 'gans',
	title: 'Generative adversarial networks (GANs)',
	group: 'Architectures',
	definition:
		'A generative adversarial network (GAN) learns to generate by staging a contest, in which one network turns random numbers into samples and a second network, trained as a classifier, judges whether each sample came from the training data, so that every gain of the judge becomes a lesson for the maker.',
	body: `Ian Goodfellow and colleagues proposed GANs in 2014 with an idea borrowed from games. Instead of telling a network directly what a good image looks like, set up a contest between two networks and let the competition do the teaching.

The [[generator]] takes a vector of random numbers and turns it into a sample, for example an image. The [[discriminator]] receives either a real training example or one of the generator's fakes and outputs how likely it thinks the input is real. Training alternates: the discriminator is updated to catch more fakes, then the generator is updated to fool the improved discriminator. The two learn differently. The discriminator is an ordinary classifier trained on labelled data: real examples marked "real", generated ones marked "fake". The generator never sees a training example at all; everything it learns reaches it through the discriminator's judgement, passed back as gradients.

In theory the contest has an ideal end point, an [[equilibrium]] in which the generator's samples match the real data so closely that the discriminator can do no better than guessing, fifty-fifty; Goodfellow and colleagues proved that this optimum exists. Reaching it is another matter: Mescheder and colleagues (2018) showed that common GAN training procedures can circle around it or drift away instead of converging, so real training runs stop somewhere short of it.

A GAN has no [[likelihood]]: it can produce samples but cannot say how probable a given image is, unlike a VAE, which gives a bound on it, or a language model, which scores every token. That makes GANs hard to compare with each other and hard to check for parts of the data they never produce.

In practice the balance is delicate:

- If the discriminator wins too easily, the generator gets no useful signal.
- The generator may find a few outputs that always fool the judge and produce only those, a failure called [[mode collapse]].
- Losses go up and down instead of steadily falling, so progress is hard to read.

The 2014 samples were small: handwritten digits, low-resolution faces and tiny photos. Sharp pictures came step by step. DCGAN (2015) made convincing 64 by 64 scenes and faces with convolutional networks, progressive growing (ProGAN, Karras and colleagues, 2017) reached photorealistic faces at 1024 by 1024 pixels, and StyleGAN (2018) added control over the style of each detail. GANs remain fast at generation time, since one pass produces a sample, but for text-to-image work [diffusion models](/concepts/diffusion-models) have largely replaced them because they train more reliably and cover the variety of the data better.

The adversarial idea lives on inside other systems. Super-resolution models such as SRGAN (2017) use a discriminator to make enlarged photos look sharp rather than smooth, and the autoencoder that Stable Diffusion works through was trained with an adversarial loss so that its decoded images keep fine texture.`,
	terms: ['generator', 'discriminator', 'equilibrium', 'mode collapse', 'likelihood'],
	diagram: {
		id: 'gan',
		alt: 'Random noise flows into a box labelled Generator, which outputs a fake sample. Fake samples and real samples both flow into a box labelled Discriminator, which outputs "real or fake?". A feedback arrow returns from the discriminator to both networks.'
	},
	experiments: [
		{
			kind: 'gan2d',
			intro:
				'A real GAN, small enough to train in this tab: the generator turns random numbers into 2-D points, the discriminator judges each point real or generated, and both learn as you watch.',
			preset: 'converge',
			seed: 1,
			lookFor:
				'With the balanced preset the crosses spread out over the blobs and the shading fades towards an even judgement. Switch to the mode-collapse preset: the crosses bunch together and chase the darkest patch, covering only a blob or two.'
		}
	],
	presenter: {
		points: [
			'Forger versus detective: the detective learns from labelled real and fake examples, the forger only from the detective.',
			'Equilibrium, where the detective can only guess, is the theoretical optimum; training often does not converge to it.',
			'No likelihood: a GAN can sample but cannot score an image.',
			'Mode collapse and unstable training are why diffusion took over for images; adversarial losses live on in decoders and super-resolution.'
		],
		pointAt: 'The feedback arrow in the diagram.'
	},
	related: ['diffusion-models', 'vaes', 'generative-ai', 'history', 'ethics'],
	usedIn: [
		{ area: 'creative', how: 'Style transfer and face generation.' },
		{ area: 'science', how: 'Synthetic training data, for example medical images.' }
	],
	sources: [
		{
			title: 'Generative Adversarial Nets',
			authors: 'Ian J. Goodfellow, Jean Pouget-Abadie, Mehdi Mirza et al.',
			year: 2014,
			url: 'https://arxiv.org/abs/1406.2661',
			kind: 'paper'
		},
		dcgan,
		progan,
		{
			title: 'A Style-Based Generator Architecture for Generative Adversarial Networks',
			authors: 'Tero Karras, Samuli Laine, Timo Aila',
			year: 2018,
			url: 'https://arxiv.org/abs/1812.04948',
			kind: 'paper'
		},
		{
			title: 'Which Training Methods for GANs do actually Converge?',
			authors: 'Lars Mescheder, Andreas Geiger, Sebastian Nowozin',
			year: 2018,
			url: 'https://arxiv.org/abs/1801.04406',
			kind: 'paper'
		},
		{
			title: 'Photo-Realistic Single Image Super-Resolution Using a Generative Adversarial Network',
			authors: 'Christian Ledig, Lucas Theis, Ferenc Huszár et al.',
			year: 2017,
			url: 'https://arxiv.org/abs/1609.04802',
			kind: 'paper'
		}
	]
} satisfies Concept;
