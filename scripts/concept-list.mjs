// Generates src/lib/concepts/list.json: each concept's slug, title, group and definition, the
// kinds of its experiments and whether it has a diagram, in reading order (talk mode builds and
// names its slides from these without the texts). The concepts index, the search box before its first query, a page's related
// links and its previous/next pager need only these four fields, about 4 KB gzipped; the full
// texts of all 22 concepts are a 43 KB chunk (gzip) that a page showing one concept should not
// fetch. Read from the content files themselves (compiled with TypeScript's own transpiler, with the
// shared source lists they import), so the list cannot drift from the pages. Run by `npm run gen`;
// output is generated, not committed; list.spec.ts checks it against the content modules.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const contentDir = join(root, 'src/lib/concepts/content');
const schema = readFileSync(join(root, 'src/lib/concepts/schema.ts'), 'utf8');
const order = JSON.parse(
	(schema.match(/export const conceptSlugs = (\[[^\]]*\])/)?.[1] ?? '[]')
		.replace(/'/g, '"')
		.replace(/,\s*\]/, ']')
);

/**
 * Compiles one module of src/lib/concepts into the temporary folder (same layout), and the
 * modules it imports by relative path (shared source lists), each import pointed at the .mjs.
 */
function compile(/** @type {string} */ rel, /** @type {string} */ tmp, done = new Set()) {
	if (done.has(rel)) return;
	done.add(rel);
	const source = readFileSync(join(root, 'src/lib/concepts', `${rel}.ts`), 'utf8');
	const { outputText } = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
	});
	const out = join(tmp, `${rel}.mjs`);
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(
		out,
		outputText.replace(/from '(\.\.?\/[^']+)'/g, (_, spec) => {
			compile(join(dirname(rel), spec), tmp, done);
			return `from '${spec}.mjs'`;
		})
	);
}

const tmp = mkdtempSync(join(tmpdir(), 'concept-list-'));
try {
	const bySlug = new Map();
	for (const file of readdirSync(contentDir).filter((f) => f.endsWith('.ts'))) {
		const rel = `content/${file.replace(/\.ts$/, '')}`;
		compile(rel, tmp);
		const { default: c } = await import(pathToFileURL(join(tmp, `${rel}.mjs`)).href);
		bySlug.set(c.slug, {
			slug: c.slug,
			title: c.title,
			group: c.group,
			definition: c.definition,
			experiments: c.experiments.map((/** @type {{ kind: string }} */ e) => e.kind),
			diagram: !!c.diagram
		});
	}
	const list = order.map((/** @type {string} */ slug) => {
		const entry = bySlug.get(slug);
		if (!entry) throw new Error(`No content file declares the concept "${slug}"`);
		return entry;
	});
	writeFileSync(join(root, 'src/lib/concepts/list.json'), `${JSON.stringify(list, null, '\t')}\n`);
	console.log(`concept list written to src/lib/concepts/list.json (${list.length} concepts)`);
} finally {
	rmSync(tmp, { recursive: true, force: true });
}
