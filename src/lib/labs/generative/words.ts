// The generative-against-discriminative lab's own words, kept as data rather than in its markup so
// the own-words spec (labs/ownWords.spec.ts) checks them and the presenter can reach them.
/** A probability in whole percent; beyond 99.9% (or under 0.1%) it says so rather than round to 100%. */
const pct = (p: number) => (p > 0.999 ? '>99.9%' : p < 0.001 ? '<0.1%' : `${Math.round(p * 100)}%`);

export const generativeWords = {
	heading: 'Generative against discriminative, on the same points',
	engineLine:
		', not used here. Both models in this lab are fitted in the page, whichever engine is chosen at the top; nothing is downloaded.',
	run: 'Fit both and sample',
	components: 'Gaussians per class',
	classifierTitle: 'Discriminative: a classifier',
	classifierCan:
		'It learns only P(class | point), the boundary. It cannot make a new point, and far from every training point it is still sure of a class.',
	mixtureTitle: 'Generative: one mixture of Gaussians per class',
	mixtureCan:
		'It learns p(point | class), where each class’s points lie. It can draw new points and tell that a point is unlike both classes; its boundary follows from Bayes’ rule, and it is only as good as its Gaussians’ fit.',
	notFitted:
		'Not fitted yet. Press the button to fit a classifier and a mixture for each class to these points.',
	boundary: (right: number) =>
		`Classifier’s answer over the plane: shading shows where it says crosses (class 1) and where dots (class 0), paler where unsure. It gets ${right}% of the 200 points right. The ring is the point being scored.`,
	mixture: (k: number, samples: number, ll0: string, ll1: string) =>
		`Each class’s fitted density (${k} Gaussian${k > 1 ? 's' : ''} per class by EM; the darker, the more likely), the training points in grey and ${samples} new points per class drawn from the mixtures in full colour, dots for class 0 and crosses for class 1. Mean log-likelihood per training point: dots ${ll0}, crosses ${ll1} nats. The ring is the point being scored.`,
	probe: 'The point being scored',
	probeHelp: 'Move it with these sliders, or point at or click either picture.',
	x: 'x',
	y: 'y',
	rows: {
		likelihood: 'log p(point | class), mixture',
		generative: 'P(class | point), mixture and Bayes’ rule',
		classifier: 'P(class | point), classifier'
	},
	dots: 'Dots (class 0)',
	crosses: 'Crosses (class 1)',
	pct,
	verdict: (unusual: boolean, sure: number, cls: string) =>
		unusual
			? `Neither class’s mixture expects a point here (less likely than any training point of either class), yet the classifier says ${cls} with ${pct(sure)}.`
			: `A point like the training points: both sides can be asked, and the classifier says ${cls} with ${pct(sure)}.`,
	presenter: [
		'The left picture is all a classifier has: a boundary. It has no idea where the data actually lies.',
		'The right picture models each class, so it can draw new points: the full-colour points are made up.',
		'Move the ring far from the data: the classifier stays confident; the mixture says this point is unlike anything it saw.',
		'Large generative models do the same on text: they score and sample sequences instead of points in a plane.'
	]
};
