// Picks the version of a page's note that is true of the engine now running: the built-in
// trigram model continues text (whole words, counted frequencies), a downloaded model answers
// chat messages (subword tokens, a softmax). Pure, so the experiment and the presenter notes
// share it and engineText.spec.ts checks it without an engine.
import type { EngineText } from './schema';

export function textForEngine(text: EngineText, chat: boolean): string {
	if (typeof text === 'string') return text;
	return chat ? text.model : text.builtin;
}
