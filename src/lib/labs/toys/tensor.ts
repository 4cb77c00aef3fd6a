// The one module that imports TensorFlow.js. Everything else in labs/toys/ gets `tf` from here,
// so the library (core about 300 KB gzip, see npm run bench, "toys") lands only in the chunks of
// the pages whose experiments train a toy, and its backends load only when a toy starts.
//
// Backends: WebGPU when the browser offers an adapter, and the pure-JavaScript CPU backend. The
// toys are small (MLPs of a few thousand weights, batches of a few hundred 2-D points or 16×16
// images), so either may be the faster: race.ts times both and picks; the page always says which
// one runs and why (`BackendInfo`).
//
// Sharing the GPU with a loaded WebLLM model (decided here, for every toy):
// - Separate devices. WebLLM runs in the engine worker on its own GPUDevice; TF.js requests its
//   own. Neither can free the other's memory, so the toys stay small: their tensors take well
//   under 10 MB (tf.memory() in the bench), a rounding error next to a 0.5B model's 400+ MB.
//   Nothing is unloaded for a toy, and a toy never asks the model to unload.
// - Shared queue. Both submit work to the same GPU, so a generation running at the same time
//   slows training (and the reverse). A toy trains only while it is on screen, which in practice
//   means not while the playground streams.
// - Device lost. A lost device (driver reset, GPU memory pressure, the tab sent to the
//   background on some mobiles) ends that device only. The toy's trainer listens through
//   `onDeviceLost`, switches to the CPU backend, rebuilds its model from the seed and says so;
//   the engine handles its own loss (engine/errors.ts). A later page load tries WebGPU again.
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core ships the gradients (autograd for every op) separately from the ops.
import '@tensorflow/tfjs-core/dist/register_all_gradients';

export { tf };
export type Tensor = tf.Tensor;
export type Tensor2D = tf.Tensor2D;
export type Variable = tf.Variable;
export type Optimizer = tf.Optimizer;

export type BackendName = 'webgpu' | 'cpu';
/** Why the CPU runs instead of the GPU. */
export type CpuReason = 'no-webgpu' | 'webgpu-failed' | 'device-lost' | 'chosen';

export interface BackendInfo {
	name: BackendName;
	/** Set when name is 'cpu'. */
	reason?: CpuReason;
	/** e.g. "google, swiftshader": software adapters run WebGPU on the CPU. */
	adapter?: string;
}

/** The backend in words, without the reason: "CPU (JavaScript)", "GPU (WebGPU, …)". */
export function backendName(info: BackendInfo): string {
	if (info.name === 'cpu') return 'CPU (JavaScript)';
	const software = /swiftshader|llvmpipe|software/i.test(info.adapter ?? '');
	return software
		? `GPU (WebGPU, software adapter ${info.adapter}: it runs on the CPU, slowly)`
		: `GPU (WebGPU${info.adapter ? `, ${info.adapter}` : ''})`;
}

/** What the page says about the backend, one line per case. */
export function describeBackend(info: BackendInfo): string {
	if (info.name === 'webgpu') return backendName(info);
	const why: Record<CpuReason, string> = {
		'no-webgpu': 'this browser offers no WebGPU adapter',
		'webgpu-failed': 'WebGPU did not start',
		'device-lost': 'the GPU device was lost',
		chosen: 'you chose it'
	};
	// The browser's own error text stays in the console: the page says what happened in words.
	return `${backendName(info)}, because ${why[info.reason ?? 'chosen']}`;
}

let active: BackendInfo | null = null;
let starting: Promise<BackendInfo> | null = null;
const lostListeners = new Set<() => void>();
/** Devices already watched: switching back to WebGPU after a race must not watch one twice. */
const watched = new WeakSet<GPUDevice>();

/** Called when the GPU device under the webgpu backend is lost; returns an unsubscribe. */
export function onDeviceLost(listener: () => void): () => void {
	lostListeners.add(listener);
	return () => lostListeners.delete(listener);
}

async function startCpu(reason: CpuReason): Promise<BackendInfo> {
	await import('@tensorflow/tfjs-backend-cpu');
	await tf.setBackend('cpu');
	await tf.ready();
	return { name: 'cpu', reason };
}

async function startWebGpu(): Promise<BackendInfo> {
	const gpu = globalThis.navigator?.gpu;
	if (!gpu) return startCpu('no-webgpu');
	const adapter = await gpu.requestAdapter().catch(() => null);
	if (!adapter) return startCpu('no-webgpu');
	try {
		await import('@tensorflow/tfjs-backend-webgpu');
		if (!(await tf.setBackend('webgpu'))) return startCpu('webgpu-failed');
		await tf.ready();
	} catch (e) {
		console.warn('WebGPU did not start:', e);
		return startCpu('webgpu-failed');
	}
	const device = (tf.backend() as unknown as { device?: GPUDevice }).device;
	if (device && !watched.has(device)) watchDevice(device);
	const info = adapter.info;
	const name = [info?.vendor, info?.architecture].filter(Boolean).join(', ');
	return { name: 'webgpu', adapter: name || undefined };
}

function watchDevice(device: GPUDevice) {
	watched.add(device);
	// Told even when the CPU already runs (after a WebGPU error): the page then names the cause.
	void device.lost.then((info) => {
		if (active?.name === 'webgpu') active = null;
		console.warn('GPU device lost:', info.message || info.reason);
		for (const l of lostListeners) l();
	});
}

/**
 * Starts (or returns) a backend: 'webgpu' tries WebGPU and falls back to the CPU (with the
 * reason); 'auto' is whichever runs already, else 'webgpu'. Switching is allowed at any time (a
 * race, a lost device, the visitor's choice); the caller rebuilds its tensors afterwards, since
 * tensors of the old backend are not carried over.
 */
export async function useBackend(want: 'auto' | BackendName, reason: CpuReason = 'chosen') {
	const done = () => active && (want === 'auto' || active.name === want);
	if (done()) return active as BackendInfo;
	if (starting) await starting.catch(() => undefined);
	if (done()) return active as BackendInfo;
	tf.enableProdMode();
	starting = want === 'cpu' ? startCpu(reason) : startWebGpu();
	try {
		active = await starting;
	} finally {
		starting = null;
	}
	return active;
}
