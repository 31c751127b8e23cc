// The text envelope shared by assignment links and result codes: "<tag><version>.<payload>", where
// payload is base64url of [format byte][body][CRC-32 of the JSON text]. The body is the JSON text,
// deflated when that is shorter. Owns bytes, checksums and the envelope's error messages; knows
// nothing about what the JSON means. Pure: must not import Svelte, $app or browser globals.
import { deflateSync, inflateSync } from 'fflate';

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: string; reason: CodeFault };

/** Why a text could not be read; the gradebook uses it to label flagged entries. */
export type CodeFault = 'empty' | 'not-a-code' | 'unsupported-version' | 'damaged' | 'too-long';

const FORMAT_RAW = 0;
const FORMAT_DEFLATE = 1;

/** Deeper JSON than any real code or file is refused before recursive code (zod, JSON.stringify)
 * could overflow the stack on it. */
export const MAX_JSON_DEPTH = 32;

/** Decoded JSON text is never allowed to grow past this, so a crafted code cannot exhaust memory. */
const MAX_JSON_BYTES = 256 * 1024;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i] as const));

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const b0 = bytes[i];
		const b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
		const b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
		const n = (b0 << 16) | (b1 << 8) | b2;
		out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
		if (i + 1 < bytes.length) out += B64[(n >> 6) & 63];
		if (i + 2 < bytes.length) out += B64[n & 63];
	}
	return out;
}

/** Returns null when the text is not canonical unpadded base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let o = 0;
	for (let i = 0; i < text.length; i += 4) {
		const chunk = text.slice(i, i + 4);
		let n = 0;
		for (let j = 0; j < 4; j++) {
			const v = j < chunk.length ? B64_INDEX.get(chunk[j]) : 0;
			if (v === undefined) return null;
			n = (n << 6) | v;
		}
		out[o++] = (n >> 16) & 255;
		if (chunk.length > 2) out[o++] = (n >> 8) & 255;
		if (chunk.length > 3) out[o++] = n & 255;
		// Leftover bits must be zero, so each byte string has exactly one spelling.
		if (chunk.length === 2 && (n & 0xffff) !== 0) return null;
		if (chunk.length === 3 && (n & 0xff) !== 0) return null;
	}
	return out;
}

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 (IEEE 802.3, as in zip and PNG). */
export function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 255] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Whether parsed JSON nests no deeper than `limit`; iterative, so it is safe on any input. */
export function withinDepth(value: unknown, limit = MAX_JSON_DEPTH): boolean {
	const stack: [unknown, number][] = [[value, 0]];
	while (stack.length) {
		const [v, depth] = stack.pop()!;
		if (v === null || typeof v !== 'object') continue;
		if (depth >= limit) return false;
		for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
	}
	return true;
}

export function utf8(text: string): Uint8Array {
	return encoder.encode(text);
}

/**
 * Packs a JSON-serialisable value into "<tag><version>.<base64url>". A preset dictionary (text
 * likely to occur, such as lesson slugs) shortens short codes a lot; it is part of a version's
 * format and must never change once released.
 */
export function packCode(
	tag: string,
	version: number,
	value: unknown,
	dictionary?: Uint8Array
): string {
	const json = utf8(JSON.stringify(value));
	const deflated = deflateSync(json, { level: 9, ...(dictionary ? { dictionary } : {}) });
	const useDeflate = deflated.length < json.length;
	const body = useDeflate ? deflated : json;
	const bytes = new Uint8Array(1 + body.length + 4);
	bytes[0] = useDeflate ? FORMAT_DEFLATE : FORMAT_RAW;
	bytes.set(body, 1);
	new DataView(bytes.buffer).setUint32(1 + body.length, crc32(json));
	return `${tag}${version}.${toBase64Url(bytes)}`;
}

export interface UnpackOptions {
	tag: string;
	/** versions this build can read */
	versions: readonly number[];
	/** what the thing is called in messages, e.g. "result code" */
	noun: string;
	maxLength: number;
	/** the preset deflate dictionary of this version, if it has one */
	dictionary?: Uint8Array;
}

/**
 * Reads a packed code. Whitespace anywhere is ignored, because chat apps and e-mail wrap long
 * words. Never throws: every failure is a plain message and a fault kind.
 */
export function unpackCode(input: string, opts: UnpackOptions): Decoded<unknown> {
	const fail = (reason: CodeFault, error: string): Decoded<unknown> => ({
		ok: false,
		reason,
		error
	});
	if (typeof input !== 'string') return fail('not-a-code', `This is not a Corridor ${opts.noun}.`);
	if (input.length > opts.maxLength * 4)
		return fail('too-long', `This text is too long to be a Corridor ${opts.noun}.`);
	const text = input.replace(/\s+/g, '');
	if (text === '') return fail('empty', `The ${opts.noun} is empty.`);
	if (text.length > opts.maxLength)
		return fail('too-long', `This text is too long to be a Corridor ${opts.noun}.`);
	const head = /^([a-z-]+?)(\d{1,6})\.(.*)$/i.exec(text);
	if (!head || head[1].toLowerCase() !== opts.tag.toLowerCase())
		return fail('not-a-code', `This is not a Corridor ${opts.noun}.`);
	const version = Number(head[2]);
	if (!opts.versions.includes(version)) {
		const newest = Math.max(...opts.versions);
		return version > newest
			? fail(
					'unsupported-version',
					`This ${opts.noun} was made by a newer version of Corridor (format ${version}). Reload the page to get the latest version, then try again.`
				)
			: fail(
					'unsupported-version',
					`This ${opts.noun} uses format ${version}, which this version of Corridor cannot read.`
				);
	}
	const damaged = () =>
		fail(
			'damaged',
			`This ${opts.noun} is damaged: some characters are missing or changed. Ask for it to be copied again in full.`
		);
	const bytes = fromBase64Url(head[3]);
	if (!bytes || bytes.length < 6) return damaged();
	const body = bytes.subarray(1, bytes.length - 4);
	const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 4);
	let json: Uint8Array;
	if (bytes[0] === FORMAT_RAW) json = body;
	else if (bytes[0] === FORMAT_DEFLATE) {
		try {
			// One byte more than the limit tells an over-long output from one that fits exactly.
			json = inflateSync(body, {
				out: new Uint8Array(MAX_JSON_BYTES + 1),
				...(opts.dictionary ? { dictionary: opts.dictionary } : {})
			});
		} catch {
			return damaged();
		}
		if (json.length > MAX_JSON_BYTES) return damaged();
	} else return damaged();
	if (crc32(json) !== expected) return damaged();
	let value: unknown;
	try {
		value = JSON.parse(decoder.decode(json));
	} catch {
		return damaged();
	}
	return withinDepth(value)
		? { ok: true, value }
		: fail('damaged', `This ${opts.noun} is damaged: it is not in the expected shape.`);
}
