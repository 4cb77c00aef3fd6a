// The generative toys train in the page. At the first Train each toy times a few steps on WebGPU
// and on the CPU and trains on the faster (src/lib/labs/toys/race.ts); on this machine's software
// WebGPU adapter that is the CPU. The race costs WebGPU's shader compilation (seconds on
// SwiftShader), so only the GAN and VAE tests run it; the diffusion test forces the CPU from the
// page's menu, and the lost-device test forces WebGPU. Each test waits for the loss to fall, not
// for a finished model.
import { expect, test, type Page } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';

/** The latest value of the first loss, as the chart's text alternative reads it out. */
async function loss(page: Page): Promise<number> {
	const text = await page.getByTestId('loss-summary').innerText();
	const m = /after [\d,]+ steps: [^\d]*(\d+(?:\.\d+)?)/.exec(text);
	return m ? Number(m[1]) : NaN;
}

async function trainUntilLossFalls(page: Page, factor: number) {
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect(page.getByTestId('loss-summary')).toContainText(/after [\d,]+ steps/, {
		timeout: 60_000
	});
	const first = await loss(page);
	expect(first).toBeGreaterThan(0);
	await expect
		.poll(() => loss(page), { timeout: 60_000, intervals: [250] })
		.toBeLessThan(first * factor);
	await page.getByRole('button', { name: 'Pause' }).click();
	return first;
}

/** The step counter as a number. */
async function step(page: Page): Promise<number> {
	return Number((await page.getByTestId('toy-step').innerText()).replace(/,/g, ''));
}

/** The race's line: the chosen backend, why, and both figures. */
const raced =
	/, the faster here \(measured here: [\d.]+ steps\/s on WebGPU vs [\d.]+ steps\/s on the CPU\)/;

test.describe('diffusion toy', () => {
	test('forced onto the CPU it says so, loss falls, sampling renders, accessible', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/concepts/diffusion-models');
		const toy = page.getByTestId('toy-diffusion2d');
		await expect(toy.getByRole('heading', { name: /train a diffusion model/ })).toBeVisible();
		await expect(page.getByLabel('Train on')).toHaveValue('auto');
		await page.getByLabel('Train on').selectOption('cpu');
		await trainUntilLossFalls(page, 0.75);
		await expect(page.getByTestId('toy-backend')).toHaveText(
			'Runs on: CPU (JavaScript), as you chose'
		);

		await page.getByLabel('Sampler steps').fill('10');
		await page.getByRole('button', { name: 'Generate' }).click();
		// The run plays from pure noise to its end with Generate disabled; the training views had
		// 25 sampler steps, so "10 of 10, finished" is this run's end. The view is switched after.
		await expect(page.getByTestId('diffusion-caption')).toContainText(
			'sampler step 10 of 10, finished',
			{ timeout: 60_000 }
		);
		await expect(page.getByTestId('diffusion-caption')).toContainText('sliced Wasserstein');
		await expect(page.getByRole('button', { name: 'Generate' })).toBeEnabled();
		const scrub = page.getByRole('slider', { name: 'Sampler step' });
		expect(await scrub.inputValue()).toBe(await scrub.getAttribute('max'));
		// The forward view is pure data: the scrubber moves it through the noise levels.
		await page.getByLabel('Forward: noise the data').check();
		await expect(page.getByTestId('diffusion-caption')).toContainText('timestep 1 of 100');
		await page.getByRole('slider', { name: 'Timestep' }).fill('99');
		await expect(page.getByTestId('diffusion-caption')).toContainText('timestep 100 of 100');
		await expectNoSeriousA11yIssues(page, '[data-testid="toy-diffusion2d"]');
	});
});

test.describe('GAN toy', () => {
	/** The generated points' distance to the data, as the canvas's text alternative reads it out. */
	async function distance(page: Page): Promise<number> {
		const text = await page.getByTestId('gan-caption').innerText();
		const m = /\(sliced Wasserstein\) (\d+\.\d+)/.exec(text);
		return m ? Number(m[1]) : NaN;
	}

	test('trains on the faster backend with both figures shown, the generated points approach the data', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/concepts/gans');
		const toy = page.getByTestId('toy-gan2d');
		await expect(toy.getByRole('heading', { name: /train a GAN/ })).toBeVisible();
		await expect(page.getByTestId('gan-caption')).toContainText('Nothing generated yet');
		// Single step: exactly one training step, and the views follow.
		await page.getByRole('button', { name: 'One step' }).click();
		await expect(page.getByTestId('toy-step')).toHaveText('1', { timeout: 60_000 });
		await expect(page.getByTestId('gan-caption')).toContainText('After 1 training step:');
		await expect(page.getByTestId('toy-backend')).toContainText(raced);
		const first = await distance(page);
		expect(first).toBeGreaterThan(0);

		await page.getByRole('button', { name: 'Resume training', exact: true }).click();
		// GAN losses do not simply fall; the distance of the generated points to the data does.
		await expect
			.poll(() => distance(page), { timeout: 60_000, intervals: [250] })
			.toBeLessThan(first * 0.6);
		await page.getByRole('button', { name: 'Pause' }).click();
		await expect(page.getByTestId('loss-summary')).toContainText(/discriminator \d/);
		await expect(page.getByTestId('gan-caption')).toContainText(/cover \d of 8 blobs/);
		// A learning rate changes while paused without a reset; a preset resets to step 0.
		await page.getByLabel('Generator learning rate').selectOption('0.001');
		await expect(page.getByTestId('toy-step')).not.toHaveText(/^[01]$/);
		await page.getByLabel('Preset').selectOption('collapse');
		await expect(page.getByTestId('toy-step')).toHaveText('0');
		await expect(page.getByLabel('Discriminator learning rate')).toHaveValue('0.001');
		await expectNoSeriousA11yIssues(page, '[data-testid="toy-gan2d"]');
	});

	test('forced onto WebGPU, a lost device falls back to the CPU with a message', async ({
		page
	}) => {
		test.setTimeout(180_000);
		// Keep the devices the page asks for, so the test can lose one as a driver reset would.
		await page.addInitScript(() => {
			const proto = GPUAdapter.prototype;
			const request = proto.requestDevice;
			proto.requestDevice = async function (this: GPUAdapter, ...args) {
				const device = await request.apply(this, args);
				((window as unknown as { devices?: GPUDevice[] }).devices ??= []).push(device);
				return device;
			};
		});
		await page.goto('/concepts/gans');
		// The visitor's choice skips the race; the line says it was their choice. The first step
		// compiles the GAN's shaders on SwiftShader: seconds alone, a minute under heavy load.
		await page.getByLabel('Train on').selectOption('webgpu');
		await page.getByRole('button', { name: 'One step' }).click();
		await expect(page.getByTestId('toy-step')).toHaveText('1', { timeout: 100_000 });
		await expect(page.getByTestId('toy-backend')).toContainText(/GPU \(WebGPU.*, as you chose/);
		await page.evaluate(() => {
			for (const d of (window as unknown as { devices?: GPUDevice[] }).devices ?? []) d.destroy();
		});
		await expect(page.getByText(/The GPU device was lost/)).toBeVisible({ timeout: 30_000 });
		await expect(page.getByTestId('toy-backend')).toContainText(
			'CPU (JavaScript), because the GPU device was lost'
		);
		// Training goes on, on the CPU, from the same seed.
		await page.getByRole('button', { name: 'One step' }).click();
		await expect(page.getByTestId('toy-step')).toHaveText('1', { timeout: 30_000 });
	});
});

test.describe('VAE toy', () => {
	test('trains on the faster backend, loss falls, the latent views render, accessible', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/concepts/vaes');
		const toy = page.getByTestId('toy-vae');
		await expect(toy.getByRole('heading', { name: /train a VAE/ })).toBeVisible();
		await trainUntilLossFalls(page, 0.75);
		await expect(page.getByTestId('toy-backend')).toContainText(raced);
		await expect(page.getByTestId('loss-summary')).toContainText(/reconstruction \d+\.\d+, KL \d/);
		await expect(page.getByTestId('vae-map-caption')).toContainText(/O around \(-?\d/);
		await expect(page.getByTestId('vae-interp-caption')).toContainText('50% of the way');
		await page.getByRole('slider', { name: 'Position' }).fill('10');
		await expect(page.getByTestId('vae-interp-caption')).toContainText('100% of the way');
		await page.getByRole('combobox', { name: /^To\b/ }).selectOption('T');
		await expect(page.getByTestId('vae-interp-caption')).toContainText('that of a letter T');
		await expectNoSeriousA11yIssues(page, '[data-testid="toy-vae"]');
	});
});

test.describe('without WebGPU', () => {
	test('the diffusion toy trains on the CPU backend and says why', async ({ page }) => {
		test.setTimeout(90_000);
		// A browser without navigator.gpu (as in no-webgpu.test.ts, same process).
		await page.addInitScript(() => {
			delete (Navigator.prototype as unknown as { gpu?: unknown }).gpu;
		});
		await page.goto('/concepts/diffusion-models');
		await trainUntilLossFalls(page, 0.75);
		await expect(page.getByTestId('toy-backend')).toContainText(
			'CPU (JavaScript), because this browser offers no WebGPU adapter'
		);
	});
});

test.describe('Train, Pause and Reset in any order', () => {
	/** What a library's error looks like; the page shows messages from problems.ts instead. */
	const raw = /Cannot read|undefined|TypeError|is not a function|disposed/;

	// One toy is enough here: all three share TrainControls and the trainer, whose every order of
	// presses is checked in src/lib/labs/toys/lifecycle.spec.ts and trainer.spec.ts (the VAE's
	// run of this test cost 11 to 17 s of the suite's ten-minute budget and found nothing new).
	for (const [slug, toyId] of [['gans', 'toy-gan2d']] as const) {
		test(`${slug}: 60 fast random presses, then Train: training runs with no raw error`, async ({
			page
		}) => {
			test.setTimeout(90_000);
			await page.goto(`/concepts/${slug}`);
			const toy = page.getByTestId(toyId);
			await expect(toy.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
			// Presses as fast as a visitor's spam, inside the page: whichever buttons are enabled at
			// that moment, 0–30 ms apart, from a fixed seed so a failure repeats.
			await toy.evaluate(async (node) => {
				let seed = 42;
				const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
				for (let i = 0; i < 60; i++) {
					const buttons = [...node.querySelectorAll<HTMLButtonElement>('.buttons button')].filter(
						(b) => !b.disabled
					);
					buttons[Math.floor(random() * buttons.length)]?.click();
					await new Promise((r) => setTimeout(r, random() * 30));
				}
			});
			const pause = toy.getByRole('button', { name: 'Pause' });
			if (await pause.isVisible()) await pause.click();
			await toy.getByRole('button', { name: /^(Train|Resume training)$/ }).click();
			const from = await step(page);
			await expect.poll(() => step(page), { timeout: 60_000 }).toBeGreaterThan(from);
			await expect(page.getByTestId('toy-status')).toContainText('training');
			await pause.click();
			await expect(page.getByTestId('toy-status')).toContainText('paused');
			await expect(toy.getByRole('alert')).toHaveCount(0);
			expect(await toy.innerText()).not.toMatch(raw);
		});
	}

	test('Reset pressed while the backend is still starting stops training', async ({ page }) => {
		test.setTimeout(90_000);
		// A GPU device that takes 3 s to arrive, so the start-up (the race) lasts long enough to
		// press Reset.
		await page.addInitScript(() => {
			const proto = GPUAdapter.prototype;
			const request = proto.requestDevice;
			proto.requestDevice = async function (this: GPUAdapter, ...args) {
				await new Promise((r) => setTimeout(r, 3000));
				return request.apply(this, args);
			};
		});
		await page.goto('/concepts/gans');
		const toy = page.getByTestId('toy-gan2d');
		await toy.getByRole('button', { name: 'Train', exact: true }).click();
		await expect(page.getByTestId('toy-status')).toContainText('starting the backend');
		await toy.getByRole('button', { name: 'Reset', exact: true }).click();
		// The race still finishes (the views show the fresh model), but nothing trains.
		await expect(page.getByTestId('toy-backend')).toContainText(raced, { timeout: 60_000 });
		await expect(page.getByTestId('gan-caption')).toContainText('After 0 training steps', {
			timeout: 60_000
		});
		await page.waitForTimeout(2000);
		await expect(page.getByTestId('toy-step')).toHaveText('0');
		await expect(page.getByTestId('toy-status')).toContainText('ready');
		await expect(toy.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
	});
});
