// The dataset version: a short hash of the data files' content, shown in the footer and stored
// with attempts and result codes. FNV-1a (32-bit) over UTF-8 bytes of the sorted files, with line
// endings normalised, so Node and the browser give the same value. Pure: no crypto APIs needed.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function fnv1a(bytes: Uint8Array, hash: number): number {
	for (const b of bytes) {
		hash ^= b;
		hash = Math.imul(hash, PRIME) >>> 0;
	}
	return hash;
}

/** 8 hex digits; depends only on the content/data/ files given (names and texts). */
export function datasetVersion(files: Record<string, string>, dir = 'content/data/'): string {
	const encoder = new TextEncoder();
	let hash = OFFSET;
	const names = Object.keys(files)
		.filter((p) => p.startsWith(dir))
		.sort();
	for (const name of names) {
		hash = fnv1a(encoder.encode(`${name.slice(dir.length)}\u0000`), hash);
		hash = fnv1a(encoder.encode(files[name].replace(/\r\n?/g, '\n') + '\u0000'), hash);
	}
	return hash.toString(16).padStart(8, '0');
}
