// Ready-to-run prompts, at least one for each use-case area of the glossary (useCaseAreas), as
// data the visitor picks from and edits. Each is a complete brief in the shape the prompt
// engineering page recommends (task, context, constraints, format), with its own made-up
// details so it runs as it is: a template with blanks to fill would fail on stage. Each ends
// with a label for the answer ("Summary:"), an old prompting habit: a chat model starts with the
// answer itself, and the built-in trigram model, which continues only the last two words, gets
// something to continue (after a full stop the paragraphs it learned from mostly end, so it
// wrote nothing for 10 briefs out of 10 that ended with one). Business
// operations has three because the glossary names three kinds of work there (meeting notes,
// legal drafts, reports).
import type { UseCaseArea } from '$lib/concepts';
import type { GenerateRequest } from '$lib/engine/types';

export interface UseCaseTemplate {
	id: string;
	area: UseCaseArea;
	title: string;
	prompt: string;
}

export const templates: UseCaseTemplate[] = [
	{
		id: 'marketing',
		area: 'content',
		title: 'Marketing copy',
		prompt:
			'You write marketing copy for a neighbourhood bakery that now sells sourdough loaves baked before 7 a.m. Write three short social media posts announcing them: friendly, each under 30 words, no hashtags.\n\nPosts:'
	},
	{
		id: 'code',
		area: 'software',
		title: 'Code from a description',
		prompt:
			'Write a TypeScript function slugify(title: string): string that lowercases the title, turns every run of characters other than letters and digits into one hyphen, and removes hyphens at both ends. Add three example calls with their expected results as comments.\n\nCode:'
	},
	{
		id: 'dialogue',
		area: 'creative',
		title: 'Game dialogue',
		prompt:
			'You are writing dialogue for a fantasy video game. Write four lines that a tired lighthouse keeper says to a traveller who knocks during a storm, gruff but kind. At most 20 words per line.\n\nLines:'
	},
	{
		id: 'research-summary',
		area: 'science',
		title: 'Research finding in plain words',
		prompt:
			'Explain this research finding to a general audience in three sentences, without jargon: “In a preregistered experiment with 453 college-educated professionals, the half who could use ChatGPT took 40% less time on writing tasks, and graders rated their work 18% higher (Noy and Zhang, Science, 2023).”\n\nExplanation:'
	},
	{
		id: 'exercise',
		area: 'education',
		title: 'A lesson exercise',
		prompt:
			'Create a practice exercise for 12-year-olds who are learning percentages: five questions about prices and discounts in a shop, each a little harder than the one before, followed by an answer key.\n\nExercise:'
	},
	{
		id: 'meeting-notes',
		area: 'operations',
		title: 'Meeting-notes summary',
		prompt:
			'Summarise these meeting notes in at most four bullet points, then list each action with its owner and due date.\n\nNotes: Ana says the launch moves to 14 May because the payment tests failed. Ben reruns the tests by Friday. Chen asks who tells the customers; Ana drafts the email by Wednesday. The budget stays the same. Next meeting on Tuesday.\n\nSummary:'
	},
	{
		id: 'contract-clause',
		area: 'operations',
		title: 'Contract clause draft',
		prompt:
			'Draft a confidentiality clause for a short freelance design contract in which the designer sees the client’s unreleased product plans. Plain English, under 120 words, and state how long the duty lasts after the contract ends. Label it as a draft for a lawyer to review.\n\nClause:'
	},
	{
		id: 'report',
		area: 'operations',
		title: 'A short report',
		prompt:
			'Write a one-paragraph monthly sales report from these figures, naming the largest change and one possible reason for it: January 120 orders, February 95 orders, March 160 orders; the average order stayed at 42 euros.\n\nReport:'
	}
];

/** The concept pages' limit (long texts belong in the playground); enough for each brief. */
export const TEMPLATE_MAX_TOKENS = 200;

export function templateRequest(prompt: string, seed: number): GenerateRequest {
	return {
		messages: [{ role: 'user', content: prompt }],
		temperature: 0.7,
		topK: 40,
		topP: 0.95,
		maxTokens: TEMPLATE_MAX_TOKENS,
		seed
	};
}
