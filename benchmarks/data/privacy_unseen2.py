"""Templates, frames, name lists and value shapes of the `unseen2` split of benchmarks/privacy.py.

Written on 2026-12-06 by an independent data writer for issue 21, after the first unseen split
(benchmarks/data/privacy_unseen.py) had been looked at by the engineers. The writer did not open
the detector (`classifiers/names.py`, `classifiers/privacy.py`, its data files, its tests,
`feedback/redaction.py` or ADR 0004) and never ran it or the benchmark on this split while
writing. Every phrasing is written the way residents write to a ministry's opinion box or a
consultation desk: chat-like and run-on, names in the middle of long complaints, several people
in one text, kinship terms and honorifics of each language, signatures, forwarded messages,
quoted dialogue, nicknames. Nothing here is copied from the `dev`, `heldout` or `unseen`
material (a script compared the templates after normalising the slots, and the name, town and
public-name lists entry by entry). How the split was made: benchmarks/data/privacy_unseen2_README.md.

The module has the same interface as benchmarks/data/privacy_unseen.py, so that it plugs into
benchmarks/privacy.py by swapping the module:

Slots. A name template may hold several slots; each is filled with a different person and each
is a gold span of kind `name`: `{name}` (full name), `{family}`, `{given}`. `{slot@pool}` draws
the person from one pool of `Names` (for example `{family@ja_latin}` for a Japanese boss named
in an English text). Messaging slots (gold kind `messaging_id`): `{line}`, `{lineurl}`,
`{wechat}`, `{kakao}`, `{tg}`, `{phone}` (a Japanese mobile number used as Zalo/Viber/WhatsApp
ID), `{intl}` (a foreign or +81 number as written for WhatsApp/Viber/Zalo), `{walink}`. Social
slots (gold kind `social_profile`): `{fb}`, `{igu}`, `{ttu}`, `{xu}`, `{yt}` (profile URLs) and
`{ig}`, `{tt}`, `{x}` (a handle after a written "@"). A template of one kind may hold a slot of
another kind (a signature with a LINE ID): that span is gold of its own kind. `{}` in `PHRASES`
is the value of the kind being generated. Negative frames hold one of `{place}`, `{official}`,
`{town}`, `{company}`, `{word}`, filled from the lists below, none of which is in the dev,
held-out or unseen lists.

One addition, optional for the consumer: `OWN_POOLS` holds hand-written family, given (and, for
Vietnamese, middle) names for the pools that the other splits fill from Faker (ja, ja_kana,
ja_latin, zh, zh_latin, ko, vi), none of them in Faker's lists. Where the consumer applies them
(`names.pools[pool].update(OWN_POOLS[pool])`), no name of this split comes from a list the
detector could have been tuned on; where it does not, those pools keep Faker's held-out half.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# ------------------------------------------------------------------------------ names
# People named mid-sentence in complaints, after verbs, with kinship terms and honorifics of each
# language, in lists of several people, in quoted and forwarded messages, in signatures. The
# gold span is the name only; "さん", "ちゃん", "anh", "Bey", "Hanım", "님" stay out.
NAME_TEMPLATES: dict[str, list[str]] = {
    "ja": [
        "うちの会社の社長{family}がパスポートを預かったまま返してくれないんですけど、これって違法じゃないですか？",
        "相談です。友達の{name}ちゃんが寮を追い出されて今うちに泊まってます",
        "{family@ja_foreign}さんと{family@ja_foreign}さんと私の三人で同じ部屋に住んでて家賃は一人3万円取られてます",
        "以下、通訳の{name}さんから届いたメッセージを貼ります。",
        "実習先の指導員、{family}っていう人なんですが、毎日「国に帰れ」って言ってきます",
        "{given}（娘、小3）の学童の申し込みが外国人だからと断られました",
        "母の{name}が先月から入院していて、医療通訳がいなくて困っています",
        "名前は書かないでと書いてありましたが、{name}です。ごめんなさい。",
        "（記入者：{name}／コンビニ勤務）",
        "家主の{family}氏は契約書を日本語でしか見せてくれませんでした",
        "{family}くんのお母さんに「外国人の子とは遊ばせない」と言われた",
        "介護施設で一緒に働いている{name@ja_foreign}さんは夜勤が月12回もあります",
        "前にこちらで担当してくれた{family}さんという方にもう一度お願いしたいです",
        "元夫の{name}から養育費が一度も払われていません",
        "申込書には{name@ja_kana}とカタカナで書いて出しましたが、返事はまだです",
        "通訳ボランティアの{given@ja_foreign}さんがいなかったら手続きできませんでした、ありがとう",
    ],
    "en": [
        "so basically my supervisor {name} told everyone in the group chat that I was lazy and now nobody talks to me",
        "Forwarded message from {name}: please help us, the company took our passports",
        "I'm writing for my neighbour {given} because her Japanese isn't good yet.",
        "cheers, {given} x",
        "my friend {given@tl} and her cousin {given@tl} both got fired the same day",
        "Kind regards from {name} and family",
        "The HR lady, {family@ja_latin}, said foreigners can't get the bonus.",
        "last week {name@ja_latin} from the agency came to our dorm at midnight",
        "My daughter's teacher, {family@ja_latin} sensei, called her gaijin in front of the class.",
        "{name} here, the one who emailed last month about the visa.",
        "ps. my wife {given} wants to add that the clinic refused her too",
        'I told {given@vi} not to sign it but the boss said "{given@vi} has no choice".',
        "{name} (sent from my phone, sorry for typos)",
        "Our landlady, old Mrs {family@ja_latin}, refuses to fix the heater since October.",
        "We (me, {given} and {given}) were told to sign papers we could not read.",
        "Uncle {given}, my dad's brother, is the one who brought me here and he also lost his job.",
    ],
    "zh": [
        "我们宿舍的管理员{family}阿姨经常半夜进我们房间",
        "是{name}让我写的，她说这里可以反映问题",
        "转发一下我朋友{name}的话：“公司扣了我们三个月的工资”",
        "小{family}和我都是技能实习生，天天被老板骂",
        "我婆婆{name}没有医保，看病要自己付全款",
        "联系人：{name}（请不要公开）",
        "老乡{given}姐帮我找了这份工作，结果是黑中介",
        "那个翻译{name}根本没把我的话翻完",
        "我和{name}、还有{name}去入管问过，三次都没办下来",
        "护照上的名字是{name@zh_latin}，和在留卡上写的不一样",
    ],
    "ko": [
        "공장 반장 {family}씨가 외국인만 야간에 넣어요",
        "제 남자친구 {name}도 같은 문제를 겪고 있어요",
        "이 글은 {name} 님 부탁으로 대신 씁니다",
        "{given}이랑 저랑 둘이 월세를 나눠 내는데 집주인이 갑자기 올렸어요",
        "시어머니 {name} 씨가 일본어를 못해서 병원에 못 가요",
        "담임인 {family} 선생님이 우리 아이만 따돌렸어요",
        "- {name} 올림",
        "동생 {given}의 유학 비자가 거절됐어요",
    ],
    "vi": [
        "em gửi giúp chị {given} vì chỉ không biết tiếng Nhật ạ",
        "thằng {given} trong xưởng bị chủ đánh mà không ai dám nói",
        "Mình với {name} cùng đi đơn hàng từ 2023, công ty không đóng bảo hiểm",
        "Người viết: {name} (xin giấu tên khi công bố)",
        "anh trưởng ca {family@ja_latin} bắt tụi em làm thêm không lương",
        "Con gái em là bé {given}, học lớp 2, bị bạn bắt nạt",
        "bà chủ nhà {family@ja_latin} cứ vào phòng khi không có ai",
        "cảm ơn ạ. {name}",
        "Em là vợ của anh {name}, anh ấy đang nằm viện ở Himeji",
        "dì {given} giới thiệu em sang làm ở nhà máy này",
    ],
    "ne": [
        "मेरो दाइ {name} को कम्पनीले तलब काट्यो",
        "साथी {given}सँग म एउटै कोठामा बस्छु",
        "{name} (नाम गोप्य राख्नुहोला)",
        "होटेलको साहु {family@ja_latin}ले हामीलाई दिनमा १४ घण्टा काम गराउँछ",
        "mero sathi {name@ne_latin} lai company le nikalyo",
        "Namaste, ma {given@ne_latin}, Nagoya ma restaurant ma kaam garchu",
        "बहिनी {given}को स्कुलमा दोभाषे छैन",
    ],
    "id": [
        "teman sekamar saya, si {given}, dipukul oleh senior di pabrik",
        "Mas {given} dari LPK bilang biayanya 40 juta, ternyata bohong",
        "Salam, {name} (pekerja di Tochigi)",
        "ibu saya {name} mau datang ke Jepang tapi visanya ditolak",
        "atasan kami, {name@ja_latin}, selalu teriak-teriak",
        "Wassalam, {given}",
        "Saya bersama {name} dan {name} sudah lapor ke polisi",
    ],
    "tl": [
        "Hi po, ako po yung kapatid ni {name}, siya po yung nasa ospital",
        "Yung amo kong si Mrs. {family@ja_latin} ay hindi nagbibigay ng day off",
        "Sabi ni {given} sa akin, kinuha daw ng agency yung passport niya",
        "Tita {given} ang nagpahiram sa amin ng pera pang-renta",
        "God bless po, {name}",
        "kasama ko sina {name} at {name} sa factory sa Tochigi",
        "Ate {given}, yung kapitbahay namin, tinulungan ako mag-apply",
        "ang pangalan ng broker ay {name}, nasa Cavite daw siya ngayon",
    ],
    "th": [
        "พี่{given}ที่ทำงานด้วยกันโดนหัวหน้าตีค่ะ",
        "น้องสาวของหนู ชื่อ{given} ยังไม่ได้วีซ่าเลย",
        "ฝากเรื่องนี้ด้วยนะคะ {name}",
        "เพื่อนร่วมห้อง {name} กับ {name} ถูกไล่ออกจากหอ",
        "ผู้จัดการร้านชื่อ {family@ja_latin} ไม่ยอมจ่ายค่าโอที",
        "แม่ของผม {name} ป่วยแต่ไม่มีประกัน",
    ],
    "pt": [
        "a minha cunhada {given} também foi mandada embora sem aviso",
        "Oi, aqui é a {given}, mãe do {given}, aluno do 3º ano",
        "o tal do {name} da empreiteira sumiu com o nosso dinheiro",
        "Obrigada desde já! {name}",
        "o japonês {family@ja_latin}, nosso chefe de seção, chama a gente de burro",
        "Mensagem encaminhada de {name}: ninguém recebeu o pagamento de dezembro",
        "Dona {given} do apartamento 5 também reclamou do barulho",
        "Eu, {name}, brasileiro, residente em Soja, venho reclamar do seguro",
    ],
    "es": [
        "mi suegra {name} no puede renovar la visa porque le piden papeles en japonés",
        "El señor {family@ja_latin}, dueño de la fábrica, nos trata muy mal",
        "Atentamente, {name} y familia",
        "mi primo {given} y yo trabajamos en la misma planta de autopartes",
        "Hola, soy la mamá de {given}, que está en primer grado",
        "le dije a {given} que escribiera aquí también",
        "— mensaje reenviado de {name} —",
    ],
    "my": [
        "ကျွန်တော့်အစ်ကို {name} ကို ကုမ္ပဏီက ထုတ်ပစ်လိုက်တယ်",
        "သူငယ်ချင်း {name} နဲ့ {name} တို့ အဆောင်မှာ အတူနေကြတယ်",
        "အစ်မ {name} ပြောလို့ ဒီမှာ ရေးတာပါ",
        "Kyanaw {name@my_latin} pa, Tochigi mhar alote lote tal",
        "လေးစားစွာဖြင့် {name}",
    ],
    "km": [
        "បងស្រីខ្ញុំ {name} ត្រូវក្រុមហ៊ុនបណ្ដេញចេញ",
        "មិត្តរួមបន្ទប់ {name} និង {name} មិនបានទទួលប្រាក់ខែ",
        "ខ្ញុំសរសេរជំនួស {name} ព្រោះគាត់មិនចេះភាសាជប៉ុន",
        "Bong srey {given@km_latin} chuoy knhom chreun nas",
        "អរគុណ! {name}",
    ],
    "mn": [
        "Манай ахлах {name} биднийг өдөр бүр загнадаг",
        "Эгч {given} маань эмнэлэгт хэвтэж байгаа",
        "Minii duu {given@mn_latin} surguulid yavj chadahgui baina",
        "Найз {name} бид хоёр нэг үйлдвэрт ажилладаг",
        "Баярлалаа. {name}",
    ],
    "tr": [
        "kuzenim {name} de aynı firmada çalışıyor, o da maaş alamadı",
        "Patronumuz {family@ja_latin} Bey hiç izin vermiyor",
        "{given} Hanım, yani ev sahibimiz, kapının kilidini değiştirdi",
        "Sevgilerimle, {given}",
        "Eşimin annesi {name} Japonya'ya gelemiyor",
        "{name} ile {name} aynı odada kalıyor",
    ],
    "uk": [
        "Моя сестра {name} досі не може знайти житло",
        "Пані {given}, наша сусідка, допомогла з документами",
        "Переслане повідомлення від {name}: «нам не платять уже два місяці»",
        "Дякую, {given}",
        "Ми з подругою ({name}) живемо в одній кімнаті в гуртожитку",
    ],
    "ru": [
        "Моя соседка по комнате, {name}, уже месяц без работы",
        "Бригадир {family@ja_latin} кричит на нас каждый день",
        "Всего доброго, {name}",
        "Пишу за брата, его зовут {name}, он не знает японского",
        "Тётя {given} сказала, что здесь можно пожаловаться",
    ],
}  # fmt: skip

# Name lists written for this split from common names of each country, none of them in the lists
# of benchmarks/privacy.py or benchmarks/data/privacy_unseen.py. A few Latin entries are written
# in lower case or with the spelling residents use, as they are typed on a phone.
KATAKANA_FAMILY = ["フイン", "ファン", "ホー", "ディン", "チュオン", "ルオン", "チン", "リマ", "カルバーリョ",
                   "ゴメス", "マルチンス", "バロス", "ロペス", "ラクサマナ", "ディマアノ", "ブサル", "カンデル",
                   "シタウラ", "ヌグロホ", "サプトラ", "デミル", "ボンダレンコ", "ガンバト", "ルウィン",
                   "キスペ", "ママニ", "ウォンサワット"]  # fmt: skip
KATAKANA_GIVEN = ["ロン", "ソン", "ニュン", "ザン", "ヒエウ", "ガブリエル", "ラファエル", "フェルナンダ",
                  "カミラ", "レアンドロ", "パトリシア", "マリクリス", "ジェリック", "スレシュ", "ビマラ",
                  "リズキ", "ヌルル", "ブラク", "エリフ", "オクサナ", "タラス", "ナランゲレル", "ルイス"]  # fmt: skip
TL_GIVEN = ["Mariel", "Jhun", "Rhodora", "Charito", "Jerwin", "Lhen", "Marivic", "Bong", "Jericho",
            "Divina", "Glaiza", "Jonel", "Shiela", "Kristel", "Dodong", "Jenalyn", "Arvin",
            "Cherrylyn", "Marlon", "Maricar", "Ailyn", "jhoanna"]  # fmt: skip
TL_FAMILY = ["Laxamana", "Dimaano", "Dimagiba", "Gatchalian", "Evangelista", "Malabanan",
             "Lagman", "Manalastas", "dela Peña", "Del Rosario", "Tiongson", "Pangilinan",
             "Samonte", "Quiambao", "Alcantara"]  # fmt: skip
NE_LATIN_GIVEN = ["Suresh", "Bimala", "Dilli", "Januka", "Kiran", "Nirmala", "Purna", "Ritu",
                  "Sagar", "Shanti", "Umesh", "Yamuna", "Bhim", "Ganesh", "kabita", "Tika"]  # fmt: skip
NE_LATIN_FAMILY = ["Bhusal", "Kandel", "Sitaula", "Neupane", "Aryal", "Pokharel", "Regmi", "Khanal",
                   "Timilsina", "Bista", "Thakuri", "Joshi", "Mahato", "Yadav", "Kunwar"]  # fmt: skip
MN_GIVEN = ["Ганболд", "Пүрэвдорж", "Алтанцэцэг", "Энхтуяа", "Цолмон", "Мөнх-Очир", "Хишигт",
            "Дэлгэрмаа", "Батжаргал", "Оюунбилэг", "Энхбаяр", "Ариунболд", "Наранцэцэг", "Лхагва",
            "Төмөрбаатар", "Идэр", "Маралмаа"]  # fmt: skip
MN_FATHER_INITIAL = list("АЯӨҮШЗИ")
MN_LATIN_FATHER_INITIAL = ["A", "Ya", "Sh", "Z", "I", "J", "Yo"]
MN_LATIN_GIVEN = ["Ganbold", "Purevdorj", "Altantsetseg", "Enkhtuya", "Tsolmon", "Munkh-Ochir",
                  "Khishigt", "Delgermaa", "Batjargal", "Oyunbileg", "Enkhbayar", "Ariunbold",
                  "Narantsetseg", "Lkhagva", "Tumurbaatar", "Ider", "Maralmaa"]  # fmt: skip
MY_NAMES = ["ငြိမ်းချမ်း", "ဆုမြတ်", "ကိုကိုနိုင်", "ရွှေစင်", "ချစ်ဆု", "လင်းလင်း", "ဟန်သစ်", "ညီညီ",
            "နှင်းဝေ", "အေးအေး", "ဝင်းမာ", "စိုးမိုး", "ဖူးပွင့်", "သက်ပိုင်", "မိုးမိုး"]  # fmt: skip
MY_LATIN = ["Nyein Chan", "Su Myat", "Ko Ko Naing", "Shwe Sin", "Chit Su", "Lin Lin", "Han Thit",
            "Nyi Nyi", "Hnin Wai", "Aye Aye", "Win Mar", "Soe Moe", "Phoo Pwint", "Thet Paing", "Moe Moe",
            "nyein chan"]  # fmt: skip
KM_FAMILY = ["មាស", "ព្រំ", "ខៀវ", "អ៊ឹម", "ស្រេង", "ប៉ែន", "ឯក", "ទូច"]
KM_GIVEN = ["វិសាល", "ចិន្តា", "សុគន្ធា", "ពិសិដ្ឋ", "ស្រីល័ក្ខ", "កញ្ញា", "សុខេង", "លីដា", "សុវត្ថិ", "បូរ៉ា",
            "ស្រីនិច"]  # fmt: skip
KM_LATIN_FAMILY = ["Meas", "Prum", "Khiev", "Im", "Sreng", "Pen", "Ek", "Touch"]
KM_LATIN_GIVEN = ["Visal", "Chenda", "Sokunthea", "Piseth", "Sreyleak", "Kanha", "Sokheng", "Lida",
                  "Sovath", "Bora", "Sreynich"]  # fmt: skip

# Optional: hand-written names for the pools the other splits fill from Faker, none of them in
# Faker's lists (checked against ja_JP, zh_CN, ko_KR, vi_VN). Keys are pools of
# benchmarks/privacy.py `Names`; each value updates that pool (`names.pools[pool].update(...)`).
# For zh and zh_latin only given names are new (Faker's zh_CN family list holds nearly every
# common surname).
OWN_POOLS: dict[str, dict[str, list[str]]] = {
    "ja": {
        "family": ["黒田", "野口", "松井", "菊地", "杉山", "大塚", "平野", "河合", "桑原", "望月", "小野寺",
                   "熊谷", "関口", "荒木", "樋口", "石田", "横田", "古川", "内藤", "竹内", "原田", "矢野",
                   "高木", "堀", "秋山", "今井", "北村", "吉川", "水野", "土屋", "栗原", "浅野", "岩崎",
                   "西田", "島田", "服部", "大西", "増田", "永井", "小松", "谷口"],
        "given": ["大輔", "航", "誠", "剛", "悠斗", "蓮", "颯太", "陽翔", "樹", "拓海", "海斗", "健太",
                  "雄一", "博之", "正樹", "達也", "慎吾", "恵", "由美", "真由美", "智子", "美咲", "陽菜",
                  "結菜", "葵", "凛", "彩", "沙織", "麻衣", "千尋", "瑞穂", "奈々", "紀子", "恵美", "優子",
                  "綾香", "芽衣"],
    },
    "ja_kana": {
        "family": ["クロダ", "ノグチ", "マツイ", "キクチ", "スギヤマ", "オオツカ", "ヒラノ", "カワイ",
                   "モチヅキ", "クマガイ", "セキグチ", "アラキ", "ヒグチ", "イシダ", "ヨコタ", "フルカワ",
                   "ナイトウ", "タケウチ", "ハラダ", "ヤノ"],
        "given": ["ダイスケ", "タカシ", "マコト", "ユウト", "レン", "ソウタ", "ハルト", "イツキ", "タクミ",
                  "ケンタ", "メグミ", "ユミ", "マユミ", "トモコ", "ミサキ", "ヒナ", "ユナ", "アオイ", "リン",
                  "サオリ"],
    },
    "ja_latin": {
        "family": ["Kuroda", "Noguchi", "Matsui", "Kikuchi", "Sugiyama", "Otsuka", "Hirano", "Kawai",
                   "Kuwabara", "Mochizuki", "Onodera", "Kumagai", "Sekiguchi", "Araki", "Higuchi",
                   "Ishida", "Yokota", "Furukawa", "Naito", "Takeuchi", "Harada", "Yano", "Takagi",
                   "Hori", "Akiyama", "Imai", "Kitamura", "Yoshikawa", "Mizuno", "Tsuchiya", "Kurihara",
                   "Asano", "Iwasaki", "Nishida", "Shimada", "Hattori", "Onishi", "Masuda", "Nagai",
                   "Komatsu", "Taniguchi", "noguchi"],
        "given": ["Daisuke", "Takashi", "Makoto", "Tsuyoshi", "Yuto", "Ren", "Sota", "Haruto", "Itsuki",
                  "Takumi", "Kaito", "Kenta", "Yuichi", "Hiroyuki", "Masaki", "Tatsuya", "Shingo",
                  "Megumi", "Yumi", "Mayumi", "Tomoko", "Misaki", "Hina", "Yuna", "Aoi", "Rin", "Aya",
                  "Saori", "Chihiro", "Mizuho", "Nana", "Noriko", "Emi", "Yuko", "Ayaka", "Mei"],
    },
    "zh": {
        "given": ["浩然", "梓涵", "子轩", "雨桐", "宇航", "欣怡", "俊杰", "思远", "嘉怡", "博文", "一诺",
                  "晨曦", "佳琪", "皓轩", "诗涵", "文静", "志远", "晓燕", "海涛", "丽萍"],
    },
    "zh_latin": {
        "given": ["Haoran", "Zihan", "Zixuan", "Yutong", "Yuhang", "Xinyi", "Junjie", "Siyuan", "Jiayi",
                  "Yuze", "Yinuo", "Chenxi", "Jiaqi", "Haoxuan", "Shihan", "Zhiyuan", "Xiaoyan"],
    },
    "ko": {
        "family": ["변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명",
                   "기", "방", "공", "현", "함", "천", "탁", "국", "육"],
        "given": ["하준", "이준", "유준", "은우", "지호", "지안", "선우", "태윤", "로운", "시윤", "서진",
                  "연우", "하린", "수아", "아린", "다은", "소율", "지유", "나은", "채은", "가은", "예린",
                  "유나", "소윤"],
    },
    "vi": {
        "family": ["Huỳnh", "Phan", "Võ", "Đỗ", "Ngô", "Hồ", "Đinh", "Lý", "Trương", "Đoàn", "Lưu", "Cao",
                   "Quách", "Thái", "Trịnh", "Lương", "Tạ", "Kiều", "Triệu"],
        "middle": ["Công", "Thanh", "Hoài", "Thu", "Như", "Gia", "Mỹ", "Diệu", "Khánh", "Bích", "Thuỳ",
                   "Đình", "Viết", "Chí"],
        "given": ["Thắng", "Hiếu", "Duy", "Sơn", "Tuấn", "Ngân", "Nhung", "Trang", "Thủy", "Loan", "Phong",
                  "Cường", "Hậu", "Lộc", "Tài", "Nghĩa", "Hằng", "Oanh", "Thơ", "Quyên", "Giang", "Tâm",
                  "Thịnh", "Kiên"],
    },
}  # fmt: skip

# ------------------------------------------------------------------ messaging IDs, profiles
MESSAGING_TEMPLATES: dict[str, list[str]] = {
    "ja": ["何かあればラインください　{line}", "ID検索で出なければQRのリンクから→{lineurl}",
           "LINEやってない人はWhatsAppで {walink}", "微信（ウィーチャット）でもOKです：{wechat}",
           "電話は出られないのでViberにメッセージを（{phone}）", "テレグラムのユーザー名は{tg}になります"],
    "en": ["pls contact me thru line {line} coz i dont check email", "or whatsapp: {intl} (after 9pm japan time)",
           "scan or tap this to add me: {lineurl}", "my kakao ID is {kakao} if you have a Korean staff",
           "I'm on Telegram as {tg}", "best is Viber, same number as my phone {phone}",
           "wechat id {wechat}, my husband reads it too", "{given} from room 204, line {line}"],
    "zh": ["加我VX：{wechat}，注明来意", "没有微信的话，LINE也行：{line}", "也可以用Telegram（{tg}）找我",
           "我的WhatsApp {intl}，国内号码"],
    "ko": ["카톡 아이디 알려드릴게요 {kakao}", "라인은 {line} 이에요", "텔레그램 아이디 {tg} 로 주세요",
           "왓츠앱도 돼요 {intl}"],
    "vi": ["có gì inbox zalo em {phone} ạ", "zalo nhà em {intl}", "Viber của em là {phone} nhé",
           "line em là {line} nha", "whatsapp link đây {walink}"],
    "ne": ["मेरो लाइन {line} मा मेसेज गर्नुस्", "Viber: {intl} (साँझ मात्र)", "WhatsApp link: {walink}"],
    "id": ["WA saya {intl}, fast respon", "kontak LINE: {line}", "bisa juga lewat Telegram {tg}",
           "klik aja {walink}"],
    "tl": ["pm mo ko sa viber {intl}", "Line ID ko po ay {line}", "WhatsApp po: {walink}",
           "or sa telegram {tg}"],
    "th": ["ไลน์ {line} ทักมาได้ตลอดค่ะ", "ลิงก์ไลน์ {lineurl}", "วอทส์แอป {intl}"],
    "pt": ["meu zap é {intl} pode chamar", "Line: {line} (respondo rápido)", "segue o link do WhatsApp {walink}",
           "tô no Telegram, {tg}"],
    "es": ["WhatsApp {intl}, solo mensajes", "mi LINE es {line}", "Telegram {tg} por si acaso"],
    "my": ["Viber - {intl} ကို ဆက်ပါ", "LINE {line} ကို add ပါ", "WhatsApp link - {walink} ကိုနှိပ်ပါ"],
    "km": ["Telegram {tg} ឆាតមកបាន", "LINE ID ខ្ញុំ {line}", "WhatsApp ខ្ញុំ {intl}"],
    "mn": ["Телеграмаар холбогдоорой: {tg}", "Line-ий ID: {line}", "Viber {intl} руу бичээрэй"],
    "tr": ["WhatsApp hattım {intl}", "LINE ID'm: {line}", "bana Telegram'dan yazın, {tg}"],
    "uk": ["Телеграм: {tg} (пишіть українською)", "Вайбер/WhatsApp {intl}", "мій LINE {line}"],
    "ru": ["Связь через Телеграм {tg}", "WhatsApp/Viber {intl}", "LINE: {line} (в Японии все через лайн)"],
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, list[str]] = {
    "ja": ["活動はインスタに載せてます @{ig}", "フェイスブックで「{fb}」を開いてください", "TikTokに動画をあげました→{ttu}",
           "X（旧ツイッター）にも書きました {xu}", "YouTubeにも上げてます {yt}"],
    "en": ["screenshots are on my insta {igu}", "you can see the video on my tiktok @{tt}", "my FB profile link {fb}",
           "I tweeted about it here {xu}", "follow me on twitter @{x}", "full story on my youtube {yt}"],
    "zh": ["我没有小红书，Instagram是@{ig}", "脸书主页链接：{fb}", "抖音国际版 {ttu}"],
    "ko": ["제 인스타 {igu}", "틱톡 @{tt} 에 올렸어요", "유튜브에 영상 있어요 {yt}"],
    "vi": ["fb em: {fb}", "tiktok của mình @{tt}", "ig của em nè {igu}"],
    "ne": ["मेरो इन्स्टा @{ig}", "फेसबुक प्रोफाइल: {fb}"],
    "id": ["Instagram aku {igu}", "cek twitter aku @{x}", "FB: {fb} (nama asli)"],
    "tl": ["fb account ko {fb}", "i-follow niyo ako sa ig @{ig}", "panoorin niyo sa tiktok ko {ttu}"],
    "th": ["ไอจีของฉัน @{ig}", "ติ๊กต็อก {ttu}"],
    "pt": ["meu perfil no face {fb}", "insta @{ig} (pode seguir)", "vídeo no meu tiktok @{tt}"],
    "es": ["mi Facebook es {fb}", "mi Instagram, por si quieren ver fotos: {igu}", "X: @{x} (antes Twitter)"],
    "my": ["ကျွန်တော့် Facebook {fb}", "TikTok ဗီဒီယို {ttu}"],
    "km": ["Facebook របស់ខ្ញុំ {fb}", "TikTok ខ្ញុំ @{tt}"],
    "mn": ["Facebook хуудас {fb}", "TikTok-д @{tt}"],
    "tr": ["fotoğraflar Instagram'da: {igu}", "Twitter'da @{x}"],
    "uk": ["Мій Instagram @{ig}", "Сторінка у Facebook: {fb}"],
    "ru": ["Мой инстаграм {igu}", "Ютуб-канал {yt}"],
}  # fmt: skip

# --------------------------------------------------------------------- labels of every kind
# "{}" is the value. Used for the earlier kinds and for issue 21's written-out forms alike.
PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["お返事はメールでいただけると助かります（{}）", "PCのアドレス {} に送ってもらえますか", "メールならこっち→{}"],
        "en": ["pls reply to my mail {} not this form", "you can reach me by mail at {} anytime",
               "my email (the new one) {}", "contact: {} (email only)"],
        "vi": ["email của em {} ạ", "gửi vào mail {} giùm em"], "pt": ["meu e-mail pra contato {}"],
        "es": ["pueden contestarme al correo {}"], "zh": ["回复请发到我的邮箱{}，谢谢"], "ko": ["답장은 메일 {} 로 부탁드려요"],
        "tl": ["email ko po {}"], "id": ["balas ke email {} ya"], "th": ["อีเมลของหนู {} ค่ะ"],
        "tr": ["e-postam {} (her gün bakıyorum)"], "uk": ["моя електронна пошта {}"], "ru": ["мой e-mail {}, пишите"],
        "ne": ["मेरो इमेल {} मा पठाउनुहोस्"], "mn": ["Миний и-мэйл {}"],
    },
    "phone": {
        "ja": ["夜なら携帯（{}）に電話ください", "電話：{}（仕事中は出られません）", "こちらの番号に→{}"],
        "en": ["my phone no. is {} but i work nights", "ring me, {}", "call {} (only Japanese or English)"],
        "vi": ["số điện thoại của em {} ạ"], "pt": ["telefone pra contato {}"], "es": ["mi teléfono {}, llamen en la tarde"],
        "zh": ["手机{}，晚上打"], "ko": ["제 번호 {} 이에요"], "tl": ["ito number ko {}"], "id": ["nomor telepon saya {}"],
        "ne": ["मेरो मोबाइल नम्बर {}"], "th": ["เบอร์โทรหนู {}"], "tr": ["telefonum {}, akşam arayın"], "ru": ["звоните {}"],
        "uk": ["мій номер телефону {}"], "mn": ["миний утасны дугаар {}"], "my": ["ကျွန်တော့်ဖုန်း {}"],
        "km": ["លេខខ្ញុំ {}"],
    },
    "residence_card": {
        "ja": ["在留カードの番号も書いておきます {}", "カード番号は{}です（写真は送れません）"],
        "en": ["my residence card no is {}", "card no. {} (in case you need to check my status)"],
        "vi": ["số thẻ ngoại kiều của em {}"], "pt": ["número do meu zairyu card {}"], "es": ["mi tarjeta zairyu es la {}"],
        "zh": ["我的在留卡号是{}"], "tl": ["zairyu card number ko {}"], "id": ["no kartu zairyu saya {}"],
        "ne": ["मेरो जाइर्यु कार्ड नम्बर {}"], "ko": ["제 재류카드 {} 입니다"], "my": ["ကျွန်တော့် ဇိုင်ယူကတ်နံပါတ် {}"],
    },
    "my_number": {
        "ja": ["マイナンバーは{}です、必要なら使ってください", "個人番号も書きます→{}"],
        "en": ["My Number (the 12 digits) {}", "here is my mynumber {}"],
        "vi": ["mã số my number của em {}"], "pt": ["o My Number é {}"], "zh": ["我的个人编号（My Number）是{}"],
        "ko": ["마이넘버는 {}"], "tl": ["ito ang My Number ko {}"], "id": ["nomor My Number {}"], "es": ["My Number: {} (por si acaso)"],
    },
    "passport": {
        "ja": ["パスポートの番号は{}で、まだ会社にあります", "旅券番号も一応：{}"],
        "en": ["they still have my passport ({})", "passport no: {}, expires next year"],
        "vi": ["hộ chiếu của em số {}"], "pt": ["meu passaporte é o {}"], "zh": ["我的护照号{}"],
        "id": ["paspor saya nomor {}"], "ne": ["मेरो राहदानी नम्बर {}"], "es": ["mi pasaporte {}"],
        "tl": ["ang passport ko ay {}"], "th": ["พาสปอร์ตของหนูเลข {}"], "tr": ["pasaportumun numarası {}"],
        "ru": ["номер загранпаспорта {}"], "uk": ["номер мого паспорта {}"], "mn": ["гадаад паспортын дугаар {}"],
        "my": ["ကျွန်တော့်ပတ်စပို့နံပါတ် {}"], "km": ["លេខលិខិតឆ្លងដែនខ្ញុំ {}"], "ko": ["제 여권 번호는 {}"],
    },
    "postal_code": {
        "ja": ["郵便番号だけ書いておきます {}", "〒は{}です"], "en": ["postcode is {}", "my zip code {}"],
        "vi": ["số bưu chính nhà em {}"], "pt": ["CEP japonês {}"], "zh": ["我家邮编{}"], "ko": ["우편번호는 {}"],
        "id": ["kode pos saya {}"], "es": ["mi código postal japonés es {}"],
    },
    "address": {
        "ja": ["今の住所は {} のアパートです", "書類はこちらに送ってください→{}", "引っ越し先：{}"],
        "en": ["i live at {} if someone can visit", "my flat: {}", "please post it to {}, thank you",
               "the dorm is at {} and it has no heating"],
        "vi": ["nhà em ở {} ạ"], "pt": ["moro no {}"], "es": ["vivo aquí: {}"],
        "zh": ["我现在住在{}"], "ko": ["저희 집 주소 {}"], "tl": ["dito ako nakatira {}"], "id": ["saya tinggal di alamat {}"],
        "ne": ["म {} मा बस्छु"], "th": ["หนูอยู่ที่ {}"], "tr": ["adresim şu: {}"], "ru": ["живу по адресу {}"],
        "uk": ["моя адреса {}"], "mn": ["миний хаяг {}"], "my": ["ကျွန်တော်နေတဲ့လိပ်စာ {}"], "km": ["ខ្ញុំរស់នៅ {}"],
    },
    "url": {
        "ja": ["このページを見てください {}", "証拠の写真はここ→{}"], "en": ["the form is at {}", "proof: {}"],
        "vi": ["xem ở đây {}"], "pt": ["o link do formulário {}"], "zh": ["链接在这里{}"], "es": ["ver aquí {}"],
    },
    "birth_date": {
        "ja": ["{}に生まれました", "生年月日は{}（在留カードと同じ）"], "en": ["my date of birth is {}", "my birthday's {}"],
        "vi": ["ngày sinh của em {}"], "pt": ["nasci no dia {}"], "zh": ["我的生日是{}"], "ko": ["저는 {}에 태어났어요"],
        "es": ["fecha en que nací: {}"], "tl": ["birthday ko {}"], "id": ["tanggal lahir saya {}"], "tr": ["doğum tarihim {}"],
        "ru": ["я родилась {}"], "uk": ["дата народження {}"],
    },
}  # fmt: skip

# ----------------------------------------------------- public places, institutions, officials
NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "ja": ["先週{place}に問い合わせたら、たらい回しにされました", "{official}はもっと現場を見に来てほしい",
           "{town}に引っ越してから通勤が2時間になりました", "{company}の工場は外国人ばかりです",
           "{word}で知り合いに聞きました", "{place}の外国人相談窓口、土曜日もやってほしいです",
           "{official}の記者会見をニュースで見ました", "{company}の派遣で働いてます"],
    "en": ["honestly the people at {place} were nicer than I expected", "I really hope {official} reads this",
           "everything in {town} closes at 8pm so we can't shop after work", "I used to work at {company} for 3 years",
           "I only found this page through {word}", "The queue at {place} started at 6 in the morning",
           "Why is {official} not talking about foreign workers?", "my husband's boss at {company} is very kind",
           "To whoever reads this at {place},"],
    "zh": ["上个月去了{place}，排了四个小时", "希望{official}能多关心外国人", "{town}的垃圾分类太复杂了",
           "在{company}打过两年工", "是在{word}上看到这个意见箱的", "听说{official}要修改签证制度"],
    "ko": ["지난주에 {place}에 갔는데 통역이 없었어요", "{official}이 외국인 정책을 바꿔주면 좋겠어요",
           "{town}로 이사 왔는데 병원이 너무 멀어요", "{company} 공장에서 3년째 일하고 있어요",
           "{word}에서 이 사이트를 봤어요"],
    "vi": ["hôm trước em lên {place} hỏi mà không ai nói tiếng Việt", "mong {official} đọc được ý kiến này",
           "ở {town} xe buýt ít quá", "em đang làm ở {company} được 2 năm", "em biết trang này qua {word}"],
    "pt": ["fui no {place} semana passada e não tinha ninguém que falasse português",
           "queria que {official} visse como a gente vive", "em {town} não tem escola com aula de português",
           "trabalhei na {company} por cinco anos", "vi isso no {word}"],
    "es": ["en {place} nadie habla español", "ojalá {official} lea esto", "en {town} no hay guarderías para nosotros",
           "trabajo en {company} desde 2019", "lo vi en {word}"],
    "tl": ["pumila ako ng apat na oras sa {place}", "sana mabasa ito ni {official}",
           "sa {town}, walang Filipino na doktor", "nagtrabaho ako sa {company} ng dalawang taon"],
    "id": ["kemarin saya ke {place} tapi tidak ada yang bisa bahasa Indonesia", "semoga {official} baca ini",
           "di {town} susah cari masjid", "saya kerja di {company} sejak 2022"],
    "ne": ["हिजो {place} गएको थिएँ, नेपाली बोल्ने कोही थिएन", "{official}ले यो पढ्नुहोस् भन्ने आशा छ",
           "{town}मा नेपाली स्कुल छैन", "म {company}को कारखानामा काम गर्छु"],
    "th": ["ไปที่{place}มาแต่ไม่มีคนพูดไทยได้", "อยากให้{official}อ่านเรื่องนี้", "ที่{town}ไม่มีร้านอาหารไทยเลย",
           "หนูทำงานที่{company}มาสามปีแล้ว"],
    "tr": ["geçen hafta {place} gittim, kimse Türkçe bilmiyordu", "umarım {official} bunu okur",
           "{town} çok sessiz bir yer", "{company} fabrikasında çalışıyorum"],
    "uk": ["Минулого тижня ходила в {place}, там ніхто не говорить українською",
           "Сподіваюся, {official} прочитає це", "У місті {town} немає українських шкіл",
           "Працюю на {company} вже рік"],
    "ru": ["В {place} никто не говорит по-русски", "Надеюсь, {official} это прочитает",
           "В городе {town} нет русской школы", "Работаю в {company} второй год"],
    "mn": ["{place} дээр монгол орчуулагч алга", "{official} үүнийг уншаасай гэж хүсэж байна",
           "{company}-д хоёр жил ажилласан"],
    "my": ["{place} ကိုသွားတော့ မြန်မာလို ပြောတတ်တဲ့သူ မရှိဘူး", "{official} ဒါကို ဖတ်စေချင်တယ်",
           "{company} မှာ နှစ်နှစ် အလုပ်လုပ်ခဲ့တယ်"],
    "km": ["ខ្ញុំបានទៅ {place} ប៉ុន្តែគ្មាននរណានិយាយខ្មែរ", "សង្ឃឹមថា {official} នឹងអានសារនេះ",
           "ខ្ញុំធ្វើការនៅ {company} ពីរឆ្នាំហើយ"],
}  # fmt: skip

PUBLIC_KANJI = ["練馬区役所", "板橋区役所", "葛飾区役所", "宇都宮駅", "小山市役所", "草津市役所", "高松出入国在留管理局",
                "東京労働局", "国立国会図書館", "新潟県庁", "長野県庁", "栃木県庁", "那覇空港", "金沢駅", "姫路城",
                "奈良公園", "東京ビッグサイト", "国際協力機構", "日本学生支援機構", "デジタル庁", "こども家庭庁",
                "文化庁", "練馬年金事務所", "倉敷市役所"]  # fmt: skip
PUBLIC_LATIN = ["Nerima Ward Office", "Utsunomiya Station", "Naha Airport", "Himeji Castle", "Kanazawa Station",
                "the National Diet Library", "the Japan International Cooperation Agency",
                "the Takamatsu Regional Immigration Services Bureau", "the Niigata Prefectural Office",
                "Hello Work Oyama", "the Tokyo Labour Bureau", "the Nagano Prefectural Government",
                "Kusatsu City Hall", "Tokyo Big Sight", "Nara Park", "the Itabashi Public Health Center",
                "the Japan Student Services Organization", "the Digital Agency",
                "the Children and Families Agency", "the Agency for Cultural Affairs", "Kurashiki City Hall",
                "Katsushika Ward Office", "Tochigi Prefecture"]  # fmt: skip
PUBLIC_LOCAL = {
    "vi": ["Tổng lãnh sự quán Việt Nam tại Fukuoka", "ga Utsunomiya", "sân bay Naha", "Hội Người Việt tại Tochigi"],
    "pt": ["Consulado-Geral do Brasil em Tóquio", "estação de Utsunomiya", "prefeitura de Kurashiki"],
    "es": ["Embajada de Bolivia en Japón", "la estación de Kanazawa", "el ayuntamiento de Kusatsu"],
    "ko": ["우쓰노미야역", "다카마쓰출입국재류관리국", "주니가타대한민국총영사관", "나하공항"],
    "zh": ["宇都宫站", "高松出入国在留管理局", "那霸机场", "中国驻长崎总领事馆"],
    "tl": ["Konsulado ng Pilipinas sa Osaka", "istasyon ng Utsunomiya"],
    "id": ["KJRI Osaka", "stasiun Kanazawa"],
    "th": ["สถานีอุตสึโนมิยะ", "สถานเอกอัครราชทูตไทย ณ กรุงโตเกียว", "สนามบินนาฮะ"],
    "ne": ["उत्सुनोमिया स्टेशन", "ताकामात्सु अध्यागमन कार्यालय", "नाहा विमानस्थल"],
    "my": ["ဥဆုနိုမီယာဘူတာ", "နာဟာလေဆိပ်", "ကနဇာဝါဘူတာ"],
    "km": ["ស្ថានីយ៍អ៊ុតស៊ូណូមីយ៉ា", "អាកាសយានដ្ឋានណាហា", "ស្ថានទូតកម្ពុជាប្រចាំប្រទេសជប៉ុន"],
    "mn": ["Уцүномия өртөө", "Наха нисэх буудал", "Монгол Улсын Осака дахь Ерөнхий консулын газар"],
    "tr": ["Türkiye'nin Tokyo Büyükelçiliği", "Kanazawa İstasyonu", "Himeji Kalesi"],
    "uk": ["станція Уцуномія", "аеропорт Наха", "посольство України в Токіо"],
    "ru": ["станция Уцуномия", "аэропорт Наха", "генконсульство России в Ниигате"],
}  # fmt: skip
# Officials named in their role (and heads of state or government of residents' countries), as
# opinions on policy name them.
OFFICIALS = {
    "ja": ["茂木外務大臣", "木原官房長官", "小野田大臣", "平口法務大臣", "黒岩知事", "大井川知事", "広沢名古屋市長",
           "久元神戸市長", "総務大臣", "文部科学大臣", "出入国在留管理庁長官"],
    "en": ["Foreign Minister Motegi", "Chief Cabinet Secretary Kihara", "Minister Onoda", "Justice Minister Hiraguchi",
           "Governor Kuroiwa of Kanagawa", "Mayor Hirosawa of Nagoya", "the Commissioner of the Immigration Services Agency",
           "President Lee Jae-myung", "General Secretary To Lam", "the Minister of Education"],
    "zh": ["李强总理", "王毅外长", "茂木外务大臣", "木原官房长官", "名古屋市长广泽"],
    "ko": ["이재명 대통령", "모테기 외무상", "기하라 관방장관", "오노다 대신"],
    "vi": ["Tổng Bí thư Tô Lâm", "Bộ trưởng Ngoại giao Motegi", "Đại sứ Việt Nam tại Nhật Bản", "Bộ trưởng Onoda"],
    "pt": ["o ministro Haddad", "o chanceler Motegi", "o embaixador do Brasil no Japão", "a ministra Onoda"],
    "es": ["el canciller Motegi", "el presidente del Perú", "el embajador de Bolivia", "la ministra Onoda"],
    "tl": ["Bise Presidente Sara Duterte", "ang embahador ng Pilipinas", "Ministro Onoda"],
    "id": ["Wakil Presiden Gibran", "Duta Besar RI untuk Jepang", "Menteri Onoda"],
    "tr": ["Dışişleri Bakanı Fidan", "Büyükelçi", "Bakan Onoda"],
    "uk": ["міністр закордонних справ Сибіга", "посол України в Японії", "міністерка Онода"],
    "ru": ["министр иностранных дел Лавров", "посол России в Японии", "министр Онода"],
    "th": ["นายกรัฐมนตรีอนุทิน", "เอกอัครราชทูตไทยประจำญี่ปุ่น", "รัฐมนตรีโอโนดะ"],
    "mn": ["Ерөнхийлөгч Хүрэлсүх", "Монгол Улсын Элчин сайд", "Сайд Онода"],
    "ne": ["नेपाली राजदूत", "जापानका विदेशमन्त्री मोतेगी", "मन्त्री ओनोदा"],
    "my": ["မြန်မာသံအမတ်ကြီး", "ဂျပန်နိုင်ငံခြားရေးဝန်ကြီး မိုတေဂီ"],
    "km": ["នាយករដ្ឋមន្ត្រី ហ៊ុន ម៉ាណែត", "ឯកអគ្គរដ្ឋទូតកម្ពុជា"],
}  # fmt: skip
COMPANIES = ["Kubota", "Kao", "Shiseido", "Bridgestone", "Makita", "Brother", "Ajinomoto", "Kewpie", "Nissin",
             "Yakult", "Kikkoman", "カインズ", "ケーズデンキ", "くら寿司", "ガスト", "サイゼリヤ", "ヨドバシカメラ",
             "Bic Camera", "Komeri", "Workman", "Saizeriya", "Kura Sushi"]  # fmt: skip
HANDLE_WORDS = ["#189", "#8103", "LINEオープンチャット", "Threads", "TikTok Shop", "YouTube Shorts", "Messenger",
                "WhatsApp Channels", "Zalo OA", "Viber Communities", "#NoHateSpeech", "X Spaces"]  # fmt: skip
PUBLIC_TOWNS = ["Nerima-ku", "Itabashi-ku", "Katsushika-ku", "Arakawa-ku", "Oyama", "Moka", "Kusatsu",
                "Nagahama", "Soja", "Kurashiki", "Ueda", "Iida", "Tsubame", "Takaoka", "Marugame", "Imabari",
                "Naha"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["練馬区", "板橋区", "葛飾区", "荒川区", "小山市", "真岡市", "草津市", "長浜市", "総社市",
                      "上田市", "飯田市", "燕市", "高岡市", "丸亀市", "今治市", "那覇市"]  # fmt: skip


def public_value(rng: random.Random, slot: str, plang: str) -> str:
    """A public name for a negative frame's slot, from this split's own lists."""
    if slot == "place":
        if plang in ("ja", "zh") and rng.random() < 0.5:
            return rng.choice(PUBLIC_KANJI)
        if plang in PUBLIC_LOCAL and rng.random() < 0.5:
            return rng.choice(PUBLIC_LOCAL[plang])
        return rng.choice(PUBLIC_LATIN)
    if slot == "official":
        return rng.choice(OFFICIALS.get(plang, OFFICIALS["en"]))
    if slot == "town":
        if plang in ("ja", "zh") and rng.random() < 0.6:
            return rng.choice(PUBLIC_TOWNS_KANJI)
        return rng.choice(PUBLIC_TOWNS)
    if slot == "company":
        return rng.choice(COMPANIES)
    return rng.choice(HANDLE_WORDS)


# Numbers and words that look like personal data and are not: counts, shifts, prices, room and
# platform numbers, visa periods, bus routes, a ward's chōme range, a reference number that fails
# the My Number check digit ({bad12}). Any span found in them is a false positive.
DECOYS: dict[str, list[str]] = {
    "ja": ["夜勤は22時〜翌7時で、休憩は45分だけです。", "在留期間は1年、3年、5年のどれかです。", "寮費は月2万8千円引かれます。",
           "受付番号 {bad12} で申し込みました。", "1番線の8時12分発に乗ります。", "日本語能力試験のN3とN4の違いは何ですか。",
           "6畳一間に4人で住んでいます。", "給料は手取り14万円くらいです。", "3丁目から5丁目までは工事中です。",
           "2026年4月1日から制度が変わると聞きました。", "特定技能1号から2号への移行について。"],
    "en": ["My shift is 22:00-07:00, six days a week.", "We pay 28,000 yen a month for the dorm.",
           "The visa is for 1, 3 or 5 years.", "Application no. {bad12}", "Platform 2, the 8:12 train.",
           "4 people in one 6-tatami room.", "I earn about 140,000 yen after tax.", "Bus 41 and 43 stop there.",
           "Specified Skilled Worker (i) to (ii)", "The form has 3 pages and 12 questions.",
           "Building work on blocks 3 to 5 until March."],
    "vi": ["Ca đêm từ 22h đến 7h sáng.", "Tiền ký túc xá 28.000 yên/tháng.", "Mã tiếp nhận {bad12}.",
           "4 người ở 1 phòng 6 chiếu.", "Visa 1 năm hoặc 3 năm."],
    "pt": ["Turno das 22h às 7h.", "Pagamos 28 mil ienes de alojamento.", "Número do pedido {bad12}",
           "Ganho uns 140 mil ienes líquidos.", "O ônibus 41 passa às 8h12."],
    "zh": ["夜班是22点到早上7点。", "宿舍费每月2万8千日元。", "申请编号{bad12}", "四个人住一间六叠的房间。",
           "特定技能1号转2号"],
    "es": ["Turno de 22:00 a 7:00.", "Pagamos 28.000 yenes de dormitorio.", "Solicitud n.º {bad12}"],
    "ko": ["야간 근무는 22시부터 7시까지예요.", "기숙사비가 한 달에 2만 8천 엔이에요.", "접수번호 {bad12}"],
    "tl": ["Night shift ako mula 10pm hanggang 7am.", "Apat kami sa isang kwarto na 6 tatami."],
    "id": ["Shift malam jam 22.00 sampai 07.00.", "Biaya asrama 28.000 yen per bulan."],
    "ne": ["रात्रि सिफ्ट २२ देखि ७ बजेसम्म।", "छात्रावास शुल्क महिनामा २८,००० येन।"],
    "th": ["กะดึก 22:00-07:00 น.", "ค่าหอเดือนละ 28,000 เยน"],
    "tr": ["Gece vardiyası 22.00-07.00.", "Yurt ücreti ayda 28.000 yen."],
    "ru": ["Ночная смена с 22:00 до 7:00.", "За общежитие платим 28 000 иен."],
    "uk": ["Нічна зміна з 22:00 до 7:00.", "За гуртожиток платимо 28 000 єн."],
    "mn": ["Шөнийн ээлж 22:00-07:00.", "Дотуур байрны төлбөр сард 28,000 иен."],
    "my": ["ညဆိုင်း ၂၂ နာရီမှ ၇ နာရီ။", "အဆောင်ခ တစ်လ ၂၈,၀၀၀ ယန်း။"],
    "km": ["វេនយប់ពីម៉ោង 22 ដល់ម៉ោង 7។", "ថ្លៃអន្តេវាសិកដ្ឋាន 28,000 យ៉េនក្នុងមួយខែ។"],
}  # fmt: skip


# ------------------------------------------------------------------------ value shapes
# Shapes the dev, held-out and unseen generators do not build: WhatsApp business and group links,
# LINE /R/ links and group invitations, Telegram via telegram.me, Facebook share links and
# ?mibextid= queries, Instagram ?hl= and instagr.am, TikTok vt. short links and video URLs,
# X status URLs, YouTube /user/ and ?si=, "(a)" and "_at_" e-mails, addresses with "#room" first
# or in Google's reversed order, numbers cut into other groups.


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def international_phone(rng: random.Random) -> str:
    """A number as a resident writes it for WhatsApp, Viber or Zalo: home country or +81."""
    return rng.choice(
        [
            lambda: f"+84 (0) {rng.choice('3579')}{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+63.9{_digits(rng, 2)}.{_digits(rng, 3)}.{_digits(rng, 4)}",
            lambda: f"+55-{rng.randint(11, 99)}-9{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+977 98{_digits(rng, 2)}-{_digits(rng, 6)}",
            lambda: f"+95 (0)9 {_digits(rng, 9)}",
            lambda: f"+380-{rng.choice(['66', '68', '97', '99'])}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            lambda: f"8 (9{_digits(rng, 2)}) {_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            lambda: f"+90 (5{_digits(rng, 2)}) {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+855 (0){rng.choice(['10', '15', '70', '92'])} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+976-{rng.choice(['80', '86', '91'])}{_digits(rng, 2)}-{_digits(rng, 4)}",
            lambda: f"+66 (0)9{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+62-8{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+51 (9{_digits(rng, 2)}) {_digits(rng, 3)}-{_digits(rng, 3)}",
            lambda: f"+86 1{rng.choice('3589')}{_digits(rng, 1)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+82 (0)10 {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+81({rng.choice(['90', '80', '70'])}){_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"0{rng.choice(['90', '80', '70'])}–{_digits(rng, 4)}–{_digits(rng, 4)}",
        ]
    )()  # fmt: skip


def messaging_value(rng: random.Random, slot: str, user_id: str) -> str:
    """The value of a messaging slot; `user_id` is an ID built from a name (benchmarks/privacy.py
    `handle`), used where the app's ID is chosen by the user."""
    if slot == "phone":
        groups = [rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)]
        roll = rng.random()
        if roll < 0.3:
            return f"{groups[0]}({groups[1]}){groups[2]}"
        if roll < 0.5:
            return _fullwidth("-".join(groups)).replace("－", "ー")
        if roll < 0.7:
            return "_".join(groups)
        return "–".join(groups)
    if slot == "intl":
        return international_phone(rng)
    if slot == "walink":
        roll = rng.random()
        if roll < 0.3:
            return "https://wa.me/message/" + "".join(
                rng.choice(LETTERS + "0123456789") for _ in range(13)
            )
        if roll < 0.5:
            return "https://chat.whatsapp.com/" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(22)
            )
        number = rng.choice(
            ["8180", "8190", "84" + rng.choice("39"), "639", "5541", "977", "95"]
        ) + _digits(rng, 8)
        return rng.choice(["whatsapp://send?phone=", "https://wa.me/+", "http://wa.me/"]) + number
    if slot == "lineurl":
        roll = rng.random()
        if roll < 0.5:
            return rng.choice(["https://line.me/R/ti/p/~", "http://line.me/R/ti/p/~"]) + user_id
        if roll < 0.75:
            return "https://line.me/ti/g2/" + "".join(
                rng.choice(ALNUM + LETTERS + "_-") for _ in range(22)
            )
        return "https://line.me/ti/p/~" + user_id + "?lang=ja"
    if slot == "wechat":
        roll = rng.random()
        if roll < 0.3:
            return user_id.replace(".", "_") + "_" + _digits(rng, 4)
        if roll < 0.5:
            return user_id.replace(".", "-")
        return user_id[:1].upper() + user_id[1:]
    if slot == "tg":
        name = user_id.replace(".", "_")
        roll = rng.random()
        if roll < 0.4:
            return "@" + name[:1].upper() + name[1:]
        if roll < 0.7:
            return rng.choice(["telegram.me/", "https://telegram.me/", "t.me/@"]) + name
        return "@" + name + "_" + rng.choice(["jp", "tokyo", "official", str(rng.randint(1, 99))])
    if slot == "kakao" and rng.random() < 0.3:
        return user_id.replace(".", "_") + str(rng.randint(1, 99))
    if slot == "line":
        roll = rng.random()
        if roll < 0.15:
            return user_id[:1].upper() + user_id[1:]  # capitalised by the phone's keyboard
        if roll < 0.25:
            return user_id.replace(".", "-")
    return user_id


def social_value(rng: random.Random, slot: str, user_name: str, display_name: str) -> str:
    """A profile URL or handle; `user_name` is a handle built from a name, `display_name` a
    person's name in Latin letters."""
    if slot == "ig":
        return user_name + rng.choice(["", "", "_", "__"])
    if slot == "tt":
        return user_name.replace(".", "") + rng.choice(["", "", "1", "_official"])
    if slot == "x":
        return (user_name.replace(".", "_")[:12] + rng.choice(["", "", "_jp", "1"]))[:15]
    if slot == "fb":
        roll = rng.random()
        if roll < 0.2:
            return (
                "https://www.facebook.com/share/"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(16))
                + "/"
            )
        if roll < 0.35:
            slug = ".".join(display_name.lower().split())
            return f"facebook.com/{slug}.{_digits(rng, 2)}"
        host = rng.choice(
            ["https://www.facebook.com/", "www.facebook.com/", "https://m.facebook.com/", "fb.me/"]
        )
        tail = rng.choice(["", "?mibextid=ZbWKwL", "?ref=bookmarks", "/about"])
        return host + user_name + tail
    if slot == "igu":
        roll = rng.random()
        if roll < 0.2:
            return "instagr.am/" + user_name
        host = rng.choice(
            ["https://www.instagram.com/", "www.instagram.com/", "http://instagram.com/"]
        )
        tail = rng.choice(["?hl=ja", "/?hl=en", "?utm_source=qr", "/reels/"])
        return host + user_name + tail
    if slot == "ttu":
        roll = rng.random()
        if roll < 0.25:
            return (
                "https://vt.tiktok.com/ZS"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
                + "/"
            )
        if roll < 0.55:
            return f"https://www.tiktok.com/@{user_name}/video/73{_digits(rng, 17)}"
        return (
            rng.choice(["https://m.tiktok.com/@", "tiktok.com/@"]) + user_name + "?is_from_webapp=1"
        )
    if slot == "xu":
        handle = user_name.replace(".", "_")[:15]
        roll = rng.random()
        if roll < 0.4:
            return f"https://x.com/{handle}/status/18{_digits(rng, 17)}"
        if roll < 0.6:
            return "https://mobile.twitter.com/" + handle
        return (
            rng.choice(["https://twitter.com/@", "x.com/"])
            + handle
            + rng.choice(["", "?t=" + "".join(rng.choice(ALNUM) for _ in range(8))])
        )
    # yt
    roll = rng.random()
    if roll < 0.3:
        return "https://www.youtube.com/user/" + user_name.replace(".", "")
    if roll < 0.6:
        return "https://m.youtube.com/@" + user_name
    return (
        "youtube.com/@"
        + user_name
        + "?si="
        + "".join(rng.choice(ALNUM + LETTERS) for _ in range(16))
    )


# A written-out e-mail: the "@" and "." spelled out, bracketed or replaced by a sign the reader is
# told to swap back.
AT_WORDS = {"ja": ["＠マーク", "[アット]"], "zh": ["小老鼠", "艾特符号"], "ko": ["(at)"], "ru": ["[собака]"],
            "uk": ["(равлик)"], "tr": ["at işareti"], "id": ["(at)"], "th": ["แอด"], "pt": ["(arroba)"],
            "es": ["(arroba)"], "vi": ["a móc"]}  # fmt: skip
DOT_WORDS = {"ja": ["．", "(ドット)"], "zh": ["句点"], "ko": ["쩜"], "ru": ["[точка]"], "uk": ["(крапка)"],
             "tr": ["(nokta)"], "id": ["(dot)"], "th": ["จุด"], "pt": ["(ponto)"], "es": ["(punto)"],
             "vi": ["chấm"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com"] * 5 + ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "me.com",
                                     "outlook.jp", "ymail.ne.jp", "nifty.com", "qq.com", "yandex.ua",
                                     "yahoo.com.ph", "bol.com.br", "rambler.ru"]  # fmt: skip
SWAP_NOTES = {"ja": "（(a)は@です）", "en": " ((a) = @)", "zh": "（(a)就是@）", "vi": " ((a) là @)",
              "pt": " ((a) = arroba)", "es": " ((a) es arroba)", "ko": " ((a)는 @)", "tl": " ((a) = @ po)",
              "id": " ((a) = @)"}  # fmt: skip


def written_out_email(rng: random.Random, local: str, lang: str) -> tuple[str, str]:
    """(address as written, note written after it). Only the address is the gold span."""
    domain = rng.choice(EMAIL_DOMAINS)
    parts = domain.split(".")
    roll = rng.random()
    if roll < 0.15 and lang in SWAP_NOTES:
        return f"{local}(a){domain}", SWAP_NOTES[lang]
    if roll < 0.35 and lang in AT_WORDS:
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS.get(lang, ["(dot)"]))
        rest = f" {dot} ".join(parts) if rng.random() < 0.7 else domain
        return f"{local} {at} {rest}", ""
    if roll < 0.45:
        return f"{local}_at_{'_dot_'.join(parts)}", ""
    if roll < 0.55:
        return f"{local} [@] {' [.] '.join(parts)}", ""
    if roll < 0.65:
        return _fullwidth(f"{local}@{domain}"), ""
    if roll < 0.75:
        return f"{local} at-mark {domain}", ""
    if roll < 0.85:
        return f"{local} (at sign) {parts[0]} period {' period '.join(parts[1:])}", ""
    if roll < 0.93:
        return f"{local}{{@}}{domain}", ""
    return f"{local} @{parts[0]} . {' . '.join(parts[1:])}", ""


ROMAN_TOWNS = ["Sakuradai", "Hikarigaoka", "Shakujiimachi", "Takashimadaira", "Narimasu", "Tateishi",
               "Kanamachi", "Machiya", "Nishiogu", "Kinshi", "Oshiage", "Asagaya-Kita", "Sangenjaya",
               "Kitazawa", "Hongo", "Sengoku", "Kuramae", "Yutenji", "Himonya", "Ekimae-Hondori",
               "Hanazono", "Tamagawa"]  # fmt: skip
# (ward, city, prefecture); a Tokyo ward has no city.
ROMAN_CITIES = [("Nerima", "Tokyo", "Tokyo"), ("Itabashi", "Tokyo", "Tokyo"), ("Katsushika", "Tokyo", "Tokyo"),
                ("Arakawa", "Tokyo", "Tokyo"), ("Sumida", "Tokyo", "Tokyo"), ("Setagaya", "Tokyo", "Tokyo"),
                ("Akiha", "Niigata", "Niigata"), ("Nishikan", "Niigata", "Niigata"), ("", "Oyama", "Tochigi"),
                ("", "Moka", "Tochigi"), ("", "Kusatsu", "Shiga"), ("", "Nagahama", "Shiga"),
                ("", "Soja", "Okayama"), ("", "Kurashiki", "Okayama"), ("", "Ueda", "Nagano"),
                ("", "Tsubame", "Niigata"), ("", "Takaoka", "Toyama"), ("", "Marugame", "Kagawa"),
                ("", "Imabari", "Ehime"), ("", "Naha", "Okinawa")]  # fmt: skip
ROMAN_BUILDINGS = ["Grand Maison Sakuradai", "Heights Hikari", "Residence Oyama", "Corpo Hanazono",
                   "Sunny Court", "Pine Hills", "Fortuna Bldg."]  # fmt: skip
PREF_SUFFIX = {"Tokyo": "to", "Osaka": "fu", "Kyoto": "fu", "Hokkaido": ""}


def romanized_address(rng: random.Random) -> str:
    """A Japanese address in Latin letters, in shapes the other splits do not build."""
    town = rng.choice(ROMAN_TOWNS)
    ward, city, pref = rng.choice(ROMAN_CITIES)
    c, b, g = rng.randint(1, 7), rng.randint(1, 38), rng.randint(1, 28)
    zip_code = f"{rng.randint(1, 9)}{_digits(rng, 2)}-{_digits(rng, 4)}"
    room = rng.choice([rng.randint(101, 909), rng.randint(1001, 1408)])
    tokyo_ward = city == "Tokyo"
    area_ku = f"{ward}-ku" if ward else f"{city}-shi"
    style = rng.random()
    if style < 0.2:  # Japanese order, comma-separated, chōme written after the town
        pref_s = f"{pref}-{PREF_SUFFIX.get(pref, 'ken')}".rstrip("-")
        parts = (
            [pref_s] + ([] if tokyo_ward else [f"{city}-shi"]) + ([f"{ward}-ku"] if ward else [])
        )
        return ", ".join(parts) + f", {town} {c}-chome {b}-{g}"
    if style < 0.35:  # the room first, with "#"
        return f"#{room}, {c}-{b}-{g} {town}, {area_ku}, {pref}"
    if style < 0.5:  # Google's reversed order
        area = f"{ward} City" if tokyo_ward else f"{city}" + (f", {ward} Ward" if ward else "")
        return f"{zip_code}, {pref}, {area}, {town}, {c}-{b}-{g}"
    if style < 0.62:  # formal English style
        return f"No. {b}-{g}, {c}-chome, {town}, {area_ku}, {pref} {zip_code}"
    if style < 0.72:  # the prefecture in capitals with its suffix
        pref_s = f"{pref}-{PREF_SUFFIX.get(pref, 'ken')}".rstrip("-").upper()
        return f"{c}-{b}-{g}, {town}, {area_ku}, {pref_s}"
    if style < 0.82:  # IME dashes (long vowel mark or minus sign) between the numbers
        dash = rng.choice(["ー", "−", "―"])
        return f"{town} {c}{dash}{b}{dash}{g} {area_ku}"
    if style < 0.92:  # "Shi"/"Ken" as separate words, town and number last
        if ward:
            head = f"{city} Shi {ward} Ku" if not tokyo_ward else f"Tokyo To {ward} Ku"
        else:
            head = f"{city} Shi, {pref} Ken"
        return f"{head}, {town} {c}-{b}-{g}"
    text = f"{rng.choice(ROMAN_BUILDINGS)} #{room}, {town} {c}-{b}-{g}, {area_ku}, {pref}"
    return text + rng.choice(["", " (JAPAN)", " Japan " + zip_code])


def spaced_value(
    rng: random.Random,
    kind: str,
    my_number_digits: Callable[[random.Random], str],
    jp_subscriber: Callable[[random.Random], list[str]],
) -> str:
    """A structured number with separators placed where the other splits do not put them.
    `my_number_digits` gives 12 digits with a valid check digit, `jp_subscriber` the groups of
    a Japanese number (both from benchmarks/privacy.py)."""
    if kind == "residence_card":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        tail = "".join(rng.choice(LETTERS) for _ in range(2))
        n = _digits(rng, 8)
        whole = head + n + tail
        return rng.choice([f"{whole[:4]} {whole[4:8]} {whole[8:]}", f"{whole[:4]}-{whole[4:8]}-{whole[8:]}",
                           f"{head}.{n[:4]}.{n[4:]}.{tail}", " ".join(whole), f"{head}–{n[:4]}–{n[4:]}–{tail}",
                           f"{head.lower()} {n} {tail.lower()}", _fullwidth(f"{head} {n[:4]} {n[4:]} {tail}")])  # fmt: skip
    if kind == "my_number":
        n = my_number_digits(rng)
        return rng.choice(
            [" ".join([n[0:3], n[3:6], n[6:9], n[9:]]), "-".join([n[0:3], n[3:6], n[6:9], n[9:]]),
             f"{n[:8]} {n[8:]}", " – ".join([n[:4], n[4:8], n[8:]]), "_".join([n[:4], n[4:8], n[8:]]),
             _fullwidth("-".join([n[:4], n[4:8], n[8:]])).replace("－", "ー")]
        )  # fmt: skip
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        d = _digits(rng, 7)
        return rng.choice([f"{head} {d[:2]} {d[2:4]} {d[4:]}", f"{head}・{d}", f"{head}.{d}",
                           f"P-{d}-{rng.choice(LETTERS)}", f"N {d[:3]} {d[3:]}",
                           f"E{rng.choice(LETTERS)}-{_digits(rng, 4)}-{_digits(rng, 4)}"])  # fmt: skip
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    return rng.choice(
        ["–".join(groups), _fullwidth("-".join(groups)).replace("－", "ー"), "_".join(groups),
         f"81 {groups[0][1:]} {groups[1]} {groups[2]}", f"(+81) {groups[0][1:]} {groups[1]} {groups[2]}",
         f"{groups[0]} ({groups[1]}) {groups[2]}"]
    )  # fmt: skip
