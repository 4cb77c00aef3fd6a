// What a page knows of the built-in trigram engine without loading it: its name, description and
// what it can honour. The engine itself (builtinEngine.ts, with the n-gram model and the sampling
// code) runs in the worker; importing its info from there put about 1 KB (gzip) of that code on every
// page that shows an engine line, talk mode's first slide included (route bench, 2026-12-07).
import type { EngineCapabilities, EngineInfo } from '../types';

export const builtinCapabilities: EngineCapabilities = {
	maxAlternatives: 20,
	maxCapture: 50,
	topK: true,
	penalties: true,
	jsonSchema: false,
	seed: true,
	systemPrompt: false,
	chat: false,
	embeddings: false,
	score: true,
	nextTokens: true,
	rules: false
};

export const builtinInfo: EngineInfo = {
	id: 'builtin',
	label: 'Built-in trigram model',
	description:
		'A 1990s-style statistical model: it counts which word followed each pair of words in this app’s own texts. No GPU, no download.',
	kind: 'builtin',
	capabilities: builtinCapabilities
};
