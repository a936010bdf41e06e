import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Node {
  code: string;
  name: { zh: string; en: string };
  parent?: string;
  direction?: number;
  weight?: number;
  data?: string;
  unit?: string;
  source?: string;
}
interface FrameworkFile {
  code: string;
  name: { zh: string; en: string };
  description: { zh: string; en: string };
  sources: { cite: string; url?: string }[];
  nodes: Node[];
}

const header = (file: string) => readFileSync(resolve(root, 'data', file), 'utf8').replace(/^\ufeff/, '').split('\n')[0].split(',');
const columns: Record<string, Set<string>> = { bundled: new Set(header('china-provinces.csv')), world: new Set(header('world.csv')) };
// The four frameworks of issue 4; other files in frameworks/ are checked by their own tests.
const files = ['nqpf-four-pillars.yaml', 'nqpf-tech-green-digital.yaml', 'nqpf-three-factors.yaml', 'wdi-nqpf.yaml'];
const load = (file: string) => parse(readFileSync(resolve(root, 'frameworks', file), 'utf8')) as FrameworkFile;

describe('bundled frameworks', () => {
  it('frameworks/: holds the four bundled NQPF framework files', () => {
    expect(readdirSync(resolve(root, 'frameworks'))).toEqual(expect.arrayContaining(files));
  });

  it.each(files)('%s: code matches the file name; names, description and sources present', (file) => {
    const fw = load(file);
    expect(fw.code).toBe(file.replace(/\.yaml$/, ''));
    expect(fw.name.zh && fw.name.en).toBeTruthy();
    expect(fw.description.zh && fw.description.en).toBeTruthy();
    expect(fw.sources.length).toBeGreaterThan(0);
    for (const s of fw.sources) expect(s.cite.length).toBeGreaterThan(10);
  });

  it.each(files)('%s: one root, unique codes, parents exist, no cycles', (file) => {
    const { nodes } = load(file);
    const codes = nodes.map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(nodes.filter((n) => !n.parent)).toHaveLength(1);
    const byCode = new Map(nodes.map((n) => [n.code, n]));
    for (const n of nodes) {
      expect(n.name.zh && n.name.en, n.code).toBeTruthy();
      const seen = new Set<string>();
      for (let p = n.parent; p; p = byCode.get(p)!.parent) {
        expect(byCode.has(p), `${n.code} → ${p}`).toBe(true);
        expect(seen.has(p)).toBe(false);
        seen.add(p);
      }
    }
  });

  it.each(files)('%s: every indicator has a direction, a positive weight and a data mark matching the bundled columns', (file) => {
    const { nodes } = load(file);
    const parents = new Set(nodes.map((n) => n.parent));
    const indicators = nodes.filter((n) => !parents.has(n.code));
    expect(indicators.length).toBeGreaterThan(10);
    for (const n of indicators) {
      expect([1, -1], n.code).toContain(n.direction);
      expect(n.weight, n.code).toBeGreaterThan(0);
      expect(['bundled', 'world', 'none'], n.code).toContain(n.data);
      if (n.data === 'bundled' || n.data === 'world') expect(columns[n.data].has(n.code), `${n.code} in ${n.data} data`).toBe(true);
      if (n.data === 'none') expect(columns.bundled.has(n.code) || columns.world.has(n.code), `${n.code} marked none`).toBe(false);
    }
    for (const n of nodes.filter((m) => parents.has(m.code))) expect(n.data, n.code).toBeUndefined();
  });

  it('frameworks: less-is-better indicators point down (energy, CO2, SO2, water, PM2.5)', () => {
    for (const file of files) {
      for (const n of load(file).nodes) {
        if (/^(energy_intensity|co2_|so2_|water_intensity|pm25_)/.test(n.code)) expect(n.direction, `${file}:${n.code}`).toBe(-1);
      }
    }
  });

  it('frameworks: an indicator code means the same thing (name, unit, direction) in every framework', () => {
    const seen = new Map<string, Node>();
    for (const file of files) {
      for (const n of load(file).nodes) {
        if (n.direction === undefined) continue;
        const first = seen.get(n.code);
        if (first) expect({ name: n.name, unit: n.unit, direction: n.direction }, `${file}:${n.code}`).toEqual({ name: first.name, unit: first.unit, direction: first.direction });
        else seen.set(n.code, n);
      }
    }
  });
});
