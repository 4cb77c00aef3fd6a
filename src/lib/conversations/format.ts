// Conversations as files: export to Markdown (for reading) and JSON (for re-import), and a
// strict import check that names the first problem and changes nothing when it finds one.
import type { ConversationRecord, StoredTurn } from '$lib/storage/db';

export const EXPORT_FORMAT = 'genai-live.conversations';
export const EXPORT_VERSION = 1;

/** An ISO date for a timestamp, or null outside what Date can hold (±8.64e15 ms). */
function isoDate(ms: number): string | null {
	const d = new Date(ms);
	return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** One line: a title or a name with a line break would end the heading it stands in. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function toMarkdown(c: ConversationRecord): string {
	const date = isoDate(c.updatedAt);
	const lines = [
		`# ${oneLine(c.title)}`,
		'',
		`_Exported from GenAI Live${date ? `, ${date}` : ''}_`,
		''
	];
	if (c.system) lines.push(`**System:** ${c.system}`, '');
	for (const t of c.turns) {
		const who =
			t.role === 'user'
				? 'You'
				: t.role === 'assistant'
					? oneLine(t.engineLabel ?? '') || 'Model'
					: 'System';
		lines.push(`## ${who}${t.interrupted ? ' (interrupted)' : ''}`, '', t.content, '');
	}
	return lines.join('\n');
}

export function toJson(conversations: ConversationRecord[]): string {
	// Tombstones of regenerated replies mean nothing outside this device's copy.
	const plain = conversations.map(({ removedTurns: _, ...c }) => c);
	return JSON.stringify(
		{ format: EXPORT_FORMAT, version: EXPORT_VERSION, conversations: plain },
		null,
		2
	);
}

export type ImportResult =
	{ ok: true; conversations: ConversationRecord[] } | { ok: false; error: string };

const roles = ['system', 'user', 'assistant'];
const MAX_TIME = 8.64e15;

function checkTurn(t: unknown, where: string): string | StoredTurn {
	if (!t || typeof t !== 'object') return `${where} is not an object`;
	const o = t as Record<string, unknown>;
	if (!roles.includes(o.role as string))
		return `${where}.role must be "user", "assistant" or "system"`;
	if (typeof o.content !== 'string') return `${where}.content must be text`;
	if (o.content.length > 1_000_000) return `${where}.content is longer than a million characters`;
	return {
		// Fresh ids, like the conversation's: an imported copy shares nothing with its source.
		id: crypto.randomUUID(),
		role: o.role as StoredTurn['role'],
		content: o.content,
		...(typeof o.engineLabel === 'string' ? { engineLabel: o.engineLabel } : {}),
		...(o.interrupted === true ? { interrupted: true } : {})
	};
}

function checkConversation(c: unknown, where: string): string | ConversationRecord {
	if (!c || typeof c !== 'object') return `${where} is not an object`;
	const o = c as Record<string, unknown>;
	if (typeof o.title !== 'string' || !o.title.trim())
		return `${where}.title must be non-empty text`;
	if (!Array.isArray(o.turns)) return `${where}.turns must be a list`;
	const turns: StoredTurn[] = [];
	for (let i = 0; i < o.turns.length; i++) {
		const t = checkTurn(o.turns[i], `${where}.turns[${i}]`);
		if (typeof t === 'string') return t;
		turns.push(t);
	}
	// A time Date can hold (±8.64e15 ms, about 270,000 years), else now: every accepted value exports.
	const num = (v: unknown) =>
		typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_TIME ? v : Date.now();
	return {
		// Imported conversations get fresh ids, so an import never overwrites an existing one.
		id: crypto.randomUUID(),
		title: o.title.trim().slice(0, 200),
		createdAt: num(o.createdAt),
		updatedAt: num(o.updatedAt),
		system: typeof o.system === 'string' ? o.system : '',
		turns
	};
}

/** Parses an exported file (or one conversation object); the error names the first problem. */
export function parseImport(text: string): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { ok: false, error: `The file is not valid JSON (${(e as Error).message}).` };
	}
	const list =
		data && typeof data === 'object' && 'conversations' in data
			? (data as { conversations: unknown }).conversations
			: [data];
	if (
		data &&
		typeof data === 'object' &&
		'format' in data &&
		(data as { format: unknown }).format !== EXPORT_FORMAT
	) {
		return { ok: false, error: 'The file is not a GenAI Live conversation export.' };
	}
	if (!Array.isArray(list) || list.length === 0)
		return { ok: false, error: 'The file holds no conversations.' };
	const out: ConversationRecord[] = [];
	for (let i = 0; i < list.length; i++) {
		const c = checkConversation(list[i], `conversations[${i}]`);
		if (typeof c === 'string') return { ok: false, error: `Nothing was imported: ${c}.` };
		out.push(c);
	}
	return { ok: true, conversations: out };
}

/** A title from the first user message. */
export function titleFrom(text: string): string {
	const t = text.replace(/\s+/g, ' ').trim();
	return t.length > 60 ? `${t.slice(0, 57)}…` : t || 'New conversation';
}
