// `npm test`: every stage in order, stopping at the first that fails, then the time each took.
// Why a script and not `a && b && c`: the suite must stay under ten minutes on a clean 2-core
// clone, and a table of stage times at the end shows where the minutes go (issue "Light and
// fast on every page"). The stages run one after another on purpose: the builds, svelte-check
// and Vitest's SvelteKit plugin all write .svelte-kit/, so running them side by side races.
import { spawnSync } from 'node:child_process';

const stages = [
	['checks (types, lint, format, knip)', 'check'],
	['unit tests (Vitest)', 'test:unit'],
	['build (domain root)', 'build'],
	['build (/genai-live)', 'build:subpath'],
	['browser tests (Playwright)', 'test:e2e']
];

const times = [];
let failed;
for (const [label, script] of stages) {
	const started = Date.now();
	const { status } = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
	times.push([label, (Date.now() - started) / 1000]);
	if (status !== 0) {
		failed = label;
		break;
	}
}

const total = times.reduce((sum, [, s]) => sum + s, 0);
/** Minutes and seconds, rounded to the second first (779.6 s is 13:00, not 12:60). */
const mmss = (s) => {
	const r = Math.round(s);
	return `${Math.floor(r / 60)}:${String(r % 60).padStart(2, '0')}`;
};
console.log('\nnpm test, time per stage:');
for (const [label, s] of times) console.log(`  ${mmss(s).padStart(5)}  ${label}`);
console.log(`  ${mmss(total).padStart(5)}  total${failed ? ` (stopped: ${failed} failed)` : ''}`);
process.exit(failed ? 1 : 0);
