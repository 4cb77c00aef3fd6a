// Which slide a lab is on, for labs that save what the visitor did. In talk mode every slide has
// the address /present, so a lab that saved under its address shared one save across all its
// slides (issue 20: a step on the temperature slide showed up on the top-k slide). A slide sets
// its own name (concept and experiment) for the components inside it; a concept page sets none.
import { getContext, hasContext, setContext } from 'svelte';

const KEY = Symbol('slide scope');

/** Called by a slide while it initialises: `temperature:1` for its second experiment. */
export function setSlideScope(scope: () => string): void {
	setContext(KEY, scope);
}

/** The slide a component is on, or undefined outside talk mode. Call while initialising. */
export function slideScope(): (() => string) | undefined {
	return hasContext(KEY) ? getContext<() => string>(KEY) : undefined;
}
