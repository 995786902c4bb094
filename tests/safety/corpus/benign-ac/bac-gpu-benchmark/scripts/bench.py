import argparse, time, torch
ap = argparse.ArgumentParser(); ap.add_argument("--seconds", type=int, default=30)
a = ap.parse_args()
dev = "cuda" if torch.cuda.is_available() else ("mps" if torch.backends.mps.is_available() else "cpu")
for dt in (torch.float32, torch.float16):
    n = 4096
    x = torch.randn(n, n, device=dev, dtype=dt); y = torch.randn(n, n, device=dev, dtype=dt)
    ops, t0 = 0, time.time()
    while time.time() - t0 < a.seconds / 2:
        x @ y; ops += 2 * n ** 3
    if dev == "cuda": torch.cuda.synchronize()
    print(f"{dev} {dt}: {ops / (time.time() - t0) / 1e12:.2f} TFLOPS")
