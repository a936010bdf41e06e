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
    zh: '路径 "{path}" 在规格文件所在目录之外：规格只能读取自己目录中的文件。若这是你自己的项目，在项目根目录放一个 {marker}（nqpf init 会写入），其下的规格即可读取项目内任何文件（如 ../data/panel.csv）；否则把数据移到规格文件旁边',
    en: 'path "{path}" lies outside the spec\'s folder: a spec reads only files in its own folder. If this is your own project, put a file {marker} at the project\'s root (nqpf init writes one): specs below it may then read any file inside the project (e.g. ../data/panel.csv); or move the data beside the spec',
  },
  PATH_OUTSIDE_PROJECT: {
    zh: '路径 "{path}" 在项目目录 {root} 之外（该目录由 {marker} 标记）；规格只能读取项目内的文件：请把文件移入项目',
    en: 'path "{path}" lies outside the project {root} (marked by its {marker}); specs read only files inside their project: move the file into it',
  },
  FILE_NOT_FOUND: { zh: '找不到文件 "{path}"', en: 'file not found "{path}"' },
  XLSX_TOO_LARGE: {
    zh: '工作簿解压后有 {size} 字节，超过上限 {limit} 字节（疑似压缩炸弹）',
    en: 'the workbook unpacks to {size} bytes, over the limit of {limit} (a zip bomb?)',
  },
  FILE_TOO_LARGE: {
    zh: '文件过大（{size} 字节，上限 {limit} 字节）',
    en: 'file too large ({size} bytes; limit {limit} bytes)',
  },
  YAML_ALIASES: { zh: 'YAML 别名展开过多（疑似“十亿笑”攻击）', en: 'too many YAML alias expansions (billion-laughs input)' },
  // files and tables
  EMPTY_FILE: { zh: '文件为空', en: 'empty file' },
  HEADER_ONLY: { zh: '只有表头，没有数据行', en: 'header only, no data rows' },
  RAGGED_ROW: { zh: '该行有 {found} 列，表头有 {expected} 列', en: 'row has {found} cells, header has {expected}' },
  DUPLICATE_COLUMN: { zh: '列名 "{name}" 重复', en: 'duplicate column name "{name}"' },
  MISSING_COLUMN: { zh: '缺少列 {name}（可用：{known}）', en: 'missing column {name} (found: {known})' },
  NON_NUMERIC: { zh: '非数值 "{value}"', en: 'non-numeric value "{value}"' },
  NON_NUMERIC_CLEANABLE: {
    zh: '非数值 "{value}"；在 spec 的 data 中设 clean: true 可读作 {cleaned}（千位分隔符、全角数字、脚注符号、“—”等，每个单元格记入 notes.csv）',
    en: 'non-numeric value "{value}"; set clean: true under data in the spec to read it as {cleaned} (thousands separators, full-width digits, footnote marks, dashes; each cell is logged in notes.csv)',
  },
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
    zh: '未知的地区 "{name}"；最接近的：{suggestions}。若是某地区的另一种写法，在 spec 的 data 中加别名：aliases: {"{name}": {example}}',
    en: 'unknown region "{name}"; closest known: {suggestions}. If it is another spelling of a known region, add an alias under data in the spec: aliases: {"{name}": {example}}',
  },
  FRAMEWORK_SINGLE_CHILD: {
    zh: '"{parent}" 只有一个下级 "{child}"：其得分等于该下级的得分（允许，与 COINr 相同）',
    en: '"{parent}" has one child "{child}": its score equals the child\'s (allowed, as in COINr)',
  },
  XLSX_SHEET: { zh: '工作表 "{sheet}" 不存在（可用：{known}）', en: 'sheet "{sheet}" not found (found: {known})' },
  ENCODING_UTF16_NO_BOM: {
    zh: '文件含 NUL 字节但没有字节顺序标记（BOM）：可能是无 BOM 的 UTF-16 或非文本文件；请另存为 UTF-8 或带 BOM 的 UTF-16',
    en: 'NUL bytes without a byte-order mark: UTF-16 without BOM, or not a text file; save it as UTF-8 or as UTF-16 with BOM',
  },
  ENCODING_INVALID: { zh: '不是有效的 {encoding} 文本', en: 'not valid {encoding} text' },
  ENCODING_MIXED: {
    zh: '编码混杂：第 {utf8} 行是 UTF-8，第 {other} 行不是（可能是 GBK）；请将整个文件另存为同一种编码',
    en: 'mixed encodings: line {utf8} is UTF-8 but line {other} is not (GBK?); save the whole file in one encoding',
  },
  CSV_QUOTE: {
    zh: '引号未闭合（从这一行开始）；单元格中的引号须写成两个 ""',
    en: 'unclosed quote starting in this row; a quote inside a cell is written ""',
  },
  HEADER_ROW_OUT_OF_RANGE: { zh: 'data.header 为第 {row} 行，但表只有 {rows} 行', en: 'data.header names row {row}, but the table has {rows} rows' },
  EMPTY_COLUMN_NAME: { zh: '第 {index} 列没有列名', en: 'column {index} has no name' },
  RESERVED_NAME: { zh: '名称 "{name}" 是保留字，请改名', en: 'name "{name}" is reserved; rename it' },
  EMPTY_INDICATOR: { zh: '指标名称为空', en: 'empty indicator name' },
  YEAR_COLUMNS_ROW: {
    zh: '按“每年一列”格式（EPS DATA / 国家数据）读到此行时停止："{value}" 位于注释行之后（第二张表？）或不是数据行',
    en: 'stopped reading the year-column layout (EPS DATA / NBS data portal) at this row: "{value}" follows the footnotes (a second table?) or is not a data row',
  },
  DATA_LAYOUT: {
    zh: '按“每年一列”格式读取（EPS DATA / 国家数据）：{detail}',
    en: 'read as a year-column table (EPS DATA / NBS data portal): {detail}',
  },
  DOMINANT_WEIGHT: {
    zh: '{indicator} 占有效权重的 {value}%，而框架名义份额为 {from}%：结果可能由它主导（检查偏态、极端值与权重方法）',
    en: '{indicator} takes {value} % of the effective weight against a nominal {from} %: it may dominate the result (check skew, outliers and the weighting method)',
  },
  DOMINANT_VARIANCE: {
    zh: '{indicator} 解释了指数方差的 {value}%（相关比，Becker 等 2017），而框架名义份额为 {from}%：结果可能由它主导',
    en: '{indicator} explains {value} % of the index variance (correlation ratio, Becker et al. 2017) against a nominal {from} %: it may dominate the result',
  },
  RENAME_UNKNOWN: { zh: 'rename 中的 "{name}" 不是数据中的指标（可用：{known}）', en: 'rename names "{name}", which is not an indicator of the data (found: {known})' },
  DUPLICATE_REGION_ROW: {
    zh: '地区 {region} 重复（首次出现在第 {first} 行）',
    en: 'duplicate row for region {region} (first at row {first})',
  },
  YEARS_EMPTY: { zh: '{from}–{to} 年没有数据（数据年份：{span}）', en: 'no data in the years {from}–{to} (the data covers {span})' },
  UNSUPPORTED_FILE_TYPE: {
    zh: '不支持的文件类型 "{ext}"：应为 .csv、.tsv、.txt 或 .xlsx',
    en: 'unsupported file type "{ext}": expected .csv, .tsv, .txt or .xlsx',
  },
  XLSX_INVALID: {
    zh: '不是 Excel 工作簿（{detail}）',
    en: 'not an Excel workbook ({detail})',
  },
  XLSX_ERROR_CELL: {
    zh: 'Excel 错误值 {value}（公式在 Excel 中出错）；请修正公式或留空该单元格',
    en: 'Excel error value {value} (a formula failed in Excel); fix it or leave the cell empty',
  },
  XLSX_FORMULA_NO_VALUE: {
    zh: '公式 ={formula} 没有保存计算结果；请在 Excel 中打开并保存，或粘贴为数值',
    en: 'formula ={formula} has no saved value; open and save the file in Excel, or paste values',
  },
  XLSX_DATE_CELL: {
    zh: '此处应为数值，却是日期 {value}；请将单元格格式设为数值',
    en: 'a date ({value}) where a number belongs; format the cell as a number',
  },
  XLSX_MERGED: {
    zh: '合并单元格 {range}；请取消合并并填写每个单元格',
    en: 'merged cells {range}; unmerge them and fill every cell',
  },
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
  FRAMEWORK_OVERRIDE_UNKNOWN: {
    zh: 'framework.overrides 中的节点 "{code}" 不在指标体系中（已有：{known}）',
    en: 'framework.overrides names node "{code}", which the framework lacks (it has: {known})',
  },
  FRAMEWORK_OVERRIDE_DIRECTION: {
    zh: '节点 "{code}" 是汇总节点：方向只能为底层指标设置',
    en: 'node "{code}" is an aggregate: only indicators take a direction',
  },
  INDICATOR_NOT_IN_DATA: {
    zh: '指标 "{code}"（{name}）在数据中找不到：没有列与其代码或名称相符；最接近的列：{closest}；数据中的列：{columns}。请在 spec 的 data.columns 中写明对应（columns: {"列名": {code}}），或在 framework 中设 missing: drop 跳过缺失指标',
    en: 'indicator "{code}" ({name}) is not in the data: no column matches its code or names; closest columns: {closest}; the data\'s columns: {columns}. Map it in the spec (data: {columns: {"column name": {code}}}) or set framework missing: drop to skip absent indicators',
  },
  COLUMNS_MAP_NO_COLUMN: { zh: 'data.columns 中的 "{header}" 既不是数据的列名，也不是数据各行所写的指标名（数据中的名称：{known}）', en: 'data.columns names "{header}", which is neither a column of the data nor an indicator its rows name (the data\'s names: {known})' },
  COLUMNS_MAP_NO_INDICATOR: { zh: 'data.columns 把列 "{header}" 对应到 "{code}"，但指标体系中没有这个指标代码', en: 'data.columns maps column "{header}" to "{code}", which is not an indicator code of the framework' },
  NO_INDICATOR_IN_DATA: {
    zh: '数据中没有指标体系的任何指标（{count} 个指标均未匹配）。数据中的列：{columns}。列名须为指标代码（如 "{code}"）或指标名称（如 "{name}"，可带单位如 (%)），或在 spec 的 data.columns 中写明对应',
    en: 'no indicator of the framework is in the data (none of its {count} indicators matched). The data\'s columns: {columns}. Name columns by indicator code (e.g. "{code}") or name (e.g. "{name}", a unit such as (%) may follow), or map them in the spec\'s data.columns',
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
  WEIGHTS_ZERO_SUM: {
    zh: '同一上级的指标 {parent} 的权重之和为 0（这些列都是常数？）；可改为对全部指标统一赋权（params: { scope: all }）或用固定权重',
    en: 'the weights of sibling indicators {parent} sum to 0 (are these columns all constant?); weigh all indicators together (params: { scope: all }) or use fixed weights',
  },
  BAD_WEIGHTS_TABLE: { zh: '权重表中的 "{code}" 不是指标体系中的节点', en: 'weight for "{code}", which is not a framework node' },
  TOO_FEW_REGIONS: { zh: '{method} 至少需要 {min} 个地区，实际 {count} 个', en: '{method} needs at least {min} regions; got {count}' },
  STEP_ORDER: { zh: '{op} 必须在 {before} 之前', en: '{op} must come before {before}' },
  MISSING_GROUP: { zh: '数据中没有分组 "{group}"（可用：{known}）', en: 'no region group "{group}" in the data (found: {known})' },
  // build
  REGENERATE_INPUTS: { zh: '输入数据已改变，无法增量重算', en: 'inputs changed; regenerate needs the same inputs' },
  OUTPUT_EXISTS: {
    zh: '输出目录 "{path}" 已存在且非空；使用 --force 替换 nqpf 之前写出的结果',
    en: 'output folder "{path}" exists and is not empty; use --force to replace the earlier nqpf output in it',
  },
  OUTPUT_NOT_NQPF: {
    zh: '输出目录 "{path}" 中的 "{file}" 不是 nqpf 写出的（不在 nqpf-manifest.json 中）；--force 只替换 nqpf 自己的结果，不会删除它：请移走它或另选一个目录',
    en: 'output folder "{path}" holds "{file}", which nqpf did not write (not in nqpf-manifest.json); --force replaces only nqpf\'s own outputs and will not delete it: move it or choose another folder',
  },
  OUTPUT_NOT_FOLDER: { zh: '输出路径 "{path}" 是一个文件，不是目录', en: 'output path "{path}" is a file, not a folder' },
  INIT_OPTIONS: { zh: '--framework 与 --data 只能选一个', en: 'give --framework or --data, not both' },
  INIT_UNKNOWN_FRAMEWORK: { zh: '没有名为 "{name}" 的内置指标体系（可用：{known}）', en: 'no bundled framework "{name}" (known: {known})' },
  OUTPUT_SYMLINK: {
    zh: '输出路径 "{path}" 是一个符号链接；请给出它指向的真实目录',
    en: 'output path "{path}" is a symbolic link; give the real folder instead',
  },
  OUTPUT_PARENT_NOT_FOLDER: {
    zh: '无法写出输出目录 "{path}"："{parent}" 是一个文件，不是目录',
    en: 'cannot write output folder "{path}": "{parent}" is a file, not a folder',
  },
  OUTPUT_NAME_TOO_LONG: {
    zh: '无法写出输出目录 "{path}"：名称过长（每一级最多 255 字节）',
    en: 'cannot write output folder "{path}": the name is too long (at most 255 bytes per folder name)',
  },
  OUTPUT_PERMISSION: {
    zh: '无法写出输出目录 "{path}"：没有写入权限',
    en: 'cannot write output folder "{path}": permission denied',
  },
  OUTPUT_READ_ONLY: { zh: '无法写出输出目录 "{path}"：文件系统是只读的', en: 'cannot write output folder "{path}": the file system is read-only' },
  OUTPUT_DISK_FULL: { zh: '无法写出输出目录 "{path}"：磁盘空间不足；未写出任何结果', en: 'cannot write output folder "{path}": the disk is full; nothing was written' },
  OUTPUT_FS_FAILED: {
    zh: '无法写出输出目录 "{path}"：文件系统拒绝了该操作（{code}）',
    en: 'cannot write output folder "{path}": the file system refused ({code})',
  },
  STEPS_SKIPPED: {
    zh: '未写出 steps/*.csv：面板有 {cells} 个单元格（超过 {limit}）；需要时加 --steps',
    en: 'steps/*.csv not written: the panel has {cells} cells (more than {limit}); add --steps to write them',
  },
  INTERRUPTED: { zh: '已中断，未写出任何结果', en: 'interrupted; no output was written' },
};
