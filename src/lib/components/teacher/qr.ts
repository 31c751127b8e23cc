// A QR code as one SVG path (drawn by the page, never injected as HTML), from qrcode-generator.
// UI helper, pure: no storage, no globals.
import qrcode from 'qrcode-generator';

export interface QrShape {
	/** modules per side, including the quiet zone */
	size: number;
	/** an SVG path of the dark modules, one unit per module */
	path: string;
}

/** Error correction M (15%) keeps a projected code readable from the back of a room. */
export function qrShape(text: string, quietZone = 4): QrShape | undefined {
	try {
		const qr = qrcode(0, 'M');
		qr.addData(text, 'Byte');
		qr.make();
		const n = qr.getModuleCount();
		let path = '';
		for (let row = 0; row < n; row++)
			for (let col = 0; col < n; col++)
				if (qr.isDark(row, col)) path += `M${col + quietZone} ${row + quietZone}h1v1h-1z`;
		return { size: n + 2 * quietZone, path };
	} catch {
		// Too long for a QR code: the page shows the link only.
		return undefined;
	}
}
