#!/usr/bin/env node
// Draws media/icon.png (128×128): a page with text lines and a check mark on Leaddocs blue.
// Pure Node (zlib) so it needs no image tools; run it again after changing the drawing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { repoRoot } from './toolPaths.mjs';

const SIZE = 128;
const BLUE = [31, 58, 95, 255];
const PAGE = [245, 247, 250, 255];
const INK = [120, 136, 160, 255];
const GREEN = [46, 160, 67, 255];
const CLEAR = [0, 0, 0, 0];

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), SIZE - 1 - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function nearSegment(x, y, [ax, ay], [bx, by], halfWidth) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - (ax + t * (bx - ax))) ** 2 + (y - (ay + t * (by - ay))) ** 2 <= halfWidth ** 2;
}

function colourAt(x, y) {
  if (nearSegment(x, y, [58, 88], [74, 104], 7) || nearSegment(x, y, [74, 104], [108, 62], 7)) return GREEN;
  const onPage = x >= 30 && x <= 90 && y >= 18 && y <= 110;
  if (onPage) {
    const textLine = x >= 40 && x <= 80 && [34, 48, 62].some((top) => y >= top && y < top + 6);
    return textLine ? INK : PAGE;
  }
  return insideRoundedSquare(x, y, 22) ? BLUE : CLEAR;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const rows = [];
for (let y = 0; y < SIZE; y += 1) {
  rows.push(0); // filter: none
  for (let x = 0; x < SIZE; x += 1) rows.push(...colourAt(x, y));
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.from(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const target = path.join(repoRoot, 'media', 'icon.png');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, png);
console.log(`${path.relative(repoRoot, target)}: ${png.length} bytes`);
