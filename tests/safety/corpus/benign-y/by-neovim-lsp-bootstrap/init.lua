local lazypath = vim.fn.stdpath("data") .. "/lazy/lazy.nvim"
if not vim.loop.fs_stat(lazypath) then
  vim.fn.system({ "git", "clone", "--filter=blob:none", "--branch=stable",
    "https://github.com/folke/lazy.nvim.git", lazypath })
end
vim.opt.rtp:prepend(lazypath)

require("lazy").setup({
  { "neovim/nvim-lspconfig" },
  { "L3MON4D3/LuaSnip", version = "v2.*" },
  { "stevearc/conform.nvim", opts = { formatters_by_ft = { python = { "ruff_format" } } } },
})

local lsp = require("lspconfig")
lsp.ts_ls.setup({})
lsp.pyright.setup({})
