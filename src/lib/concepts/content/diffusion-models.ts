import type { Concept } from '../schema';

export default {
	slug: 'diffusion-models',
	title: 'Diffusion models',
	group: 'Architectures',
	definition:
		'A diffusion model generates data, most often images, by starting from random noise and removing a little of it at a time, guided by what it learned about clean examples.',
	body: `Take a photo and add a small amount of random noise. Do it again, and again, a thousand times, and nothing recognisable is left: just static. That destruction is easy and needs no learning. A diffusion model learns the reverse: given a noisy image and how far along the process it is, predict the noise that was added, so it can be subtracted.

Generating then runs the film backwards. Start from pure noise, ask the network for its best guess of the noise, remove part of it, and repeat. Each step is a small [[denoising]] correction, and structure appears gradually: first rough shapes and colours, then edges, then fine texture. The idea goes back to Sohl-Dickstein and colleagues (2015); DDPM (Ho, Jain and Abbeel, 2020) made it competitive with GANs on image quality, using a thousand steps; better samplers brought that down to a few dozen, and distilled models need only one to four (consistency models, Song and colleagues, 2023; adversarial diffusion distillation, Sauer and colleagues, 2023). This [[iterative refinement]] is slower than a single pass, but it is stable to train and produces very detailed results.

Text-to-image systems built on diffusion add three ingredients:

- Work in a [[latent space]]: latent diffusion (Rombach and colleagues, 2022, the basis of Stable Diffusion) first compresses each image with an autoencoder, for example a 512 by 512 picture into a 64 by 64 grid with four channels. The denoising happens on that grid, and a decoder turns the result back into pixels. This cuts the computation many times over.
- Read the prompt with a [[text encoder]]: the prompt is turned into a sequence of vectors (Stable Diffusion 1 uses the text half of CLIP), and the denoising network reads them through cross-attention layers, so at every step each region of the image can attend to the words of the prompt.
- Use [[guidance]]: the network is trained with and without a text description, and at generation time the difference between its two predictions is amplified, pushing the image towards the prompt (classifier-free guidance, Ho and Salimans). A higher guidance scale follows the prompt more literally at some cost in variety.

Not every well-known image generator works this way. The first DALL·E (2021) was not a diffusion model: a transformer wrote each picture as a sequence of discrete image tokens. DALL·E 2 (2022) diffused in pixel space, producing a 64 by 64 image and enlarging it with two further diffusion models. Midjourney has not published how its models work (as of November 2026).

Images are only the best-known case. The same recipe, noise added and learned to be removed, generates video (Ho and colleagues, 2022), speech and music (DiffWave, 2020), three-dimensional molecules for drug design (Hoogeboom and colleagues, 2022) and even text: LLaDA (2025) starts from a fully masked sentence and unmasks tokens over several steps instead of writing them left to right.`,
	terms: ['denoising', 'iterative refinement', 'latent space', 'text encoder', 'guidance'],
	diagram: {
		id: 'diffusion',
		alt: 'Five squares from left to right: pure noise, then progressively less noisy versions, ending in a clean circle shape. Arrows labelled "remove a little noise" connect them; a reverse arrow underneath is labelled "training adds noise".'
	},
	experiments: [
		{
			kind: 'diffusion2d',
			intro:
				'A real diffusion model, small enough to train in this tab in seconds: it learns to remove noise from 2-D points, then turns pure noise into the shape.',
			data: 'spiral',
			seed: 1,
			samplerSteps: 25,
			latentNote:
				'An image of 512 × 512 pixels has almost 800,000 numbers; denoising all of them at every step is slow. Systems like Stable Diffusion first compress the image with an autoencoder into a latent of about 16,000 numbers that keeps what matters (shapes, textures) and drops detail the decoder can restore, run the whole diffusion process there, and decode once at the end. The points here are already tiny, so this toy diffuses them directly.',
			lookFor:
				'Early in training the generated points stay a blur; after a few hundred steps the shape appears. Scrub the reverse process: structure comes coarse first, fine last. With two classes, raise the guidance scale and watch the points hug the chosen shape.'
		}
	],
	presenter: {
		points: [
			'Destroying an image with noise is easy; learn to undo it step by step (DDPM, 2020).',
			'A text encoder and cross-attention bring in the prompt; guidance strengthens its pull.',
			'Latent diffusion denoises a small compressed grid, not the pixels.',
			'Structure appears coarse to fine.',
			'Distilled models sample in one to four steps; the same idea generates video, audio, molecules and text.'
		],
		pointAt: 'The diagram, read from left to right.'
	},
	related: ['generative-ai', 'vaes', 'gans', 'deep-learning'],
	usedIn: [
		{ area: 'creative', how: 'Concept art, storyboards and textures.' },
		{ area: 'content', how: 'Product imagery and social media graphics.' },
		{ area: 'science', how: 'Generating candidate molecules and protein structures.' }
	],
	sources: [
		{
			title: 'Deep Unsupervised Learning using Nonequilibrium Thermodynamics',
			authors: 'Jascha Sohl-Dickstein, Eric A. Weiss, Niru Maheswaranathan, Surya Ganguli',
			year: 2015,
			url: 'https://arxiv.org/abs/1503.03585',
			kind: 'paper'
		},
		{
			title: 'Denoising Diffusion Probabilistic Models',
			authors: 'Jonathan Ho, Ajay Jain, Pieter Abbeel',
			year: 2020,
			url: 'https://arxiv.org/abs/2006.11239',
			kind: 'paper'
		},
		{
			title: 'High-Resolution Image Synthesis with Latent Diffusion Models',
			authors: 'Robin Rombach, Andreas Blattmann, Dominik Lorenz, Patrick Esser, Björn Ommer',
			year: 2022,
			url: 'https://arxiv.org/abs/2112.10752',
			kind: 'paper'
		},
		{
			title: 'Classifier-Free Diffusion Guidance',
			authors: 'Jonathan Ho, Tim Salimans',
			year: 2022,
			url: 'https://arxiv.org/abs/2207.12598',
			kind: 'paper'
		},
		{
			title: 'Consistency Models',
			authors: 'Yang Song, Prafulla Dhariwal, Mark Chen, Ilya Sutskever',
			year: 2023,
			url: 'https://arxiv.org/abs/2303.01469',
			kind: 'paper'
		},
		{
			title: 'Adversarial Diffusion Distillation',
			authors: 'Axel Sauer, Dominik Lorenz, Andreas Blattmann, Robin Rombach',
			year: 2023,
			url: 'https://arxiv.org/abs/2311.17042',
			kind: 'paper'
		},
		{
			title: 'Video Diffusion Models',
			authors: 'Jonathan Ho, Tim Salimans, Alexey Gritsenko et al.',
			year: 2022,
			url: 'https://arxiv.org/abs/2204.03458',
			kind: 'paper'
		},
		{
			title: 'DiffWave: A Versatile Diffusion Model for Audio Synthesis',
			authors: 'Zhifeng Kong, Wei Ping, Jiaji Huang, Kexin Zhao, Bryan Catanzaro',
			year: 2020,
			url: 'https://arxiv.org/abs/2009.09761',
			kind: 'paper'
		},
		{
			title: 'Equivariant Diffusion for Molecule Generation in 3D',
			authors: 'Emiel Hoogeboom, Victor Garcia Satorras, Clément Vignac, Max Welling',
			year: 2022,
			url: 'https://arxiv.org/abs/2203.17003',
			kind: 'paper'
		},
		{
			title: 'Large Language Diffusion Models',
			authors: 'Shen Nie, Fengqi Zhu, Zebin You et al.',
			year: 2025,
			url: 'https://arxiv.org/abs/2502.09992',
			kind: 'paper'
		},
		{
			title: 'Zero-Shot Text-to-Image Generation',
			authors: 'Aditya Ramesh, Mikhail Pavlov, Gabriel Goh et al.',
			year: 2021,
			url: 'https://arxiv.org/abs/2102.12092',
			kind: 'paper'
		},
		{
			title: 'Hierarchical Text-Conditional Image Generation with CLIP Latents',
			authors: 'Aditya Ramesh, Prafulla Dhariwal, Alex Nichol, Casey Chu, Mark Chen',
			year: 2022,
			url: 'https://arxiv.org/abs/2204.06125',
			kind: 'paper'
		}
	]
} satisfies Concept;
