import { describe, expect, it } from 'vitest';
import { diagnoseFetchFailure, type DiagnoseContext } from './diagnose';

const url = 'https://models.example/m/resolve/main/params_shard_0.bin';

/** A fetch that answers probes by how they are made. */
function probes(answer: (init: RequestInit) => Response | 'fail'): DiagnoseContext['fetch'] {
	return async (_url, init = {}) => {
		const r = answer(init);
		if (r === 'fail') throw new TypeError('Failed to fetch');
		return r;
	};
}

const redirect = () => new Response(null, { status: 302, headers: { location: '/x' } });

describe('why a request got no answer', () => {
	it('offline comes first', async () => {
		const e = await diagnoseFetchFailure(url, 'Failed to fetch', {
			fetch: probes(() => 'fail'),
			online: false
		});
		expect(e.code).toBe('offline');
	});

	it('a plain http address on another machine is blocked by the app’s rule, without a probe', async () => {
		let probed = false;
		const e = await diagnoseFetchFailure('http://10.0.0.5/m/lib.wasm', 'Failed to fetch', {
			fetch: async () => ((probed = true), new Response())
		});
		expect(e.code).toBe('blocked');
		expect(probed).toBe(false);
	});

	it('a redirect the browser reported as blocked names its target', async () => {
		const e = await diagnoseFetchFailure(url, 'Failed to fetch', {
			fetch: probes(() => 'fail'),
			recentBlock: () => 'http://10.0.0.5'
		});
		expect(e).toMatchObject({ code: 'blocked' });
		expect(e.message).toContain('on to http://10.0.0.5');
	});

	it('a redirect that cannot be followed is a redirect problem; one that can, a passing fault', async () => {
		const loop = await diagnoseFetchFailure(url, 'Failed to fetch', {
			fetch: probes((init) => (init.redirect === 'manual' ? redirect() : 'fail'))
		});
		expect(loop.code).toBe('redirect');
		expect(loop.message).not.toMatch(/network/);
		const passing = await diagnoseFetchFailure(url, 'Failed to fetch', {
			fetch: probes((init) => (init.redirect === 'manual' ? redirect() : new Response('')))
		});
		expect(passing.code).toBe('network');
	});

	it('a server that answers only without CORS is named; silence is the network', async () => {
		const cors = await diagnoseFetchFailure(url, 'Failed to fetch', {
			fetch: probes((init) => (init.mode === 'no-cors' ? new Response(null) : 'fail'))
		});
		expect(cors.code).toBe('cors');
		expect(cors.message).toMatch(/Access-Control-Allow-Origin/);
		const network = await diagnoseFetchFailure(url, 'Failed to fetch', {
			fetch: probes(() => 'fail')
		});
		expect(network.code).toBe('network');
		expect(network.message).toMatch(/Check the network/);
	});

	it('probes with HEAD, never downloading a body', async () => {
		const methods: string[] = [];
		await diagnoseFetchFailure(url, 'x', {
			fetch: async (_u, init) => (methods.push(String(init?.method)), redirect())
		});
		expect(methods.length).toBeGreaterThan(0);
		expect(new Set(methods)).toEqual(new Set(['HEAD']));
	});
});
