"""Write `ms_id_words.tsv`: how much more often Standard Malay writes a word than Indonesian.

    .venv/bin/pip install 'wordfreq==3.1.1' && .venv/bin/python classifiers/data/langid/build_ms_id_words.py

Each row is a word and the natural log of its frequency in wordfreq's Malay list over its
frequency in the Indonesian list (a word missing from one list counts at 1e-7, the lists'
floor), clipped to +-5 so that no single word outweighs a sentence; ratios that round to 0.0 are
left out. wordfreq's lists are
built from Wikipedia, subtitles, news, books and web text (Robyn Speer, wordfreq 3.1.1;
data CC BY-SA 4.0): the derived file is CC BY-SA 4.0 too. The build is a one-off: the
service reads the file and does not need wordfreq.
"""

from __future__ import annotations

import math
from pathlib import Path

FLOOR = 1e-7
CLIP = 5.0
KEEP_FROM = 0.05
OUT = Path(__file__).with_name("ms_id_words.tsv")


def main() -> None:
    from wordfreq import get_frequency_dict

    malay = get_frequency_dict("ms", "small")
    indonesian = get_frequency_dict("id", "small")
    rows = []
    for word in sorted(set(malay) | set(indonesian)):
        if not word.isalpha():
            continue
        ratio = math.log(max(malay.get(word, 0.0), FLOOR) / max(indonesian.get(word, 0.0), FLOOR))
        ratio = max(-CLIP, min(CLIP, ratio))
        if abs(ratio) >= KEEP_FROM:
            rows.append(f"{word}\t{ratio:.1f}")
    header = (
        "# log(frequency in Malay / frequency in Indonesian), from wordfreq 3.1.1 (CC BY-SA 4.0);"
        " made by build_ms_id_words.py\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")


if __name__ == "__main__":
    main()
