// The quiz map's projection: a plain equirectangular view of Kazakhstan, scaled by the cosine of
// its middle latitude so shapes are not stretched. Shared by the server (which draws the country
// outline once at build time) and the region-pick view (which places region markers), so both
// line up. Pure: no Svelte, $app or browser globals.

export const MAP_BOUNDS = { west: 46, east: 88, south: 40, north: 56 } as const;
const MID_LAT = ((MAP_BOUNDS.north + MAP_BOUNDS.south) / 2) * (Math.PI / 180);
const X_SCALE = Math.cos(MID_LAT);

export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = Math.round(
	(MAP_WIDTH * (MAP_BOUNDS.north - MAP_BOUNDS.south)) /
		((MAP_BOUNDS.east - MAP_BOUNDS.west) * X_SCALE)
);

/** [x, y] in the map's viewBox (0..MAP_WIDTH, 0..MAP_HEIGHT) for a latitude and longitude. */
export function project(lat: number, lon: number): [number, number] {
	const x = ((lon - MAP_BOUNDS.west) / (MAP_BOUNDS.east - MAP_BOUNDS.west)) * MAP_WIDTH;
	const y = ((MAP_BOUNDS.north - lat) / (MAP_BOUNDS.north - MAP_BOUNDS.south)) * MAP_HEIGHT;
	return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
