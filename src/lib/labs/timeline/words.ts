// The timeline's own words, as data so the own-words spec (labs/ownWords.spec.ts) reads them.
export const timelineWords = {
	heading: 'Milestones, from counting words to reasoning models',
	filter: 'Show',
	all: 'Every era',
	count: (n: number) => `${n} milestone${n === 1 ? '' : 's'}`,
	source: 'Source:',
	explained: 'Explained on',
	track: (first: number, last: number) => `From ${first} to ${last}`,
	play: 'Play',
	playing: (k: number, n: number, year: number, name: string) =>
		`Milestone ${k} of ${n}: ${year}, ${name}`,
	slideHint: (first: number, last: number) =>
		`From ${first} to ${last}: Play shows the milestones one at a time.`
};
