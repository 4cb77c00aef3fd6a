// First-visit JavaScript on every route: what a visitor's browser fetches before any scroll or
// click, in a fresh profile with no service worker, until the network is idle. Gzip sizes are
// computed here from each file's body (level 9), so the figure does not depend on whether the
// server compresses. The page's clock is held (Playwright's fake timers, paused): what a page
// schedules for later, the labs fetched after four quiet seconds above all, is not what its first
// view needs, and on a loaded machine those seconds could pass before the network is idle. The
// budget is 80 KB gzip per route (issue 24); before the labs loaded on demand, concept pages
// fetched 150 to 250 KB here, /present 163 KB and /check 141 KB.
import { chromium } from '@playwright/test';
import { readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromiumPath, quietArgs } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

export const ROUTE_JS_BUDGET = 80_000;

/** Every route of the build: the fixed pages and one per prerendered concept page. */
export async function allRoutes(dir = 'build') {
	const concepts = (await readdir(`${dir}/concepts`))
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/concepts/${f.slice(0, -'.html'.length)}`)
		.sort();
	return ['/', '/concepts', ...concepts, '/playground', '/models', '/present', '/check'];
}

/**
 * Loads `path` in a fresh context of `browser` and lists the JavaScript it fetched.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin like http://localhost:4173 (no trailing slash)
 * @param {string} path
 */
export async function visitRoute(browser, origin, path) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	/** @type {{ path: string, gzip: number }[]} */
	const files = [];
	/** @type {Promise<unknown>[]} */
	const pending = [];
	context.on('response', (res) => {
		const url = new URL(res.url());
		if (!url.pathname.endsWith('.js')) return;
		pending.push(
			res
				.body()
				.then((body) =>
					files.push({ path: url.pathname, gzip: gzipSync(body, { level: 9 }).length })
				)
				.catch(() => {})
		);
	});
	try {
		const page = await context.newPage();
		await page.clock.install();
		await page.clock.pauseAt(Date.now() + 5000);
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		await Promise.all(pending);
		return { path, gzip: files.reduce((n, f) => n + f.gzip, 0), files };
	} finally {
		await context.close();
	}
}

/**
 * Every route of `dir` (or only `only`), one fresh context each; one browser and one server.
 * @param {string} [dir]
 * @param {string[]} [only]
 */
export async function routeBench(dir = 'build', only = []) {
	const server = await startServer({ dir, port: 0 });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietArgs });
	try {
		const origin = server.url.replace(/\/$/, '');
		const rows = [];
		const paths = only.length ? only : await allRoutes(dir);
		for (const path of paths) rows.push(await visitRoute(browser, origin, path));
		return rows;
	} finally {
		await browser.close();
		await server.close();
	}
}

const kb = (/** @type {number} */ n) => `${(n / 1000).toFixed(1)} KB`;

/** @param {Awaited<ReturnType<typeof routeBench>>} rows */
export function routeTable(rows) {
	return Object.fromEntries(
		rows.map((r) => [
			r.path,
			{
				'JS (gzip)': kb(r.gzip),
				files: r.files.length,
				worker: r.files.some((f) => f.path.includes('/workers/')) ? 'yes' : '',
				budget: r.gzip <= ROUTE_JS_BUDGET ? 'ok' : 'OVER'
			}
		])
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	// node scripts/bench/routes.mjs [dir] [route ...]
	const rows = await routeBench(process.argv[2] ?? 'build', process.argv.slice(3));
	console.table(routeTable(rows));
	if (rows.some((r) => r.gzip > ROUTE_JS_BUDGET)) process.exitCode = 1;
}
