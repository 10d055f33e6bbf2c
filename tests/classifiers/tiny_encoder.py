"""A tiny, randomly initialised BERT encoder that tests build for themselves (issue 18).

`build_tiny_bert(folder, hidden=32)` writes a standard Hugging Face folder (config, safetensors
weights, a WordPiece tokenizer.json over single characters, special tokens) that
`classifiers.embedding.Embedder` loads like a published encoder. Its vectors mean nothing:
tests assert on dimensions, model ids and the flow, never on meaning.
"""

from __future__ import annotations

import json
from pathlib import Path

from tiny_models import _CORPUS

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def _characters() -> list[str]:
    seen = set("abcdefghijklmnopqrstuvwxyz0123456789.,:;!?'\"-()")
    for sentence in _CORPUS:
        seen.update(sentence.lower())
    seen.discard(" ")
    return sorted(seen)


def build_tiny_bert(
    folder: Path, *, hidden: int = 32, seed: int = 0, describe: dict[str, str] | None = None
) -> Path:
    """Write the encoder into `folder`; `describe` ({"prefix", "pooling"}) becomes its
    feedback_encoder.json (none: the folder describes nothing)."""
    import torch
    from tokenizers import Tokenizer, normalizers, pre_tokenizers, processors
    from tokenizers.models import WordPiece
    from transformers import BertConfig, BertModel

    folder.mkdir(parents=True, exist_ok=True)
    characters = _characters()
    vocabulary = SPECIALS + characters + [f"##{c}" for c in characters]
    ids = {token: index for index, token in enumerate(vocabulary)}
    tokenizer = Tokenizer(WordPiece(ids, unk_token="[UNK]", max_input_chars_per_word=200))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True, strip_accents=False)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B [SEP]",
        special_tokens=[("[CLS]", ids["[CLS]"]), ("[SEP]", ids["[SEP]"])],
    )
    tokenizer.save(str(folder / "tokenizer.json"))
    specials = {
        "cls_token": "[CLS]",
        "sep_token": "[SEP]",
        "pad_token": "[PAD]",
        "unk_token": "[UNK]",
        "mask_token": "[MASK]",
    }
    (folder / "special_tokens_map.json").write_text(json.dumps(specials), encoding="utf-8")
    (folder / "tokenizer_config.json").write_text(
        json.dumps(
            {"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": 128, **specials}
        ),
        encoding="utf-8",
    )
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(vocabulary),
        hidden_size=hidden,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=2 * hidden,
        max_position_embeddings=128,
        pad_token_id=0,
    )
    BertModel(config).eval().save_pretrained(str(folder), safe_serialization=True)
    if describe is not None:
        (folder / "feedback_encoder.json").write_text(json.dumps(describe), encoding="utf-8")
    return folder
