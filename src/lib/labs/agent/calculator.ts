// The agent lab's calculator tool: arithmetic read by its own small parser, never by eval or
// Function. The expression comes from a model (or the rule-based planner), so it is untrusted
// text; a parser that only knows numbers, + − × ÷ ^ and brackets cannot run anything else, and
// every refusal says what it met and where. Grammar (the usual precedence, ^ binding right):
//   expr   = term (('+' | '-') term)*
//   term   = unary (('*' | '/') unary)*
//   unary  = ('-' | '+') unary | power
//   power  = atom ('^' unary)?           so 2^3^2 = 2^9, -2^2 = -(2^2) and 2^-1 = 0.5
//   atom   = number | '(' expr ')'
// '×', '÷' and '**' are read as '*', '/' and '^' (a model may write any of them). A comma in a
// number ("128,256") is refused rather than guessed: it is a thousands separator in English and a
// decimal point in much of Europe.

export type CalcResult = { ok: true; value: number } | { ok: false; message: string };

/** Longer than any sum a step needs; a cap keeps a runaway call from costing time. */
export const MAX_EXPRESSION = 200;
/** Brackets nested deeper than this are refused (the parser recurses once per level). */
const MAX_DEPTH = 32;

class CalcError extends Error {}

type Token = { kind: 'num'; value: number; at: number } | { kind: 'op'; op: string; at: number };

function tokens(text: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	while (i < text.length) {
		const c = text[i]!;
		if (/\s/.test(c)) {
			i++;
			continue;
		}
		const number = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i));
		if (number) {
			if (text[i + number[0].length] === ',')
				throw new CalcError(
					`a comma after ${number[0]} (position ${i + number[0].length + 1}): write numbers without thousands separators, and a point for decimals`
				);
			out.push({ kind: 'num', value: Number(number[0]), at: i });
			i += number[0].length;
			continue;
		}
		if (text.startsWith('**', i)) {
			out.push({ kind: 'op', op: '^', at: i });
			i += 2;
			continue;
		}
		const op = { '×': '*', '÷': '/', '−': '-' }[c] ?? c;
		if ('+-*/^()'.includes(op)) {
			out.push({ kind: 'op', op, at: i });
			i++;
			continue;
		}
		throw new CalcError(`“${c}” at position ${i + 1} is not part of arithmetic`);
	}
	return out;
}

function parse(list: Token[]): number {
	let p = 0;
	let depth = 0;
	const peek = () => list[p];
	const isOp = (op: string) => {
		const t = peek();
		return t?.kind === 'op' && t.op === op;
	};
	const where = () => {
		const t = peek();
		return t ? `“${t.kind === 'num' ? t.value : t.op}” at position ${t.at + 1}` : 'the end';
	};

	function expr(): number {
		let value = term();
		while (isOp('+') || isOp('-')) {
			const op = (list[p++] as { op: string }).op;
			const right = term();
			value = op === '+' ? value + right : value - right;
		}
		return value;
	}
	function term(): number {
		let value = unary();
		while (isOp('*') || isOp('/')) {
			const op = (list[p++] as { op: string }).op;
			const right = unary();
			if (op === '/' && right === 0) throw new CalcError('division by zero');
			value = op === '*' ? value * right : value / right;
		}
		return value;
	}
	function unary(): number {
		if (isOp('-') || isOp('+')) {
			const sign = (list[p++] as { op: string }).op === '-' ? -1 : 1;
			return sign * nested(unary);
		}
		return power();
	}
	function power(): number {
		const base = atom();
		if (!isOp('^')) return base;
		p++;
		return base ** nested(unary);
	}
	function atom(): number {
		const t = peek();
		if (t?.kind === 'num') {
			p++;
			return t.value;
		}
		if (isOp('(')) {
			p++;
			const value = nested(expr);
			if (!isOp(')')) throw new CalcError(`a “)” was expected at ${where()}`);
			p++;
			return value;
		}
		throw new CalcError(`a number or “(” was expected at ${where()}`);
	}
	function nested(f: () => number): number {
		if (++depth > MAX_DEPTH) throw new CalcError(`more than ${MAX_DEPTH} levels of nesting`);
		const value = f();
		depth--;
		return value;
	}

	const value = expr();
	if (p < list.length) throw new CalcError(`unexpected ${where()}`);
	return value;
}

/** Evaluates an arithmetic expression, or says why it will not. */
export function calculate(expression: string): CalcResult {
	if (expression.length > MAX_EXPRESSION)
		return { ok: false, message: `the expression is longer than ${MAX_EXPRESSION} characters` };
	if (!expression.trim()) return { ok: false, message: 'the expression is empty' };
	try {
		const value = parse(tokens(expression));
		if (!Number.isFinite(value))
			return { ok: false, message: 'the result is too large (or not a number)' };
		return { ok: true, value };
	} catch (e) {
		if (e instanceof CalcError) return { ok: false, message: e.message };
		throw e;
	}
}

/** A result as a person writes it: 12 significant digits at most, so 0.1 + 0.2 reads 0.3. */
export function formatNumber(value: number): string {
	const rounded = Number(value.toPrecision(12));
	return Object.is(rounded, -0) ? '0' : String(rounded);
}
