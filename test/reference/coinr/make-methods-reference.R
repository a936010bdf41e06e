#!/usr/bin/env Rscript
# Reference outputs for nqpf's normalisation and aggregation methods, from COINr 1.1.14 (same install as
# make-reference.R; see README.md). Usage (from this folder): Rscript make-methods-reference.R
# This script only calls COINr functions; it contains no COINr code.
suppressMessages(library(COINr))
stopifnot(as.character(packageVersion("COINr")) == "1.1.14")
fmt <- function(v) ifelse(is.na(v), "", sprintf("%.17g", v))
long <- function(case, wide, codes) do.call(rbind, lapply(codes, function(ic)
  data.frame(case = case, uCode = wide$uCode, iCode = ic, value = fmt(wide[[ic]]))))
ind <- ASEM_iMeta$iCode[ASEM_iMeta$Type == "Indicator"]
coin <- new_coin(ASEM_iData, ASEM_iMeta, quietly = TRUE)

# normalisations of the raw ASEM data (Normalise applies Direction first, as nqpf)
norm_cases <- list(
  "scaled" = list(f_n = "n_scaled", f_n_para = list(npara = c(-10, 50), scale_factor = 100)),
  "dist-to-max" = list(f_n = "n_dist2max"),
  "dist-to-ref" = list(f_n = "n_dist2ref", f_n_para = list(iref = 5, cap_max = TRUE)),
  "dist-to-target" = list(f_n = "n_dist2targ", f_n_para = "use_iMeta"),
  "frac-max" = list(f_n = "n_fracmax"),
  "borda" = list(f_n = "n_borda")
)
out <- do.call(rbind, lapply(names(norm_cases), function(nm) {
  co <- suppressWarnings(suppressMessages(Normalise(coin, dset = "Raw", global_specs = norm_cases[[nm]])))
  long(nm, get_dset(co, "Normalised"), ind)
}))
write.csv(out, "normalise-methods.csv", row.names = FALSE, quote = FALSE)
message("dist-to-ref reference region (row 5 of the Raw dset): ", get_dset(coin, "Raw")$uCode[5])  # BGR

# goalposts on a vector (n_goalposts; gposts = c(lo, hi, scale))
x <- c(-5, 0, 2.5, 7, 10, 12, NA)
gp <- data.frame(x = fmt(x), up = fmt(n_goalposts(x, c(0, 10, 100))),
                 down = fmt(n_goalposts(x, c(0, 10, 100), direction = -1)),
                 free = fmt(n_goalposts(x, c(0, 10, 1), trunc2posts = FALSE)))
write.csv(gp, "normalise-goalposts.csv", row.names = FALSE, quote = FALSE)

# aggregations of the example pipeline's Normalised dset (build_example_coin: min-max [0, 100])
copeland_by_df <- function(x, w) a_copeland(x, w)  # Aggregate passes x =, a_copeland names it X
ex <- build_example_coin(up_to = "Normalise", quietly = TRUE)
agg_cases <- list(
  "genmean-p2" = list(f_ag = "a_genmean", f_ag_para = list(p = 2)),
  "genmean-p0.5" = list(f_ag = "a_genmean", f_ag_para = list(p = 0.5)),
  "copeland" = list(f_ag = "copeland_by_df", by_df = TRUE)
)
codes <- ASEM_iMeta$iCode[ASEM_iMeta$Type == "Aggregate"]
out <- do.call(rbind, lapply(names(agg_cases), function(nm) {
  co <- suppressMessages(do.call(Aggregate, c(list(x = ex, dset = "Normalised"), agg_cases[[nm]])))
  long(nm, get_dset(co, "Aggregated"), codes)
}))
write.csv(out, "aggregate-methods.csv", row.names = FALSE, quote = FALSE)
