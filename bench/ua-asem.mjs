// Benchmark (issue 14): uncertainty analysis of COINr's ASEM vignette recipe (bench/ua-asem.yaml, N = 1000) and the
// Saltelli sensitivity analysis (N = 1000, d = 4 → 6000 runs), whole `nqpf sensitivity` processes (start-up, reading,
// runs, rank intervals, CSV + XLSX + HTML report written), against COINr's get_sensitivity.
// usage: npm run build && node bench/ua-asem.mjs [--coinr N] [--rounds R]
//   --coinr N: time COINr itself now through Rscript with N runs (when R and COINr are installed); otherwise the
//   issue's figure for N = 1000 on this project's machine (78 s, issue 14) is used and said so.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cliRun, fmt, loadLine, median, requireDist, ROOT } from './ua-common.mjs';

requireDist();
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const spec = join(ROOT, 'bench/ua-asem.yaml');
const rounds = arg('--rounds', 3);
console.log(loadLine());

const ISSUE_COINR_SECONDS = 78; // issue 14: get_sensitivity, N = 1000, this design, measured by the issue's author
let coinrPerRun = ISSUE_COINR_SECONDS / 1000;
let coinrSource = `issue 14's figure (${ISSUE_COINR_SECONDS} s for N = 1000), not measured now`;
const hasR = spawnSync('Rscript', ['-e', 'cat(requireNamespace("COINr", quietly = TRUE))'], { encoding: 'utf8' });
if (hasR.error || hasR.stdout.trim() !== 'TRUE') {
  console.log(hasR.error ? 'Rscript is not installed here: COINr not timed.' : 'R is installed but COINr is not: COINr not timed.');
} else if (process.argv.includes('--coinr')) {
  const n = arg('--coinr', 20);
  const script = `suppressMessages(library(COINr)); coin <- build_example_coin(quietly = TRUE); set.seed(1)
w <- get_noisy_weights(w = coin$Meta$Weights$Original, noise_specs = data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25)), Nrep = 100)
specs <- list(Winsorisation = list(Address = "$Log$Treat$global_specs$f1_para$winmax", Distribution = 1:5, Type = "discrete"),
  Normalisation = list(Address = "$Log$Normalise$global_specs", Distribution = list(list(f_n = "n_minmax", f_n_para = list(l_u = c(1,100))), list(f_n = "n_zscore", f_n_para = list(m_sd = c(10,2)))), Type = "discrete"),
  Weights = list(Address = "$Log$Aggregate$w", Distribution = w, Type = "discrete"),
  Aggregation = list(Address = "$Log$Aggregate$f_ag", Distribution = c("a_amean", "a_gmean"), Type = "discrete"))
t <- system.time(get_sensitivity(coin, SA_specs = specs, N = ${n}, SA_type = "UA", dset = "Aggregated", iCode = "Index"))
cat(t[["elapsed"]] / ${n}, "\\n")`;
  const r = spawnSync('Rscript', ['-e', script], { encoding: 'utf8' });
  coinrPerRun = Number(r.stdout.trim().split('\n').pop());
  coinrSource = `measured now with N = ${n}`;
}
console.log(`COINr get_sensitivity: ${fmt(coinrPerRun * 1000, 1)} s per 1000 runs (${coinrSource})`);

const cases = [
  ['UA N=1000, default threads', ['--type', 'uncertainty'], 1000],
  ['UA N=1000, --workers 1', ['--type', 'uncertainty', '--workers', '1'], 1000],
  ['SA N=1000 d=4 (6000 runs), default threads', ['--type', 'sensitivity'], 6000],
];
const times = new Map(cases.map(([label]) => [label, []]));
const seen = new Map();
for (let k = 0; k < rounds; k++) {
  for (const [label, args] of cases) {
    const r = cliRun(spec, args);
    times.get(label).push(r);
    seen.set(label, r);
  }
}
for (const [label, , runs] of cases) {
  const all = times.get(label);
  const s = median(all.map((r) => r.seconds));
  const cpu = median(all.map((r) => r.cpuSeconds));
  const r = seen.get(label);
  console.log(`nqpf ${label}: median ${fmt(s)} s whole process (cpu ${fmt(cpu)} s), peak ${fmt(r.peakMiB, 0)} MiB, ${fmt((coinrPerRun * runs) / s, 0)}× COINr, intervals sha256 ${r.hash}`);
}
console.log(loadLine());
