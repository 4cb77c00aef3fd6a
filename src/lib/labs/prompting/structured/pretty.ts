// JSON pretty-printed for reading on a slide: any object or list that fits on one line stays on
// one line ({ "type": "string", "minLength": 1 }), the rest is indented. JSON.stringify(v, null, 2)
// puts every list item on its own line, which made the card's schema 48 lines tall; this prints
// it in 19. The output is plain JSON, so the same text is shown and sent to the engine.

const inline = (value: unknown): string => {
	if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
		return entries.length ? `{ ${entries.join(', ')} }` : '{}';
	}
	return JSON.stringify(value) ?? 'null';
};

/** `used`: characters already on the line before the value (indent and key). */
function format(value: unknown, indent: string, used: number, width: number): string {
	const flat = inline(value);
	if (used + flat.length <= width || value === null || typeof value !== 'object') return flat;
	const inner = `${indent}  `;
	const close = Array.isArray(value) ? ']' : '}';
	const lines = Array.isArray(value)
		? value.map((v) => inner + format(v, inner, inner.length, width))
		: Object.entries(value).map(([k, v]) => {
				const key = `${inner}${JSON.stringify(k)}: `;
				return key + format(v, inner, key.length, width);
			});
	if (!lines.length) return flat;
	return `${Array.isArray(value) ? '[' : '{'}\n${lines.join(',\n')}\n${indent}${close}`;
}

export function prettyJson(value: unknown, width = 72): string {
	return format(value, '', 0, width);
}
