import type { Concept } from '../schema';

export default {
	slug: 'rag',
	title: 'Retrieval-augmented generation (RAG)',
	group: 'Techniques',
	definition:
		'RAG looks up passages relevant to a question in a document collection and puts them into the prompt, so the model answers from that text rather than from memory alone.',
	body: `A language model's knowledge is frozen at training time and stored only vaguely in its weights. Ask about last month's price list, an internal policy, or a detail it saw once, and it may answer fluently and wrongly. Retrieval-augmented generation, described by Lewis and colleagues in 2020, splits the work: a search step finds the facts, and the model writes the answer from them.

The pipeline has three stages:

- **Index.** Split the documents into [[chunks]] of a few sentences each, and prepare them for search, either by counting words (keyword search, such as BM25) or by turning each chunk into an [[embedding]], a vector of numbers that places texts with similar meaning close together (see [tokens and embeddings](/concepts/tokens-and-embeddings), whose map shows these pages' own paragraphs that way).
- **Retrieve.** Turn the question into the same form and fetch the few chunks with the best scores, for example the highest cosine similarity between vectors.
- **Generate.** Put those chunks into the prompt with an instruction like "answer only from the passages below, and cite them".

Production systems usually refine the middle step. [[Hybrid search]] runs keyword and embedding search side by side and merges the two rankings, because keywords catch exact names, codes and rare terms that embeddings blur, while embeddings catch paraphrases that share no words with the question. A [[re-ranker]], a slower model that reads the question and each candidate passage together, then reorders the top few dozen results before the best ones go into the prompt.

RAG has clear advantages: answers can point to sources, updating knowledge means updating documents rather than retraining, and private data never has to enter the model's weights. Its quality, though, is capped by retrieval. If the right passage is not found, the model cannot use it; if the retrieved text is off topic, the model may still weave it in. Checking the [[retrieval score]] of what was found is the first step in debugging a RAG system.

The second check is on the answer itself: is every statement in it actually supported by the passages? A model can cite a passage and still add claims the passage does not contain. Evaluations of RAG systems therefore score faithfulness to the retrieved text separately from the relevance of what was retrieved, by hand or with a second model acting as a judge.

The search box on this app's concept index works the keyword way: it ranks pages by the words they share with your query, giving titles and defined terms the most weight. The experiment below runs that pipeline on these pages: it shows which paragraphs were found, their scores, and the exact prompt built from them.`,
	terms: ['chunks', 'embedding', 'retrieval score', 'hybrid search', 're-ranker'],
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
			seed: 7,
			lookFor: {
				builtin:
					'Nothing is retrieved here: the built-in engine continues from word counts alone, so any “fact” in its text is a remix of these pages, unchecked. That gap is what RAG closes.',
				model:
					'Nothing is retrieved here either: the model answers from its weights alone, so names, numbers and dates in its text are unchecked. That gap is what RAG closes.'
			}
		},
		{
			kind: 'rag',
			intro:
				'Ask anything about generative AI. The search step ranks every paragraph of these concept pages against your question, the best ones go into the prompt as numbered passages, and the engine answers twice with the same seed: once with the passages, once without.',
			question: 'How can a model answer from documents it was never trained on?',
			seed: 12,
			lookFor: {
				builtin:
					'The search half is real on any engine: read the scores and the marked words each passage shares with your question. The answer half is a 1990s version: the built-in trigram model reads only the last two words of a prompt, the same in both, so with retrieval the passages’ word counts are mixed into its own instead, and its answer borrows their phrases while the one without does not. It cannot cite anything; choose a downloaded chat model to see an answer built from the passages with [1], [2]… citations.',
				model:
					'Compare the two answers: with the passages the model can use the wording of these pages and cite [1], [2]…; without them it has only its weights. Then check faithfulness: open each cited passage and see whether it really says what the answer claims. On the built-in trigram model only the search half means anything, since it reads just the last two words of a prompt.'
			}
		}
	],
	presenter: {
		points: [
			'Search finds the facts; the model writes the answer from them.',
			'Index, retrieve, generate; hybrid search and a re-ranker sharpen the retrieval.',
			'Retrieval quality caps answer quality: always look at what was found.',
			'Then check the answer is faithful to the passages it cites.',
			'Live: the question searched over these pages (BM25 scores shown), the passages in the prompt, the answer with and without them.'
		],
		pointAt: 'The diagram’s scores next to each retrieved chunk.'
	},
	related: [
		'fine-tuning',
		'tokens-and-embeddings',
		'prompt-engineering',
		'foundation-models',
		'ethics'
	],
	usedIn: [
		{ area: 'operations', how: 'Customer service answers drawn from a knowledge base.' },
		{ area: 'science', how: 'Literature review over a collection of papers.' },
		{ area: 'education', how: 'Tutors that answer from the course material.' }
	],
	sources: [
		{
			title: 'Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks',
			authors: 'Patrick Lewis, Ethan Perez, Aleksandra Piktus et al.',
			year: 2020,
			url: 'https://arxiv.org/abs/2005.11401',
			kind: 'paper'
		},
		{
			title: 'The Probabilistic Relevance Framework: BM25 and Beyond',
			authors: 'Stephen Robertson, Hugo Zaragoza',
			year: 2009,
			url: 'https://doi.org/10.1561/1500000019',
			kind: 'paper'
		},
		{
			title: 'Dense Passage Retrieval for Open-Domain Question Answering',
			authors: 'Vladimir Karpukhin, Barlas Oğuz, Sewon Min et al.',
			year: 2020,
			url: 'https://arxiv.org/abs/2004.04906',
			kind: 'paper'
		},
		{
			title: 'Reciprocal Rank Fusion Outperforms Condorcet and Individual Rank Learning Methods',
			authors: 'Gordon V. Cormack, Charles L. A. Clarke, Stefan Büttcher',
			year: 2009,
			url: 'https://doi.org/10.1145/1571941.1572114',
			kind: 'paper'
		},
		{
			title: 'Passage Re-ranking with BERT',
			authors: 'Rodrigo Nogueira, Kyunghyun Cho',
			year: 2019,
			url: 'https://arxiv.org/abs/1901.04085',
			kind: 'paper'
		},
		{
			title: 'RAGAS: Automated Evaluation of Retrieval Augmented Generation',
			authors: 'Shahul Es, Jithin James, Luis Espinosa-Anke, Steven Schockaert',
			year: 2023,
			url: 'https://arxiv.org/abs/2309.15217',
			kind: 'paper'
		}
	]
} satisfies Concept;
