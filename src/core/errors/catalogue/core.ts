import type { Message } from '../messages.js';

/** Spec, file, framework, method and build messages. */
export const coreMessages: Record<string, Message> = {
  // spec
  SPEC_SCHEMA: { zh: '{detailZh}', en: '{detail}' },
  SPEC_UNKNOWN_KEY: { zh: '未知的键 "{key}"', en: 'unknown key "{key}"' },
  SPEC_PARSE: { zh: '无法解析 {format}：{detail}', en: 'cannot parse {format}: {detail}' },
  SPEC_DUPLICATE_STEP_ID: { zh: '步骤 id "{id}" 重复', en: 'duplicate step id "{id}"' },
  UNKNOWN_METHOD: {
    zh: '步骤 {op} 没有方法 "{method}"；可用：{known}',
    en: 'op {op} has no method "{method}"; known: {known}',
  },
  UNKNOWN_OP: { zh: '未知的步骤类型 "{op}"；可用：{known}', en: 'unknown op "{op}"; known: {known}' },
  METHOD_PARAMS: { zh: '参数错误：{detail}', en: 'bad parameter: {detail}' },
  PATH_OUTSIDE_SPEC: {
    zh: '路径 "{path}" 在规格文件所在目录之外',
    en: 'path "{path}" lies outside the spec\'s folder',
  },
  FILE_NOT_FOUND: { zh: '找不到文件 "{path}"', en: 'file not found "{path}"' },
  FILE_TOO_LARGE: {
    zh: '文件过大（{size} 字节，上限 {limit} 字节）',
    en: 'file too large ({size} bytes; limit {limit} bytes)',
  },
  YAML_ALIASES: { zh: 'YAML 别名展开过多（疑似“十亿笑”攻击）', en: 'too many YAML alias expansions (billion-laughs input)' },
  // files and tables
  EMPTY_FILE: { zh: '文件为空', en: 'empty file' },
  HEADER_ONLY: { zh: '只有表头，没有数据行', en: 'header only, no data rows' },
  ENCODING: { zh: '无法识别的编码：{detail}', en: 'unrecognised encoding: {detail}' },
  RAGGED_ROW: { zh: '该行有 {found} 列，表头有 {expected} 列', en: 'row has {found} cells, header has {expected}' },
  DUPLICATE_COLUMN: { zh: '列名 "{name}" 重复', en: 'duplicate column name "{name}"' },
  MISSING_COLUMN: { zh: '缺少列 {name}（可用：{known}）', en: 'missing column {name} (found: {known})' },
  NON_NUMERIC: { zh: '非数值 "{value}"', en: 'non-numeric value "{value}"' },
  NON_FINITE: { zh: '非有限数值 "{value}"', en: 'non-finite value "{value}"' },
  BAD_YEAR: { zh: '年份无效 "{value}"', en: 'invalid year "{value}"' },
  MISSING_REGION: { zh: '地区代码为空', en: 'empty region code' },
  DUPLICATE_ROW: {
    zh: '地区 {region} 年份 {year} 重复（首次出现在第 {first} 行）',
    en: 'duplicate row for region {region} year {year} (first at row {first})',
  },
  DUPLICATE_CELL: {
    zh: '地区 {region} 年份 {year} 指标 {indicator} 重复（首次出现在第 {first} 行）',
    en: 'duplicate value for region {region} year {year} indicator {indicator} (first at row {first})',
  },
  UNKNOWN_REGION: {
    zh: '未知的地区 "{name}"；最接近的：{suggestions}',
    en: 'unknown region "{name}"; closest known: {suggestions}',
  },
  XLSX_SHEET: { zh: '工作表 "{sheet}" 不存在（可用：{known}）', en: 'sheet "{sheet}" not found (found: {known})' },
  // framework
  FRAMEWORK_EMPTY: { zh: '指标体系没有节点', en: 'framework has no nodes' },
  FRAMEWORK_DUPLICATE_CODE: { zh: '节点代码 "{code}" 重复', en: 'duplicate node code "{code}"' },
  FRAMEWORK_MISSING_PARENT: {
    zh: '节点 "{code}" 的上级 "{parent}" 不存在',
    en: 'node "{code}" has parent "{parent}" which does not exist',
  },
  FRAMEWORK_CYCLE: { zh: '指标体系存在循环：{path}', en: 'framework has a cycle: {path}' },
  FRAMEWORK_ROOTS: {
    zh: '指标体系应有且仅有一个根节点（总指数），实际有 {count} 个：{codes}',
    en: 'framework needs exactly one root (the index); found {count}: {codes}',
  },
  FRAMEWORK_BAD_WEIGHT: { zh: '节点 "{code}" 的权重 {weight} 必须为正数', en: 'node "{code}" has weight {weight}; weights must be positive' },
  FRAMEWORK_BAD_DIRECTION: { zh: '节点 "{code}" 的方向 {direction} 必须为 1 或 -1', en: 'node "{code}" has direction {direction}; must be 1 or -1' },
  FRAMEWORK_LEVEL: {
    zh: '节点 "{code}" 的层级 {level} 与其下级不一致',
    en: 'node "{code}" has level {level}, inconsistent with its children',
  },
  FRAMEWORK_ORPHAN: { zh: '汇总节点 "{code}" 没有下级指标', en: 'aggregate "{code}" has no children' },
  INDICATOR_NOT_IN_DATA: {
    zh: '指标 "{code}" 在数据中不存在（可在 framework 中设 missing: drop 跳过缺失指标）',
    en: 'indicator "{code}" is not in the data (set framework missing: drop to skip absent indicators)',
  },
  DENOMINATOR_NOT_IN_DATA: { zh: '分母列 "{code}" 在数据中不存在', en: 'denominator column "{code}" is not in the data' },
  // methods
  CONSTANT_COLUMN: {
    zh: '指标 {indicator} 为常数（{detail}），无法使用 {method}；可删除该指标或设 params.constant',
    en: 'indicator {indicator} is constant ({detail}); {method} cannot scale it: drop it or set params.constant',
  },
  ALL_MISSING: { zh: '指标 {indicator} 全部缺失（{detail}）', en: 'indicator {indicator} has no values ({detail})' },
  NONPOSITIVE_INPUT: {
    zh: '{method} 需要正数，但 {node} 在 {region} {year} 的值为 {value}；{hint}',
    en: '{method} needs positive values but {node} is {value} for {region} {year}; {hint}',
  },
  NEGATIVE_INPUT: {
    zh: '{method} 需要非负数，但 {indicator} 在 {region} {year} 的值为 {value}；{hint}',
    en: '{method} needs non-negative values but {indicator} is {value} for {region} {year}; {hint}',
  },
  WEIGHTS_ZERO_SUM: { zh: '"{parent}" 的下级权重之和为 0', en: 'weights of the children of "{parent}" sum to 0' },
  BAD_WEIGHTS_TABLE: { zh: '权重表中的 "{code}" 不是指标体系中的节点', en: 'weight for "{code}", which is not a framework node' },
  TOO_FEW_REGIONS: { zh: '{method} 至少需要 {min} 个地区，实际 {count} 个', en: '{method} needs at least {min} regions; got {count}' },
  STEP_ORDER: { zh: '{op} 必须在 {before} 之前', en: '{op} must come before {before}' },
  MISSING_GROUP: { zh: '数据中没有分组 "{group}"（可用：{known}）', en: 'no region group "{group}" in the data (found: {known})' },
  // build
  REGENERATE_INPUTS: { zh: '输入数据已改变，无法增量重算', en: 'inputs changed; regenerate needs the same inputs' },
  OUTPUT_EXISTS: {
    zh: '输出目录 "{path}" 已存在且非空；使用 --force 整体替换',
    en: 'output folder "{path}" exists and is not empty; use --force to replace it whole',
  },
  INTERRUPTED: { zh: '已中断，未写出任何结果', en: 'interrupted; no output was written' },
};
