// A tripwire on what the post-training page says its lab shows on the built-in engine: with the
// page's seed and N, the best reward rises with N under both presets, and the gameable preset
// crowns a sample with less variety than the first one. The built-in engine's training text is
// every concept page, so editing any page can change these samples; if this fails, pick a seed
// that passes (a loop over seeds with this test's checks finds one in seconds) and put it in
// content/post-training.ts.
import { expect, it } from 'vitest';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import { getConcept, trainingParagraphs } from '$lib/concepts';
import { bestOfNItems, presets, rewardCurve } from './bestOfN';
import { readRubric, score, variety, type Rubric } from './rubric';

const rubric = (form: (typeof presets)['sensible']): Rubric => {
	const r = readRubric(form);
	if (!r.ok) throw new Error('invalid preset');
	return r.rubric;
};

it('shows best-of-N and reward hacking with the page’s seed on the built-in engine', async () => {
	const e = getConcept('post-training')!.experiments.find((x) => x.kind === 'best-of-n')!;
	const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });
	const items = bestOfNItems(
		{ prompt: e.prompt, samples: e.samples, seed: e.seed, chat: false },
		(text, settings) => ({ messages: [{ role: 'user', content: text }], ...settings })
	);
	const texts: string[] = [];
	for (const item of items) texts.push((await engine.generate(item.request, () => {})).text);

	const sensible = rewardCurve(texts.map((t) => score(t, rubric(presets.sensible)).total));
	expect(sensible.at(-1)!.best).toBeGreaterThan(sensible[0]!.best);

	const gamed = rewardCurve(texts.map((t) => score(t, rubric(presets.gameable)).total));
	expect(gamed.at(-1)!.best).toBeGreaterThan(gamed[0]!.best);
	expect(variety(texts[gamed.at(-1)!.winner]!)).toBeLessThan(variety(texts[0]!));
}, 30_000);
