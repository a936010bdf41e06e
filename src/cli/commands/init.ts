import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { NqpfError, type Lang } from '../../core/index.js';
import { PACKAGE_ROOT } from '../../io/node/files.js';
import { makeFolder } from '../../io/node/output-folder.js';

const TEMPLATES = {
  china: {
    framework: 'frameworks/nqpf-four-pillars.yaml',
    spec: (lang: Lang) => `# ${lang === 'zh' ? '新质生产力指数：编辑 framework.yaml 的指标与权重，或换成自己的数据（宽表或长表 CSV/XLSX）' : 'NQPF index: edit the indicators and weights in framework.yaml, or point data at your own CSV/XLSX (wide or long)'}
name: { zh: 我的新质生产力指数, en: My NQPF index }
framework: { path: framework.yaml, missing: drop }
data: { path: "nqpf:data/china-provinces.csv", regions: china-provinces }
seed: 42
steps:
  - { op: normalize, method: min-max, params: { range: [0, 1], pooled: true } }
  - { op: weight, method: entropy, params: { shift: 0.0001, pooled: true, scope: all } }
  - { op: aggregate, method: arithmetic }
`,
  },
} as const;

/** `nqpf init DIR`: a starter spec and an editable copy of a bundled framework, in an empty folder. */
export function registerInit(program: Command, lang: Lang): void {
  program
    .command('init')
    .description('write a starter spec and an editable framework into a new folder')
    .argument('<dir>', 'folder to create (must be empty or absent)')
    .action((dir: string) => {
      if (existsSync(dir) && readdirSync(dir).length > 0) throw new NqpfError('OUTPUT_EXISTS', { path: dir });
      const template = TEMPLATES.china;
      makeFolder(dir);
      copyFileSync(join(PACKAGE_ROOT, template.framework), join(dir, 'framework.yaml'));
      writeFileSync(join(dir, 'spec.yaml'), template.spec(lang));
      process.stdout.write(`${lang === 'zh' ? '已创建' : 'created'} ${join(dir, 'spec.yaml')}, ${join(dir, 'framework.yaml')}\n  nqpf run ${join(dir, 'spec.yaml')} --out ${join(dir, 'results')}\n`);
    });
}
