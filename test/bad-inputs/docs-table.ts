// docs/bad-inputs.md is rendered from the corpus (test/bad-inputs/cases/*/case.yaml), so the table users
// read is the one the tests check. Rewrite it with `npx tsx test/bad-inputs/docs-table.ts`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCases, type BadInputCase } from './corpus.js';

export const DOCS_PATH = join(fileURLToPath(new URL('../../docs/bad-inputs.md', import.meta.url)));

const INTRO = `# Bad inputs: what nqpf answers / 错误输入：nqpf 如何回应

Users bring spreadsheets assembled by hand from yearbooks. nqpf never turns a bad cell into a silent
NaN and never leaves a half-written output: every problem below is answered with a located message
(\`file:row:column\` or a JSON Pointer into the spec such as \`/steps/0/params/range\`), exit code 1, no
stack trace, no output folder, and the input files untouched. \`nqpf validate\` reports every problem of
a file at once. Each row is a case of the test corpus \`test/bad-inputs/cases/\`, run through the real
CLI in English and Chinese (\`--lang zh\`); this page is rendered from it (\`npx tsx test/bad-inputs/docs-table.ts\`).

用户的数据多来自手工整理的统计年鉴。nqpf 不会把坏单元格悄悄变成 NaN，也不会留下写了一半的输出：下表每一类
问题都会得到带位置的提示（\`文件:行:列\` 或规格文件中的 JSON Pointer），退出码 1，没有堆栈，不写输出目录，
输入文件不被改动。\`nqpf validate\` 一次列出文件中的全部问题。

## Policies / 约定

- **Encodings / 编码**: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, else GB18030 (a
  superset of GBK, what Excel on Chinese Windows writes). UTF-16 without a BOM and files that mix UTF-8
  and GBK lines are refused rather than guessed.
- **Cleaning on request / 按需清洗** (\`data: { path: …, clean: true }\`): thousands separators (\`1,234\`),
  full-width digits and punctuation (\`１，２３４．５\`), trailing footnote marks (\`12.3*\`, \`12.3a\`) are
  cleaned and yearbook dashes (\`—\`, \`…\`, \`-\`, \`/\`) read as missing; every changed cell is a
  \`CELL_CLEANED\` row of \`notes.csv\` (file:row:column, the text before, the value after). Anything else
  (\`abc\`, \`12%\`) stays an error. Without \`clean\` all of these are errors.
- **Your own headers / 自己的表头**: a data column is matched to an indicator by the spec's \`data.columns\`
  map, by the indicator's code, or by its zh/en name — full-width forms, case, spaces and a trailing unit in
  brackets (\`R&D经费投入强度(%)\`, \`（亿元）\`) do not matter. Title rows above the header (a row with at most
  one filled cell) are skipped, or the header row is named: \`data: { header: 2 }\`. An unmatched indicator
  names its closest columns and all the data's columns; no match at all is said once.
  数据列与指标的对应：spec 的 \`data.columns\`、指标代码，或中英文名称（全角半角、大小写、空格、末尾括号中的单位均不影响）。
- **Where a spec may read / 规格能读取哪些文件**: files in its own folder; or, when a folder at or above it holds
  \`nqpf-project.yaml\` (\`nqpf init\` writes it), any file inside that project (\`specs/my.yaml\` reading
  \`../data/panel.csv\`, or an absolute path inside it). The marker is a file the user puts there, so it is
  the user's say: a spec received from elsewhere and saved in Downloads still reads only beside itself, and
  no spec reaches outside its project (symbolic links are judged by where they lead). A command-line flag
  was not chosen: every command (run, validate, sensitivity, diff, report) would need it, and a project
  is laid out once. \`nqpf:\` paths name files bundled with nqpf.
  规格默认只读取自己目录中的文件；其上层目录含 \`nqpf-project.yaml\`（由 \`nqpf init\` 写入）时，可读取该项目内的任何文件。
- **Missing without comment / 直接视为缺失**: empty cells, \`NA\`, \`N/A\`, \`NaN\`, \`..\`, \`null\`.
- **A level with one child / 只有一个下级的层级** is allowed, as in COINr (the aggregate equals its child);
  a \`FRAMEWORK_SINGLE_CHILD\` note in \`notes.csv\` records it.
- **Size / 大小**: input files over 64 MiB (\`MAX_INPUT_BYTES\`) are refused before any byte is read.
  YAML alias expansion is capped at 100 (billion-laughs inputs fail at once).
- **Limits / 上限** (issue 17): work is bounded by the data, not by what a file claims. A workbook is
  inflated with its real size counted as it inflates: an entry is stopped as soon as it passes the size it
  declares (a bomb costs no more memory than it admits to), and all entries together at 256 MiB; at most
  500,000 shared strings, 10 million cells a sheet and a grid of 20 million cells (rows that hold a cell ×
  columns from the first to the last); a cell holds at most 32,767 characters (Excel's limit; CSV too). Specs nest at most 100 levels; \`__proto__\` keys are refused. Work parameters
  have caps in the schema, and CLI flags obey the same caps: \`uncertainty.runs\` and \`--runs\` ≤ 1,000,000,
  \`--workers\` ≤ 64; optimised weights \`maxIterations\` ≤ 100,000; skew–kurtosis
  \`winmax\` ≤ 1,000; latest-value \`lookback\` ≤ 100 years; obstacle \`top\` and typology \`top\`,
  \`strengths\`, \`similar\` ≤ 100; typology \`clusters\` ≤ 50 and \`bands\` ≤ 10; Markov \`classes\` ≤ 20;
  kernel-density \`points\` ≤ 4,096; Moran and local-Moran \`permutations\` ≤ 99,999; k-nearest
  neighbours \`k\` ≤ 100; \`projection.to\` at most 50 years after the data (within 1000–9999);
  projection \`window\` ≤ 50; the lists \`steps\`, \`analyses\`, \`scenarios\`, \`paths\`, \`uncertainty.vary\`
  and \`data.also\` ≤ 100 entries each; \`data.header\` ≤ 1,000; ids that name files ≤ 64 characters. A build
  whose estimated memory (360 MiB + 40 bytes per value per step, calibrated against the peak RSS of
  county-panel runs to within −10 %…+30 %: src/core/pipeline/memory-estimate.ts) exceeds the machine's free memory (or \`NQPF_MEMORY_LIMIT_MB\`) is refused before
  it starts. Many problems of one kind are summarised (the first 20, then a count); text from data files
  is printed with control characters escaped and cut at 1,000 characters.
- **Output folder / 输出目录** (every command that writes: run, analyze, audit, report, diff, sensitivity,
  whatif): checked before any work starts, written to a temporary sibling \`.nqpf-tmp-*\` and renamed (never
  half-written), with \`nqpf-manifest.json\` listing every file nqpf wrote (size, SHA-256). An existing
  non-empty folder is refused; \`--force\` replaces it only when everything in it is listed in its manifest,
  so \`--force\` never deletes or overwrites a file of the user's own. An interrupted \`--force\` (Ctrl-C,
  SIGTERM) keeps the earlier output whole. File-system failures (a file on the path, a symbolic link, a name
  over 255 bytes, permission, a read-only or full disk, procfs) are one located sentence, never a stack trace.
- **Paths / 路径**: relative to the spec's folder and may not leave it (\`..\`, absolute paths, and
  symbolic links that lead outside are refused); \`nqpf:\` paths name bundled files.
`;

function cell(text: string): string {
  return text.trim().replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

/** An error as printed (without the `nqpf: error:` prefix); a success as "read", with the notes it leaves. */
function shown(c: BadInputCase, lang: 'en' | 'zh'): string {
  if (c.exit !== 0) return cell(c[lang].replace(/^nqpf: (error|错误): /gm, ''));
  const read = lang === 'en' ? 'read (exit 0)' : '正常读取（退出码 0）';
  return c.notes ? `${read}; notes.csv:<br>${cell(c.notes)}` : read;
}

export function renderDocs(cases: BadInputCase[]): string {
  const classes = [...new Set(cases.map((c) => c.class))];
  const sections = classes.map((name) => {
    const rows = cases
      .filter((c) => c.class === name)
      .map((c) => `| \`${c.slug}\` ${cell(c.title)} | ${cell(c.input)} | ${shown(c, 'en')} | ${shown(c, 'zh')} |`);
    return [`## ${name}`, '', '| case | input | message (en) | 提示 (zh) |', '|---|---|---|---|', ...rows].join('\n');
  });
  return `${INTRO}\n${sections.join('\n\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(DOCS_PATH, renderDocs(loadCases()));
}
