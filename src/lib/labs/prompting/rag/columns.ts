// The RAG lab's two answers as columns of the shared side-by-side view: the exact prompt, what
// the trigram model reads of it, the answer with its citations linked (with retrieval only), its
// state in words (runStatus.ts) and, once complete, which passages it cites. Pure, so
// columns.spec.ts checks what each side shows without rendering.
import { trigramReads } from '$lib/demos/prompt/prompt';
import { citationSegments, citedNumbers } from '../retrieval/prompt';
import { batchSide, type BatchLike } from '../runStatus';
import type { SideColumn } from '../SideBySide.svelte';
import type { Asked } from './ragSession.svelte';

const titles = { rag: 'With retrieval', plain: 'Without retrieval' };

function citesLine(cited: number[]): string {
	if (!cited.length) return 'Cites no passage.';
	return `Cites passage${cited.length > 1 ? 's' : ''} ${cited.join(', ')}.`;
}

export function ragColumns(
	asked: Asked,
	answers: BatchLike,
	anchor: (n: number) => string
): SideColumn[] {
	return asked.items.map((item, i) => {
		const view = batchSide(answers, i, asked.engineLabel);
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
			reads: asked.continues ? trigramReads(item.prompt) : undefined,
			readsAlso:
				asked.continues && item.request.context
					? `The ${count} passage${count === 1 ? '' : 's'} reach it another way: their word counts are mixed into its own (a cache model, as statistical models used retrieved text in the 1990s).`
					: undefined,
			citations: count ? { count, anchor } : undefined,
			// A model that only continues text writes no citations: the line would say nothing.
			note:
				count && view.done && !asked.continues
					? citesLine(citedNumbers(citationSegments(text, count)))
					: undefined,
			testid: `rag-${item.id}`
		};
	});
}
