// The toys' backend race as a visitor's page runs it (src/lib/labs/toys/race.ts): each toy page of
// the app build in a fresh browser, Train pressed once, and the backend line read back: the
// steps/s the race measured on WebGPU (SwiftShader on a machine without a GPU) and on the CPU,
// and the backend the toy then trains on. The race times only a few steps, so its figures are
// rougher than toys.mjs's 100-step table; what matters here is that the faster one is chosen.
import { chromium } from '@playwright/test';
import { chromiumPath, quietArgs, webgpuArgs } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

const pages = {
	diffusion2d: '/concepts/diffusion-models',
	gan2d: '/concepts/gans',
	vae: '/concepts/vaes'
};

/** @param {string} line the page's "Runs on: …" text */
function parse(line) {
	/** @param {string} name */
	const figure = (name) => {
		const m = new RegExp(`([\\d.]+) steps/s on ${name}`).exec(line);
		return m ? Number(m[1]) : null;
	};
	return {
		webgpu: figure('WebGPU'),
		cpu: figure('the CPU'),
		chosen: /Runs on: GPU/.test(line) ? 'webgpu' : 'cpu'
	};
}

export async function toyRaceBench(dir = 'build') {
	const server = await startServer({ dir, port: 0 });
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...quietArgs, ...webgpuArgs]
	});
	const rows = [];
	try {
		for (const [toy, path] of Object.entries(pages)) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(new URL(path.slice(1), server.url).href);
			const started = Date.now();
			await page.getByRole('button', { name: 'Train', exact: true }).click();
			const line = page.getByTestId('toy-backend');
			await line.filter({ hasText: /measured here|because/ }).waitFor({ timeout: 120_000 });
			const raceSeconds = (Date.now() - started) / 1000;
			const r = parse(await line.innerText());
			const faster = r.webgpu !== null && r.cpu !== null && r.webgpu > r.cpu ? 'webgpu' : 'cpu';
			rows.push({
				toy,
				'WebGPU steps/s': r.webgpu ?? '–',
				'CPU steps/s': r.cpu ?? '–',
				'trains on': r.chosen,
				'the faster?': r.chosen === faster ? 'yes' : 'NO',
				'Train → backend chosen (s)': raceSeconds.toFixed(1)
			});
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return rows;
}

// Run on its own: node scripts/bench/toy-race.mjs
if (import.meta.url === `file://${process.argv[1]}`) {
	console.table(await toyRaceBench(process.env.BENCH_BUILD ?? 'build'));
}
