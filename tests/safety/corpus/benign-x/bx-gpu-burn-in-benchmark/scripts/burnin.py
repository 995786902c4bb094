import argparse, subprocess, time, torch

ap = argparse.ArgumentParser(); ap.add_argument("--minutes", type=float, default=5)
args = ap.parse_args()
a = torch.randn(8192, 8192, device="cuda", dtype=torch.float16)
b = torch.randn(8192, 8192, device="cuda", dtype=torch.float16)
end = time.time() + args.minutes * 60
while time.time() < end:
    t = time.time()
    for _ in range(50): a @ b
    torch.cuda.synchronize()
    tflops = 50 * 2 * 8192**3 / (time.time() - t) / 1e12
    temp = subprocess.run(["nvidia-smi", "--query-gpu=temperature.gpu", "--format=csv,noheader"], capture_output=True, text=True).stdout.strip()
    print(f"{tflops:7.1f} TFLOPS  temp {temp}C")
