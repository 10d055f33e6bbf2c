"""Translation engine benchmark: transformers vs CTranslate2 (float32, int8), and a burst.

Builds a randomly initialised Marian model with OPUS-MT base dimensions (d_model 512, 6+6
layers, 8 heads, FFN 2048, ~32k vocabulary), converts it with `feedback models install`'s
code, and prints tokens per second at batch sizes 1 and 32 with a fixed output length, the
agreement of each engine with transformers' greedy output, opinions per second for a burst
of 1,000 opinions (30% duplicates) through `Translator` against a naive one-at-a-time loop,
and the peak RSS of a process holding only the CTranslate2 engine and model.

    .venv/bin/python benchmarks/translation.py            # about 5-8 minutes on 2 cores
    .venv/bin/python benchmarks/translation.py --quick    # smaller numbers, for a smoke run
    .venv/bin/python benchmarks/translation.py --capacity # both catalogue sets in their exact
                                                          # architectures (translation_capacity.py;
                                                          # ~25 min, first build ~7 min more)

Random weights make gibberish: the figures are about speed and token agreement, not quality.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "classifiers"))

THREADS = 2  # the deployment machine's cores; torch and CTranslate2 both get this many
OUTPUT_TOKENS = 32  # fixed output length for the tokens-per-second figures
BASE_DIMS: dict[str, Any] = {
    "d_model": 512,
    "encoder_layers": 6,
    "decoder_layers": 6,
    "encoder_attention_heads": 8,
    "decoder_attention_heads": 8,
    "encoder_ffn_dim": 2048,
    "decoder_ffn_dim": 2048,
    "max_position_embeddings": 512,
}
VOCAB_SIZE = 32_000
NAIVE_BUDGET_S = 120  # most seconds spent timing the naive loop


def build_base_model(folder: Path) -> Path:
    """A random Marian model of OPUS-MT base size with a real MarianTokenizer."""
    import shutil

    import torch
    from tiny_models import _pieces, train_sentencepiece
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    spm = train_sentencepiece(folder / "_spm", vocab_size=2000)
    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for piece in _pieces(spm):
        vocab.setdefault(piece, len(vocab))
    # Fill up to OPUS-MT's vocabulary size: the output layer's width is what costs time.
    filler = 0
    while len(vocab) < VOCAB_SIZE - 1:
        vocab.setdefault(f"▁filler{filler}", len(vocab))
        filler += 1
    vocab["<pad>"] = len(vocab)
    shutil.copy(spm, folder / "source.spm")
    shutil.copy(spm, folder / "target.spm")
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(
        source_spm=str(folder / "source.spm"),
        target_spm=str(folder / "target.spm"),
        vocab=str(folder / "vocab.json"),
    )
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        pad_token_id=pad,
        eos_token_id=0,
        decoder_start_token_id=pad,
        scale_embedding=True,
        **BASE_DIMS,
    )
    torch.manual_seed(0)
    MarianMTModel(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    shutil.rmtree(folder / "_spm", ignore_errors=True)
    return folder


def catalogue_for(names: dict[str, tuple[str, str]]):
    from classifiers._translation_catalogue import catalogue_from_dict

    return catalogue_from_dict(
        {
            "models": [
                {
                    "name": name,
                    "hf_id": f"random/opus-mt-base-{name}",
                    "folder": folder,
                    "family": "marian",
                    "engine": engine,
                    "compute_type": compute,
                    "sources": ["my", "km", "th", "ja", "vi"],
                    "targets": ["en"],
                }
                for name, (folder, engine_compute) in names.items()
                for engine, compute in [engine_compute.split(":")]
            ]
        }
    )


def sentences(count: int, seed: int = 1) -> list[str]:
    from tiny_models import corpus_lines

    lines = corpus_lines(repeat=4)
    rng = random.Random(seed)
    return [rng.choice(lines) for _ in range(count)]


def tokens_per_second(model, ids_list, batch_size: int) -> tuple[float, list[list[int]]]:
    outputs: list[list[int]] = []
    started = time.perf_counter()
    for start in range(0, len(ids_list), batch_size):
        batch = ids_list[start : start + batch_size]
        outputs += model.engine.generate(batch, None, OUTPUT_TOKENS, 1, OUTPUT_TOKENS)
    elapsed = time.perf_counter() - started
    return sum(map(len, outputs)) / elapsed, outputs


def agreement(reference: list[list[int]], other: list[list[int]]) -> str:
    same = sum(a == b for a, b in zip(reference, other, strict=True))
    prefix = 0
    total = 0
    for a, b in zip(reference, other, strict=True):
        total += len(a)
        for x, y in zip(a, b, strict=False):
            if x != y:
                break
            prefix += 1
    return (
        f"{same}/{len(reference)} identical, {100 * prefix / total:.1f}% tokens before first diff"
    )


def engine_rss(models_dir: Path) -> tuple[int, bool]:
    """Peak RSS (MB) of a fresh process holding only the CTranslate2 engine and the model."""
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
from translation import catalogue_for
from classifiers.translation import Translator
catalogue = catalogue_for({{"int8": ("base", "ctranslate2:int8")}})
translator = Translator(catalogue, {str(models_dir)!r}, threads={THREADS})
translator.translate(["ကျေးဇူးတင်ပါတယ်။ ဆေးရုံမှာ ဘာသာပြန် လိုအပ်ပါတယ်။"] * 8, "my", "en")
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the forked parent copy.
status = open("/proc/self/status").read()
print(int(status.split("VmHWM:")[1].split()[0]) // 1024)
print("torch" in sys.modules, file=sys.stderr)
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    torch_loaded = done.stderr.strip().splitlines()[-1] == "True"
    return int(done.stdout.strip().splitlines()[-1]), torch_loaded


def burst(count: int, duplicate_share: float, seed: int = 2) -> list[str]:
    """`count` opinions of one or two sentences, `duplicate_share` of them exact repeats.

    Every distinct opinion has its own sentences (words of a corpus sentence, shuffled, with
    the opinion's number), so the cache only saves the repeated opinions, not shared phrases.
    """
    from tiny_models import _CORPUS

    rng = random.Random(seed)
    unique_count = round(count * (1 - duplicate_share))
    unique = []
    for number in range(unique_count):
        chosen = []
        for _ in range(1 + number % 2):
            words = rng.choice(_CORPUS).rstrip(".。။។").split()
            rng.shuffle(words)
            words.insert(rng.randrange(len(words) + 1), str(number))
            chosen.append(" ".join(words) + ".")
        unique.append(" ".join(chosen))
    opinions = unique + [rng.choice(unique) for _ in range(count - unique_count)]
    rng.shuffle(opinions)
    return opinions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller runs (smoke test)")
    parser.add_argument("--naive-sample", type=int, default=50)
    parser.add_argument(
        "--capacity",
        action="store_true",
        help="opinions per hour and worker RSS of the recommended and open sets instead",
    )
    args = parser.parse_args()
    if args.capacity:
        from translation_capacity import capacity

        capacity(quick=args.quick)
        return

    import torch

    torch.set_num_threads(THREADS)
    from classifiers._translation_engines import encode, load_model
    from classifiers._translation_tools import install
    from classifiers.translation import Translator

    print(f"torch {torch.__version__}, threads {THREADS}, cpu count {os.cpu_count()}")
    work = Path(tempfile.mkdtemp(prefix="translation-bench-"))
    run_started = started = time.perf_counter()
    hf = build_base_model(work / "hf")
    models = work / "models"
    names = {
        "hf": ("base", "transformers:float32"),
        "f32": ("base-f32", "ctranslate2:float32"),
        "int8": ("base", "ctranslate2:int8"),
    }
    catalogue = catalogue_for(names)
    install(hf, "f32", models, catalogue)
    install(hf, "int8", models, catalogue)
    print(f"built and converted the model in {time.perf_counter() - started:.0f} s\n")

    loaded = {n: load_model(catalogue.entry(n), models, THREADS) for n in names}
    hf_engine: Any = loaded["hf"].engine  # the transformers engine holds the torch model
    parameters = sum(p.numel() for p in hf_engine.model.parameters())
    print(f"model: random Marian, {parameters / 1e6:.0f}M parameters, vocab {VOCAB_SIZE}")
    samples = 8 if args.quick else 16
    batch_inputs = 32 if args.quick else 64
    ids_single = encode(loaded["hf"], sentences(samples), "", None)
    ids_batch = encode(loaded["hf"], sentences(batch_inputs, seed=3), "", None)
    print(f"output fixed at {OUTPUT_TOKENS} tokens; inputs average "
          f"{sum(map(len, ids_batch)) / len(ids_batch):.0f} tokens\n")  # fmt: skip

    rows = []
    for batch_size, ids in ((1, ids_single), (32, ids_batch)):
        reference_speed, reference = tokens_per_second(loaded["hf"], ids, batch_size)
        rows.append((batch_size, "transformers", reference_speed, 1.0, "reference"))
        for name, label in (("f32", "ctranslate2 float32"), ("int8", "ctranslate2 int8")):
            speed, out = tokens_per_second(loaded[name], ids, batch_size)
            rows.append(
                (batch_size, label, speed, speed / reference_speed, agreement(reference, out))
            )
    print(f"{'batch':>5}  {'engine':<20} {'tok/s':>8} {'vs hf':>6}  agreement with transformers")
    for batch_size, label, speed, ratio, agree in rows:
        print(f"{batch_size:>5}  {label:<20} {speed:>8.0f} {ratio:>5.2f}x  {agree}")

    # -- burst -------------------------------------------------------------------------------
    count = 200 if args.quick else 1000
    opinions = burst(count, 0.30)
    translator = Translator(catalogue_for({"int8": ("base", "ctranslate2:int8")}), models,
                            batch_size=32, threads=THREADS)  # fmt: skip
    started = time.perf_counter()
    translator.translate(opinions, "my", "en")
    burst_seconds = time.perf_counter() - started
    stats = translator.cache_info()

    # Naive: each opinion alone, whole, through transformers, as a first version would.
    model = loaded["hf"]
    sample: list[str] = []
    started = time.perf_counter()
    for opinion in opinions[: args.naive_sample]:
        ids = encode(model, [opinion], "", None)
        model.engine.generate(ids, None, min(512, 2 * len(ids[0]) + 10), 1)
        sample.append(opinion)
        if time.perf_counter() - started > NAIVE_BUDGET_S:
            break  # a busy machine: estimate from fewer opinions rather than run for ages
    naive_per_opinion = (time.perf_counter() - started) / len(sample)
    naive_seconds = naive_per_opinion * count
    print(f"\nburst of {count} opinions, {len(set(opinions))} distinct (30% duplicates)")
    print(f"  Translator (ctranslate2 int8, batch 32, cache): {burst_seconds:.1f} s, "
          f"{count / burst_seconds:.1f} opinions/s; segment cache {stats.hits} hits, "
          f"{stats.misses} misses")  # fmt: skip
    print(f"  naive loop (transformers, one opinion at a time): {count / naive_seconds:.2f} "
          f"opinions/s, estimated from the first {len(sample)} opinions "
          f"({naive_seconds:.0f} s for all {count})")  # fmt: skip
    print(f"  speed-up: {naive_seconds / burst_seconds:.1f}x")

    rss, torch_loaded = engine_rss(models)
    print(f"\npeak RSS of a process with only the CTranslate2 int8 engine and model: {rss} MB"
          f" (torch imported: {torch_loaded})")  # fmt: skip
    print(f"\nbenchmark took {time.perf_counter() - run_started:.0f} s")
    import shutil

    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
