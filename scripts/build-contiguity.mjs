#!/usr/bin/env node
// Derive queen contiguity among China's 31 provinces from the echarts 4.9.0 map (web/public/china.json)
// and write src/core/regions/china-contiguity.ts.
//
//   node scripts/build-contiguity.mjs [--check] [--report]
//
// Method: decode echarts' UTF-8-compressed geometry (the decodePolygon scheme of echarts 4: zigzag +
// delta coding, scale 1024), then call two provinces neighbours when some boundary vertex of one lies
// within TOLERANCE degrees of a boundary segment of the other. Queen = any shared point counts, even a
// corner. In this map neighbouring provinces share boundary vertices exactly (distance 0); the closest
// non-neighbours are Guangdong–Hainan 0.139° and Jiangsu–Henan 0.186°, so any tolerance well below 0.1°
// gives the same list (--report prints the distances). Hainan (460000) is an island: by the convention most Chinese spatial-econometrics papers
// use, it is joined to Guangdong (440000). Taiwan, Hong Kong and Macao are not in the registry.
// --check exits 1 when the TS file on disk differs from what would be written.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOLERANCE = 0.02; // degrees (≈ 2 km)
const ISLAND_LINKS = [['460000', '440000']];
const EXCLUDED = new Set(['710000', '810000', '820000']);

function decodeRing(encoded, offsets, scale) {
  const out = [];
  let px = offsets[0];
  let py = offsets[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += px;
    y += py;
    px = x;
    py = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

function rings(feature, scale) {
  const g = feature.geometry;
  if (g.type === 'Polygon') return g.coordinates.map((r, i) => decodeRing(r, g.encodeOffsets[i], scale));
  return g.coordinates.flatMap((poly, i) => poly.map((r, j) => decodeRing(r, g.encodeOffsets[i][j], scale)));
}

function pointSegment([x, y], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function bbox(rs) {
  let b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rs) for (const [x, y] of r) b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
  return b;
}

/** Smallest distance from a vertex of `a` to a segment of `b` (degrees), or Infinity past `cutoff`. */
function minDistance(a, b, cutoff) {
  let best = cutoff;
  for (const ra of a) for (const p of ra) for (const rb of b) for (let k = 0; k + 1 < rb.length; k++) {
    const [ax, ay] = rb[k];
    const [bx, by] = rb[k + 1];
    // Skip segments whose bounding box is farther than the best distance so far.
    if (p[0] < Math.min(ax, bx) - best || p[0] > Math.max(ax, bx) + best) continue;
    if (p[1] < Math.min(ay, by) - best || p[1] > Math.max(ay, by) + best) continue;
    const d = pointSegment(p, rb[k], rb[k + 1]);
    if (d < best) best = d;
  }
  return best < cutoff ? best : Infinity;
}

const json = JSON.parse(readFileSync(join(root, 'web/public/china.json'), 'utf8'));
const scale = json.UTF8Scale ?? 1024;
const provinces = json.features
  .filter((f) => !EXCLUDED.has(f.id))
  .map((f) => ({ code: f.id, name: f.properties.name, rings: json.UTF8Encoding ? rings(f, scale) : f.geometry.coordinates }))
  .sort((a, b) => Number(a.code) - Number(b.code));
if (provinces.length !== 31) throw new Error(`expected 31 provinces in china.json, got ${provinces.length}`);
for (const p of provinces) p.box = bbox(p.rings);

const neighbours = new Map(provinces.map((p) => [p.code, new Set()]));
const near = [];
for (let i = 0; i < provinces.length; i++) for (let j = i + 1; j < provinces.length; j++) {
  const a = provinces[i];
  const b = provinces[j];
  const pad = 0.5;
  if (a.box[0] > b.box[2] + pad || b.box[0] > a.box[2] + pad || a.box[1] > b.box[3] + pad || b.box[1] > a.box[3] + pad) continue;
  const d = Math.min(minDistance(a.rings, b.rings, pad), minDistance(b.rings, a.rings, pad));
  if (d < pad) near.push([d, a, b]);
  if (d <= TOLERANCE) {
    neighbours.get(a.code).add(b.code);
    neighbours.get(b.code).add(a.code);
  }
}
for (const [x, y] of ISLAND_LINKS) {
  neighbours.get(x).add(y);
  neighbours.get(y).add(x);
}

if (process.argv.includes('--report')) {
  near.sort((p, q) => p[0] - q[0]);
  for (const [d, a, b] of near) console.log(`${d.toFixed(5)}\t${d <= TOLERANCE ? 'neighbour' : '-'}\t${a.name}-${b.name}`);
}

const nameOf = new Map(provinces.map((p) => [p.code, p.name]));
const lines = provinces.map((p) => {
  const list = [...neighbours.get(p.code)].sort((x, y) => Number(x) - Number(y));
  return `  '${p.code}': [${list.map((c) => `'${c}'`).join(', ')}], // ${p.name}: ${list.map((c) => nameOf.get(c)).join(' ')}`;
});
const edges = [...neighbours.values()].reduce((s, n) => s + n.size, 0) / 2;
const ts = `/**
 * Queen contiguity among China's 31 provincial-level divisions (省级行政区), keyed by GB/T 2260 adcode.
 *
 * GENERATED by scripts/build-contiguity.mjs from web/public/china.json (echarts 4.9.0 map, Apache-2.0,
 * a schematic map 示意图): two provinces are neighbours when their boundaries come within
 * ${TOLERANCE} degrees of each other (queen: a shared corner counts). Do not edit by hand; rerun the script.
 *
 * Island convention: Hainan (460000) has no land border; it is joined to Guangdong (440000), as most
 * Chinese spatial-econometrics papers do, so that no row of a contiguity weight matrix is empty.
 * Taiwan, Hong Kong and Macao are not in the registry and have no entries.
 * ${edges} undirected links; the relation is symmetric.
 */
export const CHINA_CONTIGUITY: Readonly<Record<string, readonly string[]>> = {
${lines.join('\n')}
};

/** The island links added by convention (not derived from shared boundaries). */
export const CHINA_CONTIGUITY_ISLAND_LINKS: readonly (readonly [string, string])[] = [${ISLAND_LINKS.map(([x, y]) => `['${x}', '${y}']`).join(', ')}];
`;

const target = join(root, 'src/core/regions/china-contiguity.ts');
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== ts) {
    console.error(`${target} is out of date: rerun node scripts/build-contiguity.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(target, ts, 'utf8');
  console.log(`wrote ${target} (${edges} links)`);
}
