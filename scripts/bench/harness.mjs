// The benches that measure a view build a small harness page from src/bench/<name>/ with Vite
// (the real components, none of the app around them), serve it and open Chromium on it. One
// function, so each bench keeps only what it measures.
import { chromium } from '@playwright/test';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { build } from 'vite';
import { chromiumPath, quietArgs } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

/**
 * @param {string} name the folder under src/bench
 * @param {{ plugins?: import('vite').PluginOption[], args?: string[] }} [options] extra Vite plugins, extra Chromium flags
 */
export async function openHarness(name, { plugins = [], args = [] } = {}) {
	const out = resolve(`build-bench/${name}`);
	await build({
		configFile: false,
		logLevel: 'warn',
		root: resolve(`src/bench/${name}`),
		base: './',
		plugins: [svelte(), ...plugins],
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: { outDir: out, emptyOutDir: true }
	});
	const site = await startServer({ dir: out, port: 0 });
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...quietArgs, ...args]
	});
	return {
		url: site.url,
		browser,
		close: async () => {
			await browser.close();
			await site.close();
		}
	};
}
