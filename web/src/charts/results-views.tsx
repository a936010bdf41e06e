import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { CHINA_PROVINCES } from '../../../src/core/regions/index.js';
import { colorFor, extent, formatScore, isDark, PALETTE, provinceShortName, valueAt } from '../derive.js';
import { nameIn, type Lang, type Strings } from '../i18n.js';
import type { ResultView } from '../worker/protocol.js';
import { EXTRA_TILE_NAMES, TILE_LAYOUT } from './tile-layout.js';
import { chinaBaseMap } from './china-base-map.js';
import { memo } from './memo.js';

interface ViewProps {
  view: ResultView;
  t: number;
  node: string;
  lang: Lang;
  s: Strings;
  selected: string | null;
  onSelect: (code: string) => void;
}

function yearValues(view: ResultView, node: string, t: number): number[] {
  return view.regions.map((_, r) => valueAt(view, node, t, r));
}

/**
 * Choropleth of China's provinces on the schematic map (china-base-map.ts: ECharts' 'china' map drawn once as
 * SVG), labelled as a schematic map with its source. A new year, score or weight only re-colours the provinces'
 * paths (the same colour scale as the tile grid) and their hover titles, before the frame is painted: no chart is
 * rebuilt, so the map keeps up with a dragged weight slider.
 */
export const MapView = memo(function MapView({ view, t, node, lang, s, selected, onSelect }: ViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const paths = useRef<{ name: string; path: SVGPathElement; title: SVGTitleElement }[]>([]);
  const draws = useRef(0);
  const byShort = useMemo(() => new Map(view.regions.map((r, i) => [provinceShortName(r), i])), [view.regions]);
  const values = useMemo(() => yearValues(view, node, t), [view, node, t]);
  const [min, max] = extent(values);

  useLayoutEffect(() => {
    const { svg, names } = chinaBaseMap();
    const root = document.importNode(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement, true);
    root.removeAttribute('width');
    root.removeAttribute('height');
    root.querySelector(':scope > rect')?.remove();
    host.current!.replaceChildren(root);
    // Fit the view to the drawn provinces (ECharts centres the map in a square of the chart's box).
    const box = (root as unknown as SVGGraphicsElement).getBBox();
    if (box.width > 0) root.setAttribute('viewBox', `${box.x - 4} ${box.y - 4} ${box.width + 8} ${box.height + 8}`);
    paths.current = [...root.querySelectorAll<SVGPathElement>('path[ecmeta_data_index]')].map((path) => {
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      path.append(title);
      return { name: names[Number(path.getAttribute('ecmeta_data_index'))], path, title };
    });
  }, []);

  useLayoutEffect(() => {
    let coloured = 0;
    for (const { name, path, title } of paths.current) {
      const r = byShort.get(name);
      const value = r === undefined ? NaN : values[r];
      if (Number.isFinite(value)) coloured++;
      path.setAttribute('fill', colorFor(value, min, max));
      path.classList.toggle('selected', r !== undefined && view.regions[r].code === selected);
      title.textContent = `${lang === 'en' ? ENGLISH.get(name) ?? EXTRA_TILE_NAMES[name] ?? name : name}\n${s.score} ${formatScore(value)}`;
    }
    host.current!.dataset.colored = String(coloured);
    host.current!.dataset.draws = String(++draws.current);
  }, [values, min, max, byShort, selected, lang, s]);

  const click = (e: MouseEvent) => {
    const path = (e.target as Element).closest('path[ecmeta_data_index]');
    const hit = paths.current.find((p) => p.path === path);
    const r = hit ? byShort.get(hit.name) : undefined;
    if (r !== undefined) onSelect(view.regions[r].code);
  };
  const label = `${s.schematic}: ${nameIn(view.nodes.find((n) => n.code === node)?.name, lang)} ${view.timeless ? '' : view.years[t]}`;
  return (
    <figure class="map-figure">
      <div ref={host} class="chart map choropleth" role="img" aria-label={label} data-testid="map" onClick={click} />
      <div class="map-legend" aria-hidden="true">
        <span>{formatScore(min)}</span>
        <span class="map-legend-bar" style={{ background: `linear-gradient(to right, ${PALETTE.join(', ')})` }} />
        <span>{formatScore(max)}</span>
      </div>
      <figcaption>
        <strong>{s.schematic}</strong> {s.mapSource}
      </figcaption>
    </figure>
  );
});

const ENGLISH = new Map(CHINA_PROVINCES.map((p) => [p.short, p.name.en]));

/** One square per province, coloured like the map; keyboard-focusable buttons. */
export const TileGrid = memo(function TileGrid({ view, t, node, lang, s, selected, onSelect }: ViewProps) {
  const values = yearValues(view, node, t);
  const [min, max] = extent(values);
  const byShort = new Map(view.regions.map((r, i) => [provinceShortName(r), i]));
  return (
    <figure class="tiles-figure">
      <div class={`tiles ${lang}`} data-testid="tiles" role="group" aria-label={s.views.tiles}>
        {Object.entries(TILE_LAYOUT).map(([short, [col, row]]) => {
          const r = byShort.get(short);
          const value = r === undefined ? NaN : values[r];
          const color = colorFor(value, min, max);
          const label = lang === 'en' ? ENGLISH.get(short) ?? EXTRA_TILE_NAMES[short] ?? short : short;
          const code = r === undefined ? null : view.regions[r].code;
          return (
            <button
              type="button"
              class={`tile${code !== null && code === selected ? ' selected' : ''}`}
              style={{ gridColumn: col + 1, gridRow: row + 1, background: color, color: isDark(color) ? '#fff' : '#111' }}
              disabled={code === null}
              data-colored={Number.isFinite(value) ? 'true' : 'false'}
              aria-label={`${label} ${Number.isFinite(value) ? formatScore(value) : s.noData}`}
              onClick={() => code !== null && onSelect(code)}
            >
              <span class="tile-name">{label}</span>
              <span class="tile-value">{formatScore(value)}</span>
            </button>
          );
        })}
      </div>
      <figcaption>{s.tilesNote}</figcaption>
    </figure>
  );
});

/** Above this many units the bars show the top and bottom BAR_ENDS (the ranking table lists them all). */
const BAR_ALL_UP_TO = 80;
const BAR_ENDS = 30;

/**
 * Horizontal bars for panels that are not China's provinces (countries, custom units; counties and firms by their
 * ends), best first, as plain DOM rows: a slider move only changes widths, colours and numbers of at most
 * BAR_ALL_UP_TO rows — no chart to lay out again (ECharts' re-layout was ~24 ms of a move at 2,850 units).
 * Bars start at 0 (negative scores, e.g. z-scores, extend left of it).
 */
export const BarView = memo(function BarView({ view, t, node, lang, s, selected, onSelect }: ViewProps) {
  const values = yearValues(view, node, t);
  const [min, max] = extent(values);
  const ranked = view.regions.map((_, r) => r).filter((r) => Number.isFinite(values[r])).sort((a, b) => values[b] - values[a]);
  const ends = ranked.length > BAR_ALL_UP_TO;
  const rows: (number | null)[] = ends ? [...ranked.slice(0, BAR_ENDS), null, ...ranked.slice(-BAR_ENDS)] : ranked;
  const low = Math.min(0, min);
  const span = Math.max(0, max) - low || 1;
  const percent = (v: number) => `${((100 * v) / span).toFixed(2)}%`;
  return (
    <figure class="bars-figure">
      <ol class="bars" data-testid="bars" aria-label={ends ? s.barsEndsNote(BAR_ENDS, ranked.length) : s.barsNote}>
        {rows.map((r) => {
          if (r === null) return <li key="gap" class="bars-gap" aria-hidden="true">⋯</li>;
          const region = view.regions[r];
          const value = values[r];
          const name = nameIn(region.name, lang);
          return (
            <li key={region.code}>
              <button type="button" class={region.code === selected ? 'selected' : ''} data-region={region.code} title={`${name} ${formatScore(value)}`} onClick={() => onSelect(region.code)}>
                <span class="bar-name">{name}</span>
                <span class="bar-track">
                  <span class="bar" style={{ left: percent(Math.min(value, 0) - low), width: percent(Math.abs(value)), background: colorFor(value, min, max) }} />
                </span>
                <span class="bar-value">{formatScore(value)}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <figcaption>{ends ? s.barsEndsNote(BAR_ENDS, ranked.length) : s.barsNote}</figcaption>
    </figure>
  );
});
