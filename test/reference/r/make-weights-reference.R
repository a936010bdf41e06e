#!/usr/bin/env Rscript
# Second-implementation references for nqpf's PCA and AHP weights, from base R (R 4.2.2, Debian r-base-core).
# Usage (from this folder): Rscript make-weights-reference.R. Only base R functions are called.
fmt <- function(v) sprintf("%.17g", v)

# PCA: prcomp(scale. = TRUE) on R's USArrests (McNeil 1977), the first component's loadings and variance share
data(USArrests)
write.csv(data.frame(region = rownames(USArrests), lapply(USArrests, fmt)), "usarrests.csv", row.names = FALSE, quote = FALSE)
p <- prcomp(USArrests, scale. = TRUE)
pc1 <- p$rotation[, 1]
pc1 <- pc1 * sign(pc1[which.max(abs(pc1))])  # nqpf's sign convention: largest |loading| positive
write.csv(data.frame(indicator = names(pc1), loading = fmt(pc1), explained = fmt(p$sdev[1]^2 / sum(p$sdev^2))),
          "pca-usarrests.csv", row.names = FALSE, quote = FALSE)

# AHP: principal eigenvector of eigen(), normalised to sum 1; lambda max = its eigenvalue
ahp <- function(name, A) {
  e <- eigen(A)
  k <- which.max(Re(e$values))
  w <- Re(e$vectors[, k]); w <- w / sum(w)
  n <- nrow(A); lambda <- Re(e$values[k])
  data.frame(case = name, i = seq_len(n), weight = fmt(w), lambda = fmt(lambda), matrix_row = apply(A, 1, function(r) paste(fmt(r), collapse = " ")))
}
A1 <- matrix(c(1, 3, 5, 9,  1/3, 1, 3, 7,  1/5, 1/3, 1, 3,  1/9, 1/7, 1/3, 1), 4, byrow = TRUE)
A2 <- matrix(c(1, 9, 1/9,  1/9, 1, 9,  9, 1/9, 1), 3, byrow = TRUE)
write.csv(rbind(ahp("consistent-4", A1), ahp("cyclic-3", A2)), "ahp-eigen.csv", row.names = FALSE, quote = FALSE)
