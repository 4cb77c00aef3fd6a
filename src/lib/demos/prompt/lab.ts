// The prepared text generation of most concept pages ("Try it"): its config and its component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * A prepared text generation on the engine the visitor chose. The same idea is sent in the form
 * each kind of engine understands: the start of a sentence for the built-in trigram model (it
 * continues the last two words), a chat message for an instruct model.
 */
export interface PromptExperiment extends ExperimentBase {
	kind: 'prompt';
	/** The start of a sentence; the built-in model continues its last words. */
	prompt: string;
	/** What a chat model is asked; by default, to continue `prompt` (see demos/prompt/prompt.ts). */
	chat?: string;
	temperature: number;
	topK: number;
	topP: number;
	maxTokens: number;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		prompt: PromptExperiment;
	}
}

export default defineLab('prompt', '“Try it” prompt', () => import('./PromptExperiment.svelte'));
