// The built-in trigram model's training text, made at build time and prerendered as a static
// file (engine/builtin/corpus.ts says why the worker fetches it instead of bundling the texts).
import { json } from '@sveltejs/kit';
import { trainingParagraphs } from '$lib/concepts';

export const prerender = true;

export function GET(): Response {
	return json(trainingParagraphs());
}
