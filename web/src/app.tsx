import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BarView, MapView, TileGrid } from './charts/results-views.js';
import { DataPanel } from './components/data-panel.js';
import { Diagnostics } from './components/diagnostics.js';
import { Robustness } from './components/robustness.js';
import { FrameworkTree } from './components/framework-tree.js';
import { MethodMenus } from './components/method-menus.js';
import { Profile } from './components/profile.js';
import { WhatIf } from './components/what-if.js';
import { hasWhatIf, ScenarioBanner, useGuidance, useScenarioView } from './components/scenario-view.js';
import { RankingTable } from './components/ranking-table.js';
import { WeightSliders } from './components/weight-sliders.js';
import { YearBar } from './components/year-bar.js';
import { LoadProgressLine } from './components/load-progress.js';
import { loadProgress } from './load-progress.js';
import { withStableLists } from './stable-view.js';
import { dimensionsOf, isProvincePanel, valueAt } from './derive.js';
import { BuildQueue, DiagnosticsQueue, Engine, RobustnessRunner, type DiagnosticsState, type RobustnessState } from './engine.js';
import { nameIn, STRINGS, type Lang } from './i18n.js';
import { cleansData, frameworkRefOf, withCleanData, withDefaultUncertainty, withOverride, withWeights } from './spec-edit.js';
import { ProblemsBox } from './components/problems-box.js';
import chinaMap from '../public/china.json';
import type { ExampleInfo, FrameworkInfo, MethodInfo, Problem, QualityReport, Reply, ResultView, SpecDocument } from './worker/protocol.js';

type Tab = 'results' | 'profile' | 'diagnostics' | 'robustness' | 'data' | 'framework' | 'methods';
const TABS: Tab[] = ['results', 'profile', 'diagnostics', 'robustness', 'data', 'framework', 'methods'];
/** Diagnostics start once builds have been quiet this long (a dragged slider does not start them on every step). */
const DIAGNOSTICS_DELAY_MS = 500;
/** A worker that failed or fell silent (worker-client.ts): it was replaced, and the user may retry. */
const WORKER_PROBLEMS = new Set(['WORKER_FAILED', 'WORKER_TIMEOUT']);

export function App() {
  const engine = useMemo(() => new Engine(), []);
  const [lang, setLang] = useState<Lang>('zh');
  const s = STRINGS[lang];
  const [methods, setMethods] = useState<MethodInfo[]>([]);
  const [examples, setExamples] = useState<ExampleInfo[]>([]);
  const [frameworks, setFrameworks] = useState<FrameworkInfo[]>([]);
  const [exampleId, setExampleId] = useState<string | null>(null);
  const [doc, setDoc] = useState<SpecDocument | null>(null);
  const [view, setView] = useState<ResultView | null>(null);
  const [quality, setQuality] = useState<QualityReport | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [yearIndex, setYearIndex] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('results');
  const [mode, setMode] = useState<'map' | 'tiles'>('map');
  const [mapNode, setMapNode] = useState<string | null>(null);
  const [timing, setTiming] = useState<{ worker: number; total: number; from: string | null } | null>(null);
  const [busy, setBusy] = useState(true);
  /** The result checks (dominance warnings) of the last settled spec: a slider's live builds leave them out. */
  const [checks, setChecks] = useState<{ specHash: string; warnings: { code: string; zh: string; en: string }[] } | null>(null);
  const [diagnostics, setDiagnostics] = useState<DiagnosticsState>({ diagnostics: null, running: false, progress: null, problems: [] });
  const diagnosticsEngine = useMemo(() => new Engine(), []);
  const diagnosticsQueue = useMemo(() => new DiagnosticsQueue(diagnosticsEngine, setDiagnostics), [diagnosticsEngine]);
  const [robustness, setRobustness] = useState<RobustnessState>({ result: null, running: false, cancelling: false, progress: null, problems: [] });
  const robustnessRunner = useMemo(() => new RobustnessRunner(diagnosticsEngine, setRobustness), [diagnosticsEngine]);
  const diagnosticsTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const diagnosedDoc = useRef<SpecDocument | null>(null);
  /** Every edit is a spec change: the undo history holds specs. */
  const undoStack = useRef<SpecDocument[]>([]);
  const redoStack = useRef<SpecDocument[]>([]);
  const dragBase = useRef<SpecDocument | null>(null);
  const requestedAt = useRef(0);
  const docRef = useRef(doc);
  docRef.current = doc;
  const viewRef = useRef(view);
  viewRef.current = view;

  const queue = useMemo(
    () =>
      new BuildQueue(engine, (reply: Reply) => {
        setBusy(false);
        if (reply.type === 'build') {
          setView(withStableLists(reply.view, viewRef.current));
          if (reply.quality) setQuality(reply.quality);
          setProblems([]);
          scheduleDiagnostics();
        } else if (reply.type === 'error') setProblems(reply.problems);
        loadProgress.finish();
      }, (progress) => loadProgress.update(progress)),
    [engine],
  );

  useEffect(() => {
    void engine.request({ type: 'init' }).then((reply) => {
      if (reply.type !== 'init') return;
      setMethods(reply.methods);
      setExamples(reply.examples);
      setFrameworks(reply.frameworks);
      setExampleId(reply.examples[0].id);
      show(reply.examples[0].spec);
    });
  }, [engine]);

  /** The spec's analyses for the current document in the second worker, once builds have settled. */
  const scheduleDiagnostics = () => {
    if (diagnosticsTimer.current !== null) clearTimeout(diagnosticsTimer.current);
    diagnosticsTimer.current = setTimeout(() => {
      diagnosticsTimer.current = null;
      const current = docRef.current;
      if (!current || current === diagnosedDoc.current) return;
      diagnosedDoc.current = current;
      void diagnosticsEngine.request({ type: 'checks', spec: current }).then((reply) => reply.type === 'checks' && setChecks(reply));
      diagnosticsQueue.push(current);
    }, DIAGNOSTICS_DELAY_MS);
  };

  /** Show a document and send it to the worker at once (not from an effect, which waits for a frame). */
  const show = (next: SpecDocument) => {
    docRef.current = next;
    requestedAt.current = performance.now();
    diagnosticsQueue.cancel();
    diagnosedDoc.current = null;
    queue.push(next);
    setBusy(true);
    setDoc(next);
  };

  // Once the new view is in the DOM: the time from the request (e.g. a slider's input event) to here.
  useLayoutEffect(() => {
    if (view) setTiming({ worker: view.computeMs, total: performance.now() - requestedAt.current, from: view.rerunFrom });
  }, [view]);

  // A new panel (other years or regions): show its last year and select its top region.
  const panelKey = useMemo(() => (view ? `${view.years.join(',')}|${view.regions.map((r) => r.code).join(',')}` : ''), [view?.years, view?.regions]);
  useEffect(() => {
    if (!view) return;
    const last = view.years.length - 1;
    setYearIndex(last);
    if (!selected || !view.regions.some((r) => r.code === selected)) {
      const best = view.regions.map((r, i) => ({ r, rank: valueAt(view, view.root, last, i, 'ranks') })).sort((a, b) => a.rank - b.rank)[0];
      setSelected(best?.r.code ?? null);
    }
  }, [panelKey]);
  useEffect(() => {
    if (view && mapNode && !view.nodes.some((n) => n.code === mapNode)) setMapNode(null);
  }, [view]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = s.appTitle;
  }, [lang]);

  const commit = (next: SpecDocument) => {
    if (docRef.current) undoStack.current.push(docRef.current);
    redoStack.current = [];
    show(next);
  };
  const undo = () => {
    const previous = undoStack.current.pop();
    if (!previous || !docRef.current) return;
    redoStack.current.push(docRef.current);
    show(previous);
  };
  const redo = () => {
    const next = redoStack.current.pop();
    if (!next || !docRef.current) return;
    undoStack.current.push(docRef.current);
    show(next);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'range') return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const setWeight = (code: string, weight: number, live: boolean) => {
    const current = docRef.current;
    const v = viewRef.current;
    if (!current || !v) return;
    const next = withWeights(current, v, { [code]: weight });
    if (live) {
      if (!dragBase.current) dragBase.current = current;
      show(next);
    } else commit(next);
  };
  const endDrag = () => {
    if (!dragBase.current) return;
    undoStack.current.push(dragBase.current);
    redoStack.current = [];
    dragBase.current = null;
  };

  /**
   * Dropped files: read off the page's thread (File.arrayBuffer), parsed and built in the worker, with progress.
   * The page keeps a copy of each (issue 17): a worker that fails or times out is replaced and given them again,
   * and a failed import can be retried without dropping the files a second time.
   */
  const onFiles = async (files: File[]) => {
    if (!doc || files.length === 0) return;
    loadProgress.start(files.map((f) => f.name).join(', '), files.reduce((n, f) => n + f.size, 0));
    const payload = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
    engine.hold(payload);
    void diagnosticsQueue.store(payload);
    await importHeld(payload.map((p) => p.name));
  };

  const failedImport = useRef<string[] | null>(null);
  const importHeld = async (names: string[]) => {
    const current = docRef.current;
    if (!current) return;
    const payload = names.map((name) => ({ name, bytes: engine.heldFile(name)! }));
    failedImport.current = null;
    const reply = await engine.request({ type: 'import', files: payload, spec: current }, payload.map((p) => p.bytes), (progress) => loadProgress.update(progress));
    if (reply.type === 'import') {
      if (reply.made?.length) {
        engine.hold(reply.made);
        void diagnosticsQueue.store(reply.made);
      }
      setExampleId(null);
      commit(reply.spec);
    } else {
      if (reply.type === 'error') {
        if (reply.problems.some((p) => WORKER_PROBLEMS.has(p.code))) failedImport.current = names;
        setProblems(reply.problems);
      }
      loadProgress.finish();
    }
  };

  /** After a worker failure: the failed import again (from the kept files), else the current spec rebuilt. */
  const retry = () => {
    setProblems([]);
    if (failedImport.current) {
      loadProgress.start(failedImport.current.join(', '), 0);
      void importHeld(failedImport.current);
    } else if (docRef.current) show(docRef.current);
  };

  const importSpec = async (file: File) => {
    const reply = await engine.request({ type: 'parse-spec', text: await file.text(), name: file.name });
    if (reply.type === 'parse-spec') commit(reply.spec);
    else if (reply.type === 'error') setProblems(reply.problems);
  };

  const useFramework = async (path: string) => {
    if (!doc) return;
    const reply = await engine.request({ type: 'use-framework', path, spec: doc });
    if (reply.type === 'import') commit(reply.spec);
    else if (reply.type === 'error') setProblems(reply.problems);
  };

  const moveIndicator = async (code: string, parent: string | null) => {
    if (!doc) return;
    const reply = await engine.request({ type: 'move-indicator', spec: doc, code, parent });
    if (reply.type === 'import') {
      if (reply.made?.length) {
        engine.hold(reply.made);
        void diagnosticsQueue.store(reply.made);
      }
      commit(reply.spec);
    } else if (reply.type === 'error') setProblems(reply.problems);
  };

  const exportFile = async (what: 'spec' | 'csv' | 'xlsx' | 'framework') => {
    if (!doc) return;
    const reply = await engine.request({ type: 'export', what, spec: doc, lang });
    if (reply.type === 'export') download(reply.name, reply.bytes, reply.mime);
    else if (reply.type === 'error') setProblems(reply.problems);
  };

  /** The spec's analyses are current: the diagnostics worker has them for the view on screen. */
  const analysesReady = !!view && !diagnostics.running && diagnostics.diagnostics?.specHash === view.specHash;

  /** report.html in the UI language: from the diagnostics worker with the analyses when they are ready, else without. */
  const exportReport = async () => {
    if (!doc) return;
    const worker = analysesReady ? diagnosticsEngine : engine;
    const reply = await worker.request({ type: 'report', spec: doc, lang, analyses: analysesReady, chinaMap });
    if (reply.type === 'export') download(reply.name, reply.bytes, reply.mime);
    else if (reply.type === 'error') setProblems(reply.problems);
  };

  const t = Math.min(yearIndex, (view?.years.length ?? 1) - 1);
  const provinces = useMemo(() => (view ? isProvincePanel(view) : false), [view?.regions]);
  const node = mapNode ?? view?.root ?? '';
  const select = (code: string) => setSelected(code);
  // The what-if scenario: the panel, the map and the ranking table share one guidance request.
  const guidance = useGuidance(engine, doc, selected, tab === 'profile' || hasWhatIf(doc));
  const scenarioView = useScenarioView(view, guidance, doc);
  const [observedShown, setObservedShown] = useState(false);
  const shown = scenarioView && !observedShown ? scenarioView : view;
  const banner = scenarioView && guidance && view ? <ScenarioBanner guidance={guidance} year={view.years[t]} showing={!observedShown} lang={lang} onToggle={() => setObservedShown(!observedShown)} /> : null;

  return (
    <div class="app">
      <header class="top">
        <h1>
          {s.appTitle}
          {view?.name && <span class="spec-name">{nameIn(view.name, lang)}</span>}
        </h1>
        <div class="actions">
          <button type="button" data-testid="undo" onClick={undo} disabled={undoStack.current.length === 0} title="Ctrl+Z">
            ↶ {s.undo}
          </button>
          <button type="button" onClick={redo} disabled={redoStack.current.length === 0} title="Ctrl+Shift+Z">
            ↷ {s.redo}
          </button>
          <label class="button">
            {s.importSpec}
            <input
              type="file"
              accept=".yaml,.yml,.json"
              class="visually-hidden"
              data-testid="spec-input"
              onChange={(e) => {
                const input = e.target as HTMLInputElement;
                if (input.files?.[0]) void importSpec(input.files[0]);
                input.value = '';
              }}
            />
          </label>
          <button type="button" data-testid="export-spec" onClick={() => void exportFile('spec')}>
            {s.exportSpec}
          </button>
          {doc && frameworkMadeHere(doc) && (
            <button type="button" data-testid="export-framework" onClick={() => void exportFile('framework')}>
              {s.exportFramework}
            </button>
          )}
          <button type="button" data-testid="export-csv" onClick={() => void exportFile('csv')}>
            {s.exportCsv}
          </button>
          <button type="button" data-testid="export-xlsx" onClick={() => void exportFile('xlsx')}>
            {s.exportXlsx}
          </button>
          <button type="button" data-testid="export-report" data-analyses={analysesReady ? 'ready' : 'none'} title={s.reportTitle(analysesReady)} onClick={() => void exportReport()}>
            {s.exportReport}
          </button>
          <button type="button" class="lang" data-testid="lang" aria-label={s.languageLabel} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {s.language}
          </button>
        </div>
      </header>

      <aside class="left">
        {view && <WeightSliders view={view} lang={lang} s={s} onPreview={(code, w) => setWeight(code, w, true)} onCommit={endDrag} />}
        {view && view.notes.length > 0 && (
          <details class="panel notes">
            <summary>
              {s.notes} ({view.noteCount})
            </summary>
            <ul class="compact">
              {view.notes.map((n, i) => (
                <li key={i}>{n[lang]}</li>
              ))}
            </ul>
          </details>
        )}
      </aside>

      <main class="center">
        <ProblemsBox problems={problems} lang={lang} s={s} cleaning={!!doc && cleansData(doc)} onClean={() => doc && commit(withCleanData(doc))} onRetry={retry} />
        <LoadProgressLine s={s} />
        {view && <YearBar years={view.timeless ? [] : view.years} index={t} s={s} onChange={setYearIndex} />}
        <div class="tabs" role="tablist" aria-label="nqpf">
          {TABS.map((id) => (
            <button
              type="button"
              role="tab"
              id={`tab-${id}`}
              key={id}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              data-testid={`tab-${id}`}
              onClick={() => setTab(id)}
              onKeyDown={(e) => {
                const k = TABS.indexOf(id);
                const next = e.key === 'ArrowRight' ? TABS[(k + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(k + TABS.length - 1) % TABS.length] : null;
                if (next) {
                  setTab(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
            >
              {s.tabs[id]}
            </button>
          ))}
        </div>
        <div class="tab-panel" role="tabpanel" key={tab} id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {!view && <p class="hint">{s.loading}</p>}
          {view && tab === 'results' && (
            <div class="results">
              {banner}
              <div class="results-controls">
                {provinces && (
                  <span class="segmented" role="radiogroup" aria-label={s.viewLabel}>
                    {(['map', 'tiles'] as const).map((m) => (
                      <button type="button" key={m} role="radio" aria-checked={mode === m} data-testid={`mode-${m}`} onClick={() => setMode(m)}>
                        {s.views[m]}
                      </button>
                    ))}
                  </span>
                )}
                <label for="map-node">{s.score}</label>
                <select id="map-node" value={node} onChange={(e) => setMapNode((e.target as HTMLSelectElement).value)}>
                  {[view.nodes.find((n) => n.code === view.root)!, ...dimensionsOf(view)].map((n) => (
                    <option key={n.code} value={n.code}>
                      {nameIn(n.name, lang)}
                    </option>
                  ))}
                </select>
              </div>
              {provinces ? (
                mode === 'map' ? (
                  <MapView view={shown!} t={t} node={node} lang={lang} s={s} selected={selected} onSelect={select} />
                ) : (
                  <TileGrid view={shown!} t={t} node={node} lang={lang} s={s} selected={selected} onSelect={select} />
                )
              ) : (
                <BarView view={shown!} t={t} node={node} lang={lang} s={s} selected={selected} onSelect={select} />
              )}
            </div>
          )}
          {view && tab === 'profile' && selected && (
            <Profile view={view} t={t} lang={lang} s={s} selected={selected} onSelect={select} typology={diagnostics.diagnostics?.typology ?? null} typologyStale={diagnostics.running || diagnostics.diagnostics?.specHash !== view.specHash} />
          )}
          {view && doc && tab === 'profile' && selected && !view.timeless && (
            <WhatIf view={view} doc={doc} guidance={guidance} lang={lang} selected={selected} onSelect={select} onEndDrag={endDrag} onEdit={(next, live) => (live ? (dragBase.current ??= docRef.current, show(next)) : commit(next))} />
          )}
          {view && doc && tab === 'robustness' && (
            <Robustness
              view={view}
              spec={doc}
              state={robustness}
              t={t}
              lang={lang}
              s={s}
              onAddDefault={() => commit(withDefaultUncertainty(doc))}
              onRun={() => robustnessRunner.start(doc)}
              onCancel={() => robustnessRunner.cancel()}
            />
          )}
          {view && tab === 'diagnostics' && <Diagnostics view={view} state={diagnostics} t={t} lang={lang} s={s} selected={selected} onSelect={select} />}
          {tab === 'data' && (
            <DataPanel
              lang={lang}
              s={s}
              examples={examples}
              exampleId={exampleId}
              quality={quality}
              warnings={view?.warnings ?? checks?.warnings ?? []}
              onExample={(id) => {
                const example = examples.find((x) => x.id === id);
                if (!example) return;
                setExampleId(id);
                commit(example.spec);
              }}
              onFiles={(files) => void onFiles(files)}
            />
          )}
          {view && doc && tab === 'framework' && (
            <FrameworkTree
              view={view}
              lang={lang}
              s={s}
              frameworks={frameworks}
              current={frameworkRefOf(doc).path}
              onFramework={(path) => void useFramework(path)}
              onWeight={(code, w) => setWeight(code, w, false)}
              onEdit={(code, edit) => commit(withOverride(doc, code, edit))}
              drafted={frameworkMadeHere(doc)}
              onMove={(code, parent) => void moveIndicator(code, parent)}
            />
          )}
          {doc && tab === 'methods' && <MethodMenus spec={doc} view={view} methods={methods} lang={lang} s={s} onChange={commit} />}
        </div>
      </main>

      <aside class="right">
        {banner}
        {view && <RankingTable view={shown!} t={t} lang={lang} s={s} selected={selected} onSelect={select} />}
      </aside>

      <footer class="status" aria-live="polite" data-testid="status">
        {busy ? s.loading : timing ? s.recomputed(timing.worker, timing.total, timing.from) : ''}
        {diagnostics.running && <span data-testid="status-diagnostics"> · {s.diagnosticsComputing(diagnostics.progress?.done ?? 0, diagnostics.progress?.total ?? 0)}</span>}
      </footer>
    </div>
  );
}

/** A framework the app made for a dropped table (not a file the user has): offer it for download with the spec. */
function frameworkMadeHere(spec: SpecDocument): boolean {
  return frameworkRefOf(spec).path.endsWith('.framework.yaml');
}

function download(name: string, bytes: Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
