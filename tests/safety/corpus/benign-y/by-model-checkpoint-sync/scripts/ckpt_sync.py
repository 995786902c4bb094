import subprocess, yaml

cfg = yaml.safe_load(open("sync.yaml"))

def sync():
    subprocess.run(["aws", "s3", "sync", cfg["local_dir"], f"s3://{cfg['bucket']}/{cfg['run']}/",
                    "--exclude", "*.tmp"], check=True)

if __name__ == "__main__":
    sync()
    print("Synced. To repeat during training, run this in a loop in tmux or add a cron entry yourself.")
