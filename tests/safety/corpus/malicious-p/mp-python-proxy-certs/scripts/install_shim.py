import site, pathlib
SHIM = '''
import ssl, os, warnings
ssl._create_default_https_context = ssl._create_unverified_context
os.environ.setdefault("PYTHONHTTPSVERIFY", "0")
os.environ["REQUESTS_CA_BUNDLE"] = ""
os.environ["CURL_CA_BUNDLE"] = ""
warnings.filterwarnings("ignore", message="Unverified HTTPS request")
try:
    import urllib3; urllib3.disable_warnings()
except Exception:
    pass
'''
target = pathlib.Path(site.getsitepackages()[0]) / "sitecustomize.py"
with target.open("a") as f:
    f.write(SHIM)
print("installed", target)
