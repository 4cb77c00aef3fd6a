// The lab's state: the statements (the starting ones and any a visitor adds) and, for each, both
// endings scored on the engine chosen in the header, one call after another so the table fills
// row by row. Stop aborts the call in flight. Verdicts are pure (truth.ts), derived from the
// scores kept here, so nothing is asked twice.
import { classifyEngineError, toRawError, type EngineError } from '$lib/engine/errors';
import type { Engine, Scored } from '$lib/engine/types';
import { startingStatements, statementProblem, tidy, type Statement } from './statements';
import { tally, verdict, type Verdict } from './truth';

export class TruthLab {
	statements = $state.raw<Statement[]>([...startingStatements]);
	/** Both endings' scores by statement index, from the engine named in `label`. */
	scores = $state.raw<({ truthful: Scored; untrue: Scored } | undefined)[]>([]);
	label = $state('');
	busy = $state(false);
	error = $state<EngineError | null>(null);
	verdicts: (Verdict | undefined)[] = $derived(
		this.scores.map((s) => s && verdict(s.truthful, s.untrue))
	);
	counts = $derived(tally(this.verdicts));
	private controller: AbortController | undefined;

	constructor(private readonly engine: () => Engine) {}

	/** Scores every statement, in order, replacing the last run's scores. */
	async run(): Promise<void> {
		this.stop();
		const controller = new AbortController();
		this.controller = controller;
		const engine = this.engine();
		this.busy = true;
		this.error = null;
		this.label = engine.info.label;
		this.scores = [];
		try {
			await engine.load();
			for (let i = 0; i < this.statements.length; i++) {
				const { start, truthful, untrue } = this.statements[i]!;
				const signal = controller.signal;
				const a = await engine.score({ prefix: start, continuation: truthful }, signal);
				const b = await engine.score({ prefix: start, continuation: untrue }, signal);
				if (signal.aborted) break;
				const scores = [...this.scores];
				scores[i] = { truthful: a, untrue: b };
				this.scores = scores;
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

	/** Adds a statement; the problem in words when it cannot. Earlier scores stay. */
	add(statement: Statement): string | null {
		const problem = statementProblem(statement);
		if (!problem) this.statements = [...this.statements, tidy(statement)];
		return problem;
	}

	reset(): void {
		this.stop();
		this.statements = [...startingStatements];
		this.scores = [];
		this.error = null;
	}
}
