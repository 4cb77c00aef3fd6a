// Two labs on one page share one engine: on the temperature page the prompt experiment streams
// while the sampling lab takes a step. The worker serves the engine's calls one at a time, so the
// step asked for during the stream is answered after it, and each call carries and keeps its own
// settings: the stream writes exactly what the same seed writes alone.
import { expect, test, type Page } from './fixtures';

interface Traffic {
	dir: 'to' | 'from';
	id: number;
	kind: string;
	method?: string;
	args?: { request?: Record<string, unknown> };
}

/** Records every message to and from the engine worker, in the order they happened. */
async function recordWorkerTraffic(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const log: unknown[] = [];
		Object.assign(window, { __traffic: log });
		const Native = window.Worker;
		window.Worker = class extends Native {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				this.addEventListener('message', (e: MessageEvent) =>
					log.push({ dir: 'from', id: e.data.id, kind: e.data.kind })
				);
			}
			postMessage(...args: unknown[]) {
				log.push({ dir: 'to', ...(args[0] as object) });
				(super.postMessage as (...a: unknown[]) => void)(...args);
			}
		};
	});
}

const traffic = (page: Page) =>
	page.evaluate(() => (window as unknown as { __traffic: Traffic[] }).__traffic);

test('the prompt experiment and the sampling lab on one engine: both finish, each with its own settings', async ({
	page
}) => {
	await recordWorkerTraffic(page);
	await page.goto('/concepts/temperature');
	const experiment = page.getByRole('region', { name: 'Try it' });
	const lab = page.getByTestId('sampling-lab');
	const path = lab.getByTestId('lab-path').getByRole('button');
	const nextToken = lab.getByRole('button', { name: 'Next token' });
	await expect(lab.getByTestId('lab-engine')).toContainText('Built-in trigram model');
	await expect(nextToken).toBeEnabled();

	// A long stream (up to 200 tokens at 20 ms each), and a lab step in the middle.
	await experiment.getByLabel('Max tokens').fill('200');
	await experiment.getByLabel('Temperature').fill('1.5');
	await experiment.getByLabel('Seed').fill('5');
	await experiment.getByRole('button', { name: 'Run', exact: true }).click();
	await expect(
		experiment.getByTestId('experiment-output').getByRole('option').first()
	).toBeVisible();
	await nextToken.dispatchEvent('click');
	await expect(path).toHaveCount(1);

	// Both finish: the stream with all its tokens, the lab with the scores of its next step.
	await expect(experiment.getByTestId('experiment-stats')).toContainText(/\d+ tokens/);
	await expect(nextToken).toBeEnabled();
	await nextToken.click();
	await expect(path).toHaveCount(2);
	const together = (await experiment.getByTestId('experiment-output').innerText()).trim();

	const log = await traffic(page);
	const calls = log.filter((m) => m.dir === 'to' && m.kind === 'call');
	const stream = calls.find((m) => m.method === 'generate')!;
	expect(stream.args!.request).toMatchObject({ temperature: 1.5, maxTokens: 200, seed: 5 });
	const steps = calls.filter((m) => m.method === 'nextTokens');
	for (const step of steps) {
		// A step asks for the text so far, its top candidates and the lab's own draw (the worker
		// draws from the whole distribution): no sampling setting of the stream at the top level.
		const keys = Object.keys(step.args!.request!);
		expect(keys).toEqual(expect.arrayContaining(['text', 'top']));
		expect(keys.filter((k) => !['text', 'top', 'after', 'draw'].includes(k))).toEqual([]);
		expect(step.args!.request!.text).toMatch(/^A low temperature makes/);
	}

	// The lab's calls made during the stream (loading the engine, then the step's scores) were
	// answered only after the stream had ended: the engine served one call at a time.
	const at = (id: number, dir: Traffic['dir'], kind: string) =>
		log.findIndex((m) => m.id === id && m.dir === dir && m.kind === kind);
	const streamDone = at(stream.id, 'from', 'done');
	const during = calls.filter((c) => c.id > stream.id && at(c.id, 'to', 'call') < streamDone);
	expect(during.map((c) => c.method)).toContain('load');
	for (const call of during) expect(at(call.id, 'from', 'done')).toBeGreaterThan(streamDone);

	// The stream kept its own settings: alone, the same seed writes the same text.
	await experiment.getByRole('button', { name: 'Run', exact: true }).click();
	await expect(experiment.getByTestId('experiment-stats')).toContainText(/\d+ tokens/);
	expect((await experiment.getByTestId('experiment-output').innerText()).trim()).toBe(together);
});
