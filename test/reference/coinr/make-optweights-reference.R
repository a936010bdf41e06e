#!/usr/bin/env Rscript
# Reference outputs for nqpf's `optimised` weights, from COINr 1.1.14 get_opt_weights (same install as
# make-reference.R; see README.md). Usage (from this folder): Rscript make-optweights-reference.R
# This script only calls COINr functions (weights2corr is COINr's internal helper, called via :::); it contains no COINr code.
suppressMessages(library(COINr))
stopifnot(as.character(packageVersion("COINr")) == "1.1.14")
fmt <- function(v) ifelse(is.na(v), "", sprintf("%.17g", v))
coin <- build_example_coin(quietly = TRUE)

cases <- list(
  "balance-l3" = list(Level = 3, optype = "balance"),
  "balance-l2" = list(Level = 2, optype = "balance"),
  "balance-l2-tight" = list(Level = 2, optype = "balance", toler = 1e-10, maxiter = 5000),
  "infomax-l3" = list(Level = 3, optype = "infomax", toler = 1e-10, maxiter = 5000)
)
out <- do.call(rbind, lapply(names(cases), function(nm) {
  a <- cases[[nm]]
  args <- c(list(coin = coin, itarg = if (a$optype == "balance") "equal" else NULL, dset = "Aggregated", out2 = "list"), a)
  res <- suppressMessages(do.call(get_opt_weights, args))
  w <- res$WeightsOpt
  # Pearson correlation of each component at the level with the Index, under the optimised weights
  cr <- suppressMessages(COINr:::weights2corr(coin, w = w, dset = "Aggregated", Levels = c(a$Level, coin$Meta$maxlev)))$cr
  lev <- w[w$Level == a$Level, ]
  r <- cr$Correlation[match(lev$iCode, cr$Var2)]
  if (anyNA(r)) r <- cr$Correlation[match(lev$iCode, cr$Var1)]
  data.frame(case = nm, level = a$Level, optimize = a$optype, iCode = lev$iCode, weight = fmt(lev$Weight),
             correlation = fmt(r), iterations = res$OptResults$counts[["function"]],
             convergence = res$OptResults$convergence, objective = fmt(res$OptResults$value))
}))
write.csv(out, "optweights.csv", row.names = FALSE, quote = FALSE)
