import { describe, expect, it } from 'vitest';
import { frameButtons, frameParts } from './frame';

const noop = () => {};
const labels = (b: ReturnType<typeof frameButtons>) => b.map((x) => `${x.demo}:${x.label}`);
const runner = (busy: boolean, stop = noop) => ({ busy, stop });

describe('the lab frame buttons', () => {
	it('shows only Stop while a run is busy, so Esc stops and G cannot start a second run', () => {
		const b = frameButtons(runner(true), { label: 'Run both', onclick: noop }, { onclick: noop });
		expect(labels(b)).toEqual(['stop:Stop']);
	});

	it('shows Run then Reset when idle, Run as the primary button', () => {
		const b = frameButtons(
			runner(false),
			{ label: 'Run both', onclick: noop },
			{
				label: 'Reset prompts',
				onclick: noop
			}
		);
		expect(labels(b)).toEqual(['run:Run both', 'reset:Reset prompts']);
		expect(b.map((x) => x.primary)).toEqual([true, false]);
	});

	it('leaves Reset out when there is nothing to reset, and greys out a run that cannot start', () => {
		const b = frameButtons(
			runner(false),
			{ label: 'Run', onclick: noop, disabled: true },
			{
				onclick: noop,
				shown: false
			}
		);
		expect(labels(b)).toEqual(['run:Run']);
		expect(b[0]!.disabled).toBe(true);
	});

	it('calls the lab back from the button it pressed', () => {
		let stopped = 0;
		frameButtons(
			runner(true, () => stopped++),
			undefined,
			undefined
		)[0]!.onclick();
		expect(stopped).toBe(1);
	});

	it('words Stop as the runner asks', () => {
		const b = frameButtons({ busy: true, stop: noop, stopLabel: 'Pause' }, undefined, undefined);
		expect(labels(b)).toEqual(['stop:Pause']);
	});

	it('shows Run again once the runner is idle, and no Stop for a lab with nothing to stop', () => {
		expect(labels(frameButtons(runner(false), { label: 'Run', onclick: noop }, undefined))).toEqual(
			['run:Run']
		);
		expect(labels(frameButtons(undefined, { label: 'Next', onclick: noop }, undefined))).toEqual([
			'run:Next'
		]);
	});
});

describe('the lab frame variants', () => {
	it('keeps intro and Look for on a page; a slide leaves them to the presenter and tucks the settings away', () => {
		expect(frameParts('page')).toEqual({ intro: true, lookFor: true, tucked: false });
		expect(frameParts('slide')).toEqual({ intro: false, lookFor: false, tucked: true });
	});
});
