import { describe, expect, it } from 'vitest';
import { citationDate } from './sources';

describe('citationDate', () => {
	it('writes a law by the date of its text and a paper by its year', () => {
		expect(citationDate({ year: 2024, date: '2024-06-13' })).toBe('13 June 2024');
		expect(citationDate({ year: 2017 })).toBe('2017');
	});
});
