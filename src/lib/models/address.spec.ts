import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addressProblem } from './address';

describe('which addresses a model can come from', () => {
	it('https anywhere; plain http on this computer only', () => {
		for (const ok of [
			'https://huggingface.co/mlc-ai/x',
			'https://192.168.1.20/x',
			'http://localhost:8000/x',
			'http://127.0.0.1/x',
			'HTTP://LOCALHOST:8000/x'
		])
			expect(addressProblem(ok)).toBeNull();
		for (const bad of [
			'http://192.168.1.20:8000/x',
			'http://laptop.local/x',
			'http://[::1]:8000/x'
		])
			expect(addressProblem(bad)).toMatch(/plain http:\/\/ works only on this computer/);
		expect(addressProblem('ftp://host/x')).toMatch(/^ftp:\/\/ addresses cannot/);
		expect(addressProblem('not a url')).toBeNull(); // the form's own message covers it
	});

	it('matches the page’s Content-Security-Policy (svelte.config.js, connect-src)', () => {
		const config = readFileSync(new URL('../../../svelte.config.js', import.meta.url), 'utf8');
		expect(config).toContain(
			"const modelHosts = ['https:', 'http://localhost:*', 'http://127.0.0.1:*'];"
		);
		expect(config).toContain("'connect-src': ['self', ...modelHosts],");
	});
});
