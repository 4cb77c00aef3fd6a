// What a first visit to "/" downloads (JS and CSS, gzip) and what the service worker precaches.
// Measured in Chromium against the real build, with service workers blocked so that only the
// page's own requests count.
import { chromium } from '@playwright/test';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath, quietArgs } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

export const FIRST_VISIT_JS_BUDGET = 120_000;

/** @param {Buffer} bytes */
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * What a first visit to one route downloads (a fresh browser context, no service worker).
 * @param {string} dir
 * @param {string} path
 */
export async function firstVisit(dir = 'build', path = '/') {
	const server = await startServer({ dir, port: 0 });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietArgs });
	try {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		/** @type {{ url: string, type: string, raw: number, gzip: number }[]} */
		const files = [];
		const pending = [];
		page.on('response', (res) => {
			const type = res.request().resourceType();
			if (type !== 'script' && type !== 'stylesheet') return;
			pending.push(
				res
					.body()
					.then((body) =>
						files.push({ url: new URL(res.url()).pathname, type, raw: body.length, gzip: gz(body) })
					)
			);
		});
		await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
		await Promise.all(pending);
		const sum = (/** @type {string} */ type, /** @type {'raw'|'gzip'} */ key) =>
			files.filter((f) => f.type === type).reduce((n, f) => n + f[key], 0);
		return {
			jsFiles: files.filter((f) => f.type === 'script').length,
			jsRaw: sum('script', 'raw'),
			jsGzip: sum('script', 'gzip'),
			cssGzip: sum('stylesheet', 'gzip'),
			files
		};
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Sums the files listed in the generated service worker's precache manifest. */
export async function precache(dir = 'build') {
	const sw = await readFile(join(dir, 'sw.js'), 'utf8');
	const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? '');
	let raw = 0;
	let gzip = 0;
	for (const url of urls) {
		let path = url.replace(/^\//, '') || 'index.html';
		if (!/\.[a-z0-9]+$/.test(path)) path += '.html';
		try {
			await stat(join(dir, path));
		} catch {
			path = path.replace(/\.html$/, '/index.html');
		}
		const bytes = await readFile(join(dir, path));
		raw += bytes.length;
		gzip += gz(bytes);
	}
	return { entries: urls.length, raw, gzip };
}

/** Where the WebLLM runtime ended up: it must be in worker chunks only, never in a page chunk. */
export async function webllmPlacement(dir = 'build') {
	const { readdir } = await import('node:fs/promises');
	const root = join(dir, '_app/immutable');
	/** @type {{ file: string, bytes: number, gzip: number, inWorker: boolean }[]} */
	const found = [];
	for (const entry of await readdir(root, { recursive: true })) {
		if (!entry.endsWith('.js')) continue;
		const bytes = await readFile(join(root, entry));
		if (bytes.includes('MLCEngine')) {
			found.push({
				file: entry,
				bytes: bytes.length,
				gzip: gz(bytes),
				inWorker: entry.startsWith('workers/')
			});
		}
	}
	return found;
}
