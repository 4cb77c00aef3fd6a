// How a page's sources are written under "Sources and further reading": a law by the date of its
// text, anything else by its year. Pure, beside its spec; ConceptSources.svelte only renders it.
import type { Source } from './schema';

const months = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "13 June 2024" for a source with a full date, else its year. */
export function citationDate(source: Pick<Source, 'year' | 'date'>): string {
	const m = source.date?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
	if (!m) return String(source.year);
	return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}
