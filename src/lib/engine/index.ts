// The one place that decides which engine speaks. Today that is the built-in trigram model;
// the WebLLM engine joins here once a downloaded model is loaded (issue: engines).
import { BuiltinEngine } from './builtin/builtinEngine';
import type { Engine } from './types';

export type * from './types';

let builtin: BuiltinEngine | undefined;

export function builtinEngine(): BuiltinEngine {
	builtin ??= new BuiltinEngine({
		// The concept texts are loaded only when the engine is first used.
		corpus: async () => (await import('$lib/concepts')).trainingParagraphs(),
		tokenDelayMs: 12
	});
	return builtin;
}

/** The engine pages should use now. */
export function currentEngine(): Engine {
	return builtinEngine();
}
