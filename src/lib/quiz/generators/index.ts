// Every generator family, in a fixed order (the order seeds quiz assembly, so keep it stable and
// add new families at the end). Pure: must not import Svelte, $app or browser globals.
import { agreementType } from './agreement-type.ts';
import { capitalIntensity } from './capital-intensity.ts';
import { largestDeal, rankDeals } from './compare-deals.ts';
import { conceptDeals, dealConcept } from './concepts.ts';
import { dealInvestment, dealJobs } from './deal-figure.ts';
import { dealRegion, dealRegionPick } from './deal-region.ts';
import type { Generator } from './family.ts';
import { forumFacts, forumShare } from './forum.ts';
import { indicatorValue, tradeReporter } from './indicators.ts';
import { productMaterial, productProject, rawMaterialShare } from './raw-materials.ts';
import { regionCentre } from './region-centre.ts';
import { regionDeal } from './region-deal.ts';
import { sezCreated, sezRegion } from './sez.ts';
import { timelineOrder, timelineYear } from './timeline.ts';
import { factTrueFalse } from './true-false.ts';

export const GENERATORS: readonly Generator[] = [
	dealRegion,
	dealRegionPick,
	regionDeal,
	dealInvestment,
	dealJobs,
	largestDeal,
	rankDeals,
	capitalIntensity,
	forumFacts,
	forumShare,
	productMaterial,
	rawMaterialShare,
	dealConcept,
	conceptDeals,
	factTrueFalse,
	sezRegion,
	sezCreated,
	timelineYear,
	timelineOrder,
	regionCentre,
	indicatorValue,
	tradeReporter,
	productProject,
	agreementType
];

export function generatorById(id: string): Generator | undefined {
	return GENERATORS.find((g) => g.id === id);
}

export type { Generator, GenerateOptions } from './family.ts';
