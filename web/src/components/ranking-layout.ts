/**
 * Column widths of the ranking table. The region column is as wide as the longest name in the current
 * language (measured with the table's font), so no column count or pane width can squeeze it to nothing
 * (issue 16: six indicator columns left it 0 px wide; Shanghai … Sichuan all showed as `S…`). When the
 * columns are wider than the pane, the table scrolls sideways with rank, change and region kept in view.
 */
export const RANK_WIDTH = 44;
export const CHANGE_WIDTH = 50;
export const REGION4_WIDTH = 72;
export const SCORE_WIDTH = 52;
/** Cell padding (3px 5px) and a little air, so a measured name never ellipsises. */
const REGION_PADDING = 16;
const REGION_MIN = 48;

let context: CanvasRenderingContext2D | null = null;

/** The widest of `texts` in pixels in `font` (a CSS font shorthand), by canvas measureText. */
export function widestText(texts: readonly string[], font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return Math.max(0, ...texts.map((t) => t.length)) * 13;
  context.font = font;
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, context.measureText(text).width);
  return widest;
}

/** The ranking's font: its body text (12px) in the app's font family. */
export function rankingFont(): string {
  const family = getComputedStyle(document.documentElement).fontFamily;
  return `12px ${family}`;
}

export function regionColumnWidth(names: readonly string[]): number {
  return Math.max(REGION_MIN, Math.ceil(widestText(names, rankingFont())) + REGION_PADDING);
}

/** Left offsets of the three columns that stay in view when the table scrolls sideways. */
export function stickyOffsets(): { rank: number; change: number; region: number } {
  return { rank: 0, change: RANK_WIDTH, region: RANK_WIDTH + CHANGE_WIDTH };
}
