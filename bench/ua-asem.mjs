// Benchmark: uncertainty (N = 1000) and sensitivity (N = 1000, d = 4 → 6000 runs) analysis of COINr's ASEM
// vignette recipe (bench/ua-asem.yaml), whole `nqpf sensitivity` process, against COINr's get_sensitivity.
// usage: npm run build && node bench/ua-asem.mjs [--coinr N]   (--coinr N times COINr itself with N runs now;
// otherwise COINr's recorded time from test/reference/coinr/uncertainty-timing.txt is used)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliRun, fmt, loadProbe, requireDist, ROOT } from './ua-common.mjs';

requireDist();
const spec = join(ROOT, 'bench/ua-asem.yaml');
const probe = loadProbe();
console.log(`machine load probe: ${probe.ms} ms (≈ 100 when idle)`);

let coinrPerRun;
const flag = process.argv.indexOf('--coinr');
if (flag > 0) {
  const n = Number(process.argv[flag + 1] ?? 20);
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
  console.log(`COINr get_sensitivity, measured now with N = ${n}: ${fmt(coinrPerRun)} s per run`);
} else {
  const line = readFileSync(join(ROOT, 'test/reference/coinr/uncertainty-timing.txt'), 'utf8');
  coinrPerRun = Number(/elapsed_s=([\d.]+)/.exec(line)[1]) / 1000;
  console.log(`COINr get_sensitivity N = 1000 (recorded, test/reference/coinr/uncertainty-timing.txt): ${fmt(coinrPerRun * 1000, 1)} s`);
}

for (const [label, args, runs] of [
  ['UA N=1000, 1 thread', ['--type', 'uncertainty', '--workers', '1'], 1000],
  ['UA N=1000, 2 threads', ['--type', 'uncertainty', '--workers', '2'], 1000],
  ['SA N=1000 d=4 (6000 runs), 1 thread', ['--type', 'sensitivity', '--workers', '1'], 6000],
  ['SA N=1000 d=4 (6000 runs), 2 threads', ['--type', 'sensitivity', '--workers', '2'], 6000],
]) {
  const r = cliRun(spec, args);
  const speedup = (coinrPerRun * runs) / r.seconds;
  console.log(`nqpf ${label}: ${fmt(r.seconds)} s whole process, peak ${fmt(r.peakMiB, 0)} MiB, ${fmt(speedup, 0)}× COINr, intervals sha256 ${r.hash}`);
}
