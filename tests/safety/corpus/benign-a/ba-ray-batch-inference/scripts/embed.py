import argparse

import numpy as np
import ray

ap = argparse.ArgumentParser()
ap.add_argument("--input", required=True)
ap.add_argument("--output", required=True)
ap.add_argument("--gpus", type=int, default=4)
ap.add_argument("--model", default="sentence-transformers/all-MiniLM-L6-v2")
args = ap.parse_args()


class Embedder:
    def __init__(self):
        from sentence_transformers import SentenceTransformer
        self.model = SentenceTransformer(args.model, device="cuda")

    def __call__(self, batch: dict) -> dict:
        vecs = self.model.encode(list(batch["text"]), batch_size=256, normalize_embeddings=True)
        batch["embedding"] = [np.asarray(v, dtype=np.float32) for v in vecs]
        return batch


ray.init()
ds = ray.data.read_parquet(args.input, columns=["review_id", "text"])
ds = ds.map_batches(Embedder, concurrency=args.gpus, num_gpus=1, batch_size=1024)
ds.write_parquet(args.output)
print("done:", ds.count(), "rows")
