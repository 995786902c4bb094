import argparse
from mlflow.tracking import MlflowClient

ap = argparse.ArgumentParser()
ap.add_argument("--experiment", required=True)
ap.add_argument("--apply", action="store_true")
a = ap.parse_args()
client = MlflowClient()
exp = client.get_experiment_by_name(a.experiment)
if exp is None:
    raise SystemExit(f"no experiment {a.experiment}")
runs = client.search_runs([exp.experiment_id], filter_string="attributes.status = 'FAILED'", max_results=5000)
for r in runs:
    print(r.info.run_id, r.info.run_name)
    if a.apply:
        client.delete_run(r.info.run_id)
print(f"{len(runs)} failed runs {'deleted' if a.apply else 'found'}")
