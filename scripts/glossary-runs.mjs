// Writes src/lib/concepts/glossary-runs.json: a hash of every run of 10 consecutive words in the
// glossary the concept pages are based on, so concepts.spec.ts can prove that no page shares such
// a run with it (the pages must be our own words) without the repository holding the glossary.
//   node scripts/glossary-runs.mjs path/to/genai-glossary.txt
// The word rule and hash must match concepts.spec.ts, which checks the "words" field below.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const N = 10;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const path = process.argv[2];
if (!path) {
	console.error('usage: node scripts/glossary-runs.mjs <glossary.txt>');
	process.exit(1);
}
const words = readFileSync(path, 'utf8').toLowerCase().replaceAll('’', "'").match(WORD) ?? [];
const hashes = new Set();
for (let i = 0; i + N <= words.length; i++) {
	const run = words.slice(i, i + N).join(' ');
	hashes.add(createHash('sha256').update(run).digest('hex').slice(0, 12));
}
const out = { n: N, words: WORD.source, hashes: [...hashes].sort() };
writeFileSync(
	new URL('../src/lib/concepts/glossary-runs.json', import.meta.url),
	JSON.stringify(out, null, '\t') + '\n'
);
console.log(`${hashes.size} runs of ${N} words from ${words.length} words`);
