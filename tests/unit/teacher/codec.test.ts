import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	crc32,
	fromBase64Url,
	packCode,
	toBase64Url,
	unpackCode,
	utf8
} from '../../../src/lib/teacher/codec.ts';

const opts = { tag: 'x', versions: [1], noun: 'test code', maxLength: 10_000 };

describe('base64url', () => {
	it('round-trips any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const text = toBase64Url(bytes);
				expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
				expect(fromBase64Url(text)).toEqual(bytes);
			})
		);
	});

	it('agrees with Node for the bytes it encodes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
				expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
			})
		);
	});

	it('rejects characters outside the alphabet and impossible lengths', () => {
		expect(fromBase64Url('ab+c')).toBeNull();
		expect(fromBase64Url('abcde')).toBeNull();
		expect(fromBase64Url('ab=')).toBeNull();
	});
});

describe('crc32', () => {
	it('gives the standard check value', () => {
		expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
	});
});

describe('packCode / unpackCode', () => {
	it('round-trips JSON values, with and without a dictionary', () => {
		const dictionary = utf8('"hello","world"');
		fc.assert(
			fc.property(fc.jsonValue(), fc.boolean(), (value, useDict) => {
				const dict = useDict ? dictionary : undefined;
				const code = packCode('x', 1, value, dict);
				const back = unpackCode(code, { ...opts, dictionary: dict });
				expect(back).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
			})
		);
	});

	it('ignores whitespace inserted by chat apps', () => {
		const code = packCode('x', 1, { a: 'some text that is long enough to compress, compress' });
		const wrapped = code.replace(/(.{10})/g, '$1\n  ');
		expect(unpackCode(wrapped, opts)).toEqual(unpackCode(code, opts));
		expect(unpackCode(wrapped, opts).ok).toBe(true);
	});

	it('says which kind of problem it found', () => {
		const code = packCode('x', 1, { a: 1 });
		expect(unpackCode('', opts)).toMatchObject({ ok: false, reason: 'empty' });
		expect(unpackCode('hello there', opts)).toMatchObject({ ok: false, reason: 'not-a-code' });
		expect(unpackCode(code.replace(/^x1/, 'y1'), opts)).toMatchObject({ reason: 'not-a-code' });
		expect(unpackCode(code.replace(/^x1/, 'x2'), opts)).toMatchObject({
			reason: 'unsupported-version',
			error: expect.stringMatching(/newer version/)
		});
		expect(unpackCode(code.slice(0, -3), opts)).toMatchObject({ reason: 'damaged' });
		expect(unpackCode('x1.' + 'A'.repeat(20_000), opts)).toMatchObject({ reason: 'too-long' });
	});

	it('needs the same dictionary to read a code', () => {
		const dictionary = utf8('"alpha","beta","gamma"');
		const code = packCode('x', 1, ['alpha', 'beta', 'gamma', 'alpha', 'beta', 'gamma'], dictionary);
		expect(unpackCode(code, { ...opts, dictionary }).ok).toBe(true);
		expect(unpackCode(code, opts).ok).toBe(false);
	});
});
