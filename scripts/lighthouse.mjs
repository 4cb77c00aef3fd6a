// Lighthouse (mobile preset: a mid-range phone on a throttled 4G link, simulated) over every route
// of a build, one table: performance, accessibility, best practices, SEO. For the notes of issue
// 24 (performance ≥ 95 and the rest at 100 on every route), not part of `npm test`: a run takes
// about 20 s a route on a 2-core machine and its scores move by a few points between runs.
// Lighthouse is not a dependency of the project (it brings about 400 packages); install it for a
// run with `npm i -E --no-save lighthouse@12.2.3`, or point LIGHTHOUSE_PATH at an installed copy
// (its package folder). Usage: node scripts/lighthouse.mjs [build dir] [route ...]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRoutes } from './bench/routes.mjs';
import { chromiumPath } from './chromium.mjs';
import { startServer } from './serve.mjs';

// Names in variables: an optional tool, not a dependency the project lists (knip would ask).
const LIGHTHOUSE = 'lighthouse';
const LAUNCHER = 'chrome-launcher';

async function loadLighthouse() {
	const dir = process.env.LIGHTHOUSE_PATH;
	try {
		if (!dir) {
			const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
				import(LIGHTHOUSE),
				import(LAUNCHER)
			]);
			return { lighthouse, chromeLauncher };
		}
		const require = createRequire(join(dir, 'package.json'));
		const entry = (/** @type {string} */ name) => pathToFileURL(require.resolve(name)).href;
		const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
			import(entry(LIGHTHOUSE)),
			import(entry(LAUNCHER))
		]);
		return { lighthouse, chromeLauncher };
	} catch {
		console.error(
			'Lighthouse is not installed. Run `npm i -E --no-save lighthouse@12.2.3` and try again,\n' +
				'or set LIGHTHOUSE_PATH to the folder of an installed lighthouse package.'
		);
		process.exit(2);
	}
}

const { lighthouse, chromeLauncher } = await loadLighthouse();
const dir = process.argv[2] ?? 'build';
const only = process.argv.slice(3);
const routes = only.length ? only : await allRoutes(dir);

const server = await startServer({ dir, port: 0 });
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH ?? chromiumPath(),
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
});
/** @type {Record<string, Record<string, number | string>>} */
const table = {};
/** @type {Record<string, string[]>} */
const flagged = {};
try {
	for (const path of routes) {
		const url = server.url.replace(/\/$/, '') + path;
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		const lhr = result?.lhr;
		if (!lhr) continue;
		const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		table[path] = {
			performance: score('performance'),
			accessibility: score('accessibility'),
			'best practices': score('best-practices'),
			SEO: score('seo'),
			'LCP (s)': ((lhr.audits['largest-contentful-paint']?.numericValue ?? 0) / 1000).toFixed(1),
			'TBT (ms)': Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0)
		};
		// Failed audits that count towards a score, so the table says what to fix.
		flagged[path] = Object.values(lhr.audits)
			.filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
			.map((a) => a.id);
	}
} finally {
	await chrome.kill();
	await server.close();
}
console.table(table);
for (const [path, ids] of Object.entries(flagged)) {
	if (ids.length) console.log(`${path}: ${ids.join(', ')}`);
}
