args <- commandArgs(trailingOnly = TRUE)
source("scripts/theme.R")
apply_theme()
for (f in list.files(args[1], pattern = "\\.Rmd$", full.names = TRUE)) {
  rmarkdown::render(f, output_format = c("html_document", "pdf_document"), quiet = TRUE)
  message("rendered ", f)
}
