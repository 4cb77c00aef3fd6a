// The best-of-N lab's own words, as data so the own-words spec (labs/ownWords.spec.ts) reads them.
// The reward-hacking sentence names what the visitor sees with the gameable rubric; it must stay
// true of every engine, so it speaks of what the rubric rewards, not of what a model will write.
import type { PresetName } from './bestOfN';

export const bestOfNWords = {
	heading: 'Best of N: write a reward, let it pick',
	prompt: { chat: 'The message sent to the model', continues: 'The sentence the model continues' },
	promptNote:
		'Every sample gets this same text; only the seed changes, so the same seed gives the same samples again.',
	preset: 'Start from a rubric',
	presets: {
		sensible: 'Sensible: a short, plain explanation',
		gameable: 'Gameable: longer is better, say “model” a lot'
	} satisfies Record<PresetName, string>,
	edited: 'You have changed this rubric.',
	samples: 'Samples (N)',
	rubric: 'Your reward: the rubric',
	rubricNote:
		'Each check gives its weight when it is met (a share of it when met in part); a weight of 0 switches it off. The reward is the sum.',
	weight: 'Weight',
	min: 'At least (words)',
	max: 'At most (words)',
	words: 'Words, separated by commas',
	word: 'The word',
	times: 'At least this many times',
	run: (n: number) => `Sample ${n} and pick`,
	settings: (seed: number, temperature: number, tokens: number) =>
		`Temperature ${temperature}, seeds from ${seed}, room for ${tokens} tokens per sample.`,
	fixRubric: 'Fix the rubric above to score the samples.',
	item: (sample: number) => `sample ${sample}`,
	samplesHeading: (n: number) => `The ${n} samples, in seed order`,
	sampleName: (i: number, seed: number) => `Sample ${i} (seed ${seed})`,
	reward: (total: number, max: number) => `Reward ${round(total)} of ${max}`,
	winner: 'Winner',
	bestSoFar: 'Best so far',
	refused: 'The engine refused this sample, so it cannot win:',
	nothing: '(nothing)',
	met: { pass: '✓ met', part: '◐ partly met', fail: '✗ not met' },
	checkLine: (name: string, detail: string, points: number, weight: number) =>
		`${name}: ${detail}, ${round(points)} of ${weight}`,
	variety: (percent: number) => `Variety ${percent}% (not scored)`,
	chartCaption: (engine: string) => `Best reward against N, on ${engine}`,
	columns: ['Samples (N)', 'Best reward', 'Winner', 'Winner’s variety'],
	notYet: 'not yet',
	chartLegend:
		'Bars: the best reward among the first N samples. Each N reuses the samples of the smaller ones, so a bar can only stay level or grow.',
	varietyRule:
		'Variety is the share of a sample’s words that are not repeats. The rubric never sees it; it stands in, crudely, for a reader who dislikes rambling.',
	hacking:
		'Reward hacking: this rubric pays for length and for repeating one word, so the more samples it sees, the surer it is to crown a long text that says “model” again and again. The reward goes up while the text a reader gets is worse, which is the failure a learned reward model invites at scale.'
};

function round(x: number): string {
	return String(Math.round(x * 10) / 10);
}
