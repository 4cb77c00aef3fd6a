// The sampling lab's branches: every token taken from a prompt is a node, and picking another
// candidate at any step starts a sibling branch, so the runs form a tree the visitor can walk,
// compare and reset. Plain data with pure, immutable operations (tree.spec.ts), saved as JSON
// and read back with a check of every field, so a damaged or foreign record cannot break the lab.
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
}

export interface LabTree {
	version: 1;
	prompt: string;
	nodes: LabNode[];
	/** The node the visitor is at. */
	current: number;
}

export function createTree(prompt: string): LabTree {
	return {
		version: 1,
		prompt,
		nodes: [{ key: 0, parent: null, token: null, children: [] }],
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
export function advance(tree: LabTree, from: number, token: TokenChoice): LabTree {
	const parent = node(tree, from);
	const existing = parent.children.map((k) => node(tree, k)).find((c) => c.token?.id === token.id);
	if (existing) return { ...tree, current: existing.key };
	const key = tree.nodes.length;
	const nodes = tree.nodes.map((n) =>
		n.key === from ? { ...n, children: [...n.children, key] } : n
	);
	nodes.push({ key, parent: from, token, children: [] });
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

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function validToken(t: unknown): t is TokenChoice {
	if (typeof t !== 'object' || t === null) return false;
	const o = t as Record<string, unknown>;
	return (
		Number.isInteger(o.id) &&
		typeof o.text === 'string' &&
		isNum(o.modelProb) &&
		isNum(o.prob) &&
		(o.u === null || isNum(o.u)) &&
		typeof o.forced === 'boolean'
	);
}

function validNext(v: unknown): v is NextTokens {
	if (typeof v !== 'object' || v === null) return false;
	const o = v as Record<string, unknown>;
	return (
		Array.isArray(o.candidates) &&
		o.candidates.every(
			(c) =>
				typeof c === 'object' &&
				c !== null &&
				Number.isInteger((c as Record<string, unknown>).id) &&
				typeof (c as Record<string, unknown>).text === 'string' &&
				isNum((c as Record<string, unknown>).prob)
		) &&
		isNum(o.otherMass) &&
		isNum(o.otherCount) &&
		typeof o.complete === 'boolean'
	);
}

/** A saved tree, checked field by field; null when anything is off. */
export function parseTree(value: unknown): LabTree | null {
	if (typeof value !== 'object' || value === null) return null;
	const o = value as Record<string, unknown>;
	if (o.version !== 1 || typeof o.prompt !== 'string' || !Array.isArray(o.nodes)) return null;
	const nodes = o.nodes as unknown[];
	if (nodes.length === 0 || !Number.isInteger(o.current)) return null;
	for (let i = 0; i < nodes.length; i++) {
		const n = nodes[i] as Record<string, unknown> | null;
		if (typeof n !== 'object' || n === null || n.key !== i) return null;
		const root = i === 0;
		if (root ? n.parent !== null || n.token !== null : !Number.isInteger(n.parent)) return null;
		if (!root && ((n.parent as number) >= i || !validToken(n.token))) return null;
		if (
			!Array.isArray(n.children) ||
			!n.children.every((c) => Number.isInteger(c) && c > i && c < nodes.length)
		)
			return null;
		if (n.next !== undefined && !validNext(n.next)) return null;
	}
	if ((o.current as number) < 0 || (o.current as number) >= nodes.length) return null;
	return value as LabTree;
}
