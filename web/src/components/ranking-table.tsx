import { useState } from 'preact/hooks';
import { REGION4_LABELS } from '../../../src/core/regions/index.js';
import { dimensionsOf, formatScore, rankChange, valueAt } from '../derive.js';
import { nameIn, type Lang, type Strings } from '../i18n.js';
import type { ResultView } from '../worker/protocol.js';
import { memo } from '../charts/memo.js';

interface Props {
  view: ResultView;
  t: number;
  lang: Lang;
  s: Strings;
  selected: string | null;
  onSelect: (code: string) => void;
}

type SortKey = 'rank' | 'change' | 'region' | 'region4' | string;

/**
 * The ranking for one year: sortable columns (buttons in the headers), rank change from the previous year.
 * Rendered again only when the view, year, language or selection changed (not on the app's other updates).
 */
export const RankingTable = memo(function RankingTable({ view, t, lang, s, selected, onSelect }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'rank', ascending: true });
  const dims = dimensionsOf(view);
  const hasRegion4 = view.regions.some((r) => r.region4 !== null);
  const rows = view.regions.map((region, r) => ({
    region,
    rank: valueAt(view, view.root, t, r, 'ranks'),
    change: rankChange(view, t, r),
    score: valueAt(view, view.root, t, r),
    dims: dims.map((d) => valueAt(view, d.code, t, r)),
  }));
  const keyOf = (row: (typeof rows)[number]): number | string => {
    if (sort.key === 'rank') return row.rank;
    if (sort.key === 'change') return -row.change;
    if (sort.key === 'region') return nameIn(row.region.name, lang);
    if (sort.key === 'region4') return row.region.region4 ?? '';
    if (sort.key === view.root) return -row.score;
    const j = dims.findIndex((d) => d.code === sort.key);
    return -row.dims[j];
  };
  const sorted = rows.slice().sort((a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    const order =
      typeof x === 'string' ? x.localeCompare(y as string, lang === 'zh' ? 'zh-Hans-CN' : 'en') : nanLast(x, y as number);
    return (sort.ascending ? order : -order) || a.rank - b.rank;
  });
  const header = (key: SortKey, label: string, title?: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'} title={title ?? label}>
        <button type="button" class="sort" aria-label={s.sortBy(title ?? label)} onClick={() => setSort({ key, ascending: active ? !sort.ascending : true })}>
          {label}
          <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <table class="ranking" data-testid="ranking">
      <caption>
        {s.ranking} · {nameIn(view.nodes.find((n) => n.code === view.root)?.name, lang)} {view.timeless ? '' : view.years[t]}
      </caption>
      <colgroup>
        <col class="col-rank" />
        <col class="col-change" />
        <col class="col-region" />
        {hasRegion4 && <col class="col-region4" />}
        <col class="col-score" />
        {dims.map((d) => (
          <col class="col-score" key={d.code} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {header('rank', s.rank)}
          {header('change', s.change)}
          {header('region', s.region)}
          {hasRegion4 && header('region4', s.region4)}
          {header(view.root, s.index)}
          {dims.map((d) => header(d.code, nameIn(d.name, lang)))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr
            key={row.region.code}
            data-region={row.region.code}
            class={row.region.code === selected ? 'selected' : ''}
            tabIndex={0}
            aria-selected={row.region.code === selected}
            onClick={() => onSelect(row.region.code)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(row.region.code);
              }
            }}
          >
            <td class="num">{Number.isFinite(row.rank) ? row.rank : '—'}</td>
            <td class="num change">
              <Change value={row.change} s={s} />
            </td>
            <th scope="row">{nameIn(row.region.name, lang)}</th>
            {hasRegion4 && <td>{row.region.region4 ? nameIn(REGION4_LABELS[row.region.region4 as keyof typeof REGION4_LABELS], lang) : ''}</td>}
            <td class="num">{formatScore(row.score)}</td>
            {row.dims.map((v, j) => (
              <td class="num" key={dims[j].code}>
                {formatScore(v)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});

function Change({ value, s }: { value: number; s: Strings }) {
  if (!Number.isFinite(value)) return <span>—</span>;
  if (value === 0) return <span class="same" aria-label={s.rankChangeSame}>0</span>;
  return value > 0 ? (
    <span class="up" aria-label={s.rankChangeUp(value)}>▲{value}</span>
  ) : (
    <span class="down" aria-label={s.rankChangeDown(-value)}>▼{-value}</span>
  );
}

function nanLast(x: number, y: number): number {
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
  if (Number.isNaN(y)) return -1;
  return x - y;
}
