import { REGION4_LABELS, REGION4_ORDER } from '../../../src/core/regions/index.js';
import { Chart } from '../charts/chart.js';
import type { EChartsOption } from '../charts/echarts.js';
import { dimensionsOf, extent, valueAt } from '../derive.js';
import { nameIn, type Lang, type Strings } from '../i18n.js';
import type { DiagnosticsView, ResultView } from '../worker/protocol.js';
import { memo } from '../charts/memo.js';

interface Props {
  view: ResultView;
  t: number;
  lang: Lang;
  s: Strings;
  selected: string;
  onSelect: (code: string) => void;
  /** The typology analysis's profiles (computed once per build in the diagnostics worker), or null. */
  typology: DiagnosticsView['typology'];
  /** True while the typology shown is from an earlier build. */
  typologyStale: boolean;
}

function mean(values: number[]): number {
  const finite = values.filter(Number.isFinite);
  return finite.length ? finite.reduce((a, b) => a + b, 0) / finite.length : NaN;
}

/**
 * A region's profile: dimension radar against the mean, score trends, top obstacles, four-region means.
 * Rendered (and its charts drawn) again only when its view, year, region, language or typology changed.
 */
export const Profile = memo(function Profile({ view, t, lang, s, selected, onSelect, typology, typologyStale }: Props) {
  const r = Math.max(0, view.regions.findIndex((x) => x.code === selected));
  const region = view.regions[r];
  const dims = dimensionsOf(view);
  const n = view.regions.length;
  const dimValues = dims.map((d) => valueAt(view, d.code, t, r));
  const dimMeans = dims.map((d) => mean(view.regions.map((_, k) => valueAt(view, d.code, t, k))));
  const [, top] = extent(dims.flatMap((d) => view.regions.map((_, k) => valueAt(view, d.code, t, k))));
  const radar: EChartsOption = {
    aria: { enabled: true },
    animation: false,
    legend: { bottom: 0, data: [nameIn(region.name, lang), s.nationalMean] },
    tooltip: { renderMode: 'richText' },
    radar: { indicator: dims.map((d) => ({ name: nameIn(d.name, lang), max: niceCeiling(top) })), radius: '52%', center: ['50%', '46%'] },
    series: [
      {
        type: 'radar',
        data: [
          { name: nameIn(region.name, lang), value: dimValues, areaStyle: { opacity: 0.25 } },
          { name: s.nationalMean, value: dimMeans, lineStyle: { type: 'dashed' } },
        ],
      },
    ],
  } as EChartsOption;
  const lines = [view.root, ...dims.map((d) => d.code)];
  const trend: EChartsOption = {
    aria: { enabled: true },
    animation: false,
    legend: { bottom: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: view.years.map(String) },
    yAxis: { type: 'value' },
    series: lines.map((code) => ({
      type: 'line',
      name: nameIn(view.nodes.find((x) => x.code === code)?.name, lang),
      data: view.years.map((_, k) => round(valueAt(view, code, k, r))),
      lineStyle: { width: code === view.root ? 3 : 1.5 },
    })),
  } as EChartsOption;
  const groups = REGION4_ORDER.filter((g) => view.regions.some((x) => x.region4 === g));
  const fourRegions: EChartsOption = {
    aria: { enabled: true },
    animation: false,
    legend: { bottom: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: view.years.map(String) },
    yAxis: { type: 'value' },
    series: groups.map((g) => ({
      type: 'line',
      name: nameIn(REGION4_LABELS[g], lang),
      data: view.years.map((_, k) => round(mean(view.regions.flatMap((x, i) => (x.region4 === g ? [valueAt(view, view.root, k, i)] : []))))),
    })),
  } as EChartsOption;
  const obstacles = view.obstacles
    ? Object.entries(view.obstacles)
        .map(([code, column]) => ({ code, value: column[t * n + r] }))
        .filter((o) => Number.isFinite(o.value))
        .sort((a, b) => b.value - a.value)
        .slice(0, 5)
    : null;
  return (
    <div class="profile" data-testid="profile">
      <div class="profile-head">
        <label for="profile-region">{s.selectRegion}</label>
        <select id="profile-region" value={region.code} onChange={(e) => onSelect((e.target as HTMLSelectElement).value)}>
          {view.regions.map((x) => (
            <option value={x.code} key={x.code}>
              {nameIn(x.name, lang)}
            </option>
          ))}
        </select>
        <span class="profile-rank">
          {s.rank} {valueAt(view, view.root, t, r, 'ranks') || '—'} / {n} · {view.timeless ? '' : view.years[t]}
        </span>
      </div>
      {typology?.regions[region.code] && <TypologySection view={view} typology={typology} code={region.code} stale={typologyStale} lang={lang} s={s} onSelect={onSelect} />}
      <div class="profile-grid">
        <section>
          <h3>{s.radar}</h3>
          <Chart option={radar} class="chart small" label={s.radar} />
        </section>
        <section>
          <h3>{s.trend}</h3>
          <Chart option={trend} class="chart small" label={s.trend} />
        </section>
        <section>
          <h3>{s.obstacles}</h3>
          {obstacles ? (
            <ol class="obstacles">
              {obstacles.map((o) => (
                <li key={o.code}>
                  <span class="obstacle-name">{nameIn(view.nodes.find((x) => x.code === o.code)?.name, lang)}</span>
                  <span class="obstacle-bar" style={{ width: `${Math.min(100, o.value * 2)}%` }} />
                  <span class="obstacle-value">{o.value.toFixed(1)}%</span>
                </li>
              ))}
            </ol>
          ) : (
            <p class="hint">{s.obstaclesUnavailable}</p>
          )}
        </section>
        {groups.length > 1 && (
          <section>
            <h3>{s.fourRegions}</h3>
            <Chart option={fourRegions} class="chart small" label={s.fourRegions} />
          </section>
        )}
      </div>
    </div>
  );
});

/** The region's type, generated profile (分类指导), strengths and weaknesses and most similar regions, as text. */
function TypologySection({ view, typology, code, stale, lang, s, onSelect }: { view: ResultView; typology: NonNullable<DiagnosticsView['typology']>; code: string; stale: boolean; lang: Lang; s: Strings; onSelect: (code: string) => void }) {
  const row = typology.regions[code];
  const nodeName = (c: string) => nameIn(view.nodes.find((x) => x.code === c)?.name, lang) || c;
  const names = (codes: string[]) => (codes.length ? codes.map(nodeName).join(lang === 'zh' ? '、' : ', ') : s.none);
  return (
    <section class={`typology${stale ? ' stale' : ''}`} data-testid="typology" aria-busy={stale}>
      <h3>
        {s.typology} <span class="hint">{s.typologyYear(typology.year)}</span>
      </h3>
      <p class="typology-type" data-testid="typology-type">
        <strong>{s.typeLabel}：</strong>
        {row.type[lang]} · {s.bandLabel} {row.band[lang]}
      </p>
      <p class="typology-profile" data-testid="typology-profile">
        {row.profile[lang]}
      </p>
      <dl class="facts">
        <dt>{s.leading}</dt>
        <dd>{names(row.leading)}</dd>
        <dt>{s.lagging}</dt>
        <dd>{names(row.lagging)}</dd>
        <dt>{s.strengths}</dt>
        <dd>{names(row.strengths)}</dd>
        <dt>{s.weaknesses}</dt>
        <dd>{names(row.weaknesses)}</dd>
        <dt>{s.similar}</dt>
        <dd data-testid="typology-similar">
          {row.similar.length === 0
            ? s.none
            : row.similar.map((c) => (
                <button type="button" class="link" key={c} onClick={() => onSelect(c)}>
                  {nameIn(view.regions.find((x) => x.code === c)?.name, lang) || c}
                </button>
              ))}
        </dd>
      </dl>
      {stale && <p class="hint">{s.diagnosticsStale}</p>}
    </section>
  );
}

function round(v: number): number | null {
  return Number.isFinite(v) ? Math.round(v * 100) / 100 : null;
}

/** 1, 2 or 5 times a power of ten, at least `value`: a round radar maximum whatever the normalisation range. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value)!;
}
