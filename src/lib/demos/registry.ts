// Experiment kind → its component, found from the labs' own declarations: every `lab.ts` under
// labs/ (and the prepared prompt under demos/) default-exports defineLab(kind, load). The
// declarations are tiny and loaded eagerly; each component stays behind its `load`, a lazy
// chunk, so a page loads the code of the kinds it carries and nothing else. The compiler checks
// each declaration against its config (labs/kit/declaration.ts); registry.spec.ts checks that every kind
// the content uses resolves, once.
import type { ExperimentKind, LabComponent, LabDeclaration } from '$lib/labs/kit/declaration';

const declared = import.meta.glob<LabDeclaration>(['../labs/**/lab.ts', './**/lab.ts'], {
	eager: true,
	import: 'default'
});

/** Each declared lab by kind; the file each came from, for a message naming a duplicate. */
export const experimentRegistry = new Map<string, { declaration: LabDeclaration; file: string }>();
for (const [file, declaration] of Object.entries(declared)) {
	const before = experimentRegistry.get(declaration.kind);
	if (before)
		throw new Error(`Two labs declare the kind "${declaration.kind}": ${before.file} and ${file}`);
	experimentRegistry.set(declaration.kind, { declaration, file });
}

export function loadExperiment<K extends ExperimentKind>(
	kind: K
): Promise<{ default: LabComponent<K> }> {
	const found = experimentRegistry.get(kind);
	if (!found) return Promise.reject(new Error(`No lab declares the kind "${kind}"`));
	// Keyed by the declaration's own kind above, so the entry for K is K's declaration.
	return (found.declaration as unknown as LabDeclaration<K>).load();
}

/** A lab's name in slide lists, from its own declaration; the kind itself if none declares it. */
export function experimentName(kind: string): string {
	return experimentRegistry.get(kind)?.declaration.name ?? kind;
}
