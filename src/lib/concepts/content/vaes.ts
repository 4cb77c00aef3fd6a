import type { Concept } from '../schema';

export default {
	slug: 'vaes',
	title: 'Variational autoencoders (VAEs)',
	group: 'Architectures',
	definition:
		'A VAE learns to compress data into a small, smooth latent space and to decode any point of that space back into a plausible sample.',
	body: `An autoencoder is a network shaped like an hourglass. The [[encoder]] half squeezes an input, say a 28 by 28 image of a digit, into a handful of numbers; the [[decoder]] half tries to rebuild the original from them. Because the middle is narrow, the network must keep only what matters most. The narrow middle is the [[latent space]].

A plain autoencoder is good at compression but poor at generation: pick a random point in its latent space and the decoder often produces garbage, because the training codes are scattered with gaps between them. The variational autoencoder, introduced by Kingma and Welling in 2013 and independently by Rezende, Mohamed and Wierstra in 2014, fixes that in two moves.

- The encoder outputs a small cloud (a mean and a spread) instead of a single point, and training decodes a random sample from that cloud. Nearby points must therefore decode to similar outputs.
- A penalty, the [[KL divergence]], pulls every cloud towards a standard bell curve, so the codes crowd into one compact region with far fewer gaps. Fewer is not none: the penalty acts on each cloud separately, and the clouds together can still leave regions that no training input maps to, where the decoder produces nonsense (Rosca and colleagues, 2018).

Both moves come from a single training objective, the [[evidence lower bound]] (ELBO): a reconstruction term rewards decoding each input accurately, and the KL term charges for every bit of detail the code keeps about that particular input. The two pull against each other. Weight the KL term more heavily, as the β-VAE of Higgins and colleagues (2017) does, and the latent space becomes smoother and more orderly while reconstructions get blurrier; weight it less and the codes keep more detail but scatter, with gaps the decoder has never seen.

The result is a latent space you can walk through. Decode points along a line between the code of a "3" and the code of an "8" and you see a smooth [[interpolation]] from one to the other. Sample a point near the centre and you usually get a new, plausible digit.

VAE outputs tend to be a little blurry, since the decoder averages over uncertainty. Their most visible role today is inside image generators: Stable Diffusion moves between pixels and its compact latent space with a VAE-style autoencoder, trained with only a light KL penalty and with an adversarial loss to keep details sharp.`,
	terms: [
		'encoder',
		'decoder',
		'latent space',
		'KL divergence',
		'evidence lower bound',
		'interpolation'
	],
	diagram: {
		id: 'vae',
		alt: 'An hourglass shape: an input image enters a wide encoder that narrows to a small latent code of two numbers, then a decoder widens back out to a reconstructed image.'
	},
	experiments: [
		{
			kind: 'vae',
			intro:
				'A real VAE, small enough to train in this tab: it squeezes 16 × 16 images of four letters, each drawn with its own tilt and size, into just two numbers and learns to draw them back.',
			beta: 1,
			seed: 1,
			lookFor:
				'After a few hundred steps the letters gather in regions of the latent map and the decoded grid morphs smoothly from one letter into another. Slide the interpolation: the glyph changes gradually, never jumps. Raise β to 4 and the map packs tighter while the glyphs blur.'
		}
	],
	presenter: {
		points: [
			'Hourglass: compress, then rebuild.',
			'Clouds instead of points, and a pull towards the centre, make the space smooth.',
			'ELBO: reconstruction against KL, a trade-off between sharp outputs and an orderly space.',
			'Smooth space means interpolation and sampling both work.'
		],
		pointAt:
			'The narrow waist of the diagram: everything the model knows about an image passes through it.'
	},
	related: ['diffusion-models', 'gans', 'generative-ai', 'deep-learning'],
	usedIn: [
		{ area: 'creative', how: 'Morphing between designs, fonts or sounds.' },
		{ area: 'science', how: 'Compact descriptions of molecules to search for new ones.' }
	],
	sources: [
		{
			title: 'Auto-Encoding Variational Bayes',
			authors: 'Diederik P. Kingma, Max Welling',
			year: 2013,
			url: 'https://arxiv.org/abs/1312.6114',
			kind: 'paper'
		},
		{
			title: 'Stochastic Backpropagation and Approximate Inference in Deep Generative Models',
			authors: 'Danilo Jimenez Rezende, Shakir Mohamed, Daan Wierstra',
			year: 2014,
			url: 'https://arxiv.org/abs/1401.4082',
			kind: 'paper'
		},
		{
			title: 'β-VAE: Learning Basic Visual Concepts with a Constrained Variational Framework',
			authors: 'Irina Higgins, Loic Matthey, Arka Pal et al.',
			year: 2017,
			url: 'https://openreview.net/forum?id=Sy2fzU9gl',
			kind: 'paper'
		},
		{
			title: 'Distribution Matching in Variational Inference',
			authors: 'Mihaela Rosca, Balaji Lakshminarayanan, Shakir Mohamed',
			year: 2018,
			url: 'https://arxiv.org/abs/1802.06847',
			kind: 'paper'
		},
		{
			title: 'High-Resolution Image Synthesis with Latent Diffusion Models',
			authors: 'Robin Rombach, Andreas Blattmann, Dominik Lorenz, Patrick Esser, Björn Ommer',
			year: 2022,
			url: 'https://arxiv.org/abs/2112.10752',
			kind: 'paper'
		}
	]
} satisfies Concept;
