// Draws the Puente icon (a bridge arch on a teal tile) as PNGs, with no image library.
// Run once: node scripts/make-icons.mjs; the PNGs are committed under public/icon/.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const s = 4; // supersampling
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < s; sy++)
        for (let sx = 0; sx < s; sx++) {
          const u = (x + (sx + 0.5) / s) / size,
            v = (y + (sy + 0.5) / s) / size;
          const rad = 0.18,
            dx = Math.max(rad - u, 0, u - (1 - rad)),
            dy = Math.max(rad - v, 0, v - (1 - rad));
          if (dx * dx + dy * dy > rad * rad) continue; // rounded tile
          let col = [15, 118, 110];
          // deck
          if (v > 0.62 && v < 0.7 && u > 0.1 && u < 0.9) col = [255, 255, 255];
          // arch: ring between two ellipses above the deck
          const ex = (u - 0.5) / 0.36,
            ey = (v - 0.66) / 0.4,
            ex2 = (u - 0.5) / 0.28,
            ey2 = (v - 0.66) / 0.31;
          if (v < 0.66 && ex * ex + ey * ey <= 1 && ex2 * ex2 + ey2 * ey2 > 1) col = [250, 204, 21];
          // piers
          if (v >= 0.7 && v < 0.86 && ((u > 0.18 && u < 0.25) || (u > 0.75 && u < 0.82))) col = [255, 255, 255];
          r += col[0];
          g += col[1];
          b += col[2];
          a += 255;
        }
      const n = s * s,
        o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? r / (a / 255) : 0;
      raw[o + 1] = a ? g / (a / 255) : 0;
      raw[o + 2] = a ? b / (a / 255) : 0;
      raw[o + 3] = a / n;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
console.log('icons written to public/icon/');
