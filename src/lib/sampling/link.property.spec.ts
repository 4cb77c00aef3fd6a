// Property-based: any query string, hostile or mistyped, gives sampling values that the
// controls can show and request validation accepts (in range, whole where whole), never an
// exception; an empty value means the field's default.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldMax, MAX_TOKENS_LIMIT, samplingTable, type SamplingValues } from './fields';
import { defaultSampling } from './controls';
import { samplingFromParams } from './link';

const keys = samplingTable.map((f) => f.urlKey);
const value = fc.oneof(
	fc.constantFrom(
		'',
		' ',
		'NaN',
		'Infinity',
		'-Infinity',
		'1e309',
		'-1e309',
		'-0',
		'0x10',
		'0b11',
		'1_000',
		' 3 ',
		'+2',
		'.5',
		'5.',
		'1e-400',
		'null',
		'true',
		'[]',
		'%',
		'\u0000'
	),
	fc.double().map(String),
	fc.integer().map(String),
	fc.string()
);
/** Query strings with the link's keys (some repeated) and junk, in any order. */
const linkQuery = fc
	.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), value), { maxLength: 14 })
	.map((pairs) =>
		pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
	);

/** Throws unless every value is one the table allows. */
function expectValid(values: SamplingValues, maxTokens: number) {
	for (const f of samplingTable) {
		const v = values[f.key];
		if (v === null && f.optional) continue;
		expect(typeof v, f.key).toBe('number');
		expect(Number.isFinite(v), f.key).toBe(true);
		expect(v!, f.key).toBeGreaterThanOrEqual(f.min);
		expect(v!, f.key).toBeLessThanOrEqual(fieldMax(f, maxTokens));
		if (f.integer) expect(Number.isInteger(v), f.key).toBe(true);
	}
}

describe('samplingFromParams (property)', () => {
	it('any query string gives values within the table’s limits', () => {
		fc.assert(
			fc.property(
				fc.oneof(linkQuery, fc.string(), fc.string({ unit: 'binary' })),
				fc.integer({ min: 1, max: MAX_TOKENS_LIMIT }),
				(query, maxTokens) => {
					// The page's own values are within its limits; whatever the link says keeps them so.
					const base = { ...defaultSampling(), maxTokens: Math.min(256, maxTokens) };
					expectValid(samplingFromParams(new URLSearchParams(query), base, maxTokens), maxTokens);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('an empty value is the default; a value that is no number keeps the base', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...samplingTable),
				fc.constantFrom('', '  ', 'abc', 'NaN'),
				(f, text) => {
					const base = { ...defaultSampling(), [f.key]: f.min };
					const values = samplingFromParams(new URLSearchParams({ [f.urlKey]: text }), base);
					expect(values[f.key]).toBe(text.trim() === '' ? f.default : f.min);
				}
			),
			{ numRuns: 100 }
		);
	});
});
