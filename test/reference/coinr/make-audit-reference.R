# Audit reference outputs from COINr 1.1.14 (R 4.2.2, Debian) on its ASEM example: Rscript make-audit-reference.R
# Only COINr and base R functions are called. Build: new_coin(ASEM_iData, ASEM_iMeta) -> Normalise n_minmax
# c(0, 100) -> Aggregate a_amean (the same build as minmax-arith.csv). Numbers as sprintf("%.17g").
suppressMessages(library(COINr))
coin <- new_coin(ASEM_iData, ASEM_iMeta, quietly = TRUE)
coin <- Normalise(coin, dset = "Raw", global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(0, 100))), quietly = TRUE)
coin <- Aggregate(coin, dset = "Normalised", f_ag = "a_amean", quietly = TRUE)
g <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
out <- function(df, file) write.csv(df, file, row.names = FALSE, quote = TRUE)

# 1. get_stats on the raw indicators (defaults t_skew 2, t_kurt 3.5, t_avail 0.65, t_zero 0.5, t_unq 0.5)
s <- get_stats(coin, dset = "Raw", nsignif = NULL)
num <- sapply(s, is.numeric)
s[num] <- lapply(s[num], g)
out(s, "audit-stats.csv")

# 2. get_cronbach and 3. get_PCA (prcomp centre + scale on complete rows) for every aggregate
meta <- coin$Meta$Ind
aggs <- meta[meta$Type == "Aggregate", ]
agg <- get_dset(coin, "Aggregated")
rows <- list(); pcs <- list()
for (i in seq_len(nrow(aggs))) {
  code <- aggs$iCode[i]; lev <- aggs$Level[i] - 1
  kids <- meta$iCode[!is.na(meta$Parent) & meta$Parent == code]
  a <- get_cronbach(coin, dset = "Aggregated", iCodes = code, Level = lev)
  rows[[i]] <- data.frame(node = code, children = length(kids), alpha = g(a))
  x <- agg[kids]; x <- x[stats::complete.cases(x), ]
  p <- stats::prcomp(x, center = TRUE, scale = TRUE)
  ve <- p$sdev^2 / sum(p$sdev^2)
  l1 <- p$rotation[, 1]; if (sum(l1) < 0) l1 <- -l1
  pcs[[i]] <- data.frame(node = code, rows = nrow(x), component = kids, pc1_variance = g(ve[1]), pc1_loading = g(l1[kids]))
}
out(do.call(rbind, rows), "audit-cronbach.csv")
out(do.call(rbind, pcs), "audit-pca.csv")

# 4. correlations of every node with its parent and with the Index, pairwise complete, with cor.test p-values
corr <- list()
for (i in seq_len(nrow(meta))) {
  code <- meta$iCode[i]; parent <- meta$Parent[i]
  if (is.na(parent)) next
  for (against in unique(c(parent, "Index"))) {
    for (m in c("pearson", "spearman")) {
      t <- suppressWarnings(stats::cor.test(agg[[code]], agg[[against]], method = m, exact = FALSE))
      corr[[length(corr) + 1]] <- data.frame(node = code, against = against, method = m, r = g(unname(t$estimate)), p = g(t$p.value))
    }
  }
}
out(do.call(rbind, corr), "audit-correlations.csv")

# 5. remove_elements: mean absolute rank change of the Index when each pillar (level 2) is removed
r <- remove_elements(coin, Level = 2, dset = "Aggregated", iCode = "Index", quietly = TRUE)
out(data.frame(node = names(r$MeanAbsDiff), mean_abs_rank_change = g(unname(r$MeanAbsDiff))), "audit-remove-level2.csv")
