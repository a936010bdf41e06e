import type { Message } from '../messages.js';

/** Bounds on work and size (issue 17): what a hostile or careless file is refused with. */
export const limitMessages: Record<string, Message> = {
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
