// The tokens-and-embeddings lab's own words, as data so the own-words spec (labs/ownWords.spec.ts)
// reads them. The map names its vectors every time: TF-IDF and an embedding model place the same
// paragraphs differently, and a reader must know which one is on screen.
import type { Group } from '$lib/concepts/schema';

export const mapWords = {
	heading: 'Your text as tokens, and these pages as points',
	text: 'Your text (split into tokens, then used as the search)',
	run: 'Split and search',
	noText: 'Type a few words first.',
	steps: {
		tokens: (engine: string) => `Asking ${engine} to split the text…`,
		vectors: 'Placing the paragraphs on the map…',
		search: 'Comparing your text with every paragraph…'
	},
	stopped: 'Stopped. What was done so far stays on screen.',
	embedding: (done: number, total: number) => `Embedding the paragraphs: ${done} of ${total}.`,
	loadingIndex: 'Loading the paragraphs of the concept pages…',

	tokensHeading: (engine: string) => `Your text as ${engine}’s tokens`,
	tokenCount: (tokens: number, characters: number, unit: string) =>
		`${tokens} token${tokens === 1 ? '' : 's'} for ${characters} character${characters === 1 ? '' : 's'}. A token here is: ${unit}.`,
	unknownCount: (n: number) =>
		n === 1
			? 'One of them is not in the engine’s vocabulary: it has no id, so the engine cannot use it.'
			: `${n} of them are not in the engine’s vocabulary: they have no id, so the engine cannot use them.`,
	unnumbered:
		'This engine numbers no token: its rules match the words themselves, so none has an id.',
	tokenId: (id: number) => `id ${id}`,
	wordToken: 'a word, no id',
	unknownToken: 'not in vocabulary',
	tokensList: 'Tokens in order, each with its id',

	sourceLegend: 'Vectors for the map and the search',
	tfidfOption: 'TF-IDF: word counts weighted by rarity, built in this page',
	modelOption: (label: string) => `${label}: an embedding model on this device`,
	noModel:
		'No embedding model is on this device, so the map uses TF-IDF vectors. Download one on the Models page to place the same paragraphs by meaning instead of shared words.',
	modelsLink: 'Models page',

	mapCaption: (paragraphs: number, pages: number, source: string, dimensions: number) =>
		`${paragraphs} paragraphs from ${pages} concept pages, placed by PCA of ${source} vectors (${dimensions.toLocaleString('en')} numbers each). Colour and shape mark the page and its group; numbered rings are the paragraphs nearest your text.`,
	tfidfSource: 'TF-IDF',
	modelSource: (label: string) => `${label}’s`,
	kept: (percent: number) =>
		`The two axes keep ${percent}% of the spread of the full vectors, so two paragraphs far apart on the map are far apart, but two close together may still differ along the directions left out.`,
	axes: { across: 'First axis (most spread)', up: 'Second axis' },
	shapesHeading: 'Shapes by group',
	groupShape: {
		Foundations: 'circle',
		Architectures: 'square',
		Techniques: 'triangle',
		Uses: 'diamond',
		Context: 'cross'
	} satisfies Record<Group, string>,
	outline: 'Outline one page’s paragraphs',
	outlineNone: 'None',
	table: 'The map as a table',
	columns: { page: 'Page', paragraph: 'Paragraph', across: 'Across', up: 'Up', rank: 'Nearest' },
	paragraphName: (title: string, n: number) =>
		n === 0 ? `${title}, summary` : `${title}, paragraph ${n}`,

	nearestHeading: (source: string) =>
		`Paragraphs nearest your text, by cosine of ${source} vectors`,
	score: (cosine: string) => `cosine ${cosine}`,
	noHits:
		'No paragraph shares a word with your text, so TF-IDF finds no neighbour. Try words these pages use, or an embedding model, which compares meaning.',
	openPage: 'open the page'
};
