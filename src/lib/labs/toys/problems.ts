// Every message a toy shows when its training cannot go on as asked: one table, each entry says
// what happened in the visitor's words and what to do next. Raw error text (a library's "Cannot
// read properties of undefined") never reaches the page; the loop keeps it for the console.
export type ToyProblem = 'start-failed' | 'train-failed' | 'view-failed';
/** Why training moved from the GPU to the CPU on its own. */
export type FallBack = 'device-lost' | 'webgpu-failed';

export const problemText: Record<ToyProblem, string> = {
	'start-failed':
		'The training library did not start in this tab. Reload the page; if it happens again, try another browser.',
	'train-failed':
		'A training step failed in this browser. Press Train to start again from step 0 with the same seed, or reload the page.',
	'view-failed':
		'Drawing the model failed. Press Train to start again from step 0 with the same seed, or reload the page.'
};

export const fallBackText: Record<FallBack, string> = {
	'device-lost':
		'The GPU device was lost (a driver reset or memory pressure). Training restarted on the CPU from step 0 with the same seed; reload the page to try the GPU again.',
	'webgpu-failed':
		'WebGPU failed in this browser. Training restarted on the CPU from step 0 with the same seed; reload the page to try the GPU again.'
};
