// Token ids → readable text, for the captured distributions. WebLLM's tokenizer lives inside its
// model pipeline and is not exported, so we read the model's own tokenizer.json (already in
// WebLLM's IndexedDB cache after a download) and build a display table once per model.
// Handles the two common families: byte-level BPE (GPT-2 style "Ġ" for a space: Qwen, Llama 3,
// SmolLM, Phi) and SentencePiece-style pieces ("▁" for a space, <0xNN> bytes: Gemma, Llama 2).

export interface TokenTable {
	/** Display text for an id; unknown ids read "#id". */
	text(id: number): string;
	readonly size: number;
}

interface TokenizerJson {
	model?: { type?: string; vocab?: Record<string, number> | [string, number][] };
	added_tokens?: { id: number; content: string }[];
	decoder?: { type?: string; decoders?: { type?: string }[] };
}

/** GPT-2's map from bytes to printable characters, inverted: character → byte. */
function byteLevelDecoder(): Map<string, number> {
	const printable: number[] = [];
	for (let b = 33; b <= 126; b++) printable.push(b);
	for (let b = 161; b <= 172; b++) printable.push(b);
	for (let b = 174; b <= 255; b++) printable.push(b);
	const map = new Map<string, number>();
	for (const b of printable) map.set(String.fromCharCode(b), b);
	let shifted = 0;
	for (let b = 0; b < 256; b++) {
		if (printable.includes(b)) continue;
		map.set(String.fromCharCode(256 + shifted++), b);
	}
	return map;
}

const hexBytes = (bytes: Iterable<number>) =>
	[...bytes].map((b) => `<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`).join('');

/** UTF-8 text when the bytes are complete characters, else the bytes written as <0xNN>. */
function bytesToText(bytes: number[]): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
	} catch {
		return hexBytes(bytes);
	}
}

function isByteLevel(json: TokenizerJson, pieces: string[]): boolean {
	const d = json.decoder;
	if (d?.type === 'ByteLevel' || d?.decoders?.some((x) => x.type === 'ByteLevel')) return true;
	if (d?.type === 'Metaspace' || d?.decoders?.some((x) => x.type === 'ByteFallback')) return false;
	// No decoder said: byte-level vocabularies are full of "Ġ" (a space), SentencePiece of "▁".
	let g = 0;
	let m = 0;
	for (const p of pieces.slice(0, 5000)) {
		if (p.startsWith('Ġ')) g++;
		if (p.startsWith('▁')) m++;
	}
	return g > m;
}

export function buildTokenTable(json: TokenizerJson): TokenTable {
	const pieces: string[] = [];
	const vocab = json.model?.vocab;
	if (Array.isArray(vocab)) vocab.forEach(([piece], id) => (pieces[id] = piece));
	else if (vocab) for (const [piece, id] of Object.entries(vocab)) pieces[id] = piece;
	const special = new Map<number, string>();
	for (const t of json.added_tokens ?? []) special.set(t.id, t.content);

	const byteLevel = isByteLevel(json, pieces.filter(Boolean));
	const decode = byteLevel ? byteLevelDecoder() : undefined;
	const display = (piece: string): string => {
		if (decode) {
			const bytes: number[] = [];
			for (const ch of piece) {
				const b = decode.get(ch);
				if (b === undefined) return piece; // not byte-level after all: show it as it is
				bytes.push(b);
			}
			return bytesToText(bytes);
		}
		const byte = /^<0x([0-9A-Fa-f]{2})>$/.exec(piece);
		if (byte) return bytesToText([parseInt(byte[1]!, 16)]);
		return piece.replaceAll('▁', ' ');
	};
	const cache = new Map<number, string>();
	return {
		size: Math.max(pieces.length, ...Array.from(special.keys(), (id) => id + 1)),
		text(id) {
			let t = cache.get(id);
			if (t === undefined) {
				const s = special.get(id);
				const piece = pieces[id];
				t = s ?? (piece === undefined ? `#${id}` : display(piece));
				cache.set(id, t);
			}
			return t;
		}
	};
}

/** A tokenizer.json as WebLLM cached it (bytes, text or an object) → its token table. */
export function tokenTableFrom(data: unknown): TokenTable | undefined {
	let json: unknown = data;
	if (data instanceof ArrayBuffer || ArrayBuffer.isView(data))
		json = new TextDecoder().decode(data as ArrayBuffer);
	if (typeof json === 'string') {
		try {
			json = JSON.parse(json);
		} catch {
			return undefined;
		}
	}
	if (typeof json !== 'object' || json === null || !('model' in json)) return undefined;
	return buildTokenTable(json as TokenizerJson);
}

/** When the tokenizer is not readable, captured tokens still show as their ids. */
export const idOnlyTable: TokenTable = { size: 0, text: (id) => `#${id}` };
