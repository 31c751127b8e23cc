import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Domain modules must stay pure: no Svelte, no SvelteKit runtime, no browser globals.
const domainFolders = [
	'src/lib/content/**',
	'src/lib/quiz/**',
	'src/lib/progress/**',
	'src/lib/teacher/**',
	'src/lib/export/**'
];
const browserGlobals = [
	'window',
	'document',
	'localStorage',
	'sessionStorage',
	'navigator',
	'location',
	'history',
	'fetch',
	'indexedDB',
	'alert',
	'confirm'
].map((name) => ({ name, message: 'Domain modules are pure: pass this in as a parameter.' }));

export default ts.config(
	{
		ignores: [
			'build/',
			'build-subpath/',
			'.vite/',
			'.svelte-kit/',
			'node_modules/',
			'coverage/',
			'test-results/',
			'playwright-report/',
			'bench/',
			'content/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: domainFolders,
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'Domain modules must not import Svelte.' },
						{ group: ['$app/*'], message: 'Domain modules must not import SvelteKit runtime.' },
						{
							group: ['$lib/state/*', '$lib/components/*'],
							message: 'Domain modules sit below state and UI.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', ...browserGlobals]
		}
	}
);
