import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Command } from 'commander';
import { isNqpfError, NqpfError, NqpfErrors, type Lang } from '../../core/index.js';
import { draftIndicators } from '../../core/framework/draft-from-headers.js';
import { indicatorsOf } from '../../core/framework/tree.js';
import { readFrameworkFile } from '../../io/framework-file.js';
import { PACKAGE_ROOT, PROJECT_MARKER, readInput } from '../../io/node/files.js';
import { makeFolder } from '../../io/node/output-folder.js';
import { readPanel } from '../../io/read-panel.js';
import { readCsv, type Table } from '../../io/table.js';
import { readXlsx } from '../../io/xlsx-read.js';
import { frameworkYaml, projectMarker, specYaml, templateCsv } from '../init-templates.js';

export interface InitOptions {
  framework?: string;
  data?: string;
}

/**
 * `nqpf init DIR [--framework NAME | --data FILE]`: a project folder with its marker (nqpf-project.yaml,
 * so specs in subfolders may read ../data), a spec with `analyses:` and `uncertainty:` commented in, and
 * an editable framework. Without options the spec reads the bundled provinces data; with `--framework`
 * it also writes `data/template.csv` (region, year, one column per indicator) to fill; with `--data` it
 * copies the user's table into `data/` and drafts the framework from its headers (units from brackets,
 * directions proposed from the words, each marked for review).
 */
export function initProject(dir: string, options: InitOptions, lang: Lang): string[] {
  if (options.framework && options.data) throw new NqpfError('INIT_OPTIONS', {});
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new NqpfError('OUTPUT_EXISTS', { path: dir });
  const files = new Map<string, string | Uint8Array>();
  if (options.data) {
    const bytes = readInput(options.data, options.data);
    const table = readTable(bytes, options.data);
    const panel = readPanel(table, { clean: true }, []);
    const headers = Object.keys(panel.columns);
    const dataName = `data/${basename(options.data)}`;
    files.set(dataName, bytes);
    files.set('framework.yaml', frameworkYaml(draftIndicators(headers), lang));
    files.set('spec.yaml', specYaml({ data: dataName, regions: regionsOf(table), clean: needsCleaning(table) }, lang));
  } else {
    const frameworkPath = bundledFramework(options.framework ?? 'nqpf-four-pillars');
    files.set('framework.yaml', readFileSync(frameworkPath));
    if (options.framework) {
      const framework = readFrameworkFile(readFileSync(frameworkPath, 'utf8'), frameworkPath);
      files.set('data/template.csv', templateCsv(indicatorsOf(framework), lang));
      files.set('spec.yaml', specYaml({ data: 'data/template.csv', regions: 'china-provinces', clean: true }, lang));
    } else {
      files.set('spec.yaml', specYaml({ data: 'nqpf:data/china-provinces.csv', regions: 'china-provinces', clean: false, missingDrop: true }, lang));
    }
  }
  const ordered = new Map([[PROJECT_MARKER, projectMarker(lang)], ...files]);
  makeFolder(dir);
  for (const [name, content] of ordered) {
    if (name.includes('/')) makeFolder(join(dir, name, '..'));
    writeFileSync(join(dir, name), content);
  }
  return [...ordered.keys()].map((name) => join(dir, name));
}

function bundledFramework(name: string): string {
  const folder = join(PACKAGE_ROOT, 'frameworks');
  const known = readdirSync(folder).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
  if (!known.includes(name)) throw new NqpfError('INIT_UNKNOWN_FRAMEWORK', { name, known: known.join(', ') });
  return join(folder, `${name}.yaml`);
}

function readTable(bytes: Uint8Array, path: string): Table {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xls' || ext === '.xlsm') return readXlsx(bytes, path);
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return readCsv(bytes, path);
  throw new NqpfError('UNSUPPORTED_FILE_TYPE', { ext: ext || basename(path) }, { file: path });
}

/** `china-provinces` when every region of the table is a province the registry knows, else none. */
function regionsOf(table: Table): 'china-provinces' | undefined {
  try {
    readPanel(table, { regions: 'china-provinces', clean: true }, []);
    return 'china-provinces';
  } catch (e) {
    if (isNqpfError(e)) return undefined;
    throw e;
  }
}

/** Whether the table reads only with `clean: true` (thousands separators, dashes …). */
function needsCleaning(table: Table): boolean {
  try {
    readPanel(table, {}, []);
    return false;
  } catch (e) {
    if (!isNqpfError(e)) throw e;
    return (e instanceof NqpfErrors ? e.errors : [e as NqpfError]).some((error) => error.code === 'NON_NUMERIC_CLEANABLE');
  }
}

export function registerInit(program: Command, lang: Lang): void {
  program
    .command('init')
    .description('create a project folder: spec, editable framework, and a data template or a framework drafted from your data')
    .argument('<dir>', 'folder to create (must be empty or absent)')
    .option('--framework <name>', 'start from a bundled framework and write data/template.csv to fill (e.g. nqpf-four-pillars)')
    .option('--data <file>', 'start from your own CSV/XLSX: copy it to data/ and draft framework.yaml from its headers')
    .action((dir: string, opts: InitOptions) => {
      const created = initProject(dir, opts, lang);
      const spec = join(dir, 'spec.yaml');
      const next = opts.data
        ? lang === 'zh' ? `请检查 framework.yaml 中标有 "review" 的方向，然后：` : 'check the directions marked "review" in framework.yaml, then:'
        : opts.framework ? (lang === 'zh' ? '在 data/template.csv 中填入数据，然后：' : 'fill in data/template.csv, then:') : lang === 'zh' ? '下一步：' : 'next:';
      process.stdout.write(`${lang === 'zh' ? '已创建' : 'created'} ${created.join(', ')}\n${next}\n  nqpf validate ${spec}\n  nqpf run ${spec}\n`);
    });
}
