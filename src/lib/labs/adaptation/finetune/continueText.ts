// A continuation written by a trained trigram model, for the two sides of the fine-tuning lab.
// It takes the steps of BuiltinEngine.generate (the app's built-in engine) for a request without
// penalties, alternatives or stop strings: the same tokenizer, the same sampling code
// (sampling.ts) and the same seeded draws, so each side writes exactly what the built-in engine
// would write if it had been trained on that side's text. The lab trains each model once, measures
// it (finetune.ts) and continues from it here: a BuiltinEngine would train the same model again on
// the main thread. continueText.spec.ts checks the sameness against BuiltinEngine itself.
import { BOS, EOS, tokenPiece, tokenize, type NgramModel } from '$lib/engine/builtin/ngram';
import {
	createRng,
	drawCandidate,
	nextTokenDistribution,
	type SamplingParams
} from '$lib/sampling/sampling';

export interface Continuation {
	/** What each token adds to the text, leading space included. */
	pieces: string[];
	/** 'stop': the model chose the end of the text; 'length': maxTokens were written. */
	finishReason: 'stop' | 'length';
}

export function continueText(
	model: NgramModel,
	start: string,
	settings: SamplingParams & { maxTokens: number },
	seed: number
): Continuation {
	const context = [BOS, BOS, ...tokenize(start)];
	const rng = createRng(seed);
	const pieces: string[] = [];
	while (pieces.length < settings.maxTokens) {
		const candidates = nextTokenDistribution(model.distribution(context), settings);
		const token = model.vocab[candidates[drawCandidate(candidates, rng())]!.id]!;
		if (token === EOS) return { pieces, finishReason: 'stop' };
		pieces.push(tokenPiece(context.at(-1), token));
		context.push(token);
	}
	return { pieces, finishReason: 'length' };
}
