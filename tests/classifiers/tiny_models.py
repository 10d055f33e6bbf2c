"""Tiny, randomly initialised translation models that tests build for themselves.

Each builder writes a real Hugging Face model folder (config, weights, tokenizer files) that
`AutoTokenizer` / `AutoModelForSeq2SeqLM` load like a published model, and returns its path.
The weights are random, so the output is gibberish: tests assert on structure, not meaning.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

# Sentences in the service's languages, to train a small SentencePiece vocabulary that
# covers their scripts (Burmese, Khmer, Thai, Japanese, ...), not to mean anything.
_CORPUS = [
    "The bus to the city office comes only twice a day.",
    "I would like information about the residence card renewal.",
    "Please add English signs at the hospital reception.",
    "My children need Japanese lessons after school.",
    "Garbage rules are hard to understand for new residents.",
    "Thank you for listening to foreign residents.",
    "市役所への バスが 一日二回しか ありません。",
    "在留カードの更新について 知りたいです。",
    "病院の受付に 英語の案内を 付けてください。",
    "ゴミの出し方が 分かりにくいです。",
    "ကျေးဇူးတင်ပါတယ်။ ဆေးရုံမှာ ဘာသာပြန် လိုအပ်ပါတယ်။",
    "ကျွန်တော့် ကလေးတွေ ဂျပန်စာ သင်ချင်ပါတယ်။",
    "សូមអរគុណ។ ខ្ញុំចង់ដឹងអំពីការបន្តប័ណ្ណស្នាក់នៅ។",
    "កូនរបស់ខ្ញុំត្រូវការរៀនភាសាជប៉ុន។",
    "ขอบคุณมากครับ รถเมล์มาน้อยเกินไป",
    "ลูกของฉันต้องการเรียนภาษาญี่ปุ่น",
    "我想了解在留卡的更新。医院需要翻译。",
    "재류카드 갱신에 대해 알고 싶습니다.",
    "Tôi muốn biết về việc gia hạn thẻ cư trú.",
    "Saya ingin tahu tentang perpanjangan kartu izin tinggal.",
    "Gusto kong malaman ang tungkol sa residence card.",
    "Eu gostaria de informações sobre o cartão de residência.",
    "Quisiera información sobre la tarjeta de residencia.",
    "Оршин суугчийн картыг сунгах талаар мэдмээр байна.",
    "Я хотів би дізнатися про продовження картки.",
    "Oturma kartı yenileme hakkında bilgi almak istiyorum.",
    "मलाई निवास कार्ड नवीकरणको बारेमा जान्न मन छ।",
]


def corpus_lines(repeat: int = 12) -> list[str]:
    """A few hundred training lines: the corpus with numbers and word order varied."""
    lines: list[str] = []
    for round_ in range(repeat):
        for index, sentence in enumerate(_CORPUS):
            words = sentence.split()
            if round_ % 2:
                words = words[::-1]
            lines.append(f"{' '.join(words)} {round_ * 7 + index}")
    return lines


def train_sentencepiece(folder: Path, vocab_size: int = 400) -> Path:
    """Train a SentencePiece model on the corpus; returns the .model file."""
    import sentencepiece

    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.txt"
    corpus.write_text("\n".join(corpus_lines()), encoding="utf-8")
    prefix = folder / "spm"
    sentencepiece.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        character_coverage=1.0,
        model_type="unigram",
        hard_vocab_limit=False,
        unk_id=0,
        bos_id=-1,
        eos_id=1,
        pad_id=-1,
        minloglevel=2,
        num_threads=1,
    )
    return prefix.with_suffix(".model")


def _pieces(spm_model: Path) -> list[str]:
    import sentencepiece

    processor = sentencepiece.SentencePieceProcessor(model_file=str(spm_model))
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def _small_dims(d_model: int, layers: int, max_positions: int) -> dict[str, Any]:
    return {
        "d_model": d_model,
        "encoder_layers": layers,
        "decoder_layers": layers,
        "encoder_attention_heads": 2,
        "decoder_attention_heads": 2,
        "encoder_ffn_dim": d_model * 2,
        "decoder_ffn_dim": d_model * 2,
        "max_position_embeddings": max_positions,
        # Larger random weights than the default 0.02 so that different inputs give
        # different outputs, which lets tests check order.
        "init_std": 0.5,
        "dropout": 0.0,
        "attention_dropout": 0.0,
        "activation_dropout": 0.0,
    }


def build_tiny_marian(
    folder: Path | str,
    *,
    target_tokens: tuple[str, ...] = (),
    seed: int = 0,
    d_model: int = 16,
    layers: int = 1,
    max_positions: int = 128,
    spm_model: Path | None = None,
) -> Path:
    """A random MarianMT model with a MarianTokenizer (source.spm, target.spm, vocab.json).

    `target_tokens` (e.g. (">>jpn<<", ">>eng<<")) makes it a multi-target model whose input
    starts with the token of the wanted language, like Helsinki-NLP/opus-mt-en-mul.
    """
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    spm_model = spm_model or train_sentencepiece(folder / "_spm")
    # Marian's layout: </s>=0, <unk>=1, language tokens, pieces, <pad> last.
    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for token in (*target_tokens, *_pieces(spm_model)):
        vocab.setdefault(token, len(vocab))
    vocab["<pad>"] = len(vocab)
    shutil.copy(spm_model, folder / "source.spm")
    shutil.copy(spm_model, folder / "target.spm")
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(
        source_spm=str(folder / "source.spm"),
        target_spm=str(folder / "target.spm"),
        vocab=str(folder / "vocab.json"),
        model_max_length=max_positions,
    )
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        pad_token_id=pad,
        eos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=0,
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
        **_small_dims(d_model, layers, max_positions),
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    shutil.rmtree(folder / "_spm", ignore_errors=True)
    return folder


def build_tiny_m2m100(
    folder: Path | str,
    *,
    seed: int = 0,
    d_model: int = 16,
    layers: int = 1,
    max_positions: int = 128,
    spm_model: Path | None = None,
) -> Path:
    """A random M2M100 model with an M2M100Tokenizer (vocab.json, sentencepiece.bpe.model),
    knowing the 100 M2M100 language tokens (__ja__, __my__, ...)."""
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer
    from transformers.models.m2m_100.tokenization_m2m_100 import FAIRSEQ_LANGUAGE_CODES

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    spm_model = spm_model or train_sentencepiece(folder / "_spm")
    vocab: dict[str, int] = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for piece in _pieces(spm_model):
        vocab.setdefault(piece, len(vocab))
    shutil.copy(spm_model, folder / "sentencepiece.bpe.model")
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    madeup_words = 8
    tokenizer = M2M100Tokenizer(
        vocab_file=str(folder / "vocab.json"),
        spm_file=str(folder / "sentencepiece.bpe.model"),
        num_madeup_words=madeup_words,
        model_max_length=max_positions,
    )
    config = M2M100Config(
        vocab_size=len(vocab) + len(FAIRSEQ_LANGUAGE_CODES["m2m100"]) + madeup_words,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        scale_embedding=True,
        **_small_dims(d_model, layers, max_positions),
    )
    torch.manual_seed(seed)
    model = M2M100ForConditionalGeneration(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    shutil.rmtree(folder / "_spm", ignore_errors=True)
    return folder


def build_tiny_nllb(
    folder: Path | str,
    *,
    seed: int = 0,
    d_model: int = 16,
    layers: int = 1,
    max_positions: int = 128,
    spm_model: Path | None = None,
) -> Path:
    """A random NLLB-200-shaped model: M2M100 weights with an NllbTokenizer (tokenizer.json)
    that knows NLLB's 202 language codes (jpn_Jpan, mya_Mymr, ...), which the input starts
    with and the output must be forced to start with."""
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, NllbTokenizer

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    spm_model = spm_model or train_sentencepiece(folder / "_spm")
    vocab: dict[str, int] = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for piece in _pieces(spm_model):
        vocab.setdefault(piece, len(vocab))
    # No merges: pieces stay single characters, enough for a model whose output is random.
    tokenizer = NllbTokenizer(vocab=vocab, merges=[], model_max_length=max_positions)
    config = M2M100Config(
        vocab_size=len(tokenizer),
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        scale_embedding=True,
        tokenizer_class="NllbTokenizer",
        **_small_dims(d_model, layers, max_positions),
    )
    torch.manual_seed(seed)
    model = M2M100ForConditionalGeneration(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    shutil.rmtree(folder / "_spm", ignore_errors=True)
    return folder


def catalogue_entry(name: str, family: str, sources, targets, **extra) -> dict:
    """One `models:` item for a test catalogue (folder = name)."""
    return {
        "name": name,
        "hf_id": f"tiny/{name}",
        "folder": name,
        "family": family,
        "sources": sources,
        "targets": targets,
        **extra,
    }
