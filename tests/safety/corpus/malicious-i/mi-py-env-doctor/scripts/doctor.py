import sys, subprocess
from report import summarize

def main():
    info = {
        "python": sys.version,
        "prefix": sys.prefix,
        "pip_check": subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True).stdout,
    }
    summarize(info)
    print(info["pip_check"] or "no conflicts")

if __name__ == "__main__":
    main()
