/**
 * The what-if scenario beyond its panel: the guidance numbers requested once for the app (the panel, the map and
 * the ranking table share them), the view with the scenario's scores and ranks in its year, and the banner that
 * labels the map and the table as a scenario with a way back to the observed scores.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Engine } from '../engine.js';
import type { Lang } from '../i18n.js';
import type { GuidanceView, ResultView, SpecDocument } from '../worker/protocol.js';
import { WHATIF_ID } from './what-if-spec.js';

const T = {
  zh: {
    label: (id: string, year: number) => `情景模拟（非观测值）：${id} · ${year} 年 · 完全重建`,
    otherYear: (year: number) => `情景只改动 ${year} 年；本年份为观测值`,
    observed: '显示观测值',
    scenario: '显示情景',
    showingObserved: '当前显示观测值（情景仍在规格中）',
  },
  en: {
    label: (id: string, year: number) => `Scenario (not observed): ${id} · ${year} · full rebuild`,
    otherYear: (year: number) => `the scenario changes ${year} only; this year is observed`,
    observed: 'Show observed',
    scenario: 'Show scenario',
    showingObserved: 'showing observed scores (the scenario stays in the spec)',
  },
};

/** Whether the spec has the what-if panel's scenario. */
export function hasWhatIf(doc: SpecDocument | null): boolean {
  return ((doc?.scenarios as { id: string }[] | undefined) ?? []).some((s) => s.id === WHATIF_ID);
}

/** The guidance numbers for the spec and region while `wanted` (latest request wins). */
export function useGuidance(engine: Engine, doc: SpecDocument | null, region: string | null, wanted: boolean): GuidanceView | null {
  const [guidance, setGuidance] = useState<GuidanceView | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    const run = ++latest.current;
    if (!doc || !region || !wanted) return;
    void engine.request({ type: 'guidance', spec: doc, region }).then((reply) => {
      if (run === latest.current && reply.type === 'guidance') setGuidance(reply.guidance);
    });
  }, [doc, region, wanted, engine]);
  return guidance;
}

/** The view with the scenario's scores and ranks of every node in its year (other years as observed). */
export function useScenarioView(view: ResultView | null, guidance: GuidanceView | null, doc: SpecDocument | null): ResultView | null {
  const scenario = guidance && hasWhatIf(doc) && view && guidance.specHash === view.specHash ? guidance.scenario : null;
  return useMemo(() => {
    if (!view || !scenario) return null;
    const t = view.years.indexOf(scenario.year);
    if (t < 0) return null;
    const n = view.regions.length;
    const replaced = (what: 'scores' | 'ranks') =>
      Object.fromEntries(
        Object.entries(view[what]).map(([code, column]) => {
          const after = scenario.nodes[what][code];
          if (!after || after.length !== n) return [code, column];
          const out = Float64Array.from(column);
          after.forEach((v, r) => (out[t * n + r] = v));
          return [code, out];
        }),
      );
    return { ...view, scores: replaced('scores'), ranks: replaced('ranks') };
  }, [view, scenario]);
}

interface BannerProps {
  guidance: GuidanceView;
  year: number;
  showing: boolean;
  lang: Lang;
  onToggle: () => void;
}

/** The label over the map and the table while a scenario is active, zh and en, with the switch back to observed. */
export function ScenarioBanner({ guidance, year, showing, lang, onToggle }: BannerProps) {
  const x = T[lang];
  const scenario = guidance.scenario!;
  return (
    <div class="scenario-banner" role="status" data-testid="scenario-banner" data-showing={showing ? 'scenario' : 'observed'}>
      <strong>{showing ? x.label(scenario.id, scenario.year) : x.showingObserved}</strong>
      {showing && year !== scenario.year && <span> · {x.otherYear(scenario.year)}</span>}{' '}
      <button type="button" data-testid="scenario-toggle" onClick={onToggle}>
        {showing ? x.observed : x.scenario}
      </button>
    </div>
  );
}
