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
	vae: () => import('$lib/labs/toys/vae/VaeLab.svelte'),
	'prompt-compare': () => import('$lib/labs/prompting/compare/PromptCompare.svelte'),
	'few-shot': () => import('$lib/labs/prompting/fewshot/FewShotLab.svelte'),
	'chain-of-thought': () => import('$lib/labs/prompting/cot/CotLab.svelte'),
	rag: () => import('$lib/labs/prompting/rag/RagLab.svelte'),
	'structured-output': () => import('$lib/labs/prompting/structured/StructuredLab.svelte'),
	'use-cases': () => import('$lib/labs/prompting/usecases/UseCases.svelte'),
	'fine-tune': () => import('$lib/labs/adaptation/finetune/FineTuneLab.svelte'),
	'scaling-law': () => import('$lib/labs/adaptation/scaling/ScalingLab.svelte'),
	'model-quiz': () => import('$lib/labs/adaptation/quiz/ModelQuiz.svelte')
};

export function loadExperiment<K extends ExperimentKind>(
	kind: K
): Promise<{ default: ExperimentComponent<K> }> {
	return experimentRegistry[kind]();
}
