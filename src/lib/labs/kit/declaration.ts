// What a lab declares about itself, and the experiment types derived from those declarations.
// The experiments union used to grow by one interface per lab in concepts/schema.ts and one line
// in demos/registry.ts (14 interfaces, `intro` and `seed` in all of them, `lookFor` typed two
// ways), so a new lab edited four central files. Now each lab's folder has a `lab.ts` that
// declares its config (extending ExperimentBase), adds it to LabConfigs by declaration merging,
// and names its component with defineLab; the union below and the registry (demos/registry.ts,
// which finds every lab.ts with import.meta.glob) follow from those files alone. The compiler
// rejects a declaration for a kind without a config, or a component for another kind's config
// (declaration.spec.ts).
import type { Component } from 'svelte';
import type { EngineText } from '$lib/concepts/schema';

/** What every experiment on a concept page carries, whatever its lab. */
export interface ExperimentBase {
	/** The lab's kind: its key in LabConfigs. */
	kind: string;
	/** What the visitor is about to see, in one sentence. */
	intro: string;
	/** Fixes every random choice of a run, so a presenter gets the same run as in rehearsal. */
	seed: number;
	/** What to look for in the result, true of the engine that ran it (see EngineText). */
	lookFor: EngineText;
}

/**
 * Every lab's config by kind. Empty here: each lab's `lab.ts` adds its own entry with
 * `declare module '$lib/labs/kit/declaration' { interface LabConfigs { 'my-lab': MyLabExperiment } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each lab's lab.ts
export interface LabConfigs {}

/** A config whose `kind` is not its key in LabConfigs becomes `never`, so no content can use it. */
type Checked = {
	[K in keyof LabConfigs]: LabConfigs[K] extends ExperimentBase & { kind: K }
		? LabConfigs[K]
		: never;
};

/** Every kind of live experiment a page can carry, one member per lab. */
export type Experiment = Checked[keyof LabConfigs];
export type ExperimentKind = Experiment['kind'];

/** The component that shows one kind's experiment. */
export type LabComponent<K extends ExperimentKind> = Component<{
	experiment: Extract<Experiment, { kind: K }>;
}>;

/** A lab as the registry sees it: its kind and its component, loaded only where it is used. */
export interface LabDeclaration<K extends ExperimentKind = ExperimentKind> {
	kind: K;
	/** The lab's name in slide lists and the deck editor ("sampling lab", "GAN toy"). */
	name: string;
	load: () => Promise<{ default: LabComponent<K> }>;
}

/** A lab's declaration; the default export of its `lab.ts`. */
export function defineLab<K extends ExperimentKind>(
	kind: K,
	name: string,
	load: () => Promise<{ default: LabComponent<K> }>
): LabDeclaration<K> {
	return { kind, name, load };
}
