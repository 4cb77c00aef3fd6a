// The lab's state: the statements (the starting ones and any a visitor adds) and, for each, both
// endings scored on the engine chosen in the header, row by row (the kit's RowRun). Verdicts are
// pure (truth.ts), derived from the scores kept here, so nothing is asked twice.
import type { Scored } from '$lib/engine/types';
import { RowRun } from '../kit/rowRun.svelte';
import { startingStatements, statementProblem, tidy, type Statement } from './statements';
import { tally, verdict, type Verdict } from './truth';

export class TruthLab extends RowRun<Statement, { truthful: Scored; untrue: Scored }> {
	verdicts: (Verdict | undefined)[] = $derived(
		this.answers.map((s) => s && verdict(s.truthful, s.untrue))
	);
	counts = $derived(tally(this.verdicts));

	constructor(engine: ConstructorParameters<typeof RowRun>[0]) {
		super(
			engine,
			startingStatements,
			async (e, { start, truthful, untrue }, signal) => ({
				truthful: await e.score({ prefix: start, continuation: truthful }, signal),
				untrue: await e.score({ prefix: start, continuation: untrue }, signal)
			}),
			'score'
		);
	}

	/** Adds a statement; the problem in words when it cannot. Earlier scores stay. */
	add(statement: Statement): string | null {
		const problem = statementProblem(statement);
		if (!problem) this.addRow(tidy(statement));
		return problem;
	}
}
