// The gate between what a model writes and what runs. A tool call is a JSON object
// {"name": …, "arguments": {…}}, the shape of the Model Context Protocol's tools/call request;
// the tools say which arguments they take (ToolSpec, a small hand-written schema: every argument
// a required string with a length range), and validateCall checks the text against them before
// anything runs. Model output is untrusted: a call that is not JSON, names no tool or an unknown
// one, or has a missing, extra, mistyped or oversized argument is refused with a sentence that
// names the field, and the loop feeds that sentence back instead of running anything. Only this
// module makes a ValidCall (its brand is a symbol nobody else holds), and the loop runs only a
// ValidCall, so the type system keeps an unchecked call away from the tools.
// The same specs give the JSON Schema a constrained engine follows (callSchema): WebLLM turns it
// into a grammar, so the model can only write text of the call's outline; the check still runs,
// because a grammar does not know which arguments go with which tool, nor our length limits.

/** One argument of a tool: a string the model must give, between these lengths. */
export interface ArgSpec {
	description: string;
	minLength: number;
	maxLength: number;
}

export interface ToolSpec {
	name: string;
	/** What the tool does, as the model is told it. */
	description: string;
	/** Every argument is required; no other is accepted. */
	arguments: Record<string, ArgSpec>;
}

/** Longer than any call needs; longer text is refused before it is parsed. */
export const MAX_CALL_CHARS = 2000;

declare const checked: unique symbol;
/** A call that passed validateCall; nothing else can reach a tool. */
export type ValidCall = {
	readonly name: string;
	readonly arguments: Readonly<Record<string, string>>;
} & { readonly [checked]: true };

export type CallProblem =
	| 'empty'
	| 'too-long'
	| 'not-json'
	| 'not-object'
	| 'extra-field'
	| 'no-name'
	| 'unknown-tool'
	| 'no-arguments'
	| 'missing-argument'
	| 'unexpected-argument'
	| 'wrong-type'
	| 'bad-length';

export type Validation =
	{ ok: true; call: ValidCall } | { ok: false; problem: CallProblem; message: string };

const refuse = (problem: CallProblem, message: string): Validation => ({
	ok: false,
	problem,
	message
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The JSON text of a reply: the whole reply, or the inside of one ```json fence around it (a
 * model asked for JSON without a grammar often fences it). Nothing else is trimmed away.
 */
function jsonText(raw: string): string {
	const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?\s*```\s*$/.exec(raw);
	return (fenced ? fenced[1]! : raw).trim();
}

/** Checks a reply against the tools; never runs anything. */
export function validateCall(raw: string, tools: readonly ToolSpec[]): Validation {
	if (raw.length > MAX_CALL_CHARS)
		return refuse(
			'too-long',
			`The reply is ${raw.length} characters long; a call is at most ${MAX_CALL_CHARS}.`
		);
	const text = jsonText(raw);
	if (!text) return refuse('empty', 'The reply is empty: a tool call was expected.');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return refuse(
			'not-json',
			'The reply is not valid JSON (a tool call is one JSON object and nothing else).'
		);
	}
	if (!isRecord(value))
		return refuse('not-object', 'The reply is JSON but not an object with "name" and "arguments".');
	const extra = Object.keys(value).find((k) => k !== 'name' && k !== 'arguments');
	if (extra !== undefined)
		return refuse(
			'extra-field',
			`The call has a field "${extra}"; only "name" and "arguments" are allowed.`
		);
	const name = value.name;
	if (typeof name !== 'string' || !name)
		return refuse('no-name', 'The call has no "name" (a string naming the tool).');
	const tool = tools.find((t) => t.name === name);
	if (!tool)
		return refuse(
			'unknown-tool',
			`There is no tool called "${name.slice(0, 40)}"; the tools are ${tools.map((t) => `"${t.name}"`).join(', ')}.`
		);
	const args = value.arguments;
	if (!isRecord(args))
		return refuse('no-arguments', `"arguments" must be an object (the tool "${name}" takes one).`);
	const unexpected = Object.keys(args).find((k) => !Object.hasOwn(tool.arguments, k));
	if (unexpected !== undefined)
		return refuse(
			'unexpected-argument',
			`The tool "${name}" takes no argument "${unexpected.slice(0, 40)}"; it takes ${argList(tool)}.`
		);
	const out: Record<string, string> = {};
	for (const [key, spec] of Object.entries(tool.arguments)) {
		if (!Object.hasOwn(args, key))
			return refuse('missing-argument', `The tool "${name}" needs the argument "${key}".`);
		const v = args[key];
		if (typeof v !== 'string')
			return refuse('wrong-type', `The argument "${key}" of "${name}" must be a string.`);
		const trimmed = v.trim();
		if (trimmed.length < spec.minLength || trimmed.length > spec.maxLength)
			return refuse(
				'bad-length',
				`The argument "${key}" of "${name}" must be ${spec.minLength} to ${spec.maxLength} characters long (it is ${trimmed.length}).`
			);
		out[key] = trimmed;
	}
	return { ok: true, call: { name, arguments: out } as unknown as ValidCall };
}

function argList(tool: ToolSpec): string {
	return Object.keys(tool.arguments)
		.map((k) => `"${k}"`)
		.join(' and ');
}

/** A call written the way the model must write it (the rule-based planner writes its calls so). */
export function callText(name: string, args: Record<string, string>): string {
	return JSON.stringify({ name, arguments: args });
}

/**
 * The JSON Schema a constrained engine follows: an object with a known tool name and string
 * arguments. Which arguments belong to which tool is left to validateCall (one flat schema is
 * what every grammar compiler accepts; alternatives per tool are not).
 */
export function callSchema(tools: readonly ToolSpec[]): string {
	const properties: Record<string, { type: 'string' }> = {};
	for (const t of tools)
		for (const k of Object.keys(t.arguments)) properties[k] = { type: 'string' };
	return JSON.stringify({
		type: 'object',
		properties: {
			name: { type: 'string', enum: tools.map((t) => t.name) },
			arguments: { type: 'object', properties, additionalProperties: false }
		},
		required: ['name', 'arguments'],
		additionalProperties: false
	});
}
