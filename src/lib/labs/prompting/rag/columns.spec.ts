import { describe, expect, it } from 'vitest';
import type { ConceptChunk } from '$lib/concepts';
import type { EngineError } from '$lib/engine/errors';
import { builtinInfo } from '$lib/engine/builtin/builtinEngine';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { labEngine } from '../../kit/adapter';
import { words, type QueueView } from '../../kit/runState';
import { answerItems } from '../retrieval/prompt';
import { ragColumns } from './columns';
import type { Asked } from './ragSession.svelte';

const chunk = (n: number) =>
	({ id: `c#${n}`, slug: 'rag', title: `T${n}`, text: `Passage ${n}.` }) as ConceptChunk;
const hits = [1, 2].map((n) => ({ index: n, chunk: chunk(n), bm25: 1, matched: [] }));
const asked = (continues: boolean): Asked => {
	const engine = labEngine({
		...builtinInfo,
		label: 'M',
		capabilities: { ...webllmCapabilities, chat: !continues }
	});
	return {
		question: 'What is RAG?',
		engine,
		rankedWith: null,
		hits,
		items: answerItems('What is RAG?', [chunk(1), chunk(2)], 1, engine)
	};
};
const anchor = (n: number) => `p-${n}`;
const outcome = (text: string) => ({
	id: 'x',
	text,
	error: null,
	result: {
		text,
		finishReason: 'stop' as const,
		usage: { promptTokens: 1, completionTokens: 5, timeToFirstTokenMs: 1, decodeTokensPerSecond: 0 }
	}
});
const done: QueueView = {
	phase: 'done',
	outcomes: [outcome(' RAG searches first [2][1].'), outcome('A model.')],
	current: -1,
	total: 2,
	live: '',
	error: null,
	loadProgress: null
};

describe('the RAG lab’s two columns', () => {
	it('links citations and lists them on the retrieval side only', () => {
		const [rag, plain] = ragColumns(asked(false), done, anchor);
		expect(rag).toMatchObject({
			title: 'With retrieval',
			text: 'RAG searches first [2][1].',
			citations: { count: 2, anchor },
			note: 'Cites passages 2, 1.',
			status: 'M: 5 tokens, finished its text.',
			failed: false,
			reads: undefined,
			testid: 'rag-rag'
		});
		expect(rag!.prompt).toContain('[1] T1: Passage 1.');
		expect(plain).toMatchObject({
			title: 'Without retrieval',
			prompt: 'What is RAG?',
			citations: undefined,
			note: undefined
		});
	});

	it('says what the trigram model reads: two words, and the passages as a cache model', () => {
		const none = { ...done, outcomes: [outcome('No numbers.'), outcome('x')] };
		const [rag, plain] = ragColumns(asked(true), none, anchor);
		expect(rag!.reads![0]).toBe('It continues only the last two words: “RAG ?”.');
		expect(plain!.reads![0]).toBe(rag!.reads![0]);
		expect(rag!.reads![1]).toMatch(/The 2 passages reach it another way: .*cache model/);
		expect(plain!.reads).toHaveLength(1);
		// It cannot cite, so no line about citations.
		expect(rag!.note).toBeUndefined();
	});

	it('says what a chat answer without citations cites', () => {
		const none = { ...done, outcomes: [outcome('No numbers.'), outcome('x')] };
		const [rag] = ragColumns(asked(false), none, anchor);
		expect(rag!.note).toBe('Cites no passage.');
		expect(rag!.reads).toBeUndefined();
	});

	it('shows a failure with its next step, and the side that did not run', () => {
		const lost: EngineError = {
			code: 'device-lost',
			message: 'The GPU gave up.',
			action: { label: 'Choose a smaller model', href: '/models' },
			detail: ''
		};
		const failed: QueueView = {
			...done,
			phase: 'failed',
			error: lost,
			outcomes: [{ id: 'rag', text: '', result: null, error: lost }]
		};
		const [rag, plain] = ragColumns(asked(false), failed, anchor);
		expect(rag).toMatchObject({ status: 'The GPU gave up.', failed: true, action: lost.action });
		expect(rag!.note).toBeUndefined();
		expect(plain).toMatchObject({ status: words.notRun, failed: false });
	});
});
