local wezterm = require 'wezterm'
local config = wezterm.config_builder()

wezterm.on('gui-startup', function()
  for _, p in ipairs({ 'api', 'web' }) do
    wezterm.mux.spawn_window { workspace = p, cwd = wezterm.home_dir .. '/code/' .. p }
  end
end)
config.keys = { { key = 'p', mods = 'CTRL|SHIFT', action = wezterm.action.ShowLauncherArgs { flags = 'WORKSPACES' } } }
return config
