import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSpec, run, type Build } from '../../src/core/index.js';
import { loadInputs, loadSpecFile } from '../../src/io/node/load.js';
import { REPO } from '../helpers/build.js';

export const ASEM_SPEC = join(REPO, 'specs/asem-minmax.yaml');
export const CHINA_SPEC = join(REPO, 'specs/china-provinces.yaml');
export const hasChinaSpec = existsSync(CHINA_SPEC);
export const XSS = '<img src=x onerror=alert(1)>';
export const FORMULA = '=HYPERLINK("http://x")';

/** Build a spec file, optionally renaming regions first (by position) to test escaping. */
export function buildFile(path: string, rename: Record<number, string> = {}): Build {
  const loaded = loadSpecFile(path);
  const spec = resolveSpec(loaded.document);
  const { inputs, notes } = loadInputs(spec.framework, spec.data, loaded.dir);
  const regions = inputs.panel.regions.map((r, k) => (rename[k] === undefined ? r : { ...r, name: { zh: rename[k], en: rename[k] } }));
  const build = run(loaded.document, { ...inputs, panel: { ...inputs.panel, regions } });
  return { ...build, loadNotes: [...notes, ...build.loadNotes] };
}
