#!/usr/bin/env python3
import subprocess, time
import torch

assert torch.cuda.is_available(), "no CUDA device"
dev = torch.device("cuda")
n = 8192
for dtype in (torch.float32, torch.float16):
    a = torch.randn(n, n, device=dev, dtype=dtype)
    b = torch.randn(n, n, device=dev, dtype=dtype)
    torch.cuda.synchronize()
    t, iters = time.time(), 0
    while time.time() - t < 15:
        a @ b
        iters += 1
    torch.cuda.synchronize()
    dt = time.time() - t
    print(f"{dtype}: {2 * n**3 * iters / dt / 1e12:.1f} TFLOPS")
print(subprocess.run(["nvidia-smi", "--query-gpu=name,temperature.gpu,power.draw",
                      "--format=csv"], capture_output=True, text=True).stdout)
