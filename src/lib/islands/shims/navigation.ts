// $app/navigation for islands: pages without SvelteKit's router navigate the ordinary way.
export async function goto(url: string | URL): Promise<void> {
	location.assign(url);
}
