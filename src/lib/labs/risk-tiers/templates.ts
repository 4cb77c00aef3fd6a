// Ready-made uses for the risk explorer, one or more per tier, and the choices of the
// "what is it for" question. Each template is only a set of answers: the tier comes from the
// rule table like any answers a visitor gives.
import type { Purpose, UseAnswers } from './rules';

/** Every yes/no question answered no. */
export const none: Omit<UseAnswers, 'purpose'> = {
	interacts: false,
	generates: false,
	deepfakes: false,
	readsEmotions: false,
	narrowTask: false,
	profiling: false
};

export interface Template {
	id: string;
	name: string;
	answers: UseAnswers;
}

export const templates: readonly Template[] = [
	{ id: 'spam', name: 'Spam filter for a mailbox', answers: { ...none, purpose: 'general' } },
	{
		id: 'support-bot',
		name: 'Customer-service chatbot',
		answers: { ...none, purpose: 'general', interacts: true, generates: true }
	},
	{
		id: 'image-ads',
		name: 'Image generator for advertising',
		answers: { ...none, purpose: 'general', generates: true, deepfakes: true }
	},
	{
		id: 'cv-screening',
		name: 'Ranking job applicants’ CVs',
		answers: { ...none, purpose: 'employment', profiling: true }
	},
	{
		id: 'credit',
		name: 'Credit scoring for loans',
		answers: { ...none, purpose: 'essential-services', profiling: true }
	},
	{
		id: 'exam-format',
		name: 'Checking exam papers for formatting only',
		answers: { ...none, purpose: 'education', narrowTask: true }
	},
	{
		id: 'diagnosis',
		name: 'AI in a medical device',
		answers: { ...none, purpose: 'product-safety' }
	},
	{
		id: 'classroom-emotions',
		name: 'Reading pupils’ emotions in class',
		answers: { ...none, purpose: 'emotion-work-school' }
	},
	{
		id: 'city-score',
		name: 'A city scoring residents’ behaviour',
		answers: { ...none, purpose: 'social-scoring', profiling: true }
	}
];

/** The purpose question's choices, grouped as the Act groups them. */
export const purposes: readonly { group: string; options: readonly [Purpose, string][] }[] = [
	{
		group: 'None of the areas below',
		options: [['general', 'A general use (writing, search, chat, filtering …)']]
	},
	{
		group: 'Practices the Act bans (Art. 5)',
		options: [
			['manipulation', 'Manipulating people harmfully'],
			['exploit-vulnerable', 'Exploiting age, disability or poverty'],
			['social-scoring', 'Social scoring'],
			['crime-prediction', 'Predicting crime from profiling alone'],
			['face-scraping', 'Scraping faces for a recognition database'],
			['emotion-work-school', 'Emotion recognition at work or school'],
			['sensitive-categorisation', 'Inferring race, religion or orientation from biometrics'],
			['realtime-police-biometrics', 'Live face recognition in public by police'],
			['intimate-imagery', 'Generating non-consensual intimate images']
		]
	},
	{
		group: 'High-risk areas (Art. 6, Annexes I and III)',
		options: [
			['biometrics', 'Biometric identification or categorisation'],
			['critical-infrastructure', 'Critical infrastructure (energy, water, traffic)'],
			['education', 'Education: admission, grading, proctoring'],
			['employment', 'Employment: hiring, promotion, monitoring'],
			['essential-services', 'Essential services: credit, benefits, insurance, emergency calls'],
			['law-enforcement', 'Law enforcement'],
			['migration', 'Migration, asylum, border control'],
			['justice-elections', 'Courts or elections'],
			['product-safety', 'Safety part of a regulated product (medical device, toy, machine)']
		]
	}
];
