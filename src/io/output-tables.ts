import type { Build } from '../core/pipeline/run.js';
import type { PipelineState } from '../core/pipeline/types.js';
import { childrenOf, indicatorsOf, rootOf } from '../core/framework/tree.js';
import type { OutCell } from './csv-write.js';

/** A named output table: the same rows go to CSV and to an XLSX sheet. */
export interface OutputTable {
  name: string;
  header: string[];
  headerZh: string[];
  rows: OutCell[][];
  /**
   * Long tables (a row per node × region × year) also give their rows one at a time and their count: the
   * output writer streams them to CSV without ever holding the table, and `rows` is built only if read.
   */
  stream?: () => Iterable<OutCell[]>;
  rowCount?: number;
}

/** A table whose rows are produced on demand (see OutputTable.stream); reading `rows` materialises them once. */
export function lazyTable(table: Omit<OutputTable, 'rows' | 'stream' | 'rowCount'>, rowCount: number, stream: () => Iterable<OutCell[]>): OutputTable {
  let rows: OutCell[][] | undefined;
  return {
    ...table,
    rowCount,
    stream,
    get rows() {
      rows ??= [...stream()];
      return rows;
    },
  };
}

/** A table's rows, streamed when it can be. */
export function tableRows(table: Pick<OutputTable, 'rows' | 'stream'>): Iterable<OutCell[]> {
  return table.stream ? table.stream() : table.rows;
}

export function tableRowCount(table: Pick<OutputTable, 'rows' | 'rowCount'>): number {
  return table.rowCount ?? table.rows.length;
}

/**
 * The tables of DESIGN.md §5 from a Build: scores, weights, notes, and each step's output. Order is fixed
 * (index first, then lower levels; years ascending; regions in data order) so reruns are byte-identical.
 */
export function outputTables(build: Build): OutputTable[] {
  return [scoresTable(build), panelTable(build), weightsTable(build), notesTable(build), ...build.steps.map((s, k) => stepTable(build, s.id, s.op, build.trace[k + 1])), ...analysisTables(build)];
}

/** Each analysis table as `analyses/<id>` (its main table) or `analyses/<id>-<table>`, numbers at full precision. */
function analysisTables(build: Build): OutputTable[] {
  return (build.analyses ?? []).flatMap((a) => a.tables.map((t) => ({ name: `analyses/${a.id}${t.name ? `-${t.name}` : ''}`, header: t.header, headerZh: t.headerZh, rows: t.rows })));
}

function yearCell(build: Build, year: number): OutCell {
  return build.trace[0].panel.timeless ? '' : year;
}

export function scoresTable(build: Build): OutputTable {
  const { framework, regions, years, scores, ranks } = build.results;
  const nodes = [...framework.nodes].sort((a, b) => b.level - a.level).filter((node) => scores[node.code]);
  function* stream(): Generator<OutCell[]> {
    for (const node of nodes) {
      const score = scores[node.code];
      const rank = ranks[node.code];
      for (let t = 0; t < years.length; t++) {
        const year = yearCell(build, years[t]);
        for (let r = 0; r < regions.length; r++) {
          const i = t * regions.length + r;
          yield [regions[r].code, regions[r].name.zh, regions[r].name.en, year, node.code, node.level, score[i], rank[i]];
        }
      }
    }
  }
  const header = {
    name: 'scores',
    header: ['region', 'name_zh', 'name_en', 'year', 'node', 'level', 'score', 'rank'],
    headerZh: ['地区', '地区名称', '英文名称', '年份', '节点', '层级', '得分', '排名'],
  };
  return lazyTable(header, nodes.length * years.length * regions.length, stream);
}

/**
 * `panel.csv` for Stata (`import delimited`) and R (`read.csv`): a row per region × year with the region's
 * code, zh and en names, its group (`region4` when the data has it, else the first group column), then the
 * index and each pillar (the index's children) as score and rank columns named by node code
 * (`NQPF`, `NQPF_rank`, `TECH`, `TECH_rank` …). One header row of plain identifiers.
 */
export function panelTable(build: Build): OutputTable {
  const { framework, regions, years, scores, ranks } = build.results;
  const root = rootOf(framework);
  const nodes = [root, ...(childrenOf(framework).get(root.code) ?? [])].filter((n) => scores[n.code]);
  const groupKey = regions[0] && 'region4' in regions[0].groups ? 'region4' : Object.keys(regions[0]?.groups ?? {})[0];
  function* stream(): Generator<OutCell[]> {
    for (let t = 0; t < years.length; t++) {
      for (let r = 0; r < regions.length; r++) {
        const i = t * regions.length + r;
        const region = regions[r];
        yield [region.code, region.name.zh, region.name.en, yearCell(build, years[t]), groupKey ? region.groups[groupKey] ?? '' : '', ...nodes.flatMap((n) => [scores[n.code][i], ranks[n.code][i]])];
      }
    }
  }
  const columns = nodes.flatMap((n) => [n.code, `${n.code}_rank`]);
  return lazyTable(
    {
      name: 'panel',
      header: ['region', 'name_zh', 'name_en', 'year', 'group', ...columns],
      headerZh: ['地区', '地区名称', '英文名称', '年份', '分组', ...nodes.flatMap((n) => [n.name.zh, `${n.name.zh}排名`])],
    },
    years.length * regions.length,
    stream,
  );
}

function weightsTable(build: Build): OutputTable {
  return {
    name: 'weights',
    header: ['node', 'parent', 'level', 'weight', 'effective_weight'],
    headerZh: ['节点', '上级', '层级', '权重', '有效权重'],
    rows: build.results.weights.map((w) => [w.node, w.parent ?? '', w.level, w.weight, w.effectiveWeight]),
  };
}

function notesTable(build: Build): OutputTable {
  const all = [...build.loadNotes.map((n) => ({ ...n, step: n.step ?? 'load' })), ...build.steps.flatMap((s) => s.notes.map((n) => ({ ...n, step: s.id }))), ...(build.checks ?? []).map((n) => ({ ...n, step: 'check' }))];
  return {
    name: 'notes',
    header: ['step', 'code', 'region', 'year', 'indicator', 'method', 'value', 'from', 'detail'],
    headerZh: ['步骤', '类型', '地区', '年份', '指标', '方法', '值', '原值', '说明'],
    rows: all.map((n) => [n.step, n.code, n.region, n.year, n.indicator, n.method, n.value, n.from, n.detail]),
  };
}

/** What a step produced, in long form: data steps their indicator values, weight its weights, aggregate its scores. */
function stepTable(build: Build, id: string, op: string, state: PipelineState): OutputTable {
  const header = ['region', 'year', 'node', 'value'];
  const headerZh = ['地区', '年份', '节点', '值'];
  if (op === 'weight') {
    return { name: `steps/${id}`, header: ['node', 'weight'], headerZh: ['节点', '权重'], rows: Object.entries(state.weights).map(([k, v]) => [k, v]) };
  }
  const columns =
    op === 'aggregate' || op === 'rank'
      ? (op === 'rank' ? state.ranks : state.scores) ?? {}
      : op === 'normalize'
        ? state.normalized ?? {}
        : Object.fromEntries(indicatorsOf(state.framework).map((n) => [n.code, state.panel.columns[n.code]]));
  const { regions, years } = state.panel;
  function* stream(): Generator<OutCell[]> {
    for (const [code, column] of Object.entries(columns)) {
      for (let t = 0; t < years.length; t++) {
        const year = yearCell(build, years[t]);
        for (let r = 0; r < regions.length; r++) yield [regions[r].code, year, code, column[t * regions.length + r]];
      }
    }
  }
  return lazyTable({ name: `steps/${id}`, header, headerZh }, Object.keys(columns).length * years.length * regions.length, stream);
}
