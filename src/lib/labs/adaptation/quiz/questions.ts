// The model quiz: ten multiple-choice questions on ideas from the concept pages, written for this
// app. Fixed, so scores from different engines and different days compare; one correct option
// each, the correct letters spread over A–D so that always answering one letter scores at most 30%.
export type Letter = 'A' | 'B' | 'C' | 'D';
export const letters: readonly Letter[] = ['A', 'B', 'C', 'D'];

export interface QuizQuestion {
	id: string;
	question: string;
	options: [string, string, string, string];
	answer: Letter;
}

export const quiz: QuizQuestion[] = [
	{
		id: 'temperature',
		question:
			'Which setting, when raised, makes a language model’s choice of the next token more random?',
		options: ['Temperature', 'Context window', 'Embedding size', 'Learning rate'],
		answer: 'A'
	},
	{
		id: 'rag',
		question:
			'What does retrieval-augmented generation add to the prompt before the model answers?',
		options: [
			'A longer system prompt',
			'Passages found in a collection of documents',
			'A random seed',
			'A list of banned words'
		],
		answer: 'B'
	},
	{
		id: 'gan',
		question: 'In a generative adversarial network, what is the discriminator’s job?',
		options: [
			'To compress images',
			'To write captions for images',
			'To tell real samples from generated ones',
			'To remove noise step by step'
		],
		answer: 'C'
	},
	{
		id: 'diffusion',
		question: 'What does a diffusion model learn to do?',
		options: [
			'Rank search results',
			'Translate between languages',
			'Count pairs of words',
			'Remove noise from a noisy input, a little at each step'
		],
		answer: 'D'
	},
	{
		id: 'top-p',
		question: 'What does top-p (nucleus) sampling keep before drawing the next token?',
		options: [
			'The smallest set of most likely tokens whose probabilities add up to p',
			'The p most frequent words of the training data',
			'Only tokens longer than p letters',
			'Every token in the vocabulary'
		],
		answer: 'A'
	},
	{
		id: 'few-shot',
		question: 'What is few-shot prompting?',
		options: [
			'Training a model from scratch on a small dataset',
			'Putting a few worked examples of the task in the prompt',
			'Running a model on only a few GPUs',
			'Cutting every answer short'
		],
		answer: 'B'
	},
	{
		id: 'lora',
		question: 'When LoRA adapts a large model, what does it train?',
		options: [
			'Every weight of the model',
			'Only the tokenizer',
			'Small low-rank matrices added alongside frozen weights',
			'A new training dataset'
		],
		answer: 'C'
	},
	{
		id: 'attention',
		question:
			'Which mechanism lets a transformer weigh every earlier token when it produces the next one?',
		options: ['Convolution', 'Pooling', 'Dropout', 'Self-attention'],
		answer: 'D'
	},
	{
		id: 'vae',
		question: 'What does the encoder of a variational autoencoder produce for each input?',
		options: [
			'A distribution over points in a latent space',
			'A class label',
			'A sentence describing it',
			'A reward'
		],
		answer: 'A'
	},
	{
		id: 'chinchilla',
		question:
			'By the Chinchilla study’s rule of thumb, about how many training tokens per parameter make the best use of a fixed compute budget?',
		options: ['1', '20', '1,000', '1 million'],
		answer: 'B'
	}
];
