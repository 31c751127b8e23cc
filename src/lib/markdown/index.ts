// What a lesson may embed. Lessons import only from here.
export { default as Callout } from './Callout.svelte';
