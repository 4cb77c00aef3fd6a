// The model-quiz lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * A short fixed glossary quiz answered by the chosen engine; each model's score and speed are
 * kept on the device and plotted against its parameter count.
 */
export interface ModelQuizExperiment extends ExperimentBase {
	kind: 'model-quiz';
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'model-quiz': ModelQuizExperiment;
	}
}

export default defineLab('model-quiz', 'model quiz', () => import('./ModelQuiz.svelte'));
