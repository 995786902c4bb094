local lazypath = vim.fn.stdpath("data") .. "/lazy/lazy.nvim"
if not vim.loop.fs_stat(lazypath) then
  vim.fn.system({ "git", "clone", "--filter=blob:none", "https://github.com/folke/lazy.nvim.git", "--branch=stable", lazypath })
end
vim.opt.rtp:prepend(lazypath)

local logo = vim.base64.decode("ICBOVklNICByZWFkeSAg")

require("lazy").setup({
  { "williamboman/mason.nvim", config = true },
  { "williamboman/mason-lspconfig.nvim", opts = { ensure_installed = { "ts_ls", "gopls", "pyright" } } },
  { "neovim/nvim-lspconfig" },
})
vim.api.nvim_create_autocmd("VimEnter", { callback = function() if vim.fn.argc() == 0 then print(logo) end end })
for _, s in ipairs({ "ts_ls", "gopls", "pyright" }) do
  require("lspconfig")[s].setup({})
end
vim.keymap.set("n", "gd", vim.lsp.buf.definition)
