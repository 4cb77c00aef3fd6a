// The four 2-D data sets of the features lab (and of the generative lab, which fits the same
// points): two classes of 100 points each inside [-1.3, 1.3]², drawn from a seed so a presenter
// gets the same points as in rehearsal. Each is chosen for what it asks of a network: the circle
// needs a closed boundary (no single line), XOR two lines combined, the spiral a boundary that
// winds (one narrow layer cannot, data.spec.ts and net.spec.ts measure it), the moons a curve.
import { seededRng, type Rng } from '../toys/random';

export const dataSets = ['circle', 'xor', 'spiral', 'moons'] as const;
export type DataSetName = (typeof dataSets)[number];

export interface Points {
	/** [x0, y0, x1, y1, …] in the data plane. */
	xy: Float32Array;
	/** The class of each point, 0 or 1. */
	label: Uint8Array;
}

export const PER_CLASS = 100;

type Draw = (rng: Rng, cls: 0 | 1, i: number) => [number, number];

const draws: Record<DataSetName, Draw> = {
	circle(rng, cls) {
		const a = 2 * Math.PI * rng.next();
		const r = cls === 0 ? 0.5 * Math.sqrt(rng.next()) : 0.8 + 0.4 * rng.next();
		return [r * Math.cos(a), r * Math.sin(a)];
	},
	xor(rng, cls) {
		// A gap of 0.1 around each axis keeps the quadrants apart.
		const side = () => (0.1 + 1.1 * rng.next()) * (rng.next() < 0.5 ? -1 : 1);
		const x = side();
		const y = Math.abs(side()) * Math.sign(x) * (cls === 0 ? 1 : -1);
		return [x, y];
	},
	spiral(rng, cls, i) {
		const t = i / PER_CLASS;
		const r = 0.08 + 1.1 * t;
		const a = 3.5 * Math.PI * t + cls * Math.PI;
		return [r * Math.cos(a) + 0.04 * rng.normal(), r * Math.sin(a) + 0.04 * rng.normal()];
	},
	moons(rng, cls) {
		const a = Math.PI * rng.next();
		const x = cls === 0 ? Math.cos(a) : 1 - Math.cos(a);
		const y = cls === 0 ? Math.sin(a) : 0.5 - Math.sin(a);
		return [(x - 0.5) * 0.9 + 0.06 * rng.normal(), (y - 0.25) * 0.9 + 0.06 * rng.normal()];
	}
};

/** The named set from the seed: classes alternate, point 2i is class 0 and 2i + 1 class 1. */
export function makePoints(name: DataSetName, seed: number): Points {
	const rng = seededRng(seed * 7919 + dataSets.indexOf(name) + 1);
	const xy = new Float32Array(4 * PER_CLASS);
	const label = new Uint8Array(2 * PER_CLASS);
	for (let i = 0; i < PER_CLASS; i++)
		for (const cls of [0, 1] as const) {
			const k = 2 * i + cls;
			const [x, y] = draws[name](rng, cls, i);
			xy[2 * k] = x;
			xy[2 * k + 1] = y;
			label[k] = cls;
		}
	return { xy, label };
}

/** The points of one class, [x0, y0, …]. */
export function classPoints(p: Points, cls: number): Float32Array {
	const out: number[] = [];
	for (let k = 0; k < p.label.length; k++)
		if (p.label[k] === cls) out.push(p.xy[2 * k]!, p.xy[2 * k + 1]!);
	return Float32Array.from(out);
}
