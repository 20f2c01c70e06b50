// Draws the toolbar and store icons (icons/icon-{16,32,48,128}.png) with no
// image library: each pixel is supersampled against a few shapes and written
// as an RGBA PNG with node:zlib. Run: node scripts/icons.mjs
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The sizes Chrome and Firefox ask for (toolbar 16/32, management page 48, store 128). */
const SIZES = [16, 32, 48, 128];
/** Samples per pixel side; 4×4 is enough for smooth edges at 16 px. */
const SUPERSAMPLE = 4;
/** Teal badge: readable on light and dark toolbars alike. */
const BACKGROUND = [15, 118, 110];
const FOREGROUND = [255, 255, 255];
/** Corner radius of the badge, as a share of the icon side. */
const CORNER = 0.22;

/** Inside test for a rounded square covering the unit square. */
function inBadge(x, y) {
  const dx = Math.max(CORNER - x, 0, x - (1 - CORNER));
  const dy = Math.max(CORNER - y, 0, y - (1 - CORNER));
  return dx * dx + dy * dy <= CORNER * CORNER;
}

function inTriangle(px, py, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (px - bx) * (ay - by) - (ax - bx) * (py - by);
  const d2 = (px - cx) * (by - cy) - (bx - cx) * (py - cy);
  const d3 = (px - ax) * (cy - ay) - (cx - ax) * (py - ay);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

/** One opening quotation mark (a “66” shape drawn as a disc with a tail rising to the upper right). */
function inMark(x, y, cx, cy) {
  const r = 0.115;
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
  // The tail is a quadrilateral (two triangles) so it keeps some width at 16 px.
  const a = [cx - r, cy];
  const b = [cx + r * 0.2, cy - r * 0.6];
  const c = [cx + r * 1.0, cy - r * 2.3];
  const d = [cx + r * 0.1, cy - r * 2.5];
  return inTriangle(x, y, a, b, c) || inTriangle(x, y, a, c, d);
}

function inGlyph(x, y) {
  return inMark(x, y, 0.34, 0.6) || inMark(x, y, 0.64, 0.6);
}

function pixels(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 = none
    for (let px = 0; px < size; px++) {
      let badge = 0;
      let glyph = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!inBadge(x, y)) continue;
          badge++;
          if (inGlyph(x, y)) glyph++;
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const g = badge ? glyph / badge : 0;
      const o = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[o + c] = Math.round(BACKGROUND[c] * (1 - g) + FOREGROUND[c] * g);
      row[o + 3] = Math.round((badge / n) * 255);
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(path.join(root, "icons"), { recursive: true });
for (const size of SIZES) writeFileSync(path.join(root, "icons", `icon-${size}.png`), png(size));
console.error(`wrote icons/icon-{${SIZES.join(",")}}.png`);
