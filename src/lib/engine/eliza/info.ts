// What the page knows of the ELIZA-style engine without loading its rules (they run in the worker).
import type { EngineCapabilities, EngineInfo } from '../types';

export const elizaCapabilities: EngineCapabilities = {
	maxAlternatives: 1,
	maxCapture: 1,
	topK: false,
	penalties: false,
	jsonSchema: false,
	seed: true,
	systemPrompt: false,
	chat: true,
	embeddings: false,
	score: false,
	nextTokens: false,
	rules: true
};

export const elizaInfo: EngineInfo = {
	id: 'eliza',
	label: 'ELIZA-style rules',
	description:
		'A rule-based responder in the manner of Weizenbaum’s 1966 program: keywords, patterns and templates written by hand. No statistics, no learning.',
	kind: 'builtin',
	capabilities: elizaCapabilities
};
