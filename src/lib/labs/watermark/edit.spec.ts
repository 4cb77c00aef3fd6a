import { expect, it } from 'vitest';
import { swapEvery } from './edit';

it('replaces exactly every fifth word and keeps punctuation and spaces', () => {
	const text = 'one two three four five, six seven eight nine ten. eleven';
	const out = swapEvery(text, 5);
	expect(out).toBe('one two three four also, six seven eight nine quite. eleven');
	const before = text.split(/\s+/);
	const after = out.split(/\s+/);
	expect(after.filter((w, i) => w !== before[i])).toHaveLength(2);
});
