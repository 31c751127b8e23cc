// The map of Kazakhstan, drawn once at prerender time: the country outline from Natural Earth
// (public domain, via world-atlas) projected with d3-geo into an SVG path, and each deal's
// region centre projected to x/y. Server-only so the 750 KB atlas never reaches the browser;
// pages receive a path string and a few points.
import { geoConicEqualArea } from 'd3-geo';
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

type Pt = [number, number];

/** Douglas–Peucker: drops points closer than `tolerance` pixels to the line they sit on. */
function simplify(points: Pt[], tolerance: number): Pt[] {
	if (points.length < 3) return points;
	const [a, b] = [points[0], points[points.length - 1]];
	if (a[0] === b[0] && a[1] === b[1]) {
		// a closed ring: split it at the point farthest from its start
		let at = 1;
		for (let i = 1; i < points.length - 1; i++)
			if (
				Math.hypot(points[i][0] - a[0], points[i][1] - a[1]) >
				Math.hypot(points[at][0] - a[0], points[at][1] - a[1])
			)
				at = i;
		return [
			...simplify(points.slice(0, at + 1), tolerance).slice(0, -1),
			...simplify(points.slice(at), tolerance)
		];
	}
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len = Math.hypot(dx, dy) || 1;
	let far = 0;
	let at = 0;
	for (let i = 1; i < points.length - 1; i++) {
		const d = Math.abs(dy * points[i][0] - dx * points[i][1] + b[0] * a[1] - b[1] * a[0]) / len;
		if (d > far) [far, at] = [d, i];
	}
	if (far <= tolerance) return [a, b];
	return [
		...simplify(points.slice(0, at + 1), tolerance).slice(0, -1),
		...simplify(points.slice(at), tolerance)
	];
}

function ringArea(ring: Pt[]): number {
	let sum = 0;
	for (let i = 0; i < ring.length; i++) {
		const [x1, y1] = ring[i];
		const [x2, y2] = ring[(i + 1) % ring.length];
		sum += x1 * y2 - x2 * y1;
	}
	return Math.abs(sum / 2);
}

/**
 * A compact SVG path: rings simplified to within a pixel, islands too small to see dropped,
 * whole-pixel relative coordinates. About a fifth of d3's output, and the same at this size.
 */
function compactPath(rings: Pt[][]): string {
	let d = '';
	for (const ring of rings) {
		if (ringArea(ring) < 12) continue;
		const pts = simplify(ring, 0.7).map(([x, y]) => [Math.round(x), Math.round(y)] as Pt);
		let [px, py] = pts[0];
		d += `M${px},${py}`;
		for (const [x, y] of pts.slice(1)) {
			if (x === px && y === py) continue;
			d += `l${x - px},${y - py}`;
			[px, py] = [x, y];
		}
		d += 'z';
	}
	return d.replace(/,-/g, '-');
}

/** The outline's rings in view-box pixels. */
function projectedRings(geometry: Geometry): Pt[][] {
	const polygons =
		geometry.type === 'MultiPolygon'
			? geometry.coordinates
			: geometry.type === 'Polygon'
				? [geometry.coordinates]
				: [];
	return polygons.flatMap((polygon) =>
		polygon.map((ring) => ring.map((p): Pt => projection(p as Pt) ?? [0, 0]))
	);
}

const outline = compactPath(projectedRings(kazakhstan.geometry));

export function kazakhstanMap(points: readonly DealPoint[]): MapView {
	const markers = points.map((p) => {
		const [x, y] = projection([p.coordinates[1], p.coordinates[0]]) ?? [0, 0];
		return { ...p, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
	});
	return { width: WIDTH, height: HEIGHT, outline, markers };
}
