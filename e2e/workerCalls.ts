// What the page posts to the engine worker, recorded from the first script on: lets a test see
// that a lab aborts its generations when the visitor leaves its page mid-run, which nothing on
// the screen can show (the worker would go on writing for nobody).
import { expect, type Page } from '@playwright/test';

interface Posted {
	id: number;
	kind: string;
	method?: string;
	target?: number;
}

export async function recordWorkerCalls(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const posted: unknown[] = [];
		Object.assign(window, { __posted: posted });
		const post = Worker.prototype.postMessage as (...args: unknown[]) => void;
		Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
			posted.push(args[0]);
			post.apply(this, args);
		} as Worker['postMessage'];
	});
}

/** Ids of the generate calls posted so far, and of the calls the page aborted. */
async function generateCalls(page: Page): Promise<{ started: number[]; aborted: number[] }> {
	const posted = await page.evaluate(() => (window as unknown as { __posted: Posted[] }).__posted);
	return {
		started: posted.filter((m) => m.kind === 'call' && m.method === 'generate').map((m) => m.id),
		aborted: posted.filter((m) => m.kind === 'abort').map((m) => m.target!)
	};
}

/** Waits until at least `count` generations were sent to the worker. */
export async function expectGenerating(page: Page, count = 1): Promise<void> {
	await expect
		.poll(async () => (await generateCalls(page)).started.length)
		.toBeGreaterThanOrEqual(count);
}

/**
 * Generations were started, and every one of them was aborted (after the page's labs were left).
 * A page that started none fails here too: "all of nothing was aborted" proves nothing.
 */
export async function expectAllAborted(page: Page): Promise<void> {
	await expect
		.poll(async () => {
			const { started, aborted } = await generateCalls(page);
			return { started: started.length, running: started.filter((id) => !aborted.includes(id)) };
		})
		.toEqual({ started: expect.any(Number), running: [] });
	const { started } = await generateCalls(page);
	expect(started.length, 'generations the page started').toBeGreaterThan(0);
}
