// Saving a sampling-lab tree merges, it never overwrites. Two tabs on one lab each take steps;
// when each save wrote the tab's whole tree, the last tab to save erased the other's branches
// (issue 20: one step in a second tab wiped a tree of 4 steps and 2 branches). As with saved
// conversations (src/lib/conversations/merge.ts), a save reads what is stored and merges into it
// inside one IndexedDB transaction, and the other tabs take the result in.
//
// What is merged, and why it needs no new ids per node: a node is named by its path of token
// ids from the prompt (tree.ts), so the same step taken in two tabs is the same node. A page's
// record holds several starts (trees), each with a random id:
// - the starts of both sides are kept, except ids either side removed on purpose ("Start
//   again" on a prompt removes that prompt's start): removed ids are remembered, so a stale copy
//   in another tab cannot bring a removed start back, while a new start of the same prompt has a
//   new id and is not caught by the old tombstone;
// - two copies of one start keep every node either has; where both have a node, the earlier
//   taken one wins (then the smaller, as JSON), and the engine's scores come from whichever has
//   them. Nodes are then numbered in the order they were taken, so both tabs end with the same
//   tree, node keys included;
// - where the visitor is (the start shown, the node in each start) is the tab's own: the first
//   argument's positions are kept.
// The result does not depend on the order of the two sides (merge.spec.ts checks it with
// fast-check, with idempotence and "no node lost unless removed").
import type { NextTokens } from '$lib/engine/types';
import type { LabNode, LabTree } from './tree';

export interface LabRecord {
	version: 2;
	trees: LabTree[];
	/** Ids of starts removed on purpose ("Start again", the oldest beyond MAX_TREES). */
	removed: string[];
	/** The start shown last. */
	current: string;
}

/** Starts kept per lab and engine; beyond it the oldest is removed (each holds up to ~200 KB). */
export const MAX_TREES = 12;
/** Removed ids remembered per lab (36 characters each); the smallest ids go first. */
export const MAX_REMOVED = 300;

type Entry = Omit<LabNode, 'key' | 'parent' | 'children'> & { parentPath: string | null };

/** Each node's name: the token ids from the prompt to it ("" for the prompt itself). */
export function nodePaths(tree: LabTree): string[] {
	const out: string[] = [];
	for (const n of tree.nodes)
		out[n.key] = n.parent === null ? '' : `${out[n.parent]}/${n.token?.id ?? ''}`;
	return out;
}

const json = (v: unknown) => JSON.stringify(v) ?? '';
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Two copies of the engine's scores, in a fixed order. Compared field by field, not as JSON: the
 * built-in model lists every word it could write (thousands), and equal copies are the usual case.
 */
function compareNext(a: NextTokens, b: NextTokens): number {
	if (a === b) return 0;
	const head =
		cmp(a.candidates.length, b.candidates.length) ||
		cmp(a.otherMass, b.otherMass) ||
		cmp(a.otherCount, b.otherCount) ||
		cmp(Number(a.complete), Number(b.complete));
	if (head) return head;
	for (let i = 0; i < a.candidates.length; i++) {
		const x = a.candidates[i]!;
		const y = b.candidates[i]!;
		const d = cmp(x.id, y.id) || cmp(x.prob, y.prob) || cmp(x.text, y.text);
		if (d) return d;
	}
	return 0;
}

/** A total order on two copies of one node: the one that wins comes first. */
function rank(a: Entry, b: Entry): number {
	return (
		cmp(a.at, b.at) ||
		cmp(json(a.token), json(b.token)) ||
		cmp(a.next ? 0 : 1, b.next ? 0 : 1) ||
		(a.next && b.next ? compareNext(a.next, b.next) : 0)
	);
}

function pick(a: Entry, b: Entry): Entry {
	const [win, lose] = rank(a, b) <= 0 ? [a, b] : [b, a];
	const next = win.next ?? lose.next;
	return next ? { ...win, next } : win;
}

/** Two copies of one start, every node of either; positions are `a`'s where it has them. */
export function mergeTrees(a: LabTree, b: LabTree): LabTree {
	const entries = new Map<string, Entry>();
	for (const tree of [a, b]) {
		const paths = nodePaths(tree);
		for (const n of tree.nodes) {
			const name = paths[n.key]!;
			const entry: Entry = {
				token: n.token,
				at: n.at,
				parentPath: n.parent === null ? null : paths[n.parent]!,
				...(n.next ? { next: n.next } : {})
			};
			const had = entries.get(name);
			entries.set(name, had ? pick(had, entry) : entry);
		}
	}
	// The prompt first, then in the order taken; a parent is never taken after its child, and on
	// a tie its path is a prefix of the child's, so it sorts first.
	const order = [...entries.keys()].sort((x, y) =>
		x === '' ? -1 : y === '' ? 1 : cmp(entries.get(x)!.at, entries.get(y)!.at) || cmp(x, y)
	);
	const keyOf = new Map(order.map((name, i) => [name, i]));
	const nodes: LabNode[] = order.map((name, key) => {
		const { parentPath, ...rest } = entries.get(name)!;
		return {
			key,
			parent: parentPath === null ? null : keyOf.get(parentPath)!,
			children: [],
			...rest
		};
	});
	for (const n of nodes) if (n.parent !== null) nodes[n.parent]!.children.push(n.key);
	const at = (t: LabTree) => keyOf.get(nodePaths(t)[t.current] ?? '');
	return {
		id: a.id,
		started: Math.min(a.started, b.started),
		prompt: a.prompt,
		nodes,
		current: at(a) ?? at(b) ?? 0
	};
}

/**
 * Two records of one lab merged by the rules above. Used for a save (the tab's record into the
 * stored one) and when a tab takes in another tab's save; `a`'s positions are kept.
 */
export function mergeRecords(a: LabRecord, b: LabRecord): LabRecord {
	const removed = new Set([...a.removed, ...b.removed]);
	const byId = new Map<string, LabTree>();
	for (const t of [...a.trees, ...b.trees]) {
		if (removed.has(t.id)) continue;
		const had = byId.get(t.id);
		byId.set(t.id, had ? mergeTrees(had, t) : mergeTrees(t, t));
	}
	const trees = [...byId.values()].sort((x, y) => cmp(x.started, y.started) || cmp(x.id, y.id));
	for (const old of trees.splice(0, Math.max(0, trees.length - MAX_TREES))) removed.add(old.id);
	const current = [a.current, b.current].find((id) => trees.some((t) => t.id === id));
	return {
		version: 2,
		trees,
		removed: [...removed].sort().slice(-MAX_REMOVED),
		current: current ?? trees.at(-1)?.id ?? ''
	};
}
