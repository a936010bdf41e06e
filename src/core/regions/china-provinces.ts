/**
 * China's 31 provincial-level divisions (省级行政区, mainland; Hong Kong, Macao and Taiwan excluded),
 * as the bundled data (data/china-provinces.csv) and the map (web/public/china.json) key them.
 *
 * - code: GB/T 2260 administrative division code (adcode); the echarts map's feature ids are the same.
 * - short: the short name used by the yearbooks and as the echarts map's feature `name`.
 * - region4: NBS four-region scheme (国家统计局 2011, 东西中部和东北地区划分方法).
 * Names and codes agree with data/techme/provinces.csv (a test checks it).
 */
import type { LocalizedName, Region } from '../model/types.js';
import type { ChinaProvince, Region4 } from './types.js';

export const REGION4_LABELS: Readonly<Record<Region4, LocalizedName>> = {
  east: { zh: '东部', en: 'East' },
  central: { zh: '中部', en: 'Central' },
  west: { zh: '西部', en: 'West' },
  northeast: { zh: '东北', en: 'Northeast' },
};

/** Display order of the four regions. */
export const REGION4_ORDER: readonly Region4[] = ['east', 'central', 'west', 'northeast'];

const p = (code: string, zh: string, en: string, short: string, region4: Region4, aliases: string[] = []): ChinaProvince => ({
  code,
  name: { zh, en },
  short,
  region4,
  aliases,
});

export const CHINA_PROVINCES: readonly ChinaProvince[] = [
  p('110000', '北京市', 'Beijing', '北京', 'east', ['Peking']),
  p('120000', '天津市', 'Tianjin', '天津', 'east'),
  p('130000', '河北省', 'Hebei', '河北', 'east'),
  p('140000', '山西省', 'Shanxi', '山西', 'central'),
  p('150000', '内蒙古自治区', 'Inner Mongolia', '内蒙古', 'west', ['Nei Mongol', 'Neimenggu', 'Nei Menggu', '内蒙']),
  p('210000', '辽宁省', 'Liaoning', '辽宁', 'northeast'),
  p('220000', '吉林省', 'Jilin', '吉林', 'northeast'),
  p('230000', '黑龙江省', 'Heilongjiang', '黑龙江', 'northeast'),
  p('310000', '上海市', 'Shanghai', '上海', 'east'),
  p('320000', '江苏省', 'Jiangsu', '江苏', 'east'),
  p('330000', '浙江省', 'Zhejiang', '浙江', 'east'),
  p('340000', '安徽省', 'Anhui', '安徽', 'central'),
  p('350000', '福建省', 'Fujian', '福建', 'east'),
  p('360000', '江西省', 'Jiangxi', '江西', 'central'),
  p('370000', '山东省', 'Shandong', '山东', 'east'),
  p('410000', '河南省', 'Henan', '河南', 'central'),
  p('420000', '湖北省', 'Hubei', '湖北', 'central'),
  p('430000', '湖南省', 'Hunan', '湖南', 'central'),
  p('440000', '广东省', 'Guangdong', '广东', 'east'),
  p('450000', '广西壮族自治区', 'Guangxi', '广西', 'west', ['Guangxi Zhuang']),
  p('460000', '海南省', 'Hainan', '海南', 'east'),
  p('500000', '重庆市', 'Chongqing', '重庆', 'west'),
  p('510000', '四川省', 'Sichuan', '四川', 'west'),
  p('520000', '贵州省', 'Guizhou', '贵州', 'west'),
  p('530000', '云南省', 'Yunnan', '云南', 'west'),
  p('540000', '西藏自治区', 'Tibet', '西藏', 'west', ['Xizang']),
  p('610000', '陕西省', 'Shaanxi', '陕西', 'west'),
  p('620000', '甘肃省', 'Gansu', '甘肃', 'west'),
  p('630000', '青海省', 'Qinghai', '青海', 'west'),
  p('640000', '宁夏回族自治区', 'Ningxia', '宁夏', 'west', ['Ningxia Hui']),
  p('650000', '新疆维吾尔自治区', 'Xinjiang', '新疆', 'west', ['Xinjiang Uygur', 'Xinjiang Uyghur']),
];

/** The provinces as model `Region`s, with the four-region class in `groups.region4`. */
export function chinaProvinceRegions(): Region[] {
  return CHINA_PROVINCES.map((province) => ({
    code: province.code,
    name: { zh: province.name.zh, en: province.name.en },
    groups: { region4: province.region4 },
  }));
}
