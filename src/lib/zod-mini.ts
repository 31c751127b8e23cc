// zod for the schemas shipped to the browser: `zod/mini`, the tree-shakable functional API of the
// same package (checks go in `.check(...)`, wrappers are functions: `z.optional(x)`), so a page
// downloads only the parts of zod its schemas use.
// Owns: registering zod's English messages. zod/mini loads no locale by itself, so every message
// without an `error` of its own would read "Invalid input"; classic zod registers this same locale
// on first use, so messages are the same whichever of the two runs first.
// Must not import: svelte, $app/*, browser globals.
import en from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';

z.config(en());

export { z };
