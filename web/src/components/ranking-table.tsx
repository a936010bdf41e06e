import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { REGION4_LABELS } from '../../../src/core/regions/index.js';
import { dimensionsOf, formatScore, rankChange, valueAt } from '../derive.js';
import { nameIn, type Lang, type Strings } from '../i18n.js';
import type { ResultView } from '../worker/protocol.js';
import { memo } from '../charts/memo.js';
import { CHANGE_WIDTH, RANK_WIDTH, REGION4_WIDTH, regionColumnWidth, SCORE_WIDTH, stickyOffsets } from './ranking-layout.js';
import { useWeightBaseline } from './weight-baseline.js';

interface Props {
  view: ResultView;
  t: number;
  lang: Lang;
  s: Strings;
  selected: string | null;
  onSelect: (code: string) => void;
}

type SortKey = 'rank' | 'change' | 'region' | 'region4' | string;
/** What the change column compares with: the previous year, or the ranks before the latest weight edits. */
type ChangeBasis = 'year' | 'weights';

/** Rows are this tall (styles.css pins it), so the visible window follows from the scroll offset. */
const ROW_HEIGHT = 23;
/** Up to this many rows every row is in the DOM; above, only the visible window (county and firm panels). */
const VIRTUAL_FROM = 200;
const OVERSCAN = 12;

/**
 * The ranking for one year: sortable columns (buttons in the headers), rank change from the previous year or
 * from the weights before the latest slider moves. Windowed above VIRTUAL_FROM rows: only the rows in view
 * (and a margin) are rendered, between two spacer rows — a fixed row height makes that a few lines here
 * rather than a dependency. Rendered again only when its data props change (memo).
 */
export const RankingTable = memo(function RankingTable({ view, t, lang, s, selected, onSelect }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'rank', ascending: true });
  const [basis, setBasis] = useState<ChangeBasis>('year');
  const baseline = useWeightBaseline(view);
  const against: ChangeBasis = basis === 'weights' && baseline ? 'weights' : 'year';
  const pane = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 800, bodyTop: 0 });

  const dims = dimensionsOf(view);
  const hasRegion4 = view.regions.some((r) => r.region4 !== null);
  const regionWidth = useMemo(() => regionColumnWidth(view.regions.map((r) => nameIn(r.name, lang))), [view.regions, lang]);
  const width = RANK_WIDTH + CHANGE_WIDTH + regionWidth + (hasRegion4 ? REGION4_WIDTH : 0) + SCORE_WIDTH * (1 + dims.length);
  const sticky = stickyOffsets();

  const rows = view.regions.map((region, r) => ({
    region,
    rank: valueAt(view, view.root, t, r, 'ranks'),
    change: against === 'weights' ? valueAt(baseline!, view.root, t, r, 'ranks') - valueAt(view, view.root, t, r, 'ranks') : rankChange(view, t, r),
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
  const collator = useMemo(() => new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN' : 'en'), [lang]);
  const sorted = rows.slice().sort((a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    const order = typeof x === 'string' ? collator.compare(x, y as string) : nanLast(x, y as number);
    return (sort.ascending ? order : -order) || a.rank - b.rank;
  });

  const windowed = sorted.length > VIRTUAL_FROM;
  const measure = () => {
    const el = pane.current;
    if (el) setScroll({ top: el.scrollTop, height: el.clientHeight, bodyTop: body.current?.offsetTop ?? 0 });
  };
  useLayoutEffect(measure, [windowed]);
  useEffect(() => {
    const el = pane.current;
    if (!el || !windowed) return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [windowed]);
  const first = windowed ? Math.max(0, Math.floor((scroll.top - scroll.bodyTop) / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = windowed ? Math.min(sorted.length, Math.ceil((scroll.top - scroll.bodyTop + scroll.height) / ROW_HEIGHT) + OVERSCAN) : sorted.length;

  const header = (key: SortKey, label: string, title?: string, left?: number) => {
    const active = sort.key === key;
    return (
      <th scope="col" class={left === undefined ? '' : 'pinned'} style={left === undefined ? undefined : { left: `${left}px` }} aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'} title={title ?? label}>
        <button type="button" class="sort" aria-label={s.sortBy(title ?? label)} onClick={() => setSort({ key, ascending: active ? !sort.ascending : true })}>
          {label}
          <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };
  const changeTitle = against === 'weights' ? s.changeAgainstWeights : s.changeAgainstYear(view.timeless || t === 0 ? null : view.years[t - 1]);
  return (
    <div class="ranking-pane" ref={pane} onScroll={windowed ? measure : undefined} data-testid="ranking-pane">
      <div class="ranking-head" style={{ width: `max(100%, ${width}px)` }}>
        <span class="ranking-title">
          {s.ranking} · {nameIn(view.nodes.find((n) => n.code === view.root)?.name, lang)} {view.timeless ? '' : view.years[t]}
        </span>
        <span class="ranking-basis" data-testid="change-basis">
          {baseline ? (
            <span class="segmented" role="radiogroup" aria-label={s.change}>
              {(['year', 'weights'] as const).map((b) => (
                <button type="button" key={b} role="radio" aria-checked={against === b} data-testid={`change-basis-${b}`} onClick={() => setBasis(b)}>
                  {b === 'year' ? s.changeBasisYear : s.changeBasisWeights}
                </button>
              ))}
            </span>
          ) : (
            changeTitle
          )}
        </span>
      </div>
      <table class="ranking" data-testid="ranking" data-change={against} style={{ width: `max(100%, ${width}px)` }} aria-rowcount={sorted.length + 1}>
        <colgroup>
          <col style={{ width: `${RANK_WIDTH}px` }} />
          <col style={{ width: `${CHANGE_WIDTH}px` }} />
          <col style={{ width: `${regionWidth}px` }} />
          {hasRegion4 && <col style={{ width: `${REGION4_WIDTH}px` }} />}
          <col style={{ width: `${SCORE_WIDTH}px` }} />
          {dims.map((d) => (
            <col style={{ width: `${SCORE_WIDTH}px` }} key={d.code} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {header('rank', s.rank, undefined, sticky.rank)}
            {header('change', s.change, changeTitle, sticky.change)}
            {header('region', s.region, undefined, sticky.region)}
            {hasRegion4 && header('region4', s.region4)}
            {header(view.root, s.index)}
            {dims.map((d) => header(d.code, nameIn(d.name, lang)))}
          </tr>
        </thead>
        <tbody ref={body}>
          {first > 0 && <tr class="spacer" aria-hidden="true" style={{ height: `${first * ROW_HEIGHT}px` }} />}
          {sorted.slice(first, last).map((row, k) => (
            <tr
              key={row.region.code}
              data-region={row.region.code}
              aria-rowindex={first + k + 2}
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
              <td class="num pinned" style={{ left: `${sticky.rank}px` }}>
                {Number.isFinite(row.rank) ? row.rank : '—'}
              </td>
              <td class="num change pinned" style={{ left: `${sticky.change}px` }}>
                <Change value={row.change} s={s} />
              </td>
              <th scope="row" class="pinned region-name" style={{ left: `${sticky.region}px` }}>
                {nameIn(row.region.name, lang)}
              </th>
              {hasRegion4 && <td>{row.region.region4 ? nameIn(REGION4_LABELS[row.region.region4 as keyof typeof REGION4_LABELS], lang) : ''}</td>}
              <td class="num">{formatScore(row.score)}</td>
              {row.dims.map((v, j) => (
                <td class="num" key={dims[j].code}>
                  {formatScore(v)}
                </td>
              ))}
            </tr>
          ))}
          {last < sorted.length && <tr class="spacer" aria-hidden="true" style={{ height: `${(sorted.length - last) * ROW_HEIGHT}px` }} />}
        </tbody>
      </table>
    </div>
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
