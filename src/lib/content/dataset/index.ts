// Public API of the deal dataset: load and validate content/data/*.yaml, look facts up by key,
// and say which facts may be quiz answers. Pure: must not import Svelte, $app or browser globals.
export { loadDataset, walkFacts, DATA_DIR, RECORD_FILES } from './load.ts';
export type { Dataset, LoadResult, RecordType } from './load.ts';
export { getFact, isQuizUsable, isFactLike } from './facts.ts';
export type { FactIndex } from './facts.ts';
export { datasetVersion } from './version.ts';
export {
	datasetRefs,
	factKeysBySource,
	parseFactKey,
	byId,
	conflictingFactKeys,
	idValue,
	dealsBy
} from './queries.ts';
export * from './schema.ts';
