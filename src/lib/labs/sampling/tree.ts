// The sampling lab's branches: every token taken from a prompt is a node, and picking another
// candidate at any step starts a sibling branch, so the runs form a tree the visitor can walk,
// compare and reset. Plain data with pure, immutable operations (tree.spec.ts). A node is named
// by its path of token ids from the prompt (a parent never has two children for one token), so
// two tabs that took the same steps made the same nodes: merge.ts unions trees on that name.
// Reading a stored tree is stored.ts's job.
import type { NextTokens } from '$lib/engine/types';

export interface TokenChoice {
	id: number;
	/** What the token adds to the text. */
	text: string;
	/** The model's own probability of it, and its probability after the sampling settings. */
	modelProb: number;
	prob: number;
	/** The uniform number that drew it; null when greedy or chosen by hand. */
	u: number | null;
	/** Chosen by the visitor instead of drawn. */
	forced: boolean;
}

export interface LabNode {
	key: number;
	parent: number | null;
	/** null for the root (the prompt). */
	token: TokenChoice | null;
	/** The engine's answer for the step after this node, once asked. */
	next?: NextTokens;
	children: number[];
	/** When it was first taken (ms), never before its parent: branches are listed in this order. */
	at: number;
}

export interface LabTree {
	/** Stable across tabs: a "Start again" makes a new id, and the old one is removed. */
	id: string;
	/** When this start was made (ms); the list of starts is in this order. */
	started: number;
	prompt: string;
	nodes: LabNode[];
	/** The node the visitor is at. */
	current: number;
}

export function createTree(prompt: string, id: string, now: number): LabTree {
	return {
		id,
		started: now,
		prompt,
		nodes: [{ key: 0, parent: null, token: null, children: [], at: now }],
		current: 0
	};
}

export function node(tree: LabTree, key: number): LabNode {
	const n = tree.nodes[key];
	if (!n) throw new Error(`No node ${key}`);
	return n;
}

/** Root to `key`, inclusive. */
export function path(tree: LabTree, key = tree.current): LabNode[] {
	const out: LabNode[] = [];
	for (
		let n: LabNode | undefined = node(tree, key);
		n;
		n = n.parent === null ? undefined : node(tree, n.parent)
	)
		out.push(n);
	return out.reverse();
}

export function tokensTo(tree: LabTree, key = tree.current): TokenChoice[] {
	return path(tree, key).flatMap((n) => (n.token ? [n.token] : []));
}

export function textTo(tree: LabTree, key = tree.current): string {
	return (
		tree.prompt +
		tokensTo(tree, key)
			.map((t) => t.text)
			.join('')
	);
}

/** Moves to the child for this token, adding it unless that branch already exists. */
export function advance(tree: LabTree, from: number, token: TokenChoice, now: number): LabTree {
	const parent = node(tree, from);
	const existing = parent.children.map((k) => node(tree, k)).find((c) => c.token?.id === token.id);
	if (existing) return { ...tree, current: existing.key };
	const key = tree.nodes.length;
	const nodes = tree.nodes.map((n) =>
		n.key === from ? { ...n, children: [...n.children, key] } : n
	);
	nodes.push({ key, parent: from, token, children: [], at: Math.max(now, parent.at) });
	return { ...tree, nodes, current: key };
}

export function withNext(tree: LabTree, key: number, next: NextTokens): LabTree {
	return { ...tree, nodes: tree.nodes.map((n) => (n.key === key ? { ...n, next } : n)) };
}

export function moveTo(tree: LabTree, key: number): LabTree {
	node(tree, key);
	return { ...tree, current: key };
}

/** Every leaf: one per branch, in the order they were made. */
export function leaves(tree: LabTree): LabNode[] {
	return tree.nodes.filter((n) => n.children.length === 0 && n.parent !== null);
}

/** Keyboard moves in the tree: up to the parent, down to the first child, across siblings. */
export function neighbour(
	tree: LabTree,
	key: number,
	direction: 'parent' | 'child' | 'previous' | 'next'
): number {
	const n = node(tree, key);
	if (direction === 'parent') return n.parent ?? key;
	if (direction === 'child') return n.children[0] ?? key;
	if (n.parent === null) return key;
	const siblings = node(tree, n.parent).children;
	const i = siblings.indexOf(key) + (direction === 'next' ? 1 : -1);
	return siblings[Math.max(0, Math.min(siblings.length - 1, i))]!;
}
