import { describe, expect, it } from 'vitest';
import { match, reflect, respond, words } from './eliza';

describe('ELIZA-style responder', () => {
	it('turns pronouns around in what it says back', () => {
		expect(respond(['I am afraid of the dark']).text).toBe(
			'How long have you been afraid of the dark?'
		);
		// "my" outranks "i": the reply takes up the boss.
		expect(respond(['I am afraid of my boss']).text).toBe('Your boss?');
		expect(reflect(words('you are unkind to me'))).toBe('I am unkind to you');
		// "are" alone stays: only "you are" / "I am" turn.
		expect(reflect(words('my friends are kind'))).toBe('your friends are kind');
	});

	it('answers the highest-ranked keyword, whatever its place in the message', () => {
		// "i" ranks 1, "my" 2, "mother" 4: the family rule fires.
		const reply = respond(['I think my mother hates computers']);
		expect(reply.reason).toMatchObject({ kind: 'rule', keyword: 'computers', rank: 6 });
		expect(respond(['I am sad about my mother']).reason).toMatchObject({ keyword: 'mother' });
		expect(respond(['I am sad about my mother']).text).toBe('Tell me more about your family.');
	});

	it('tries a keyword’s patterns in order and fills the first that matches', () => {
		expect(respond(["Why don't you listen"]).text).toBe('Do you believe I do not listen?');
		expect(respond(['Why is the sky blue']).text).toBe('Why do you ask?');
		expect(respond(["I can't sleep at night"]).text).toBe(
			"How do you know you can't sleep at night?"
		);
		expect(respond(['You are a program']).reason).toMatchObject({
			kind: 'rule',
			keyword: 'you',
			pattern: '* you are *'
		});
	});

	it('cycles through a pattern’s replies as the conversation goes on', () => {
		const said = ['I am tired', 'I am hungry', 'I am bored', 'I am cold'].map(
			(_, i, all) => respond(all.slice(0, i + 1)).text
		);
		expect(said).toEqual([
			'How long have you been tired?',
			'Did you come to me because you are hungry?',
			'Do you enjoy being bored?',
			'How long have you been cold?'
		]);
	});

	it('remembers an earlier topic and brings it back when a message has no keyword', () => {
		const history = ['My job is too much', 'The weather is grey'];
		expect(respond(history)).toEqual({
			text: 'Earlier you mentioned your job is too much.',
			reason: { kind: 'memory', keyword: 'my' }
		});
		// With nothing filed, the fallbacks take turns.
		expect(respond(['The weather is grey']).text).toBe('Please go on.');
		expect(respond(['The weather is grey', 'Tuesday']).text).toBe('I see. Tell me more.');
	});

	it('answers the first clause that holds a keyword', () => {
		expect(respond(['The bus was late, but I feel fine']).text).toBe(
			'Tell me more about feeling fine.'
		);
	});

	it('matches `*` against any run of words, including none', () => {
		expect(match('* i am *', ['i', 'am'])).toEqual([[], []]);
		expect(match('* i am *', ['so', 'i', 'am', 'here'])).toEqual([['so'], ['here']]);
		expect(match('* i am *', ['you', 'are'])).toBeNull();
		expect(words('I’m “fine”, thanks!')).toEqual(["i'm", 'fine', 'thanks']);
	});

	it('says something sensible for empty or odd input', () => {
		expect(respond([]).reason.kind).toBe('fallback');
		expect(respond(['']).text).toBe('Please go on.');
		expect(respond(['!!! ???']).text).toBe('Please go on.');
		expect(respond(['constructor toString __proto__']).text).toBe('Please go on.');
	});
});

describe('ELIZA rule set', () => {
	it('gives every keyword to exactly one rule, so the highest rank is well defined', async () => {
		const { rules } = await import('./rules');
		const all = rules.flatMap((r) => r.keywords);
		expect(new Set(all).size).toBe(all.length);
	});
});
