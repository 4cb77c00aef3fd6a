// The Markdown render bench: every hostile input the tests know (hostileInputs.ts: hostile.timed.spec's
// cases and the slowest motifs tree.property.timed.spec.ts found) parsed and rendered through the real
// Markdown.svelte in a chat-turn-sized box, as the playground shows a reply, then laid out by the
// browser (reading offsetHeight forces style and layout; painting is not counted).
import { flushSync, mount, unmount } from 'svelte';
import '../../app.css';
import Markdown from '$lib/markdown/Markdown.svelte';
import { HOSTILE_CASES, HOSTILE_CONCEPT_CASES } from '$lib/markdown/hostileInputs';
import { CONCEPT_BODY, MODEL_OUTPUT, parse, type ParseOptions } from '$lib/markdown/tree';

interface Run {
	parse: number;
	mount: number;
	layout: number;
	total: number;
}

function renderOnce(text: string, options: ParseOptions): Run {
	const target = document.createElement('div');
	target.style.cssText = 'width: 44rem; overflow-wrap: anywhere;';
	document.body.append(target);
	const start = performance.now();
	const blocks = parse(text, options);
	const parsed = performance.now();
	const app = mount(Markdown, { target, props: { blocks, compact: true } });
	flushSync();
	const mounted = performance.now();
	void target.offsetHeight;
	const laidOut = performance.now();
	void unmount(app);
	target.remove();
	return {
		parse: parsed - start,
		mount: mounted - parsed,
		layout: laidOut - mounted,
		total: laidOut - start
	};
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function runMarkdownBench(repeats = 3) {
	const groups: [Record<string, string>, ParseOptions, string][] = [
		[HOSTILE_CASES, MODEL_OUTPUT, 'model output'],
		[HOSTILE_CONCEPT_CASES, CONCEPT_BODY, 'concept body']
	];
	const rows = [];
	for (const [cases, options, policy] of groups) {
		for (const [name, text] of Object.entries(cases)) {
			const runs = Array.from({ length: repeats }, () => renderOnce(text, options));
			const of = (k: keyof Run) => median(runs.map((r) => r[k]));
			rows.push({
				name,
				policy,
				chars: text.length,
				parse: of('parse'),
				mount: of('mount'),
				layout: of('layout'),
				total: of('total')
			});
		}
	}
	return rows;
}

Object.assign(window, { runMarkdownBench });
