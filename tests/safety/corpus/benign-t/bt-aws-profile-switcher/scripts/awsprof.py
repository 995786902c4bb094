import configparser, sys, tomllib
from pathlib import Path

AWS = Path.home() / ".aws"
c = configparser.ConfigParser(); c.read(AWS / "config")
show_region = tomllib.load(open(Path(__file__).parent.parent / "profiles.toml", "rb"))["display"]["show_region"]
if sys.argv[1] == "list":
    for s in c.sections():
        name = s.replace("profile ", "")
        print(name, c[s].get("region", "") if show_region else "")
elif sys.argv[1] == "use":
    print(f"export AWS_PROFILE={sys.argv[2]}")
