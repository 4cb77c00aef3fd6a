// The engine both training labs (fine-tuning, the scaling law) name in their frame: the built-in
// trigram model, of which they train their own copies in the page whatever the header's choice
// (a downloaded neural model cannot be retrained in a tab), worded by notes.ts.
import { builtinInfo } from '$lib/engine/builtin/info';
import { inPageEngineLine } from './notes';

/** LabFrame's `engine` and `engineLine` for a lab that trains in the page. */
export const inPageEngine = {
	engine: builtinInfo,
	engineLine: { muted: true, after: inPageEngineLine }
};
