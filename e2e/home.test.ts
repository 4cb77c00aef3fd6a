import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' }); // offline, from the service worker

test.describe('home page', () => {
	test('shows the SwiftShader WebGPU adapter and what it means', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'GenAI Live' })).toBeVisible();
		const gpu = page.getByTestId('gpu-status');
		await expect(gpu.getByTestId('gpu-architecture')).toHaveText('swiftshader');
		await expect(gpu.getByTestId('gpu-f16')).toHaveText('no');
		await expect(gpu).toContainText('Works, slowly');
		await expect(gpu).toContainText('software (fallback) adapter');
		await expect(gpu).toContainText('q4f32');
	});

	test('shows offline readiness and storage use', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByTestId('offline-status')).toContainText('Ready offline');
		await expect(page.getByTestId('offline-status')).toContainText(/cached \(\d+ files\)/);
		await expect(page.getByTestId('storage-usage')).toContainText(/used of .*available/);
		await expect(page.getByTestId('storage-status')).toContainText(/persistent/i);
	});

	test('every section is reachable from the header and says what it holds', async ({ page }) => {
		await page.goto('/');
		for (const name of ['Concepts', 'Playground', 'Models', 'Present']) {
			await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
			await expect(page).toHaveURL(new RegExp(`/${name.toLowerCase()}(\\?.*)?$`));
			// Present opens the deck at its first slide; the other sections have their own title.
			await expect(
				name === 'Present'
					? page.getByTestId('deck').getByRole('heading', { level: 1 })
					: page.getByRole('heading', { level: 1, name })
			).toBeVisible();
			await expect(
				page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })
			).toHaveAttribute('aria-current', 'page');
		}
	});

	test('an unknown address shows a helpful not-found page', async ({ page }) => {
		await page.goto('/no/such/page');
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible();
	});

	test('the theme toggle switches colours and is remembered after a reload', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/');
		const toggle = page.getByRole('button', { name: /^Theme:/ });
		await expect(toggle).toHaveAccessibleName(/Theme: System/);
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const lightBg = await background();
		await toggle.click(); // system → light
		await toggle.click(); // light → dark
		await expect(toggle).toHaveAccessibleName(/Theme: Dark/);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await background()).not.toBe(lightBg);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.getByRole('button', { name: /^Theme: Dark/ })).toBeVisible();
	});

	test('is keyboard reachable: skip link first, then the header', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByTestId('gpu-architecture')).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
		await page.keyboard.press('Shift+Tab');
		await expect(page.getByRole('button', { name: /^Theme:/ })).toBeFocused();
	});

	test('fits a 360 px wide screen without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/');
		await expect(page.getByTestId('gpu-architecture')).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(4);
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`has no serious accessibility violations (${scheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('/');
			await expect(page.getByTestId('gpu-architecture')).toBeVisible();
			await expect(page.getByTestId('storage-usage')).toBeVisible();
			const { violations } = await new AxeBuilder({ page }).analyze();
			const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}

	test('makes no third-party requests and breaks no content-security rule', async ({ page }) => {
		const origins = new Set<string>();
		page.on('request', (r) => origins.add(new URL(r.url()).origin));
		await page.addInitScript(() => {
			(window as unknown as { cspViolations: string[] }).cspViolations = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { cspViolations: string[] }).cspViolations.push(
					`${e.violatedDirective} ${e.blockedURI}`
				)
			);
		});
		await page.goto('/');
		await expect(page.getByTestId('offline-status')).toContainText('Ready offline');
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("script-src 'self'");
		expect(csp).not.toMatch(/\s'unsafe-eval'/); // only 'wasm-unsafe-eval', for WebAssembly
		expect(
			await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
		).toEqual([]);
		expect([...origins]).toEqual([`http://localhost:${process.env.E2E_PORT ?? 4173}`]);
	});
});
