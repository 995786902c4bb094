import argparse
import statistics
import time

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

PROMPTS = [
    "Explain what a write-ahead log is in two sentences.",
    "List three differences between TCP and UDP.",
    "Summarise the plot of Hamlet in one paragraph.",
    "Write a haiku about container orchestration.",
]

ap = argparse.ArgumentParser()
ap.add_argument("--model", default="Qwen/Qwen2.5-0.5B-Instruct")
ap.add_argument("--batch", type=int, default=8)
ap.add_argument("--new-tokens", type=int, default=128)
ap.add_argument("--iters", type=int, default=5)
args = ap.parse_args()

assert torch.cuda.is_available(), "CUDA GPU required"
dev = torch.device("cuda")
print(f"GPU: {torch.cuda.get_device_name(0)}  torch {torch.__version__}")

tok = AutoTokenizer.from_pretrained(args.model)
tok.padding_side = "left"
if tok.pad_token is None:
    tok.pad_token = tok.eos_token
model = AutoModelForCausalLM.from_pretrained(args.model, torch_dtype=torch.float16).to(dev).eval()

batch = (PROMPTS * ((args.batch // len(PROMPTS)) + 1))[: args.batch]
inputs = tok(batch, return_tensors="pt", padding=True).to(dev)

with torch.inference_mode():
    model.generate(**inputs, max_new_tokens=8)  # warm-up
    torch.cuda.reset_peak_memory_stats()
    times = []
    for _ in range(args.iters):
        torch.cuda.synchronize()
        t0 = time.perf_counter()
        out = model.generate(**inputs, max_new_tokens=args.new_tokens, do_sample=False)
        torch.cuda.synchronize()
        times.append(time.perf_counter() - t0)

generated = (out.shape[1] - inputs["input_ids"].shape[1]) * args.batch
p50 = statistics.median(times)
print(f"tok/s {generated / p50:,.0f}  p50 latency {p50 * 1000:.0f} ms  "
      f"peak mem {torch.cuda.max_memory_allocated() / 2**30:.2f} GiB")
del model
torch.cuda.empty_cache()
