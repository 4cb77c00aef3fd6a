// The static server sends the build's precompressed copies (issue #24): a browser that accepts
// brotli gets the .br file, one that accepts only gzip the .gz, and a client that names no
// encoding the file itself; each answer must decode to the same bytes with the right type.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickEncoding, startServer } from './serve.mjs';

const script = 'self.addEventListener("fetch", () => {});\n'.repeat(40);
let dir = '';
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'serve-spec-'));
	await writeFile(join(dir, 'index.html'), '<!doctype html><title>Home</title>');
	await writeFile(join(dir, 'sw.js'), script);
	await writeFile(join(dir, 'sw.js.br'), brotliCompressSync(script));
	await writeFile(join(dir, 'sw.js.gz'), gzipSync(script));
	await writeFile(join(dir, 'only-gzip.css'), 'body{}');
	await writeFile(join(dir, 'only-gzip.css.gz'), gzipSync('body{}'));
	server = await startServer({ dir, port: 0 });
});

afterAll(async () => {
	await server.close();
	await rm(dir, { recursive: true, force: true });
});

/** A raw request: Node's fetch would decode the body and hide what was sent. */
async function get(path: string, acceptEncoding?: string) {
	const { request } = await import('node:http');
	return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
		const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
		request(`${server.url}${path}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}

describe('scripts/serve.mjs compression', () => {
	it('sends brotli to a browser that accepts it, as JavaScript, with Vary', async () => {
		const res = await get('sw.js', 'gzip, deflate, br, zstd');
		expect(res.headers['content-encoding']).toBe('br');
		expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
		expect(res.headers['vary']).toBe('Accept-Encoding');
		expect(brotliDecompressSync(res.body).toString()).toBe(script);
		expect(res.body.length).toBeLessThan(script.length / 4);
	});

	it('sends gzip to a client that accepts only gzip', async () => {
		const res = await get('sw.js', 'gzip');
		expect(res.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(res.body).toString()).toBe(script);
	});

	it('sends the file itself when no encoding is named, still with Vary', async () => {
		const res = await get('sw.js');
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.headers['vary']).toBe('Accept-Encoding');
		expect(res.body.toString()).toBe(script);
		expect(res.headers['content-length']).toBe(String(script.length));
	});

	it('falls back to the copy that exists, and leaves files without copies alone', async () => {
		const css = await get('only-gzip.css', 'br, gzip');
		expect(css.headers['content-encoding']).toBe('gzip');
		expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
		const page = await get('', 'br, gzip');
		expect(page.headers['content-encoding']).toBeUndefined();
		expect(page.headers['vary']).toBeUndefined();
		expect(page.body.toString()).toContain('<title>Home</title>');
	});
});

describe('pickEncoding', () => {
	const both = new Set(['br', 'gzip']);
	it('prefers br, honours q=0 and the wildcard', () => {
		expect(pickEncoding('gzip, br', both)).toBe('br');
		expect(pickEncoding('br;q=0, gzip', both)).toBe('gzip');
		expect(pickEncoding('*', both)).toBe('br');
		expect(pickEncoding('*;q=0', both)).toBeNull();
		expect(pickEncoding('identity', both)).toBeNull();
		expect(pickEncoding('', both)).toBeNull();
		expect(pickEncoding(undefined, both)).toBeNull();
		expect(pickEncoding('BR', new Set(['gzip']))).toBeNull();
	});
});
