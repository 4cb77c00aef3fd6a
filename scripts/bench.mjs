// npm run bench: numbers, not pass/fail tests (except for hard budgets, which exit 1).
// Each section prints a small table; later features add their own sections here.
import {
	FIRST_VISIT_JS_BUDGET,
	firstVisit,
	precache,
	webllmPlacement
} from './bench/first-visit.mjs';
import { downloadBench } from './bench/downloads.mjs';
import { streamViewBench } from './bench/stream-view.mjs';
import { markdownRenderBench, markdownTable } from './bench/markdown-render.mjs';
import { labViewBench } from './bench/lab-view.mjs';
import { toyDownloads, toySpeedBench } from './bench/toys.mjs';
import { ragIndexBench } from './bench/rag.mjs';
import { ROUTE_JS_BUDGET, routeBench, routeTable } from './bench/routes.mjs';

const kb = (/** @type {number} */ n) => `${(n / 1000).toFixed(1)} KB`;
let failed = false;

console.log('\n## First visit per route (build/, fresh browser, no service worker)');
console.log(`Budget for /: ${kb(FIRST_VISIT_JS_BUDGET)} of JavaScript, gzip.`);
/** @type {Record<string, Record<string, string | number>>} */
const routes = {};
for (const path of [
	'/',
	'/concepts/temperature',
	'/concepts/diffusion-models',
	'/concepts/rag',
	'/concepts/few-shot-learning',
	'/concepts/use-cases',
	'/concepts/scaling-laws',
	'/playground'
]) {
	const visit = await firstVisit('build', path);
	routes[path] = {
		'JS (gzip)': kb(visit.jsGzip),
		'JS (raw)': kb(visit.jsRaw),
		'JS files': visit.jsFiles,
		'CSS (gzip)': kb(visit.cssGzip)
	};
	if (path === '/' && visit.jsGzip > FIRST_VISIT_JS_BUDGET) {
		console.error(`OVER BUDGET: first-visit JS for / is ${kb(visit.jsGzip)} gzip`);
		failed = true;
	}
}
console.table(routes);

console.log(`\n## First-visit JavaScript on every route (budget ${kb(ROUTE_JS_BUDGET)} gzip)`);
const everyRoute = await routeBench('build');
console.table(routeTable(everyRoute));
if (everyRoute.some((r) => r.gzip > ROUTE_JS_BUDGET)) {
	console.error('OVER BUDGET: a route fetches more first-visit JavaScript than the budget.');
	failed = true;
}

console.log('\n## Service worker precache');
const pc = await precache('build');
console.table({ entries: pc.entries, 'size (raw)': kb(pc.raw), 'size (gzip)': kb(pc.gzip) });

console.log('\n## Where the WebLLM runtime is (must be worker chunks only)');
const placement = await webllmPlacement('build');
console.table(
	placement.map((f) => ({
		file: f.file,
		size: kb(f.bytes),
		gzip: kb(f.gzip),
		'worker only': f.inWorker
	}))
);
if (placement.some((f) => !f.inWorker)) {
	console.error('WebLLM is in a page chunk: it must load only in the engine worker.');
	failed = true;
}

console.log('\n## Model download from a local server (fake model, Chromium, real IndexedDB)');
console.table([
	...(await downloadBench({ shards: 16, shardBytes: 4_000_000, connections: [1, 4] })),
	// A model three times larger: the heap must not grow with the model size.
	...(await downloadBench({ shards: 48, shardBytes: 4_000_000, connections: [4] }))
]);

console.log(
	'\n## Token stream view, synthetic source from a worker, up to 8,000 tokens (Chromium)'
);
console.log(
	'Target: shows ≥ 2,000 tokens/s with frame p95 ≤ 20 ms (one frame = 16.7 ms at 60 Hz).'
);
console.log('"A message per token" is the protocol without batching, with and without the view;');
console.log('"batched" is what the engine worker sends (one message per 16 ms while streaming).');
console.table(await streamViewBench());

console.log('\n## Generative toys: training speed in Chromium, real model code, seeded');
console.log('webgpu here is SwiftShader (WebGPU on the CPU); a real GPU is far faster.');
console.table(await toySpeedBench());
console.table(await (await import('./bench/toy-race.mjs')).toyRaceBench('build'));

console.log('\n## What a toy page downloads (JS, gzip): on arrival, and once Train loads TF.js');
console.log(
	'The first-visit table above shows / does not grow: the toys load only on their pages.'
);
const toyRows = {};
for (const path of ['/concepts/diffusion-models', '/concepts/gans', '/concepts/vaes']) {
	const toyPage = await toyDownloads('build', path);
	toyRows[toyPage.path] = {
		'on arrival': kb(toyPage.onArrival),
		'after Train (tensor library + backend)': kb(toyPage.afterTrain)
	};
}
console.table(toyRows);

console.log('\n## Sampling lab views (Chromium; a 50-candidate step with a 151,000-token tail)');
console.log('Target: slider → bars ≤ 4 ms at p95; a 500-token surprise trace within one frame.');
console.table(await labViewBench());

console.log(
	'\n## RAG lab: the search index in Chromium (prerendered JSON, as the lab measures it)'
);
console.log('Target: ready well under 100 ms. Retrieval per query and the scaling-law run are in');
console.log('the Vitest bench output above (retrieval.bench.ts, scaling.bench.ts).');
console.table(await ragIndexBench());

console.log('\n## Markdown render of the worst inputs found (Chromium, real component)');
console.log(
	'Each input of src/lib/markdown/hostileInputs.ts (hostile.timed.spec.ts and the slowest motifs the'
);
console.log(
	'property test found, up to a million characters) parsed, rendered by Markdown.svelte and laid'
);
console.log('out; median of 3, slowest first. Budget: 100 ms a message.');
const markdownRows = await markdownRenderBench();
console.table(markdownTable(markdownRows));
const [worstMarkdown] = markdownRows;
if (worstMarkdown)
	console.log(
		`Worst: ${worstMarkdown.name} (${worstMarkdown.policy}), ${worstMarkdown.total.toFixed(1)} ms ` +
			`(parse ${worstMarkdown.parse.toFixed(1)}, render ${worstMarkdown.mount.toFixed(1)}, layout ${worstMarkdown.layout.toFixed(1)}).`
	);

process.exit(failed ? 1 : 0);
