// A lab is its folder: its lab.ts declares a config and names its component. These lines are
// checked by svelte-check (npm run check): each @ts-expect-error must meet a type error, so a
// change that let a lab without a config, or a component for another lab's config, compile would
// fail the check. The runtime test keeps the file a test suite.
import { expect, it } from 'vitest';
import { defineLab, type Experiment } from './declaration';

it('keeps the kind and leaves the component unloaded until asked', () => {
	let loaded = false;
	const lab = defineLab('chain-of-thought', 'chain-of-thought check', () => {
		loaded = true;
		return import('../prompting/cot/CotLab.svelte');
	});
	expect(lab.kind).toBe('chain-of-thought');
	expect(lab.name).toBe('chain-of-thought check');
	expect(loaded).toBe(false);
});

export const rejected = [
	// A kind no lab declares a config for.
	// @ts-expect-error -- 'no-such-lab' is not a key of LabConfigs
	defineLab('no-such-lab', 'x', () => import('../prompting/cot/CotLab.svelte')),
	// A component written for another lab's config.
	// @ts-expect-error -- CotLab takes a ChainOfThoughtExperiment, not a RagExperiment
	defineLab('rag', 'x', () => import('../prompting/cot/CotLab.svelte'))
];

export const content: Experiment[] = [
	// A content entry missing a field the lab's config requires.
	// @ts-expect-error -- a RAG experiment needs its question
	{ kind: 'rag', intro: 'i', seed: 1, lookFor: 'l' },
	// A content entry for a kind no lab declares.
	// @ts-expect-error -- no lab declares 'no-such-lab'
	{ kind: 'no-such-lab', intro: 'i', seed: 1, lookFor: 'l' }
];
