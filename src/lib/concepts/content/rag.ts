import type { Concept } from '../schema';

export default {
	slug: 'rag',
	title: 'Retrieval-augmented generation (RAG)',
	group: 'Techniques',
	definition:
		'RAG looks up passages relevant to a question in a document collection and puts them into the prompt, so the model answers from that text rather than from memory alone.',
	body: `A language model's knowledge is frozen at training time and stored only vaguely in its weights. Ask about last month's price list, an internal policy, or a detail it saw once, and it may answer fluently and wrongly. Retrieval-augmented generation, described by Lewis and colleagues in 2020, splits the work: a search step finds the facts, and the model writes the answer from them.

The pipeline has three stages:

- **Index.** Split the documents into [[chunks]] of a few sentences each, and prepare them for search, either by counting words (keyword search, such as BM25) or by turning each chunk into an [[embedding]], a vector of numbers that places texts with similar meaning close together.
- **Retrieve.** Turn the question into the same form and fetch the few chunks with the best scores, for example the highest cosine similarity between vectors.
- **Generate.** Put those chunks into the prompt with an instruction like "answer only from the passages below, and cite them".

RAG has clear advantages: answers can point to sources, updating knowledge means updating documents rather than retraining, and private data never has to enter the model's weights. Its quality, though, is capped by retrieval. If the right passage is not found, the model cannot use it; if the retrieved text is off topic, the model may still weave it in. Checking the [[retrieval score]] of what was found is the first step in debugging a RAG system.

This app's own concept pages are the document collection for the retrieval experiment on this page.`,
	terms: ['chunks', 'embedding', 'retrieval score'],
	diagram: {
		id: 'rag',
		alt: 'A question goes to a search step over a stack of document chunks; the top three chunks, each with a score, are placed into a prompt together with the question; the prompt goes to the language model, which writes an answer citing the chunks.'
	},
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about the retrieval pipeline.',
			prompt: 'The pipeline has three',
			temperature: 0.6,
			topK: 30,
			topP: 0.9,
			maxTokens: 40,
			seed: 8,
			lookFor:
				'A retrieval lab that shows the chunks found in these pages, with their scores, is planned for this page.'
		}
	],
	presenter: {
		points: [
			'Search finds the facts; the model writes the answer from them.',
			'Index, retrieve, generate.',
			'Retrieval quality caps answer quality: always look at what was found.'
		],
		pointAt: 'The diagram’s scores next to each retrieved chunk.'
	},
	related: ['fine-tuning', 'prompt-engineering', 'foundation-models', 'ethics'],
	usedIn: [
		{ area: 'operations', how: 'Customer service answers drawn from a knowledge base.' },
		{ area: 'science', how: 'Literature review over a collection of papers.' },
		{ area: 'education', how: 'Tutors that answer from the course material.' }
	]
} satisfies Concept;
