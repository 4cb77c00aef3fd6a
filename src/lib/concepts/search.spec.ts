import { describe, expect, it } from 'vitest';
import { concepts } from './index';
import { buildIndex, highlight, searchTokens } from './search';

const index = buildIndex(concepts);
const top = (q: string, n = 1) =>
	index
		.search(q)
		.slice(0, n)
		.map((r) => r.concept.slug);

describe('concept search', () => {
	it('puts a concept first when its name is typed', () => {
		for (const c of concepts) {
			expect(top(c.title), c.title).toEqual([c.slug]);
		}
		expect(top('GANs')).toEqual(['gans']);
		expect(top('RAG')).toEqual(['rag']);
		expect(top('top-p')).toEqual(['top-k-top-p']);
	});

	it('puts first a concept whose whole title is among the words, as a mistyped address gives them', () => {
		// The not-found page of /concepts/sampling-temperature searches "sampling temperature".
		expect(top('sampling temperature')).toEqual(['temperature']);
		expect(top('generative adversarial')).toEqual(['gans']);
		expect(top('diffusion model explained')).toEqual(['diffusion-models']);
	});

	it('finds the page of 20 key terms in the top 3', () => {
		const cases: [string, string][] = [
			['latent space', 'vaes'],
			['guidance', 'diffusion-models'],
			['generator discriminator', 'gans'],
			['encoder decoder', 'vaes'],
			['nucleus', 'top-k-top-p'],
			['attention', 'transformers'],
			['query key value', 'transformers'],
			['softmax', 'temperature'],
			['greedy decoding', 'temperature'],
			['LoRA', 'fine-tuning'],
			['embedding', 'rag'],
			['chunks', 'rag'],
			['mode collapse', 'gans'],
			['KL divergence', 'vaes'],
			['prompt injection', 'prompt-engineering'],
			['system prompt', 'prompt-engineering'],
			['in-context learning', 'few-shot-learning'],
			['Chinchilla', 'scaling-laws'],
			['ELIZA', 'history'],
			['deepfakes', 'ethics'],
			['EU AI Act', 'regulation'],
			['backpropagation', 'deep-learning'],
			['agent', 'future-directions'],
			['step by step', 'chain-of-thought']
		];
		expect(cases.length).toBeGreaterThanOrEqual(20);
		for (const [query, slug] of cases) expect(top(query, 3), query).toContain(slug);
	});

	it('matches as you type: a word prefix finds its completions', () => {
		expect(top('backprop', 3)).toContain('deep-learning');
		expect(top('diffus', 1)).toEqual(['diffusion-models']);
	});

	it('returns nothing for an empty or unmatched query', () => {
		expect(index.search('')).toEqual([]);
		expect(index.search('   ')).toEqual([]);
		expect(index.search('zyxwvut')).toEqual([]);
	});

	it('marks the matching words in the title and snippet', () => {
		const [first] = index.search('latent space');
		expect(first!.snippet.filter((s) => s.match).map((s) => s.text.toLowerCase())).toContain(
			'latent'
		);
		expect(highlight('Diffusion models', ['diffusion'])).toEqual([
			{ text: 'Diffusion', match: true },
			{ text: ' models', match: false }
		]);
	});

	it('tokenises hyphenated words whole and in parts, with plurals folded', () => {
		expect(searchTokens('Top-p models')).toEqual(['top', 'p', 'top-p', 'model']);
	});
});
