// The request each side of the prompt comparison sends: the prompt as one user message, and
// every other field identical on both sides (sampling settings, token limit, seed), so a
// difference between the answers comes from the wording and not from chance. The settings are
// a common middle ground (some variety, no nonsense) and 120 tokens hold a short answer: the
// built-in engine writes it in about 2.5 s per side (20 ms a word), a small GPU model in a few.
import type { GenerateRequest } from '$lib/engine/types';

export const compareSettings = { temperature: 0.7, topK: 40, topP: 0.95, maxTokens: 120 };

export function compareRequest(prompt: string, seed: number): GenerateRequest {
	return { messages: [{ role: 'user', content: prompt }], ...compareSettings, seed };
}
