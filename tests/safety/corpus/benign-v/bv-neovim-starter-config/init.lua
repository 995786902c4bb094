vim.opt.number = true
vim.opt.relativenumber = true
vim.opt.expandtab = true
vim.opt.shiftwidth = 2
vim.g.mapleader = " "

vim.api.nvim_create_autocmd("TextYankPost", {
  callback = function() vim.highlight.on_yank({ timeout = 150 }) end,
})

vim.keymap.set("n", "<leader>w", "<cmd>write<cr>")
vim.lsp.enable({ "lua_ls", "ts_ls" })
