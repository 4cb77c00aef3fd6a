import type { Concept } from '../schema';
import { llama32Config } from '../sourcesShared';

export default {
	slug: 'tokens-and-embeddings',
	title: 'Tokens and embeddings',
	group: 'Foundations',
	definition:
		'A tokenizer cuts text into the pieces a model actually reads, each with a number from a fixed vocabulary, and an embedding turns a piece or a whole passage into a list of numbers whose direction stands for its meaning, so that closeness between lists can stand for similarity.',
	body: `This page goes beyond the glossary the other pages follow: the glossary names tokens only in passing and says nothing about embeddings, yet both sit under every model in this app.

A language model never sees letters or words. Before anything else, a [[tokenizer]] cuts the text into pieces and replaces each piece by its number in a fixed list, the [[vocabulary]]. Llama 3.2, one of the models this app can download, has 128,256 entries in that list; the built-in trigram engine has no subword pieces at all, and its unit is the whole word or punctuation mark, taken from the pages of this app. A word missing from its list simply has no number, so it cannot use it.

Most chat models build their vocabulary with [[byte-pair encoding]], which Sennrich, Haddow and Birch brought to neural translation in 2016. Start from single characters (or bytes), count which neighbouring pair occurs most often in a large sample of text, merge it into a new piece, and repeat until the list has the size you want. Frequent words end up as one piece, rare words as several. Whether every text can be written depends on where the merging starts: GPT-2 (Radford and colleagues, 2019) ran it over the 256 possible bytes rather than over characters, and a vocabulary that keeps all 256 single bytes can spell any string, one byte at a time if need be. SentencePiece (Kudo and Richardson, 2018) is a different toolkit that works on raw text with the spaces kept, writing a space at the start of a word as the mark \`▁\`, which is why so many pieces begin with one. Its default is not pair merging but a unigram language model (Kudo, 2018): begin with a large list of candidate pieces, estimate how likely each one is, and drop those the text can best do without until the list has the wanted size. It offers byte-pair encoding as an option, and a character it never saw becomes the single unknown token \`<unk>\` unless byte fallback is switched on, which spells such a character as its bytes instead.

This explains a famous blind spot. Asked how many times the letter r occurs in "strawberry", models have often answered two. The model receives one or a few token numbers for that word, not ten letters, so spelling is something it must have picked up indirectly from how those pieces were used; it never counts characters. Splitting the word into letters first, or asking for a short program that counts, usually fixes it. The same effect makes arithmetic on long numbers, rhymes and word lengths harder than they look, and it is why a text's price and a model's context window are measured in tokens, not words.

Inside the model each token number is looked up in a table and replaced by an [[embedding]]: a vector of a few hundred to several thousand numbers, learned during training. Mikolov and colleagues (2013) showed with word2vec that vectors learned only from which words appear near which others end up arranged by meaning: similar words point in similar directions, and some differences are consistent, so the step from "France" to "Paris" resembles the step from "Italy" to "Rome".

To compare two vectors, the usual measure is [[cosine similarity]]: the cosine of the angle between them, 1 when they point the same way, near 0 when they have nothing in common. It ignores length, so a long passage and a short one about the same thing can still score high.

A [[sentence embedding]] does the same for a whole passage. Sentence-BERT (Reimers and Gurevych, 2019) trained a network so that passages with the same meaning get vectors with a high cosine, which made searching thousands of texts by meaning fast: each is turned into a vector once, and a question is compared with all of them. That is the retrieval step of [retrieval-augmented generation](/concepts/rag). The embedding model this app offers for it, Snowflake Arctic Embed S (as of December 2026), turns a passage into 384 numbers. An older and simpler way to turn a text into a vector, TF-IDF, gives each word its own position and weighs it by how often it appears in the text and how rare it is elsewhere; it matches shared words, not meaning.`,
	terms: [
		'tokenizer',
		'vocabulary',
		'byte-pair encoding',
		'embedding',
		'cosine similarity',
		'sentence embedding'
	],
	experiments: [
		{
			kind: 'embeddings-map',
			intro:
				'Type a text: it is shown as the chosen engine’s tokens, then compared with every paragraph of these concept pages, which appear as points on a map.',
			seed: 1,
			text: 'How many times does the letter r appear in strawberry?',
			nearest: 5,
			lookFor: {
				builtin:
					'The chips: the built-in engine splits on words and punctuation, so "strawberry" is a single token with its own id, and a word it never saw gets none. A downloaded chat model would cut the same text into subword pieces instead. On the map, paragraphs of one page often sit together. The map names its vectors: with TF-IDF the nearest paragraphs are the ones sharing your rarer words, with an embedding model the ones closest in meaning.',
				model:
					'The chips: this model cuts your text into subword pieces, most starting with a space, and a long or rare word may take several. It receives those numbers, not letters. On the map, paragraphs of one page often sit together, and the nearest paragraphs are listed with their cosine.'
			}
		},
		{
			kind: 'prompt',
			intro: 'Continue a sentence about how a model reads text.',
			prompt: 'A language model never sees letters or',
			temperature: 0.7,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 7,
			lookFor: {
				builtin:
					'The built-in engine continues word by word from the last two words, picking among words that followed them in these pages. A chat model from the Models page writes in subword tokens instead.',
				model:
					'Each piece the model adds is one token, often shorter than a word. Open the sampling lab to see the pieces one at a time.'
			}
		}
	],
	presenter: {
		points: [
			'A model reads token numbers, never letters; the tokenizer cuts text into pieces.',
			'Byte-pair encoding: merge the most frequent pair, repeat (Sennrich et al., 2016).',
			'Llama 3.2: a vocabulary of 128,256 tokens; the built-in engine: whole words.',
			'"How many r in strawberry?": hard for a model that gets one or two pieces, not ten letters.',
			'Embeddings: each token or passage as a vector; word2vec (2013) showed meaning in directions.',
			'Similarity by cosine; Sentence-BERT (2019) made search by meaning fast, the basis of RAG.',
			'Live: your text as tokens, and every paragraph of these pages as a point on a map.'
		],
		pointAt: {
			builtin:
				'The single chip for "strawberry" (the built-in engine keeps whole words), then where the numbered nearest paragraphs sit on the map and which page they come from.',
			model:
				'How the chat model splits "strawberry" into pieces, then where the numbered nearest paragraphs sit on the map and which page they come from.'
		}
	},
	related: ['large-language-models', 'transformers', 'rag', 'top-k-top-p'],
	usedIn: [
		{
			area: 'operations',
			how: 'Finding earlier support tickets that describe the same problem in other words.'
		},
		{ area: 'software', how: 'Estimating what a prompt costs before sending it, in tokens.' }
	],
	sources: [
		{
			title: 'Neural Machine Translation of Rare Words with Subword Units',
			authors: 'Rico Sennrich, Barry Haddow, Alexandra Birch',
			year: 2016,
			url: 'https://arxiv.org/abs/1508.07909',
			kind: 'paper'
		},
		{
			title:
				'SentencePiece: A simple and language independent subword tokenizer and detokenizer for Neural Text Processing',
			authors: 'Taku Kudo, John Richardson',
			year: 2018,
			url: 'https://arxiv.org/abs/1808.06226',
			kind: 'paper'
		},
		{
			title:
				'Subword Regularization: Improving Neural Network Translation Models with Multiple Subword Candidates',
			authors: 'Taku Kudo',
			year: 2018,
			url: 'https://arxiv.org/abs/1804.10959',
			kind: 'paper'
		},
		{
			title: 'Language Models are Unsupervised Multitask Learners',
			authors: 'Alec Radford, Jeffrey Wu, Rewon Child, David Luan, Dario Amodei, Ilya Sutskever',
			year: 2019,
			url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
			kind: 'paper'
		},
		{
			title: 'Efficient Estimation of Word Representations in Vector Space',
			authors: 'Tomas Mikolov, Kai Chen, Greg Corrado, Jeffrey Dean',
			year: 2013,
			url: 'https://arxiv.org/abs/1301.3781',
			kind: 'paper'
		},
		{
			title: 'Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks',
			authors: 'Nils Reimers, Iryna Gurevych',
			year: 2019,
			url: 'https://arxiv.org/abs/1908.10084',
			kind: 'paper'
		},
		llama32Config
	]
} satisfies Concept;
