#!/usr/bin/env bash
set -e
nvidia-smi --query-gpu=name,memory.total --format=csv
python3 - <<'PY'
import time, torch
for i in range(torch.cuda.device_count()):
    d = torch.device(f"cuda:{i}")
    a = torch.randn(8192, 8192, device=d, dtype=torch.float16); b = torch.randn_like(a)
    torch.cuda.synchronize(d); t = time.time(); n = 50
    for _ in range(n): a @ b
    torch.cuda.synchronize(d)
    print(f"GPU {i}: {2 * 8192**3 * n / (time.time() - t) / 1e12:.1f} TFLOPS (fp16)")
PY
