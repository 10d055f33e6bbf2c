"""Names of private persons in opinion texts, in every supported language, found by rules.

`find_names(text)` returns (start, end) offsets into `text` of person names: after a
self-introduction ("My name is Maria Santos", 「グエンと申します」, "我叫王伟", "제 이름은 김민수입니다")
and next to an honorific or a role word (田中さん, 山田部長, 王经理, 김 사장님, Mr Smith, anh Tuấn,
Pak Joko, Ayşe Hanım, "my boss, Carlos Silva"). The span is the name only, never the honorific
("田中さん" -> "田中", "Mr Smith" -> "Smith"). Public officials named with their office (石破首相,
"Governor Koike"), places, institutions and role words alone are left alone: an official's
title is not an honorific here, and every candidate is checked against stop lists.

After weak phrases ("I am", 私は, Tôi là, 我是, 저는, Saya, Soy, Ben, ...) the next word is
usually not a name ("I am a student"), so a name is taken only with evidence: a capital
letter and no stop-list word (Latin, Cyrillic), a katakana word or a common family name
followed by です (Japanese), a common family name (Chinese, Korean). Every scan looks at a
bounded window after (or before) a trigger, so the time is linear in the length of the text.
See docs/adr/0004-pii-redaction.md, section "Names".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from classifiers import name_lists

Span = tuple[int, int]

# ------------------------------------------------------------------------------ word lists


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that are not names after a Latin/Cyrillic trigger, compared in lower case: function
# words, adjectives and occupations (these stop only a name's first word: "Nguyễn Văn An" is
# not the article "an"), then nationalities, countries, places, institutions, companies,
# official titles and honorifics (these stop any word of a name).
_FUNCTION_WORDS = _words(
    """
    a an the i i'm im me my mine we our you your he she it they them his her their this that
    these those there here not no yes very so too also just still really from in at on of to
    for with by and or but if as is am are was were be been being do does did have has had
    will would can could should may might must shall ok okay sorry thank thanks hello hi dear
    please happy sad angry tired worried afraid scared glad sure fine good bad well sick ill
    alone single married divorced pregnant unemployed poor new old young living working
    writing asking looking trying going calling staying studying waiting here now today
    student students worker workers employee nurse caregiver teacher engineer mother father
    parent wife husband foreigner foreign resident citizen member volunteer trainee intern
    technical intern chef cook driver farmer housewife retired disabled
    number numero número nomor номер over up down out right come look everyone anyone someone
    nobody somebody everybody
    tôi là và của có không rất cũng ở tại người sinh viên đã đang sẽ được này đó
    ako ay si ang ng sa mga po na at ko siya kami tayo hindi oo
    saya aku adalah dan di ke dari yang ini itu tidak orang
    eu sou o os as um uma de do da dos das em no na e é meu minha não sim muito
    yo soy el la los las un una es mi mis y en con por para muy
    ben benim bir ve bu şu çok değil evet
    я и в на не да нет мой моя меня мене это из
    би бол миний энэ тэр
    """
)
_PROPER_STOP = _words(
    """
    vietnamese filipino filipina brazilian chinese korean nepali nepalese indonesian thai
    burmese myanmar japanese peruvian bolivian american british indian sri lankan srilankan
    mongolian turkish ukrainian russian cambodian khmer bangladeshi pakistani spanish
    portuguese english french german italian mexican colombian african asian european
    muslim christian catholic buddhist hindu testigo testemunha witness católico católica
    evangélico evangélica cristão cristã cristiano cristiana nikkei nissei sansei yonsei
    paulista carioca mineiro mineira gaúcho gaúcha nordestino nordestina dekassegui
    pilipino pilipina hapon intsik koreano amerikano türk turk japon japonés japonesa japonês
    brasileño brasileña brasileiro brasileira peruano peruana boliviano boliviana filipino
    vietnamita chino china coreano coreana nepalí indonesio indonesia tailandés
    монгол япон орос солонгос хятад вьетнам казах українець українка українці русский
    русская россиянин японец японка китаец кореец вьетнамец
    orang jepang indonesia vietnam nepal người nhật
    japan vietnam viet việt philippines brazil china korea nepal indonesia thailand peru
    bolivia america usa uk india sri lanka mongolia turkey türkiye ukraine russia cambodia
    bangladesh pakistan tokyo osaka nagoya kyoto yokohama kobe fukuoka sapporo saitama chiba
    shinjuku shibuya ikebukuro shinagawa asia europe africa
    city ward town village prefecture station hall office bureau center centre hospital clinic
    school university college company corporation corp inc ltd co bank post police court
    immigration embassy consulate ministry government agency municipal legal affairs
    hello work toyota honda nissan sony panasonic uniqlo aeon lawson familymart seven eleven
    seven-eleven mcdonald's mcdonalds starbucks amazon google apple line facebook instagram
    mister donut quijote daiso
    president governor minister prime mayor premier chairman chairperson secretary king queen
    emperor prince princess pope senator governor-general lord heneral presidente gobernador
    senador kongresista alkalde gobernadora ministro ministra prefeito prefeita alcalde
    pangulo pangulong punong kalihim mambabatas
    mr mrs ms miss dr sir madam madame sr sra srta señor señora dona doña seu don
    pak bapak ibu mbak mas bey hanım hanim efendi tatay nanay itay inay lolo lola
    god deus dios jesus allah buddha christmas easter ramadan
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december nhật hàn mỹ pháp thái
    """
)
_STOP = _FUNCTION_WORDS | _PROPER_STOP
# Month and day names are family names too after a given name (Wanda May, Jason April).
_CALENDAR = _words("may june april august march")
# Words after a capitalised word that make it a place or an institution.
_PLACE_WORDS = _words(
    """
    city ward town village prefecture station hall office bureau center centre hospital clinic
    school university college park airport temple shrine castle tower mall river mountain lab laboratory
    нисэх буудал хот дүүрэг сургууль эмнэлэг их станция аэропорт парк вокзал
    """
)

# Lower-case words that join the parts of a name ("Juan dela Cruz", "Ludwig van Beethoven").
_CONNECTORS = _words(
    "de da do dos das del dela della delos de-la van von der den bin binti bint ibn al el la los las y"
)

# Connectors inside a name written all in lower case (not "y", "la", "el": words of a sentence).
_LOWER_CONNECTORS = _words("de da do dos das del dela van von bin binti")

# Common family names, written as facts (not copied from any list): Japanese (kanji, one to
# three characters), Chinese (one character, simplified and traditional), Korean (one
# syllable, the most common only: ones that begin everyday words such as 사, 선, 하 are left out).
_JA_FAMILY = _words(
    """
    佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 渡部 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林
    斎藤 斉藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤
    村上 遠藤 青木 坂本 斉木 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野
    田村 中山 和田 石田 森田 上田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野
    高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 平野 大塚 千葉 久保 松井 小島 岩崎 桜井 野口
    松尾 野村 木下 菊地 菊池 佐野 大西 杉本 新井 浜田 菅原 市川 水野 小松 島崎 古川 小山 石原 望月
    関 堀 永井 服部 樋口 山内 北村 西田 大橋 平田 中田 吉川 荒木 本田 松下 山中 片山 久保田 川口
    辻 星野 岩田 飯田 宮田 松浦 中西 早川 大久保 小池 石破 岸田 菅 安倍 野田 吉村 熊谷 小西 土屋
    菅野 小泉 大谷 福島 桑原 高野 松岡 平井 西川 五十嵐 北川 矢野 石橋 岩本 岡崎 水谷 秋山 今村
    大石 内藤 須藤 奥村 安田 三宅 黒田 川上 川村 中谷 本間 森本 吉岡 宮下 松村 小田 東 岡 堀内
    成田 片岡 浅野 大島 小沢 小澤 中尾 中井 関口 荒井 大川 永田 竹田 西岡 米田 上原 藤川 古田
    小倉 滝沢 岩井 松原 杉浦 浅井 栗原 坂口 大森 平山 日高 堀田 西山 荒川 飯塚 細川 石塚 川崎
    田口 高山 横田 中澤 中沢 武藤 青山 吉原 馬場 内山 梅田 榎本 尾崎 笠原 竹中 山根 西本 大木
    松山 新田 川田 岡村 大山 千田 宮川 北野 根本 三上 加賀 小松崎 白石 長田 田辺 田邊 吉野
    朴 李 王 張 陳 劉 黄 呉 崔 鄭 趙 孫 楊 周 徐
    """
)
_ZH_FAMILY = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔汤張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧姜鍾譚陸賈韋鄒閆賀顧龔錢湯"
    # less common family names that are not everyday words at the start of a phrase
    "易乔喬熊洪邢康施樊葛伍庞龐颜顏倪庄莊聂聶鲁魯岳翟殷詹欧歐耿焦俞柳祝舒阮柯纪紀梅童凌毕畢季裴霍涂"
    "苗盛翁冉骆駱蓝藍游辛靳柴蒙鲍鮑喻祁蒲滕饶饒牟艾尤穆卓缪褚娄窦竇戚岑晏卫衛柏瞿桂佟臧闵邬卞姬栾隋"
    "巫寇桑甄虞敖巩佘邝鄺萧齐齊阎閻赖賴牛傅温溫"
)
# Family names that are also everyday words (于 "at", 向 "towards", 常 "often", 文 "writing"):
# a name only after a role word or an introduction that must be followed by a name.
_ZH_FAMILY_AMBIGUOUS = frozenset("于向常文安明高金时時全单單计計")
_KO_FAMILY = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노곽성차주우구민진나지엄채원천방공현"
    "함변염여추도석설길연위표명반왕금옥육맹탁국"
)

# Words after 私は that are not names: katakana occupations, nationalities and roles.
_KATAKANA_STOP = _words(
    """
    エンジニア プログラマー デザイナー スタッフ アルバイト バイト パート ドライバー コック シェフ
    マネージャー マネジャー ナース ヘルパー ボランティア クリスチャン ムスリム イスラム ハーフ ママ パパ
    オーナー リーダー トレーナー インストラクター アシスタント ワーカー ケースワーカー ケアマネ
    フリーランス フリーター サラリーマン シングルマザー ベジタリアン ドクター ガイド メンバー ゲスト
    ブラジル ベトナム フィリピン ネパール インドネシア ミャンマー タイ ペルー アメリカ カンボジア
    モンゴル トルコ ウクライナ ロシア インド スリランカ バングラデシュ パキスタン アジア サンタ
    お客 ユーザー ファン オペレーター ホスト ホステス セラピスト
    """
)
# Kanji words before さん/様 that begin with a family name but are not names.
_JA_NOT_NAMES = _words("皆 王様 神様 皆様 奥様 殿様 お客様 仏様 上様")

# Chinese words that end a would-be given name: the candidate is a role or a noun.
_ZH_ROLE_END = frozenset("生人员者师工士族家长手妈爸子女总官")
_ZH_BOUNDARY = frozenset(
    "，。、！？!?,. \t\n；;：:」』）)来今在住是的和从也说不很给对跟就还要会去了们吗呢啊吧没"
    "每经已总又才再却竟突刚曾"  # adverbs that follow a subject: 邓建国每天晚上很吵
)
_ZH_TITLES = [
    "大哥",
    "大姐",
    "叔叔",
    "老板娘",
    "经理",
    "老板",
    "老師",
    "老师",
    "先生",
    "女士",
    "小姐",
    "医生",
    "醫生",
    "总",
    "總",
    "主任",
    "师傅",
    "師傅",
    "阿姨",
    "科长",
    "部长",
    "社长",
    "同学",
    "律师",
    "教授",
]

_KO_COPULA = (
    "입니다만",
    "입니다",
    "이에요",
    "예요",
    "이고요",
    "이고",
    "이며",
    "이라고",
    "라고",
    "이다",
    "이야",
    "야",
    "요",
)
_KO_NOT_NAMES = _words(
    """
    한국인 유학생 임산부 신입생 장애인 노동자 기술자 조선족 전문가 고령자 구직자 정규직 정직원 연구원
    공무원 남학생 여학생 민원인 방문자 신청자 이용자 이주민 이민자 기혼자 한부모 주부 고객 김치
    """
)
_KO_TITLES = [
    "사장님",
    "사장",
    "과장님",
    "과장",
    "부장님",
    "부장",
    "대리님",
    "대리",
    "팀장님",
    "팀장",
    "실장님",
    "실장",
    "선생님",
    "교수님",
    "원장님",
    "반장님",
    "주임",
    "씨",
    "님",
]

# Devanagari words after म / मैं that are not names.
_DEVANAGARI_STOP = _words(
    """
    विद्यार्थी छात्र छात्रा नेपाली भारतीय खुसी खुश दुखी दुःखी बिरामी बीमार परेशान ठीक यहाँ यहां तयार तैयार
    शिक्षक कामदार मजदूर डाक्टर डॉक्टर नर्स इन्जिनियर इंजीनियर गर्भवती बेरोजगार एक्लो एक्लै अकेला अकेली
    चिन्तित चिंतित थकित थका थकी विवाहित अविवाहित आमा बुबा माँ पिता सहमत असहमत निराश गरिब गरीब आभारी
    पनि धेरै एकदम बहुत भी नहीं होइन यो त्यो जी ज्यू
    """
)

# ---------------------------------------------------------------------------- char classes

# Latin (with Vietnamese), Cyrillic and combining accents: not kana or Han, so "Carlosです"
# ends at "s".
_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0400-\u04ff\u0300-\u036f"
_LATIN_WORD = re.compile(rf"[{_LETTER}](?:[{_LETTER}]|['’ʼ\-](?=[{_LETTER}])){{0,29}}")
_SPACES = " \t\u3000"
_KATAKANA_RUN = re.compile(r"[ァ-ヺー・=＝]{1,20}")
_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々]{1,6}")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{1,10}")
_HAN = re.compile(r"[\u4e00-\u9fff々]")
_KANA = re.compile(r"[\u3041-\u30ff]")


# One capital letter, a dot and a space before a capitalised word: a father's initial; "Ma."
# is the Filipino abbreviation of Maria (Ma. Cristina Reyes).
_INITIAL = re.compile(rf"(?:[A-ZА-ЯЁІЇЄҮӨ]|Ma|Mª)\. (?=[A-ZА-ЯЁІЇЄҮӨ\u00c0-\u00de][{_LETTER}])")


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and len(word) >= 2


def _skip(text: str, position: int, chars: str, limit: int = 4) -> int:
    end = min(len(text), position + limit)
    while position < end and text[position] in chars:
        position += 1
    return position


# ------------------------------------------------------------------ Latin and Cyrillic names


def _latin_name(text: str, position: int, *, lowercase_ok: bool = False) -> Span | None:
    """The name that starts at `position` (after spaces, a colon, a comma or a quote).

    Capitalised words not in the stop list, joined by single spaces and lower-case
    connectors ("dela", "van"); with `lowercase_ok` (after "my name is"), lower-case words
    that are not stop words count too.
    """
    position = _skip(text, position, _SPACES + ":：,\"'“‘「—–(（[")
    start = end = -1
    initial = _INITIAL.match(text, position)
    if initial is not None:
        # an initial before the name ("Г. Нарантуяа", "D. Munkhbat"): Mongolian patronymics
        start = initial.start()
        position = initial.end()
    lowercase_run = False
    for _ in range(6):
        match = _LATIN_WORD.match(text, position)
        if match is None:
            break
        word = match.group()
        lowered = word.lower()
        stops = _STOP if end < 0 or lowercase_run else _PROPER_STOP - _CALENDAR
        stop = lowered in stops or any(part in stops for part in lowered.split("-"))
        if (
            end >= 0
            and lowered[:3] in ("al-", "el-")
            and _is_capitalised(word[3:])
            and not lowercase_run
        ):
            end = match.end()  # "Abdul al-Rahman"
        elif _is_capitalised(word) and not stop and not lowercase_run:
            if start < 0:
                start = match.start()
            end = match.end()
        elif (end >= 0 and lowered in _CONNECTORS and not lowercase_run) or (
            lowercase_run and lowered in _LOWER_CONNECTORS  # "my name is joão da silva"
        ):
            pass  # a connector ("dela", "van", "da"): part of the name only if a part follows
        elif (
            lowercase_ok
            and (end < 0 or lowercase_run)
            and word.islower()
            and not stop
            and len(word) >= 2
        ):
            if start < 0:
                start = match.start()
            end = match.end()
            lowercase_run = True
        else:
            break
        position = match.end()
        if position < len(text) and text[position] == " ":
            position += 1  # one space between the parts of a name, not a line break
        else:
            break
    if end < 0:
        return None
    following = _LATIN_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if following is not None and following.group().lower() in _PLACE_WORDS:
        return None  # "Нарита нисэх буудал", "Kita Ward": a place, not a person
    last = text[max(start, end - 12) : end].rsplit(" ", 1)[-1].lower()
    if last != text[start:end].lower() and last in _PLACE_WORDS and last != "park":
        return None  # "Chubu Centrair Airport" (Park is also a family name: Maria Park)
    tail = _APOSTROPHE_TAIL.search(text, max(start, end - 6), end)
    if tail is not None:
        end = tail.start()  # "Suzuki's class", "Moll'a göre": the name without the ending
    return (start, end) if end > start else None


# An apostrophe and an ending after a name: English 's, Turkish case endings ('a, 'nin, 'da).
_APOSTROPHE_TAIL = re.compile(
    r"['’](?:s|a|e|ya|ye|ı|i|u|ü|yı|yi|nın|nin|nun|nün|ın|in|un|ün|da|de|ta|te|dan|den|tan|ten|la|le|yla|yle)$"
)
# Turkish locative/ablative after a place: "Ben Japonya'da yaşıyorum" is where, not who.
_PLACE_CASE = re.compile(r"['’](?:da|de|ta|te|dan|den|tan|ten|ya|ye|a|e)(?![^\W\d_])")


def _kw(*phrases: str) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))


_WORD_BEFORE = r"(?<![^\W\d_])"
_WORD_AFTER = r"(?![^\W\d_])"

_STRONG_LATIN = re.compile(
    _WORD_BEFORE
    + "(?:"
    + _kw(
        "my name is",
        "my name's",
        "my name’s",
        "i’m called",
        "ten toi la",
        "toi ten la",
        "meu nome e",
        "İsmim",
        "İsmim şu",
        "my full name is",
        "name's",
        "name’s",
        "i am writing as",
        "writing as",
        "this is written by",
        "mi nombre completo es",
        "meu nome completo é",
        "saya bernama",
        "perkenalkan nama saya",
        "tôi tên là",
        "мене звуть",
        "i am called",
        "i'm called",
        "call me",
        "you can call me",
        "everyone calls me",
        "people call me",
        "pode me chamar de",
        "podem me chamar de",
        "me chamam de",
        "puedes llamarme",
        "pueden llamarme",
        "me dicen",
        "panggil saya",
        "nama panggilan saya",
        "tawagin mo akong",
        "tawagin niyo akong",
        "tawagin nyo akong",
        "tawagin ninyo akong",
        "зовите меня",
        "называйте меня",
        "кличте мене",
        "tên tôi là",
        "tôi tên là",
        "tôi tên",
        "em tên là",
        "tên em là",
        "tên của tôi là",
        "em tên",
        "mình tên",
        "anh tên",
        "chị tên",
        "tên em",
        "tên mình",
        "mình tên là",
        "ako si",
        "ako po si",
        "ako ay si",
        "ang pangalan ko ay",
        "ang pangalan ko",
        "pangalan ko",
        "mi nombre completo es",
        "meu nome completo é",
        "meu nome completo e",
        "watashi no namae wa",
        "namae wa",
        "pangalan ko ay",
        "ang pangalan ko po ay",
        "pangalan ko po ay",
        "nama saya",
        "nama saya adalah",
        "namaku",
        "nama aku",
        "meu nome é",
        "o meu nome é",
        "me chamo",
        "chamo-me",
        "me llamo",
        "mi nombre es",
        "benim adım",
        "adım",
        "ismim",
        "benim ismim",
        "меня зовут",
        "моё имя",
        "мое имя",
        "мене звати",
        "мене звуть",
        "мене кличуть",
        "меня звать",
        "миний нэрийг",
        "моє ім'я",
        "моє ім’я",
        "миний нэр",
        "миний нэр бол",
        "je m'appelle",
        "mein name ist",
        "ich heiße",
    )
    + ")"
    + _WORD_AFTER,
    re.IGNORECASE,
)
_CALL_ME = frozenset(
    """call me|you can call me|everyone calls me|people call me|pode me chamar de|podem me chamar
    de|me chamam de|puedes llamarme|pueden llamarme|me dicen|panggil saya|nama panggilan
    saya|tawagin mo akong|tawagin niyo akong|tawagin nyo akong|tawagin ninyo akong|зовите
    меня|называйте меня|кличте мене""".replace("\n    ", " ").split("|")
)
_WEAK_LATIN = re.compile(
    _WORD_BEFORE
    + "(?:"
    + _kw(
        "i am",
        "i'm",
        "i’m",
        "намайг",
        "toi la",
        "minh la",
        "tôi là",
        "em là",
        "mình là",
        "ako ay",
        "saya",
        "aku",
        "eu sou a",
        "eu sou o",
        "eu sou",
        "sou a",
        "sou o",
        "sou",
        "this is",
        "it's",
        "it’s",
        "it is",
        "here is",
        "это",
        "це",
        "би бол",
        "bana",
        "aqui é",
        "aqui e",
        "aqui quem fala é",
        "quem fala é",
        "quem escreve é",
        "quem escreve aqui é",
        "sou eu",
        "soy yo",
        "le escribe",
        "les escribe",
        "te escribe",
        "os escribe",
        "escribe",
        "habla",
        "fala",
        "ito si",
        "ini",
        "saya adalah",
        "watashi wa",
        "boku wa",
        "hajimemashite",
        "soy",
        "yo soy",
        "ben",
        "би",
        "я",
    )
    + ")"
    + _WORD_AFTER,
    re.IGNORECASE,
)
# A form-like label at the start of a line or clause ("Name: Maria Santos", "Họ và tên: ..."),
# not after another word ("Company name: ..."); and "a man named ..." in running text.
_LABEL = re.compile(
    # at the start of a line or clause, or capitalised after a space ("... From: Maria")
    r"(?:^|(?<=[\n.;,!?、。])|(?<=[ \t])(?=[A-ZÀ-ÞА-ЯЁІЇЄ]))[ \t]*(?:"
    + _kw(
        "name",
        "full name",
        "nombre",
        "nome",
        "nome completo",
        "tên",
        "họ và tên",
        "họ tên",
        "nama",
        "nama lengkap",
        "my name",
        "mi nombre",
        "meu nome",
        "from",
        "sender",
        "remitente",
        "remetente",
        "người gửi",
        "me",
        "yo",
        "eu",
        "người viết",
        "người liên hệ",
        "tác giả",
        "ký tên",
        "author",
        "written by",
        "signature",
        "signed",
        "contact person",
        "applicant",
        "pengirim",
        "penulis",
        "nama pengirim",
        "autor",
        "autora",
        "firma",
        "assinatura",
        "solicitante",
        "yazan",
        "gönderen",
        "imza",
        "автор",
        "отправитель",
        "підпис",
        "подпись",
        "відправник",
        "илгээгч",
        "pangalan",
        "isim",
        "ad soyad",
        "adı soyadı",
        "имя",
        "фио",
        "ім'я",
        "нэр",
        "氏名",
        "名前",
        "担当者",
        "担当",
        "記入者",
        "署名",
        "差出人",
        "送信者",
        "投稿者",
        "申請者",
        "申请人",
        "落款",
        "签名",
        "署名人",
        "联系人",
        "聯絡人",
        "작성자",
        "보낸 사람",
        "신청인",
        "姓名",
        "名字",
        "이름",
        "성명",
    )
    + r")[ \t]*(?:[:：]|[-–—](?=[ \t]))",
    re.IGNORECASE | re.MULTILINE,
)
# A signature: a sign-off at the start of a line, then a name that ends the line (a dash
# alone is not enough: "- Toilets" ends lists).
_SIGN_OFF = re.compile(
    r"(?:^|(?<=[\n.!?。]))[ \t]*(?:(?:"
    + _kw(
        "regards",
        "best regards",
        "kind regards",
        "sincerely",
        "yours sincerely",
        "yours faithfully",
        "signed",
        "thank you",
        "thanks",
        "many thanks",
        "trân trọng",
        "atenciosamente",
        "saludos",
        "saludos cordiales",
        "maraming salamat",
        "salamat",
        "hormat saya",
        "terima kasih",
        "saygılarımla",
        "с уважением",
        "з повагою",
        "yours truly",
        "sincerely yours",
        "take care",
        "with thanks",
        "with gratitude",
        "best",
        "best wishes",
        "warm regards",
        "warmest regards",
        "cheers",
        "respectfully",
        "salam",
        "hormat kami",
        "wassalam",
        "cordialmente",
        "atentamente",
        "abraços",
        "um abraço",
        "obrigado",
        "obrigada",
        "gracias",
        "muchas gracias",
        "un saludo",
        "cảm ơn",
        "xin cảm ơn",
        "trân trọng cảm ơn",
        "lubos na gumagalang",
        "saygılar",
        "teşekkürler",
        "дякую",
        "спасибо",
        "хүндэтгэсэн",
        "баярлалаа",
    )
    + r")[,.!]?[ \t]*(?:\n[ \t]*){0,2})[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)
# The same sign-offs inside a line, with a comma or a line break before the name.
_SIGN_OFF_INLINE = re.compile(
    _WORD_BEFORE
    + "(?:"
    + _kw(
        "regards",
        "best regards",
        "kind regards",
        "warm regards",
        "sincerely",
        "yours sincerely",
        "yours faithfully",
        "yours truly",
        "respectfully",
        "trân trọng",
        "atenciosamente",
        "cordialmente",
        "atentamente",
        "saludos cordiales",
        "lubos na gumagalang",
        "hormat saya",
        "salam hormat",
        "saygılarımla",
        "с уважением",
        "з повагою",
        "хүндэтгэсэн",
        "yours",
        "cheers",
        "best",
        "best wishes",
        "love",
        "many thanks",
        "thanks",
        "thank you",
        "saludos",
        "un saludo",
        "abrazos",
        "gracias",
        "att",
        "att.",
        "atte",
        "atte.",
        "abs",
        "abraços",
        "um abraço",
        "cumprimentos",
        "obrigado",
        "obrigada",
        "salamat",
        "maraming salamat",
        "terima kasih",
        "salam",
        "cảm ơn",
        "xin cảm ơn",
        "teşekkürler",
        "saygılar",
        "спасибо",
        "дякую",
        "баярлалаа",
    )
    + r")(?:,[ \t]*(?:\n[ \t]*)?|[ \t]*\n[ \t]*)",
    re.IGNORECASE,
)
_IS_MY_NAME = re.compile(
    r"[ \t]+(?:is my name|is my full name|é o meu nome|é meu nome|es mi nombre|adalah nama saya"
    r"|ang pangalan ko|là tên tôi|là tên của tôi|benim adım|- это моё имя|- моє ім'я)(?![^\W\d_])",
    re.IGNORECASE,
)
# Verbs of what someone did to the writer, in the passive: a full name after "by".
_PASSIVE_BY = re.compile(
    _WORD_BEFORE
    + r"(?:told|helped|hit|scolded|fired|harassed|attacked|threatened|called|contacted|bullied"
    r"|insulted|hurt|cheated|robbed|warned|shouted at|yelled at|abused|touched|followed|sent"
    r"|referred|introduced|recommended|treated|examined|interviewed|hired|employed|evicted)"
    r"[ \t]+by[ \t]+",
    re.IGNORECASE,
)
# A person noun, a comma, then the name in apposition ("my manager, Carlos Silva, ...").
_ROLE_COMMA = re.compile(
    _WORD_BEFORE
    + r"(?:in charge|manager|officer|staff member|staff|teacher|landlord|landlady|boss|supervisor"
    r"|employer|owner|agent|interpreter|doctor|nurse|caseworker|counselor|counsellor|clerk"
    r"|colleague|coworker|co-worker|neighbour|neighbor|friend|husband|wife|son|daughter|brother"
    r"|sister|person|man|woman|guy|lady|leader|foreman|chefe|jefe|jefa|encargado|encargada"
    r"|vecino|vecina|vizinho|vizinha|amigo|amiga|marido|esposa|esposo|patrão|patroa)"
    r",[ \t]+",
    re.IGNORECASE,
)
# An age after a name: "Marina Lozano, 34," / "Juan (29)".
_AGE_AFTER = re.compile(
    r"(?:,[ \t]?|[ \t]?\()[1-9][0-9](?:[ \t]?(?:years?|y/?o|anos|años|tuổi|tahun))?[,)]"
)
# A full name that stands anywhere in a sentence that speaks of the writer (I, my, we):
# two to four capitalised words, none a stop word, a place word or a company word, and no
# office title before them (officials named in their role stay).
_FULL_NAME = re.compile(
    r"(?<![^\W\d_])(?<![.'’@#/\-])[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿā-ſ]{1,14}(?:[\-'’][A-Za-zß-öø-ÿ]{1,14})?"
    r"(?:[ \t](?:(?:de|da|do|dos|das|del|dela|van|von|bin|binti|al|el)[ \t])?"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿā-ſ]{1,14}(?:[\-'’][A-Za-zß-öø-ÿ]{1,14})?){1,3}(?![^\W\d_])"
)
# The writer as subject or object next to a full name: "I met Maria Santos", "Darin Stein
# told me", "Carlos Silva não me paga", "Budi Santoso membantu saya", "me and Maria Santos".
_WRITER_SUBJECT = re.compile(
    r"(?<![^\W\d_])(?:I|We|we|Eu|eu|Yo|yo|Saya|saya|Aku|aku|Tôi|tôi|Я|я|Ben|ben)[ \t]+"
    r"(?!(?:agree|agreed|disagree|support|supported|voted|vote|like|liked|love|trust|believe"
    r"|respect|admire|hate|think|thought|read|watched|saw|heard|mean|am|was|will|would|can"
    r"|could|have|had|do|did|don't|didn't|also|really|just|never|always|still|live|work"
    r"|concordo|apoio|voto|votei|creo|apoyo|voté|setuju|mendukung|đồng|ủng)(?![^\W\d_]))"
    r"[^\W\d_]{2,15}[ \t]+(?:(?:to|with|on|a|para|com|con|a|kepada|dengan|với|cho)[ \t]+)?$"
)
_WRITER_OBJECT = re.compile(
    r",?[ \t]+(?:(?:[^\W\d_]{2,15}|[^\W\d_]{2,15}[ \t]+[^\W\d_]{2,15})[ \t]+)?"
    r"(?:me|us|my|our|mine|me|nos|mim|mí|mi|saya|aku|kami|ako|ko|akin|namin|tôi|mình|мне"
    r"|меня|нас|мені|мене|намайг|надад|beni|bana|bizi)(?![^\W\d_])"
)
_WITH_WRITER = re.compile(
    r"[ \t]+(?:and|&|e|y|dan|at|và|и|і|ve)[ \t]+(?:I|me|eu|yo|saya|aku|ako|tôi|я|ben)(?![^\W\d_])"
)
_WRITER_WITH = re.compile(
    r"(?<![^\W\d_])(?:me|I|eu|yo|saya|aku|ako|tôi|я|ben)[ \t]+(?:and|&|e|y|dan|at|và|и|і|ve)[ \t]+$"
)
# Capitalised words that open a sentence before a name ("Then Maria Santos hit me").
_SENTENCE_OPENERS = _STOP | _words(
    """sensei ma'am ma’am kuya ate tita tito lola lolo mbak mas
    then yesterday today tomorrow also but and so when after before because if now later
    finally suddenly recently last next every what why how who where please dear hello hi hey
    luego ayer hoy depois ontem hoje quando mas pero kemarin lalu kemudian hôm hôm qua sau"""
)
_COMPANY_WORDS = _words(
    """
    transport transportation motor motors electric electronics holdings group bank insurance
    airlines airways railway railways express logistics foods food inc ltd co corp corporation
    company systems services industries industry kogyo shoji denki seiko sangyo trading
    construction securities partners consulting hotel hotels store stores market mart club
    team association union foundation council committee network news times post mobile
    telecom airport line lines bus taxi clinic hospital university college school academy
    institute center centre office agency ministry bureau department court church temple
    shrine park station street avenue road bridge river mountain island lake beach tower
    building mall hall house home city ward town village prefecture district region state
    republic kingdom united national international world global japan japanese nippon
    visa card number certificate application form online app website akun account conta
    cuenta telegram whatsapp wechat kakao kakaotalk zalo viber tiktok youtube twitter messenger"""
)
_OFFICE_BEFORE = re.compile(
    r"(?:president|governor|minister|mayor|premier|senator|king|queen|prince|princess|emperor"
    r"|pope|chancellor|secretary|general|judge|justice|ambassador|chairman|ceo|director"
    r"|dr|doctor|prof|professor|saint|st|sir|lord|lady|captain|coach|singer|actor|actress"
    r"|author|writer|player|president-elect|presidente|ministro|ministra|alcalde|prefeito"
    r"|gobernador|senador|rey|reina|papa|presiden|menteri|gubernur|walikota|pangulo|senador)"
    r"\.?[ \t]+$",
    re.IGNORECASE,
)


def _first_person_full_names(text: str) -> Iterator[Span]:
    """Full names (see _FULL_NAME) next to the writer as subject or object of a verb."""
    for match in _FULL_NAME.finditer(text):
        words = [w for w in match.group().replace("\t", " ").split(" ") if w]
        start = match.start()
        while words and words[0].lower() in _SENTENCE_OPENERS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else match.end()
            words = words[1:]  # "Then Maria Santos hit me": the name without "Then"
        capitals = [w.lower() for w in words if w[0].isupper()]
        if len(capitals) < 2 or any(
            w in _STOP or w in _PLACE_WORDS or w in _COMPANY_WORDS or w.split("-")[0] in _STOP
            for w in capitals
        ):
            continue
        before = text[max(0, start - 40) : start]
        if _OFFICE_BEFORE.search(before):
            continue  # "President George Bush", "Dr. Tony Moll": named in their role
        if (
            _WRITER_SUBJECT.search(before)
            or _WRITER_OBJECT.match(text, match.end())
            or _WITH_WRITER.match(text, match.end())
            or _WRITER_WITH.search(before)
        ):
            yield start, match.end()


# Verbs that take a person as object, for a full name after them (two capitalised words).
_CONTACT_VERB = re.compile(
    _WORD_BEFORE
    + r"(?:contact|call|phone|email|e-mail|text|ask for|ask|talk to|speak to|speak with|write to"
    r"|tell|meet|met|visit|help|helped|thank|hire|hired|fired|sued|paid|married|dating|hubungi"
    r"|tanya|contacte|contactar|llame|llamar|preguntar por|ligue|ligar|falar com|hablar con"
    r"|tawagan|kontakin|liên hệ|gọi|hỏi|свяжитесь с|позвоните|зв'яжіться з|зателефонуйте)"
    + _WORD_AFTER
    + r"[ \t]+",
    re.IGNORECASE,
)
# A role in brackets after a name: "Maria Santos (my neighbour)", "Juan (meu marido)".
_ROLE_IN_BRACKETS = re.compile(
    r"[ \t]?[(（][ \t]?(?:my|our|meu|minha|mi|mis|nuestro|nuestra|mon|ma|saya|ko|kong|tôi|của tôi"
    r"|мой|моя|мій|моя|миний|benim|the|a|an)(?![^\W\d_])",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\n。]|$)")
_I_COMMA = re.compile(r"(?<![^\W\d_])(?:I|Eu|Yo|Я|Ben|Saya|Ako|Tôi),[ \t]")
# A signature after a dash on a line of its own: "— Maria", "-- Budi Santoso" (a single
# hyphen is not enough: "- Toilets" ends lists).
_DASH_SIGN = re.compile(r"(?:^|(?<=\n))[ \t]*(?:—|–|--|―|~)[ \t]*(?=[^\W\d_])", re.MULTILINE)
# A family name in capitals, then the given names: "NGUYEN Van An", "SANTOS Maria" (four
# letters or more with a vowel; acronyms such as ATM, NHK are shorter or have no vowel).
_CAPS_FAMILY = re.compile(
    r"(?<![^\W\d_])([A-ZÀ-ÖØ-Þ]{4,15})(?= [A-ZÀ-ÖØ-ÞĐ][a-zß-öø-ÿ\u0100-\u024f\u1e00-\u1eff])"
)
_CAPS_NOT_FAMILY = _words(
    "please help notice important urgent warning free covid asap note info news attention "
    "open closed sale english japanese faq wifi tel fax email mail line"
)
_LINE_END = re.compile(r"[ \t.!。]*(?:\n|$)")
_CALLED_LATIN = re.compile(
    r"(?:(?<=['’]s) name is|"
    + _WORD_BEFORE
    + r"(?:named|bernama|namanya|llamad[oa]|chamad[oa]|nagngangalang|tên là|по имени|на ім'я"
    # a third party's name: "мою начальницу зовут X", "mi jefe se llama X", "patronumun adı X",
    # "his name is X", "my boss's name is X", "a man called X"
    r"|зовут|звати|звуть|кличуть|se llama|se chama|chama-se|adı|ismi"
    r"|(?:his|her|whose|the (?:man|woman|person|child|boy|girl)['’]s) name (?:is|was)"
    r"|(?:sent|written|signed|submitted|posted|reported) by"
    r"|pangalan (?:niya|nya|ng (?:[^\W\d_]{1,15} ){1,3})ay"
    r"|(?:man|woman|person|guy|lady|girl|boy|someone|somebody) called))" + _WORD_AFTER,
    re.IGNORECASE,
)
_HONORIFIC_BEFORE = re.compile(
    _WORD_BEFORE
    + r"(?:(?:Mr|Mrs|Ms|Dr|Dra|Prof|Sr|Sra|Srta|Ing|Lic)\.(?=[ \t]?[A-ZÀ-ÖØ-Þ])|(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta)\.?|Miss|Sir|Ma['’]?am|Madam|[Ss]eñor|[Ss]enhor|[Ss]enhora|[Ss]eñora|[Ss]eñorita|Dona|Doña|Seu|Bapak|Pak|Ibu|Bu"
    r"|Mbak|Mas(?=[ \t][A-Z][a-z]+[ \t][a-z])|Bang|Abang|Dik|Om|Tante|Teh|Neng|Kang|Cik|[Ee]m(?=[ \t][A-ZĐ])|[Cc]ô giáo|[Tt]hầy giáo|[Kk]uya|[Aa]te|[Tt]ita|[Tt]ito|Aling|Mang|[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Cc]ô|[Cc]hú|[Bb]ác"
    r"|[Tt]hầy|[Bb]é|Kak|Kakak|Lola|Lolo|Khun|Don|Tía|Tío|Tia|Tio|Auntie|Aunty|Uncle|Ginang|Ginoong|[Пп]ан|[Пп]ані|[Гг]осподин|[Гг]оспожа|Herr|Frau|Madame|Monsieur|Sensei|si|ni|Si|Ni)"
    r"(?![^\W\d_])"
)
_ROLE_BEFORE = re.compile(
    _WORD_BEFORE + r"(?:(?:my|our|the|his|her)\s"
    r"(?:(?:little|younger|older|elder|youngest|oldest|eldest|big|baby|new|former|late)\s)?(?:"
    + _kw(
        "manager",
        "boss",
        "supervisor",
        "landlord",
        "landlady",
        "employer",
        "colleague",
        "coworker",
        "co-worker",
        "friend",
        "husband",
        "wife",
        "neighbour",
        "neighbor",
        "teacher",
        "doctor",
        "interpreter",
        "partner",
        "roommate",
        "senpai",
        "leader",
        "foreman",
        "owner",
        "agent",
        "son",
        "daughter",
        "brother",
        "sister",
        "cousin",
        "uncle",
        "aunt",
        "ex-husband",
        "ex-wife",
        "boyfriend",
        "girlfriend",
        "classmate",
        "caseworker",
        "case worker",
        # family: "my daughter Aiko", "my son, Kenji,"
        "child",
        "kid",
        "baby",
        "mother",
        "father",
        "mom",
        "mum",
        "dad",
        "grandson",
        "granddaughter",
        "grandchild",
        "nephew",
        "niece",
        "stepson",
        "stepdaughter",
        "girl",
        "boy",
        "sister-in-law",
        "brother-in-law",
        "mother-in-law",
        "father-in-law",
        "son-in-law",
        "daughter-in-law",
    )
    + r")|(?:meu|minha|o|a|mi|el|la)\s(?:"
    + _kw(
        "chefe",
        "patrão",
        "patroa",
        "supervisor",
        "marido",
        "esposa",
        "esposo",
        "jefe",
        "jefa",
        "encargado",
        "encargada",
        "amigo",
        "amiga",
        "vizinho",
        "vizinha",
        "vecino",
        "vecina",
        "colega",
        "compañero",
        "compañera",
        "marido",
        "novio",
        "novia",
        "namorado",
        "namorada",
        "gerente",
        "filho",
        "filha",
        "hijo",
        "hija",
        "irmão",
        "irmã",
        "hermano",
        "hermana",
        "mãe",
        "pai",
        "madre",
        "padre",
        "neto",
        "neta",
        "nieto",
        "nieta",
        "sobrinho",
        "sobrinha",
        "sobrino",
        "sobrina",
        "primo",
        "prima",
        "tio",
        "tia",
        "tío",
        "tía",
        "bebê",
        "bebé",
    )
    + r")|(?:мой|моя|мій|наш|наша|мого|моего|моей|моєї) (?:"
    + _kw(
        "начальник",
        "начальница",
        "начальниця",
        "руководитель",
        "керівник",
        "сосед",
        "соседка",
        "сусід",
        "сусідка",
        "друг",
        "подруга",
        "муж",
        "жена",
        "чоловік",
        "дружина",
        "коллега",
        "колега",
        "менеджер",
        "директор",
        "хозяин",
        "хозяйка",
        "господар",
        "господиня",
        "бригадир",
        "донька",
        "дочка",
        "дочь",
        "син",
        "сын",
        "брат",
        "сестра",
        "мама",
        "мати",
        "мать",
        "батько",
        "отец",
        "онук",
        "онука",
        "внук",
        "внучка",
    )
    + r")|(?:манай|миний) (?:дарга|найз|нөхөр|эхнэр|хөрш|багш|менежер|ахлагч|охин|хүү|ах|эгч|дүү|ээж|аав|ач охин|ач хүү)"
    + r"|(?:benim )?(?:"
    + _kw(
        "müdürüm",
        "patronum",
        "şefim",
        "amirim",
        "ustabaşım",
        "arkadaşım",
        "kocam",
        "eşim",
        "komşum",
        "ev sahibim",
        "yöneticim",
        "işverenim",
        "öğretmenim",
        "karım",
        "kızım",
        "oğlum",
        "annem",
        "babam",
        "kardeşim",
        "ablam",
        "abim",
        "torunum",
        "yeğenim",
        "iş arkadaşım",
    )
    + r")|(?:teman|suami|istri|tetangga|manajer|majikan|pacar|anak|adik|kakak|putri|putra|cucu|keponakan) saya"
    + r"|(?:bạn|chồng|vợ|hàng xóm|đồng nghiệp|chủ|con gái|con trai|con|cháu|em gái|em trai) (?:của )?tôi"
    + r"|(?:kaibigan|asawa|kapitbahay|katrabaho|supervisor|manager|anak|apo|pamangkin|kapatid|pinsan) ko(?:ng| na)?(?: si)?"
    + r"|(?:quản lý|sếp|chủ nhà)|(?:bos|atasan|mandor) saya|(?:amo|boss) ko(?:ng)?)"
    + r"(?:,?\s(?:named|called|là|si|,))?"
    + _WORD_AFTER,
    re.IGNORECASE,
)
# "sama", "kun", "chan" and the Japanese titles only hyphenated: "sama" is Indonesian for "with".
_HONORIFIC_AFTER = re.compile(
    r"(?:[ \-](?:san|sensei|hanım|hanim|bey|hoca|abla|abi|amca|teyze|dayı|enişte|yenge|гуай"
    r"|багш|эгч|ах|ахай|пане|пані|-сан)"
    r"|-(?:sama|kun|chan|shachō|shacho|buchō|bucho|kachō|kacho))" + _WORD_AFTER,
    re.IGNORECASE,
)


# The Tagalog personal articles si/ni mark any person's name, in news and stories too; a
# private person in an opinion comes with the writer in the sentence (ko, ako, namin, po).
_TL_WRITER = re.compile(
    r"(?<![^\W\d_])(?:ko|ako|akin|aking|amin|namin|kami|natin|tayo|po|kong|akong|sa akin)(?![^\W\d_])",
    re.IGNORECASE,
)


# Letters only Vietnamese writes (with its tone marks): the language of "em", "cô", "bà".
_VI_LETTERS = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")

# "Rahul here, ...", "Maria Santos here." on the phone and in messages: a name that opens
# the sentence, then "here" and a comma, a stop or a dash.
_HERE = re.compile(r" here(?=[ \t]*[,.!:;—–-])", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[\n.!?。][ \t]*|^[ \t]+)$")


# Things whose name a verb of naming may give (the company is called ...): not persons.
_THING_OWNER = re.compile(
    r"(?:company|shop|store|factory|school|app|program|programme|empresa|compañía|tienda|fábrica"
    r"|escuela|ciudad|loja|fábrica|escola|cidade|programa|aplicativo|şirket\w*|fabrika\w*|okul\w*"
    r"|uygulama\w*|компани\w*|завод\w*|фирм\w*|магазин\w*|школ\w*|додат\w*|приложени\w*)"
    r"[^.!?\n]{0,12}$",
    re.IGNORECASE,
)
_TL_THINGS = re.compile(
    r"(?i)kompanya|kumpanya|ospital|paaralan|eskwelahan|tindahan|pabrika|lungsod|bayan|app|barko|aso|pusa"
)
_GREETING = re.compile(
    r"(?:hello|hi|hey|good (?:morning|afternoon|evening)|dear [^\n,]{0,15}|greetings)[,.!]?\s*$",
    re.IGNORECASE,
)
_FROM_AFTER = re.compile(
    r",? (?:from|speaking|here)(?![^\W\d_])"
    r"|, (?:a|an|mother|father|wife|husband|parent|resident|student|worker|member|living|working)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


# Phrases that present someone or something ("this is", "it's", "ini"): a name after them
# needs a greeting before, "from"/"here" after, or a full name that ends the clause or goes
# on with the writer's own verb ("This is Maria Santos writing", "It's Joan Smith again.").
_PRESENTING = frozenset(
    ["this is", "it's", "it’s", "it is", "here is", "ini", "ito si", "habla", "fala", "escribe",
     "это", "це"]
)  # fmt: skip
_INTRO_AFTER = re.compile(
    r"[ \t]*(?:[.,;:!?)\n—–]|$|(?:writing|speaking|calling|again|here|from|escribiendo|"
    r"escrevendo|falando|hablando|desde|dari|mula|po|ito|пишу|пишет|пишу|звоню)(?![^\W\d_]))",
    re.IGNORECASE,
)


def _sentence_around(text: str, start: int, end: int, reach: int = 80) -> Span:
    """The sentence around text[start:end], at most `reach` characters either side."""
    left = max(0, start - reach)
    right = min(len(text), end + reach)
    cut = max(text.rfind(mark, left, start) for mark in ".!?。\n")
    following = [i for i in (text.find(mark, end, right) for mark in ".!?。\n") if i >= 0]
    return (cut + 1 if cut >= 0 else left), (min(following) if following else right)


def _latin_before(text: str, end: int) -> Span | None:
    """The capitalised word that ends at `end` (a name before an honorific)."""
    start = end
    while start > 0 and end - start < 30 and _LATIN_WORD.match(text[start - 1]):
        start -= 1
    word = text[start:end]
    if start == end or (start > 0 and (text[start - 1].isdigit() or text[start - 1] in "_@.")):
        return None
    if _is_capitalised(word) and word.lower() not in _STOP:
        return start, end
    return None


def _latin_words_before(text: str, end: int) -> Span | None:
    """Up to three capitalised words that end at `end` ("Maria Santos" before さん or "san")."""
    span = _latin_before(text, end)
    if span is None:
        return None
    start = span[0]
    for _ in range(2):
        if start < 2 or text[start - 1] != " ":
            break
        previous = _latin_before(text, start - 1)
        if previous is None:
            break
        start = previous[0]
    return start, span[1]


def _latin_and_cyrillic(text: str) -> Iterator[Span]:
    for match in _LABEL.finditer(text):
        if _THING_OWNER.search(text, max(0, match.start() - 30), match.end()):
            continue  # "Company name: Yamato Transport": a thing's name
        span = _latin_name(text, match.end())
        if span:
            yield span
    for match in _STRONG_LATIN.finditer(text):
        if text[max(0, match.start() - 10) : match.start()].lower().endswith("kullanıcı "):
            continue  # "kullanıcı adım": a user name, a messaging ID
        # "call me back", "me dicen que ...": only a capitalised name after "call me" and
        # the other ways of saying what people call the writer
        lowercase_ok = match.group().lower() not in _CALL_ME
        span = _latin_name(text, match.end(), lowercase_ok=lowercase_ok)
        if span:
            yield span
    for match in _WEAK_LATIN.finditer(text):
        span = _latin_name(text, match.end())
        if span and not _PLACE_CASE.match(text, span[1]):
            if match.group().lower().endswith(" wa") and text[span[0] : span[1]].lower().endswith(
                ("jin", "shusshin", "shushin")
            ):
                continue  # "Watashi wa Betonamu-jin desu": a nationality in romaji
            if match.group().lower() in _PRESENTING and not (
                _GREETING.search(text, max(0, match.start() - 30), match.start())
                or _FROM_AFTER.match(text, span[1])
                or (" " in text[span[0] : span[1]] and _INTRO_AFTER.match(text, span[1]))
            ):
                continue  # "This is Okinawa": an introduction needs a greeting or "from"
            yield span
    for match in _SIGN_OFF.finditer(text):
        span = _latin_name(text, match.end())
        if span and _LINE_END.match(text, span[1]):
            yield span
    for match in _SIGN_OFF_INLINE.finditer(text):
        # a signature pasted into running text: "Sincerely, Maria Santos" with more after it
        span = _latin_name(text, match.end())
        if span:
            yield span
    for match in _CONTACT_VERB.finditer(text):
        span = _latin_name(text, match.end())
        if span and " " in text[span[0] : span[1]]:
            yield span  # "please contact Maria Santos", "ask for Juan dela Cruz"
    for match in _ROLE_IN_BRACKETS.finditer(text):
        span = _latin_words_before(text, match.start())
        if span and " " in text[span[0] : span[1]]:
            yield span  # "Maria Santos (my neighbour) ..."
    for match in _IS_MY_NAME.finditer(text):
        span = _latin_words_before(text, match.start())
        if span:
            yield span  # "Maria Santos is my name", "Juan é o meu nome"
    for match in _PASSIVE_BY.finditer(text):
        span = _latin_name(text, match.end())
        if span and " " in text[span[0] : span[1]]:
            yield span  # "I was told by Darin Stein", "harassed by Maria Santos"
    for match in _ROLE_COMMA.finditer(text):
        span = _latin_name(text, match.end())
        if span and text[span[1] : span[1] + 1] == ",":
            yield span  # "The person in charge, Sonia Meza, ignored us."
    for match in _AGE_AFTER.finditer(text):
        span = _latin_words_before(text, match.start())
        if span and " " in text[span[0] : span[1]]:
            yield span  # "Marina Lozano, 34, Osaka": a name with an age
    yield from _first_person_full_names(text)
    for match in _I_COMMA.finditer(text):
        span = _latin_name(text, match.end())
        if span and text[span[1] : span[1] + 1] == ",":
            yield span  # "I, Maria Santos, ask ...": the writer in apposition
    for match in _DASH_SIGN.finditer(text):
        span = _latin_name(text, match.end())
        if span and _LINE_END.match(text, span[1]):
            yield span
    for match in _CAPS_FAMILY.finditer(text):
        family = match.group(1)
        if (
            not any(v in family for v in "AEIOUYÀÁÂÃÉÊÍÓÔÕÚ")
            or family.lower() in _STOP | _CAPS_NOT_FAMILY
        ):
            continue
        given = _latin_name(text, match.end() + 1)
        if given and given[0] == match.end() + 1:
            # one part from the name lists: "SANTOS Maria", not "WNED Buffalo", "ASUS Eee PC"
            first_given = text[given[0] : given[1]].split()[0]
            if name_lists.is_known(family) or name_lists.is_given(first_given):
                yield match.start(1), given[1]
    for match in _CALLED_LATIN.finditer(text):
        if _THING_OWNER.search(text, max(0, match.start() - 30), match.start()) or (
            match.group().lower().startswith("pangalan ng ") and _TL_THINGS.search(match.group())
        ):
            continue  # "la empresa se llama Yamato", "şirketin adı": a thing's name
        span = _latin_name(text, match.end())
        if span:
            yield span
    for match in _HONORIFIC_BEFORE.finditer(text):
        if match.group() in ("em", "Em") and not _VI_LETTERS.search(
            text, *_sentence_around(text, match.start(), match.end(), 40)
        ):
            continue  # Portuguese "em Hamamatsu" (in), not Vietnamese "em Lan"
        if match.group() in ("si", "ni", "Si", "Ni") and not _TL_WRITER.search(
            text, *_sentence_around(text, match.start(), match.end())
        ):
            continue  # "Natalo si Murray": a story's person, not the writer's
        span = _latin_name(text, match.end())
        if span:
            yield span
    for match in _ROLE_BEFORE.finditer(text):
        span = _latin_name(text, match.end())
        if span:
            yield span
    for match in _HERE.finditer(text):
        span = _latin_words_before(text, match.start())
        if span and (
            _SENTENCE_START.search(text, max(0, span[0] - 3), span[0])
            or " " in text[span[0] : span[1]]  # a full name: "... Maria Santos here, about"
        ):
            yield span
    for match in _HONORIFIC_AFTER.finditer(text):
        # one word: "Ustabaşı Hasan Bey" is the foreman Hasan
        span = _latin_before(text, match.start())
        if span:
            yield span


# ---------------------------------------------------------------------------------- Japanese

_JA_STRONG_AFTER = re.compile(
    r"(?:私の|わたしの|僕の|ぼくの|俺の|自分の)?(?:名前|氏名|なまえ)(?:は|が|：|:)|(?:私|わたし|僕)の名は"
)
_JA_WEAK_AFTER = re.compile(
    r"(?:私|わたし|僕|ぼく|俺|あたし)(?:は|、)|(?:はじめまして|初めまして|こんにちは|こんばんは)[、。!！ 　]*"
)
_JA_BEFORE = re.compile(
    r"(?:と申します|と申す|といいます|と言います|って言います|っていいます|と呼んで)"
)
# "田中という人", "マリアって人": a person called X (the name before it must look like one).
_JA_CALLED = re.compile(r"(?:という|って)(?:人|方|男|女|上司|同僚|社員|先生|医者)")
_JA_KANA_NOT_GIVEN = (
    r"です|でし|でご|さん|さま|ちゃん|くん|と|って|だ|は|が|の|に|を|も|で|や|から|まで"
)
_HIRAGANA_GIVEN = re.compile(
    rf"(?!{_JA_KANA_NOT_GIVEN})[ぁ-ゖ]{{2,4}}?(?=です|と申|といい|と言い|って言|。|、)"
)
_JA_COPULA = re.compile(
    r"[ \u3000]?(?:です|でございます|だ(?![\u3041-\u309f])|と申|といい|と言い|って|。|、|$)"
)
# What follows a name in an introduction (not 。 or 、: 私は東京大学。 is no name).
_JA_INTRO_END = re.compile(r"[ \u3000]?(?:です|でございます|と申|といい|と言い|って言|っていい)")
_JA_SUFFIX = re.compile(
    r"さん|様|さま|氏|君|くん|ちゃん|先生|部長|課長|社長|係長|店長|主任|専務|常務|先輩|教授|医師|弁護士"
    r"|经理|老板|老師|老师|女士|小姐|医生|醫生|师傅|師傅|阿姨|科长|大哥|大姐|叔叔"
)
_ZH_ONLY_SUFFIXES = frozenset(
    [
        "经理",
        "老板",
        "老師",
        "老师",
        "女士",
        "小姐",
        "医生",
        "醫生",
        "师傅",
        "師傅",
        "阿姨",
        "科长",
        "大哥",
        "大姐",
        "叔叔",
    ]  # fmt: skip
)


# A foreign full name in katakana, its parts joined by ・, before です or さん: 技能実習生の
# レ・ティ・フオンです.
_JA_DOTTED = re.compile(
    r"(?<![ァ-ヺー])[ァ-ヺー]{1,10}(?:・[ァ-ヺー]{1,10}){1,4}(?=です|でございます|と申|さん|様)"
)
# A text or sentence that opens with a full name and です: 田中太郎です。
_JA_OPENING = re.compile(r"(?:^|(?<=[。！？\n]))[ 　]*([\u4e00-\u9fff々]{3,5})です[。、！!]")


def _ja_surname_start(run: str, *, chinese: bool) -> int:
    """Index in `run` (kanji) where a name starting with a family name begins, or -1."""
    for index in range(max(0, len(run) - 4), len(run)):
        tail = run[index:]
        if tail in _JA_NOT_NAMES:
            return -1
        for size in (3, 2, 1):
            if len(tail) >= size and tail[:size] in _JA_FAMILY:
                return index
        if chinese and tail[0] in _ZH_FAMILY and len(tail) <= 3:
            return index
    return -1


# Kanji that end words after 私は that are not given names: 福島出身, 東京, 大阪在住.
_JA_NOT_GIVEN_END = frozenset("県市区町村都府人身住生京阪国語系")


# Words in 人 that are not given names (直人, 隼人 are): 本人, 友人, 日本人 ...
_JA_PERSON_WORDS = _words(
    "本人 個人 主人 友人 知人 住人 老人 大人 恋人 犯人 職人 芸人 商人 軍人 役人 他人 病人 婦人 夫人 成人 "
    "新人 素人 玄人 美人 名人 達人 外人 別人 一人 二人 三人 四人 五人 数人 何人 各人 同人 法人 故人"
)


def _ja_given_ok(given: str) -> bool:
    """A kanji given name after a family name: not a place, a language or a word of a sentence."""
    if given[-1] == "人":
        return len(given) >= 2 and given not in _JA_PERSON_WORDS and given[-2] not in "国本"
    return given[-1] not in _JA_NOT_GIVEN_END


def _ja_family_then_given(run: str) -> bool:
    """True when `run` (kanji) is a listed family name, alone or with a short given name."""
    for size in (3, 2, 1):
        if len(run) >= size and run[:size] in _JA_FAMILY:
            given = run[size:]
            if not given:
                return True
            return size >= 2 and len(given) <= 2 and _ja_given_ok(given)
    return False


def _katakana_more(text: str, end: int) -> int:
    """`end` moved over up to two more katakana words after one space (グエン ヴァン アン)."""
    for _ in range(2):
        if text[end : end + 1] not in (" ", "\u3000"):
            break
        more = _KATAKANA_RUN.match(text, end + 1)
        if more is None or len(more.group().strip("・")) < 2 or more.group() in _KATAKANA_STOP:
            break
        end = more.start() + len(more.group().rstrip("・=＝"))
    return end


# A given name in kanji after a family name and a space: 1 to 3 kanji, not a place or a
# word of the sentence (the name ends at a kana, a space or punctuation).
_JA_GIVEN_AFTER_SPACE = re.compile(r"[ \u3000]([\u4e00-\u9fff々]{1,3})(?![\u4e00-\u9fff々])")


def _ja_full_name(text: str, position: int) -> Span | None:
    """A name that starts at `position` by its shape alone: a listed family name in kanji,
    then (after a space or not) a given name in kanji or hiragana; or katakana words."""
    katakana = _KATAKANA_RUN.match(text, position)
    if katakana is not None:
        word = katakana.group().strip("・=＝")
        if len(word) < 2 or word in _KATAKANA_STOP:
            return None
        return position, _katakana_more(text, position + len(katakana.group().rstrip("・=＝")))
    kanji = _KANJI_RUN.match(text, position)
    if kanji is None:
        return None
    run = kanji.group()
    family = next((size for size in (3, 2, 1) if len(run) >= size and run[:size] in _JA_FAMILY), 0)
    if not family:
        return None
    if len(run) == family:
        given = _JA_GIVEN_AFTER_SPACE.match(text, kanji.end())
        if given is not None and _ja_given_ok(given.group(1)):
            return position, given.end()
        hiragana = _HIRAGANA_GIVEN.match(text, kanji.end())
        if hiragana is not None:
            return position, hiragana.end()
        return position, kanji.end()
    if len(run) - family <= 3 and _ja_given_ok(run[family:]) and run not in _JA_NOT_NAMES:
        return position, kanji.end()
    return None


def _ja_full_name_before(text: str, end: int) -> Span | None:
    """A name by its shape that ends at `end` (before さん, です, より, （): kanji family and
    given names with or without a space, or katakana words."""
    start = end
    while start > max(0, end - 25) and (
        "ァ" <= text[start - 1] <= "ヺ" or text[start - 1] in "ー・ 　"
    ):
        start -= 1
    while start < end and text[start] in " 　・":
        start += 1
    if end - start >= 2:
        word = text[start:end]
        parts = re.split(r"[ 　・]", word)
        if all(len(part) >= 2 for part in parts) and not any(p in _KATAKANA_STOP for p in parts):
            return start, end
        return None
    start = end
    while start > max(0, end - 8) and (_HAN.match(text[start - 1]) or text[start - 1] in " 　"):
        start -= 1
    while start < end and text[start] in " 　":
        start += 1
    run = text[start:end]
    if not run:
        return None
    for index in range(len(run)):
        if run[index] in " 　":
            continue
        span = _ja_full_name(text, start + index)
        if span is not None and span[1] == end:
            return span
    return None


def _ja_name_after(text: str, position: int, *, strong: bool) -> Span | None:
    position = _skip(text, position, _SPACES + '「『"')
    katakana = _KATAKANA_RUN.match(text, position)
    if katakana is not None:
        word = katakana.group().strip("・=＝")
        end = katakana.start() + len(katakana.group().rstrip("・=＝"))
        if len(word) < 2 or word in _KATAKANA_STOP:
            return None
        end = _katakana_more(text, end)  # チャン アイシェ: the parts of a name with a space
        if _HAN.match(text, end) and not strong:
            return None  # ベトナム人, ブラジル出身
        if strong or _JA_COPULA.match(text, end):
            return position, end
        return None
    kanji = _KANJI_RUN.match(text, position)
    if kanji is not None:
        end = kanji.end()
        # 田中 花子: a space between family and given name
        second = _KANJI_RUN.match(text, end + 1) if text[end : end + 1] in _SPACES else None
        if second is not None and second.end() - second.start() <= 3:
            end = second.end()
        run = text[position:end]
        hiragana = _HIRAGANA_GIVEN.match(text, end)
        if run in _JA_FAMILY and hiragana is not None and _JA_COPULA.match(text, hiragana.end()):
            return position, hiragana.end()  # 山本あすかです
        if strong:
            return position, end
        if _ja_family_then_given(run.replace(" ", "").replace("\u3000", "")) and _JA_COPULA.match(
            text, end
        ):
            return position, end
        shaped = _ja_full_name(text, position)
        if shaped is not None and _JA_INTRO_END.match(text, shaped[1]):
            return shaped  # 私は森結衣です, はじめまして、阿部聡太郎です
        return None
    span = _latin_name(text, position, lowercase_ok=False)
    if span and (strong or _JA_COPULA.match(text, span[1])):
        return span
    return None


def _ja_name_before(text: str, end: int) -> Span | None:
    """The name directly before と申します: katakana, kanji (minus 私) or Latin."""
    start = end
    limit = max(0, end - 20)
    while start > limit and ("ァ" <= text[start - 1] <= "ヺ" or text[start - 1] in "ー・=＝"):
        start -= 1
    if end - start >= 2 and text[start:end] not in _KATAKANA_STOP:
        return start, end
    # a family name in kanji and a given name in hiragana: 山本あすかと申します
    start = end
    while start > max(0, end - 5) and "ぁ" <= text[start - 1] <= "ゖ":
        start -= 1
    if 2 <= end - start <= 4:
        family = start
        while family > max(0, start - 3) and _HAN.match(text[family - 1]):
            family -= 1
        if text[family:start] in _JA_FAMILY:
            if re.match(_JA_KANA_NOT_GIVEN, text[start:end]):
                return family, start  # 原さんといいます
            return family, end
    start = end
    while start > max(0, end - 8) and (_HAN.match(text[start - 1]) or text[start - 1] in _SPACES):
        start -= 1
    while start < end and (text[start] in _SPACES or text[start] in "私僕俺"):
        start += 1
    if end - start >= 1 and start < end:
        return start, end
    latin_end = end
    while latin_end > 0 and text[latin_end - 1] == " ":
        latin_end -= 1
    return _latin_words_before(text, latin_end)


def _ja_honorific(text: str, position: int, suffix: str) -> Span | None:
    start = position
    while start > max(0, position - 6) and _HAN.match(text[start - 1]):
        start -= 1
    run = text[start:position]
    chinese = suffix in _ZH_ONLY_SUFFIXES or suffix in ("先生", "老师", "老師")
    if run and not chinese and start > 0 and text[start - 1] in " \u3000":
        shaped = _ja_full_name_before(text, position)
        if shaped is not None and shaped[0] < start:
            return shaped  # 石川 裕美子さん: family name, a space, given name
    if run:
        if run in _JA_NOT_NAMES or _JA_SUFFIX.fullmatch(run):
            return None
        index = _ja_surname_start(run, chinese=chinese)
        if index < 0:
            return None
        name = run[index:]
        if any(char in _ZH_BOUNDARY for char in name[1:]):
            return None  # 分钟的总成绩: "的" is no part of a name
        for title in _ZH_TITLES + ["部長", "課長", "社長", "店長", "係長"]:
            if title in name[1:]:
                name = name[: name.index(title, 1)]
        return start + index, start + index + len(name)
    if suffix in _ZH_ONLY_SUFFIXES:
        return None
    start = position
    while start > max(0, position - 20) and (
        "ァ" <= text[start - 1] <= "ヺ" or text[start - 1] in "ー・"
    ):
        start -= 1
    word = text[start:position]
    if len(word) >= 2 and word not in _KATAKANA_STOP and not word.endswith(tuple(_KATAKANA_STOP)):
        if start > 0 and text[start - 1] in " \u3000":
            shaped = _ja_full_name_before(text, position)
            if shaped is not None:
                return shaped  # マリア サントスさん
        return start, position
    if not word:
        return _latin_words_before(text, position)
    return None


# Whose name: 会社の名前は is a company's, 私の/夫の/上司の名前は a person's.
_JA_PERSONS = tuple(
    _words(
        "私 わたし 僕 ぼく 俺 自分 彼 彼女 夫 妻 主人 息子 娘 子供 子ども 上司 友達 友人 同僚 社長 店長 "
        "担当者 担当 人 方 先生 大家 母 父 相手"
    )
)
_ZH_PERSONS = tuple(_words("我 他 她 你 我们 老板 经理 同事 丈夫 妻子 朋友 孩子 人 老师 房东"))
_KO_PERSONS = _words(
    "제 내 저의 나의 그의 그녀의 남편 아내 남편의 아내의 사장님 사장 친구 동료 아이 딸 아들 딸의 아들의 동생 동생의"
)


def _owner_is_a_person(text: str, start: int, particle: str, persons: tuple[str, ...]) -> bool:
    """False when the name phrase at `start` belongs to a thing ("会社の名前は", "公司的名字")."""
    before = text[max(0, start - 8) : start]
    if before.endswith(particle):
        return before[: -len(particle)].endswith(persons)
    return not before or not _HAN.match(before[-1]) or before.endswith(persons)


# A role and の before a name: 上司の山口が, 夫のジョン・スミスは, 同僚のCarlos Silvaに. A plain
# katakana word after the role is too often a thing (上司のパワハラ), so it needs a middle dot.
_JA_ROLE_NO = re.compile(
    r"(?:上司|社長|店長|部長|課長|係長|班長|工場長|主任|リーダー|先輩|後輩|同僚|同期|友達|友人|親友|仲間|夫|妻|主人|旦那|嫁"
    r"|彼氏|彼女|恋人|婚約者|大家|管理人|家主|担当者|担当|通訳|先生|担任|娘|息子|長男|長女|次男|次女|孫|母|父|兄|姉|弟|妹"
    r"|義母|義父|隣人|隣の人|近所の人|知人|知り合い|ルームメイト|同居人|雇い主|社員|従業員|実習生|研修生)の"
)


# A child or a spouse and の, then a given name in kanji with a given name's ending and a
# particle: 娘の花子が, 息子の翔太は (not 娘の様子が, 息子の帽子).
_JA_FAMILY_NO = re.compile(r"(?:娘|息子|子供|子ども|孫|夫|妻|妹|弟|姉|兄|長男|長女|次男|次女)の")
_JA_GIVEN_KANJI = re.compile(
    r"[\u4e00-\u9fff々]{1,2}[子美恵香奈菜花郎介輔斗翔樹也哉彦平蔵太](?=が|は|に|も|と|を|、|ちゃん|くん)"
)
_JA_NOT_GIVEN = _words(
    "様子 調子 帽子 椅子 菓子 双子 息子 弟子 障子 団子 餃子 電子 原子 分子 男子 女子 親子 王子 扇子 "
    "額子 冊子 格子 利子 精子 卵子 因子 粒子 種子 面子 拍子 骨子 金太 花花 生花 造花 国花 "
    "審美 優美 賛美 褒美 知恵 香香 世界 天平 公平 水平 不平 太平 地平 大介 紹介 仲介 媒介 厄介"
)
# The same roles before a comma or は: 夫、阿部 直人が / 担当者は菊地 沙織さん.
_JA_ROLE_COMMA = re.compile(_JA_ROLE_NO.pattern[:-1] + "[、，,は][ \u3000]?")
# What follows a person's name in running Japanese: an honorific or a title.
_JA_AFTER_NAME = re.compile(
    r"[ \u3000]?(?:さん|様|さま|氏|君|くん|ちゃん|先生|部長|課長|社長|係長|店長|主任|先輩|より|（|\()"
)
# A form's label in Japanese or Chinese, after anything but a word (会社名： is a company's).
_CJK_LABEL = re.compile(
    r"(?<![\u3040-\u30ff\u4e00-\u9fff])(?:氏名|お名前|名前|担当者|担当|記入者|署名|差出人|送信者|投稿者|申請者"
    r"|申请人|落款|签名|署名人|联系人|聯絡人|姓名|名字)[ \t]*[:：][ \t\u3000]*"
)
_JA_COPULA_AFTER = re.compile(r"です|でした|でございます|と申|といい|と言い|って言い")
# より at the end of a phrase (a signature) and an opening bracket after a name.
_JA_MARK_AFTER = re.compile(r"より(?=[ \u3000。.!！、\n]|$)|[（(]")


def _ja_shape_is_full(name: str) -> bool:
    """A full name by its shape: katakana words, or a listed family name and a given name."""
    if re.fullmatch(r"[ァ-ヺー]{2,}(?:[ 　・][ァ-ヺー]{2,}){1,3}", name):
        return True
    run = re.sub(r"[ 　]", "", name)
    if not _HAN.match(run[:1]):
        return False
    family = next((n for n in (3, 2, 1) if len(run) > n and run[:n] in _JA_FAMILY), 0)
    return bool(family) and 1 <= len(run) - family <= 3 and _ja_given_ok(run[family:])


# A signature in a message: a name and より at the end of a line (マリアより, Nguyễn Văn An より).
_JA_YORI = re.compile(r"[ \u3000]?より[ \u3000。.!！]*(?:\n|$)")


def _ja_role_name(text: str, position: int) -> Span | None:
    katakana = _KATAKANA_RUN.match(text, position)
    if katakana is not None:
        word = katakana.group().rstrip("・=＝")
        if "・" in word and len(word) >= 4:
            return position, position + len(word)
        shaped = _ja_full_name(text, position)
        if shaped is not None and (
            " " in text[shaped[0] : shaped[1]]
            or "\u3000" in text[shaped[0] : shaped[1]]
            or _JA_AFTER_NAME.match(text, shaped[1])
        ):
            return shaped  # 同僚のチャン アイシェさん, 店長のスハルトさんに
        return None
    shaped = _ja_full_name(text, position)
    if shaped is not None and (
        _JA_AFTER_NAME.match(text, shaped[1])
        or re.search(r"[ \u3000]", text[shaped[0] : shaped[1]])
    ):
        return shaped  # 同僚の石川 裕美子さん, 上司の田中さんが
    kanji = _KANJI_RUN.match(text, position)
    if kanji is not None:
        run = kanji.group()
        for size in (3, 2, 1):
            if run[:size] in _JA_FAMILY and (size >= 2 or len(run) >= 2):
                if (
                    _ja_family_then_given(run)
                    and text[kanji.end() : kanji.end() + 1] in "がはにともからへ、。"
                ):
                    return position, kanji.end()
                break
        return None
    return _latin_name(text, position)


def _japanese(text: str) -> Iterator[Span]:
    for match in _JA_STRONG_AFTER.finditer(text):
        if not match.group().startswith(("私", "わたし", "僕", "ぼく", "俺", "自分")) and (
            not _owner_is_a_person(text, match.start(), "の", _JA_PERSONS)
        ):
            continue
        span = _ja_name_after(text, match.end(), strong=True)
        if span:
            yield span
    for match in _JA_WEAK_AFTER.finditer(text):
        span = _ja_name_after(text, match.end(), strong=False)
        if span:
            yield span
    for match in _JA_BEFORE.finditer(text):
        span = _ja_name_before(text, match.start())
        if span:
            yield span
    for match in _JA_CALLED.finditer(text):
        span = _ja_name_before(text, match.start())
        if span and (
            "ァ" <= text[span[0]] <= "ヺ"
            or _ja_surname_start(text[span[0] : span[1]], chinese=False) == 0
            or text[span[0]].isascii()
        ):
            yield span
    for match in _JA_SUFFIX.finditer(text):
        span = _ja_honorific(text, match.start(), match.group())
        if span:
            yield span
    for match in _JA_ROLE_NO.finditer(text):
        span = _ja_role_name(text, match.end())
        if span:
            yield span
    for match in _JA_ROLE_COMMA.finditer(text):
        # a role, a comma, then a full name by its shape: うちの夫、阿部 直人が
        span = _ja_full_name(text, match.end())
        if span is not None and _ja_shape_is_full(text[span[0] : span[1]]):
            yield span
    for match in _JA_FAMILY_NO.finditer(text):
        given = _JA_GIVEN_KANJI.match(text, match.end())
        if given is not None and given.group() not in _JA_NOT_GIVEN:
            yield given.start(), given.end()
    for match in _JA_YORI.finditer(text):
        if text[match.start() - 1 : match.start()].isascii():
            span = _latin_words_before(text, match.start())
            if span and text[span[0] - 1 : span[0]] == "\n":  # a line of its own after the message
                yield span
            continue
        start = match.start()
        while (
            start > 0
            and start > match.start() - 25
            and ("ァ" <= text[start - 1] <= "ヺ" or text[start - 1] in "ー・")
        ):
            start -= 1
        word = text[start : match.start()].strip("・")
        if len(word) >= 2 and word not in _KATAKANA_STOP and text[start - 1 : start] == "\n":
            yield start, start + len(word)
    for match in _CJK_LABEL.finditer(text):
        position = _skip(text, match.end(), _SPACES)
        if re.match(r"[\u30a0-\u30ff\u4e00-\u9fff]", text[position : position + 1]):
            span = _ja_full_name(text, position)  # 担当者：林 加奈, 氏名：グエン ヴァン アン
            if span:
                yield span
    kana = _KANA.search(text) is not None  # Japanese, not Chinese (原子结合（或聚变）)
    for match in _JA_COPULA_AFTER.finditer(text) if kana else ():
        # a full name by its shape, then です / でした / と申します, wherever it stands:
        # こちらは松田 拓真です, 以上、高橋 健一でした
        span = _ja_full_name_before(text, match.start())
        if span is not None and _ja_shape_is_full(text[span[0] : span[1]]):
            yield span
    for match in _JA_MARK_AFTER.finditer(text) if kana else ():
        # a signature or an aside after a name: 中川 淳より, 松田 拓真（技能実習生）
        span = _ja_full_name_before(text, match.start())
        if span is not None and _ja_shape_is_full(text[span[0] : span[1]]):
            yield span
    for match in _JA_DOTTED.finditer(text):
        if match.group().rstrip("・") not in _KATAKANA_STOP:
            yield match.start(), match.start() + len(match.group().rstrip("・"))
    for match in _JA_OPENING.finditer(text):
        run = match.group(1)
        if _ja_family_then_given(run):  # a family name of two or more kanji and a given name
            yield match.start(1), match.end(1)


# ----------------------------------------------------------------------------------- Chinese

_ZH_STRONG = re.compile(
    r"我叫|我的名字是|我的名字叫|我名叫|我姓|名字叫|名字是|我的名字[：:]|名叫|姓名[：:]"
    r"|(?<![\u4e00-\u9fff])(?:落款|签名|署名|联系人|聯絡人|申请人|申請人|写信人|寫信人|投诉人|投訴人)[：:]"
    r"|鄙人|叫我|大家叫我|本人姓|免贵姓|免貴姓|敝姓|(?:此致|谨上|謹上|敬上)[ \t\u3000,，]*(?:敬礼|敬禮)?[ \t\u3000,，\n]*"
)
# A third party's family name: 我们经理姓赵, 她姓林.
_ZH_ROLE_SURNAME = re.compile(
    r"(?:他|她|经理|經理|老板|老闆|老师|老師|房东|房東|上司|同事|主管|丈夫|老公|社长|部长)(?:也)?姓"
)
# A relative and 叫 / 名叫 / 的名字叫: 我女儿叫丽丽, 她儿子名叫王明.
_ZH_FAMILY_CALLED = re.compile(
    r"(?:女儿|女兒|儿子|兒子|孩子|丈夫|妻子|老公|老婆|哥哥|姐姐|弟弟|妹妹|孙子|孫子|孙女|孫女|朋友|同事|邻居|鄰居)"
    r"(?:的名字|名字)?(?:叫做|叫|名叫)"
)
_ZH_NOT_GIVEN = _words("什么 甚麼 什麼 这个 那个 這個 那個 自己 名字 一个 一個 他们 她们 我们")
_ZH_WEAK = re.compile(r"我是|(?<![\u4e00-\u9fff])本人(?!的)")
# 小王, 老李: a family name called familiarly, then a boundary (小时, 老师 are not names).
_ZH_XIAO_LAO = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=同事|朋友|邻居|鄰居|室友|同学|同學|老板|老闆|经理|經理|师傅|師傅|上司|主管|老公|老婆|丈夫|妻子))[小老](["
    + "".join(sorted(_ZH_FAMILY))
    + r"])"
    r"(?=[，。、！？!?,. 说说的是在和给让也都就还要跟对把被又很不已]|$)"
)
_ZH_ROLE_BEFORE = re.compile(
    r"(?:我的|我们的|我們的|我)?(?:老板|老闆|经理|經理|上司|主管|同事|房东|房東|老师|老師|朋友|丈夫|妻子|老公|老婆|社长|部长"
    r"|邻居|鄰居|室友|同学|同學|女儿|女兒|儿子|兒子|哥哥|姐姐|弟弟|妹妹|爸爸|妈妈|媽媽|舅舅|叔叔|阿姨|表哥|表姐|男朋友|女朋友"
    r"|领导|領導|组长|組長|班长|班長|厂长|廠長|雇主|中介|翻译|翻譯)"
    r"(?:是|叫|，|,)?"
)


def _zh_name_after(
    text: str, position: int, *, strong: bool, after_role: bool = False
) -> Span | None:
    position = _skip(text, position, _SPACES + '「"：:')
    head = text[position : position + 1]
    if not head:
        return None
    if not _HAN.match(head):
        return _latin_name(text, position, lowercase_ok=False) if strong else None
    if not strong and head not in _ZH_FAMILY and not (after_role and head in _ZH_FAMILY_AMBIGUOUS):
        return None
    # four characters only before a comma or a full stop: 我是谢鑫桂香，
    four_ok = strong or text[position + 4 : position + 5] in ("，", "。", ",", "、", "")
    for size in (3, 2, 4) if four_ok else (3, 2):
        candidate = text[position : position + size]
        if len(candidate) != size or not all(_HAN.match(c) for c in candidate):
            continue
        after = text[position + size : position + size + 1]
        if candidate[-1] in _ZH_ROLE_END or candidate[-1] in _ZH_BOUNDARY:
            continue
        if any(title in candidate[1:] for title in _ZH_TITLES):
            continue
        if after == "" or after in _ZH_BOUNDARY or not _HAN.match(after):
            return position, position + size
    if strong and text[position + 1 : position + 2] in _ZH_BOUNDARY:
        return position, position + 1
    second = text[position + 1 : position + 2]
    if after_role and text.startswith(tuple(_ZH_TITLES), position + 1):
        return position, position + 1  # 房东王先生
    if after_role and _HAN.match(second) and second not in _ZH_BOUNDARY | _ZH_ROLE_END:
        return position, position + 2  # 经理刘强每天: a family name and one character
    return None


def _chinese(text: str) -> Iterator[Span]:
    for match in _ZH_STRONG.finditer(text):
        if match.group().startswith("名字") and not _owner_is_a_person(
            text, match.start(), "的", _ZH_PERSONS
        ):
            continue
        if match.group() in ("我姓", "本人姓", "免贵姓", "免貴姓", "敝姓"):
            head = text[match.end() : match.end() + 1]
            if head in _ZH_FAMILY or head in _ZH_FAMILY_AMBIGUOUS:
                yield match.end(), match.end() + 1
            continue
        span = _zh_name_after(text, match.end(), strong=True)
        if span:
            yield span
    for match in _ZH_ROLE_SURNAME.finditer(text):
        head = text[match.end() : match.end() + 1]
        if head in _ZH_FAMILY:
            yield match.end(), match.end() + 1
    for match in _ZH_WEAK.finditer(text):
        span = _zh_name_after(text, match.end(), strong=False)
        if span:
            yield span
    for match in _ZH_ROLE_BEFORE.finditer(text):
        span = _zh_name_after(text, match.end(), strong=False, after_role=True)
        if span:
            yield span
    for match in _ZH_FAMILY_CALLED.finditer(text):
        # a given name alone is allowed here: two characters, or one doubled (丽丽)
        position = match.end()
        span = _zh_name_after(text, position, strong=True)
        if span is None:
            pair = text[position : position + 2]
            after = text[position + 2 : position + 3]
            if (
                len(pair) == 2
                and all(_HAN.match(c) for c in pair)
                and (after == "" or after in _ZH_BOUNDARY)
            ):
                span = (position, position + 2)
        if span and text[span[0] : span[0] + 2] not in _ZH_NOT_GIVEN:
            yield span
    for match in _ZH_XIAO_LAO.finditer(text):
        yield match.start(1), match.end(1)


# ------------------------------------------------------------------------------------ Korean

_KO_STRONG = re.compile(
    r"(?:제|내|저의|나의)\s?이름은|성함은|이름은|(?:이름|성명|작성자|담당자|보낸\s?사람|신청인|신청자|연락처\s?이름)\s?[:：]"
)
# A letter's signature: 김민수 드림 / 올림 ("offered by").
_KO_SIGNED = re.compile(
    r"([\uac00-\ud7a3](?:\s?[\uac00-\ud7a3]){1,3})\s(?:드림|올림|배상)(?![\uac00-\ud7a3])"
)
_HANGUL_BEFORE = re.compile(r"([\uac00-\ud7a3]{1,6})\s?$")
_KO_CALLED = re.compile(r"(?:이)?라는\s?(?:사람|분|남자|여자|직원)")
_KO_WEAK = re.compile(
    r"(?<![\uac00-\ud7a3])(?:저는|나는|전|저)\s|(?:안녕하세요|안녕하십니까)[.,!]?\s"
)


# Two syllables before 씨 are a given name (민수씨), except words where 씨 is "seed" or a suffix.
_KO_NOT_BEFORE_SSI = _words("아저 아가 마음 호박 수박 사과 포도 참외 들깨 참깨 해바 솜 날 글 말 불")
_KO_PARTICLES = (
    "께서는",
    "께서도",
    "께서",
    "에게는",
    "한테는",
    "께",
    "으로",
    "에게서",
    "에게",
    "한테",
    "께서",
    "하고",
    "이랑",
    "랑",
    "가",
    "이",
    "는",
    "은",
    "를",
    "을",
    "도",
    "의",
    "와",
    "과",
)


# Everyday words that begin with a family syllable: not the start of a name after 아들, 친구.
_KO_NOT_NAME_STARTS = _words(
    "이름 이번 이제 이미 이상 이유 이야 이사 이거 이건 지금 지난 지갑 정말 정도 조금 오늘 오후 오전 전화 문제 한국 "
    "사람 우리 주소 연락 안녕 서류 신청 방금 진짜 계속 나중 모두 함께 강제 고향 고민 김치 박스 최근 최고 장소 임금 "
    "월급 회사 한번 한테 조용 전부 정신 유학 유치 허리 남자 여자 노래 노동 송금 배달 백신 홍보 고생 조건 이혼 장애"
)
# Words before 님 that are titles or roles, not given names (김 선생님 is Teacher Kim).
_KO_NOT_GIVEN_BEFORE_NIM = _words(
    "선생 고객 부모 회원 기사 목사 교수 원장 반장 사장 과장 부장 대리 팀장 실장 주임 이사 대표 소장 "
    "점장 국장 차장 회장 의원 판사 검사 변호 환자 손님 형수 사모 도련 아가 아드"
)


def _without_particle(token: str) -> str:
    """`token` without a particle after a title: 김민수씨가 -> 김민수씨, 사장님이 -> 사장님."""
    for particle in _KO_PARTICLES:
        if token.endswith(particle):
            stem = token[: -len(particle)]
            if stem.endswith(tuple(_KO_TITLES)):
                return stem
    return token


def _ko_stem(word: str) -> tuple[str, bool]:
    """`word` without a trailing copula, and whether it had one."""
    for ending in _KO_COPULA:
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)], True
    return word, False


def _ko_spaced_name(text: str, word: re.Match[str]) -> Span | None:
    """A family syllable, a space and a given name with a copula: "정 영진라고", "나 영미입니다"."""
    if word.group() not in _KO_FAMILY or text[word.end() : word.end() + 1] != " ":
        return None
    given = _HANGUL_WORD.match(text, word.end() + 1)
    if given is None:
        return None
    for ending in ("입니다", "이에요", "예요", "이라고", "라고", "이고요"):
        stem = given.group()[: -len(ending)]
        if given.group().endswith(ending) and 1 <= len(stem) <= 2:
            if stem in _KO_NOT_NAMES or stem.startswith(tuple(_KO_TITLES)):
                return None
            return word.start(), given.start() + len(stem)
    return None


# A name that opens a sentence with the copula: "김민수입니다." (a greeting line of its own).
_KO_OPENING = re.compile(
    r"(?:^|(?<=[.!?。\n]))\s*([\uac00-\ud7a3]{3})(?:입니다|이에요|예요|이고요)(?=[\s.!,]|$)"
)
_KO_SAY_NAME = re.compile(
    r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3})(?:이)?라고\s?(?:합니다|해요|하는데요|합니다만|불러)"
)


# A relative, then a given name with the familiar 이 and a particle: 제 딸 지민이가, 우리 아들
# 민준이는 (a common noun does not take 이 before 가/는).
_KO_FAMILY_NAME = re.compile(
    r"(?:(?:제|저의|우리|내|나의) |(?<![\uac00-\ud7a3]))(?:딸|아들|남편|아내|동생|손자|손녀|조카|친구|동료) "
    r"([\uac00-\ud7a3]{2})이(?:가|는|를|랑|도|한테|에게|의)"
)


# A relative or a role, then a full name by its shape (a listed family syllable and a
# two-syllable given name, with or without a space), then a particle or a title: 남편 홍미경이,
# 친구 김 민수가, 사장님 박정호 씨가.
_KO_ROLE_FULL_NAME = re.compile(
    r"(?<![\uac00-\ud7a3])(?:딸|아들|남편|아내|와이프|동생|손자|손녀|조카|친구|동료|선배|후배|이웃|집주인|주인|룸메이트"
    r"|형|오빠|언니|누나|엄마|아빠|어머니|아버지|상사|매니저|통역사|사장님|사장|부장님|과장님|팀장님|반장님|직원)"
    r"\s([\uac00-\ud7a3](?:\s?[\uac00-\ud7a3]){2})"
    r"(?=\s?(?:씨|님|이가|이는|이를|이랑|이도|이한테|이에게|이|가|은|는|을|를|도|의|에게|한테|와|과|랑|하고|께)"
    r"|[\s,.!?]|$)"
)


def _korean(text: str) -> Iterator[Span]:
    for match in _KO_FAMILY_NAME.finditer(text):
        yield match.start(1), match.end(1)
    for match in _KO_OPENING.finditer(text):
        word = match.group(1)
        if (
            word[0] in _KO_FAMILY
            and word not in _KO_NOT_NAMES
            and word[:2] not in _KO_NOT_NAME_STARTS
        ):
            yield match.start(1), match.end(1)
    for match in _KO_SIGNED.finditer(text):
        name = match.group(1)
        if name[0] in _KO_FAMILY or len(name.replace(" ", "")) == 2:
            yield match.start(1), match.end(1)
    for match in _KO_ROLE_FULL_NAME.finditer(text):
        name = match.group(1)
        bare = name.replace(" ", "")
        if (
            name[0] in _KO_FAMILY
            and bare not in _KO_NOT_NAMES
            and bare[:2] not in _KO_NOT_NAME_STARTS
            and not (bare[2] == "이" and " " not in name)  # 딸 지민이가: a given name and 이
        ):
            yield match.start(1), match.end(1)
    for match in _KO_SAY_NAME.finditer(text):
        word = match.group(1)
        if word[0] in _KO_FAMILY and word not in _KO_NOT_NAMES:
            yield match.start(1), match.end(1)
    for match in _KO_STRONG.finditer(text):
        if match.group() in ("이름은", "성함은"):
            # 회사 이름은 삼성: whose name it is comes in the word before
            owner = _HANGUL_BEFORE.search(text, max(0, match.start() - 8), match.start())
            if owner is not None and owner.group(1) not in _KO_PERSONS:
                continue
        word = _HANGUL_WORD.match(text, _skip(text, match.end(), _SPACES))
        if word is None:
            span = _latin_name(text, _skip(text, match.end(), _SPACES), lowercase_ok=False)
            if span:
                yield span
            continue
        spaced = _ko_spaced_name(text, word)
        if spaced:
            yield spaced
            continue
        given = _HANGUL_WORD.match(text, word.end() + 1)
        if word.group() in _KO_FAMILY and text[word.end() : word.end() + 1] == " " and given:
            stem, _ = _ko_stem(given.group())
            if 1 <= len(stem) <= 2:
                yield word.start(), given.start() + len(stem)  # 작성자: 노 동현
                continue
        stem, _ = _ko_stem(word.group())
        if stem not in _KO_NOT_NAMES and 2 <= len(stem) <= 5:
            yield word.start(), word.start() + len(stem)
    for match in _KO_WEAK.finditer(text):
        word = _HANGUL_WORD.match(text, match.end())
        if word is None:
            continue
        spaced = _ko_spaced_name(text, word)
        if spaced:
            yield spaced
            continue
        stem, copula = _ko_stem(word.group())
        if not copula:
            following = text[word.end() : word.end() + 4].lstrip()
            copula = following.startswith(("입니다", "이에요", "예요", "이라고", "라고"))
        if copula and len(stem) == 3 and stem[0] in _KO_FAMILY and stem not in _KO_NOT_NAMES:
            yield word.start(), word.start() + 3
    for match in _KO_CALLED.finditer(text):
        word = _HANGUL_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if word is not None and len(word.group(1)) == 3 and word.group(1)[0] in _KO_FAMILY:
            yield word.start(1), word.end(1)
    # 김 사장님, 박 과장, 김민수 씨, 김민수님, 김씨
    for word in _HANGUL_WORD.finditer(text):
        token = _without_particle(word.group())
        attached = next((t for t in _KO_TITLES if token.endswith(t) and len(token) > len(t)), None)
        if attached is not None:
            stem = token[: -len(attached)]
            before = text[max(0, word.start() - 3) : word.start()]
            if (
                len(stem) == 2
                and attached in ("님", "씨")
                and stem + attached not in _KO_TITLES
                and stem not in _KO_NOT_GIVEN_BEFORE_NIM
                and len(before) >= 2
                and before[-1] == " "
                and before[-2] in _KO_FAMILY
                and not ("\uac00" <= before[:-2][-1:] <= "\ud7a3")
            ):
                yield word.start() - 2, word.start() + 2  # 배 하윤님께: family, space, given
                continue
            if (
                stem[0] in _KO_FAMILY
                and stem not in _KO_NOT_NAMES
                and (len(stem) == 3 or (len(stem) == 1 and attached == "씨"))
            ) or (len(stem) == 2 and attached == "씨" and stem not in _KO_NOT_BEFORE_SSI):
                yield word.start(), word.start() + len(stem)
            continue
        if word.end() < len(text) and text[word.end()] == " ":
            title = _HANGUL_WORD.match(text, word.end() + 1)
            if (
                title is not None
                and title.group().startswith(tuple(_KO_TITLES))
                and token[0] in _KO_FAMILY
                and token not in _KO_NOT_NAMES
                and len(token) in (1, 3)
            ) or (
                title is not None
                and _without_particle(title.group()) == "씨"
                and len(token) == 2
                and token not in _KO_NOT_BEFORE_SSI
            ):
                yield word.start(), word.end()  # 민수 씨: a given name before 씨
            elif (
                title is not None
                and title.group().startswith(tuple(_KO_TITLES))
                and len(token) == 2
                and token not in _KO_NOT_NAMES
                and word.start() >= 2
                and text[word.start() - 1] == " "
                and text[word.start() - 2] in _KO_FAMILY
                and not ("\uac00" <= text[word.start() - 3 : word.start() - 2] <= "\ud7a3")
            ):
                yield word.start() - 2, word.end()  # 성 지아 선생님: family, space, given, title


# ------------------------------------------------------------ scripts without capital letters

_OTHER_STRONG = re.compile(
    r"(?P<thai>(?:ฉัน|ผม|ดิฉัน|หนู|เรา|กระผม)\s?ชื่อ(?:\s?ว่า)?|ชื่อของ(?:ฉัน|ผม|ดิฉัน)คือ"
    r"|(?:^|(?<=\s))ชื่อ(?=\s)"
    r"|(?:หัวหน้า|เจ้านาย|ผู้จัดการ|นายจ้าง|เพื่อนร่วมงาน|เพื่อนบ้าน|เพื่อน|สามี|ภรรยา|แฟน|เจ้าของห้อง"
    r"|ลูกสาว|ลูกชาย|ลูก|หลานสาว|หลานชาย|หลาน|น้องสาว|น้องชาย|พี่สาว|พี่ชาย)"
    r"(?:ของ(?:ฉัน|ผม|ดิฉัน|เรา|หนู))?\s?(?:คุณ|ชื่อ|นางสาว|นาย|นาง))"
    r"|(?P<deva>(?:मेरो|मेरा|मेरी|हाम्रो|हमारे|मेरे) (?:नाम|नाउँ|साथी|हाकिम|मालिक|श्रीमान्|श्रीमान"
    r"|श्रीमती|छिमेकी|दोस्त|बॉस|पति|पत्नी|पडोसी|सहकर्मी|म्यानेजर|मैनेजर|छोरी|छोरा|बेटी|बेटा|दाइ|दिदी|भाइ|बहिनी|भतिजा|भतिजी|नाति|नातिनी)(?= )|मेरो नाम)(?: चाहिँ| पनि)?"
    r"|(?P<mymr>(?:ကျွန်တော့်|ကျွန်တော်|ကျွန်မ|ကျွန်ုပ်|ငါ့|ငါ)(?:ရဲ့|၏)?\s?(?:နာမည်|အမည်)"
    r"(?:က|ကို|ဟာ|မှာ|သည်)?)"
    r"|(?P<khmr>(?:ខ្ញុំបាទ|នាងខ្ញុំ|ខ្ញុំ)\s?ឈ្មោះ|ឈ្មោះ\s?ខ្ញុំ|ឈ្មោះរបស់ខ្ញុំ)(?:\s?គឺ)?"
    r"|(?P<sinh>මගේ නම|මාගේ නම|මගෙ නම)"
)
_DEVA_LETTER = "\u0900-\u0963\u0966-\u097f\u200c\u200d"  # Devanagari without the dandas
_DEVA_WEAK = re.compile(
    rf"(?<![{_DEVA_LETTER}])(?:म|मैं)(?: चाहिँ| चाहीं)? ([{_DEVA_LETTER}]{{2,20}}(?: [{_DEVA_LETTER}]{{2,20}})?)"
    rf" (?:हुँ|हूँ|हूं|हु)(?![{_DEVA_LETTER}])"
)

# ဦး "U" and ဒေါ် "Daw" before a name (ဦးအောင်အောင်), not in words that begin with ဦး
# (ဦးဆောင် "lead", ဦးစား "priority", ဦးနှောက် "brain", ဦးထုပ် "hat").
_MY_HONORIFIC = re.compile(
    r"(?<![\u1000-\u109f])(?:ဦး|ဒေါ်)(?!ဆောင်|စား|နှောက်|ထုပ်|တည်|ရေ|ခေါင်း|ချ|ညွှန်|ဦး|မှ|က|ကို|သည်|နဲ့|စီ|တည်း)"
)
_MY_NOT_NAMES = _words("ဆောင် စားပေး နှောက် ထုပ်")

# ดิฉัน สุนิสา ค่ะ, ผม ธีรพงษ์ ครับ: a pronoun, a space, one word, a space and a polite
# particle; a word that starts like a verb or an adjective is not a name (ผม ไม่ไป ครับ).
_THAI_PRONOUN_NAME = re.compile(
    r"(?<![\u0e00-\u0e7f])(?:ดิฉัน|ผม|หนู|กระผม) ([\u0e00-\u0e7f]{2,20}) (?:ครับ|ค่ะ|คะ|นะคะ|นะครับ)"
)
# A Devanagari name before जी, दाइ, दिदी (राम जी, हरि दाइ, सीता दिदी), not a pronoun or a
# possessive before them (मेरो दाइ "my elder brother").
_DEVA_HONORIFIC_AFTER = re.compile(
    rf"(?<![{_DEVA_LETTER}])([{_DEVA_LETTER}]{{2,15}}) (?:जी|ज्यू|दाइ|दाजु|दिदी|भाइ|बहिनी)(?![{_DEVA_LETTER}])"
)
_DEVA_NOT_BEFORE_HONORIFIC = _words(
    "मेरो मेरी मेरा हाम्रो हमारे हमारी तपाईं तपाईंको उहाँ उहाँको उनको उसको ठूलो सानो माइली साइली जेठो जेठी "
    "दाइ दाजु दिदी भाइ बहिनी जी "
    "कान्छो कान्छी मेरे आप आपके तुम्हारा यो त्यो र अनि पनि को का की ले लाई हो छ हजुर"
)
# คุณสมชาย: คุณ joined to a name, then a space (not คุณช่วย "you help", not ขอบคุณ).
_THAI_KHUN = re.compile(r"(?<![\u0e00-\u0e7f])คุณ([\u0e00-\u0e7f]{2,15})(?= |$)")
_THAI_NOT_NAME_START = (
    "ไม่",
    "เป็น",
    "ชอบ",
    "อยู่",
    "ทำ",
    "มา",
    "ไป",
    "ได้",
    "จะ",
    "ก็",
    "ขอ",
    "ยัง",
    "รู้",
    "คิด",
    "อยาก",
    "ต้อง",
    "เหนื่อย",
    "สบาย",
    "ดี",
    "เข้าใจ",
    "กลัว",
    "เสียใจ",
    "ขอบคุณ",
    "คน",
    "เอง",
)

_THAI_KHUN_NOT = (
    "ช่วย",
    "ควร",
    "ต้อง",
    "สามารถ",
    "คิด",
    "รู้",
    "เห็น",
    "พูด",
    "บอก",
    "ถาม",
    "เคย",
    "กำลัง",
    "ครู",
    "หมอ",
    "พ่อ",
    "แม่",
    "ภาพ",
    "ค่า",
    "สมบัติ",
    "ลักษณะ",
    "ธรรม",
    "สมบัต",
    "วุฒิ",
    "ป้า",
    "ลุง",
    "ยาย",
    "ตา",
    "ทุก",
    "ทั้ง",
    "คน",
    "เอง",
    "ก็",
    "แล้ว",
    "เป็น",
    "อยู่",
    "มี",
    "ไม่",
    "จะ",
    "ได้",
)

_SCRIPT_RUNS = {
    "thai": re.compile(r"[\u0e00-\u0e7f]{1,30}"),
    "deva": re.compile(r"[\u0900-\u0963\u0966-\u097f\u200c\u200d]{1,20}"),
    "mymr": re.compile(r"[\u1000-\u1049\u104c-\u109f]{1,30}"),
    "khmr": re.compile(r"[\u1780-\u17d3\u17dc-\u17ff]{1,20}"),
    "sinh": re.compile(r"[\u0d80-\u0df3]{1,20}"),
}
_SCRIPT_STOPS = {
    "thai": (
        "ครับ",
        "ค่ะ",
        "คะ",
        "นะ",
        "จ้ะ",
        "จ้า",
        "และ",
        "เป็น",
        "อายุ",
        "มาจาก",
        "ทำงาน",
        "อยู่",
        "ไม่",
        "ได้",
        "จะ",
        "บอก",
        "ช่วย",
        "ให้",
        "กับ",
        "ด้วย",
        "ชอบ",
        "ก็",
    ),
    "deva": ("हो", "है", "हुँ", "हूँ", "हूं", "छ", "हुन्", "थियो", "र", "और"),
    "mymr": ("ပါ", "ဖြစ်", "လို့", "ဟု", "ခေါ်", "ဆို"),
    "khmr": ("ជា", "មកពី", "រស់នៅ", "ហើយ", "នៅ", "បាទ", "ចាស"),
    "sinh": ("වේ", "යි", "ය", "වෙයි", "මම", "සහ"),
}
_SCRIPT_WORDS = {"thai": 2, "deva": 3, "mymr": 3, "khmr": 2, "sinh": 3}


def _script_name(text: str, position: int, script: str, words: int = 0) -> Span | None:
    run_pattern = _SCRIPT_RUNS[script]
    stops = _SCRIPT_STOPS[script]
    start = end = -1
    position = _skip(text, position, _SPACES + ":：")
    if _LATIN_WORD.match(text, position) and text[position].isascii():
        return _latin_name(text, position)  # ผมชื่อ John Smith, ខ្ញុំឈ្មោះ Sok Dara
    for _ in range(words or _SCRIPT_WORDS[script]):
        word = run_pattern.match(text, position)
        if word is None:
            break
        token = word.group()
        cut = len(token)
        for stop in stops:
            found = token.find(stop, 1 if start < 0 else 0)
            if found == 0 and (token == stop or start >= 0):
                cut = 0
            elif found >= 1 and script in ("thai", "mymr", "khmr") and found < cut:
                cut = found
        if script == "sinh" and token.endswith("යි") and len(token) > 3:
            cut = min(cut, len(token) - 2)
        if token in stops or cut == 0 or (script == "deva" and token in _DEVANAGARI_STOP):
            break
        if start < 0:
            start = word.start()
        end = word.start() + cut
        if cut < len(token):
            break
        position = word.end()
        if position < len(text) and text[position] == " ":
            position += 1
        else:
            break
    return (start, end) if start >= 0 and end > start else None


def _other_scripts(text: str) -> Iterator[Span]:
    for match in _OTHER_STRONG.finditer(text):
        script = match.lastgroup or "thai"
        # after a role word (मेरो साथी) a given and a family name, then the sentence goes on
        words = 2 if script == "deva" and "ना" not in match.group() else 0
        span = _script_name(text, match.end(), script, words)
        if span:
            yield span
    for match in _THAI_PRONOUN_NAME.finditer(text):
        if not match.group(1).startswith(_THAI_NOT_NAME_START):
            yield match.start(1), match.end(1)
    for match in _THAI_KHUN.finditer(text):
        word = match.group(1)
        if not word.startswith(_THAI_NOT_NAME_START + _THAI_KHUN_NOT) and not any(
            stop in word for stop in _SCRIPT_STOPS["thai"]
        ):
            yield match.start(1), match.end(1)
    for match in _DEVA_HONORIFIC_AFTER.finditer(text):
        word = match.group(1)
        if word not in _DEVA_NOT_BEFORE_HONORIFIC and word not in _DEVANAGARI_STOP:
            yield match.start(1), match.end(1)
    for match in _MY_HONORIFIC.finditer(text):
        word = _SCRIPT_RUNS["mymr"].match(text, match.end())  # one word: the name ends at a space
        if word is not None and len(word.group()) >= 2 and word.group() not in _MY_NOT_NAMES:
            cut = min(
                (i for i in (word.group().find(p, 1) for p in ("ပါ", "က ")) if i > 0),
                default=len(word.group()),
            )
            yield word.start(), word.start() + cut
    for match in _DEVA_WEAK.finditer(text):
        parts = match.group(1).split(" ")
        # a case ending closes a place ("घरमा"); a family name may end in की (कार्की)
        endings = ("मा", "में", "से", "को", "की", "का") if len(parts) == 1 else ("मा", "में", "से", "को")
        if not any(part in _DEVANAGARI_STOP for part in parts) and not parts[-1].endswith(endings):
            yield match.start(1), match.end(1)


# ------------------------------------------------- name shapes in scripts without capitals
#
# Burmese names have no family name: they are built from a few hundred name syllables
# (အောင် "success", ကျော် "famous", ဝင်း "bright", သန့် "pure", ...). A word made only of such
# syllables, after a pronoun, a role word or an honorific, is a name. Khmer and Nepali names
# end (Nepali) or start (Khmer) with a family name from a short list of common ones.

_MY_NAME_SYLLABLES = _words(
    """
    အောင် ကျော် ဇော် ဝင်း မင်း ထွန်း သိန်း ဌေး မြင့် မြ လှ ခင် စိုး နိုင် ထက် ဟိန်း သန့် ဇင် မာ နီ လာ
    နန္ဒာ သီ တာ ဆု ယု ဝေ ငြိမ်း ကြည် ဖြိုး ပိုင် ပြည့် စန္ဒာ သက် လွင် နွယ် မွန် ရီ ထား မောင် ချို ညို ဖြူ
    ပြုံး ရည် သော် သူ ဇာ ခိုင် ဖူး ပွင့် စု ဆွေ ဝါ တင် ထိုက် ရဲ အေး ချမ်း သာ ကောင်း ဟန် လင်း ညွန့် ရွှေ
    ငွေ စံ ကျင် ချစ် မိုး ဇေယျာ ထူး ပို ဖြိုး သဲ နှင်း ဖြိုး မျိုး ညီ မြတ် စော စန်း ယဉ် အိ အိမ့် မေ ဝတ်
    ရည် နု ကြူ ဆန်း လဲ့ ပပ ဟေမာ သဇင် ဇွန် စိမ်း ရွှန်း ဒေဝ ထိန် ငြိမ်း ဇေ ယျာ လေး အံ့ ဗို လ် တိုး
    သွင် ရတနာ ကို ဦး ဒေါ် ဗညား မှူး ဘ ဘို အုန်း ပု ကြီး ငယ် သင်း ဥ ဉာဏ် ပညာ ဝဏ္ဏ ခန့် ဆိုင်း
    """
)


def _my_name_shaped(word: str) -> bool:
    """`word` (Burmese, no spaces) is made only of name syllables (ကျော်ကျော်, ဝင်းနိုင်)."""
    if not 2 <= len(word) <= 30:
        return False
    reachable = [True] + [False] * len(word)
    for index in range(len(word)):
        if not reachable[index]:
            continue
        for size in range(1, min(8, len(word) - index) + 1):
            if word[index : index + size] in _MY_NAME_SYLLABLES:
                reachable[index + size] = True
    return reachable[-1]


_MY_WORD = re.compile(r"[\u1000-\u1049\u104c-\u109f]{1,30}")
# I am X: a first-person pronoun, the name and ပါ / ဖြစ်ပါတယ် ("ကျွန်တော် ဇော်ဝင်း ပါ").
_MY_I_AM = re.compile(r"(?<![\u1000-\u109f])(?:ကျွန်တော်|ကျွန်မ|ကျွန်ုပ်|ကျုပ်|ငါ)\s?(?=[\u1000-\u109f])")
# ပါ after a name is "(I) am"; after a verb it is politeness before an ending (တောင်းပန် ပါတယ်).
# What the writer is called: "ဇော်ဝင်း လို့ ခေါ်ပါတယ်" (a name-shaped word before it).
_MY_CALLED = re.compile(r"([\u1000-\u1049\u104c-\u109f]{2,30})\s?(?:လို့|ဟု)\s?(?:ခေါ်|ခေါ်ကြ)")
_MY_COPULA = re.compile(r"\s?(?:ပါ(?!တယ်|သည်|ဘူး|မယ်|လား|ရစေ|စေ|ဦး|ရှင့်|နော်)|ဖြစ်ပါ|ဖြစ်တယ်|ဖြစ်သည်|ဆိုတာ|လို့)")
# A relative or a role (mine or not), then a name: ကျွန်တော့်သူငယ်ချင်း ဇော်ဝင်း, ဆရာမ နီလာ.
_MY_ROLE = re.compile(
    r"(?:ကျွန်တော့်|ကျွန်မရဲ့|ကျွန်မ|ကျွန်တော်ရဲ့|ငါ့|ကျုပ်ရဲ့)?(?:သူငယ်ချင်း|ဆရာမ|ဆရာ|သူဌေး|မန်နေဂျာ|ခင်ပွန်း|ယောက်ျား"
    r"|ဇနီး|မိန်းမ|သမီး|သား|အစ်ကို|အစ်မ|ညီမ|ညီ|မောင်လေး|လုပ်ဖော်ကိုင်ဖက်|အိမ်နီးချင်း|အိမ်ရှင်|အလုပ်ရှင်|ကြီးကြပ်ရေးမှူး"
    r"|အမေ|အဖေ|ဦးလေး|အဒေါ်)\s?(?:ဖြစ်တဲ့\s?)?"
)
# Honorifics joined to a name: ကို (a young man; also the object particle, so only before a
# name-shaped word and after a space), မောင်, မ (a young woman; also the negative prefix).
_MY_SOFT_HONORIFIC = re.compile(r"(?:^|(?<=[\s၊။]))(?:ဦး|ဒေါ်|ကို|မောင်|မ)(?=[\u1000-\u109f])")
# The same and ဦး / ဒေါ် inside a run of Burmese (written without spaces): only before a
# name of two syllables or more.
_MY_JOINED_HONORIFIC = re.compile(r"(?<=[\u1000-\u109f])(?:ဦး|ဒေါ်|ကို|မောင်)(?=[\u1000-\u109f])")

_KM_FAMILY = _words(
    """
    ជា លី គឹម ហេង ស៊ុន ឈឹម កែវ សុខ ចាន់ ម៉ៅ ហ៊ុន ពេជ្រ សៅ អ៊ុំ ឡុង ទេព ញឹម យឹម ម៉ម ប៊ុន សេង ឃុន ចេង
    ណុប ឈួន ហ៊ាង តាន់ ង៉ែត ឯក ខៀវ ស៊ិន ភួង ម៉េង នួន ឃឹម អ៊ុក ពៅ ហួត សាន់ ប៉ែន អ៊ឹម ស្រេង ឡាយ ហ៊ីង
    ទូច ឈិន ម៉ក់ ហាក់ ស៊ាង រស់ ប្រាក់ ព្រំ អៀង សំ លឹម វ៉ាន់ ហង់ សួន ម៉ាន់ ឈាង ស៊ឹម ឆាយ ណាំ យស់ ស៊ូ ទី
    ផល ហម ម៉ី ឈុន ជិន ឌួង សឿន ហ៊ួរ វង្ស ខឹម ខាត់ ប៉ុល គង់ អ៊ុច ម៉ុម នូ សេក ម៉ាក់ ទិត្យ យិន ឡេង អ៊ិន
    """
)
_KM_WORD = re.compile(r"[\u1780-\u17d3\u17dc-\u17ff]{1,20}")
# A Khmer name after "I am", an honorific or "my friend/brother/...": ខ្ញុំគឺ ជា សុខា, លោក កែវ ដារា,
# មិត្តរបស់ខ្ញុំ លី ចាន់ណា.
_KM_BEFORE = re.compile(
    r"(?:(?:ខ្ញុំបាទ|នាងខ្ញុំ|ខ្ញុំ)\s?(?:ឈ្មោះ(?:\s?គឺ)?|គឺ(?:ជា)?|ជា)|ឈ្មោះ(?:របស់)?\s?ខ្ញុំ(?:\s?គឺ)?"
    r"|ហៅ\s?ខ្ញុំ\s?ថា"
    r"|(?:លោកស្រី|អ្នកស្រី|លោកគ្រូ|អ្នកគ្រូ|កញ្ញា|អ្នកនាង|លោក|ឧកញ៉ា)"
    r"|(?:មិត្តភក្តិ|មិត្តភ័ក្ដិ|មិត្ត|បងប្រុស|បងស្រី|ប្អូនប្រុស|ប្អូនស្រី|ប្ដី|ប្តី|ប្រពន្ធ|កូនស្រី|កូនប្រុស|ថៅកែ|ចៅហ្វាយ"
    r"|អ្នកគ្រប់គ្រង|អ្នកជិតខាង|ម្ចាស់ផ្ទះ|សហការី|មិត្តរួមការងារ|គ្រូ|ម្ដាយ|ឪពុក)\s?(?:របស់\s?)?(?:ខ្ញុំ|យើង)(?:\s?ឈ្មោះ)?)"
    r"\s?"
)

# Nepali family names (castes, clans and the commonest Newar and Marwari names): after a
# given name they make a full name wherever it stands.
_NE_FAMILY = _words(
    """
    शर्मा श्रेष्ठ गुरुङ तामाङ राई लिम्बू मगर थापा अधिकारी पौडेल पोखरेल सुवेदी रेग्मी शाह के.सी केसी बस्नेत
    खड्का कार्की भट्टराई ढकाल घिमिरे आचार्य न्यौपाने कोइराला जोशी उप्रेती लामा शेर्पा महर्जन बज्राचार्य
    प्रधान सिंह यादव चौधरी भण्डारी बराल दाहाल खनाल गौतम ज्ञवाली सापकोटा तिवारी पाण्डे पाण्डेय मल्ल थारु
    क्षेत्री राणा शाक्य तुलाधर मानन्धर जोशी अर्याल बुढाथोकी रोका विष्ट बिष्ट कुँवर ओली देउवा प्रसाईं
    लम्साल दुलाल सिग्देल पन्त भट्ट मिश्र झा ठाकुर साह गुप्ता अग्रवाल राठी काबरा बोथरा मास्के खड्गी
    राजकर्णिकार श्रेष्ठा कंसाकार रञ्जित डंगोल शिवाकोटी बोहरा कडेल लुइटेल पराजुली निरौला ढुंगाना रिमाल
    बाँस्कोटा काफ्ले खतिवडा गिरी पुरी भारती थापामगर पुन घले दोर्जे तिमल्सिना अर्ज्याल हमाल सुनार कामी
    दमाई सार्की विश्वकर्मा परियार नेपाली पौड्याल गुप्‍ता धेके
    """
)
# Someone called X: मलाई X भनिन्छ / भन्छन् ("I am called X"), उहाँलाई X भनिन्छ.
_NE_CALLED = re.compile(
    rf"(?<![{_DEVA_LETTER}])(?:मलाई|मेरो नाउँ|उहाँलाई|उनलाई|हामीलाई) "
    rf"((?:[{_DEVA_LETTER}.]{{2,20}} ){{1,3}})(?:भनिन्छ|भन्छन्|भन्नुहुन्छ|भनेर|भनी|भन्ने)"
)
# X भन्ने मान्छे: "a person called X" (भन्ने before a person noun).
_NE_CALLED_BEFORE = re.compile(
    rf"((?:[{_DEVA_LETTER}.]{{2,20}} ){{1,3}})भन्ने (?:मान्छे|व्यक्ति|साथी|केटा|केटी|महिला|दाइ|दिदी|भाइ|बहिनी"
    rf"|हाकिम|मालिक|नेपाली|विद्यार्थी|श्रीमान्|श्रीमती)(?![{_DEVA_LETTER}])"
)
# म X। / म X, ...: "I (am) X" with no verb (a verb ends in छु, ँ or a case ending).
_NE_I_NAME = re.compile(
    rf"(?:^|(?<=[\s,।!?]))म ([{_DEVA_LETTER}.]{{2,20}}(?: [{_DEVA_LETTER}.]{{2,20}})?)(?=\s?[।,!|]|$)"
)
_NE_VERB_ENDS = ("छु", "छौं", "छौँ", "ँ", "ें", "थें", "नँ", "मा", "को", "ले", "लाई", "बाट", "सँग")

_THAI_LETTER = "\u0e00-\u0e7f"
# Thai honorifics joined to a name (คุณสมชาย, นายสมศักดิ์, นางสาวมาลี, น้องฝน, พี่แดง), where the
# name runs to a space or to one of the words that usually follow a subject.
_THAI_TITLE = re.compile(rf"(?<![{_THAI_LETTER}])(?:นางสาว|นาย|นาง|คุณ|น้อง|พี่)(?=[{_THAI_LETTER}])")
_THAI_TITLE_NOT = (
    "จ้าง",
    "ก",
    "หน้า",
    "ทุน",
    "อำเภอ",
    "ช่าง",
    "ประกัน",
    "ตรวจ",
    "พยาบาล",
    "แบบ",
    "ฟ้า",
    "ใน",
    "ชาย",
    "สาว",
    "น้อง",
    "ๆ",
    "ภาพ",
    "ค่า",
    "สมบัติ",
    "ครู",
    "หมอ",
    "พ่อ",
    "แม่",
    "ธรรม",
    "ลักษณะ",
    "วุฒิ",
    "ป้า",
    "ลุง",
    "ยาย",
    "ตา",
    "ทุก",
    "ทั้ง",
    "คน",
    "เอง",
    "ก็",
    "แล้ว",
    "เป็น",
    "อยู่",
    "มี",
    "ไม่",
    "จะ",
    "ได้",
    "ช่วย",
    "ควร",
    "ต้อง",
    "สามารถ",
    "คิด",
    "รู้",
    "เห็น",
    "พูด",
    "บอก",
    "ถาม",
    "เคย",
    "กำลัง",
    "เลี้ยง",
    "ท่าน",
    "เขา",
    "เธอ",
    "มาก",
    "ที่",
    "ว่า",
    "รัก",
    "เล็ก",
    "ใหญ่",
    "โต",
    "พล",
    "ทหาร",
    "ตำรวจ",
    "กอง",
    "ร้อย",
    "สิบ",
    "เรือ",
    "อากาศ",
    "แพทย์",
    "ทหาร",
    "สัตว์แพทย์",
)
# คุณ is also "you": a verb right after it is the predicate (คุณเก็บไว้, คุณสบายดีไหม).
_THAI_KHUN_VERBS = (
    "เก็บ",
    "สบาย",
    "ต้องการ",
    "กิน",
    "ดื่ม",
    "ไป",
    "มา",
    "เห็น",
    "ดู",
    "อ่าน",
    "ฟัง",
    "เข้า",
    "ออก",
    "กลับ",
    "ซื้อ",
    "ขาย",
    "ใช้",
    "เล่น",
    "นอน",
    "ตื่น",
    "นั่ง",
    "เดิน",
    "วิ่ง",
    "พบ",
    "เจอ",
    "ถือ",
    "ส่ง",
    "รับ",
    "เอา",
    "ให้",
    "จ่าย",
    "ลอง",
    "หา",
    "ทราบ",
    "จำ",
    "ลืม",
    "เชื่อ",
    "หวัง",
    "ห่วง",
    "แน่ใจ",
    "พร้อม",
    "ว่าง",
    "ยุ่ง",
    "หิว",
    "โกรธ",
    "ดีใจ",
    "ตัดสิน",
    "เลือก",
    "ตอบ",
    "เรียน",
    "สอน",
    "อาศัย",
    "พัก",
    "ชอบ",
    "อยาก",
    "ทำ",
    "ขอ",
    "ยัง",
    "คง",
    "อาจ",
    "น่า",
    "เคย",
    "ชื่อ",
    "จริง",
    "พูด",
)
# A person named with an office after the name (นางอรนุช โอสถานนท์ รมช., "... ปลัด อบต."): an
# official in the role, who stays.
_THAI_OFFICE_AFTER = re.compile(
    r"รมช|รมว|รัฐมนตรี|ตำแหน่ง|ปลัด|ผู้ว่า|นายก|อธิบดี|ผู้อำนวยการ|ผอ\.|สถิติจังหวัด|ประธาน|ส\.ส|สมาชิกสภา"
    r"|โฆษก|เลขาธิการ|อธิการบดี|ผู้บัญชาการ|นายอำเภอ|กำนัน|ผู้ใหญ่บ้าน"
)
_THAI_AFTER_NAME = (
    "ช่วย",
    "ไม่",
    "ได้",
    "เป็น",
    "บอก",
    "ให้",
    "มา",
    "ไป",
    "จะ",
    "ก็",
    "ที่",
    "และ",
    "กับ",
    "ค่ะ",
    "ครับ",
    "คะ",
    "นะ",
    "ทำ",
    "ว่า",
    "ชอบ",
    "อยู่",
    "ยัง",
    "เคย",
    "ต้อง",
    "มี",
    "ป่วย",
    "พูด",
    "โทร",
    "จ่าย",
    "ซึ่ง",
    "ของ",
    "คือ",
    "เอง",
    "ด้วย",
    "แล้ว",
    "ถูก",
    "โดน",
    "เขียน",
    "ส่ง",
    "สอน",
    "ดู",
    "ตี",
    "ด่า",
    "เรียก",
    "ขอ",
    "ชื่อ",
    "เจ้า",
    "หัวหน้า",
    "ผู้",
    "จาก",
    "เพื่อน",
    "ซื้อ",
    "ขาย",
    "กิน",
    "ไม่ได้",
)
# Hello, I (am) X: สวัสดีครับ ผมสมชาย (a pronoun right before a name only after a greeting).
_THAI_HELLO_I = re.compile(
    rf"สวัสดี(?:ครับ|ค่ะ|คะ|จ้ะ)?[ ,!]*(?:ผม|ดิฉัน|ฉัน|หนู|กระผม) ?(?=[{_THAI_LETTER}])"
)


def _thai_name_at(text: str, position: int) -> Span | None:
    """A Thai name from `position`: to a space, punctuation or a word that follows subjects."""
    run = re.match(rf"[{_THAI_LETTER}]{{2,30}}", text[position : position + 30])
    if run is None:
        return None
    word = run.group()
    cut = len(word)
    for follower in _THAI_AFTER_NAME:
        found = word.find(follower, 2)
        if 2 <= found < cut:
            cut = found
    if cut < 2:
        return None
    return position, position + cut


_VI_FAMILY = _words(
    """
    Nguyễn Trần Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trương Lương Trịnh
    Đào Lưu Nguyen Tran Pham Hoang Huynh Dang Bui Duong Truong Luong Trinh Dinh Doan Tạ Quách Vương
    Phùng Kiều Mạc Lã Hứa Tăng Triệu Khúc Diệp Tôn
    """
)
_VI_SYLLABLE = re.compile(r"[A-ZÀ-ỸĐ][a-zà-ỹđ]{0,6}(?![^\W\d_])")


def _vietnamese_full_names(text: str) -> Iterator[Span]:
    """Nguyễn Văn An, Trần Thị Mai Anh: a listed family name and two or three capitalised
    syllables, a shape private and public Vietnamese names share wherever they stand."""
    for match in re.finditer(
        r"(?<![^\W\d_])(?:" + "|".join(sorted(_VI_FAMILY, key=len, reverse=True)) + r") ", text
    ):
        position = match.end()
        end = -1
        count = 0
        for _ in range(3):
            syllable = _VI_SYLLABLE.match(text, position)
            if (
                syllable is None
                or not syllable.group()[0].isupper()
                or syllable.group().lower() in _PROPER_STOP
            ):
                break
            end = syllable.end()
            count += 1
            if text[end : end + 1] != " ":
                break
            position = end + 1
        if count >= 2 and _VI_LETTERS.search(text, match.start(), end):
            yield match.start(), end


def _shaped_scripts(text: str) -> Iterator[Span]:
    """Names by their shape next to a pronoun, a role or an honorific, in Burmese, Khmer,
    Nepali and Thai."""
    for match in _MY_I_AM.finditer(text):
        word = _MY_WORD.match(text, match.end())
        if word is None:
            continue
        name = word.group()
        for suffix in ("ပါ", "ဖြစ်"):
            if name.endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
        end = word.start() + len(name)
        if _my_name_shaped(name) or (
            _MY_COPULA.match(text, end)
            and not name.startswith(("နာမည်", "အမည်", "က", "လည်း", "တို့"))
            and len(name) >= 3
        ):
            yield word.start(), end
    for match in _MY_CALLED.finditer(text):
        if _my_name_shaped(match.group(1)):
            yield match.start(1), match.end(1)
    for match in _MY_ROLE.finditer(text):
        word = _MY_WORD.match(text, match.end())
        if word is not None and _my_name_shaped(word.group()):
            yield word.start(), word.end()
    for match in _MY_SOFT_HONORIFIC.finditer(text):
        word = _MY_WORD.match(text, match.end())
        if word is not None and _my_name_shaped(word.group()) and len(word.group()) >= 3:
            yield word.start(), word.end()
    for match in _MY_JOINED_HONORIFIC.finditer(text):
        word = _MY_WORD.match(text, match.end())
        if word is not None and len(word.group()) >= 5 and _my_name_shaped(word.group()):
            yield word.start(), word.end()
    for match in _KM_BEFORE.finditer(text):
        first = _KM_WORD.match(text, match.end())
        if first is None:
            continue
        if first.group() in _KM_FAMILY and text[first.end() : first.end() + 1] == " ":
            given = _KM_WORD.match(text, first.end() + 1)
            if given is not None and given.group() not in _KM_FAMILY | {"ឈឺ", "ជា", "គឺ", "នៅ", "មក"}:
                yield first.start(), given.end()
                continue
        if (
            match.group().strip().startswith(("ខ្ញុំ", "នាងខ្ញុំ"))
            and first.group() not in ("សិស្ស", "និស្សិត", "កម្មករ", "គ្រូ", "ជនជាតិ", "មនុស្ស", "អ្នក")
            and re.match(r"\s?(?:។|$|ហើយ|,|នៅ|មកពី)", text[first.end() : first.end() + 6])
        ):
            yield first.start(), first.end()
    for match in _NE_CALLED.finditer(text):
        words = match.group(1).split()
        if not any(word in _DEVANAGARI_STOP for word in words):
            yield match.start(1), match.start(1) + len(match.group(1).rstrip())
    for match in _NE_CALLED_BEFORE.finditer(text):
        words = match.group(1).split()
        while words and words[0] in _DEVANAGARI_STOP | _DEVA_NOT_BEFORE_HONORIFIC:
            words = words[1:]
        if words and not any(word in _DEVANAGARI_STOP for word in words):
            end = match.start(1) + len(match.group(1).rstrip())
            yield end - len(" ".join(words)), end
    for match in _NE_I_NAME.finditer(text):
        words = match.group(1).split()
        if any(word in _DEVANAGARI_STOP for word in words) or words[-1].endswith(_NE_VERB_ENDS):
            continue
        if len(words) == 2 or words[-1] in _NE_FAMILY:
            yield match.start(1), match.end(1)
    for match in _THAI_TITLE.finditer(text):
        verbs = _THAI_KHUN_VERBS if match.group() == "คุณ" else ()
        if text.startswith(_THAI_TITLE_NOT + verbs, match.end()) or re.search(
            r"\d\s?$", text[max(0, match.start() - 3) : match.start()]
        ):
            continue  # นายจ้าง "employer"; 700 นาย: นาย counts soldiers and policemen
        span = _thai_name_at(text, match.end())
        if span is not None and not _THAI_OFFICE_AFTER.search(text, span[1], span[1] + 40):
            yield span
    for match in _THAI_HELLO_I.finditer(text):
        if text.startswith(_THAI_NOT_NAME_START, match.end()):
            continue
        span = _thai_name_at(text, match.end())
        if span is not None:
            yield span


# ------------------------------------------------------------------------------ public API


def find_by_rules(text: str) -> list[Span]:
    """The names this module's rules find, unsorted and possibly overlapping; the public entry,
    which adds the evidence from context and merges, is `classifiers.name_context.find_names`
    (there, so that this module does not import the one that imports its helpers)."""
    if not text:
        return []
    spans: list[Span] = list(_latin_and_cyrillic(text))
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
        spans.extend(_japanese(text))
        spans.extend(_chinese(text))
    if re.search(r"[\uac00-\ud7a3]", text):
        spans.extend(_korean(text))
    if re.search(r"[\u0900-\u097f\u0d80-\u0dff\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff]", text):
        spans.extend(_other_scripts(text))
        spans.extend(_shaped_scripts(text))
    if _VI_LETTERS.search(text):
        spans.extend(_vietnamese_full_names(text))
    return spans
