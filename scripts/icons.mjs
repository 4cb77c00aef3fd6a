// Draws the app icon as SVG and renders the PNG sizes the web manifest needs.
// Output goes to static/icons/ (generated, not committed): run by `npm run build`.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, writeFileSync } from 'node:fs';

/**
 * The mark: four probability bars of a next-token distribution, the tallest one "drawn"
 * (highlighted), and a spark above it. `inset` shrinks the mark for maskable icons, whose
 * outer 10 % may be cropped by the launcher.
 */
export function iconSvg({ inset = 0, rounded = true } = {}) {
	const s = 512;
	const k = 1 - 2 * inset;
	const t = (x) => (inset * s + x * k).toFixed(1);
	const bars = [
		{ x: 96, h: 300, fill: '#ffcf5a' },
		{ x: 196, h: 200, fill: '#7fd1ff' },
		{ x: 296, h: 130, fill: '#7fd1ff' },
		{ x: 396, h: 70, fill: '#7fd1ff' }
	];
	const base = 420;
	const w = 64 * k;
	const rects = bars
		.map(
			(b) =>
				`<rect x="${t(b.x - 32)}" y="${t(base - b.h)}" width="${w.toFixed(1)}" height="${(b.h * k).toFixed(1)}" rx="${(10 * k).toFixed(1)}" fill="${b.fill}"/>`
		)
		.join('');
	const cx = Number(t(128));
	const cy = Number(t(72));
	const r = 34 * k;
	const spark = `<path d="M${cx} ${cy - r} L${cx + r * 0.28} ${cy - r * 0.28} L${cx + r} ${cy} L${cx + r * 0.28} ${cy + r * 0.28} L${cx} ${cy + r} L${cx - r * 0.28} ${cy + r * 0.28} L${cx - r} ${cy} L${cx - r * 0.28} ${cy - r * 0.28} Z" fill="#ffffff"/>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${s} ${s}" width="${s}" height="${s}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#2b2f6b"/><stop offset="1" stop-color="#0f1226"/></linearGradient></defs>
<rect width="${s}" height="${s}" rx="${rounded ? 96 : 0}" fill="url(#bg)"/>
<rect x="${t(64)}" y="${t(base + 8)}" width="${(384 * k).toFixed(1)}" height="${(10 * k).toFixed(1)}" rx="${(5 * k).toFixed(1)}" fill="#c9ccff" opacity="0.6"/>
${rects}${spark}
</svg>`;
}

function png(svg, size) {
	return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

const dir = new URL('../static/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
const plain = iconSvg();
const maskable = iconSvg({ inset: 0.1, rounded: false });
writeFileSync(new URL('icon.svg', dir), plain);
writeFileSync(new URL('icon-192.png', dir), png(plain, 192));
writeFileSync(new URL('icon-512.png', dir), png(plain, 512));
writeFileSync(new URL('maskable-512.png', dir), png(maskable, 512));
writeFileSync(new URL('apple-touch-icon.png', dir), png(iconSvg({ rounded: false }), 180));
console.log('icons written to static/icons/');
