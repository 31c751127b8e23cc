// $app/paths for islands. The base path is read from where this script was served: islands live
// at <base>/_app/immutable/islands/, so everything before /_app/ is the base.
export const base = new URL(import.meta.url).pathname.split('/_app/immutable/')[0];
export const assets = base;

/** Like SvelteKit's resolve(): a route id with its [params] filled in, under the base path. */
export function resolve(id: string, params: Record<string, string> = {}): string {
	return (
		base +
		id.replace(/\[(\w+)\]/g, (_, name: string) => {
			const value = params[name];
			if (!value) throw new Error(`Missing parameter '${name}' in route ${id}`);
			return value;
		})
	);
}

export function asset(file: string): string {
	return base + file;
}
