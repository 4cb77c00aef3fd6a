// The backend race: the toy trains on the faster backend unless the visitor forces one, and the
// page's line names the backend, why, and both figures.
import { describe, expect, it } from 'vitest';
import { describeRun, pickBackend, raceBackends, type BackendTiming } from './race';
import { tf, useBackend, type Variable } from './tensor';
import { TrainingLoop, type ToyModel } from './trainer.svelte';

const gpuFaster: BackendTiming[] = [
	{ name: 'webgpu', stepsPerSecond: 120 },
	{ name: 'cpu', stepsPerSecond: 40 }
];
// The bench's GAN figures on a software adapter: the CPU 19× faster.
const cpuFaster: BackendTiming[] = [
	{ name: 'webgpu', stepsPerSecond: 3.4 },
	{ name: 'cpu', stepsPerSecond: 64 }
];

describe('pickBackend', () => {
	it('picks the faster of two timings, whichever it is', () => {
		expect(pickBackend(gpuFaster, 'auto')).toEqual({ name: 'webgpu', why: 'faster' });
		expect(pickBackend(cpuFaster, 'auto')).toEqual({ name: 'cpu', why: 'faster' });
	});

	it('respects a forced choice, even against the figures', () => {
		expect(pickBackend(gpuFaster, 'cpu')).toEqual({ name: 'cpu', why: 'forced' });
		expect(pickBackend(cpuFaster, 'webgpu')).toEqual({ name: 'webgpu', why: 'forced' });
	});

	it('takes the only backend timed; a tie or nothing usable goes to the CPU', () => {
		expect(pickBackend([{ name: 'cpu', stepsPerSecond: 50 }], 'auto')).toEqual({
			name: 'cpu',
			why: 'only'
		});
		const tie = gpuFaster.map((t) => ({ ...t, stepsPerSecond: 10 }));
		expect(pickBackend(tie, 'auto').name).toBe('cpu');
		expect(pickBackend([{ name: 'webgpu', stepsPerSecond: NaN }], 'auto').name).toBe('cpu');
		expect(pickBackend([], 'auto')).toEqual({ name: 'cpu', why: 'only' });
	});
});

describe('describeRun', () => {
	const swiftshader = { name: 'webgpu' as const, adapter: 'google, swiftshader' };

	it('says which backend won and shows both figures', () => {
		const text = describeRun({ name: 'cpu', reason: 'chosen' }, cpuFaster, {
			name: 'cpu',
			why: 'faster'
		});
		expect(text).toBe(
			'CPU (JavaScript), the faster here (measured here: 3.4 steps/s on WebGPU vs 64 steps/s on the CPU)'
		);
		expect(describeRun(swiftshader, gpuFaster, { name: 'webgpu', why: 'faster' })).toMatch(
			/^GPU \(WebGPU, software adapter .*\), the faster here \(measured here: 120 steps\/s on WebGPU vs 40/
		);
	});

	it('a forced backend says so; a missing WebGPU or a fallback says why instead', () => {
		expect(describeRun(swiftshader, cpuFaster, { name: 'webgpu', why: 'forced' })).toContain(
			', as you chose (measured here: 3.4 steps/s on WebGPU'
		);
		const noGpu = { name: 'cpu' as const, reason: 'no-webgpu' as const };
		expect(describeRun(noGpu, [], { name: 'webgpu', why: 'forced' })).toBe(
			'CPU (JavaScript), because this browser offers no WebGPU adapter'
		);
		expect(
			describeRun({ name: 'cpu', reason: 'device-lost' }, cpuFaster, { name: 'cpu', why: 'faster' })
		).toBe('CPU (JavaScript), because the GPU device was lost');
	});
});

/** One weight pulled towards 0: enough to time steps. */
class Tiny implements ToyModel {
	w: Variable = tf.tidy(() => tf.variable(tf.tensor1d([1, -2])));
	private opt = tf.train.sgd(0.1);
	trainStep() {
		return tf.tidy(() =>
			tf.reshape(
				this.opt.minimize(() => tf.sum(tf.square(this.w)), true, [this.w])!,
				[1]
			)
		);
	}
	dispose() {
		this.w.dispose();
		this.opt.dispose();
	}
}

describe('the race in a browser without WebGPU (Node)', () => {
	it('times the CPU only, frees its models, and the page says why the CPU runs', async () => {
		await useBackend('cpu');
		const before = tf.memory().numTensors;
		const timings = await raceBackends(() => new Tiny());
		expect(timings.map((t) => t.name)).toEqual(['cpu']);
		expect(timings[0]!.stepsPerSecond).toBeGreaterThan(0);
		expect(tf.memory().numTensors).toBe(before);

		const loop = new TrainingLoop({ lossNames: ['loss'], build: () => new Tiny() });
		loop.play(3);
		for (let i = 0; i < 100 && loop.step < 3; i++) await new Promise((r) => setTimeout(r, 20));
		expect(loop.step).toBe(3);
		expect(loop.timings?.map((t) => t.name)).toEqual(['cpu']);
		expect(loop.backendText).toBe(
			'CPU (JavaScript), because this browser offers no WebGPU adapter'
		);
		loop.destroy();
	});
});
