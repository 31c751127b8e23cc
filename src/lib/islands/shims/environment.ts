// $app/environment for islands, which only ever run in the browser of a built site.
export const browser = true;
export const dev = false;
export const building = false;
export const version = '';
