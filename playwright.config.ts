import { defineConfig } from '@playwright/test';
import { chromiumPath, quietArgs, webgpuArgs } from './scripts/chromium.mjs';

// Serves the builds made by `npm run build` (port 4173, domain root) and
// `npm run build:subpath` (port 4174, under /genai-live): npm test makes both first.
// E2E_PORT and E2E_BUILD let a second checkout or a helper run its own builds on other ports
// (E2E_BUILD=build-x serves build-x and build-x-subpath on E2E_PORT and E2E_PORT + 1).
const port = Number(process.env.E2E_PORT ?? 4173);
const build = process.env.E2E_BUILD ?? 'build';
process.env.E2E_PORT = String(port);

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.test.ts',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: { executablePath: chromiumPath(), args: [...quietArgs, ...webgpuArgs] },
		// No trace by default: recording one for every test (to keep it for the failures) took a
		// fifth to a quarter of the browser stage on the 2-core machine (concept and home tests:
		// 105–111 s without, 127–141 s with, runs taken in turn). A failure still leaves its
		// screenshot and the page's ARIA snapshot; PW_TRACE=retain-on-failure records traces.
		trace: (process.env.PW_TRACE ?? 'off') as 'off' | 'retain-on-failure',
		screenshot: 'only-on-failure',
		// Each test opens a fresh browser profile, where the service worker would precache the
		// whole app (266 files, 8.3 MB) while the test runs: a quarter of the suite's time on the
		// 2-core CI machine (four files took 1:55 with it, 1:28 without). The tests of offline use,
		// updates and "Ready offline" allow it (test.use({ serviceWorkers: 'allow' })).
		serviceWorkers: 'block'
	},
	projects: [{ name: 'chromium' }],
	webServer: [
		{
			command: `node scripts/serve.mjs --dir ${build} --port ${port}`,
			url: `http://localhost:${port}/`,
			reuseExistingServer: !process.env.CI
		},
		{
			command: `node scripts/serve.mjs --dir ${build}-subpath --port ${port + 1} --base /genai-live`,
			url: `http://localhost:${port + 1}/genai-live/`,
			reuseExistingServer: !process.env.CI
		}
	]
});
