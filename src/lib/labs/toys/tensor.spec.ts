import { describe, expect, it } from 'vitest';
import { describeBackend, useBackend } from './tensor';

describe('tensor adapter', () => {
	it('falls back to the CPU where there is no WebGPU (Node) and says why', async () => {
		const info = await useBackend('auto');
		expect(info).toMatchObject({ name: 'cpu', reason: 'no-webgpu' });
		expect(describeBackend(info)).toBe(
			'CPU (JavaScript), because this browser offers no WebGPU adapter'
		);
	});

	it("names software adapters, and says why the CPU runs without the browser's error text", () => {
		expect(describeBackend({ name: 'webgpu', adapter: 'google, swiftshader' })).toContain(
			'software adapter'
		);
		expect(describeBackend({ name: 'cpu', reason: 'device-lost' })).toBe(
			'CPU (JavaScript), because the GPU device was lost'
		);
	});
});
