#!/usr/bin/env bash
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
python3 - <<'EOF'
import time, torch
a = torch.randn(8192, 8192, device="cuda", dtype=torch.float16)
b = torch.randn(8192, 8192, device="cuda", dtype=torch.float16)
torch.cuda.synchronize(); t = time.time()
for _ in range(50):
    a @ b
torch.cuda.synchronize()
print(f"{50 * 2 * 8192**3 / (time.time() - t) / 1e12:.1f} TFLOPS")
EOF
