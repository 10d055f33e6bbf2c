"""Names of persons found from their context, in general form, for `classifiers.names`.

`classifiers.names` finds names after self-introductions, honorifics and a fixed set of
phrasings. This module adds evidence that does not depend on one phrasing:

1. **Person nouns of every language** (relatives, people at work, at home, at school:
   "волонтер", "ブローカー", "ម្ចាស់ផ្ទះ", "ပွဲစား", "นายหน้า", "दलाल", "组长", "브로커", "casero",
   "empreiteira", "Agen") followed by a name in the script it is written in, directly, after a
   comma, a colon, "・", "の", "ชื่อ", an honorific or in brackets ("大家さん（松田陽一）",
   "Our team leader (Gabriella Park)"); and a name before a person noun in brackets or
   after a comma ("Brian (my coworker)", "Brian, my coworker,"). Nouns that also name
   people in the news (manager, teacher, volunteer, agent, leader) need the writer in the
   same sentence (I, my, 私, 我, tôi, saya, мне ...).
2. **Lists**: a name next to a found name, joined by "and", "y", "e", "và", "at", "и", "і",
   "та", "ve", "dan", "र", "और", "、", "と", "和", "와/과" or a comma, is a name too
   ("Debra Clay and Hla Hla", "同事苏鹏、武丽华", "Kami nina Ryan at Noel").
3. **Full names from name lists**: two or three capitalised words whose first is a listed
   given name and whose last is a listed family name (or the reverse order), in a sentence
   where the writer speaks (first person), not after an office title
   (`classifiers.name_lists`: Faker's locale lists, shipped as data).
4. **A name called out** at the start of quoted speech ('"Rodney, you are fired," ...'), when
   the word is a listed given name.
5. **Sign-offs and writer lines** of every language written inline ("Salamat po, X",
   "ขอบคุณค่ะ X", "以上、よろしくお願いいたします。X", "此致敬礼！X", "ដោយក្តីគោរព X",
   "— X", "X မှ ရေးသားပါသည်", "Пишет вам X"), and self-introductions in romanised Nepali and
   Khmer, "私、X は", "(his|her) name is X".

Every scan is bounded (a window after each trigger), so the time stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from classifiers import name_lists, name_tagger
from classifiers.names import (
    _DEVANAGARI_STOP,
    _HAN,
    _HANGUL_WORD,
    _JA_FAMILY,
    _KATAKANA_STOP,
    _KO_FAMILY,
    _PLACE_WORDS,
    _PROPER_STOP,
    _STOP,
    _ZH_BOUNDARY,
    _ZH_FAMILY,
    _ZH_ROLE_END,
    _ja_full_name,
    _latin_name,
    find_by_rules,
)

Span = tuple[int, int]

# ------------------------------------------------------------------------- person nouns
# Nouns for people the writer deals with privately: a name after them is a private person.
# Written per language as the words are used (not from any benchmark); "_" joins words.
_PRIVATE = """
husband wife daughter mother father mom mum dad brother sister cousin uncle aunt nephew
niece grandson granddaughter grandmother grandfather grandma grandpa boyfriend girlfriend
fiancé fiancée fiance fiancee stepson stepdaughter stepfather stepmother ex-husband ex-wife
landlord landlady roommate flatmate housemate coworker co-worker colleague workmate
neighbour neighbor boss foreman forewoman supervisor employer broker recruiter senpai
classmate friend buddy caseworker
marido esposa esposo filho filha mãe pai irmão irmã primo prima tio tia sobrinho sobrinha
neto neta namorado namorada chefe patrão patroa encarregado encarregada senhorio senhoria
dono_do_apartamento dona_do_apartamento dono_da_casa dona_da_casa empreiteira empreiteiro agenciador agenciadora gato_da_empreiteira vizinho vizinha amigo amiga colega
hijo hija madre padre hermano hermana novio novia jefe jefa patrón patrona casero casera
arrendador arrendadora dueño dueña vecino vecina compañero compañera
marido_mío
suami istri anak ibu_kos bapak_kos pemilik_kos mandor atasan majikan calo teman rekan_kerja
asawa anak amo kasama_sa_kwarto katrabaho kaibigan kapitbahay landlord_namin
chồng vợ con_trai con_gái anh_trai chị_gái em_trai em_gái sếp ông_chủ bà_chủ
chủ_nhà chủ_trọ môi_giới đồng_nghiệp bạn_cùng_phòng trưởng_nhóm tổ_trưởng quản_đốc
kocam karım eşim oğlum kızım annem babam ağabeyim ablam patron patronum ustabaşı
ev_sahibi ev_sahibim komşum arkadaşım aracı simsar
муж жена сын дочь мать отец брат сестра начальник начальница бригадир прораб
хозяин_квартиры хозяйка_квартиры хозяин хозяйка арендодатель посредник сосед соседка
коллега друг подруга работодатель
чоловік дружина син донька дочка мати батько брат сестра бригадир власник_квартири
господар господарка орендодавець посередник сусід сусідка колега друг подруга
роботодавець
нөхөр эхнэр хүү охин ээж аав ах эгч дүү дарга зуучлагч байрны_эзэн байрны_эзэгтэй
хөрш найз хамт_ажилладаг ахлагч
"""
# Nouns that also name people in public life: a name after them counts only where the
# writer speaks in the same sentence.
_GENERAL = """
manager teacher professor tutor sensei instructor volunteer agent leader team_leader
group_leader line_leader owner interpreter translator coordinator trainer mentor staff
gerente professor professora dono dona proprietário proprietária corretor corretora agente
intérprete
profesor profesora maestro maestra encargado encargada agente intérprete
agen guru manajer pengawas
ahente guro manager nina sina
quản_lý giáo_viên thầy_giáo cô_giáo phiên_dịch
müdür müdürüm şef öğretmen hoca ajans
менеджер учитель учительница преподаватель волонтер волонтёр волонтерка агент
вчитель вчителька викладач волонтерка
багш менежер орчуулагч
"""

# Nouns of scripts without capitals, with the connectors that may stand between noun and
# name. A name after them needs a name-shaped run (see `_script_name`).
_SCRIPT_NOUNS = {
    # Khmer: landlord, team leader, husband, wife, son, daughter, friend, neighbour, boss,
    # teacher, broker, manager, colleague
    "km": "ម្ចាស់ផ្ទះ មេក្រុម ប្តី ប្ដី ប្រពន្ធ កូនប្រុស កូនស្រី មិត្តភក្តិ មិត្ត អ្នកជិតខាង ថៅកែ "
    "ចៅហ្វាយ គ្រូ ឈ្មួញកណ្តាល មេការ អ្នកគ្រប់គ្រង មិត្តរួមការងារ",
    # Burmese: broker, teacher (m/f), landlord, boss, leader, husband, wife, son, daughter,
    # friend, colleague, manager, supervisor
    "my": "ပွဲစား ဆရာမ ဆရာ အိမ်ရှင် သူဌေး ခေါင်းဆောင် ခင်ပွန်း ယောကျ်ား ဇနီး သား သမီး "
    "သူငယ်ချင်း လုပ်ဖော်ကိုင်ဖက် မန်နေဂျာ ကြီးကြပ်ရေးမှူး အလုပ်ရှင်",
    # Thai: broker, teacher, husband, wife, son, daughter, landlord, boss, manager, friend,
    # colleague, employer, supervisor
    "th": "นายหน้า หัวหน้างาน อาจารย์ ครู สามี ภรรยา แฟน ลูกชาย ลูกสาว เจ้าของห้อง เจ้าของบ้าน หัวหน้า "
    "ผู้จัดการ เพื่อนร่วมงาน เพื่อน นายจ้าง",
    # Nepali and Hindi: broker, owner/boss, landlord, manager, teacher, husband, wife, son,
    # daughter, friend, colleague
    "ne": "दलाल साहु मालिक घरबेटी घरधनी म्यानेजर मेनेजर शिक्षक गुरु श्रीमान श्रीमती छोरा "
    "छोरी साथी सहकर्मी बोस हाकिम मकान_मालिक दोस्त पति पत्नी बेटा बेटी",
    # Korean: broker, boss, section chief, department head, team leader, foreman, landlord,
    # teacher, husband, wife, son, daughter, friend, colleague, manager
    "ko": "브로커 사장님 사장 과장님 과장 부장님 부장 팀장님 팀장 반장님 반장 집주인 선생님 "
    "남편 아내 와이프 아들 딸 친구 동료 매니저 중개인 상사 실장님 주임님",
    # Japanese: broker, store manager, landlord, boss, president, heads, leader, senior,
    # colleague, husband, wife, son, daughter, friend, teacher, person in charge, interpreter
    "ja": "ブローカー 店長 大家さん 大家 上司 社長 部長 課長 係長 班長 主任 リーダー 先輩 同僚 "
    "夫 旦那 妻 嫁 息子 娘 友達 友人 担当者 担当 通訳 マネージャー 監督 親方 家主 管理人",
    # Chinese: team leader, boss, manager, landlord, colleague, husband, wife, son,
    # daughter, friend, broker, teacher, foreman
    "zh": "组长 組長 班长 班長 老板 老闆 经理 經理 主管 房东 房東 同事 丈夫 老公 妻子 老婆 "
    "儿子 兒子 女儿 女兒 朋友 中介 领班 領班 工头 工頭 师傅 師傅",
}


def _phrases(text: str) -> list[str]:
    return sorted({w.replace("_", " ") for w in text.split()}, key=len, reverse=True)


# Script nouns that also name people in public life (a project manager in the news).
_SCRIPT_GENERAL = frozenset(
    [
        "经理",
        "經理",
        "主管",
        "师傅",
        "師傅",
        "老师",
        "中介",
        "म्यानेजर",
        "मेनेजर",
        "शिक्षक",
        "गुरु",
        "साथी",
        "मालिक",
        "ผู้จัดการ",
        "อาจารย์",
        "ครู",
        "หัวหน้า",
        "เพื่อน",
        "เพื่อนร่วมงาน",
        "매니저",
        "선생님",
        "상사",
        "マネージャー",
        "監督",
        "担当",
        "担当者",
        "通訳",
        "リーダー",
        "社長",
        "部長",
    ]
)
_JA_NOUNS = frozenset(_SCRIPT_NOUNS["ja"].split())
_PRIVATE_WORDS = frozenset(w.lower() for w in _phrases(_PRIVATE))
_NOUN_WORDS = frozenset(w.lower() for w in _phrases(_PRIVATE + _GENERAL))
_NOUN_FIRST = frozenset(w.split()[0] for w in _NOUN_WORDS)
_WORD = re.compile(r"[^\W\d_]+(?:[\-'’][^\W\d_]+)*")


class _Noun:
    """A person noun found in the text (word look-ups, faster than one large pattern)."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


def _latin_nouns(text: str) -> list[_Noun]:
    """Person nouns of `_PRIVATE` and `_GENERAL` as whole words, longest first."""
    words = list(_WORD.finditer(text))
    found: list[_Noun] = []
    index = 0
    while index < len(words):
        first = words[index].group().lower()
        if (
            first not in _NOUN_FIRST
            and first[:-1] not in _NOUN_FIRST
            and first[:-2] not in _NOUN_FIRST
        ):
            index += 1
            continue
        taken = 0
        for size in (3, 2, 1):
            if index + size > len(words):
                continue
            parts = words[index : index + size]
            if any(parts[k + 1].start() - parts[k].end() != 1 for k in range(size - 1)):
                continue  # the words of a phrase are separated by one space
            phrase = " ".join(p.group().lower() for p in parts)
            if phrase not in _NOUN_WORDS and size == 1 and phrase.endswith("s"):
                phrase = phrase[:-2] if phrase[:-2] in _NOUN_WORDS else phrase[:-1]  # plurals
            if phrase in _NOUN_WORDS:
                start, end = parts[0].start(), parts[-1].end()
                found.append(_Noun(start, end, text[start:end]))
                taken = size
                break
        index += taken or 1
    return found


_SCRIPT_NOUN = re.compile(
    "|".join(re.escape(w) for w in _phrases(" ".join(_SCRIPT_NOUNS.values())))
)

# The writer in the sentence: pronouns and possessives of the first person.
_FIRST_PERSON = re.compile(
    r"(?<![^\W\d_])(?:I|I'm|I’m)(?![^\W\d_])|(?<![^\W\d_])(?i:me|my|mine|we|us|our|eu|meu|minha|meus|minhas|nós|nosso|nossa"
    r"|mim|me|yo|mi|nuestro|nuestra|nosotros|conmigo|tôi|mình|chúng tôi|chúng ta|saya"
    r"|aku|kami|kita|ako|ko|namin|natin|akin|kami|ben|benim|bizim|beni|bana|biz|я|меня|мне"
    r"|мой|моя|моё|мои|нас|нам|наш|наша|мене|мені|мій|моя|моє|наші|би|миний|намайг|надад|бид"
    r"|манай|mero|hamro|malai|mera|meri|hamara|knhom|надаас|надад|миний|бидэнд)(?![^\W\d_])"
    r"|私|僕|俺|わたし|うち|我|本人|저는|제가|저를|나는|내가|우리|ฉัน|ผม|ดิฉัน|เรา|ကျွန်|ငါ"
    r"|ខ្ញុំ|យើង|मेरो|मेरा|मेरी|मैले|मलाई|हामी|हमारे|मुझे|मैं"
)
_SENTENCE_END = re.compile(r"[.!?。！？\n]")

# Between a person noun and the name: punctuation, possessives, honorifics, "named".
_BETWEEN = re.compile(
    r"(?:[ \t\u3000]|[,:：、・（(\[「\"“]|の(?=[^\u3040-\u309f])|ชื่อ|คุณ|ของ(?:ฉัน|ผม|ดิฉัน|เรา)"
    r"|(?:(?<![^\W\d_])(?:na si|si|ni|do|da|dos|das|de|del|don|doña|dona|seu|sr\.?|sra\.?|mr\.?"
    r"|mrs\.?|ms\.?|ma['’]am|sir|named|called|namin|ko|mo|tôi|của tôi|chúng tôi|saya|aku|ku"
    r"|kami|ng|sa|my|our|mine|nói|bilang)(?![^\W\d_])))",
    re.IGNORECASE,
)


_TITLED = re.compile(
    r"(?<![^\W\d_])(?:na si|si|ni|don|doña|dona|seu|sr|sra|mr|mrs|ms|ma['’]am|sir|named|called)"
    r"(?![^\W\d_])|ชื่อ|คุณ",
    re.IGNORECASE,
)


def _skip_between(text: str, position: int, limit: int = 24) -> int:
    end = min(len(text), position + limit)
    while position < end:
        match = _BETWEEN.match(text, position)
        if match is None or match.end() == position:
            break
        position = match.end()
    return position


# ---------------------------------------------------------------------------- candidates
_KATAKANA = re.compile(r"[ァ-ヺー]{2,12}(?:[・ 　=＝][ァ-ヺー]{2,12}){0,2}")
_KHMER_TOKEN = re.compile(r"[\u1780-\u17d3]{1,9}(?![\u1780-\u17dd])")
_MYANMAR_TOKEN = re.compile(r"[\u1000-\u109f]{1,12}(?![\u1000-\u109f])")
_THAI_TOKEN = re.compile(r"[\u0e01-\u0e4e]{2,14}(?![\u0e01-\u0e4e])")
_DEVANAGARI_TOKEN = re.compile(r"[\u0900-\u097f\u200c\u200d]{2,16}(?![\u0900-\u097f\u200c\u200d])")
# Titles before a name in a list or after a person noun: the name is what follows them.
_TITLE = re.compile(
    r"(?:Ma['’]am|Sir|Auntie|Aunty|Uncle|Ginang|Ginoong|Prof|Lic|Ing|Dra|Dr|Mr|Mrs|Ms|Miss|Tía|Tío"
    r"|Tita|Tito|Kuya|Ate|Don|Doña|Dona|Seu|Señor|Señora|Senhor|Senhora|Pak|Bu|Ibu|Bapak)"
    r"\.?[ \t]+(?=[A-ZÀ-ÖØ-Þ])"
)
# Hangul words that begin with a family syllable but are words (이름 "name", 정말 "really").
_KO_WORDS = frozenset(
    [
        "이름",
        "이번",
        "이제",
        "이거",
        "이것",
        "이곳",
        "이후",
        "이유",
        "이상",
        "이야기",
        "정말",
        "정도",
        "정치",
        "정부",
        "조금",
        "지금",
        "전화",
        "전에",
        "장소",
        "한국",
        "회사",
        "문제",
        "유학",
        "가족",
        "강의",
        "고객",
        "공장",
        "김치",
        "박사",
        "최근",
        "최고",
        "안녕",
        "오늘",
        "우리",
        "유리",
        "임금",
        "서류",
        "신고",
        "신청",
        "손님",
        "송금",
        "황당",
        "허락",
        "홍보",
        "배달",
        "백신",
        "남자",
        "노동",
        "민원",
        "진짜",
    ]
)
# Katakana words after a person noun and の that are things, not people.
_KATAKANA_THINGS = frozenset(
    [
        "パワハラ",
        "セクハラ",
        "モラハラ",
        "ハラスメント",
        "ミス",
        "ルール",
        "サービス",
        "シフト",
        "ストレス",
        "トラブル",
        "メール",
        "メッセージ",
        "チェック",
        "サイン",
        "ビザ",
        "アパート",
        "マンション",
        "オフィス",
        "スケジュール",
        "ノルマ",
        "ミーティング",
    ]
)
_HI_FUNCTION = frozenset(
    [
        "की",
        "का",
        "के",
        "को",
        "ने",
        "से",
        "में",
        "और",
        "या",
        "पद",
        "हालत",
        "साथ",
        "भी",
        "ही",
        "तो",
        "यह",
        "वह",
        "एक",
        "अब",
        "इस",
        "उस",
        "है",
        "हैं",
        "था",
        "थे",
        "र",
        "पनि",
        "छ",
        "छन्",
        "हो",
    ]
)
_MY_PARTICLES = ("ကို", "က", "မှ", "၏", "ရဲ့", "နဲ့", "သည်", "အား")
_DEVANAGARI_POST = ("लाई", "ले", "को", "का", "की", "ने", "बाट", "सँग", "जी")
_KO_PARTICLE_END = (
    "에게서", "에게", "께서", "한테", "씨가", "씨는", "씨", "님이", "님", "이가", "이는", "이를",
    "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "랑", "하고",
)  # fmt: skip
_THAI_GIVEN = None  # set lazily: Thai given names by length, for names glued to the text
_NOT_A_NAME_SCRIPT = frozenset(
    ["ស្រែក", "មិន", "ពួក", "ជា", "និង", "ដែល", "បាន", "ការ", "ព្រម"]
    + ["ကျွန်တော်", "ကျွန်မ", "သူ", "သူမ", "ငွေ"]
    + ["ของ", "ได้", "ไม่", "ที่", "และ", "จะ"]
)


def _thai_given(length_first: bool = True) -> list[str]:
    global _THAI_GIVEN
    if _THAI_GIVEN is None:
        names = [
            n for n in name_lists.given_names() | name_lists.family_names()
            if n and "\u0e01" <= n[0] <= "\u0e4e"
        ]  # fmt: skip
        _THAI_GIVEN = sorted(names, key=len, reverse=True)
    return _THAI_GIVEN


def _script_run(
    text: str,
    position: int,
    token: re.Pattern[str],
    particles: tuple[str, ...] = (),
    max_words: int = 2,
) -> Span | None:
    """One or two words of a script without capitals, separated by one space."""
    start = position
    end = -1
    for _ in range(max_words):
        match = token.match(text, position)
        if match is None:
            break
        word = match.group()
        stripped = word
        for particle in particles:
            if word.endswith(particle) and len(word) > len(particle) + 1:
                stripped = word[: -len(particle)]
                break
        if word in _NOT_A_NAME_SCRIPT or stripped in _NOT_A_NAME_SCRIPT:
            break
        end = match.start() + len(stripped)
        if stripped != word:
            break
        position = match.end()
        if text[position : position + 1] == " " and token.match(text, position + 1):
            following = token.match(text, position + 1)
            assert following is not None
            if following.group() in particles or len(following.group()) > 9:
                break
            position += 1
        else:
            break
    return (start, end) if end > start else None


def _candidate(text: str, position: int, *, cased_needs_list: bool = False) -> Span | None:
    """A name that starts at `position`, by the shape of its script."""
    if position >= len(text):
        return None
    head = text[position]
    if head.isalpha() and (
        head.isascii() or "\u00c0" <= head <= "\u04ff" or "\u1e00" <= head <= "\u1eff"
    ):
        title = _TITLE.match(text, position)
        if title is not None:
            position = title.end()  # "Ma'am Rose", "Prof. Ito": the name after the title
        span = _latin_name(text, position)
        if span is None:
            return None
        words = text[span[0] : span[1]].split()
        if any(w.lower() in _STOP for w in words):
            return None
        if cased_needs_list and not any(name_lists.is_known(w) for w in words):
            return None
        return span
    if "ァ" <= head <= "ヺ":
        match = _KATAKANA.match(text, position)
        if match is None:
            return None
        parts = re.split(r"[・ 　=＝]", match.group())
        if any(p in _KATAKANA_STOP or p in _KATAKANA_THINGS for p in parts):
            return None
        return position, match.end()
    if _HAN.match(head):
        span = _ja_full_name(text, position)
        if span is not None:
            return span
        return _zh_name(text, position)
    if "\uac00" <= head <= "\ud7a3":
        return _ko_name(text, position)
    if "\u1780" <= head <= "\u17ff":
        return _script_run(text, position, _KHMER_TOKEN)
    if "\u1000" <= head <= "\u109f":
        return _script_run(text, position, _MYANMAR_TOKEN, _MY_PARTICLES)
    if "\u0e01" <= head <= "\u0e4e":
        listed = _listed_thai(text, position)
        if listed is not None:
            return listed
        span = _script_run(text, position, _THAI_TOKEN, max_words=1)
        if (
            span is not None
            and span[1] - span[0] <= 12
            and text[position - 1 : position] == " "
            and (text[span[1] : span[1] + 1] in (" ", ""))
        ):
            return span
        return None
    if "\u0900" <= head <= "\u097f":
        span = _script_run(text, position, _DEVANAGARI_TOKEN, _DEVANAGARI_POST)
        if span is not None and any(
            w in _DEVANAGARI_STOP or w in _HI_FUNCTION for w in text[span[0] : span[1]].split()
        ):
            return None
        return span
    return None


def _listed_thai(text: str, position: int) -> Span | None:
    """A Thai given or family name from the lists at `position`, then perhaps another."""
    for name in _thai_given():
        if len(name) >= 3 and text.startswith(name, position):
            end = position + len(name)
            if text[end : end + 1] == " ":
                for family in _thai_given():
                    if len(family) >= 3 and text.startswith(family, end + 1):
                        return position, end + 1 + len(family)
            return position, end
    return None


def _zh_name(text: str, position: int) -> Span | None:
    head = text[position]
    if head not in _ZH_FAMILY and head not in _JA_FAMILY:
        return None
    for size in (3, 2):
        candidate = text[position : position + size]
        if len(candidate) < size or not all(_HAN.match(c) for c in candidate):
            continue
        if candidate[-1] in _ZH_ROLE_END or candidate[-1] in _ZH_BOUNDARY:
            continue
        after = text[position + size : position + size + 1]
        if after == "" or after in _ZH_BOUNDARY or not _HAN.match(after) or after in "一经常":
            return position, position + size
    after = text[position + 1 : position + 2]
    if after in ("经", "經", "常", "总", "總", "也", "又", "还", "還", "说", "說", "却"):
        return position, position + 1  # 组长汪经常骂我们
    return None


def _ko_name(text: str, position: int) -> Span | None:
    match = _HANGUL_WORD.match(text, position)
    if match is None:
        return None
    word = match.group()
    if word[0] not in _KO_FAMILY:
        return None
    if len(word) == 1:  # 손 민서
        given = (
            _HANGUL_WORD.match(text, match.end() + 1)
            if text[match.end() : match.end() + 1] == " "
            else None
        )
        if given is not None and 2 <= len(given.group()) <= 4:
            stem = given.group()
            for particle in _KO_PARTICLE_END:
                if stem.endswith(particle) and len(stem) - len(particle) >= 2:
                    stem = stem[: -len(particle)]
                    break
            if len(stem) == 2:
                return position, given.start() + 2
        return None
    stem = word
    for particle in _KO_PARTICLE_END:
        if stem.endswith(particle) and len(stem) - len(particle) >= 2:
            stem = stem[: -len(particle)]
            break
    if 2 <= len(stem) <= 3 and stem not in _KO_WORDS:
        return position, position + len(stem)
    return None


# --------------------------------------------------------------------------------- rules
def _sentence(text: str, start: int, end: int) -> str:
    left = max(0, start - 120)
    right = min(len(text), end + 120)
    before = text[left:start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    after = _SENTENCE_END.search(text, end, right)
    return text[left + cut : after.start() if after else right]


def _writer_near(text: str, start: int, end: int) -> bool:
    return _FIRST_PERSON.search(_sentence(text, start, end)) is not None


def _after_nouns(text: str, nouns: list[_Noun]) -> Iterator[Span]:
    for match in nouns:
        noun = match.group().lower()
        position = _skip_between(text, match.end())
        if position == match.end():
            continue  # "Managers" or "friendship": the noun must be followed by something
        span = _candidate(text, position)
        if span is None:
            continue
        words = text[span[0] : span[1]].split()
        # an honorific or "named" between noun and name says it is a person: "casero, don X"
        titled = _TITLED.search(text, match.end(), span[0]) is not None
        writer = titled or _writer_near(text, match.start(), span[1])
        if noun not in _PRIVATE_WORDS and not writer:
            continue
        if not writer and " " not in noun and not any(name_lists.is_known(w) for w in words):
            continue  # a phrase ("ev sahibi", "хозяин квартиры") names a person by itself
        yield span
    for script_match in _SCRIPT_NOUN.finditer(text):
        match = _Noun(script_match.start(), script_match.end(), script_match.group())
        noun = match.group()
        before = text[match.start() - 1 : match.start()]
        after = text[match.end() : match.end() + 1]
        if noun[0] >= "\u0900" and not (
            "\u3040" <= noun[0] <= "\u9fff" or "\u0e00" <= noun[0] <= "\u0e7f"
        ):
            # Devanagari, Khmer, Myanmar and Hangul words stand between spaces
            if before not in ("", " ", "\n", "(", "（", "\u200b") or after not in (" ", "(", "（"):
                continue
        elif noun in _JA_NOUNS and after not in ("の", "・", "（", "(", "、", " ", "\u3000"):
            continue  # Japanese nouns before a name: 店長のX, 妻・X, 大家さん（X）
        position = _skip_between(text, match.end())
        if "\u0e00" <= noun[0] <= "\u0e7f" and position == match.end():
            # Thai is written without spaces: a name glued to the noun must be a listed one
            span = _listed_thai(text, position)
        else:
            span = _candidate(text, position)
        if span is None or _SCRIPT_NOUN.match(text, span[0]):
            continue
        if noun in _SCRIPT_GENERAL and not _writer_near(text, match.start(), span[1]):
            continue
        if (
            "\u0900" <= noun[0] <= "\u097f"
            and not _writer_near(text, match.start(), span[1])
            and not any(name_lists.is_known(w) for w in text[span[0] : span[1]].split())
        ):
            continue
        yield span


# A name before a person noun in brackets or in apposition: "Brian (my coworker)".
_NOUN_AFTER = re.compile(
    r"[ \t]?(?:\([ \t]?|,[ \t])(?:my|our|mi|meu|minha|mis|meus|minhas|nuestro|nuestra|nuestros|mes|мой|моя|мій|наш|мои|мої|наші"
    r"|the|a|el|la|o)[ \t]",
    re.IGNORECASE,
)
_CAPITALISED_BEFORE = re.compile(r"((?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][\w'’\-]{1,20}[ \t]){1,3})$")


def _before_nouns(text: str, nouns: list[_Noun]) -> Iterator[Span]:
    for match in nouns:
        lead = _NOUN_AFTER.search(text, max(0, match.start() - 12), match.start())
        if lead is None or lead.end() != match.start():
            continue
        window = text[max(0, lead.start() - 60) : lead.start()] + " "
        words = _CAPITALISED_BEFORE.search(window)
        if words is None:
            continue
        parts = words.group(1).split()
        if any(p.lower() in _STOP for p in parts):
            continue
        end = lead.start()
        yield end - len(words.group(1).rstrip()), end


_LIST_JOIN = re.compile(
    r"[ \t]*(?:,[ \t]*|、|，|と|和|及|跟|(?<=[^\W\d_])(?:와|과)[ \t]|[ \t](?:and|&|y|e|và|at|и|і|та|ve|dan"
    r"|र|और|with|con|com)[ \t]+)",
)
_LIST_JOIN_BEFORE = re.compile(
    r"(?:,[ \t]*|、|，|と|和|[ \t](?:and|&|y|e|và|at|и|і|та|ve|dan|र|और)[ \t]+)$"
)


def _lists(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """Names joined to a found name in a list of two or three."""
    for start, end in spans:
        name = text[start:end]
        latin = name[:1].isalpha() and name[:1].upper() != name[:1].lower()
        position = end
        for _ in range(2):
            join = _LIST_JOIN.match(text, position)
            if join is None:
                break
            comma = join.group().strip() in (",", "，")
            candidate = _candidate(text, join.end(), cased_needs_list=comma)
            if candidate is None:
                break
            if latin != (text[candidate[0]].upper() != text[candidate[0]].lower()):
                break
            yield candidate
            position = candidate[1]
        window = text[max(0, start - 30) : start]
        join_before = _LIST_JOIN_BEFORE.search(window)
        if join_before is None or not latin:
            continue
        words = _CAPITALISED_BEFORE.search(window[: join_before.start()] + " ")
        if words is None:
            continue
        parts = words.group(1).split()[-2:]
        if any(p.lower() in _STOP for p in parts) or not any(name_lists.is_known(p) for p in parts):
            continue
        before_end = max(0, start - 30) + join_before.start()
        yield before_end - len(" ".join(parts)), before_end


_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄ][a-zß-öø-ÿā-ſа-яёіїєґ'’\-]{1,18}"
_TWO_OR_THREE = re.compile(rf"(?<![^\W\d_])(?<![.'’@#/\-]){_CAP}(?:[ \t]{_CAP}){{1,2}}(?![^\W\d_])")
_OFFICE_BEFORE = re.compile(
    r"(?:president|minister|governor|mayor|senator|secretary|general|chairman|ceo|director"
    r"|spokesman|spokeswoman|spokesperson|coach|player|singer|actor|actress|author|writer"
    r"|astronaut|scientist|researcher|professor|prof\.|dr\.|judge|king|queen|prince|pope"
    r"|presidente|ministro|ministra|gobernador|prefeito|alcalde|президент|министр|мэр"
    r"|thủ tướng|tổng thống|bộ trưởng|presiden|menteri|gubernur|başkan|bakan|pangulo"
    r"|punong|said|says|according)[ \t,]*$",
    re.IGNORECASE,
)


def _listed_full_names(text: str) -> Iterator[Span]:
    """Two or three capitalised words from the name lists, where the writer speaks."""
    for match in _TWO_OR_THREE.finditer(text):
        words = match.group().split()
        if any(w.lower() in _STOP or w.lower() in _PROPER_STOP for w in words):
            continue
        first, last = words[0], words[-1]
        if not (
            (name_lists.is_given(first) and name_lists.is_family(last))
            or (name_lists.is_family(first) and name_lists.is_given(last))
        ):
            continue
        if _OFFICE_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        if not _writer_near(text, match.start(), match.end()):
            continue
        yield match.span()


_VOCATIVE = re.compile(rf"[\"“«„「'‘][ \t]?({_CAP}),[ \t]")


# Spoken to: "you" in the residents' languages right after the name and its comma.
_SECOND_PERSON = re.compile(
    r"(?:you|your|tú|tu|usted|você|vocês|ikaw|ka|kayo|anh|chị|em|bạn|kamu|anda|sen|siz|ты|вы|ти"
    r"|ви|чи|та)(?![^\W\d_])",
    re.IGNORECASE,
)


def _vocatives(text: str) -> Iterator[Span]:
    for match in _VOCATIVE.finditer(text):
        word = match.group(1)
        if word.lower() in _STOP:
            continue
        if not name_lists.is_known(word) and not _SECOND_PERSON.match(text, match.end()):
            continue
        yield match.span(1)


# Sign-offs written inline, before the writer's name, in the residents' languages; and
# phrases that say who writes ("X မှ ရေးသားပါသည်": written by X).
_SIGN_OFF = re.compile(
    r"(?:(?<![^\W\d_])(?:salamat po|maraming salamat po|trân trọng|thân ái|kính thư"
    r"|atenciosamente|att\.?|abraços|saludos cordiales|atentamente|un saludo|saygılarımla"
    r"|hormat saya|salam hormat|terima kasih|с уважением|з повагою|хүндэтгэсэн|regards"
    r"|best regards|kind regards|sincerely|yours truly|пишет вам|пише вам|пишу вам"
    r"|mero naam|mera naam|knhom chhmous|khnhom chhmuos|knyom chmous|ang pangalan ko ay)"
    r"(?![^\W\d_])[,:]?[ \t]*"
    r"|—[ \t]*|―[ \t]*|(?<![\w])--[ \t]*"
    r"|(?:ขอบคุณ(?:ค่ะ|ครับ|คะ)|ขอแสดงความนับถือ|ด้วยความเคารพ)[ \t]*"
    r"|(?:以上、?)?よろしくお願い(?:いた)?します。[ \t\u3000]*|此致敬礼[！!]?[ \t]*|此致[，,]?[ \t]*"
    r"|敬上|ដោយក្តីគោរព[ \t]*|ដោយក្ដីគោរព[ \t]*|धन्यवाद[,।]?[ \t]*"
    r"|(?:^|(?<=[ \t。.]))(?:私|わたくし)、[ \t]*"
    r"|(?<![^\W\d_])(?:his|her|their) name is[ \t]+)",
    re.IGNORECASE,
)
_WRITTEN_BY = re.compile(r"[ \t]?(?:မှ[ \t]?ရေးသားပါသည်|မှ[ \t]?ပါ(?=[။ ]|$))")
_KO_SIGNED = re.compile(
    r"([\uac00-\ud7a3]{1,4}(?: [\uac00-\ud7a3]{2})?) ?(?:드림|올림)(?=[ .!\n]|$)"
)


def _sign_offs(text: str) -> Iterator[Span]:
    for match in _SIGN_OFF.finditer(text):
        span = _candidate(text, match.end())
        if span is None:
            continue
        phrase = match.group().strip()
        if phrase in ("—", "―", "--"):
            # a dash before a name: two words, one of them a listed name ("— Eric Mata")
            words = text[span[0] : span[1]].split()
            if len(words) < 2:
                continue
            if not any(name_lists.is_known(w) for w in words) and not _signature_end(text, span[1]):
                continue
        yield span
    for match in _WRITTEN_BY.finditer(text):
        start = match.start()
        run_start = start
        while run_start > max(0, start - 30) and text[run_start - 1] not in "\n。.!?":
            run_start -= 1
        window_text = text[run_start:start]
        pieces = window_text.rsplit("  ", 1)[-1]
        tokens = pieces.split(" ")
        tail = (
            " ".join(tokens[-2:]).strip()
            if len(tokens) >= 2 and len(tokens[-2]) <= 10
            else tokens[-1].strip()
        )
        if 1 <= len(tail) <= 24 and not any(c.isdigit() for c in tail):
            yield start - len(tail), start


def _korean_signed(text: str) -> Iterator[Span]:
    for match in _KO_SIGNED.finditer(text):
        span = _ko_name(text, match.start(1))
        if span is not None:
            yield span


def _signature_end(text: str, end: int) -> bool:
    """After a signed name: the end of the text or line, or text in another script."""
    rest = text[end : end + 2].lstrip(" \t.")
    if not rest or rest[0] in "\n(":
        return True
    head = rest[0]
    return head.isalpha() and not (
        head.isascii() or "\u00c0" <= head <= "\u04ff" or "\u1e00" <= head <= "\u1eff"
    )


def _ends_clause(text: str, end: int) -> bool:
    rest = text[end : end + 3]
    return rest == "" or rest[0] in "\n.,;!?)" or rest.startswith(" (")


# Japanese: a person noun with ・ or の before a katakana name and a particle ("妻・ヨウコの",
# "店長のタナカから"); Thai: a pronoun glued to the name before a space ("ผมสมนึก ทำงาน").
_JA_KIN_DOT = re.compile(
    r"(?:妻|夫|息子|娘|母|父|兄|姉|弟|妹|友人|友達|同僚|上司|店長|大家さん|先輩|後輩|彼氏|彼女)[・の（(]"
)
_TH_PRONOUN = re.compile(r"(?:ผม|ดิฉัน|ฉัน)(?=[\u0e01-\u0e4e]{2,14} )")


def _japanese_thai(text: str) -> Iterator[Span]:
    for match in _JA_KIN_DOT.finditer(text):
        position = match.end()
        katakana = _KATAKANA.match(text, position)
        if katakana is not None:
            parts = re.split(r"[・ 　=＝]", katakana.group())
            if not any(p in _KATAKANA_STOP or p in _KATAKANA_THINGS for p in parts):
                yield position, katakana.end()
                continue
        if _HAN.match(text[position : position + 1]):
            span = _ja_full_name(text, position)
            if span is not None:
                yield span
                continue
            given = re.match(
                r"[\u4e00-\u9fff]{1,3}(?=の|が|は|と|に|を|から|[)）])", text[position:]
            )
            if given is not None and match.group()[-1] == "・":
                yield position, position + given.end()
    for match in _TH_PRONOUN.finditer(text):
        word = re.match(r"[\u0e01-\u0e4e]{2,14}", text[match.end() :])
        if word is not None and word.group() not in _NOT_A_NAME_SCRIPT:
            first = word.group()
            if any(
                first.startswith(n)
                for n in (
                    "ชื่อ",
                    "คือ",
                    "ขอ",
                    "เอง",
                    "ไม่",
                    "จะ",
                    "ได้",
                    "ก็",
                    "เป็น",
                    "อยู่",
                    "ทำ",
                    "ชอบ",
                    "รู้",
                    "คิด",
                    "ต้อง",
                    "มี",
                    "ไป",
                    "มา",
                )
            ):
                continue
            yield match.end(), match.end() + len(first)


_WRITER_COMMA = re.compile(
    r"(?<![^\W\d_])(?:I|Tôi|Eu|Yo|Я|Ben|Saya|Aku|Ako|Kami|Mình|Em|Anh|Chị|Би|Ми|Ми́)[ \t]*,[ \t]*(?=[^\W\d_])"
)


def _writer_and(text: str) -> Iterator[Span]:
    """ "Tôi, Julia và Lê Mai Thành ở chung phòng": names listed after the writer and a comma."""
    for match in _WRITER_COMMA.finditer(text):
        span = _candidate(text, match.end())
        if span is None:
            continue
        after = text[span[1] : span[1] + 8]
        if _LIST_JOIN.match(text, span[1]) or after[:1] in (",", ")"):
            yield span


# How the news names people: 氏 or an academic title after the name, "a man named X".
# Residents write so of a person too, but then they speak of themselves in the same sentence
# ("a man named Tom hit me", "田中氏に私は"); without the writer such a name is kept.
_NEWS_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:named|called|llamado|llamada"
    r"|chamado|chamada|bernama|nagngangalang|по имени|на ім['’ʼ]я|adında|adlı))[ \t]*$",
    re.IGNORECASE,
)
_NEWS_AFTER = re.compile(r"(?:氏|医生|醫生|教授|博士|議員|议员|將軍|将軍|将军)")


def news_register(text: str, span: Span) -> bool:
    """Whether the name at `span` is named as the news names people, with no writer near."""
    start, end = span
    if not (_NEWS_AFTER.match(text, end) or _NEWS_BEFORE.search(text[max(0, start - 16) : start])):
        return False
    return not _writer_near(text, start, end)


# Two listed given names joined by "and", or a listed name and the writer: "Rosa and Miguel
# from my line", "Jorge and I", "Ana y yo", "Minh và tôi".
_PAIR = re.compile(
    rf"(?<![^\W\d_])({_CAP})[ \t]+(?:and|&|y|e|và|at|и|і|та|ve|dan)[ \t]+"
    r"(?:(I|me|yo|eu|tôi|ako|saya|aku|я|ben)(?![^\W\d_])|(" + _CAP + r")(?![^\W\d_]))"
)


def _pairs(text: str) -> Iterator[Span]:
    for match in _PAIR.finditer(text):
        first = match.group(1)
        if first.lower() in _STOP or not name_lists.is_given(first):
            continue
        if match.group(2):  # the writer
            yield match.span(1)
            continue
        second = match.group(3)
        if second.lower() in _STOP or not name_lists.is_given(second):
            continue
        if _writer_near(text, match.start(), match.end()):
            yield match.span(1)
            yield match.span(3)


# A greeting, then the name of the person greeted and a comma or "!": "Hi Rahul,", "Olá
# Fernanda!", "Xin chào Minh,". One word must be a listed name ("Dear Ueno Zoo," stays).
_GREETING = re.compile(
    r"(?:^|(?<=[\n.!?。]))[ \t]*(?:hi|hello|hey|dear|good morning|good evening|ol[áa]|oi|hola"
    r"|querid[oa]|estimad[oa]|prezad[oa]|xin chào|chào|halo|hai|kumusta|merhaba|sayın|привет"
    r"|здравствуйте|дорог(?:ой|ая)|вітаю|шановн(?:ий|а)|сайн байна уу)[ \t,]+",
    re.IGNORECASE,
)


def _greetings(text: str) -> Iterator[Span]:
    for match in _GREETING.finditer(text):
        span = _candidate(text, match.end())
        if span is None or text[span[1] : span[1] + 1] not in (",", "!", "，", "！"):
            continue
        words = text[span[0] : span[1]].split()
        if any(w.lower() in _PLACE_WORDS for w in words):
            continue
        if any(name_lists.is_known(w) for w in words):
            yield span


def find_more(text: str, found: list[Span]) -> list[Span]:
    """Names that the context shows, beyond `found` (the rules of `classifiers.names`)."""
    spans: list[Span] = []
    nouns = _latin_nouns(text)
    spans.extend(_after_nouns(text, nouns))
    spans.extend(_before_nouns(text, nouns))
    spans.extend(_listed_full_names(text))
    spans.extend(_vocatives(text))
    spans.extend(_writer_and(text))
    spans.extend(_pairs(text))
    spans.extend(_greetings(text))
    spans.extend(_sign_offs(text))
    if "드림" in text or "올림" in text:
        spans.extend(_korean_signed(text))
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0e7f]", text):
        spans.extend(_japanese_thai(text))
    spans.extend(_lists(text, sorted(set(found) | set(spans))))
    return spans


# ------------------------------------------------------------------------------ public API


def find_names(text: str) -> list[Span]:
    """Offsets (start, end) into `text` of the names of persons: sorted, not overlapping.

    The span is the name only, without the honorific or the introduction phrase. The rules of
    `classifiers.names`, the evidence from context here, and the learned tagger (shipped off:
    ADR 0004) where it is switched on; names in the news register are kept.
    """
    if not text:
        return []
    spans = find_by_rules(text)
    spans.extend(find_more(text, spans))
    spans = [span for span in spans if not news_register(text, span)]
    learned = name_tagger.find(text, spans)
    spans.extend(span for span in learned if not news_register(text, span))
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
