// The scaling-law run as the page sees it: idle → running (which size, points so far) → done |
// stopped | failed, and the power law fitted to the points there are. The work is the pure
// runScaling (scaling.ts); this class pauses between sizes so each new point is drawn before the
// next size trains, and keeps the computing time apart from those pauses.
import { fitPowerLaw, runScaling, type HeldOutInfo, type ScalingPoint } from './scaling';

export type ScalingPhase = 'idle' | 'running' | 'done' | 'stopped' | 'failed';

/** Between sizes: long enough to watch the points arrive one by one in a talk. */
const PACE_MS = 250;

export class ScalingRun {
	phase = $state<ScalingPhase>('idle');
	points = $state.raw<ScalingPoint[]>([]);
	heldOut = $state.raw<HeldOutInfo | null>(null);
	/** Index of the fraction being trained, -1 when none. */
	current = $state(-1);
	total = $state(0);
	seed = $state(0);
	error = $state<string | null>(null);
	fit = $derived(fitPowerLaw(this.points.map((p) => ({ x: p.tokens, y: p.perplexity }))));
	/** Training and measuring time of every size together, without the pauses. */
	computeMs = $derived(this.points.reduce((s, p) => s + p.ms, 0));
	busy = $derived(this.phase === 'running');

	private controller: AbortController | undefined;

	async start(paragraphs: () => string[], fractions: number[], seed: number): Promise<void> {
		this.stop();
		const controller = new AbortController();
		this.controller = controller;
		const mine = () => this.controller === controller;
		this.points = [];
		this.heldOut = null;
		this.error = null;
		this.total = fractions.length;
		this.seed = seed;
		this.current = -1;
		this.phase = 'running';
		try {
			const { stopped } = await runScaling(paragraphs(), fractions, seed, {
				signal: controller.signal,
				onSplit: (info) => {
					if (mine()) this.heldOut = info;
				},
				onStart: (i) => {
					if (mine()) this.current = i;
				},
				onPoint: (p) => {
					if (mine()) this.points = [...this.points, p];
				},
				pause: () => new Promise((resolve) => setTimeout(resolve, this.points.length ? PACE_MS : 0))
			});
			if (!mine()) return;
			this.phase = stopped ? 'stopped' : 'done';
		} catch (e) {
			if (!mine()) return;
			this.error = e instanceof Error ? e.message : String(e);
			this.phase = 'failed';
		} finally {
			if (mine()) this.current = -1;
		}
	}

	stop(): void {
		this.controller?.abort();
	}

	reset(): void {
		this.stop();
		this.controller = undefined;
		this.points = [];
		this.heldOut = null;
		this.error = null;
		this.current = -1;
		this.phase = 'idle';
	}
}
