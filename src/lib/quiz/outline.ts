// The course outline's lesson slugs (fixed; see briefs/outline.md). Generators point questions at
// these lessons even before the lesson files exist. Pure: no Svelte, $app or browser globals.
export const OUTLINE_LESSONS = [
	'the-astana-forum',
	'kinds-of-agreement',
	'deals-on-the-map',
	'deep-processing',
	'clusters-and-contract-farming',
	'the-raw-material-question',
	'import-substitution',
	'import-substitution-in-kazakhstan',
	'special-economic-zones',
	'belt-and-road',
	'energy-and-coal',
	'investment-and-jobs'
] as const;
