// How a <Term> behaves: its definition shows on hover and on keyboard focus, and Escape hides it
// without moving focus (WCAG 1.4.13). Attached by Term.svelte when a page is hydrated, and by the
// lesson island on lesson pages, which are not.
export function termTip(term: HTMLElement): () => void {
	const tip = term.querySelector<HTMLElement>('[role="tooltip"]');
	if (!tip) return () => {};
	const show = () => (tip.hidden = false);
	const hide = () => (tip.hidden = true);
	const onKeydown = (e: KeyboardEvent) => {
		if (e.key === 'Escape' && !tip.hidden) {
			hide();
			e.stopPropagation();
		}
	};
	const listeners = [
		['mouseenter', show],
		['mouseleave', hide],
		['focusin', show],
		['focusout', hide],
		['keydown', onKeydown]
	] as const;
	for (const [type, f] of listeners) term.addEventListener(type, f as EventListener);
	return () => {
		for (const [type, f] of listeners) term.removeEventListener(type, f as EventListener);
	};
}

/** Every term inside `root` (a lesson page), for pages that are not hydrated. */
export function termTips(root: ParentNode): () => void {
	const stops = [...root.querySelectorAll<HTMLElement>('[data-term]')].map(termTip);
	return () => stops.forEach((stop) => stop());
}
