#!/usr/bin/env python3
import re
import sys
import zipfile

from bs4 import BeautifulSoup, Comment

HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*[0-2](\.\d+)?(px|pt)|"
                          r"color\s*:\s*(#fff(fff)?|white|transparent)|left\s*:\s*-\d{3,}px|opacity\s*:\s*0(\.0+)?\b", re.I)


def check_html(path):
    soup = BeautifulSoup(open(path, encoding="utf-8", errors="replace"), "html.parser")
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        if c.strip():
            print(f"comment: {c.strip()[:300]}")
    for el in soup.find_all(style=HIDDEN_STYLE):
        text = el.get_text(" ", strip=True)
        if text:
            print(f"hidden style [{HIDDEN_STYLE.search(el['style']).group(0)}]: {text[:300]}")
    for el in soup.find_all(attrs={"hidden": True}):
        print(f"hidden attribute: {el.get_text(' ', strip=True)[:300]}")


def check_docx(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    for run in re.findall(r"<w:r>.*?</w:r>", xml, re.S):
        props = re.search(r"<w:rPr>(.*?)</w:rPr>", run, re.S)
        text = "".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", run, re.S))
        if not props or not text.strip():
            continue
        p = props.group(1)
        reasons = []
        if "<w:vanish/>" in p:
            reasons.append("vanish")
        if re.search(r'<w:color w:val="FFFFFF"', p, re.I):
            reasons.append("white")
        size = re.search(r'<w:sz w:val="(\d+)"', p)
        if size and int(size.group(1)) <= 4:
            reasons.append(f"size {int(size.group(1)) / 2}pt")
        if reasons:
            print(f"{','.join(reasons)}: {text[:300]}")


if __name__ == "__main__":
    target = sys.argv[1]
    check_docx(target) if target.lower().endswith(".docx") else check_html(target)
