// A Vite plugin that validates content/ before every build (and dev start), so malformed content
// fails `npm run build` with the same messages as `npm run validate`.
import type { Plugin } from 'vite';
import { validateAll } from './validate-all.ts';

export function contentGuard(root = process.cwd()): Plugin {
	return {
		name: 'corridor-content-guard',
		buildStart() {
			if (process.env.VITEST) return; // unit tests feed their own fixtures
			const result = validateAll(root);
			if (result.issues.length) this.error(result.message);
		}
	};
}
