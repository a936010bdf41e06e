#!/usr/bin/env Rscript
# Second-implementation references for nqpf's benefit-of-the-doubt aggregation: the same DEA linear programs
# solved by lpSolve (Debian r-cran-lpsolve 5.6.18, R 4.2.2). Usage (from this folder): Rscript make-bod-reference.R
# Only base R and lpSolve::lp are called.
suppressMessages(library(lpSolve))
stopifnot(as.character(packageVersion("lpSolve")) == "5.6.18")
fmt <- function(v) sprintf("%.17g", v)

# Input: R's swiss data (47 French-speaking provinces, 1888), five columns min-max scaled to [0, 1] in R
data(swiss)
x <- swiss[, c("Agriculture", "Examination", "Education", "Catholic", "Infant.Mortality")]
y <- as.data.frame(lapply(x, function(v) (v - min(v)) / (max(v) - min(v))))
write.csv(data.frame(region = rownames(swiss), lapply(y, fmt)), "bod-swiss-input.csv", row.names = FALSE, quote = FALSE)

# BoD for unit o: max sum_j w_j y_oj  s.t.  Y w <= 1,  w >= 0; with share bounds
# lower <= w_j y_oj / sum_l w_l y_ol <= upper  as  w_j y_oj - lower * sum_l w_l y_ol >= 0  and  ... - upper * ... <= 0
bod <- function(Y, lower = 0, upper = 1) {
  Y <- as.matrix(Y); m <- ncol(Y)
  sapply(seq_len(nrow(Y)), function(o) {
    A <- Y; dir <- rep("<=", nrow(Y)); rhs <- rep(1, nrow(Y))
    for (j in seq_len(m)) {
      e <- replace(rep(0, m), j, Y[o, j])
      if (lower > 0) { A <- rbind(A, e - lower * Y[o, ]); dir <- c(dir, ">="); rhs <- c(rhs, 0) }
      if (upper < 1) { A <- rbind(A, e - upper * Y[o, ]); dir <- c(dir, "<="); rhs <- c(rhs, 0) }
    }
    res <- lp("max", Y[o, ], A, dir, rhs)
    stopifnot(res$status == 0)
    res$objval
  })
}
out <- rbind(
  data.frame(case = "unrestricted", region = rownames(swiss), score = fmt(bod(y))),
  data.frame(case = "shares-0.05-0.5", region = rownames(swiss), score = fmt(bod(y, 0.05, 0.5)))
)
write.csv(out, "bod-swiss.csv", row.names = FALSE, quote = FALSE)
