import { describe, expect, it } from 'vitest';
import { dataSets, makePoints } from './data';
import { accuracy, Net, type NetShape } from './net';

function train(shape: NetShape, name: (typeof dataSets)[number], steps: number, seed = 1) {
	const d = makePoints(name, seed);
	const net = new Net(shape, seed);
	const losses: number[] = [];
	for (let s = 0; s < steps; s++) losses.push(net.step(d.xy, d.label));
	return { accuracy: accuracy(net, d.xy, d.label), losses };
}

describe('the features lab network', () => {
	it('learns the spiral with depth (3 × 16 tanh) where one narrow layer (1 × 2) cannot', () => {
		// 300 full-set steps: under a second on an idle core, slower on a shared CI machine.
		expect(
			train({ hidden: [16, 16, 16], activation: 'tanh' }, 'spiral', 300).accuracy
		).toBeGreaterThanOrEqual(0.95);
		expect(train({ hidden: [2], activation: 'tanh' }, 'spiral', 300).accuracy).toBeLessThanOrEqual(
			0.75
		);
	}, 20_000);

	it('cannot separate the circle with no hidden layer (a straight line), but can with one', () => {
		expect(train({ hidden: [], activation: 'tanh' }, 'circle', 200).accuracy).toBeLessThan(0.75);
		expect(train({ hidden: [8], activation: 'relu' }, 'circle', 200).accuracy).toBeGreaterThan(
			0.95
		);
	});

	it('lowers its loss with every activation', () => {
		for (const activation of ['tanh', 'relu', 'sigmoid'] as const) {
			const { losses } = train({ hidden: [8, 8], activation }, 'xor', 200);
			expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.6);
		}
	});

	it('repeats a run exactly from the same seed', () => {
		const a = train({ hidden: [4], activation: 'relu' }, 'moons', 20, 7).losses;
		const b = train({ hidden: [4], activation: 'relu' }, 'moons', 20, 7).losses;
		expect(a).toEqual(b);
	});
});
