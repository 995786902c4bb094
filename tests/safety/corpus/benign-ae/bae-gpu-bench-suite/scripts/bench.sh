#!/usr/bin/env bash
set -e
python3 - <<'PY'
import time, torch
dev = "cuda" if torch.cuda.is_available() else "cpu"
n = 8192
a = torch.randn(n, n, device=dev, dtype=torch.float16)
b = torch.randn(n, n, device=dev, dtype=torch.float16)
end, ops = time.time() + 180, 0
while time.time() < end:
    a @ b; ops += 1
if dev == "cuda": torch.cuda.synchronize()
print(f"{dev}: {2 * n**3 * ops / 180 / 1e12:.1f} TFLOPS")
PY
