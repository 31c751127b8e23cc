// The progress domain's public surface: schemas and types, pure updates, mastery, review (FSRS),
// merge, backup, selectors. Must not import: svelte, $app/*, browser globals.
export * from './schema.ts';
export * from './document.ts';
export * from './mastery.ts';
export * from './review.ts';
export * from './migrate.ts';
export * from './merge.ts';
export * from './backup.ts';
export * from './selectors.ts';
