import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { contentGuard } from './scripts/vite-content-guard.ts';
import { islands } from './scripts/vite-islands.ts';

export default defineConfig({
	plugins: [contentGuard(), islands(), sveltekit()],
	// A cache per checkout (not inside node_modules, which several checkouts may share).
	cacheDir: '.vite',
	preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4273), strictPort: true },
	server: { host: '127.0.0.1', port: 5273 },
	test: {
		coverage: { provider: 'v8', include: ['src/**/*.{ts,svelte}'] },
		projects: [
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['./src/vitest-setup-client.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			}
		]
	}
});
