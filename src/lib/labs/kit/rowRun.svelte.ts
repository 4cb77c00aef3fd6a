// A table that fills row by row from the chosen engine: one question per row (a pair of prompts,
// a statement's two endings), asked in order so the visitor watches the rows arrive, with Stop
// (the call in flight is aborted, the rows so far stay), the engine's failure in words, rows a
// visitor adds, and Reset back to the starting rows. The bias probe and the probability lab each
// wrote this class out (the second a copy of the first); a lab now gives its rows and its `ask`,
// and the call its rows need: an engine that cannot serve it (ELIZA has no probabilities) is not
// asked, and the run ends at once with that engine's refusal in words.
import { classifyEngineError, refusedCall, toRawError, type EngineError } from '$lib/engine/errors';
import { unservedCall, type OptionalCall } from '$lib/engine/request';
import type { Engine } from '$lib/engine/types';

export class RowRun<Row, Answer> {
	items = $state.raw<Row[]>([]);
	/** The answers by row index, from the engine named in `label`; undefined until asked. */
	answers = $state.raw<(Answer | undefined)[]>([]);
	label = $state('');
	busy = $state(false);
	error = $state<EngineError | null>(null);
	private controller: AbortController | undefined;

	constructor(
		private readonly engine: () => Engine,
		private readonly starting: readonly Row[],
		private readonly ask: (engine: Engine, row: Row, signal: AbortSignal) => Promise<Answer>,
		/** The call `ask` makes, checked against the engine's capabilities before the first row. */
		private readonly needs: OptionalCall
	) {
		this.items = [...starting];
	}

	/** Asks about every row, in order, replacing the last run's answers. */
	async run(): Promise<void> {
		this.stop();
		const controller = new AbortController();
		this.controller = controller;
		const engine = this.engine();
		this.busy = true;
		this.error = null;
		this.label = engine.info.label;
		this.answers = [];
		const unserved = unservedCall(this.needs, engine.info.capabilities, engine.info.label);
		if (unserved) {
			this.error = refusedCall(unserved);
			this.busy = false;
			return;
		}
		try {
			await engine.load();
			for (let i = 0; i < this.items.length; i++) {
				if (controller.signal.aborted) break;
				const answer = await this.ask(engine, this.items[i]!, controller.signal);
				if (controller.signal.aborted) break;
				const answers = [...this.answers];
				answers[i] = answer;
				this.answers = answers;
			}
		} catch (e) {
			if (!controller.signal.aborted)
				this.error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
		} finally {
			if (this.controller === controller) this.busy = false;
		}
	}

	stop(): void {
		this.controller?.abort();
		this.busy = false;
	}

	/** A visitor's row, after the others; earlier answers stay. */
	addRow(row: Row): void {
		this.items = [...this.items, row];
	}

	reset(): void {
		this.stop();
		this.items = [...this.starting];
		this.answers = [];
		this.error = null;
		this.label = '';
	}
}
