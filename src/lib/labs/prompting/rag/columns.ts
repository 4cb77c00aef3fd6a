// The RAG lab's two answers as columns of the shared side-by-side view: the exact prompt, what
// the engine reads of it where that is less (the trigram model: two words, and the passages as a
// cache model), the answer with its citations linked (with retrieval only), its state in words
// (the kit's itemState) and, once complete, which passages it cites. Pure, so columns.spec.ts
// checks what each side shows without rendering.
import { itemState, type QueueView } from '../../kit/runState';
import { citationSegments, citedNumbers } from '../retrieval/prompt';
import type { SideColumn } from '../SideBySide.svelte';
import type { Asked } from './ragSession.svelte';

export interface RagColumn extends SideColumn {
	/** "[n]" in the text for n in 1..count becomes a link to the element anchor(n). */
	citations?: { count: number; anchor: (n: number) => string };
}

const titles = { rag: 'With retrieval', plain: 'Without retrieval' };

function citesLine(cited: number[]): string {
	if (!cited.length) return 'Cites no passage.';
	return `Cites passage${cited.length > 1 ? 's' : ''} ${cited.join(', ')}.`;
}

/** What an engine that continues text reads of a prompt, and how the passages reach it. */
function readsLines(asked: Asked, prompt: string, passages: number): string[] | undefined {
	if (asked.engine.chat) return undefined;
	const lines = [`It continues only the last two words: “${asked.engine.reads(prompt)}”.`];
	if (passages)
		lines.push(
			`The ${passages} passage${passages === 1 ? '' : 's'} reach it another way: their word counts are mixed into its own (a cache model, as statistical models used retrieved text in the 1990s).`
		);
	return lines;
}

export function ragColumns(
	asked: Asked,
	answers: QueueView,
	anchor: (n: number) => string
): RagColumn[] {
	return asked.items.map((item, i) => {
		const view = itemState(answers, i, asked.engine.label);
		const text = view.text.trimStart();
		const count = item.id === 'rag' ? asked.hits.length : 0;
		return {
			title: titles[item.id],
			prompt: item.prompt,
			text,
			status: view.status,
			failed: view.error !== null,
			action: view.error?.action,
			busy: view.writing,
			reads: readsLines(asked, item.prompt, item.request.context ? count : 0),
			citations: count ? { count, anchor } : undefined,
			// A model that only continues text writes no citations: the line would say nothing.
			note:
				count && view.done && asked.engine.chat
					? citesLine(citedNumbers(citationSegments(text, count)))
					: undefined,
			testid: `rag-${item.id}`
		};
	});
}
