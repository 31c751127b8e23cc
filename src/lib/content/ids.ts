// How embeds read comma-separated id attributes ("a, b,c"). Its own tiny module so browser code
// can use it without pulling in the lesson parser (YAML, zod). Pure: no Svelte, $app or globals.

/** "a, b,c" -> ["a", "b", "c"] */
export function splitIds(attribute: string | undefined): string[] {
	return (attribute ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
}
