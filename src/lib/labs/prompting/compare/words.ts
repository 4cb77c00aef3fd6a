// The prompt-comparison lab's own words, kept as data rather than in its markup so the own-words
// spec (labs/ownWords.spec.ts) checks them and the presenter notes or a translation can reach them.
import type { compareSettings } from './request';

export const compareWords = {
	heading: 'Compare two prompts',
	intro: (intro: string, task: string) => `${intro} The task: ${task}.`,
	vague: 'Vague prompt',
	clear: 'Clear prompt',
	settings: (s: typeof compareSettings, seed: number) =>
		`Both sides: temperature ${s.temperature}, top-k ${s.topK}, top-p ${s.topP}, up to ${s.maxTokens} tokens, seed ${seed}.`,
	run: 'Run both',
	reset: 'Reset prompts',
	empty: 'Write both prompts first: an empty prompt has nothing to compare.',
	checklist: (differing: number, parts: number) =>
		`What each prompt spells out (${differing} of ${parts} parts differ)`,
	part: 'Part'
};
