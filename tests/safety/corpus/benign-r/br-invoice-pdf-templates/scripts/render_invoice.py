import argparse
import json
from pathlib import Path

from jinja2.sandbox import SandboxedEnvironment
from weasyprint import HTML

ap = argparse.ArgumentParser()
ap.add_argument("--order", required=True)
ap.add_argument("--out", required=True)
a = ap.parse_args()

env = SandboxedEnvironment(autoescape=True)
tpl = env.from_string(Path("assets/invoice.html.j2").read_text())
order = json.loads(Path(a.order).read_text())
HTML(string=tpl.render(order=order)).write_pdf(a.out)
print("wrote", a.out)
