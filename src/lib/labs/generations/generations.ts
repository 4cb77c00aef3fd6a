// Which machines the generations lab asks, and exactly what each is sent. Pure, so the spec can
// check the requests without a browser. ELIZA and the trigram model always run (no download); the
// tiny GPT runs when one trained on the transformers page is saved on this device (it is no engine:
// it runs in the page, tiny-gpt/continueText.ts); the last column is the model chosen in the
// header when it is a neural one.
import type { EngineInfo, GenerateRequest } from '$lib/engine/types';
import { labEngine } from '../kit/adapter';

export type GenerationId = 'eliza' | 'trigram' | 'tiny' | 'neural';
/** The columns that run on an engine (the tiny GPT runs in the page). */
export type EngineColumn = Exclude<GenerationId, 'tiny'>;

/** The longest message the lab sends: a few sentences, which is all the first two machines read. */
export const MAX_MESSAGE = 400;

/** Every column asks for a short answer, so they finish at about the same time on any engine. */
const budget: Record<EngineColumn, number> = { eliza: 40, trigram: 30, neural: 80 };

/** The tiny GPT's characters: about as much text as the trigram model's 30 words would be. */
export const TINY_CHARACTERS = 40;

/** The request one machine gets for the message: a user message, or text to continue. */
export function requestFor(
	id: EngineColumn,
	info: EngineInfo,
	message: string,
	seed: number
): GenerateRequest {
	// The adapter sends the rules none of these settings but the length (they have no sampling).
	const settings = { temperature: 0.7, topK: 0, topP: 0.95, maxTokens: budget[id], seed };
	return labEngine(info).request(message.trim(), settings);
}

/** What is wrong with a message, if anything; the lab shows it and sends nothing. */
export function messageProblem(message: string): 'empty' | 'tooLong' | null {
	const text = message.trim();
	if (!text) return 'empty';
	if (text.length > MAX_MESSAGE) return 'tooLong';
	return null;
}

/**
 * The columns to show, oldest machine first: the tiny GPT when one is saved here, the neural
 * one only when the chosen engine is a downloaded chat model.
 */
export function columnsFor(chosen: EngineInfo, tinySaved = false): GenerationId[] {
	const columns: GenerationId[] = ['eliza', 'trigram'];
	if (tinySaved) columns.push('tiny');
	if (chosen.kind === 'webllm' && chosen.capabilities.chat) columns.push('neural');
	return columns;
}
