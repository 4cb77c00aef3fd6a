// The AI Act's risk tiers as a rule table, written from Regulation (EU) 2024/1689 (OJ L, 12 July
// 2024; https://eur-lex.europa.eu/eli/reg/2024/1689/oj) and the dates of the Digital Omnibus on
// AI as the regulation page states them, as of November 2026. Each rule names its article, the
// tier it puts a use in and the duties that follow; classify.ts runs the table, and every rule
// has an example use that triggers it in rules.spec.ts. A language model never decides a tier:
// the table does, so the reasoning shown is the rules that fired. The table is a teaching
// summary: the Act's exceptions (law-enforcement carve-outs, medical or safety uses of emotion
// recognition, research) are named in the reason text, not modelled.

export type Tier = 'prohibited' | 'high-risk' | 'transparency' | 'minimal';

/** What a use is for: the Act's banned practices, its Annex III areas, a regulated product, or none. */
export type Purpose =
	| 'general'
	| 'manipulation'
	| 'exploit-vulnerable'
	| 'social-scoring'
	| 'crime-prediction'
	| 'face-scraping'
	| 'emotion-work-school'
	| 'sensitive-categorisation'
	| 'realtime-police-biometrics'
	| 'intimate-imagery'
	| 'biometrics'
	| 'critical-infrastructure'
	| 'education'
	| 'employment'
	| 'essential-services'
	| 'law-enforcement'
	| 'migration'
	| 'justice-elections'
	| 'product-safety';

/** The few questions a visitor answers (or a template answers for them). */
export interface UseAnswers {
	purpose: Purpose;
	/** Talks with people directly (a chatbot, a voice agent). */
	interacts: boolean;
	/** Generates or edits text, images, audio or video. */
	generates: boolean;
	/** Makes realistic images, audio or video of real people, places or events. */
	deepfakes: boolean;
	/** Recognises emotions or sorts people by biometric traits (where that is not banned). */
	readsEmotions: boolean;
	/** Only a narrow procedural or preparatory task that does not shape the decision (Art. 6(3)). */
	narrowTask: boolean;
	/** Profiles people: evaluates their personality, behaviour, reliability, health or location. */
	profiling: boolean;
}

export interface Rule {
	id: string;
	tier: Tier;
	/** The article (and annex point) the rule is written from. */
	article: string;
	/** Since when, or from when, it applies. */
	applies: string;
	when: (a: UseAnswers) => boolean;
	/** Why the rule fires, in one sentence. */
	reason: string;
	obligations: readonly string[];
}

/** The date this table was checked against the Act and the Digital Omnibus. */
export const AS_OF = 'November 2026';

const BANNED =
	'Banned in the EU: the system may not be placed on the market, put into service or used.';
const SINCE_2025 = 'since 2 February 2025';

const annexIII: Partial<Record<Purpose, string>> = {
	biometrics: 'Annex III point 1 (biometrics)',
	'critical-infrastructure': 'Annex III point 2 (critical infrastructure)',
	education: 'Annex III point 3 (education and vocational training)',
	employment: 'Annex III point 4 (employment and workers’ management)',
	'essential-services': 'Annex III point 5 (access to essential private and public services)',
	'law-enforcement': 'Annex III point 6 (law enforcement)',
	migration: 'Annex III point 7 (migration, asylum and border control)',
	'justice-elections': 'Annex III point 8 (administration of justice and democratic processes)'
};

/** Whether a purpose is one of Annex III's areas. */
export const inAnnexIII = (p: Purpose): boolean => p in annexIII;
const exempt = (a: UseAnswers) => a.narrowTask && !a.profiling;

const highRiskDuties = [
	'A risk-management system kept up over the whole life of the system (Art. 9).',
	'Training, validation and test data that are relevant, representative and checked for bias (Art. 10).',
	'Technical documentation and automatic logs (Art. 11, 12).',
	'Instructions that let deployers understand and use the output (Art. 13).',
	'Human oversight designed in, so a person can understand, override or stop it (Art. 14).',
	'Appropriate accuracy, robustness and cybersecurity (Art. 15).',
	'A quality-management system, a conformity assessment, CE marking and registration in the EU database (Art. 16, 17, 43, 49).',
	'Deployers: use it as instructed, assign trained people to oversee it, keep the logs; public bodies and credit or insurance deployers assess the impact on fundamental rights (Art. 26, 27).'
];

function banned(
	id: string,
	purpose: Purpose,
	article: string,
	reason: string,
	applies = SINCE_2025
): Rule {
	return {
		id,
		tier: 'prohibited',
		article,
		applies,
		when: (a) => a.purpose === purpose,
		reason,
		obligations: [BANNED]
	};
}

export const rules: readonly Rule[] = [
	banned(
		'manipulation',
		'manipulation',
		'Art. 5(1)(a)',
		'It uses subliminal, manipulative or deceptive techniques that distort people’s behaviour in a way that causes them significant harm.'
	),
	banned(
		'exploit-vulnerable',
		'exploit-vulnerable',
		'Art. 5(1)(b)',
		'It exploits vulnerabilities due to age, disability or a social or economic situation to distort behaviour harmfully.'
	),
	banned(
		'social-scoring',
		'social-scoring',
		'Art. 5(1)(c)',
		'It scores people on their social behaviour or personal traits, leading to unjustified or disproportionate detrimental treatment.'
	),
	banned(
		'crime-prediction',
		'crime-prediction',
		'Art. 5(1)(d)',
		'It predicts that a person will commit a crime based solely on profiling or personality traits.'
	),
	banned(
		'face-scraping',
		'face-scraping',
		'Art. 5(1)(e)',
		'It builds a facial-recognition database by untargeted scraping of images from the internet or CCTV.'
	),
	banned(
		'emotion-work-school',
		'emotion-work-school',
		'Art. 5(1)(f)',
		'It infers the emotions of people at work or in education (medical and safety uses excepted).'
	),
	banned(
		'sensitive-categorisation',
		'sensitive-categorisation',
		'Art. 5(1)(g)',
		'It sorts people by biometric data to infer race, political opinions, union membership, religion, sex life or sexual orientation.'
	),
	banned(
		'realtime-police-biometrics',
		'realtime-police-biometrics',
		'Art. 5(1)(h)',
		'It identifies people remotely and in real time in public spaces for law enforcement (outside the Act’s narrow, authorised exceptions).'
	),
	banned(
		'intimate-imagery',
		'intimate-imagery',
		'Art. 5(1), point added by the Digital Omnibus on AI',
		'It generates non-consensual intimate images of real people or child sexual abuse material.',
		'from 2 December 2026'
	),
	{
		id: 'annex-i-product',
		tier: 'high-risk',
		article: 'Art. 6(1) and Annex I',
		applies: 'from 2 August 2028 (moved by the Digital Omnibus)',
		when: (a) => a.purpose === 'product-safety',
		reason:
			'It is a safety component of, or itself, a product under EU product law (medical devices, toys, machinery, lifts …) that needs a third-party conformity assessment.',
		obligations: highRiskDuties
	},
	{
		id: 'annex-iii',
		tier: 'high-risk',
		article: 'Art. 6(2) and Annex III',
		applies: 'from 2 December 2027 (moved by the Digital Omnibus)',
		when: (a) => inAnnexIII(a.purpose) && !exempt(a),
		reason:
			'Its purpose is in one of Annex III’s areas, where decisions shape people’s rights and chances.',
		obligations: highRiskDuties
	},
	{
		id: 'annex-iii-exempt',
		tier: 'minimal',
		article: 'Art. 6(3) and 6(4)',
		applies: 'from 2 December 2027',
		when: (a) => inAnnexIII(a.purpose) && exempt(a),
		reason:
			'Its area is in Annex III, but it only performs a narrow procedural or preparatory task and profiles no one, so it poses no significant risk to people’s health, safety or rights.',
		obligations: [
			'Document why it is not high-risk before placing it on the market, and register it in the EU database (Art. 6(4), 49(2)).',
			'If it profiles people, the exemption is lost: profiling within Annex III is always high-risk (Art. 6(3), last subparagraph).'
		]
	},
	{
		id: 'interaction',
		tier: 'transparency',
		article: 'Art. 50(1)',
		applies: 'from 2 August 2026',
		when: (a) => a.interacts,
		reason: 'It talks with people directly.',
		obligations: [
			'Tell people they are dealing with an AI system, unless that is obvious from the context.'
		]
	},
	{
		id: 'synthetic-content',
		tier: 'transparency',
		article: 'Art. 50(2)',
		applies: 'from 2 August 2026; systems already on the market by 2 December 2026',
		when: (a) => a.generates,
		reason: 'It generates or edits text, images, audio or video.',
		obligations: [
			'Mark the output in a machine-readable way so it can be detected as artificially generated (a watermark, metadata).'
		]
	},
	{
		id: 'emotion-biometric-notice',
		tier: 'transparency',
		article: 'Art. 50(3)',
		applies: 'from 2 August 2026',
		when: (a) => a.readsEmotions,
		reason:
			'It recognises emotions or sorts people by biometric traits in a setting where that is allowed.',
		obligations: [
			'Inform the people exposed to it, and process their personal data under the GDPR.'
		]
	},
	{
		id: 'deepfake',
		tier: 'transparency',
		article: 'Art. 50(4)',
		applies: 'from 2 August 2026',
		when: (a) => a.deepfakes,
		reason: 'It makes realistic images, audio or video of real people, places or events.',
		obligations: [
			'Deployers disclose that the content was artificially generated or manipulated (lighter for evidently artistic or satirical work).'
		]
	},
	{
		id: 'literacy',
		tier: 'minimal',
		article: 'Art. 4 and Art. 95',
		applies: SINCE_2025,
		when: () => true,
		reason: 'Every AI system, whatever its tier.',
		obligations: [
			'Providers and deployers make sure their staff have enough AI literacy for the systems they work with (Art. 4).',
			'Voluntary codes of conduct for anything beyond the law (Art. 95).'
		]
	}
];
