/**
 * Tile-grid positions [column, row] of China's province-level divisions, placed by hand roughly by the
 * location of each capital (west → east, north → south). No boundaries are implied. Hong Kong, Macao and
 * Taiwan have tiles (grey when the data has no value for them).
 */
export const TILE_LAYOUT: Readonly<Record<string, readonly [number, number]>> = {
  黑龙江: [8, 0],
  内蒙古: [6, 1],
  吉林: [8, 1],
  新疆: [1, 2],
  宁夏: [4, 2],
  山西: [5, 2],
  北京: [6, 2],
  天津: [7, 2],
  辽宁: [8, 2],
  青海: [2, 3],
  甘肃: [3, 3],
  陕西: [4, 3],
  河南: [5, 3],
  河北: [6, 3],
  山东: [7, 3],
  西藏: [1, 4],
  四川: [3, 4],
  重庆: [4, 4],
  湖北: [5, 4],
  安徽: [6, 4],
  江苏: [7, 4],
  上海: [8, 4],
  云南: [3, 5],
  贵州: [4, 5],
  湖南: [5, 5],
  江西: [6, 5],
  浙江: [7, 5],
  广西: [4, 6],
  广东: [5, 6],
  福建: [6, 6],
  台湾: [7, 6],
  海南: [4, 7],
  澳门: [5, 7],
  香港: [6, 7],
};

/** English names of the three tiles that are not in the province registry. */
export const EXTRA_TILE_NAMES: Readonly<Record<string, string>> = { 台湾: 'Taiwan', 香港: 'Hong Kong', 澳门: 'Macao' };
