import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH deploys the site under a sub-path (e.g. BASE_PATH=/genai-live for a project page).
// It must start with a slash and have none at the end; empty means the domain root.
const base = process.env.BASE_PATH ?? '';
if (base && (!base.startsWith('/') || base.endsWith('/'))) {
	throw new Error(`BASE_PATH must look like "/genai-live" (got "${base}")`);
}
// BUILD_DIR lets the tests build a sub-path copy beside the normal one.
const out = process.env.BUILD_DIR ?? 'build';
// Brotli (.br) and gzip (.gz) copies beside each text file, for hosts that serve them
// (scripts/serve.mjs does): brotli cuts the build's text files to about a quarter. Writing them at
// brotli's highest level added about 2 minutes to a build on this 2-core machine under heavy
// load; PRECOMPRESS=0 skips them where nothing serves them (a test build may).
const precompress = process.env.PRECOMPRESS !== '0';

// Model downloads: the app itself contacts no host until the user downloads a model. Catalogue
// models come from Hugging Face (which redirects to regional *.hf.co CDN hosts; CSP also applies
// to redirect targets) and GitHub; "bring your own model" takes any https host, and plain http
// only on this computer (a presenter's laptop server). No other request leaves the app.
const modelHosts = ['https:', 'http://localhost:*', 'http://127.0.0.1:*'];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: out,
			assets: out,
			fallback: '200.html',
			precompress,
			strict: true
		}),
		paths: { base },
		// Each stylesheet under 20 KB goes into the page's own <style>: a concept page linked 11 to 57
		// small files, all render-blocking, and on Lighthouse's throttled link they held the first
		// paint back by 3.9 s (one round trip each). Inlined, the page paints when its HTML arrives.
		inlineStyleThreshold: 20_000,
		typescript: {
			// Type-check the browser tests and their config too.
			config: (tsconfig) => {
				tsconfig.include.push(
					'../e2e/**/*.ts',
					'../playwright.config.ts',
					'../scripts/**/*.spec.ts'
				);
			}
		},
		// We register the service worker ourselves (src/lib/pwa) so that updates wait for the user.
		serviceWorker: { register: false },
		csp: {
			// Hashes, not nonces: the pages are static files, so there is no server to mint a nonce.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// 'wasm-unsafe-eval' lets WebLLM's model libraries (WebAssembly) compile; no JS eval.
				'script-src': ['self', 'wasm-unsafe-eval'],
				// Svelte writes style attributes while rendering (transitions, progress widths).
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', ...modelHosts],
				'worker-src': ['self', 'blob:'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
