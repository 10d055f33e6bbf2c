"""Zawgyi Burmese is converted to Unicode before anything reads it; Unicode is never altered.

The Zawgyi sentences were typed for these tests with the Zawgyi layout (the same words as the
Unicode ones beside them); benchmarks/zawgyi.py measures the same on NTREX-128's professional
Zawgyi text and on 813 Unicode Burmese sentences.
"""

from __future__ import annotations

import pytest

from classifiers import language
from classifiers.zawgyi import (
    UNICODE_THRESHOLD,
    ZAWGYI,
    convert_zawgyi,
    to_unicode,
    zawgyi_probability,
)
from feedback.redaction import for_storage

# (as typed in Zawgyi, the same text in Unicode)
PAIRS = [
    (
        "ကၽြန္ေတာ္ ျမန္မာစာ ေလ့လာေနပါတယ္။ ေက်းဇူးတင္ပါတယ္။",
        "ကျွန်တော် မြန်မာစာ လေ့လာနေပါတယ်။ ကျေးဇူးတင်ပါတယ်။",
    ),
    (
        "ေဆး႐ုံမွာ ဘာသာျပန္ လိုအပ္ပါတယ္။ ကေလးေတြ ဂ်ပန္စာ သင္ခ်င္ပါတယ္။",
        "ဆေးရုံမှာ ဘာသာပြန် လိုအပ်ပါတယ်။ ကလေးတွေ ဂျပန်စာ သင်ချင်ပါတယ်။",
    ),
]
UNICODE_TEXTS = [
    "ကျေးဇူးတင်ပါတယ်။ ဆေးရုံမှာ ဘာသာပြန် လိုအပ်ပါတယ်။",
    "ကျွန်တော့် ကလေးတွေ ဂျပန်စာ သင်ချင်ပါတယ်။",
    # short and valid in both encodings: the detector alone calls it Zawgyi (0.999)
    "ဘာဆိုလိုတာလဲ။",
    "မြို့တော်ခန်းမ ဘေးက ဘတ်စ်ကားမှတ်တိုင်မှာ ညဘက် မီးမရှိလို့ အန္တရာယ်များပါတယ်။",
]


@pytest.mark.parametrize(("zawgyi", "unicode"), PAIRS)
def test_zawgyi_is_converted_to_the_same_text_in_unicode(zawgyi, unicode):
    check = to_unicode(zawgyi)
    assert check.converted_from == ZAWGYI
    assert check.text == unicode
    assert check.zawgyi_probability is not None and check.zawgyi_probability > 0.95
    assert zawgyi_probability(check.text) < UNICODE_THRESHOLD


@pytest.mark.parametrize(
    ("zawgyi", "unicode"),
    [
        ("ေရာဂါ", "ရောဂါ"),  # disease: ga takes the tall aa
        ("ဓာတ္ပံု", "ဓာတ်ပုံ"),  # photo: dha the round one
        ("ေက်းဇူးတင္ပါတယ္။ ေရာဂါ ဓာတ္ပံု", "ကျေးဇူးတင်ပါတယ်။ ရောဂါ ဓာတ်ပုံ"),
    ],
)
def test_conversion_keeps_the_aa_sign_that_was_typed(zawgyi, unicode):
    assert convert_zawgyi(zawgyi) == unicode


@pytest.mark.parametrize("text", UNICODE_TEXTS)
def test_unicode_burmese_is_never_altered(text):
    check = to_unicode(text)
    assert check.text == text
    assert check.converted_from is None


@pytest.mark.parametrize(
    "text", ["", "   ", "Hello, the bus stop is dark.", "駅の近くの道が暗いです。"]
)
def test_text_without_burmese_passes_untouched(text):
    check = to_unicode(text)
    assert check == type(check)(text, None, None)


def test_burmese_mixed_with_other_text_keeps_the_rest_as_it_was():
    zawgyi, unicode = PAIRS[0]
    check = to_unicode(f"Hello! {zawgyi} LINE: taro_k21, 090-1234-5678")
    assert check.text == f"Hello! {unicode} LINE: taro_k21, 090-1234-5678"


def test_storage_converts_before_redaction_and_language_identification():
    zawgyi, unicode = PAIRS[1]
    stored = for_storage(f"{zawgyi} ဖုန်း 090-1234-5678")
    assert stored.converted_from == ZAWGYI
    assert stored.normalised_text.startswith(unicode)
    assert stored.redacted_text is not None and "090-1234-5678" not in stored.redacted_text
    assert "phone" in stored.pii_kinds
    assert language.detect(stored.normalised_text).language == "my"
    assert for_storage(unicode).converted_from is None
