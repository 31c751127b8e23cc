// What a lesson may embed. Lessons import only from here.
export { default as Callout } from './Callout.svelte';
export { default as Calc } from './Calc.svelte';
export { default as Fact } from './Fact.svelte';
export { default as Term } from './Term.svelte';
export { default as DealMap } from './DealMap.svelte';
export { default as DealChart } from './DealChart.svelte';
export { default as IndicatorChart } from './IndicatorChart.svelte';
export { default as Timeline } from './Timeline.svelte';
export { default as ValueChain } from './ValueChain.svelte';
