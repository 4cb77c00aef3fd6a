// Runs the rule table (rules.ts) over a use: every rule that fires is shown with its article and
// reason, the tier is the most severe among them (a high-risk system with a chatbot carries both
// sets of duties, so obligations are the union), and nothing here depends on a model's opinion.
import { rules, type Rule, type Tier, type UseAnswers } from './rules';

const severity: readonly Tier[] = ['prohibited', 'high-risk', 'transparency', 'minimal'];

export interface Classification {
	tier: Tier;
	/** Every rule that fired, most severe first: the reasoning shown. */
	fired: Rule[];
}

export function classify(use: UseAnswers, table: readonly Rule[] = rules): Classification {
	const fired = table
		.filter((r) => r.when(use))
		.sort((a, b) => severity.indexOf(a.tier) - severity.indexOf(b.tier));
	return { tier: fired[0]?.tier ?? 'minimal', fired };
}
