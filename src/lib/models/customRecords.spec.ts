import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCustomModels } from './customRecords';

const mine = {
	id: 'mine-q4f16_1-MLC',
	modelUrl: 'https://example.org/m/mine',
	modelLibUrl: 'https://example.org/l/mine.wasm',
	addedAt: 2
};
const older = { ...mine, id: 'older', addedAt: 1, kind: 'embedding' as const };

describe('reading the user’s own models back', () => {
	it('keeps the good records, oldest first, and names each damaged one in the notice', () => {
		const rows = [
			mine,
			{ ...mine, id: 'broken', modelUrl: 42 },
			null,
			{ ...mine, id: 'script', modelLibUrl: 'javascript:alert(1)' },
			older
		];
		const { records, notice, taken } = readCustomModels(rows);
		expect(records).toEqual([older, mine]);
		expect(notice).toMatch(
			/^3 models of your own could not be read \(damaged, or saved by another version of the app\) and are not shown; stored data was left as it is\. Skipped: /
		);
		expect(notice).toContain('“broken” (modelUrl: ');
		expect(notice).toContain('#3 (');
		expect(notice).toContain('“script” (modelLibUrl: not an http(s) address)');
		expect(taken).toEqual(['broken', 'script']);
	});

	it('says nothing when every record reads, and returns copies without extra fields', () => {
		const { records, notice } = readCustomModels([{ ...mine, extra: 'x'.repeat(10) }]);
		expect(notice).toBeNull();
		expect(records).toEqual([mine]);
	});

	it('cuts a huge name to a readable length in the notice', () => {
		const { notice } = readCustomModels([{ id: 'x'.repeat(100_000) }]);
		expect(notice!.length).toBeLessThan(400);
	});

	it('never throws on any stored values and never loses a good record among them', () => {
		fc.assert(
			fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.nat(), (junk, at) => {
				const rows: unknown[] = [...junk];
				rows.splice(at % (rows.length + 1), 0, mine);
				rows.push(older);
				const { records, notice } = readCustomModels(rows);
				expect(records).toContainEqual(mine);
				expect(records).toContainEqual(older);
				if (records.length < rows.length) expect(notice).toMatch(/could not be read/);
			})
		);
	});
});
