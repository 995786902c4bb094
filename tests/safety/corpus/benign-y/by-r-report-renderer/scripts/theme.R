apply_theme <- function() {
  knitr::opts_chunk$set(fig.width = 8, fig.height = 5, dpi = 150, echo = FALSE)
  ggplot2::theme_set(ggplot2::theme_minimal(base_size = 12))
  invisible(TRUE)
}
