// The map of Kazakhstan, drawn once at prerender time: the country outline from Natural Earth
// (public domain, via world-atlas) projected with d3-geo into an SVG path, and each deal's
// region centre projected to x/y. Server-only so the 750 KB atlas never reaches the browser;
// pages receive a path string and a few points.
import { geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import type { DealPoint, MapView } from '$lib/content/embeds';

/** ISO 3166-1 numeric code of Kazakhstan, the id world-atlas uses */
const KAZAKHSTAN = '398';
const WIDTH = 640;
const HEIGHT = 340;
const PAD = 12;

const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
const all = feature(topology, topology.objects.countries);
const kazakhstan = all.features.find((f) => String(f.id) === KAZAKHSTAN) as Feature<Geometry>;

// An equal-area conic centred on the country keeps regions' relative sizes honest.
const projection = geoConicEqualArea()
	.parallels([44, 52])
	.rotate([-67, 0])
	.fitExtent(
		[
			[PAD, PAD],
			[WIDTH - PAD, HEIGHT - PAD]
		],
		kazakhstan
	);

/** Rounds path numbers to whole units (1/640 of the width): invisible, and a page 40% lighter. */
function compact(path: string): string {
	return path.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))));
}

const outline = compact(geoPath(projection)(kazakhstan) ?? '');

export function kazakhstanMap(points: readonly DealPoint[]): MapView {
	const markers = points.map((p) => {
		const [x, y] = projection([p.coordinates[1], p.coordinates[0]]) ?? [0, 0];
		return { ...p, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
	});
	return { width: WIDTH, height: HEIGHT, outline, markers };
}
