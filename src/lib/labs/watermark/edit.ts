// A crude paraphrase for the watermark lab: every n-th word replaced by a common word that rarely
// fits, so the share of edited words is exact (1/n) and the z-score's fall can be compared with
// the spec's measurement (20% replaced: z still ≥ 2 on 200 built-in tokens). A real paraphrase
// changes more words than this; the point is how the count degrades, not a good sentence.
const FILLERS = ['thing', 'also', 'quite', 'very', 'maybe', 'often', 'really', 'some'];

/** The text with every n-th word (letters or digits) replaced; punctuation and spacing kept. */
export function swapEvery(text: string, n: number): string {
	let i = 0;
	return text.replace(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu, (word) => {
		i++;
		return i % n === 0 ? FILLERS[(i / n) % FILLERS.length]! : word;
	});
}
