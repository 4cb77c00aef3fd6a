// Which engine speaks, decided in one pure function: the user's saved choice, an engine named by
// a shared link, the models on this device and what this GPU can run go in; the engine to use,
// the options the picker lists (greyed ones with their reason) and any notice come out. Pure, so
// every fallback rule (deleted model, no WebGPU, a device lost mid-answer, a link naming a model
// this device does not have) is unit-tested in choice.spec.ts without a browser.
import type { GpuProbe } from '$lib/gpu/probe';
import type { ModelEntry } from '$lib/models/catalogue';
import type { ModelStatus } from '$lib/models/status';
import { modelFit } from '$lib/models/recommend';
import { echo } from '$lib/storage/records';

/** The built-in trigram engine's id: always available, no GPU, no download. */
export const BUILTIN_ID = 'builtin';
/** The ELIZA-style rules (engine/eliza/): always available too, for a talk on where this began. */
export const ELIZA_ID = 'eliza';

/** The engines that run in the worker with no GPU and no download: nothing to check first. */
export const isLocal = (id: string) => id === BUILTIN_ID || id === ELIZA_ID;

/** The local engines as the picker lists them, in order. */
const localOptions: EngineOption[] = [
	{ id: BUILTIN_ID, label: 'Built-in trigram model (no GPU)' },
	{ id: ELIZA_ID, label: 'ELIZA-style rules, as in 1966 (no GPU)' }
];

export interface EngineOption {
	id: string;
	label: string;
	/** Present when the option cannot be chosen on this device, in one sentence. */
	unavailable?: string;
	model?: ModelEntry;
}

export interface ChoiceInput {
	/** The user's saved choice. */
	saved: string;
	/** An engine named by a shared link, for this visit only. */
	fromLink?: string;
	/**
	 * Every model the app knows, with whether its files are all on this device (null: not known
	 * yet); null while the list itself has not been read (the model store loads on demand).
	 */
	models: { entry: ModelEntry; onDevice: boolean | null }[] | null;
	/** Why the list of models could not be read, when it could not (then `models` is null). */
	modelsProblem?: string;
	/** null while the GPU probe has not answered. */
	gpu: GpuProbe | null;
	/** Engines that failed in a way that rules them out until chosen again (device lost, ...). */
	failed: Record<string, string>;
}

export interface Choice {
	/** The engine that runs. */
	id: string;
	/** The engine the user (or the link) asked for. */
	wanted: string;
	/** Why `id` differs from `wanted`, shown wherever the engine speaks. */
	notice?: string;
	/** True while the answer depends on checks that have not finished (model files, GPU). */
	checking: boolean;
	options: EngineOption[];
}

/**
 * Whether a model's files are here; null while that is not known yet. A delete in progress
 * counts as not known: "no longer on this device" shows once the files are gone, since a page
 * left mid-delete keeps what was not yet erased (a browser run that navigated 150 ms after
 * Delete found the model still chosen on the next page).
 */
export function onDevice(kind: ModelStatus['kind'] | undefined): boolean | null {
	if (kind === undefined || kind === 'checking' || kind === 'deleting') return null;
	return kind === 'ready';
}

export const modelLabel = (m: ModelEntry) => (m.custom ? m.id : `${m.family} (${m.quantization})`);

export function resolveChoice(input: ChoiceInput): Choice {
	const options: EngineOption[] = [...localOptions];
	for (const { entry, onDevice } of input.models ?? []) {
		if (!onDevice) continue;
		const option: EngineOption = { id: entry.id, label: modelLabel(entry), model: entry };
		if (entry.kind !== 'chat')
			option.unavailable = 'An embedding model: it turns text into numbers and does not write.';
		else if (input.gpu) {
			const fit = modelFit(entry, input.gpu);
			if (!fit.ok) option.unavailable = fit.reason;
		}
		options.push(option);
	}

	const wanted = input.fromLink ?? input.saved;
	const fallback = (notice?: string, checking = false): Choice => ({
		id: BUILTIN_ID,
		wanted,
		notice,
		checking,
		options
	});
	const linkNotice = (name: string) =>
		input.fromLink !== undefined && input.fromLink !== input.saved
			? `“${name}” runs because the link you opened named it; it stays for this tab until you pick an engine in the Engine menu.`
			: undefined;
	if (wanted === BUILTIN_ID) return { id: BUILTIN_ID, wanted, checking: false, options };
	if (wanted === ELIZA_ID)
		return {
			id: ELIZA_ID,
			wanted,
			notice: linkNotice('ELIZA-style rules'),
			checking: false,
			options
		};
	if (input.models === null)
		return input.modelsProblem
			? fallback(
					`“${echo(wanted)}” could not be checked: ${input.modelsProblem} The built-in engine runs instead.`
				)
			: fallback(undefined, true);

	const known = input.models.find((m) => m.entry.id === wanted);
	// A link can name anything, of any length: what is echoed back stays readable.
	const name = known ? modelLabel(known.entry) : echo(wanted);
	if (known?.onDevice === null || (known?.onDevice && !input.gpu)) return fallback(undefined, true);
	if (!known?.onDevice) {
		return fallback(
			input.fromLink !== undefined
				? `This link asks for “${name}”, which is not on this device, so the built-in engine runs instead. Download it on the Models page to use it.`
				: `“${name}” is no longer on this device (deleted or not fully downloaded), so the built-in engine runs instead.`
		);
	}
	const option = options.find((o) => o.id === wanted);
	if (option?.unavailable)
		return fallback(
			`“${name}” cannot run here: ${option.unavailable} The built-in engine runs instead.`
		);
	// Own keys only: a model named "constructor" must not read Object's.
	const failure = Object.hasOwn(input.failed, wanted) ? input.failed[wanted] : undefined;
	if (failure) return fallback(`“${name}” stopped: ${failure} The built-in engine runs instead.`);
	return { id: wanted, wanted, notice: linkNotice(name), checking: false, options };
}
