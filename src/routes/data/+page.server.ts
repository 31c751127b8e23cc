import {
	dealChart,
	dealPoints,
	sectorChart,
	sourceView,
	type SourceView
} from '$lib/content/embeds';
import { parseChangelog } from '$lib/content/changelog';
import { dealRows, partnerViews } from '$lib/content/explore';
import { formatIsoDate } from '$lib/content/format';
import { contentFiles, course, dataset } from '$lib/server/content';
import { kazakhstanMap } from '$lib/server/map';

export function load() {
	const deals = dealRows(dataset);
	const byProject = dealChart(dataset, 'investment');
	const bySector = sectorChart(dataset);
	const map = kazakhstanMap(dealPoints(dataset));
	const partners = partnerViews(dataset);

	// every source the page cites, numbered in order of first citation
	const facts = [
		...deals.flatMap((d) => [d.region, d.investment, d.jobs, d.status, d.agreementType]),
		...partners.flatMap((p) => p.known.map((k) => k.fact))
	].filter((f) => f !== undefined);
	const cited = [
		...facts.flatMap((f) => [...f.sources, ...f.otherReports.flatMap((r) => r.sources)]),
		...[...byProject.bars, ...bySector.bars].flatMap((b) => b.sources),
		...map.markers.flatMap((m) => m.sources)
	];
	const sources: Record<string, SourceView> = {};
	const sourceOrder: string[] = [];
	for (const id of cited) {
		if (sources[id]) continue;
		const v = sourceView(dataset, id, sourceOrder.length + 1);
		if (v) {
			sources[id] = v;
			sourceOrder.push(id);
		}
	}
	const changelog = parseChangelog(contentFiles['content/data/CHANGELOG.md'] ?? '');
	return {
		deals,
		byProject,
		bySector,
		map,
		partners,
		sources,
		sourceOrder,
		changelog,
		reportMistake: course.reportMistake ?? null,
		builtOn: formatIsoDate(new Date().toISOString().slice(0, 10))
	};
}
