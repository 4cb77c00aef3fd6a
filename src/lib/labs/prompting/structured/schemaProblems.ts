// A parsed answer checked against a JSON Schema, with each problem as a sentence that names its
// place ("field “related”", "item 2 of “related”") and says what is wrong. Validation is
// @cfworker/json-schema: it works without eval, which our Content-Security-Policy forbids (ajv
// compiles validators with new Function). Its messages are rebuilt from the schema and the value,
// so they read as sentences and do not depend on the library's wording; check.ts shows them
// after its own parse step.
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';

export interface SchemaProblem {
	/** Where, in words: "the object", "field “related”", "item 2 of “related”". */
	where: string;
	message: string;
}

const typeOf = (v: unknown): string =>
	v === null
		? 'null'
		: Array.isArray(v)
			? 'a list'
			: typeof v === 'object'
				? 'an object'
				: `a ${typeof v}`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The JSON pointer "#/a/b~1c" as its segments. */
function segments(pointer: string): string[] {
	return pointer
		.replace(/^#\/?/, '')
		.split('/')
		.filter((s) => s !== '')
		.map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function at(root: unknown, pointer: string): unknown {
	let node = root;
	for (const s of segments(pointer)) node = (node as Record<string, unknown> | undefined)?.[s];
	return node;
}

function where(pointer: string): string {
	const path = segments(pointer);
	if (!path.length) return 'the object';
	const last = path.at(-1)!;
	const parent = path.at(-2);
	if (/^\d+$/.test(last) && parent !== undefined) return `item ${Number(last) + 1} of “${parent}”`;
	return `field “${last}”`;
}

/** One library error → the sentences it stands for (several for one "required"), or none. */
function describe(unit: OutputUnit, schema: Schema, value: unknown): SchemaProblem[] {
	const rule = at(schema, unit.keywordLocation);
	const parent = at(schema, unit.keywordLocation.replace(/\/[^/]*$/, '')) as Schema | undefined;
	const instance = at(value, unit.instanceLocation);
	const w = where(unit.instanceLocation);
	const one = (message: string) => [{ where: w, message }];
	switch (unit.keyword) {
		case 'required': {
			const has = (k: string) => Object.prototype.hasOwnProperty.call(instance, k);
			return ((rule as string[]) ?? [])
				.filter((k) => !has(k))
				.map((k) => ({ where: w, message: `is missing the required field “${k}”.` }));
		}
		case 'additionalProperties': {
			const known = Object.keys(parent?.properties ?? {});
			return Object.keys(instance as object)
				.filter((k) => !known.includes(k))
				.map((k) => ({ where: w, message: `has a field “${k}” that the schema does not allow.` }));
		}
		case 'type':
			return one(`is ${typeOf(instance)}; the schema asks for ${[rule].flat().join(' or ')}.`);
		case 'enum':
			return one(
				`is ${JSON.stringify(instance)}; it must be one of ${(rule as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`
			);
		case 'minItems':
			return one(
				`has ${plural((instance as unknown[]).length, 'item')}; it needs at least ${rule}.`
			);
		case 'maxItems':
			return one(
				`has ${plural((instance as unknown[]).length, 'item')}; at most ${rule} are allowed.`
			);
		case 'minLength':
			return one(
				`is ${plural([...(instance as string)].length, 'character')} long; it needs at least ${rule}.`
			);
		case 'maxLength':
			return one(
				`is ${plural([...(instance as string)].length, 'character')} long; at most ${rule} are allowed.`
			);
		// Summaries of errors reported one level down ("Property x does not match"), and the
		// boolean-schema echo of additionalProperties: the specific errors say it better.
		case 'properties':
		case 'items':
		case 'prefixItems':
		case 'false':
			return [];
		default:
			return one(unit.error);
	}
}

/** Every problem of the value against the schema, each sentence once; [] when it matches. */
export function schemaProblems(value: unknown, schema: Schema): SchemaProblem[] {
	const result = new Validator(schema, '2020-12', false).validate(value);
	if (result.valid) return [];
	const seen = new Set<string>();
	return result.errors
		.flatMap((u) => describe(u, schema, value))
		.filter((p) => {
			const key = `${p.where} ${p.message}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}
