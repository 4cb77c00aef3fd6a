// Property-based: whatever a file holds, the importer answers with conversations or one message,
// never an exception; every conversation it accepts exports to Markdown and to JSON, and the JSON
// imports back to the same conversation (an out-of-range date once made the Markdown export fail
// without a word); and it stays fast on files at the size limit of a message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, parseImport, toJson, toMarkdown } from './format';

const weirdString = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.constantFrom('', ' ', '\n', '__proto__', 'constructor', '\ud800', 'a\r\nb', '#'.repeat(7))
);
const weirdNumber = fc.oneof(
	fc.double(),
	fc.integer(),
	fc.constantFrom(8.64e15, 8.64e15 + 1, -8.64e15, 9e15, 1e308, -1e308, 0, -0, 5e-324)
);
const anyValue = fc.oneof(
	weirdString,
	weirdNumber,
	fc.boolean(),
	fc.constant(null),
	fc.jsonValue({ maxDepth: 2 })
);

/** Mostly what the importer takes, sometimes anything: both sides of every check get reached. */
const mostly = <T>(good: fc.Arbitrary<T>) =>
	fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: anyValue, weight: 1 });

const turn = fc.record(
	{
		role: mostly(fc.constantFrom('user', 'assistant', 'system')),
		content: mostly(weirdString),
		engineLabel: fc.oneof(weirdString, anyValue),
		interrupted: fc.oneof(fc.boolean(), anyValue),
		stats: anyValue
	},
	{ requiredKeys: ['role', 'content'] }
);
const conversation = fc.record(
	{
		id: anyValue,
		title: mostly(fc.string({ minLength: 1 }).filter((t) => t.trim() !== '')),
		createdAt: fc.oneof(weirdNumber, anyValue),
		updatedAt: fc.oneof(weirdNumber, anyValue),
		system: fc.oneof(weirdString, anyValue),
		turns: mostly(fc.array(turn, { maxLength: 4 }))
	},
	{ requiredKeys: ['title', 'turns'] }
);
/** Export-shaped files with hostile values; mostly acceptable, often not. */
const file = fc.oneof(
	fc.record({
		format: mostly(fc.constant(EXPORT_FORMAT)),
		version: anyValue,
		conversations: mostly(fc.array(conversation, { maxLength: 3 }))
	}),
	conversation
);

describe('conversation import (property)', () => {
	it('any text: conversations or a message, never an exception', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
				const r = parseImport(text);
				expect(r.ok ? Array.isArray(r.conversations) : typeof r.error).toBe(r.ok || 'string');
			}),
			{ numRuns: 300 }
		);
	});

	it('every conversation it accepts exports to Markdown and JSON, and comes back the same', () => {
		let accepted = 0;
		fc.assert(
			fc.property(file, (data) => {
				const r = parseImport(JSON.stringify(data));
				if (!r.ok) {
					expect(r.error).toMatch(/\S/);
					return;
				}
				accepted++;
				for (const c of r.conversations) {
					expect(Number.isNaN(new Date(c.updatedAt).getTime())).toBe(false);
					expect(Number.isNaN(new Date(c.createdAt).getTime())).toBe(false);
					const md = toMarkdown(c);
					expect(md.split('\n')[0]).toBe(`# ${c.title.replace(/\s+/g, ' ').trim()}`);
					expect(c.turns.every((t) => typeof t.id === 'string')).toBe(true);
				}
				const again = parseImport(toJson(r.conversations));
				expect(again.ok).toBe(true);
				if (!again.ok) return;
				const shape = (cs: typeof r.conversations) =>
					cs.map(({ title, createdAt, updatedAt, system, turns }) => ({
						title,
						createdAt,
						updatedAt,
						system,
						turns: turns.map(({ role, content, engineLabel, interrupted }) => ({
							role,
							content,
							engineLabel,
							interrupted
						}))
					}));
				expect(shape(again.conversations)).toEqual(shape(r.conversations));
			}),
			{ numRuns: 400 }
		);
		// The generators must reach the accepting side often enough to mean something.
		expect(accepted).toBeGreaterThan(40);
	});

	it('a file with messages at the size limit parses and exports in well under a second', () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom('a', '\n', '"', '\\', '😀', '\u2028'),
					minLength: 1,
					maxLength: 4
				}),
				fc.integer({ min: 900_000, max: 1_000_000 }),
				(motif, length) => {
					const content = motif.repeat(Math.ceil(length / motif.length)).slice(0, length);
					const text = toJson([
						{
							id: 'x',
							title: 't',
							createdAt: 1,
							updatedAt: 2,
							system: '',
							turns: [
								{ role: 'user', content },
								{ role: 'assistant', content }
							]
						}
					]);
					const start = performance.now();
					const r = parseImport(text);
					expect(r.ok).toBe(true);
					if (r.ok) toMarkdown(r.conversations[0]!);
					expect(performance.now() - start).toBeLessThan(500);
				}
			),
			{ numRuns: 5 }
		);
		// One character over the limit is refused, by name.
		const over = toJson([
			{
				id: 'x',
				title: 't',
				createdAt: 1,
				updatedAt: 2,
				system: '',
				turns: [{ role: 'user', content: 'a'.repeat(1_000_001) }]
			}
		]);
		expect(parseImport(over)).toEqual({
			ok: false,
			error:
				'Nothing was imported: conversations[0].turns[0].content is longer than a million characters.'
		});
	});
});
