"""Cut opinions into segments a translation model handles well, and join the results back.

Models are trained on sentences: an opinion is cut into paragraphs, then sentences (with the
full stops of scripts that do not use spaces: 。 ။ ។ ...), then, where a sentence is still
longer than the model accepts, into pieces that fit the tokenizer's limit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# A sentence ends after one of these, with any closing quotes or brackets that follow.
# Latin-style stops need whitespace after them (so 3.5 or example.com stay whole); the
# stops of Japanese/Chinese (。！？), Burmese (။), Khmer (។), Devanagari (।) and others
# end a sentence on their own.
_CLOSERS = "\"'”’»)）」』】〕"
_SPACED_STOP = re.compile(rf"[.!?…]+[{_CLOSERS}]*\s+")
_STOPS_NO_SPACE = "。！？｡।॥။។៕؟۔።"
_UNSPACED_STOP = re.compile(rf"[{_STOPS_NO_SPACE}]+[{_CLOSERS}]*\s*")
# Thai marks a sentence end with a space (words are not separated); a space between two
# Thai characters is a sentence boundary.
_THAI_SPACE = re.compile(r"(?<=[\u0e00-\u0e7f])\s+(?=[\u0e00-\u0e7f])")
# Softer breaks used when a sentence is too long for the model: commas, semicolons, 、
_CLAUSE_MARKS = ",;:、，；：،"
_CLAUSES = re.compile(rf"[^{_CLAUSE_MARKS}]*[{_CLAUSE_MARKS}]+\s*|[^{_CLAUSE_MARKS}]+$")
_WORDS = re.compile(r"\S+\s*")

# Targets written without spaces between sentences.
_UNSPACED_TARGETS = ("ja", "zh", "yue", "th", "my", "km", "lo")


@dataclass(frozen=True)
class Segment:
    """A piece of an opinion sent to the model as one input.

    `paragraph` and `sentence` place it in the opinion; pieces of one over-long sentence share
    both and are joined with a space.
    """

    text: str
    paragraph: int
    sentence: int


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences, keeping every character except the separating spaces."""
    text = text.strip()
    if not text:
        return []
    pieces = [text]
    for pattern in (_UNSPACED_STOP, _SPACED_STOP, _THAI_SPACE):
        pieces = [part for piece in pieces for part in _split_keep(pattern, piece)]
    return pieces


def _split_keep(pattern: re.Pattern[str], text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        end = match.start()
        # keep closing quotes/brackets with the sentence they close
        chunk = text[start:end] + match.group(0).rstrip()
        if chunk.strip():
            parts.append(chunk.strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


def split_opinion(text: str) -> list[Segment]:
    """Paragraphs (line breaks) and sentences of `text`, in reading order."""
    segments: list[Segment] = []
    paragraphs = [p for p in text.split("\n") if p.strip()]
    for p_index, paragraph in enumerate(paragraphs):
        for s_index, sentence in enumerate(split_sentences(paragraph)):
            segments.append(Segment(sentence, p_index, s_index))
    return segments


def fit_to_length(text: str, count_tokens: Callable[[str], int], limit: int) -> list[str]:
    """Cut `text` into pieces of at most `limit` tokens: at clause marks, then spaces, then
    anywhere (long runs in scripts without spaces). Pieces keep their order and every word."""
    if count_tokens(text) <= limit:
        return [text]
    for pattern in (_CLAUSES, _WORDS):
        atoms = pattern.findall(text)
        if len(atoms) > 1:
            return _pack(atoms, count_tokens, limit)
    middle = len(text) // 2
    if middle == 0:
        return [text]
    return fit_to_length(text[:middle], count_tokens, limit) + fit_to_length(
        text[middle:], count_tokens, limit
    )


def _pack(atoms: list[str], count_tokens: Callable[[str], int], limit: int) -> list[str]:
    """Greedily glue consecutive atoms (each ends with its own separator) up to `limit`."""
    pieces: list[str] = []
    current = ""
    for atom in atoms:
        if current and count_tokens((current + atom).strip()) <= limit:
            current += atom
            continue
        if current:
            pieces.append(current.strip())
        if count_tokens(atom.strip()) <= limit:
            current = atom
        else:
            pieces.extend(fit_to_length(atom.strip(), count_tokens, limit))
            current = ""
    if current.strip():
        pieces.append(current.strip())
    return [piece for piece in pieces if piece]


def sentence_gap(target: str) -> str:
    """What goes between two sentences in the target language: a space, or nothing."""
    return "" if target.lower().split("-")[0] in _UNSPACED_TARGETS else " "


def join_segments(segments: list[Segment], texts: list[str], target: str) -> str:
    """Put translated segments back in order: sentences of a paragraph joined by a space (none
    for Japanese, Chinese, Thai, ...), paragraphs by line breaks."""
    gap = sentence_gap(target)
    paragraphs: dict[int, list[tuple[int, str]]] = {}
    for segment, text in zip(segments, texts, strict=True):
        paragraphs.setdefault(segment.paragraph, []).append((segment.sentence, text.strip()))
    out: list[str] = []
    for p_index in sorted(paragraphs):
        sentences: list[str] = []
        last_sentence = None
        for s_index, text in paragraphs[p_index]:
            if not text:
                continue
            if s_index == last_sentence and sentences:
                # a piece of the same over-long sentence
                sentences[-1] = sentences[-1] + gap + text
            else:
                sentences.append(text)
            last_sentence = s_index
        out.append(gap.join(sentences))
    return "\n".join(out)
