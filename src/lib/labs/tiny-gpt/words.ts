// The tiny-GPT lab's own words, kept as data so the own-words spec (labs/ownWords.spec.ts) checks
// them. The presets' descriptions say what each size does on this app's text (model.spec.ts and
// the bench measured them).
import type { PresetId } from './presets';

export const gptWords = {
	title: 'train a tiny GPT on these pages',
	chartTitle: 'Loss (nats per character)',
	lossNames: ['training text', 'held-out text'],
	presets: {
		tiny: 'Tiny: 1 block, 2 heads, width 32, sees 64 characters (about 18,000 weights; trains on any device)',
		small:
			'Small: 2 blocks, 2 heads, width 64, sees 64 characters (about 110,000 weights; smooth with a GPU)',
		medium:
			'Medium: 4 blocks, 4 heads, width 128, sees 128 characters (about 820,000 weights; needs a GPU)'
	} satisfies Record<PresetId, string>,
	samplesHeading: 'What it writes as it learns',
	noSample: 'No sample yet: press Train, a sample follows every few seconds.',
	sampleAt: (step: string) => `after ${step} steps`,
	promptLabel: 'Text to look inside (up to 32 characters)',
	inputHeading: 'What goes in: a character plus its place',
	inputPanels: ['character', 'position', 'sum: the input row'],
	inputRows: (t: number, d: number) =>
		`${t} input row${t === 1 ? '' : 's'} of ${d} numbers each. Every row is the character's own embedding, the same wherever it stands, plus the row of its position; blue marks numbers above zero, orange below, deeper for larger.`,
	inputRepeat: (c: string, i: number, j: number, apart: string) =>
		`${c} appears at places ${i} and ${j}: the same character row, yet the two input rows lie ${apart} apart, because their positions differ.`,
	attentionHeading: 'Where each character looks',
	layer: 'Block',
	head: 'Head',
	attentionHelp:
		'Rows are the characters doing the looking, columns the characters they may look at. The hatched triangle above the diagonal is the causal mask: a character never sees the ones after it. Hover over or focus a character to read where it looks.',
	noAttention: 'Type some text to see the attention of the model as it is now.',
	looksAt: (who: string, where: string) => `${who} looks most at ${where}.`,
	tableSummary: 'Attention weights as a table',
	embeddingHeading: 'Character embeddings, flattened to 2-D',
	embeddingHelp:
		'Each character’s learned vector, projected onto the two directions in which the vectors differ most. At first the characters sit in a random cloud; with training, vowels, digits and punctuation drift into their own regions, because they are used in similar places.',
	kvHeading: 'The KV cache, measured',
	kvHelp:
		'Generating one character at a time, the model either runs the whole text so far again for each new character, or keeps each block’s keys and values and computes only the new row. The chart shows the time per character against its position.',
	kvRun: 'Measure with and without the cache',
	kvRunning: 'Measuring…',
	kvTitle: 'Milliseconds per character',
	kvNames: ['without cache', 'with cache'],
	keepHeading: 'Keep this model',
	saveHere: 'Save on this device',
	loadHere: 'Load the saved one',
	exportFile: 'Export as a file',
	importFile: 'Import a file',
	savedNote: (steps: string) =>
		`Saved on this device after ${steps} training steps, one model per size.`,
	restoredNote: (steps: string) =>
		`Loaded a model trained for ${steps} steps; Train goes on from there, Reset starts again from the seed.`,
	noneSaved: 'No model of this size is saved on this device yet.'
};
