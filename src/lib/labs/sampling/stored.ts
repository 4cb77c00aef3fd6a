// Reading a sampling lab's saved record through the one stored-record reader (storage/records.ts,
// valibot). What sits in the `labs` store may come from an older version of the app (a single
// tree, version 1), another tab, DevTools or a damaged disk, so:
// - any value reads without a throw (stored.spec.ts feeds it arbitrary JSON);
// - each start (tree) is read on its own: a damaged one is skipped and counted for the notice,
//   the good ones still open, and the damaged one is carried along untouched by every save, so
//   it is never written over (`damaged`);
// - a record that is not a record at all cannot be merged into: the lab then keeps this visit's
//   steps in memory and leaves the stored value as it is (`writable: false`);
// - a version 1 record (one tree, nodes without times) becomes one start with a fixed id, so two
//   tabs that migrate it make the same start and merge instead of doubling it.
// Bounds (maxLength) keep a hostile 50 MB string from flowing into the page.
import * as v from 'valibot';
import type { NextTokenCandidate } from '$lib/engine/types';
import { readRecord } from '$lib/storage/records';
import { mergeTrees, type LabRecord } from './merge';
import type { LabNode, LabTree } from './tree';

const num = v.pipe(v.number(), v.finite());
const int = v.pipe(v.number(), v.integer());
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const token = v.object({
	id: int,
	text: text(1000),
	modelProb: num,
	prob: num,
	u: v.nullable(num),
	forced: v.boolean()
});

/**
 * The engine's scores. The built-in model lists every word it could write (2,000+ per step), so
 * the candidates are checked by one loop instead of one valibot object each: a 60-step tree with
 * 2,500 candidates a step reads in ~30 ms instead of ~740 ms (vitest, this machine), and every
 * save reads the record.
 */
const isCandidate = (c: unknown) => {
	if (typeof c !== 'object' || c === null) return false;
	const { id, text, prob } = c as Record<string, unknown>;
	return (
		Number.isInteger(id) &&
		typeof text === 'string' &&
		text.length <= 1000 &&
		typeof prob === 'number' &&
		Number.isFinite(prob)
	);
};
const next = v.object({
	candidates: v.pipe(
		v.array(v.unknown()),
		v.maxLength(200_000),
		v.check((list) => list.every(isCandidate), 'a candidate is damaged'),
		v.transform((list) => list as NextTokenCandidate[])
	),
	otherMass: num,
	otherCount: num,
	complete: v.boolean()
});

const node = {
	key: int,
	parent: v.nullable(int),
	token: v.nullable(token),
	next: v.optional(next),
	children: v.pipe(v.array(int), v.maxLength(5000))
};

/** Keys in order, the prompt first with no token, every other node after its parent. */
function isTree(t: {
	nodes: { key: number; parent: number | null; token: unknown }[];
	current: number;
}) {
	return (
		t.current >= 0 &&
		t.current < t.nodes.length &&
		t.nodes.every((n, i) =>
			i === 0
				? n.key === 0 && n.parent === null && n.token === null
				: n.key === i && n.parent !== null && n.parent >= 0 && n.parent < i && n.token !== null
		)
	);
}
const NOT_A_TREE = 'the steps do not form a tree';

const treeV2 = v.pipe(
	v.object({
		id: v.pipe(text(100), v.minLength(1)),
		started: num,
		prompt: v.pipe(text(10_000), v.minLength(1)),
		nodes: v.pipe(v.array(v.object({ ...node, at: num })), v.minLength(1), v.maxLength(5000)),
		current: int
	}),
	v.check((t) => isTree(t), NOT_A_TREE)
);

const treeV1 = v.pipe(
	v.object({
		version: v.literal(1),
		prompt: v.pipe(text(10_000), v.minLength(1)),
		nodes: v.pipe(v.array(v.object(node)), v.minLength(1), v.maxLength(5000)),
		current: int
	}),
	v.check((t) => isTree(t), NOT_A_TREE)
);

const recordV2 = v.object({
	version: v.literal(2),
	trees: v.pipe(v.array(v.unknown()), v.maxLength(100)),
	removed: v.pipe(v.array(text(100)), v.maxLength(1000)),
	current: text(100)
});

/** The id a version 1 tree becomes. */
export const V1_ID = 'v1';

export interface ReadLab {
	record: LabRecord;
	/** Stored starts that failed their schema, as they were: every save writes them back as is. */
	damaged: unknown[];
	/** How many saved starts (or whole records) could not be read, for skippedText. */
	skipped: number;
	/** False when the stored value is no record at all: saving would write over it. */
	writable: boolean;
}

export const emptyRecord = (): LabRecord => ({ version: 2, trees: [], removed: [], current: '' });

/** A read tree with its children rebuilt from the parents and each node named once. */
const tidy = (t: LabTree) => mergeTrees(t, t);

export function readLab(value: unknown): ReadLab {
	if (value === undefined)
		return { record: emptyRecord(), damaged: [], skipped: 0, writable: true };
	const v2 = readRecord(recordV2, value).record;
	if (v2) {
		const byId = new Map<string, LabTree>();
		const damaged: unknown[] = [];
		for (const raw of v2.trees) {
			const tree = readRecord(treeV2, raw).record as LabTree | undefined;
			if (!tree) damaged.push(raw);
			else {
				// Two copies of one start (two tabs of an older version): merged, nothing dropped.
				const had = byId.get(tree.id);
				byId.set(tree.id, had ? mergeTrees(had, tree) : tidy(tree));
			}
		}
		const trees = [...byId.values()];
		return {
			record: {
				version: 2,
				trees,
				removed: v2.removed,
				current: byId.has(v2.current) ? v2.current : (trees.at(-1)?.id ?? '')
			},
			damaged,
			skipped: damaged.length,
			writable: true
		};
	}
	const v1 = readRecord(treeV1, value).record;
	if (v1) {
		const nodes: LabNode[] = v1.nodes.map((n) => ({ ...n, at: n.key }) as LabNode);
		const tree = tidy({ id: V1_ID, started: 0, prompt: v1.prompt, nodes, current: v1.current });
		return {
			record: { version: 2, trees: [tree], removed: [], current: V1_ID },
			damaged: [],
			skipped: 0,
			writable: true
		};
	}
	return { record: emptyRecord(), damaged: [], skipped: 1, writable: false };
}

/** What a save stores: the merged record, and the damaged starts exactly as they were. */
export function toStored(record: LabRecord, damaged: unknown[]): unknown {
	return { ...record, trees: [...record.trees, ...damaged] };
}
