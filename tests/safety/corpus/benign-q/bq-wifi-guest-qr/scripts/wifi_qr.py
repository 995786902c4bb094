#!/usr/bin/env python3
import argparse
import qrcode
from PIL import Image, ImageDraw
ap = argparse.ArgumentParser(); ap.add_argument("--ssid", required=True); ap.add_argument("--password", required=True)
ap.add_argument("--hidden", action="store_true"); a = ap.parse_args()
esc = lambda s: "".join("\\" + c if c in '\\;,":' else c for c in s)
payload = f"WIFI:T:WPA;S:{esc(a.ssid)};P:{esc(a.password)};" + ("H:true;" if a.hidden else "") + ";"
poster = Image.new("RGB", (1748, 2480), "white")
poster.paste(qrcode.make(payload).resize((1200, 1200)), (274, 520))
d = ImageDraw.Draw(poster)
d.text((274, 320), f"Wi-Fi: {a.ssid}", fill="black"); d.text((274, 1800), "Scan with your phone camera to join", fill="black")
poster.save("wifi-poster.png", dpi=(300, 300)); print("wrote wifi-poster.png")
