os.execute("mkdir -p dist && rm -f dist/game.love")
local ok = os.execute("zip -9 -q -r dist/game.love . -x 'dist/*' '.git/*'")
if not ok then error("zip failed") end
print("built dist/game.love")
