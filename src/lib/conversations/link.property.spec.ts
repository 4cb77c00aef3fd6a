// Property-based: a shared playground link (?prompt=…&system=…&engine=…&temperature=…) never
// throws, whatever it holds, and always gives settings the playground can send: every sampling
// value one that request validation accepts, text fields as text, choices on or off.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { builtinEngine } from '$lib/engine';
import { validateRequest } from '$lib/engine/request';
import { samplingTable } from '$lib/sampling/fields';
import { settingsFromUrl } from './link';
import { buildRequest, playgroundDefaults } from './request';

const keys = [
	...samplingTable.map((f) => f.urlKey),
	'prompt',
	'system',
	'engine',
	'choices',
	'json_schema'
];
const value = fc.oneof(
	fc.constantFrom(
		'',
		' ',
		'0',
		'1',
		'NaN',
		'-Infinity',
		'1e309',
		'<script>',
		'javascript:x',
		'%00'
	),
	fc.double().map(String),
	fc.string(),
	fc.string({ unit: 'binary', maxLength: 30 })
);
const query = fc
	.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), value), { maxLength: 16 })
	.map((pairs) =>
		pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
	);

it('any shared link gives settings the playground can send (property)', () => {
	const engine = builtinEngine();
	fc.assert(
		fc.property(fc.oneof(query, fc.string(), fc.string({ unit: 'binary' })), (text) => {
			const {
				prompt,
				engine: named,
				settings
			} = settingsFromUrl(new URLSearchParams(text), playgroundDefaults);
			expect(typeof prompt).toBe('string');
			expect(named === null || typeof named === 'string').toBe(true);
			expect(typeof settings.system).toBe('string');
			expect(typeof settings.jsonSchema).toBe('string');
			expect(typeof settings.showChoices).toBe('boolean');
			// Sampling values are all ones validation takes (JSON output is the engine's own question).
			const request = buildRequest([{ role: 'user', content: 'x' }], settings, engine);
			const problems = validateRequest(request, engine.info.capabilities, engine.info.label);
			const sampling = new Set<string>(samplingTable.map((f) => f.key));
			expect(problems.filter((p) => sampling.has(p.field))).toEqual([]);
		}),
		{ numRuns: 400 }
	);
});
