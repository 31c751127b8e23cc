// Preset deflate dictionaries, frozen per format version: changing one breaks every link or code
// already handed out, so a new dictionary needs a new version number. They hold text likely to
// occur (the course's lesson slugs and module ids, which the outline fixes as stable ids, and the
// quiz engine's response shapes); anything else still encodes, only less compactly.
// Pure: must not import Svelte, $app or browser globals.
import { utf8 } from './codec.ts';

const OUTLINE_IDS_V1 = [
	'the-deals',
	'the-astana-forum',
	'kinds-of-agreement',
	'deals-on-the-map',
	'adding-value',
	'deep-processing',
	'clusters-and-contract-farming',
	'the-raw-material-question',
	'building-industry',
	'import-substitution',
	'import-substitution-in-kazakhstan',
	'special-economic-zones',
	'corridors-and-power',
	'belt-and-road',
	'energy-and-coal',
	'investment-and-jobs'
];

/** Assignment links, version 1. */
export const ASSIGNMENT_DICTIONARY_V1 = utf8(
	OUTLINE_IDS_V1.map((s) => `"${s}",`).join('') + '],"practice","test",'
);

/** Result codes, version 1. */
export const RESULT_DICTIONARY_V1 = utf8(
	OUTLINE_IDS_V1.join(':') +
		':region-pick:deal-:region:investment:jobs:year:' +
		',[1,"A"],[1,"B"],[1,"C"],[1,"D"],[3,true],[3,false],[4,"],[5,["A","B","C","D"]],[6,{"a":"A","b":"B","c":"C"}],[2,["A","B"],[7,"],0,1,0,1,1,1]'
);
