// What the lab frame (LabFrame.svelte) shows, worked out without rendering: which of Run, Stop
// and Reset are on screen, and which parts a variant keeps. Talk mode's G, Esc and R click the
// buttons marked data-demo="run|stop|reset" on the current slide (routes/present), so the rule
// "Stop alone while busy; Run, and Reset when there is something to reset, otherwise" decides
// what a presenter's key does: one place for it instead of a copy in every lab.

/** The talk-mode key each frame button answers to (routes/present looks for data-demo). */
type DemoAction = 'run' | 'stop' | 'reset';

export interface RunAction {
	/** The button's words ("Run both", "Train 5 sizes"). */
	label: string;
	onclick: () => void;
	/** Nothing to run yet (an empty prompt, a bad seed): the button shows but does nothing. */
	disabled?: boolean;
}

export interface ResetAction {
	/** "Reset" unless the lab resets one thing ("Reset prompts"). */
	label?: string;
	onclick: () => void;
	/** Whether there is anything to reset; shown always when left out. */
	shown?: boolean;
}

interface FrameButton {
	demo: DemoAction;
	label: string;
	onclick: () => void;
	primary: boolean;
	disabled: boolean;
}

/**
 * What the frame stops: the lab's run (a StreamedRun, a PlannedRun, a RunQueue, a training loop).
 * While it is busy the frame shows Stop alone. A lab whose work ends at once (the risk tiers,
 * the timeline) has none.
 */
export interface Runner {
	readonly busy: boolean;
	stop(): void;
	/** The Stop button's words where they differ ("Pause" ends the sampling lab's Play). */
	readonly stopLabel?: string;
}

/** The buttons of the frame's action row, in order. */
export function frameButtons(
	runner: Runner | undefined,
	run: RunAction | undefined,
	reset: ResetAction | undefined
): FrameButton[] {
	if (runner?.busy)
		return [
			{
				demo: 'stop',
				label: runner.stopLabel ?? 'Stop',
				onclick: () => runner.stop(),
				primary: false,
				disabled: false
			}
		];
	const buttons: FrameButton[] = [];
	if (run)
		buttons.push({
			demo: 'run',
			label: run.label,
			onclick: run.onclick,
			primary: true,
			disabled: !!run.disabled
		});
	if (reset && reset.shown !== false)
		buttons.push({
			demo: 'reset',
			label: reset.label ?? 'Reset',
			onclick: reset.onclick,
			primary: false,
			disabled: false
		});
	return buttons;
}

/**
 * Where a lab is shown. On a concept page it carries its intro and "Look for"; on a slide
 * (issue 25: each lab declares its slide variant through the frame) the presenter says both, and
 * the projector has room for the output and the one or two settings the demo is about (the lab's
 * `primary` snippet): the engine line, the other settings and a seed field wait behind "More
 * settings", so a lab that names no primary setting still fits.
 */
export type FrameVariant = 'page' | 'slide';

export function frameParts(variant: FrameVariant): {
	intro: boolean;
	lookFor: boolean;
	/** The engine line, the settings and the seed sit behind a "More settings" toggle. */
	tucked: boolean;
} {
	return variant === 'slide'
		? { intro: false, lookFor: false, tucked: true }
		: { intro: true, lookFor: true, tucked: false };
}

/** The words of the frame's own controls (the toggle on a slide). */
export const frameWords = {
	more: 'More settings',
	fewer: 'Fewer settings'
};
