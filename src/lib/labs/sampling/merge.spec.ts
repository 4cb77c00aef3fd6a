// Two tabs on one sampling lab: any steps, starts and restarts in either, merged in any order,
// end with the same tree and lose nothing that was not removed on purpose.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TREES, mergeRecords, mergeTrees, nodePaths, type LabRecord } from './merge';
import { advance, createTree, leaves, textTo, withNext, type LabTree } from './tree';

type Op =
	| { kind: 'step'; tree: number; from: number; token: number; prob: number; dt: number }
	| { kind: 'scores'; tree: number; at: number; mass: number }
	| { kind: 'start'; prompt: number; dt: number }
	| { kind: 'restart'; tree: number; dt: number };

const op: fc.Arbitrary<Op> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.record({
			kind: fc.constant('step' as const),
			tree: fc.nat(9),
			from: fc.nat(30),
			token: fc.nat(3),
			prob: fc.double({ min: 0, max: 1, noNaN: true }),
			dt: fc.nat(3)
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('scores' as const),
			tree: fc.nat(9),
			at: fc.nat(30),
			mass: fc.double({ min: 0, max: 1, noNaN: true })
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({ kind: fc.constant('start' as const), prompt: fc.nat(2), dt: fc.nat(3) })
	},
	{
		weight: 1,
		arbitrary: fc.record({ kind: fc.constant('restart' as const), tree: fc.nat(9), dt: fc.nat(3) })
	}
);

const tok = (id: number, prob: number) => ({
	id,
	text: ` w${id}`,
	modelProb: prob,
	prob,
	u: null,
	forced: false
});

/** What a tab does to its copy of the record, as the lab's methods do it. */
function play(record: LabRecord, ops: Op[], tab: string, removedOnPurpose: Set<string>): LabRecord {
	let r = record;
	let clock = 100;
	let made = 0;
	const put = (t: LabTree) => (r = { ...r, trees: r.trees.map((x) => (x.id === t.id ? t : x)) });
	for (const o of ops) {
		if (o.kind === 'start' || (o.kind !== 'restart' && r.trees.length === 0)) {
			clock += o.kind === 'start' ? o.dt : 1;
			const t = createTree(`p${o.kind === 'start' ? o.prompt : 0}`, `${tab}${made++}`, clock);
			r = { ...r, trees: [...r.trees, t], current: t.id };
			continue;
		}
		const tree = r.trees[o.tree % Math.max(1, r.trees.length)];
		if (!tree) continue;
		if (o.kind === 'step') {
			clock += o.dt;
			put(advance(tree, o.from % tree.nodes.length, tok(o.token, o.prob), clock));
		} else if (o.kind === 'scores') {
			const next = {
				candidates: [{ id: 1, text: ' x', prob: 1 - o.mass }],
				otherMass: o.mass,
				otherCount: 2,
				complete: false
			};
			put(withNext(tree, o.at % tree.nodes.length, next));
		} else {
			removedOnPurpose.add(tree.id);
			clock += o.dt;
			const t = createTree(tree.prompt, `${tab}${made++}`, clock);
			r = {
				...r,
				trees: [...r.trees.filter((x) => x !== tree), t],
				removed: [...r.removed, tree.id],
				current: t.id
			};
		}
	}
	return r;
}

const empty: LabRecord = { version: 2, trees: [], removed: [], current: '' };
/** A record without where each tab stands (that part is each tab's own). */
const content = (r: LabRecord) => ({
	removed: r.removed,
	trees: r.trees.map((t) => ({ ...t, current: 0 }))
});
/** Every node of every start, with what it holds, by name. */
function named(r: LabRecord): Map<string, unknown> {
	const out = new Map<string, unknown>();
	for (const t of r.trees) {
		const paths = nodePaths(t);
		for (const n of t.nodes) out.set(`${t.id}:${paths[n.key]}`, n);
	}
	return out;
}

const twoTabs = fc
	.tuple(
		fc.array(op, { maxLength: 12 }),
		fc.array(op, { maxLength: 25 }),
		fc.array(op, { maxLength: 25 })
	)
	.map(([shared, one, two]) => {
		const removed = new Set<string>();
		const base = play(empty, shared, 'b', removed);
		return { a: play(base, one, 'x', removed), b: play(base, two, 'y', removed), removed };
	});

describe('merging two tabs’ sampling-lab trees', () => {
	it('does not depend on the order of the two sides', () => {
		fc.assert(
			fc.property(twoTabs, ({ a, b }) => {
				expect(content(mergeRecords(a, b))).toEqual(content(mergeRecords(b, a)));
			})
		);
	});

	it('is idempotent: merging again, or taking in a side already merged, changes nothing', () => {
		fc.assert(
			fc.property(twoTabs, ({ a, b }) => {
				const m = mergeRecords(a, b);
				expect(mergeRecords(m, m)).toEqual(m);
				expect(content(mergeRecords(m, a))).toEqual(content(m));
				expect(content(mergeRecords(m, b))).toEqual(content(m));
			})
		);
	});

	it('keeps every step either tab took, unless its start was removed on purpose', () => {
		fc.assert(
			fc.property(twoTabs, ({ a, b, removed }) => {
				const m = mergeRecords(a, b);
				const kept = named(m);
				const live = (r: LabRecord) => r.trees.filter((t) => !removed.has(t.id)).length;
				fc.pre(live(a) + live(b) <= MAX_TREES);
				for (const side of [a, b])
					for (const [name] of named(side)) {
						const id = name.slice(0, name.indexOf(':'));
						if (!removed.has(id)) expect(kept.has(name), name).toBe(true);
					}
				for (const t of m.trees) expect(removed.has(t.id)).toBe(false);
			})
		);
	});

	it('keeps each tab where it stands, in the start it shows', () => {
		let one = createTree('A low', 's', 0);
		one = advance(one, 0, tok(1, 0.5), 1);
		one = advance(one, 1, tok(2, 0.5), 2);
		let two = advance(one, 0, tok(3, 0.2), 5);
		two = { ...two, current: 0 };
		const m = mergeTrees(one, two);
		expect(textTo(m)).toBe(textTo(one));
		expect(textTo(mergeTrees(two, one))).toBe('A low');
	});

	it('a second tab’s one step leaves the first tab’s 4 steps and 2 branches (issue 20)', () => {
		let first = createTree('A low temperature makes', 's', 0);
		for (let i = 1; i <= 4; i++) first = advance(first, first.current, tok(i, 0.4), i);
		first = advance(first, 2, tok(9, 0.1), 6);
		expect(leaves(first)).toHaveLength(2);
		const stored: LabRecord = { version: 2, trees: [first], removed: [], current: 's' };
		// The second tab opened before the branch was made, and takes one step.
		let second = createTree('A low temperature makes', 's', 0);
		second = advance(second, 0, tok(1, 0.4), 1);
		second = advance(second, 1, tok(7, 0.3), 8);
		const saved = mergeRecords({ ...stored, trees: [second] }, stored);
		const tree = saved.trees[0]!;
		expect(leaves(tree)).toHaveLength(3);
		expect(tree.nodes).toHaveLength(first.nodes.length + 1);
		// And the first tab, taking that save in, holds the same tree.
		expect(content(mergeRecords(stored, saved))).toEqual(content(saved));
	});
});
