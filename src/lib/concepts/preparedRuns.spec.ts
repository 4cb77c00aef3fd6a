// A tripwire on every page's prepared "Try it" prompt: with its own seed and settings, the
// built-in engine writes at least a short sentence (10 tokens). The engine's training text is
// every concept page, so adding or editing a page changes what each seed writes; a prepared
// prompt that writes three words and stops is a dead demo on a projector (three new pages made
// the temperature page's seed 99 write 3 tokens, and a browser test noticed). If this fails,
// pick a seed for that page that writes more and put it in its content file.
import { describe, expect, it } from 'vitest';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import { concepts, trainingParagraphs } from './index';

const MIN_TOKENS = 10;

describe('prepared prompts on the built-in engine', () => {
	const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });
	const prepared = concepts.flatMap((c) =>
		c.experiments.flatMap((e, i) => (e.kind === 'prompt' ? [{ slug: c.slug, i, e }] : []))
	);

	it.each(prepared.map((p) => [`${p.slug} #${p.i + 1}`, p] as const))(
		'%s writes at least a short sentence with its own seed',
		async (_, { e }) => {
			const run = await engine.generate(
				{
					messages: [{ role: 'user', content: e.prompt }],
					temperature: e.temperature,
					topK: e.topK,
					topP: e.topP,
					maxTokens: e.maxTokens,
					seed: e.seed
				},
				() => {}
			);
			expect(run.usage.completionTokens).toBeGreaterThanOrEqual(Math.min(MIN_TOKENS, e.maxTokens));
		}
	);
});
