"""Machine translation of opinions on our own servers, with open models from a local folder.

`Translator(catalogue, models_dir).translate(texts, source, target)` returns one
`Translation` per text, always labelled with the model(s) that made it. A pair without a
direct model goes through English (xx -> en -> ja). See docs/adr/0002-translation-engine.md
and docs/models.md.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from classifiers._translation_catalogue import (
    DEFAULT_CATALOGUE_PATH,
    Catalogue,
    ModelEntry,
    Route,
    load_catalogue,
    model_files_problem,
)
from classifiers._translation_engines import (
    LoadedModel,
    TranslationUnavailable,
    encode,
    language_prefix,
    load_model,
    unload_models,
)
from classifiers._translation_split import (
    fit_to_length,
    join_segments,
    sentence_gap,
    split_opinion,
)
from classifiers._translation_tools import (
    FetchError,
    FetchUnavailable,
    InstalledModel,
    InstallError,
    LicenceNotAccepted,
    ModelStatus,
    check_models,
    fetch,
    fetch_models,
    install,
    list_models,
)
from classifiers.text import normalise

__all__ = [
    "DEFAULT_CATALOGUE_PATH",
    "CacheStats",
    "Catalogue",
    "FetchError",
    "FetchUnavailable",
    "InstallError",
    "LicenceNotAccepted",
    "InstalledModel",
    "ModelEntry",
    "ModelStatus",
    "RouteCheck",
    "Translation",
    "TranslationUnavailable",
    "Translator",
    "check_models",
    "fetch",
    "fetch_models",
    "install",
    "list_models",
    "load_catalogue",
    "unload_models",
]

DEFAULT_BATCH_SIZE = 32
DEFAULT_CACHE_SIZE = 20_000


@dataclass(frozen=True)
class Translation:
    """A machine translation of one opinion, with what made it.

    `model` names the Hugging Face model (for a pivot, each hop's joined by " > "), `route`
    the languages it went through, e.g. ("my", "en", "ja"). A text already in the target
    language comes back unchanged with route (language,), model "" and engine "none".
    """

    text: str
    model: str
    engine: str
    route: tuple[str, ...]
    models: tuple[str, ...] = ()

    @property
    def is_machine_translation(self) -> bool:
        return len(self.route) > 1

    @property
    def label(self) -> str:
        """What the review screen shows next to the text."""
        if not self.is_machine_translation:
            return "original text"
        return f"machine translation ({self.model}, {' -> '.join(self.route)})"


@dataclass(frozen=True)
class RouteCheck:
    """Whether `source -> target` can be translated now, and if not, why.

    `route` and `models` describe the route that would be used (or, when unavailable, the best
    one the catalogue knows; empty when there is none).
    """

    source: str
    target: str
    available: bool
    route: tuple[str, ...]
    models: tuple[str, ...]
    reason: str | None = None


@dataclass(frozen=True)
class CacheStats:
    hits: int
    misses: int
    size: int
    max_size: int


class _SegmentCache:
    """In-process LRU of translated segments: a campaign of identical opinions costs one."""

    def __init__(self, max_size: int) -> None:
        self.max_size = max_size
        self._items: OrderedDict[tuple[str, ...], str] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple[str, ...]) -> str | None:
        with self._lock:
            value = self._items.get(key)
            if value is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return value

    def count_hit(self) -> None:
        with self._lock:
            self.hits += 1

    def put(self, key: tuple[str, ...], value: str) -> None:
        if self.max_size <= 0:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.max_size:
                self._items.popitem(last=False)

    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(self.hits, self.misses, len(self._items), self.max_size)


def _output_cap(input_tokens: int, limit: int) -> int:
    """Most tokens to generate for an input: generous (some languages need twice the
    tokens of others for one sentence) but bounded, so a looping model stops."""
    return min(limit, 2 * input_tokens + 10)


class Translator:
    """Translates batches of opinions with the catalogue's models found under `models_dir`.

    Create one per process and keep it: models load on first use and stay loaded (a process-
    wide registry), and the segment cache lives here.
    """

    def __init__(
        self,
        catalogue: Catalogue | Path | str | None = None,
        models_dir: Path | str = Path("var/models"),
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        cache_size: int = DEFAULT_CACHE_SIZE,
        beam_size: int = 1,
        threads: int | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.catalogue = (
            catalogue if isinstance(catalogue, Catalogue) else load_catalogue(catalogue)
        )
        self.models_dir = Path(models_dir)
        self.batch_size = batch_size
        # Greedy by default: the fastest on a CPU, and the setting under which both engines
        # give the same tokens (ADR 0002).
        self.beam_size = beam_size
        self.threads = threads
        self._cache = _SegmentCache(cache_size)

    # -- routes ---------------------------------------------------------------------------

    def check(self, source: str, target: str) -> RouteCheck:
        """Is there a route for the pair with every model on it present? If not, why not."""
        source_c, target_c = self.catalogue.canonical(source), self.catalogue.canonical(target)
        if source_c == target_c:
            return RouteCheck(source, target, True, (source_c,), ())
        routes = self.catalogue.routes(source_c, target_c)
        if not routes:
            return RouteCheck(
                source, target, False, (), (), f"no translation model for {source} -> {target}"
            )
        for route in routes:
            if not any(model_files_problem(m, self.models_dir) for m in route.models):
                return RouteCheck(
                    source, target, True, route.languages, tuple(m.name for m in route.models)
                )
        best = routes[0]
        problem = next(
            p for p in (model_files_problem(m, self.models_dir) for m in best.models) if p
        )
        return RouteCheck(
            source,
            target,
            False,
            best.languages,
            tuple(m.name for m in best.models),
            problem,
        )

    def _route(self, source: str, target: str) -> Route:
        check = self.check(source, target)
        if not check.available:
            raise TranslationUnavailable(check.reason)
        models = tuple(self.catalogue.entry(name) for name in check.models)
        return Route(check.route, models)

    # -- translation ----------------------------------------------------------------------

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Translation]:
        """One Translation per text, in order. Raises TranslationUnavailable (with the reason
        `check` gives) when the pair has no usable route."""
        if isinstance(texts, str):
            raise TypeError("translate takes a list of texts, not one string")
        route = self._route(source, target)
        if not route.models:
            return [Translation(normalise(t), "", "none", route.languages) for t in texts]
        loaded = [(m, load_model(m, self.models_dir, self.threads)) for m in route.models]
        segments = [split_opinion(normalise(text)) for text in texts]
        flat = [" ".join(seg.text.split()) for opinion in segments for seg in opinion]
        for hop, (entry, model) in enumerate(loaded):
            flat = self._translate_hop(
                entry, model, flat, route.languages[hop], route.languages[hop + 1]
            )
        model_ids = tuple(m.hf_id for m in route.models)
        engines = tuple(dict.fromkeys(m.engine for m in route.models))
        results: list[Translation] = []
        position = 0
        for opinion in segments:
            texts_out = flat[position : position + len(opinion)]
            position += len(opinion)
            results.append(
                Translation(
                    text=join_segments(opinion, texts_out, route.languages[-1]),
                    model=" > ".join(model_ids),
                    engine="+".join(engines),
                    route=route.languages,
                    models=model_ids,
                )
            )
        return results

    def cache_info(self) -> CacheStats:
        return self._cache.stats()

    def _translate_hop(
        self, entry: ModelEntry, model: LoadedModel, texts: list[str], source: str, target: str
    ) -> list[str]:
        prefix, source_code, target_id = language_prefix(
            self.catalogue, entry, model, source, target
        )
        limit = min(model.max_input_tokens, entry.max_input_tokens or model.max_input_tokens)
        key_base = (entry.name, entry.engine, entry.compute_type, source, target)
        out: list[str | None] = []
        pending: dict[str, list[int]] = {}  # text -> positions waiting for it
        for position, text in enumerate(texts):
            if text in pending:  # a repeat within this call: translated once, a cache hit
                self._cache.count_hit()
                pending[text].append(position)
                out.append(None)
                continue
            cached = self._cache.get((*key_base, text)) if text else ""
            out.append(cached)
            if cached is None:
                pending[text] = [position]
        if pending:
            translated = self._run_model(
                model, list(pending), prefix, source_code, target_id, limit
            )
            gap = sentence_gap(target)
            for text, parts in zip(pending, translated, strict=True):
                translation = gap.join(parts)
                self._cache.put((*key_base, text), translation)
                for position in pending[text]:
                    out[position] = translation
        return [text or "" for text in out]

    def _run_model(
        self,
        model: LoadedModel,
        texts: list[str],
        prefix: str,
        source_code: str | None,
        target_id: int | None,
        limit: int,
    ) -> list[list[str]]:
        """Translations of each text, as the list of its pieces (one unless it was too long)."""
        with model.lock:
            ids = encode(model, texts, prefix, source_code)
            # pieces: (index of the text it belongs to, token ids)
            pieces: list[tuple[int, list[int]]] = []
            for index, (text, token_ids) in enumerate(zip(texts, ids, strict=True)):
                if len(token_ids) <= limit:
                    pieces.append((index, token_ids))
                    continue

                def count(piece: str) -> int:
                    return len(encode(model, [piece], prefix, source_code)[0])

                for part in fit_to_length(text, count, limit):
                    pieces.append((index, encode(model, [part], prefix, source_code)[0]))
            # Similar lengths in a batch waste the least padding.
            order = sorted(range(len(pieces)), key=lambda i: len(pieces[i][1]))
            outputs: list[list[int]] = [[] for _ in pieces]
            for start in range(0, len(order), self.batch_size):
                batch = order[start : start + self.batch_size]
                inputs = [pieces[i][1] for i in batch]
                max_new = max(_output_cap(len(x), limit) for x in inputs)
                generated = model.engine.generate(inputs, target_id, max_new, self.beam_size)
                for i, tokens in zip(batch, generated, strict=True):
                    # Each row keeps its own cap, so the result does not depend on which
                    # inputs shared its batch (the language token counts as one).
                    own_cap = _output_cap(len(pieces[i][1]), limit)
                    outputs[i] = tokens[: own_cap - (target_id is not None)]
            decoded = [
                model.tokenizer.decode(tokens, skip_special_tokens=True).strip()
                for tokens in outputs
            ]
        joined: list[list[str]] = [[] for _ in texts]
        for (index, _), text in zip(pieces, decoded, strict=True):
            joined[index].append(text)
        return joined
