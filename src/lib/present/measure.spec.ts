// The kept measurements on /check: any stored value reads without a throw, good entries stay,
// damaged ones are skipped and never come back with the next save, and one key is one row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFigures, figuresKey, KEEP_FIGURES, readFigures } from './measure';
import type { Figures } from './readiness';

const f = (at: number, engine = 'Built-in trigram model'): Figures => ({
	engine,
	at,
	loadMs: 10,
	firstTokenMs: 20,
	tokensPerSecond: 30,
	tokens: 64
});

describe('stored measurements', () => {
	it('the damaged values from the report are skipped, not thrown on', () => {
		expect(readFigures([{}])).toMatchObject({ records: [], skipped: [{ key: '#1' }] });
		expect(readFigures({ at: 1 })).toMatchObject({ records: [], skipped: [{}] });
		expect(readFigures([null, f(1)])).toMatchObject({ records: [f(1)], skipped: [{}] });
		expect(readFigures(undefined)).toEqual({ records: [], skipped: [] });
	});

	it('two entries with the same key keep one row', () => {
		const { records, skipped } = readFigures([f(1), f(1), f(1, 'Other')]);
		expect(records.map(figuresKey)).toEqual([figuresKey(f(1)), figuresKey(f(1, 'Other'))]);
		expect(skipped).toHaveLength(1);
	});

	it('any stored value: never throws, and every good entry is kept', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.jsonValue(), fc.array(fc.oneof(fc.jsonValue(), fc.nat().map(f)))),
				(stored) => {
					const { records } = readFigures(stored);
					const kept = Array.isArray(stored)
						? stored.filter((s) => typeof s === 'object' && s !== null && 'tokens' in s)
						: [];
					expect(new Set(records.map(figuresKey))).toEqual(
						new Set(kept.map((s) => figuresKey(s as Figures)))
					);
				}
			)
		);
	});

	it('a new measurement goes first, replaces its own key and the list stays short', () => {
		const history = Array.from({ length: KEEP_FIGURES }, (_, i) => f(i));
		const next = addFigures(history, f(3));
		expect(next[0]).toEqual(f(3));
		expect(next.filter((h) => h.at === 3)).toHaveLength(1);
		expect(addFigures(history, f(99))).toHaveLength(KEEP_FIGURES);
	});
});
