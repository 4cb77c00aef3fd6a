import type { Concept } from '../schema';

export default {
	slug: 'regulation',
	title: 'Regulation',
	group: 'Context',
	definition:
		'Governments are writing rules for generative AI: risk-based obligations in the EU, safety and watermarking guidance in the US, content controls in China, and changing copyright law everywhere.',
	body: `Regulation of generative AI is young and differs by region, but a few approaches stand out.

**European Union: the AI Act.** Adopted in 2024 and phased in over the following years, it sorts AI systems by risk. Some uses are banned outright; [[high-risk]] uses, such as in hiring, credit or medical devices, must meet requirements for data quality, documentation, human oversight and accuracy. [[General-purpose AI]] models, the foundation models behind chat assistants, carry their own duties: technical documentation, a summary of training content, and respect for copyright opt-outs, with extra obligations for the largest models. Generated or manipulated content, such as deepfakes, must be labelled.

**United States.** A 2023 executive order set out guidance on AI safety and security, including testing of powerful models and work on watermarking and authenticating synthetic media. Much of US policy runs through agency guidance, state laws and court cases rather than a single statute, and it has shifted with changes of administration.

**China.** Rules for generative services require providers to moderate generated content, label it, and register their algorithms with the regulator.

**Copyright.** Courts and legislatures are deciding whether training on protected works is allowed without permission, and whether anything generated can itself be protected. Several countries hold that copyright requires a human author.

For builders, the practical upshot is documentation: know your training data, test for the risks of your use case, label synthetic media, and keep a person accountable for decisions.`,
	terms: ['high-risk', 'general-purpose AI'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about the EU’s approach.',
			prompt: 'It sorts AI systems',
			temperature: 0.6,
			topK: 30,
			topP: 0.9,
			maxTokens: 40,
			seed: 2024,
			lookFor:
				'Generated text about law is a draft, not advice: the model has no way to know the current rules.'
		}
	],
	presenter: {
		points: [
			'EU: risk tiers, duties for general-purpose models, labelling.',
			'US: executive guidance and courts; China: moderation and registration.',
			'Copyright: training data and authorship both unsettled.'
		],
		pointAt: 'The date on the slide: these rules change fast.'
	},
	related: ['ethics', 'economic-impact', 'foundation-models', 'future-directions'],
	usedIn: [
		{ area: 'operations', how: 'Compliance documentation and legal drafting.' },
		{ area: 'content', how: 'Labelling AI-generated media.' }
	]
} satisfies Concept;
