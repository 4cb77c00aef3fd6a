import { describe, expect, it } from 'vitest';
import { preparingProgress } from './progress';
import { statusText } from './status';

describe('the status line of a model', () => {
	it('never shows sizes the cache cannot back', () => {
		expect(statusText({ kind: 'partial', doneBytes: null, totalBytes: null })).toBe(
			'Partly downloaded (its description files are missing): resume to finish'
		);
		expect(statusText({ kind: 'partial', doneBytes: 5e5, totalBytes: 1e6 })).toBe(
			'Partly downloaded (500 KB of 1.00 MB): resume to finish'
		);
	});

	it('says what happens now', () => {
		expect(statusText({ kind: 'deleting' })).toBe('Deleting…');
		expect(statusText({ kind: 'absent', keptFor: ['b'] })).toBe('Not downloaded');
		expect(
			statusText({
				kind: 'downloading',
				elsewhere: true,
				progress: { ...preparingProgress, doneBytes: 1, totalBytes: 4 }
			})
		).toBe('Downloading in another tab 25%');
	});
});
