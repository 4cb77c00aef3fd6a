import { describe, expect, it } from 'vitest';
import { frameButtons, frameParts } from './frame';

const noop = () => {};
const labels = (b: ReturnType<typeof frameButtons>) => b.map((x) => `${x.demo}:${x.label}`);

describe('the lab frame buttons', () => {
	it('shows only Stop while a run is busy, so Esc stops and G cannot start a second run', () => {
		const b = frameButtons(true, { label: 'Run both', onclick: noop }, noop, { onclick: noop });
		expect(labels(b)).toEqual(['stop:Stop']);
	});

	it('shows Run then Reset when idle, Run as the primary button', () => {
		const b = frameButtons(false, { label: 'Run both', onclick: noop }, noop, {
			label: 'Reset prompts',
			onclick: noop
		});
		expect(labels(b)).toEqual(['run:Run both', 'reset:Reset prompts']);
		expect(b.map((x) => x.primary)).toEqual([true, false]);
	});

	it('leaves Reset out when there is nothing to reset, and greys out a run that cannot start', () => {
		const b = frameButtons(false, { label: 'Run', onclick: noop, disabled: true }, noop, {
			onclick: noop,
			shown: false
		});
		expect(labels(b)).toEqual(['run:Run']);
		expect(b[0]!.disabled).toBe(true);
	});

	it('calls the lab back from the button it pressed', () => {
		let stopped = 0;
		frameButtons(true, undefined, () => stopped++, undefined)[0]!.onclick();
		expect(stopped).toBe(1);
	});
});

describe('the lab frame variants', () => {
	it('keeps intro and Look for on a page; a slide leaves them to the presenter and tucks the settings away', () => {
		expect(frameParts('page')).toEqual({ intro: true, lookFor: true, tucked: false });
		expect(frameParts('slide')).toEqual({ intro: false, lookFor: false, tucked: true });
	});
});
