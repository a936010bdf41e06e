#!/usr/bin/env Rscript
# Regenerates the COINr reference outputs in this folder.
# Usage (from this folder):  Rscript make-reference.R            # cases 1-7
#                            Rscript make-reference.R --ua       # also case 8 (uncertainty, slow)
# Requires COINr 1.1.14 (github.com/bluefoxr/COINr commit b9682034635df03279896b6cb025cd3534f82cbb).
# This script only calls COINr functions; it contains no COINr code.

suppressMessages(library(COINr))
stopifnot(as.character(packageVersion("COINr")) == "1.1.14")

args <- commandArgs(trailingOnly = TRUE)
run_ua <- "--ua" %in% args
out_dir <- "."
data_dir <- "/work/shared/data/coinr-asem"

# ---- helpers -------------------------------------------------------------------
fmt_num <- function(v) ifelse(is.na(v), "", sprintf("%.17g", v))
fmt_col <- function(v) {
  if (is.logical(v)) return(ifelse(is.na(v), "", ifelse(v, "TRUE", "FALSE")))
  if (is.numeric(v)) return(fmt_num(v))
  v <- as.character(v); v[is.na(v)] <- ""; v
}
write_ref <- function(df, file) {
  df[] <- lapply(df, fmt_col)
  needs_q <- vapply(df, function(v) any(grepl("[\",\n]", v)), logical(1))
  utils::write.csv(df, file.path(out_dir, file), row.names = FALSE, na = "",
                   quote = if (any(needs_q)) which(needs_q) else FALSE)
  message("wrote ", file, " (", nrow(df), " rows)")
}
# long score table from a wide dset (uCode [, Time], iCodes...); rank as COINr::rank_df
# (rank(-x, na.last = "keep", ties.method = "min")) within each column (and within each Time)
long_scores <- function(case, wide, iCodes) {
  has_time <- "Time" %in% names(wide)
  parts <- if (has_time) split(wide, wide$Time) else list(wide)
  out <- lapply(parts, function(w) {
    rk <- rank_df(w[c("uCode", iCodes)])
    do.call(rbind, lapply(iCodes, function(ic) data.frame(
      case = case, uCode = w$uCode,
      Time = if (has_time) w$Time else NA,
      iCode = ic, score = w[[ic]], rank = rk[[ic]], stringsAsFactors = FALSE)))
  })
  do.call(rbind, unname(out))
}
long_values <- function(wide, iCodes) {
  do.call(rbind, lapply(iCodes, function(ic) data.frame(
    uCode = wide$uCode, iCode = ic, value = wide[[ic]], stringsAsFactors = FALSE)))
}

# ---- data: shared CSVs vs COINr's built-in data ---------------------------------
csv_iData   <- read.csv(file.path(data_dir, "iData.csv"), check.names = FALSE)
csv_iMeta   <- read.csv(file.path(data_dir, "iMeta.csv"), check.names = FALSE)
csv_iData_p <- read.csv(file.path(data_dir, "iData_panel.csv"), check.names = FALSE)
same_nums <- function(a, b) {
  b <- as.data.frame(b)
  stopifnot(identical(names(a), names(b)), nrow(a) == nrow(b))
  nums <- names(b)[vapply(b, is.numeric, logical(1))]
  all(vapply(nums, function(nm) identical(as.numeric(a[[nm]]), as.numeric(b[[nm]])), logical(1))) &&
    isTRUE(all.equal(a, b, check.attributes = FALSE))
}
# in the CSVs an empty cell of a character column is "" where COINr has NA: map before comparing
csv_iMeta[] <- lapply(csv_iMeta, function(v) { if (is.character(v)) v[v == ""] <- NA; v })
stopifnot(same_nums(csv_iData, ASEM_iData), same_nums(csv_iData_p, ASEM_iData_p),
          same_nums(csv_iMeta, ASEM_iMeta))
message("Shared CSVs: numeric columns bit-identical to COINr::ASEM_iData / ASEM_iData_p / ASEM_iMeta; all.equal TRUE.")
# the built-in objects are used below (they are equal to the CSVs)
iData <- ASEM_iData; iMeta <- ASEM_iMeta; iData_p <- ASEM_iData_p

all_codes <- iMeta$iCode[iMeta$Type %in% c("Indicator", "Aggregate")]   # iMeta order
ind_codes <- iMeta$iCode[iMeta$Type == "Indicator"]

# ---- cases 1-4: cross-section normalise + aggregate -----------------------------
run_cs <- function(case, f_n, f_n_para, f_ag) {
  coin <- new_coin(iData, iMeta, quietly = TRUE)
  coin <- Normalise(coin, dset = "Raw", global_specs = list(f_n = f_n, f_n_para = f_n_para))
  coin <- Aggregate(coin, dset = "Normalised", f_ag = f_ag)
  agg <- get_dset(coin, "Aggregated")
  # indicators in "Aggregated" are the normalised values
  stopifnot(identical(agg[ind_codes], get_dset(coin, "Normalised")[ind_codes]))
  write_ref(long_scores(case, agg, intersect(all_codes, names(agg))), paste0(case, ".csv"))
}
run_cs("minmax-arith", "n_minmax", list(l_u = c(0, 100)), "a_amean")
run_cs("zscore-arith", "n_zscore", list(m_sd = c(0, 1)), "a_amean")
run_cs("rank-arith",   "n_rank",   NULL,                  "a_amean")
run_cs("minmax1-geom", "n_minmax", list(l_u = c(1, 100)), "a_gmean")

# ---- case 5: COINr's example pipeline (build_example_coin) ---------------------
ex <- build_example_coin(quietly = TRUE)
agg <- get_dset(ex, "Aggregated")
write_ref(long_scores("example-pipeline", agg, intersect(all_codes, names(agg))), "example-pipeline.csv")
for (ds in c("Denominated", "Imputed", "Treated")) {
  d <- get_dset(ex, ds)
  write_ref(long_values(d, intersect(ind_codes, names(d))), paste0("example-", tolower(ds), ".csv"))
}
write_ref(ex$Analysis$Screened$DataSummary, "example-screened-units.csv")  # Included = FALSE -> removed
write_ref(ex$Analysis$Treated$Dets_Table, "example-treatment-log.csv")
tp <- ex$Analysis$Treated$Treated_Points
tp_long <- long_values(cbind(uCode = get_dset(ex, "Treated")$uCode, tp), names(tp))
names(tp_long)[3] <- "treated"
write_ref(tp_long[tp_long$treated != "", ], "example-treated-points.csv")
# sanity check against the COINr vignette
ix <- agg[order(-agg$Index), c("uCode", "Index")]
stopifnot(identical(ix$uCode[1:3], c("CHE", "NLD", "DNK")),
          isTRUE(all.equal(round(ix$Index[1:3], 2), c(68.38, 64.82, 64.80))))

# ---- case 6: panel (purse) -----------------------------------------------------
run_panel <- function(case, global) {
  purse <- new_coin(iData_p, iMeta, split_to = "all", quietly = TRUE)
  purse <- Normalise(purse, dset = "Raw", global = global,
                     global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(0, 100))))
  purse <- Aggregate(purse, dset = "Normalised", f_ag = "a_amean")
  agg <- get_dset(purse, "Aggregated")
  agg <- agg[order(agg$Time), ]
  write_ref(long_scores(case, agg, intersect(all_codes, names(agg))), paste0(case, ".csv"))
}
run_panel("panel-minmax-arith", TRUE)
run_panel("panel-minmax-arith-peryear", FALSE)

# ---- case 7: skew / kurtosis and Treat on plain vectors -------------------------
raw <- get_dset(new_coin(iData, iMeta, quietly = TRUE), "Raw")
sk <- do.call(rbind, lapply(ind_codes, function(ic) {
  x <- raw[[ic]]; ck <- check_SkewKurt(x, na.rm = TRUE)
  data.frame(case = "asem-raw", iCode = ic, n = sum(!is.na(x)),
             skew = skew(x, na.rm = TRUE), kurt = kurt(x, na.rm = TRUE), pass = ck$Pass)
}))
# vector cases: R1 = c(1:10, 30, 100) (treat vignette), R2 = c(1:10, 100) (test-treat.R)
vec_cases <- list(
  list(case = "R1-vignette-winmax2", x = c(1:10, 30, 100),
       call = quote(Treat(x, f1 = "winsorise", f1_para = list(winmax = 2), f_pass = "check_SkewKurt"))),
  list(case = "R1-default", x = c(1:10, 30, 100),
       call = quote(Treat(x, f1 = "winsorise", f1_para = list(na.rm = TRUE, winmax = 5, skew_thresh = 2, kurt_thresh = 3.5, force_win = FALSE),
                          f2 = "log_CT", f2_para = list(na.rm = TRUE),
                          f_pass = "check_SkewKurt", f_pass_para = list(na.rm = TRUE, skew_thresh = 2, kurt_thresh = 3.5)))),
  list(case = "R2-test-winmax5", x = c(1:10, 100),
       call = quote(Treat(x, f1 = "winsorise", f1_para = list(winmax = 5), f_pass = "check_SkewKurt"))),
  list(case = "R2-default", x = c(1:10, 100),
       call = quote(Treat(x, f1 = "winsorise", f1_para = list(na.rm = TRUE, winmax = 5, skew_thresh = 2, kurt_thresh = 3.5, force_win = FALSE),
                          f2 = "log_CT", f2_para = list(na.rm = TRUE),
                          f_pass = "check_SkewKurt", f_pass_para = list(na.rm = TRUE, skew_thresh = 2, kurt_thresh = 3.5))))
)
vec_pts <- list(); vec_sum <- list()
for (vc in vec_cases) {
  x <- vc$x
  lt <- eval(vc$call)
  b <- check_SkewKurt(x); a <- check_SkewKurt(lt$x)
  sk <- rbind(sk,
              data.frame(case = paste0(vc$case, "-before"), iCode = "x", n = length(x), skew = b$Skew, kurt = b$Kurt, pass = b$Pass),
              data.frame(case = paste0(vc$case, "-after"),  iCode = "x", n = length(x), skew = a$Skew, kurt = a$Kurt, pass = a$Pass))
  nwin <- lt$Dets_Table$winsorise$nwin
  vec_sum[[vc$case]] <- data.frame(case = vc$case, call = paste(deparse(vc$call, width.cutoff = 500L), collapse = " "),
                                   n_winsorised = if (is.null(nwin)) NA else nwin,
                                   skew_before = b$Skew, kurt_before = b$Kurt, pass_before = b$Pass,
                                   skew_after = a$Skew, kurt_after = a$Kurt, pass_after = a$Pass)
  vec_pts[[vc$case]] <- data.frame(case = vc$case, i = seq_along(x), x = x, treated = lt$x,
                                   point = unlist(lt$Treated_Points))
}
write_ref(sk, "skew-kurt.csv")
write_ref(do.call(rbind, unname(vec_sum)), "treat-vector-summary.csv")
write_ref(do.call(rbind, unname(vec_pts)), "treat-vector-points.csv")

# ---- case 8: uncertainty analysis (vignette spec) --------------------------------
if (run_ua) {
  N_UA <- as.integer(Sys.getenv("NQPF_UA_N", "1000"))
  coin <- build_example_coin(quietly = TRUE)
  set.seed(1)
  l_winmax <- list(Address = "$Log$Treat$global_specs$f1_para$winmax", Distribution = 1:5, Type = "discrete")
  norm_alts <- list(list(f_n = "n_minmax", f_n_para = list(c(1, 100))),
                    list(f_n = "n_zscore", f_n_para = list(c(10, 2))))
  l_norm <- list(Address = "$Log$Normalise$global_specs", Distribution = norm_alts, Type = "discrete")
  w_nom <- coin$Meta$Weights$Original
  noise_specs <- data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25))
  noisy_wts <- get_noisy_weights(w = w_nom, noise_specs = noise_specs, Nrep = 100)
  l_weights <- list(Address = "$Log$Aggregate$w", Distribution = noisy_wts, Type = "discrete")
  l_agg <- list(Address = "$Log$Aggregate$f_ag", Distribution = c("a_amean", "a_gmean"), Type = "discrete")
  SA_specs <- list(Winmax = l_winmax, Normalisation = l_norm, Weights = l_weights, Aggregation = l_agg)
  tm <- system.time(
    SA_res <- get_sensitivity(coin, SA_specs = SA_specs, N = N_UA, SA_type = "UA",
                              dset = "Aggregated", iCode = "Index")
  )
  print(tm)
  rs <- SA_res$RankStats
  write_ref(rs, "uncertainty-ranks.csv")
  writeLines(c(sprintf("N=%d elapsed_s=%.2f user_s=%.2f sys_s=%.2f", N_UA, tm[["elapsed"]], tm[["user.self"]], tm[["sys.self"]]),
               R.version.string), file.path(out_dir, "uncertainty-timing.txt"))
}
message("done")
