import type { Message } from '../messages.js';

/** Bounds on work and size (issue 17): what a hostile or careless file is refused with. */
export const limitMessages: Record<string, Message> = {
  SPEC_RESERVED_KEY: { zh: '键 "{key}" 不可使用（会被悄悄丢弃）', en: 'key "{key}" is not allowed (it would be silently dropped)' },
  OUTPUT_NAME_COLLISION: {
    zh: '"{first}"（{firstPointer}）与 "{second}" 都会写出 {file}：请给其中一个换 id',
    en: '"{first}" ({firstPointer}) and "{second}" would both write {file}: give one of them another id',
  },
  OUTPUT_NAME_CASE_COLLISION: {
    zh: '"{first}"（{firstPointer}）与 "{second}" 会写出 {other} 和 {file}，在 Windows 和 macOS 上是同一个文件（仅大小写不同）：请给其中一个换 id',
    en: '"{first}" ({firstPointer}) and "{second}" would write {other} and {file}, one file on Windows and macOS (the names differ only in case): give one of them another id',
  },
  OUTPUT_NAME_RESERVED: {
    zh: 'id "{id}" 会写出 {file}，这是 Windows 的保留设备名（CON、PRN、AUX、NUL、COM0–9、LPT0–9）：请换一个 id',
    en: 'id "{id}" would write {file}, a reserved device name on Windows (CON, PRN, AUX, NUL, COM0–9, LPT0–9): choose another id',
  },
  MEMORY_ESTIMATE: {
    zh: '该数据（{regions} 个地区 × {years} 年 × {indicators} 个指标）估计需要 {needed} MiB 内存，本机可用 {available} MiB：请缩小数据或减少步骤',
    en: 'this data ({regions} regions × {years} years × {indicators} indicators) needs an estimated {needed} MiB of memory; the machine has {available} MiB free: use less data or fewer steps',
  },
  PROJECTION_TOO_FAR: {
    zh: '预测到 {to} 年，距数据最后一年 {last} 超过 {limit} 年上限（外推越远越不可信，计算量也随年数增长）',
    en: 'projection to {to} is more than {limit} years after the data\'s last year {last} (the limit: extrapolation that far means little, and the work grows with every year)',
  },
  OUT_OF_MEMORY: {
    zh: '内存不足：计算超出了 JavaScript 堆的上限。请缩小数据或减少步骤，或用 NODE_OPTIONS=--max-old-space-size=<MB> 提高上限',
    en: 'out of memory: the work outgrew the JavaScript heap limit. Use less data or fewer steps, or raise the limit with NODE_OPTIONS=--max-old-space-size=<MB>',
  },
  OPTION_OVER_CAP: { zh: '{option} 为 {value}，超过上限 {limit}', en: '{option} is {value}, over the limit of {limit}' },
  PORT_INVALID: { zh: '--port "{value}" 不是 0–65535 之间的端口号', en: '--port "{value}" is not a port number from 0 to 65535' },
  PORT_BUSY: { zh: '端口 {port} 已被占用：请用 --port 换一个（--port 0 自动选择空闲端口）', en: 'port {port} is in use: choose another with --port (--port 0 picks a free one)' },
  PORT_DENIED: { zh: '无权使用端口 {port}：请用 --port 选择 1024 以上的端口', en: 'no permission to use port {port}: choose one above 1024 with --port' },
  WORKER_FAILED: {
    zh: '计算线程出错并已重启：{detail}。导入的文件和修改都已保留，可点“重试”',
    en: 'the engine thread failed and was restarted: {detail}. Your imported files and edits are kept: press Retry',
  },
  WORKER_TIMEOUT: {
    zh: '计算线程 {seconds} 秒没有响应，已重启。导入的文件和修改都已保留，可点“重试”',
    en: 'the engine thread did not answer for {seconds} s and was restarted. Your imported files and edits are kept: press Retry',
  },
  SPEC_TOO_DEEP: { zh: '嵌套超过 {limit} 层', en: 'nested more than {limit} levels deep' },
  EMPTY_COLUMN_NAMES: { zh: '{count} 列没有列名：{first}…{last}', en: '{count} columns have no name: {first}…{last}' },
  MORE_ERRORS: { zh: '……另有 {count} 处同类问题（{kind}）', en: '… and {count} more problems of this kind ({kind})' },
  XLSX_INFLATE_LIMIT: {
    zh: '工作簿条目 "{entry}" 声明 {declared} 字节，实际解压超过 {limit} 字节，已停止（疑似压缩炸弹）',
    en: 'workbook entry "{entry}" declares {declared} bytes but unpacks to more than {limit}; stopped (a zip bomb?)',
  },
  XLSX_SHARED_STRINGS: {
    zh: '工作簿的共享字符串超过 {limit} 个，拒绝读取（数据表用不到这么多不同的文字）',
    en: 'the workbook holds more than {limit} shared strings; refused (a data sheet needs far fewer distinct texts)',
  },
  XLSX_CELLS: {
    zh: '工作表有超过 {limit} 个单元格，拒绝读取',
    en: 'the sheet holds more than {limit} cells; refused',
  },
  CELL_TOO_LONG: {
    zh: '单元格文字长 {length} 个字符，超过上限 {limit}（Excel 单元格的上限）',
    en: 'cell text of {length} characters, over the limit of {limit} (the most an Excel cell holds)',
  },
  XLSX_SPARSE: {
    zh: '工作表的单元格分布在 {range}（{rows} 行 × {columns} 列，超过 {limit} 个格）：请删除远离数据表的零散单元格',
    en: "the sheet's cells span {range} ({rows} rows × {columns} columns, over {limit} cells): delete the stray cells far from the table",
  },
};
