// The RAG lab's search index in Chromium, on the app build: how long the page takes to have it
// ready (fetch of the prerendered /retrieval-index.json, parse, hydrate), as the lab itself
// measures and shows it ("loaded in N ms (M ms of it to parse and index)"). Each visit is a fresh
// browser context; "from the offline copy" visits the page again once the service worker has
// cached the file, which is how an installed app or a talk meets it.
import { chromium } from '@playwright/test';
import { chromiumPath, quietArgs } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

const LOADED = /loaded in\s+(\d+) ms \(([\d.]+) ms of it to parse and index\)/;

/** @param {import('@playwright/test').Page} page */
async function readLoad(page) {
	const line = page.getByText(LOADED);
	await line.waitFor({ timeout: 30_000 });
	const m = LOADED.exec((await line.innerText()).replace(/\s+/g, ' '));
	if (!m) throw new Error('The RAG lab did not report its index load.');
	return { total: Number(m[1]), parse: Number(m[2]) };
}

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function ragIndexBench(dir = 'build', visits = 5) {
	const server = await startServer({ dir, port: 0 });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietArgs });
	const url = `http://localhost:${server.port}/concepts/rag`;
	/** @type {{ total: number, parse: number }[]} */
	const network = [];
	/** @type {{ total: number, parse: number }[]} */
	const cached = [];
	try {
		for (let i = 0; i < visits; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(url);
			network.push(await readLoad(page));
			// The service worker takes control on the first visit and caches the whole app.
			await page.waitForFunction(async () => {
				const keys = await caches.keys();
				for (const k of keys) {
					const c = await caches.open(k);
					if ((await c.keys()).some((r) => r.url.includes('retrieval-index.json'))) return true;
				}
				return false;
			});
			await page.reload();
			cached.push(await readLoad(page));
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const row = (/** @type {{ total: number, parse: number }[]} */ xs) => ({
		'ready (median ms)': median(xs.map((x) => x.total)),
		'ready (max ms)': Math.max(...xs.map((x) => x.total)),
		'parse + index (median ms)': median(xs.map((x) => x.parse)),
		visits: xs.length
	});
	return { 'from this site (local server)': row(network), 'from the offline copy': row(cached) };
}
