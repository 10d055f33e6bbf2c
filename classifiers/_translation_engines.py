"""Loading translation models once per process, and running them with either engine.

A `LoadedModel` pairs a model's tokenizer (always Hugging Face `transformers`) with an engine:
`transformers` (`AutoModelForSeq2SeqLM.generate`) or `ctranslate2` (the model folder converted
with CTranslate2's converter). Both take token ids and return token ids, decoded greedily by
default, so their outputs can be compared token for token.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from classifiers._translation_catalogue import (
    Catalogue,
    ModelEntry,
    model_files_problem,
)

log = logging.getLogger(__name__)

# The most tokens one input may have when neither the catalogue nor the model says less.
# Sentences are short; a longer input is usually a run-on sentence the model would garble.
DEFAULT_MAX_INPUT_TOKENS = 512


class TranslationUnavailable(RuntimeError):
    """No usable model for a pair: no route, a model's files missing, or a load failure.

    The message is meant for reviewers and operators, e.g. "no translation model for my -> ja"
    or "model folder var/models/opus-mt-mul-en missing".
    """


@dataclass(frozen=True)
class Generated:
    """One output of a model: its token ids (without start, prefix, end or padding tokens) and
    the model's log-probability of each, plus that of the end token when the model chose to
    stop. Their mean is the translation's score (classifiers.translation_quality)."""

    ids: list[int]
    log_probs: list[float]
    end_log_prob: float | None = None

    def truncated(self, length: int) -> Generated:
        if length >= len(self.ids):
            return self
        return Generated(self.ids[:length], self.log_probs[:length], None)

    @property
    def scored_tokens(self) -> int:
        return len(self.log_probs) + (self.end_log_prob is not None)

    @property
    def log_prob_sum(self) -> float:
        return sum(self.log_probs) + (self.end_log_prob or 0.0)


class Engine(Protocol):
    name: str

    def generate_scored(
        self,
        batch: Sequence[Sequence[int]],
        prefix_id: int | None,
        max_new_tokens: int,
        beam_size: int,
        min_new_tokens: int = 0,
    ) -> list[Generated]:
        """Output tokens of each input with their log-probabilities.

        `min_new_tokens` (benchmarks) forbids the end token before that many tokens."""
        ...

    def generate(
        self,
        batch: Sequence[Sequence[int]],
        prefix_id: int | None,
        max_new_tokens: int,
        beam_size: int,
        min_new_tokens: int = 0,
    ) -> list[list[int]]:
        """Output token ids for each input, without start, prefix, end or padding tokens."""
        outputs = self.generate_scored(batch, prefix_id, max_new_tokens, beam_size, min_new_tokens)
        return [output.ids for output in outputs]


@dataclass
class LoadedModel:
    # the entry it was first loaded for; callers pass their own catalogue's entry along
    entry: ModelEntry
    folder: Path
    tokenizer: Any
    engine: Engine
    max_input_tokens: int
    # Tokenizers of M2M100/NLLB keep the source language as state: one caller at a time.
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def end_id(self) -> int:
        return int(self.tokenizer.eos_token_id)


def _strip_output(
    ids: Sequence[int], prefix_id: int | None, end_id: int | None, pad_id: int | None
) -> list[int]:
    out = list(ids)
    if prefix_id is not None and out and out[0] == prefix_id:
        out = out[1:]
    if end_id is not None and end_id in out:
        out = out[: out.index(end_id)]
    return [i for i in out if i != pad_id]


def _scored_output(
    ids: Sequence[int],
    log_probs: Sequence[float],
    prefix_id: int | None,
    end_id: int | None,
    pad_id: int | None,
) -> Generated:
    """`_strip_output` that keeps each kept token's log-probability (`log_probs[i]` is that
    of `ids[i]`). The forced language token is not the model's choice and is not scored."""
    kept: list[int] = []
    kept_log_probs: list[float] = []
    end_log_prob: float | None = None
    for position, (token, log_prob) in enumerate(zip(ids, log_probs, strict=True)):
        if position == 0 and prefix_id is not None and token == prefix_id:
            continue
        if end_id is not None and token == end_id:
            end_log_prob = float(log_prob)
            break
        if token == pad_id:
            continue
        kept.append(int(token))
        kept_log_probs.append(float(log_prob))
    return Generated(kept, kept_log_probs, end_log_prob)


class TransformersEngine(Engine):
    name = "transformers"

    def __init__(self, folder: Path, family: str, threads: int | None) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM, GenerationConfig

        if threads:
            torch.set_num_threads(threads)
        self._torch = torch
        self.model = AutoModelForSeq2SeqLM.from_pretrained(
            folder, local_files_only=True, dtype=torch.float32
        )
        self.model.eval()
        self.family = family
        generation = self.model.generation_config
        config = self.model.config
        self.pad_id = _first_int(generation.pad_token_id, config.pad_token_id)
        self.end_id = _first_int(generation.eos_token_id, config.eos_token_id)
        self.start_id = _first_int(generation.decoder_start_token_id, config.decoder_start_token_id)
        # The published generation configs set beams, length penalties, a forced end token
        # at the length limit, repetition rules...; `generate` fills every value we leave unset
        # from the model's own config, so replace it by one that holds only the token ids.
        # Decoding is then plain greedy (or beam) search, as in CTranslate2 (ADR 0002).
        self.model.generation_config = GenerationConfig(
            decoder_start_token_id=self.start_id,
            eos_token_id=self.end_id,
            pad_token_id=self.pad_id,
            bos_token_id=_first_int(generation.bos_token_id, config.bos_token_id),
        )

    def generate_scored(
        self,
        batch: Sequence[Sequence[int]],
        prefix_id: int | None,
        max_new_tokens: int,
        beam_size: int,
        min_new_tokens: int = 0,
    ) -> list[Generated]:
        from transformers import GenerationConfig

        torch = self._torch
        width = max(len(ids) for ids in batch)
        pad = self.pad_id if self.pad_id is not None else 0
        input_ids = torch.tensor([list(ids) + [pad] * (width - len(ids)) for ids in batch])
        mask = torch.tensor([[1] * len(ids) + [0] * (width - len(ids)) for ids in batch])
        # Marian never emits its padding token (CTranslate2 drops it from the vocabulary).
        generation = GenerationConfig(
            decoder_start_token_id=self.start_id,
            eos_token_id=self.end_id,
            pad_token_id=self.pad_id,
            max_new_tokens=max_new_tokens,
            min_new_tokens=min_new_tokens or None,
            num_beams=beam_size,
            do_sample=False,
            forced_bos_token_id=prefix_id,
            bad_words_ids=[[self.pad_id]] if self.family == "marian" else None,
            return_dict_in_generate=True,
            # Beam search needs every step's scores to trace each beam back; greedy search
            # keeps only the chosen tokens' log-probabilities (see _ChosenLogProbs), not a
            # batch x vocabulary table per step (NLLB: 32 x 256k floats = 33 MB a step).
            output_scores=beam_size > 1,
        )
        recorder = _ChosenLogProbs() if beam_size == 1 else None
        with torch.inference_mode():
            out = self.model.generate(
                input_ids=input_ids,
                attention_mask=mask,
                generation_config=generation,
                logits_processor=_processor_list(recorder),
            )
            if recorder is not None:
                transition = recorder.table(out.sequences.shape[1] - 1)
            else:
                # Log-softmax of the scores each step chose from, traced along each beam.
                transition = self.model.compute_transition_scores(
                    out.sequences, out.scores, out.beam_indices, normalize_logits=True
                )
        return [
            _scored_output(row[1:].tolist(), scores.tolist(), prefix_id, self.end_id, self.pad_id)
            for row, scores in zip(out.sequences, transition, strict=True)
        ]


class _ChosenLogProbs:
    """A logits processor, run after generate's own (those that forbid or force tokens, as
    CTranslate2 does): it records the log-softmax of the token greedy search picks next, the
    highest-scoring one, and changes nothing."""

    def __init__(self) -> None:
        self.steps: list[Any] = []

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        self.steps.append(scores.log_softmax(dim=-1).max(dim=-1).values)
        return scores

    def table(self, width: int) -> Any:
        """(batch, width): one column per generated token (0 beyond the last step)."""
        import torch

        table = torch.stack(self.steps, dim=1)
        if table.shape[1] < width:
            table = torch.nn.functional.pad(table, (0, width - table.shape[1]))
        return table[:, :width]


def _processor_list(recorder: _ChosenLogProbs | None) -> Any:
    from transformers import LogitsProcessor, LogitsProcessorList

    if recorder is None:
        return LogitsProcessorList()
    record: _ChosenLogProbs = recorder  # (a closure does not keep the narrowed type)

    class Recorder(LogitsProcessor):
        def __call__(self, input_ids: Any, scores: Any) -> Any:
            return record(input_ids, scores)

    return LogitsProcessorList([Recorder()])


class CTranslate2Engine(Engine):
    name = "ctranslate2"

    def __init__(self, ct2_folder: Path, tokenizer: Any, compute_type: str, threads: int | None):
        import ctranslate2

        self.translator = ctranslate2.Translator(
            str(ct2_folder),
            device="cpu",
            compute_type=compute_type,
            intra_threads=threads or 0,
            inter_threads=1,
        )
        self.tokenizer = tokenizer
        self.end_id = int(tokenizer.eos_token_id)
        self.pad_id = tokenizer.pad_token_id

    def generate_scored(
        self,
        batch: Sequence[Sequence[int]],
        prefix_id: int | None,
        max_new_tokens: int,
        beam_size: int,
        min_new_tokens: int = 0,
    ) -> list[Generated]:
        tokens = [self.tokenizer.convert_ids_to_tokens(list(ids)) for ids in batch]
        prefix = None
        if prefix_id is not None:
            prefix_token = self.tokenizer.convert_ids_to_tokens(prefix_id)
            prefix = [[prefix_token] for _ in batch]
        results = self.translator.translate_batch(
            tokens,
            target_prefix=prefix,
            beam_size=beam_size,
            # transformers counts the forced language token as a new token; so does this
            max_decoding_length=max_new_tokens,
            min_decoding_length=min_new_tokens,
            max_batch_size=0,
            # The score is the hypothesis' log-probability divided by its length (the forced
            # prefix and the end token counted, though the forced token adds nothing to the sum).
            return_scores=True,
            return_end_token=True,
        )
        outputs: list[Generated] = []
        for result in results:
            hypothesis = result.hypotheses[0]
            total = float(result.scores[0]) * len(hypothesis) if result.scores else 0.0
            ids = _strip_output(
                self.tokenizer.convert_tokens_to_ids(hypothesis), prefix_id, None, self.pad_id
            )
            stopped = bool(ids) and ids[-1] == self.end_id
            if stopped:
                ids = ids[:-1]
            count = len(ids) + stopped
            # CTranslate2 gives the sum only: each token gets the mean, so that the translator's
            # sums over segments (and a row cut to its own cap) stay right.
            mean = total / count if count else 0.0
            outputs.append(Generated(ids, [mean] * len(ids), mean if stopped else None))
        return outputs


def _first_int(*values: Any) -> int | None:
    for value in values:
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        if value is not None:
            return int(value)
    return None


def load_tokenizer(folder: Path) -> Any:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(folder, local_files_only=True)


def _max_input_tokens(tokenizer: Any, folder: Path) -> int:
    """The longest input the model takes: its tokenizer's and position table's limit."""
    limits = [DEFAULT_MAX_INPUT_TOKENS]
    model_max = getattr(tokenizer, "model_max_length", None)
    if isinstance(model_max, int) and 0 < model_max < 1_000_000:
        limits.append(model_max)
    config_file = folder / "config.json"
    if config_file.is_file():
        import json

        positions = json.loads(config_file.read_text()).get("max_position_embeddings")
        if isinstance(positions, int) and positions > 0:
            limits.append(positions)
    return min(limits)


_REGISTRY: dict[tuple[str, str, str, int | None], LoadedModel] = {}
_REGISTRY_LOCK = threading.Lock()


def load_model(
    entry: ModelEntry, models_dir: Path | str, threads: int | None = None
) -> LoadedModel:
    """The loaded model for `entry`, loading it on first use only (one copy per process)."""
    folder = entry.path(models_dir).resolve()
    key = (str(folder), entry.engine, entry.compute_type, threads)
    with _REGISTRY_LOCK:
        if key in _REGISTRY:
            return _REGISTRY[key]
        problem = model_files_problem(entry, models_dir)
        if problem:
            raise TranslationUnavailable(problem)
        try:
            tokenizer = load_tokenizer(folder)
            engine: Engine
            if entry.engine == "ctranslate2":
                engine = CTranslate2Engine(
                    entry.ct2_path(models_dir), tokenizer, entry.compute_type, threads
                )
            else:
                engine = TransformersEngine(folder, entry.family, threads)
        except Exception as error:  # a corrupt or mismatched folder; say which
            raise TranslationUnavailable(
                f"model {entry.name} in {folder} could not be loaded: {error}"
            ) from error
        log.info("loaded translation model %s (%s, %s)", entry.name, entry.engine, folder)
        loaded = LoadedModel(entry, folder, tokenizer, engine, _max_input_tokens(tokenizer, folder))
        _REGISTRY[key] = loaded
        return loaded


def unload_models() -> None:
    """Forget every loaded model (tests, or after `feedback models install`)."""
    with _REGISTRY_LOCK:
        _REGISTRY.clear()


def loaded_model_names() -> list[str]:
    with _REGISTRY_LOCK:
        return [model.entry.name for model in _REGISTRY.values()]


def language_prefix(
    catalogue: Catalogue, entry: ModelEntry, model: LoadedModel, source: str, target: str
) -> tuple[str, str | None, int | None]:
    """What tells the model the languages: (text prefix, source-language code, target token id).

    Marian multi-target models read a token such as `>>jpn<<` at the start of the input;
    M2M100 and NLLB take the source language in the tokenizer and the target as the first
    decoder token.
    """
    if entry.family == "marian":
        if not entry.target_tokens:
            return "", None, None
        token = entry.target_tokens.get(catalogue.canonical(target))
        if token is None:
            token = entry.target_tokens.get(catalogue.canonical(target).split("-")[0])
        if token is None or token not in model.tokenizer.get_vocab():
            raise TranslationUnavailable(f"model {entry.name} has no target token for {target}")
        return token + " ", None, None
    source_code = catalogue.family_code(entry, source)
    target_code = catalogue.family_code(entry, target)
    if source_code is None or target_code is None:
        missing = source if source_code is None else target
        raise TranslationUnavailable(f"model {entry.name} does not know the language {missing}")
    naming = catalogue.families[entry.family]
    token = naming.language_token.format(code=target_code)
    target_id = model.tokenizer.convert_tokens_to_ids(token)
    if target_id is None or target_id == model.tokenizer.unk_token_id:
        raise TranslationUnavailable(f"model {entry.name} has no language token {token}")
    return "", source_code, int(target_id)


def encode(model: LoadedModel, texts: Sequence[str], prefix: str, source_code: str | None):
    """Token ids (with the model's own special tokens) for each text. Caller holds the lock."""
    if source_code is not None:
        model.tokenizer.src_lang = source_code
    encoded = model.tokenizer([prefix + text for text in texts], add_special_tokens=True)
    return [list(ids) for ids in encoded["input_ids"]]
