// Serves a static build the way a static host does: files under an optional base path, clean
// URLs (/models → models.html) and the SPA fallback page (200.html) for unknown paths.
// `vite preview` does not serve the fallback, which breaks the service worker's precache.
// The build holds a brotli (.br) and a gzip (.gz) copy beside each text file (adapter-static's
// `precompress`): sending those instead of compressing on every request is what a good static host
// does: brotli takes the build's text files from 8.0 MB to 2.0 MB (gzip 2.8 MB), measured on the
// build of 2026-12-07. So a request gets file.br when its Accept-Encoding allows br, else file.gz for gzip, else the file itself.
// Usage: node scripts/serve.mjs [--dir build] [--port 4173] [--base /genai-live]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/** The precompressed copies the build holds, best first, by their file suffix. */
const encodings = /** @type {const} */ ([
	['br', '.br'],
	['gzip', '.gz']
]);

/**
 * The encoding to send for an Accept-Encoding header, among those with a file on disk: br before
 * gzip, whatever the client's order; a coding with q=0 is refused, as is everything a `*;q=0`
 * refuses. null means the file itself (identity).
 * @param {string | undefined} header
 * @param {ReadonlySet<string>} available
 * @returns {'br' | 'gzip' | null}
 */
export function pickEncoding(header, available) {
	/** @type {Map<string, number>} */
	const q = new Map();
	for (const part of (header ?? '').split(',')) {
		const [name = '', ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const value = qParam ? Number(qParam.slice(2)) : 1;
		q.set(name, Number.isNaN(value) ? 0 : value);
	}
	for (const [name] of encodings) {
		const weight = q.get(name) ?? q.get('*') ?? 0;
		if (weight > 0 && available.has(name)) return name;
	}
	return null;
}

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * Maps a URL path (without the base) to a file in root, or null.
 * @param {string} root
 * @param {string} path
 */
async function findFile(root, path) {
	const clean = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
	const full = resolve(root, clean);
	if (full !== root && !full.startsWith(root + sep)) return null; // no escaping the root
	if (extname(full)) return (await isFile(full)) ? full : null;
	for (const candidate of [`${full}.html`, join(full, 'index.html')]) {
		if (await isFile(candidate)) return candidate;
	}
	return null;
}

/**
 * Starts the server; resolves to { url, close }. `base` is '' or like '/genai-live'.
 * `log` (optional) receives every request path, for tests that count fetches.
 * @param {{ dir?: string, port?: number, host?: string, base?: string, log?: (path: string) => void }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<unknown> }>}
 */
export function startServer({
	dir = 'build',
	port = 4173,
	host = '127.0.0.1',
	base = '',
	log
} = {}) {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		log?.(url.pathname);
		let path = url.pathname;
		if (base) {
			if (path === '/' || path === base) {
				res.writeHead(302, { location: `${base}/` }).end();
				return;
			}
			if (!path.startsWith(`${base}/`)) {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
				return;
			}
			path = path.slice(base.length);
		}
		let file = await findFile(root, path);
		let status = 200;
		if (!file && !extname(path)) file = join(root, '200.html'); // SPA fallback
		if (!file || !(await isFile(file))) {
			status = 404;
			res.writeHead(status, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		/** @type {Record<string, string>} */
		const headers = {
			// The type is the original file's, whichever copy goes out.
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			// Hashed assets never change; everything else (sw.js above all) must be revalidated.
			'cache-control': file.includes(`${sep}immutable${sep}`)
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		/** @type {Set<string>} */
		const available = new Set();
		for (const [name, suffix] of encodings) {
			if (await isFile(file + suffix)) available.add(name);
		}
		if (available.size > 0) {
			// Caches between here and the browser must keep one copy per encoding.
			headers['vary'] = 'Accept-Encoding';
			const encoding = pickEncoding(req.headers['accept-encoding'], available);
			const suffix = encodings.find(([name]) => name === encoding)?.[1];
			if (encoding && suffix) {
				headers['content-encoding'] = encoding;
				file += suffix;
			}
		}
		const body = await readFile(file);
		headers['content-length'] = String(body.length);
		res.writeHead(status, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			resolvePromise({
				url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}${base}/`,
				port: actualPort,
				close: () => new Promise((r) => server.close(() => r(undefined)))
			});
		});
	});
}

/**
 * @param {string} name
 * @param {string} fallback
 */
function arg(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	return (i > -1 ? process.argv[i + 1] : undefined) ?? fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = arg('dir', 'build');
	if (!(await isFile(join(dir, 'index.html')))) {
		console.error(`No build found in ${dir}/. Run "npm run build" first (or "npm start").`);
		process.exit(1);
	}
	const { url } = await startServer({
		dir,
		port: Number(arg('port', process.env.PORT ?? '4173')),
		base: arg('base', process.env.BASE_PATH ?? '')
	});
	console.log(`GenAI Live is being served at ${url}  (Ctrl+C to stop)`);
}
