import { defineConfig } from '@playwright/test';
import { chromiumPath, quietArgs, webgpuArgs } from './scripts/chromium.mjs';

// Serves the builds made by `npm run build` (port 4173, domain root) and
// `npm run build:subpath` (port 4174, under /genai-live): npm test makes both first.
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
		baseURL: 'http://localhost:4173',
		launchOptions: { executablePath: chromiumPath(), args: [...quietArgs, ...webgpuArgs] },
		trace: 'retain-on-failure'
	},
	projects: [{ name: 'chromium' }],
	webServer: [
		{
			command: 'node scripts/serve.mjs --dir build --port 4173',
			url: 'http://localhost:4173/',
			reuseExistingServer: !process.env.CI
		},
		{
			command: 'node scripts/serve.mjs --dir build-subpath --port 4174 --base /genai-live',
			url: 'http://localhost:4174/genai-live/',
			reuseExistingServer: !process.env.CI
		}
	]
});
