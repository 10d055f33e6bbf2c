"""Translation capacity of the catalogue's two sets, in their exact architectures.

Run through `benchmarks/translation.py --capacity` (or this file directly). For each model of
the `recommended` and `open` sets it builds a randomly initialised model with the published
config's dimensions (layers, d_model, heads, FFN, vocabulary: see ARCHITECTURES), converts it
to CTranslate2 int8 once into var/bench-cache/translation-capacity/, and measures on this
machine's cores:

- seconds per opinion, one opinion at a time (its sentences in one batch, as the worker does)
  and in a burst (many opinions, sentences sorted by length, batches of 32);
- from those, opinions per hour into Japanese and into English for each kind of route the set
  uses (direct, or a pivot whose first hop is the into-English translation, reused from the
  segment cache), and for an opinion that needs both;
- the peak RSS of one worker process holding the set's translation models.

Random weights never stop early, so every output is forced to the input's length (a fair
stand-in: translations into and out of English have similar token counts). The workload is
defined in tokens: an opinion is OPINION_SENTENCES sentences of 20-40 subword tokens.

    .venv/bin/python benchmarks/translation.py --capacity          # ~25 min on a busy 2-core
                                                                   # machine, +7 min first build
    .venv/bin/python benchmarks/translation.py --capacity --quick  # 3 + 32 opinions: ~half
"""

from __future__ import annotations

import gc
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "classifiers"))

CACHE = ROOT / "var" / "bench-cache" / "translation-capacity"
THREADS = 2
OPINION_SENTENCES = 2
SENTENCE_TOKENS = (20, 40)
BURST_BATCH = 32


@dataclass(frozen=True)
class Architecture:
    """Dimensions copied from a published config.json (the Hugging Face repository named)."""

    name: str
    family: str  # marian | m2m100 | nllb
    published_config: str
    d_model: int
    layers: int  # encoder and decoder each
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    activation: str


ARCHITECTURES = {
    # staka/fugumt-en-ja and staka/fugumt-ja-en share this config (MarianMTModel).
    "fugumt": Architecture(
        "fugumt", "marian", "staka/fugumt-en-ja/config.json", 512, 6, 8, 2048, 32001, 512, "swish"
    ),
    "m2m100_1.2B": Architecture(
        "m2m100_1.2B", "m2m100", "facebook/m2m100_1.2B/config.json",
        1024, 24, 16, 8192, 128112, 1024, "relu",
    ),
    "nllb-200-distilled-1.3B": Architecture(
        "nllb-200-distilled-1.3B", "nllb", "facebook/nllb-200-distilled-1.3B/config.json",
        1024, 24, 16, 8192, 256206, 1024, "relu",
    ),
}  # fmt: skip
# Which architecture each catalogue model has, and the language tokens it is driven with.
MODELS = {
    "fugumt-en-ja": "fugumt",
    "fugumt-ja-en": "fugumt",
    "m2m100_1.2B": "m2m100_1.2B",
    "nllb-200-distilled-1.3B": "nllb-200-distilled-1.3B",
}
LANGUAGE_TOKENS = {
    "m2m100": {"src": "__my__", "en": "__en__", "ja": "__ja__"},
    "nllb": {"src": "mya_Mymr", "en": "eng_Latn", "ja": "jpn_Jpan"},
}


def _vocabulary(arch: Architecture, folder: Path) -> Any:
    """A real tokenizer of the family, filled to the published vocabulary size."""
    from tiny_models import _pieces, train_sentencepiece

    spm = train_sentencepiece(folder / "_spm", vocab_size=2000)
    pieces = _pieces(spm)
    if arch.family == "marian":
        from transformers import MarianTokenizer

        vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
        for piece in pieces:
            vocab.setdefault(piece, len(vocab))
        _fill(vocab, arch.vocab - 1)
        vocab["<pad>"] = len(vocab)
        shutil.copy(spm, folder / "source.spm")
        shutil.copy(spm, folder / "target.spm")
        (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), "utf-8")
        return MarianTokenizer(
            source_spm=str(folder / "source.spm"),
            target_spm=str(folder / "target.spm"),
            vocab=str(folder / "vocab.json"),
        )
    base: dict[str, int] = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for piece in pieces:
        base.setdefault(piece, len(base))
    if arch.family == "m2m100":
        from transformers import M2M100Tokenizer

        _fill(base, arch.vocab - 100 - 8)  # + 100 language tokens + 8 "madeup" words
        shutil.copy(spm, folder / "sentencepiece.bpe.model")
        (folder / "vocab.json").write_text(json.dumps(base, ensure_ascii=False), "utf-8")
        return M2M100Tokenizer(
            vocab_file=str(folder / "vocab.json"),
            spm_file=str(folder / "sentencepiece.bpe.model"),
            num_madeup_words=8,
        )
    from transformers import NllbTokenizer

    _fill(base, arch.vocab - 203)  # + 202 language codes + <mask>
    return NllbTokenizer(vocab=base, merges=[])


def _fill(vocab: dict[str, int], size: int) -> None:
    filler = 0
    while len(vocab) < size:
        vocab.setdefault(f"▁filler{filler}", len(vocab))
        filler += 1


def build(arch: Architecture) -> Path:
    """The CTranslate2 int8 conversion of a random model of `arch`, built once (cached)."""
    folder = CACHE / arch.name
    ct2 = folder / "ctranslate2"
    if (ct2 / "model.bin").is_file() and (folder / "built.json").is_file():
        return folder
    import torch

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    tokenizer = _vocabulary(arch, folder)
    # transformers 5's M2M100Tokenizer leaves its 108 language/madeup tokens out of len()
    listed = len(tokenizer) + (108 if arch.family == "m2m100" else 0)
    assert listed == arch.vocab, (listed, arch.vocab)
    dims = {
        "d_model": arch.d_model,
        "encoder_layers": arch.layers,
        "decoder_layers": arch.layers,
        "encoder_attention_heads": arch.heads,
        "decoder_attention_heads": arch.heads,
        "encoder_ffn_dim": arch.ffn,
        "decoder_ffn_dim": arch.ffn,
        "max_position_embeddings": arch.max_positions,
        "activation_function": arch.activation,
        "scale_embedding": True,
        "vocab_size": arch.vocab,
    }
    # Half precision from the start: a 1.3B model is 2.7 GB instead of 5.5 GB while built.
    torch.set_default_dtype(torch.float16)
    try:
        torch.manual_seed(0)
        if arch.family == "marian":
            from transformers import MarianConfig, MarianMTModel

            pad = arch.vocab - 1
            config: Any = MarianConfig(
                pad_token_id=pad, eos_token_id=0, decoder_start_token_id=pad, **dims
            )
            model: Any = MarianMTModel(config)
        else:
            from transformers import M2M100Config, M2M100ForConditionalGeneration

            config = M2M100Config(
                pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2,
                tokenizer_class="NllbTokenizer" if arch.family == "nllb" else None, **dims,
            )  # fmt: skip
            model = M2M100ForConditionalGeneration(config)
        parameters = sum(p.numel() for p in model.parameters())
        model.save_pretrained(folder)
    finally:
        torch.set_default_dtype(torch.float32)
    del model
    gc.collect()
    tokenizer.save_pretrained(folder)
    shutil.rmtree(folder / "_spm", ignore_errors=True)
    from classifiers._translation_tools import _converter_class

    converter = _converter_class()(str(folder), load_as_float16=True, low_cpu_mem_usage=True)
    converter.convert(str(ct2), quantization="int8", force=True)
    for weights in folder.glob("*.safetensors"):
        weights.unlink()  # the conversion is all the benchmark needs
    (folder / "built.json").write_text(
        json.dumps(
            {
                "parameters": parameters,
                "published_config": arch.published_config,
                "build_seconds": round(time.perf_counter() - started),
            }
        )
    )
    return folder


@dataclass
class LoadedModel:
    name: str
    arch: Architecture
    translator: Any
    tokens: list[str]  # ordinary vocabulary tokens to make inputs from


def load(name: str) -> LoadedModel:
    import ctranslate2

    arch = ARCHITECTURES[MODELS[name]]
    folder = CACHE / arch.name / "ctranslate2"
    translator = ctranslate2.Translator(
        str(folder), device="cpu", compute_type="int8", intra_threads=THREADS, inter_threads=1
    )
    vocabulary_file = next(
        p for p in (folder / "shared_vocabulary.json", folder / "shared_vocabulary.txt")
        if p.is_file()
    )  # fmt: skip
    if vocabulary_file.suffix == ".json":
        vocabulary = json.loads(vocabulary_file.read_text("utf-8"))
    else:
        vocabulary = vocabulary_file.read_text("utf-8").splitlines()
    tokens = [t for t in vocabulary[10:5000] if not t.startswith(("<", "__")) and "_" not in t]
    return LoadedModel(name, arch, translator, tokens)


def opinions(count: int, seed: int) -> list[list[int]]:
    """Each opinion as the token lengths of its sentences."""
    rng = random.Random(seed)
    return [[rng.randint(*SENTENCE_TOKENS) for _ in range(OPINION_SENTENCES)] for _ in range(count)]


def _run(model: LoadedModel, lengths: list[int], target: str, rng: random.Random) -> None:
    """Translate sentences of the given token lengths in one call, outputs forced to length."""
    family = model.arch.family
    source: list[list[str]] = []
    for length in lengths:
        words = [rng.choice(model.tokens) for _ in range(length)]
        if family != "marian":
            words = [LANGUAGE_TOKENS[family]["src"], *words]
        source.append([*words, "</s>"])
    prefix = None
    extra = 0
    if family != "marian":
        prefix = [[LANGUAGE_TOKENS[family][target]] for _ in lengths]
        extra = 1  # the forced language token counts as a decoding step
    out = max(lengths) + extra
    model.translator.translate_batch(
        source,
        target_prefix=prefix,
        beam_size=1,
        max_decoding_length=out,
        min_decoding_length=out,
        max_batch_size=BURST_BATCH,
    )


def seconds_per_opinion(model: LoadedModel, target: str, count: int, burst: bool) -> float:
    rng = random.Random(7)
    work = opinions(count, seed=11)
    started = time.perf_counter()
    if burst:
        # The Translator's way: every sentence of the burst, sorted by length, in batches.
        lengths = sorted(length for opinion in work for length in opinion)
        for start in range(0, len(lengths), BURST_BATCH):
            _run(model, lengths[start : start + BURST_BATCH], target, rng)
    else:
        for opinion in work:
            _run(model, opinion, target, rng)
    return (time.perf_counter() - started) / count


def worker_rss(names: list[str]) -> int:
    """Peak RSS (MB) of a fresh process holding these models, as one worker would, with the
    transformers tokenizer module imported (it brings torch) and one translation each."""
    code = f"""
import sys
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
import transformers.models.auto.tokenization_auto  # noqa: F401  what a worker imports
from translation_capacity import load, _run
import random
models = [load(name) for name in {names!r}]
for model in models:
    _run(model, [30, 30], "ja", random.Random(1))
status = open("/proc/self/status").read()
print(int(status.split("VmHWM:")[1].split()[0]) // 1024)
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=600
    )
    return int(done.stdout.strip().splitlines()[-1])


def _available_memory_gb() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) / 1024 / 1024
    return 0.0


def capacity(quick: bool = False) -> None:
    from classifiers._translation_catalogue import load_catalogue

    catalogue = load_catalogue()
    run_started = time.perf_counter()
    print(f"capacity: CTranslate2 int8, {THREADS} threads, cpu count {os.cpu_count()}, "
          f"{_available_memory_gb():.1f} GB available")  # fmt: skip
    built: dict[str, bool] = {}
    for arch in ARCHITECTURES.values():
        # fp16 weights while building, then the converter's copy: ~2.5x the fp16 size.
        need_gb = 2.5 * 2 * _parameters_estimate(arch) / 1e9
        cached = (CACHE / arch.name / "built.json").is_file()
        if not cached and _available_memory_gb() < need_gb:
            print(f"  SKIPPED {arch.name}: building needs ~{need_gb:.0f} GB, "
                  f"{_available_memory_gb():.1f} GB available")  # fmt: skip
            built[arch.name] = False
            continue
        started = time.perf_counter()
        folder = build(arch)
        meta = json.loads((folder / "built.json").read_text())
        print(f"  {arch.name}: random weights in the published shape ({arch.published_config}: "
              f"d_model {arch.d_model}, {arch.layers}+{arch.layers} layers, {arch.heads} heads, "
              f"FFN {arch.ffn}, vocab {arch.vocab}), {meta['parameters'] / 1e6:,.0f}M "
              f"parameters; {'cached' if cached else 'built'} in "
              f"{time.perf_counter() - started:.0f} s")  # fmt: skip
        built[arch.name] = True

    one_count, burst_count = (3, 32) if quick else (6, 96)
    timings: dict[tuple[str, str], tuple[float, float]] = {}
    needed = {
        ("nllb-200-distilled-1.3B", "en"), ("nllb-200-distilled-1.3B", "ja"),
        ("m2m100_1.2B", "en"), ("m2m100_1.2B", "ja"), ("fugumt-en-ja", "ja"),
        ("fugumt-ja-en", "en"),
    }  # fmt: skip
    loaded: dict[str, LoadedModel] = {}
    for name, target in sorted(needed):
        if not built[MODELS[name]]:
            continue
        if name not in loaded:
            loaded[name] = load(name)
        model = loaded[name]
        _run(model, [30], target, random.Random(0))  # warm up
        one = seconds_per_opinion(model, target, one_count, burst=False)
        many = seconds_per_opinion(model, target, burst_count, burst=True)
        timings[(name, target)] = (one, many)
        print(f"  {name} -> {target}: {one:.2f} s per opinion one at a time, "
              f"{many:.2f} s per opinion in a burst of {burst_count}")  # fmt: skip
    loaded.clear()
    gc.collect()

    print(
        "\nopinions per hour per worker (one at a time | burst); an opinion is "
        f"{OPINION_SENTENCES} sentences of {SENTENCE_TOKENS[0]}-{SENTENCE_TOKENS[1]} tokens"
    )
    print("| set | opinion | route(s) | one at a time | burst |")
    print("|---|---|---|---|---|")
    for set_name in ("recommended", "open"):
        for label, hops in _workloads(catalogue, set_name):
            if any(hop not in timings for hop in hops):
                print(f"| {set_name} | {label} | skipped (a model was not built) | | |")
                continue
            one = sum(timings[hop][0] for hop in hops)
            many = sum(timings[hop][1] for hop in hops)
            route = " + ".join(f"{name}->{target}" for name, target in hops)
            print(f"| {set_name} | {label} | {route} | {3600 / one:,.0f} | {3600 / many:,.0f} |")

    print("\npeak RSS of one worker process holding the set's translation models:")
    for set_name in ("recommended", "open"):
        names = list(catalogue.sets[set_name].models)
        if not all(built[MODELS[n]] for n in names):
            print(f"  {set_name}: skipped (a model was not built)")
            continue
        print(f"  {set_name} ({', '.join(names)}): {worker_rss(names):,} MB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"\n(this benchmark process peaked at {peak:,} MB; "
          f"took {time.perf_counter() - run_started:.0f} s)")  # fmt: skip


def _parameters_estimate(arch: Architecture) -> int:
    layer = 4 * arch.d_model**2 + 2 * arch.d_model * arch.ffn
    return arch.vocab * arch.d_model + arch.layers * (2 * layer + 4 * arch.d_model**2)


def _workloads(catalogue: Any, set_name: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(what, hops) per kind of opinion the set handles: each hop is (model, target). A
    pivot's first hop is the into-English translation, which the segment cache reuses."""
    if set_name == "recommended":
        nllb, en_ja = "nllb-200-distilled-1.3B", "fugumt-en-ja"
        return [
            ("foreign, into en only", [(nllb, "en")]),
            ("foreign, into ja only (direct)", [(nllb, "ja")]),
            ("foreign, into ja and en, ja direct (my, km, ko, vi, ...)", [(nllb, "en"), (nllb, "ja")]),
            ("foreign, into ja and en, ja by pivot (tl, pt, zh, ...)", [(nllb, "en"), (en_ja, "ja")]),
            ("Japanese, into en", [(nllb, "en")]),
            ("English, into ja", [(en_ja, "ja")]),
        ]  # fmt: skip
    m2m, en_ja, ja_en = "m2m100_1.2B", "fugumt-en-ja", "fugumt-ja-en"
    return [
        ("foreign, into en only", [(m2m, "en")]),
        ("foreign, into ja and en, ja by pivot (most)", [(m2m, "en"), (en_ja, "ja")]),
        ("foreign, into ja and en, ja direct (zh, ne)", [(m2m, "en"), (m2m, "ja")]),
        ("Japanese, into en", [(ja_en, "en")]),
        ("English, into ja", [(en_ja, "ja")]),
    ]


if __name__ == "__main__":
    capacity(quick="--quick" in sys.argv)
