import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { appManifest } from './src/lib/pwa/manifest.ts';

const base = process.env.BASE_PATH ?? '';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			// 'prompt': a new version waits until the user chooses to reload (a live talk must not
			// be interrupted). We register the worker ourselves in src/lib/pwa/register.ts.
			registerType: 'prompt',
			injectRegister: false,
			strategies: 'generateSW',
			scope: `${base}/`,
			base: `${base}/`,
			manifest: appManifest(base),
			kit: {
				// Without this the start page is precached as "/" even under a sub-path.
				base: `${base}/`,
				adapterFallback: '200.html',
				spa: true
			},
			workbox: {
				// Take control on the first visit, so the app works offline without a second load.
				clientsClaim: true,
				// Never activate an update by itself: the page sends SKIP_WAITING when the user asks.
				skipWaiting: false,
				cleanupOutdatedCaches: true,
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest}',
					'prerendered/**/*.{html,json}'
				],
				navigateFallback: '200.html',
				// The WebLLM runtime (about 6 MB, 2 MB gzip) is precached on purpose: a model
				// downloaded for a talk must also run offline, and it only changes with WebLLM.
				maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
				// Model weights and libraries go to IndexedDB through our downloader, never into a
				// second copy in the service worker's cache; so cross-origin requests are not routed.
				runtimeCaching: []
			}
		})
	],
	// ES module workers, so the engine worker can load WebLLM lazily as its own chunk.
	worker: { format: 'es' },
	test: {
		environment: 'node',
		// Vitest runs one worker per core less one: a single worker on a 2-core machine. Two halve
		// the unit stage there (141 s with one worker, 76 s with two, on this project's machine).
		// A spec that asserts wall time (a hostile input parsed within its budget) is named
		// *.timed.spec.ts and runs alone once the rest are done: beside another worker its
		// timings flaked (106 ms against a 100 ms budget).
		maxWorkers: 2,
		// Worker threads, not child processes: the same 193 files took 86 to 97 s instead of 107 s on
		// this 2-core machine (less to start and import per file); every spec passes in either.
		pool: 'threads',
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: ['**/*.timed.spec.ts'],
					sequence: { groupOrder: 0 }
				}
			},
			{
				extends: true,
				test: {
					name: 'timed',
					include: ['src/**/*.timed.spec.ts'],
					fileParallelism: false,
					sequence: { groupOrder: 1 }
				}
			}
		],
		// TF.js's gradients register only from its ES modules (dist/register_all_gradients.js);
		// bundling it like the browser build keeps one copy of the library, not an ESM and a
		// CommonJS one with separate kernel registries.
		server: { deps: { inline: [/@tensorflow\//] } }
	}
});
