// The agent lab's two tools and the call that ends a run, as specs (what the model is told and
// what validateCall checks) and as code (what runs once a call is valid). Searching uses the RAG
// lab's BM25 index of these concept pages (labs/prompting/retrieval/bm25.ts, loaded by
// rag/indexLoader.ts): the agent reads the same passages the RAG lab retrieves, not a search of
// its own. The index is handed in (`search`), so the tests run the tools on a small index.
import { calculate, formatNumber, MAX_EXPRESSION } from './calculator';
import type { ToolSpec, ValidCall } from './toolCall';

export const SEARCH = 'search_pages';
export const CALCULATOR = 'calculator';
/** Not a tool: the call that ends the loop with an answer for the person who asked. */
export const FINISH = 'finish';

export const toolSpecs: readonly ToolSpec[] = [
	{
		name: SEARCH,
		description:
			'Searches the concept pages of this app by keywords and returns the three best paragraphs with their page titles.',
		arguments: {
			query: { description: 'keywords to search for', minLength: 1, maxLength: 200 }
		}
	},
	{
		name: CALCULATOR,
		description:
			'Works out arithmetic: numbers, + - * / ^ and brackets (no commas inside numbers).',
		arguments: {
			expression: {
				description: 'the arithmetic, e.g. 4 + 16 / 32',
				minLength: 1,
				maxLength: MAX_EXPRESSION
			}
		}
	},
	{
		name: FINISH,
		description: 'Ends the task with the final answer for the person who asked.',
		arguments: {
			answer: {
				description: 'the answer, in one to three sentences',
				minLength: 1,
				maxLength: 1000
			}
		}
	}
];

/** A paragraph the search found, with the page it is on. */
export interface Found {
	slug: string;
	title: string;
	text: string;
}

/** What a tool gives back: the text the model reads next, and what the page shows. */
export type Observation =
	| { tool: typeof SEARCH; query: string; found: Found[]; text: string }
	| { tool: typeof CALCULATOR; expression: string; value: number; text: string }
	| { tool: 'error'; text: string };

/** The search the page hands in: the k best paragraphs for a query (BM25 over the index). */
export type SearchFn = (query: string, k: number) => Promise<Found[]> | Found[];

/** How much of each paragraph the model reads back (its context is small on this device). */
const EXCERPT = 500;
const HITS = 3;

export function excerpt(text: string, max = EXCERPT): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))} …`;
}

/** Runs a valid call of one of the two tools (a `finish` call is the loop's, not a tool's). */
export async function runTool(call: ValidCall, search: SearchFn): Promise<Observation> {
	if (call.name === SEARCH) {
		const query = call.arguments.query!;
		const found = (await search(query, HITS)).map((f) => ({ ...f, text: excerpt(f.text) }));
		const text = found.length
			? found.map((f, i) => `[${i + 1}] ${f.title}: ${f.text}`).join('\n')
			: `No paragraph of these pages contains the words of “${query}”.`;
		return { tool: SEARCH, query, found, text };
	}
	if (call.name === CALCULATOR) {
		const expression = call.arguments.expression!;
		const result = calculate(expression);
		if (!result.ok) return { tool: 'error', text: `The calculator refused: ${result.message}.` };
		return {
			tool: CALCULATOR,
			expression,
			value: result.value,
			text: `${expression} = ${formatNumber(result.value)}`
		};
	}
	// validateCall only passes names of toolSpecs, and the loop handles `finish` itself.
	return { tool: 'error', text: `“${call.name}” is not a tool that runs.` };
}
