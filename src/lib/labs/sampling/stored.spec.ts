// Reading a sampling lab's stored record: any value in, never a throw; good starts kept, damaged
// ones counted and carried back untouched; an older single-tree record still opens.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skippedText } from '$lib/storage/records';
import type { LabRecord } from './merge';
import { readLab, toStored, V1_ID } from './stored';
import { advance, createTree, textTo, withNext } from './tree';

const tok = (id: number, text: string) => ({
	id,
	text,
	modelProb: 0.5,
	prob: 0.5,
	u: 0.3,
	forced: false
});

function sample(id = 's1') {
	let t = createTree('A low', id, 10);
	t = advance(t, 0, tok(1, ' temperature'), 11);
	t = withNext(t, 1, {
		candidates: [{ id: 2, text: ' makes', prob: 0.9 }],
		otherMass: 0.1,
		otherCount: 3,
		complete: false
	});
	return advance(t, 1, tok(2, ' makes'), 12);
}
const recordOf = (...trees: ReturnType<typeof sample>[]): LabRecord => ({
	version: 2,
	trees,
	removed: ['gone'],
	current: trees[0]?.id ?? ''
});

describe('the sampling lab’s stored record', () => {
	it('reads any value without throwing, and keeps the good starts beside anything else', () => {
		const good = sample();
		fc.assert(
			fc.property(fc.jsonValue(), fc.anything(), (json, thing) => {
				for (const value of [json, thing]) {
					const read = readLab(value);
					expect(read.record.version).toBe(2);
					const mixed = readLab({ ...recordOf(good), trees: [value, good] });
					expect(mixed.record.trees.map((t) => t.id)).toContain('s1');
					expect(mixed.record.trees.find((t) => t.id === 's1')).toEqual(good);
				}
			})
		);
	});

	it('round-trips a saved record, cached scores included', () => {
		const record = recordOf(sample('a'), sample('b'));
		const read = readLab(structuredClone(toStored(record, [])));
		expect(read).toEqual({ record, damaged: [], skipped: 0, writable: true });
	});

	it('skips a damaged start with a notice, and every save writes it back as it was', () => {
		const cyclic = structuredClone(sample('c'));
		cyclic.nodes[1]!.parent = 2;
		const badToken = { ...sample('d'), nodes: [...sample('d').nodes] };
		badToken.nodes[1] = { ...badToken.nodes[1]!, token: { ...tok(1, 'x'), prob: 'high' as never } };
		const huge = { ...sample('e'), prompt: 'x'.repeat(5_000_000) };
		const badScores = structuredClone(sample('f'));
		badScores.nodes[1]!.next!.candidates.push({ id: 'x' } as never);
		const bad = [cyclic, badToken, 7, huge, badScores];
		const stored = { ...recordOf(sample('a')), trees: [cyclic, sample('a'), ...bad.slice(1)] };
		const read = readLab(stored);
		expect(read.record.trees.map((t) => t.id)).toEqual(['a']);
		expect(read.skipped).toBe(5);
		expect(read.damaged).toEqual(bad);
		expect(skippedText({ one: 'start', many: 'starts' }, read.skipped)).toMatch(/^5 starts could/);
		const again = toStored(read.record, read.damaged) as LabRecord;
		expect(again.trees.slice(1)).toEqual(bad);
	});

	it('leaves a value that is no record at all alone', () => {
		for (const value of [null, 'tree', [sample()], { version: 3 }, { ...recordOf(), trees: 'x' }]) {
			const read = readLab(value);
			expect(read.writable).toBe(false);
			expect(read.skipped).toBe(1);
		}
		expect(readLab(undefined)).toMatchObject({ writable: true, skipped: 0 });
	});

	it('opens a tree saved by the previous version as one start, the same in every tab', () => {
		const old = sample();
		const v1 = {
			version: 1,
			prompt: old.prompt,
			current: old.current,
			nodes: old.nodes.map(({ at: _at, ...n }) => n)
		};
		const read = readLab(structuredClone(v1));
		expect(read.record.trees).toHaveLength(1);
		const tree = read.record.trees[0]!;
		expect(tree.id).toBe(V1_ID);
		expect(textTo(tree)).toBe('A low temperature makes');
		expect(readLab(structuredClone(v1))).toEqual(read);
	});

	it('merges two copies of one start instead of dropping either', () => {
		const one = sample('a');
		const two = advance(sample('a'), 0, tok(5, ' gives'), 20);
		const read = readLab({ ...recordOf(one), trees: [one, two] });
		expect(read.skipped).toBe(0);
		expect(read.record.trees[0]!.nodes).toHaveLength(4);
	});
});
