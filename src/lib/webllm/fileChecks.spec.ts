import { describe, expect, it } from 'vitest';
import { emptyWasmModule } from '../../../scripts/fixtures/tiny-model.mjs';
import { contentProblem, maxFileBytes } from './fileChecks';

const enc = (s: string) => new TextEncoder().encode(s);
const library = { kind: 'library', name: 'lib.wasm' } as const;
const tokenizerJson = { kind: 'tokenizer', name: 'tokenizer.json' } as const;
const tokenizerModel = { kind: 'tokenizer', name: 'tokenizer.model' } as const;

describe('what each file must be', () => {
	it('a library is WebAssembly version 1: the test fixture’s module passes', () => {
		expect(contentProblem(library, new Uint8Array(emptyWasmModule(1024)))).toBeNull();
		expect(contentProblem(library, new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))).toBeNull();
	});

	it('a web page, random bytes, another version or nothing are not a library', () => {
		expect(contentProblem(library, enc('\n <!doctype html><html>Sign in</html>'))).toMatch(
			/web page \(HTML\)/
		);
		expect(contentProblem(library, new Uint8Array([7, 1, 2, 3, 4, 5, 6, 7, 8]))).toMatch(/\\0asm/);
		expect(contentProblem(library, new Uint8Array([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0]))).toMatch(
			/version 2/
		);
		expect(contentProblem(library, new Uint8Array([0, 0x61, 0x73]))).toMatch(/\\0asm/);
		expect(contentProblem(library, new Uint8Array())).toMatch(/empty/);
	});

	it('tokenizer.json is a whole JSON object; tokenizer.model anything but a page', () => {
		expect(contentProblem(tokenizerJson, enc(' {"model": {}}\n'))).toBeNull();
		expect(contentProblem(tokenizerJson, enc('<html>'))).toMatch(/web page/);
		expect(contentProblem(tokenizerJson, enc('[1, 2]'))).toMatch(/not a JSON object/);
		expect(contentProblem(tokenizerJson, enc('{"model": {"vocab": '))).toMatch(/cut short/);
		expect(contentProblem(tokenizerModel, new Uint8Array([0x0a, 0x0b, 0x00]))).toBeNull();
		expect(contentProblem(tokenizerModel, enc('<?xml version="1.0"?><Error/>'))).toMatch(
			/web page/
		);
	});

	it('shards and descriptions are checked elsewhere (size, field by field)', () => {
		expect(contentProblem({ kind: 'shard', name: 'p.bin' }, enc('<html>'))).toBeNull();
	});

	it('caps unknown sizes well above every real tokenizer and library', () => {
		// Gemma 3's tokenizer.json, the largest known, is about 33 MB.
		expect(maxFileBytes.tokenizer).toBeGreaterThan(2 * 33e6);
		expect(maxFileBytes.library).toBeGreaterThan(5 * 12e6);
		expect(maxFileBytes.library).toBeLessThanOrEqual(64 * 1024 * 1024);
	});
});
