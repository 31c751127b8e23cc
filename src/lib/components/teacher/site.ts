// The site's real address (origin plus the base path it is hosted under), for the links and QR
// codes teachers hand out. Browser only: call it from event handlers or $effect, never in load.
import { base } from '$app/paths';

export function siteBase(): string {
	return `${location.origin}${base}`;
}
