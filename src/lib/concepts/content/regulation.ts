import type { Concept } from '../schema';

export default {
	slug: 'regulation',
	title: 'Regulation',
	group: 'Context',
	definition:
		'Governments regulate generative AI in different ways: binding risk-based rules in the EU, a shifting mix of executive orders and state laws in the US, labelling and registration duties in China, and copyright law that courts are still working out (as of November 2026).',
	body: `Regulation of generative AI is young, differs by region and changes quickly, so every rule below carries the date it was checked.

**European Union: the AI Act.** Regulation (EU) 2024/1689 entered into force on 1 August 2024 and applies in stages. It sorts AI systems into four tiers of risk (as of November 2026):

- [[Unacceptable risk]]: banned practices, such as social scoring or manipulation that exploits people's vulnerabilities, prohibited since 2 February 2025.
- [[High-risk]] uses, such as in hiring, credit, education or medical devices, which must meet requirements for data quality, documentation, human oversight and accuracy.
- Limited risk, with transparency duties: a chatbot must tell people they are dealing with a machine, generated images, audio, video and text must carry a machine-readable mark, and deepfakes must be disclosed as such.
- Minimal risk, such as spam filters, with no new obligations.

[[General-purpose AI]] models, the foundation models behind chat assistants, have had their own duties since 2 August 2025: technical documentation, a summary of the content used for training, and a policy for respecting copyright opt-outs. A model trained with more than 10²⁵ floating-point operations is presumed to pose [[systemic risk]] and must also be evaluated, tested against attacks, and have serious incidents reported (as of November 2026).

The timetable has already moved. The high-risk rules were due in August 2026, but an amending regulation, the "Digital Omnibus on AI", proposed by the Commission in November 2025 and adopted by Parliament on 16 June and by the Council on 29 June 2026, sets 2 December 2027 for stand-alone high-risk systems and 2 August 2028 for AI built into regulated products such as medical devices or toys. The chatbot disclosure duties apply from August 2026; systems already on the market have until 2 December 2026 to add machine-readable marks; and from that date the Act also bans AI tools that generate non-consensual intimate images or child sexual abuse material (as of November 2026).

**United States.** Executive Order 14110 of 30 October 2023 did more than give guidance: under the Defense Production Act it had the Commerce Department require developers of the largest models (trained with more than 10²⁶ operations) to report their training plans and safety-test results. It was revoked on 20 January 2025. Executive Order 14179 (23 January 2025) called for an action plan instead, published as America's AI Action Plan in July 2025, and an order of 11 December 2025, "Ensuring a National Policy Framework for Artificial Intelligence", set out to challenge state AI laws the administration considers burdensome. Congress has passed no broad AI law, but it has passed one aimed at a harm of generated media: the TAKE IT DOWN Act (signed 19 May 2025) makes it a federal crime to knowingly publish intimate images of a person without consent, including AI-made "digital forgeries", and requires platforms to remove them within 48 hours of a valid request. Much of the remaining rule-making happens in states, agencies and courts. California's SB 53, the Transparency in Frontier Artificial Intelligence Act (signed 29 September 2025, in effect since 1 January 2026), requires developers of the largest models to publish how they manage catastrophic risks and to report serious safety incidents to the state, and protects employees who raise safety concerns (as of December 2026).

**China.** The Interim Measures for the Management of Generative AI Services, in force since 15 August 2023, require providers of public generative services to keep content within the law, protect personal data and, for services that can shape public opinion, pass a security assessment and file their algorithms with the regulator. Since 1 September 2025, labelling rules require a hidden label in the metadata of all AI-generated content, and a visible one in the cases the rules list, such as chatbot text written as if by a person, synthetic voices, generated or swapped faces and realistic virtual scenes (as of November 2026).

**Copyright.** Courts and legislatures are deciding whether training on protected works is allowed without permission, and whether anything generated can itself be protected. In the United States, an appeals court ruled in March 2025 (Thaler v. Perlmutter) that a work whose application named an AI system as its sole author cannot be registered, because the Copyright Act requires a human author; the case said nothing about prompts. The Copyright Office's January 2025 report goes further: in its view, prompts alone do not give their writer enough control to be the author of the output, while human selection, arrangement or changes can be protected (as of November 2026).

For builders, the practical upshot is documentation: know your training data, test for the risks of your use case, label synthetic media, and keep a person accountable for decisions.`,
	terms: ['unacceptable risk', 'high-risk', 'general-purpose AI', 'systemic risk'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about the EU’s approach.',
			prompt: 'It sorts AI systems',
			temperature: 0.6,
			topK: 30,
			topP: 0.9,
			maxTokens: 40,
			seed: 1,
			lookFor:
				'Generated text about law is a draft, not advice: the model has no way to know the current rules.'
		},
		{
			kind: 'risk-tiers',
			intro:
				'Pick a use or answer a few questions, and a rule table written from the AI Act’s articles returns the tier, the duties that follow and the articles behind them (as of November 2026).',
			start: 'support-bot',
			seed: 1689,
			lookFor:
				'Each tier comes with the articles that put the use there: change one answer, such as whether the system profiles people, and watch the tier and its duties change.'
		}
	],
	presenter: {
		points: [
			'EU: four risk tiers, duties for general-purpose models since August 2025, high-risk rules moved to December 2027 and August 2028 (as of November 2026).',
			'US: the 2023 executive order, which imposed reporting duties, was revoked in January 2025; Congress passed the TAKE IT DOWN Act (2025) on intimate deepfakes, and California’s SB 53 (2025) binds frontier developers (as of December 2026).',
			'China: content rules, algorithm filing and, since September 2025, hidden labels on all generated content and visible ones in listed cases.',
			'Copyright: training data unsettled; a human author is required, and prompts alone are not enough in the Copyright Office’s view (as of November 2026).',
			'Lab: a rule table with an article behind every tier; change one answer and the duties change.'
		],
		pointAt:
			'The month and year in brackets after each rule: these rules change fast, so check them before a talk.'
	},
	related: ['ethics', 'economic-impact', 'foundation-models', 'future-directions'],
	usedIn: [
		{ area: 'operations', how: 'Compliance documentation and legal drafting.' },
		{ area: 'content', how: 'Labelling AI-generated media.' }
	],
	sources: [
		{
			title:
				'Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence and amending Regulations (EC) No 300/2008, (EU) No 167/2013, (EU) No 168/2013, (EU) 2018/858, (EU) 2018/1139 and (EU) 2019/2144 and Directives 2014/90/EU, (EU) 2016/797 and (EU) 2020/1828 (Artificial Intelligence Act)',
			year: 2024,
			date: '2024-06-13',
			url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
			kind: 'law'
		},
		{
			title:
				'Proposal for a Regulation amending Regulations (EU) 2024/1689 and (EU) 2018/1139 as regards the simplification of the implementation of harmonised rules on artificial intelligence (Digital Omnibus on AI), COM(2025) 836',
			authors: 'European Commission',
			year: 2025,
			date: '2025-11-19',
			url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC0836',
			kind: 'law'
		},
		{
			title:
				'AI Omnibus 2026: Trilogue Agreement on Amendments to the AI Act Brings Longer Deadlines and Less Bureaucracy (on the Council’s final approval of 29 June 2026)',
			authors: 'Heuking',
			year: 2026,
			url: 'https://www.heuking.de/en/news-events/newsletter-articles/detail/ai-omnibus-2026-trilogue-agreement-on-amendments-to-the-ai-act-brings-longer-deadlines-and-less-bureaucracy.html',
			kind: 'web'
		},
		{
			title:
				'Executive Order 14110: Safe, Secure, and Trustworthy Development and Use of Artificial Intelligence',
			year: 2023,
			date: '2023-10-30',
			url: 'https://www.federalregister.gov/d/2023-24283',
			kind: 'law'
		},
		{
			title: 'Executive Order 14148: Initial Rescissions of Harmful Executive Orders and Actions',
			year: 2025,
			date: '2025-01-20',
			url: 'https://www.federalregister.gov/d/2025-01901',
			kind: 'law'
		},
		{
			title:
				'Executive Order 14179: Removing Barriers to American Leadership in Artificial Intelligence',
			year: 2025,
			date: '2025-01-23',
			url: 'https://www.federalregister.gov/d/2025-02172',
			kind: 'law'
		},
		{
			title:
				'Tools to Address Known Exploitation by Immobilizing Technological Deepfakes on Websites and Networks Act (TAKE IT DOWN Act), Public Law 119-12',
			year: 2025,
			date: '2025-05-19',
			url: 'https://www.congress.gov/119/plaws/publ12/PLAW-119publ12.htm',
			kind: 'law'
		},
		{
			title: 'Senate Bill 53: Transparency in Frontier Artificial Intelligence Act (California)',
			year: 2025,
			date: '2025-09-29',
			url: 'https://leginfo.legislature.ca.gov/faces/billTextClient.xhtml?bill_id=202520260SB53',
			kind: 'law'
		},
		{
			title: 'Thaler v. Perlmutter, No. 23-5233 (D.C. Cir.)',
			year: 2025,
			date: '2025-03-18',
			url: 'https://media.cadc.uscourts.gov/opinions/docs/2025/03/23-5233.pdf',
			kind: 'law'
		},
		{
			title:
				'Interim Measures for the Management of Generative Artificial Intelligence Services (生成式人工智能服务管理暂行办法)',
			authors: 'Cyberspace Administration of China and six other departments',
			year: 2023,
			date: '2023-07-13',
			url: 'https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm',
			kind: 'law'
		},
		{
			title:
				'Measures for Labelling Artificial Intelligence-Generated Synthetic Content (人工智能生成合成内容标识办法)',
			authors: 'Cyberspace Administration of China and three other departments',
			year: 2025,
			date: '2025-03-14',
			url: 'https://www.cac.gov.cn/2025-03/14/c_1743654684782215.htm',
			kind: 'law'
		},
		{
			title: 'Copyright and Artificial Intelligence, Part 2: Copyrightability',
			authors: 'U.S. Copyright Office',
			year: 2025,
			url: 'https://www.copyright.gov/ai/Copyright-and-Artificial-Intelligence-Part-2-Copyrightability-Report.pdf',
			kind: 'report'
		}
	]
} satisfies Concept;
