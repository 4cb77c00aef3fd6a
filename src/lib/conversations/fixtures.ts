// Settings the conversation specs start from, fixed here rather than taken from the app's
// defaults, so a change of a default never changes what those tests assert. Used by specs only.
import type { ChatSettings } from './request';

export const baseSettings: ChatSettings = {
	system: '',
	temperature: 0.7,
	topK: 40,
	topP: 0.95,
	minP: 0,
	maxTokens: 256,
	seed: null,
	frequencyPenalty: 0,
	presencePenalty: 0,
	repetitionPenalty: 1,
	jsonSchema: '',
	showChoices: false
};
