import type { Concept } from '../schema';

export default {
	slug: 'diffusion-models',
	title: 'Diffusion models',
	group: 'Architectures',
	definition:
		'A diffusion model generates an image by starting from random noise and removing a little of it at a time, guided by what it learned about clean images.',
	body: `Take a photo and add a small amount of random noise. Do it again, and again, a thousand times, and nothing recognisable is left: just static. That destruction is easy and needs no learning. A diffusion model learns the reverse: given a noisy image and how far along the process it is, predict the noise that was added, so it can be subtracted.

Generating then runs the film backwards. Start from pure noise, ask the network for its best guess of the noise, remove part of it, and repeat for some tens of steps. Each step is a small [[denoising]] correction, and structure appears gradually: first rough shapes and colours, then edges, then fine texture. This [[iterative refinement]] is slower than a single pass, but it is stable to train and produces very detailed results.

Two ideas made the approach practical for text-to-image systems such as Stable Diffusion, DALL·E and Midjourney:

- Work in a [[latent space]]: an encoder first compresses images to a much smaller grid of numbers, the denoising happens there, and a decoder turns the result back into pixels. This cuts the computation many times over.
- Use [[guidance]]: the network is trained with and without a text description, and at generation time the difference between its two predictions is amplified, pushing the image towards the prompt. A higher guidance scale follows the prompt more literally at some cost in variety.`,
	terms: ['denoising', 'iterative refinement', 'latent space', 'guidance'],
	diagram: {
		id: 'diffusion',
		alt: 'Five squares from left to right: pure noise, then progressively less noisy versions, ending in a clean circle shape. Arrows labelled "remove a little noise" connect them; a reverse arrow underneath is labelled "training adds noise".'
	},
	experiments: [
		{
			kind: 'prompt',
			intro:
				'Text comes one token at a time; a diffusion model refines a whole picture in steps. Compare by generating text here.',
			prompt: 'Generating then runs the',
			temperature: 0.7,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 55,
			lookFor:
				'A language model commits to each token once; a diffusion model revisits every pixel at every step.'
		}
	],
	presenter: {
		points: [
			'Destroying an image with noise is easy; learn to undo it step by step.',
			'Latent space makes it affordable; guidance makes it follow the prompt.',
			'Structure appears coarse to fine.'
		],
		pointAt: 'The diagram, read from left to right.'
	},
	related: ['generative-ai', 'vaes', 'gans', 'deep-learning'],
	usedIn: [
		{ area: 'creative', how: 'Concept art, storyboards and textures.' },
		{ area: 'content', how: 'Product imagery and social media graphics.' },
		{ area: 'science', how: 'Generating candidate molecules and protein structures.' }
	]
} satisfies Concept;
