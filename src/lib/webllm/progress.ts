// WebLLM reports loading as free text; these patterns (seen in its 0.2.86 runtime) split it into
// our phases so the UI can say "reading from cache" apart from "compiling GPU shaders".
import type { LoadProgress } from '$lib/engine/types';

export function loadPhase(report: { progress: number; text: string }): LoadProgress {
	const text = report.text;
	const counted = /\[(\d+)\/(\d+)\]/.exec(text);
	const fraction = counted ? Number(counted[1]) / Number(counted[2]) : null;
	if (/^Loading GPU shader modules/.test(text)) return { phase: 'compile', fraction, text };
	if (/^Loading model from cache/.test(text)) return { phase: 'cache', fraction, text };
	if (/^Finish loading/.test(text)) return { phase: 'ready', fraction: 1, text };
	if (/^Fetching param cache|^Start to fetch params/.test(text)) {
		return { phase: 'download', fraction: report.progress, text };
	}
	return { phase: 'cache', fraction: null, text };
}
