// Which machines the generations lab asks, and exactly what each is sent. Pure, so the spec can
// check the requests without a browser. ELIZA and the trigram model always run (no download); the
// third column is the model chosen in the header when it is a neural one.
import type { EngineInfo, GenerateRequest } from '$lib/engine/types';
import { labEngine } from '../kit/adapter';

export type GenerationId = 'eliza' | 'trigram' | 'neural';

/** The longest message the lab sends: a few sentences, which is all the first two machines read. */
export const MAX_MESSAGE = 400;

/** Every column asks for a short answer, so the three finish together on any engine. */
const budget: Record<GenerationId, number> = { eliza: 40, trigram: 30, neural: 80 };

/** The request one machine gets for the message: a user message, or text to continue. */
export function requestFor(
	id: GenerationId,
	info: EngineInfo,
	message: string,
	seed: number
): GenerateRequest {
	const settings = {
		temperature: id === 'eliza' ? 0 : 0.7,
		topK: 0,
		topP: id === 'eliza' ? 1 : 0.95,
		maxTokens: budget[id],
		seed
	};
	return labEngine(info).request(message.trim(), settings);
}

/** What is wrong with a message, if anything; the lab shows it and sends nothing. */
export function messageProblem(message: string): 'empty' | 'tooLong' | null {
	const text = message.trim();
	if (!text) return 'empty';
	if (text.length > MAX_MESSAGE) return 'tooLong';
	return null;
}

/** The columns to show: the neural one only when the chosen engine is a downloaded model. */
export function columnsFor(chosen: EngineInfo): GenerationId[] {
	return chosen.kind === 'webllm' && chosen.capabilities.chat
		? ['eliza', 'trigram', 'neural']
		: ['eliza', 'trigram'];
}
