// What a prompt spells out, found by plain patterns: a role, a task with a clear object,
// constraints, an output format, examples. The prompt-comparison lab shows these five side by
// side for a vague and a clear prompt, so the audience sees *what* the clear one adds before
// seeing what it changes in the answer. Patterns, not a model: the checklist must be instant,
// the same on every engine, and explainable (each line shows the words that matched). They are
// deliberately conservative: "Write something about X" does not count as a task, because the
// object ("something") says nothing about what is wanted.

export type PromptPart = 'role' | 'task' | 'constraints' | 'format' | 'examples';

export const promptParts: { part: PromptPart; label: string; hint: string }[] = [
	{ part: 'role', label: 'Role', hint: 'who the model should be (“You are…”, “Act as…”)' },
	{ part: 'task', label: 'Task', hint: 'an instruction verb with a definite object' },
	{
		part: 'constraints',
		label: 'Constraints',
		hint: 'limits: length, “at most”, “avoid”, “must”, numbers with units'
	},
	{
		part: 'format',
		label: 'Output format',
		hint: 'bullets, JSON, a table, “format”, “in N sentences”'
	},
	{
		part: 'examples',
		label: 'Examples',
		hint: '“for example”, “e.g.”, Input:/Output: pairs, quoted samples'
	}
];

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a single)`;

const VERBS =
	'write|draft|summari[sz]e|list|explain|describe|translate|classify|create|generate|give|rewrite|compare|suggest|outline|answer|produce|extract|propose|name|tell|make|design|plan|review|fix|correct|convert|find|identify|recommend|prepare|compose|calculate|sort|rank|define';
/** Objects that leave the task open: "write something", "tell me about it". */
const VAGUE_OBJECT = String.raw`(?!(?:about|on|something|anything|stuff|whatever|me|us)\b)(?!(?:it|this|that|some|things?)\s*(?:[.!?,;:]|$))`;

/** A quoted sample: straight quotes only where they are not apostrophes (“don't … it's”). */
const QUOTED =
	/“[^”\n]{3,}”|"[^"\n]{3,}"|‘[^’\n]{3,}’|(?<![\p{L}\p{N}])'[^'\n]{3,}'(?![\p{L}\p{N}])/u;

const patterns: Record<PromptPart, RegExp[]> = {
	role: [
		/\b(?:you are|you're|you’re) (?:an?|the|my|our)\s+[\p{L}\p{N}-]+/iu,
		/\b(?:act as|acting as|pretend to be|imagine you are|play the role of|take the role of|your role is)\s+[\p{L}\p{N}-]+/iu,
		/(?:^|[.!?]\s+|\n\s*)as an? [\p{L}-]+(?: [\p{L}-]+){0,4},/iu
	],
	task: [
		new RegExp(
			String.raw`(?:^|[.!?:;]\s+|\n\s*|\b(?:please|then|now|and)\s+|\b(?:task is to|need you to|want you to|would like you to|can you|could you)\s+)(?:${VERBS})\s+(?:(?:me|us)\s+)?${VAGUE_OBJECT}[\p{L}\p{N}“"‘'(]`,
			'iu'
		)
	],
	constraints: [
		/\b(?:at most|at least|no more than|no longer than|fewer than|less than|up to|maximum|minimum|exactly|avoid|do not|don't|don’t|never|must|keep it (?:under|below|short|brief)|limit(?:ed)? to)\b/iu,
		new RegExp(
			String.raw`\b${NUMBER}\s*(?:words?|characters?|tokens?|lines?|pages?|minutes?|seconds?|hours?|days?|percent|euros?|dollars?)\b|\d+\s*%`,
			'iu'
		)
	],
	format: [
		/\b(?:bullet(?:ed)?(?: points?| list)?|bullets|numbered list|json|table|markdown|csv|yaml|headline|heading|subject line|format(?:ted)?|as a list|one-line)\b/iu,
		new RegExp(
			String.raw`\b(?:in )?${NUMBER} (?:sentences?|paragraphs?|bullet points?|bullets|points|lines)\b`,
			'iu'
		)
	],
	examples: [
		/\b(?:for example|for instance|here is an example|like this:|examples?:)|\be\.g\./iu,
		/^\s*(?:input|output|q|a|example \d+)\s*:/imu,
		QUOTED
	]
};

/** The end of a sentence (with its closing quote) or of a line. */
const SENTENCE_END = /[.!?][”"’']?(?=\s|$)|[;\n]/;
const SNIPPET = 60;

/** The matched words grown to the end of their sentence (a quote stays as it is), shortened. */
function snippet(text: string, match: RegExpExecArray, re: RegExp): string {
	let end = match.index + match[0].length;
	if (re !== QUOTED) {
		const stop = SENTENCE_END.exec(text.slice(end));
		end = stop ? end + stop.index + stop[0].length : text.length;
	}
	const s = text
		.slice(match.index, end)
		.replace(/^[.!?:;\s]+|[;\s]+$/g, '')
		.trim();
	return s.length > SNIPPET ? `${s.slice(0, SNIPPET - 1).trimEnd()}…` : s;
}

/** For each part, the words of the prompt that show it, or null where it has none. */
export function findParts(prompt: string): Record<PromptPart, string | null> {
	const found = {} as Record<PromptPart, string | null>;
	for (const { part } of promptParts) {
		found[part] = null;
		for (const re of patterns[part]) {
			const m = re.exec(prompt);
			if (m) {
				found[part] = snippet(prompt, m, re);
				break;
			}
		}
	}
	return found;
}

export interface ChecklistRow {
	part: PromptPart;
	label: string;
	hint: string;
	/** What matched in each prompt, null for none. */
	a: string | null;
	b: string | null;
	/** One prompt has the part and the other does not. */
	differs: boolean;
}

/** One row per part, for two prompts (the vague one first). */
export function checklist(a: string, b: string): ChecklistRow[] {
	const fa = findParts(a);
	const fb = findParts(b);
	return promptParts.map(({ part, label, hint }) => ({
		part,
		label,
		hint,
		a: fa[part],
		b: fb[part],
		differs: (fa[part] === null) !== (fb[part] === null)
	}));
}
