// Whether this page uses an engine: selection.svelte.ts sets it when it is first loaded (an
// experiment, the playground, the lab, the deck). The header's light control then brings in the
// full picker, whose code is loaded by then anyway; on pages without an engine (the start page,
// the concept index) the picker loads only when opened, so their first visit stays light.
class EngineInUse {
	value = $state(false);
}

export const engineInUse = new EngineInUse();
