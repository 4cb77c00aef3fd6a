// `npm run check`: types (svelte-check), format (prettier), lint (eslint) and unused code
// (knip), in two lanes side by side. Why: each tool runs on one core, and on the 2-core CI
// machine one after another took 1:25 of a clean `npm test` whose budget is ten minutes. Each
// check's output is printed whole when it ends, so the two never interleave.
import { spawn } from 'node:child_process';

// Two lanes of about a minute each on this 2-core machine (svelte-check 35 s + prettier 21 s;
// eslint 56 s + knip 5 s); one after another they took 1:25 to 1:57.
const lanes = [
	['check:types', 'check:format'],
	['check:lint', 'check:unused']
];

function run(script) {
	return new Promise((done) => {
		const started = Date.now();
		const child = spawn('npm', ['run', '--silent', script], {
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('close', (code) =>
			done({ script, code: code ?? 1, out, seconds: Math.round((Date.now() - started) / 1000) })
		);
	});
}

const results = await Promise.all(
	lanes.map(async (scripts) => {
		for (const script of scripts) {
			const r = await run(script);
			const verdict = r.code === 0 ? 'ok' : 'FAILED';
			process.stdout.write(`── npm run ${r.script}: ${verdict} (${r.seconds} s)\n${r.out}`);
			if (r.code !== 0) return false;
		}
		return true;
	})
);
process.exit(results.every(Boolean) ? 0 : 1);
