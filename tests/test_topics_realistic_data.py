"""Checks the realistic topic set (benchmarks/data/topics_realistic): format, labels, split, counts.

The set measures the topic tagger on opinions like the ministry receives (issue 19). These
tests keep it usable as a measurement: every row parses, every label is a taxonomy slug, the
held-out part is exactly the rows the id hash puts there (so nobody moves rows by hand), the
composition still meets what the issue asks for, and the README's tables say what the files hold.
The unseen parts (unseen.tsv to unseen9.tsv, each by another writer who never saw the tagger) are
checked for format, labels, scripts and their README's topic table, and no text repeats across
parts; these checks print ids only, never a text.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "topics_realistic"
HEADER = ["id", "lang", "topics", "text"]

# The default taxonomy's slugs (DESIGN.md, "Topics"): the set is labelled on these.
TOPIC_SLUGS = (
    "residence",
    "municipal-procedures",
    "employment",
    "childbirth-childcare",
    "education",
    "medical",
    "pensions-welfare",
    "taxes",
    "transport",
    "emergencies-disasters",
    "housing",
    "daily-life",
    "discrimination-human-rights",
    "information-consultation",
    "other",
)
# Languages the issue requires, and the rest the set was written in.
REQUIRED_LANGUAGES = {"my", "ne", "km", "vi", "tl", "zh", "pt", "id"}
LANGUAGES = REQUIRED_LANGUAGES | {"ja", "en", "ko", "es", "th", "mn", "si"}

# Unicode script blocks a text in these languages must use (romanised Nepali is allowed, as
# many people type it; Vietnamese, Tagalog, Indonesian, Portuguese, Spanish and English are Latin).
SCRIPT_RANGES: dict[str, list[tuple[int, int]]] = {
    "my": [(0x1000, 0x109F)],
    "km": [(0x1780, 0x17FF)],
    "th": [(0x0E00, 0x0E7F)],
    "si": [(0x0D80, 0x0DFF)],
    "mn": [(0x0400, 0x04FF)],
    "ko": [(0xAC00, 0xD7A3)],
    "zh": [(0x4E00, 0x9FFF)],
    "ja": [(0x3040, 0x30FF), (0x4E00, 0x9FFF)],
}
LATIN_LANGUAGES = {"vi", "tl", "id", "pt", "es", "en"}

MIN_ROWS = 600
MIN_PER_LANGUAGE = 25
MIN_ANY_LABEL_PER_TOPIC = 25
MIN_FIRST_LABEL_DEV = 12
MIN_FIRST_LABEL_HELDOUT = 8
# `other` is rarer in real inboxes: the issue asks for it "where realistic".
MIN_FIRST_LABEL_OTHER = {"dev": 8, "heldout": 4}

# The unseen parts, each written whole by another writer (ids `<prefix>-<lang>-<nnn>`): the
# README holding each one's topic table, and the languages its README says some rows are
# romanised in on purpose (Sinhala typed in Latin letters, "Singlish": such a row needs Latin
# letters instead of the script). unseen5 was the sixth round's final measure (run once) and
# is labelled material since; unseen6 was the seventh round's (run once) and is labelled since the
# eighth; unseen7 was the eighth round's (run once) and is labelled since the ninth; unseen8
# was the ninth round's (run once). Romanised
# Nepali and Vietnamese typed without marks are deliberate in every part (unseen5: 11 of 22
# rows each, its README); the checks allow both everywhere (no script is required of `ne`, and
# unmarked Vietnamese is Latin).
UNSEEN_PARTS: dict[str, tuple[str, str, frozenset[str]]] = {
    "unseen": ("u", "README.md", frozenset()),
    "unseen2": ("u2", "README.md", frozenset()),
    "unseen3": ("u3", "unseen3_README.md", frozenset({"si"})),
    "unseen4": ("u4", "unseen4_README.md", frozenset({"si"})),
    "unseen5": ("u5", "unseen5_README.md", frozenset()),
    # the seventh round's final measure (run once), labelled material from the eighth on
    "unseen6": ("u6", "unseen6_README.md", frozenset({"si"})),
    # the eighth round's final measure (run once), labelled material from the ninth on
    "unseen7": ("u7", "unseen7_README.md", frozenset({"si"})),
    # the ninth round's final measure (run once), development material from the tenth on
    "unseen8": ("u8", "unseen8_README.md", frozenset()),
    # reserved for a later round's final measure, not run; read here for its format only
    "unseen9": ("u9", "unseen9_README.md", frozenset()),
}


def is_held_out(row_id: str) -> bool:
    """The split rule from the README: a third of the ids, chosen by their hash, not by hand."""
    return int(hashlib.sha256(row_id.encode("utf-8")).hexdigest()[:8], 16) % 3 == 0


def read_part(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        lines = handle.read().split("\n")
    assert lines[-1] == "", f"{path.name} must end with a newline"
    assert lines[0].split("\t") == HEADER, f"{path.name}: header must be {HEADER}"
    rows = []
    for number, line in enumerate(lines[1:-1], start=2):
        fields = line.split("\t")
        assert len(fields) == len(HEADER), f"{path.name}:{number}: {len(fields)} columns"
        assert all(field.strip() for field in fields), f"{path.name}:{number}: empty field"
        rows.append(dict(zip(HEADER, fields, strict=True)))
    # The documented way of reading the files gives the same rows.
    with path.open(encoding="utf-8", newline="") as handle:
        same = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)) == rows
    assert same, f"{path.name}: csv.DictReader reads other rows"
    return rows


@pytest.fixture(scope="module")
def parts() -> dict[str, list[dict[str, str]]]:
    return {"dev": read_part("dev"), "heldout": read_part("heldout")}


def check_text(row: dict[str, str], romanised: frozenset[str] = frozenset()) -> None:
    """A text's form and script (the message names the id only); a row of a `romanised`
    language may be in Latin letters instead of its script."""
    text = row["text"]
    assert row["lang"] in LANGUAGES, f"{row['id']}: language {row['lang']}"
    # Booleans first, so that a failure shows no text (the final measure's rows stay unread).
    single_line = not any(ch in text for ch in "\n\r\t")
    assert single_line, row["id"]
    is_nfc = unicodedata.normalize("NFC", text) == text
    assert is_nfc, f"{row['id']}: not NFC"
    latin = sum(ch.isascii() and ch.isalpha() for ch in text)
    ranges = SCRIPT_RANGES.get(row["lang"])
    if ranges:
        in_script = sum(1 for ch in text if any(lo <= ord(ch) <= hi for lo, hi in ranges))
        written = in_script >= 5 or (row["lang"] in romanised and latin >= 10)
        assert written, f"{row['id']}: not written in the {row['lang']} script"
    if row["lang"] in LATIN_LANGUAGES:
        assert latin >= 10, row["id"]


def text_key(text: str) -> str:
    """What two texts must not share: the text without case, spaces and punctuation."""
    return re.sub(r"\W+", "", text.casefold())


def topics_of(row: dict[str, str]) -> list[str]:
    return row["topics"].split(",")


def test_ids_are_unique_and_name_their_language(parts: dict[str, list[dict[str, str]]]) -> None:
    ids = [row["id"] for rows in parts.values() for row in rows]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for rows in parts.values():
        for row in rows:
            assert re.fullmatch(r"[a-z]{2}-\d{3}", row["id"]), row["id"]
            assert row["id"].split("-")[0] == row["lang"], row["id"]


def test_split_follows_the_id_hash(parts: dict[str, list[dict[str, str]]]) -> None:
    misplaced = [row["id"] for row in parts["dev"] if is_held_out(row["id"])]
    misplaced += [row["id"] for row in parts["heldout"] if not is_held_out(row["id"])]
    assert not misplaced, f"rows in the wrong part (moved by hand?): {misplaced}"
    total = len(parts["dev"]) + len(parts["heldout"])
    assert 0.25 <= len(parts["heldout"]) / total <= 0.40


def test_labels_are_taxonomy_slugs_best_first(parts: dict[str, list[dict[str, str]]]) -> None:
    for rows in parts.values():
        for row in rows:
            topics = topics_of(row)
            assert 1 <= len(topics) <= 3, row["id"]
            assert len(set(topics)) == len(topics), f"{row['id']}: repeated topic"
            unknown = set(topics) - set(TOPIC_SLUGS)
            assert not unknown, f"{row['id']}: unknown topics {unknown}"


def test_texts_are_distinct_single_lines_in_their_script(
    parts: dict[str, list[dict[str, str]]],
) -> None:
    seen: dict[str, str] = {}
    for rows in parts.values():
        for row in rows:
            check_text(row)
            key = text_key(row["text"])
            repeated = key in seen
            assert not repeated, f"{row['id']} repeats {seen.get(key)}"
            seen[key] = row["id"]


def test_composition_meets_the_issue(parts: dict[str, list[dict[str, str]]]) -> None:
    every_row = parts["dev"] + parts["heldout"]
    assert len(every_row) >= MIN_ROWS
    per_language = Counter(row["lang"] for row in every_row)
    missing = REQUIRED_LANGUAGES - set(per_language)
    assert not missing, f"required languages missing: {missing}"
    assert len(per_language) >= 14
    assert min(per_language.values()) >= MIN_PER_LANGUAGE, per_language
    any_label = Counter(topic for row in every_row for topic in topics_of(row))
    thin = {t: any_label[t] for t in TOPIC_SLUGS if any_label[t] < MIN_ANY_LABEL_PER_TOPIC}
    assert not thin, f"topics under {MIN_ANY_LABEL_PER_TOPIC} rows: {thin}"
    for name, minimum in (("dev", MIN_FIRST_LABEL_DEV), ("heldout", MIN_FIRST_LABEL_HELDOUT)):
        first = Counter(topics_of(row)[0] for row in parts[name])
        for topic in TOPIC_SLUGS:
            floor = MIN_FIRST_LABEL_OTHER[name] if topic == "other" else minimum
            assert first[topic] >= floor, f"{name}: {topic} first in {first[topic]} rows"


def test_readme_tables_match_the_files(parts: dict[str, list[dict[str, str]]]) -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    counts: dict[str, Counter[str]] = {}
    for name, rows in parts.items():
        counts[f"{name} first"] = Counter(topics_of(row)[0] for row in rows)
        counts[f"{name} any"] = Counter(topic for row in rows for topic in topics_of(row))
    for topic in TOPIC_SLUGS:
        expected = [
            counts["dev first"][topic],
            counts["dev any"][topic],
            counts["heldout first"][topic],
            counts["heldout any"][topic],
        ]
        expected += [expected[0] + expected[2], expected[1] + expected[3]]
        line = "| `" + topic + "` | " + " | ".join(map(str, expected)) + " |"
        assert line in readme, f"README topic table is stale for {topic}: expected {line}"
    dev_languages = Counter(row["lang"] for row in parts["dev"])
    held_languages = Counter(row["lang"] for row in parts["heldout"])
    for lang in sorted(set(dev_languages) | set(held_languages)):
        d, h = dev_languages[lang], held_languages[lang]
        line = f"| `{lang}` | {d} | {h} | {d + h} |"
        assert line in readme, f"README language table is stale for {lang}: expected {line}"


@pytest.mark.parametrize("name", list(UNSEEN_PARTS))
def test_unseen_parts_are_well_formed(name: str) -> None:
    prefix, readme_name, romanised = UNSEEN_PARTS[name]
    rows = read_part(name)
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for row in rows:
        assert re.fullmatch(rf"{prefix}-[a-z]{{2}}-\d{{3}}", row["id"]), row["id"]
        assert row["id"].split("-")[1] == row["lang"], row["id"]
        topics = topics_of(row)
        assert 1 <= len(topics) <= 3, row["id"]
        assert len(set(topics)) == len(topics), f"{row['id']}: repeated topic"
        assert not set(topics) - set(TOPIC_SLUGS), f"{row['id']}: unknown topics"
        check_text(row, romanised)
    assert {row["lang"] for row in rows} >= REQUIRED_LANGUAGES
    assert len(rows) >= 250
    # The part's README says what it holds.
    readme = (DATA_DIR / readme_name).read_text(encoding="utf-8")
    first = Counter(topics_of(row)[0] for row in rows)
    any_label = Counter(topic for row in rows for topic in topics_of(row))
    for topic in TOPIC_SLUGS:
        line = f"| `{topic}` | {first[topic]} | {any_label[topic]} |"
        assert line in readme, f"{readme_name}: {name} topic table is stale for {topic}"


def test_no_text_repeats_across_parts(parts: dict[str, list[dict[str, str]]]) -> None:
    """Every part's texts are distinct from every other part's (the same normalisation as
    within dev and held-out), so no split learns another's text."""
    seen: dict[str, str] = {}
    every = [*parts.values(), *(read_part(name) for name in UNSEEN_PARTS)]
    for rows in every:
        for row in rows:
            key = text_key(row["text"])
            repeated = key in seen
            assert not repeated, f"{row['id']} repeats {seen.get(key)}"
            seen[key] = row["id"]
