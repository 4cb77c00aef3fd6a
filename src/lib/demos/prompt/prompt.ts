// The request of a prepared prompt experiment: the visitor's text as one user message with the
// sampling values from the controls, and the capture the token choices view needs. Which text an
// engine gets (a sentence start or a chat message) is the lab kit's adapter's business
// (labs/kit/adapter.ts). Pure, so prompt.spec.ts checks it.
import type { GenerateRequest } from '$lib/engine/types';
import { samplingFields, type SamplingValues } from '$lib/sampling/controls';

export function promptRequest(
	text: string,
	values: SamplingValues,
	showProbabilities: boolean
): GenerateRequest {
	return {
		messages: [{ role: 'user', content: text }],
		...samplingFields(values),
		alternatives: 5,
		// The top 10 of the model's distribution at every step, for the token choices view.
		capture: showProbabilities ? 10 : 0
	};
}
