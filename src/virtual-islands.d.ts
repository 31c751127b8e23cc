// Paths of the island scripts (scripts/vite-islands.ts), relative to the site's base.
declare module 'virtual:islands' {
	export const islands: { lesson: string };
}
