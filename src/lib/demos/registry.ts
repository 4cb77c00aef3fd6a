// Experiment kind → its component, imported lazily: a page loads the code of the kinds it
// carries and nothing else, so a lab (a GAN trainer, a retrieval index) costs nothing to pages
// without it. The mapped type makes a kind without a component, or a component for the wrong
// kind, a compile error; registry.spec.ts checks every kind the content uses resolves.
import type { Component } from 'svelte';
import type { Experiment, ExperimentKind } from '$lib/concepts';

type ExperimentComponent<K extends ExperimentKind> = Component<{
	experiment: Extract<Experiment, { kind: K }>;
}>;

export const experimentRegistry: {
	[K in ExperimentKind]: () => Promise<{ default: ExperimentComponent<K> }>;
} = {
	prompt: () => import('./prompt/PromptExperiment.svelte'),
	'sampling-lab': () => import('$lib/labs/sampling/SamplingLab.svelte'),
	diffusion2d: () => import('$lib/labs/toys/diffusion2d/DiffusionLab.svelte'),
	gan2d: () => import('$lib/labs/toys/gan2d/GanLab.svelte'),
	vae: () => import('$lib/labs/toys/vae/VaeLab.svelte')
};

export function loadExperiment<K extends ExperimentKind>(
	kind: K
): Promise<{ default: ExperimentComponent<K> }> {
	return experimentRegistry[kind]();
}
