"""Templates, frames, name lists and value shapes of the `unseen8` split of benchmarks/privacy.py.

Written on 2026-12-06 by an independent data writer for issue 21 (w8), after the earlier unseen
splits (benchmarks/data/privacy_unseen.py … privacy_unseen7.py) had been written. The writer did
not open, grep or run the detector (anything under `classifiers/`, its data files, its tests,
`feedback/redaction.py` or the ADRs), and never ran `benchmarks/privacy.py`. Like `unseen7`, it is
a broad sample of how residents write to a ministry's opinion box, a consultation desk or a chat,
by a new writer: name templates in 17 languages about work, housing, school, health, family,
visas and chats; names with and without titles, at the start of a sentence, as objects, with
possessives and case endings, several people per text, signatures, names in another script than
the text; messaging IDs and social profiles; phrases for every earlier kind; public places,
institutions, officials, companies that are family names and municipalities; decoys. Nothing
here is copied from the `dev`, `heldout`, `unseen` … `unseen7` material (a script compared the
templates after normalising the slots, and the name, town, building, public-name and handle-word
lists entry by entry). How the split was made: benchmarks/data/privacy_unseen8_README.md.

The module has the same interface as benchmarks/data/privacy_unseen7.py, so that it plugs into
benchmarks/privacy.py by swapping the module:

Slots. A name template may hold several slots; each is filled with a different person and each
is a gold span of kind `name`: `{name}` (full name), `{family}`, `{given}`. `{slot@pool}` draws
the person from one pool of `Names` (for example `{family@ja_latin}` for a Japanese boss named
in an English text). Messaging slots (gold kind `messaging_id`): `{line}`, `{lineurl}`,
`{wechat}`, `{kakao}`, `{tg}`, `{phone}` (a Japanese mobile number used as Zalo/Viber/WhatsApp
ID), `{intl}` (a foreign or +81 number as written for WhatsApp/Viber/Zalo), `{walink}` (a
WhatsApp, Viber or Zalo link). Social slots (gold kind `social_profile`): `{fb}`, `{igu}`,
`{ttu}`, `{xu}`, `{yt}` (profile URLs) and `{ig}`, `{tt}`, `{x}` (a handle after a written "@").
A template of one kind may hold a slot of another kind (a signature with a LINE ID): that span
is gold of its own kind. `{}` in `PHRASES` is the value of the kind being generated. Negative
frames hold one of `{place}`, `{official}`, `{town}`, `{company}`, `{word}`, filled from the
lists below, none of which is in the dev, held-out or earlier unseen lists.

`OWN_POOLS` holds hand-written names for the pools the other splits fill from Faker, none of
them in Faker's lists: ja, ja_kana, ja_latin, zh and zh_latin (given names), ko, vi, id, th, pt,
es, tr, uk, ru and en (for uk and ru, male names only, as the benchmark pairs family and given
names of one gender there). The consumer applies them
(`names.pools[pool].update(OWN_POOLS[pool])`, as `unseen_names()` already does), so that no name
of this split comes from a list the detector could have been tuned on, except the Devanagari
`ne` pool (and any pool part `OWN_POOLS` leaves out), which stays on Faker's held-out half.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# ------------------------------------------------------------------------------ names
# The gold span is the name only; titles, kinship words, honorifics, particles and case endings
# written onto the name ("さん", "くん", "班長", "姐", "씨", "chị", "dai", "Bu", "Ate", "Dona",
# "Tía", "Hanım", "-аас", "'ya", "кум") stay out.
NAME_TEMPLATES: dict[str, list[str]] = {
    "ja": [
        "{given}くんが学童で友だちに叩かれて、眼鏡が割れました。学校は見ていないと言っています",
        "溶接の班長の{family}さんは、私たちにだけマスクを配りません",
        "{name@ja_foreign}（フィリピン国籍）の妻です。夫の在留期間の更新について質問があります",
        "寮長の{family}から、夜10時以降はシャワー禁止と言われました",
        "保証会社の{name@ja_kana}という担当者が、契約書を英語でくれませんでした",
        "{family}さんにいじめられていることを、誰に相談すればいいですか",
        "甥の{given@ja_foreign}が高校受験をしますが、日本語の作文が心配です",
        "クリーニング工場の工場長・{name}は、有給を取らせてくれません",
        "ご担当者様\n先日電話でご相談した{name}です。その後どうなったか教えてください",
        "歯医者の{family}先生は、言葉がわからないなら家族を連れてこいと言います",
        "うちの子と{given}ちゃんが同じ保育園ですが、給食に豚肉が入っていても何も言われません",
        "弁護士の{name}先生に相談したら、30分で5千円かかりました",
        "{name@ja_foreign}と{name@ja_foreign}と私の三人で、一つの部屋に住まされています",
        "送り出し機関の{name@ja_latin}さんが、借金を返すまで帰国できないと言います",
        "元夫の{name}が子どもに会わせてくれと毎日電話してきます",
        "スーパーの品出しで一緒の{family}さんが、いつも私の国のことを悪く言います",
        "社労士の{family}事務所に行ったら、外国人の相談は受けていないと断られました",
        "主治医の{family}先生は優しいですが、看護師の{family}さんはいつも怒っています",
        "{given}、ごめんね。お母さんは今日も残業で帰れません（娘へのメッセージの下書きです）",
        "よろしくお願いいたします。\n{name}\n（千葉県在住・ベトナム人）",
        "前の職場の先輩の{name@ja_foreign}さんが、転職できる会社を紹介してくれました",
        "姪の{given}を日本に呼びたいのですが、どのビザになりますか",
        "面接の時に{family}課長は月給25万と言いましたが、実際は18万でした",
        "{family@ja_foreign}一家は、大家さんに突然出て行けと言われて困っています",
    ],
    "en": [
        "{given@ne_latin} cut his hand on the meat slicer and the boss made him finish the shift",
        "Mrs {family@ja_latin} from the PTA keeps asking me to do the bell mark collection in Japanese",
        "my brother-in-law {name@vi} is the one whose passport the company took",
        "Our dorm leader {given@tl} was fired for complaining about the heater",
        "Kind regards\n{name}\nSecond year, nursing care course",
        "the lady at the ward office, {family@ja_latin}, said my pension refund form was wrong 3 times",
        "{name} and I applied for the same apartment, only the Japanese guy got a call back",
        "Can you help {given}? She's 17 and the school won't let her join the entrance exam",
        "the driving school instructor {family@ja_latin} yells at us in Japanese on purpose",
        "I'm {given@pt}'s wife, writing because his Japanese isn't good enough for this form",
        "please ask {family@ja_latin} at the guarantor company why our deposit wasn't returned",
        "it was {name@ja} who signed as my guarantor, now he passed away and the landlord wants a new one",
        "texting for my mum, {name@km_latin}, who works at the oyster farm",
        "ok thats all for now. {given}",
        "Sensei {family@ja_latin} told my daughter she can't wear earrings but the Japanese girls do",
        "Our foreman {family@ja_latin} and his son {given@ja_latin} run the demolition crew",
        "Father {name@tl} at the church said I should write here",
        "I reported {name@ja_latin} to the union but nothing happened",
        "{given} has been in the immigration detention centre for 8 months now",
        "hello, this is {given} from the strawberry greenhouse, we spoke on tuesday",
        "{given@ne_latin}'s visa got rejected but {given@ne_latin}'s was approved, same school same grades",
        "me, {given@tl} and {given@tl} all paid 50,000 yen to join the cleaning company",
        "Regards from {name@mn_latin}, a student in Chiba",
        "our landlady {family@ja_latin} comes into the flat without knocking",
    ],
    "zh": [
        "{given}在洗衣厂上夜班，手被机器夹了，厂里让她自己去医院",
        "寮长{family@ja_latin}说我们晚上十点以后不能洗澡",
        "我表妹{name}想来日本读语言学校，需要准备什么材料",
        "律师{name@ja}说我的情况可以申请，但要先交二十万",
        "此致\n敬礼！\n{name}",
        "同事{given@vi}和{given@vi}都说工资单上的加班时间不对",
        "女儿的班上有个叫{given@ja}的孩子总是欺负她",
        "前夫{name}一直不肯给孩子的抚养费",
        "我是{given}的妈妈，孩子今年上初中了",
        "婆家那边的舅舅{name@ja}说我们的签证他能帮忙",
        "我叫{given}，在千叶的便当工厂上班",
        "车间主任{family@ja_latin}每天都骂我们动作慢",
        "{given}姐说这里可以匿名投诉",
        "{name}、{name}和我三个人被同一个中介骗了",
        "牙医{family@ja_latin}不给我们看病，说没有翻译不行",
    ],
    "ko": [
        "{given} 씨가 세탁 공장에서 손을 다쳤는데 회사가 병원비를 안 줘요",
        "기숙사 사감 {family@ja_latin}가 밤 10시 이후엔 샤워 금지래요",
        "조카 {name}가 내년에 일본 대학에 가고 싶어 해요",
        "보증회사 담당자 {name@ja}가 계약서를 일본어로만 줬어요",
        "긴 글 읽어 주셔서 고맙습니다.\n{name} 올림",
        "{given}와 {given}가 같은 날 해고 통보를 받았어요",
        "제 전남편 {name}이 양육비를 안 보내요",
        "작업반장 {family@ja_latin}는 외국인한테만 마스크를 안 줘요",
        "딸 친구 {given@ja}의 엄마가 저한테만 인사를 안 해요",
        "{given}네 가족이 집주인한테 갑자기 나가라는 말을 들었어요",
        "안녕하세요, 치바에서 유학 중인 {given}라고 합니다",
        "치과 의사 {family@ja_latin} 선생님이 통역 없으면 진료를 안 해 준대요",
        "외삼촌 {name}이 일본에 오래 살아서 저를 도와주세요",
        "동료 {given@vi}한테 들었는데 여기서 상담할 수 있다고요",
        "원룸 하나에 {name}, {name}, 저까지 셋이 살아요",
    ],
    "vi": [
        "{given} bị máy ép ở xưởng giặt là kẹp tay, công ty bắt tự đi viện",
        "chị {given} cùng phòng ký túc xá bị trưởng ký túc xá quát suốt",
        "em họ em là {name}, muốn sang Nhật học tiếng thì cần giấy tờ gì ạ",
        "luật sư {name@ja} bảo trường hợp của em làm được nhưng phải đóng trước 20 vạn",
        "Em xin chân thành cảm ơn.\n{name}",
        "trưởng ca {family@ja_latin} chỉ phát khẩu trang cho người Nhật",
        "vợ cũ của {given} không cho anh ấy gặp con",
        "em với {name} và {name} bị cùng một môi giới lừa",
        "bạn cùng lớp con em tên {given@ja} hay đánh con em",
        "em là {given}, đang làm ở xưởng cơm hộp bên Chiba",
        "nha sĩ {family@ja_latin} không khám nếu không có phiên dịch",
        "anh {given} ơi, em gửi link tư vấn cho anh rồi đó",
        "mẹ vợ em, bà {name}, sang Nhật thăm thì cần visa loại nào",
        "{given} với {given@tl} ở chung phòng với em, mỗi đứa trả 4 vạn",
        "em nhờ thầy {family@ja_latin} ở trường tiếng viết hộ đơn này",
    ],
    "ne": [
        "{given} लाई लुगा धुने कारखानामा मेसिनले हात च्याप्यो",
        "होस्टेलको वार्डेन {family@ja_latin} ले राति १० बजेपछि नुहाउन दिँदैन",
        "मेरो भान्जा {name} जापानमा पढ्न आउन चाहन्छ",
        "हार्दिक धन्यवाद,\n{name}",
        "dai {given@ne_latin} ko pani visa reject bhayo",
        "{name} र {name} लाई एउटै दिन कामबाट निकालियो",
        "मेरो श्रीमान् {given} को पासपोर्ट कम्पनीले राखेको छ",
        "namaste, ma {name@ne_latin}, Chiba ko bento factory ma kaam garchu",
        "साहु {family@ja_latin} ले तलबबाट कोठा भाडा दुई पटक काट्यो",
        "भाउजू {name} लाई अस्पतालमा दोभाषे दिएनन्",
        "{given}को छोरीलाई स्कुलमा साथीहरूले हेप्छन्",
        "bahini {given@ne_latin} le yo website pathaidiyeko ho",
    ],
    "id": [
        "{given} tangannya terjepit mesin di pabrik laundry, disuruh ke rumah sakit sendiri",
        "kepala asrama, Pak {family@ja_latin}, melarang mandi setelah jam 10 malam",
        "keponakan saya {name} mau sekolah bahasa di Jepang, syaratnya apa saja",
        "Terima kasih banyak atas bantuannya.\nSalam,\n{name}",
        "Bu {given} yang kerja di pabrik bento juga gajinya dipotong",
        "mantan suami saya {name} tidak pernah kirim uang untuk anak",
        "mandor {family@ja_latin} cuma kasih masker ke orang Jepang",
        "saya {given}, mahasiswa di Chiba, mau tanya soal izin kerja paruh waktu",
        "{given} dan {given} dipecat di hari yang sama",
        "dokter gigi {family@ja_latin} minta saya bawa penerjemah sendiri",
        "rumahnya {given} dimasuki pemilik apartemen tanpa izin",
        "bapak mertua saya, {name@ja}, mau jadi penjamin tapi ditolak",
        "teman sekamar saya {given@vi} yang bantu terjemahkan surat ini",
        "{name} bilang bisa bantu urus visa asal bayar dulu",
    ],
    "tl": [
        "si {given} po naipit ang kamay sa makina sa laundry factory",
        "Ate {given} po ang nagturo sa akin ng website na ito",
        "yung dorm leader po naming si {family@ja_latin}-san, bawal daw maligo pagkatapos ng 10",
        "pamangkin ko po si {name}, gusto niyang mag-aral dito sa Japan",
        "Salamat po ng marami,\n{name}\n(caregiver, Chiba)",
        "ang ex-husband ko pong si {name} ay hindi nagbibigay ng sustento",
        "yung foreman na si {family@ja_latin} ay sa mga Hapon lang nagbibigay ng mask",
        "kaming tatlo po nina {given} at {given} ay iisang kwarto lang",
        "ayaw po kaming tingnan ng dentista na si {family@ja_latin} kung walang interpreter",
        "tita ko po si {name@tl}, matagal na siyang nasa Saitama",
        "ako po si {given}, estudyante po sa language school",
        "si {name@ja} po ang asawa ko, ayaw niya akong umuwi sa Pinas",
        "kwento po ni {given@vi} na kasama ko sa trabaho, pareho daw kami ng problema",
    ],
    "th": [
        "{given}มือโดนเครื่องหนีบที่โรงงานซักรีด บริษัทให้ไปโรงพยาบาลเอง",
        "หัวหน้าหอพัก คุณ{family@ja_latin} ห้ามอาบน้ำหลังสี่ทุ่ม",
        "หลานสาว{name}อยากมาเรียนภาษาที่ญี่ปุ่น ต้องเตรียมเอกสารอะไรบ้าง",
        "ขอบพระคุณล่วงหน้าค่ะ\n{name}",
        "พี่{given}ที่ทำงานโรงงานข้าวกล่องก็โดนหักเงินเหมือนกัน",
        "อดีตสามี {name} ไม่ส่งค่าเลี้ยงดูลูกเลย",
        "หัวหน้าคนงาน {family@ja_latin} แจกหน้ากากให้แต่คนญี่ปุ่น",
        "{given}กับ{given}โดนเลิกจ้างวันเดียวกัน",
        "หมอฟัน{family@ja_latin}บอกให้พาล่ามมาเอง",
        "พ่อสามี {name@ja} อยากเป็นผู้ค้ำประกันแต่โดนปฏิเสธ",
        "ผมชื่อ{given} เป็นนักศึกษาอยู่ที่ชิบะ",
        "เพื่อนร่วมห้อง{given@vi}ช่วยแปลจดหมายนี้ให้",
    ],
    "pt": [
        "a {given} prendeu a mão na máquina da lavanderia e a fábrica mandou ela ir sozinha pro hospital",
        "o encarregado do alojamento, {family@ja_latin}, proibiu banho depois das 22h",
        "meu afilhado {name} quer estudar japonês aqui, que documento precisa?",
        "Desde já agradeço,\n{name}",
        "a Dona {given} da fábrica de bentô também teve o salário descontado",
        "meu ex-marido {name} não paga a pensão das crianças",
        "o hanchô {family@ja_latin} só dá máscara pros japoneses",
        "eu, a {given} e a {given} dividimos um quarto só",
        "o dentista {family@ja_latin} disse que sem intérprete não atende",
        "meu sogro {name@ja} quis ser fiador e a imobiliária recusou",
        "aqui é o {given}, da fábrica de autopeças de Saitama",
        "foi a {given@tl}, minha colega filipina, que me ajudou a escrever isso",
        "o filho do {given} tá sofrendo na escola por causa do sotaque",
        "{given} e o primo dele, {given}, ficaram sem receber as horas extras",
    ],
    "es": [
        "a {given} se le atrapó la mano en la máquina de la lavandería",
        "el encargado del dormitorio, {family@ja_latin}, no deja ducharse después de las diez",
        "mi ahijada {name} quiere venir a estudiar japonés, ¿qué papeles necesita?",
        "Sin otro particular, se despide atentamente,\n{name}",
        "la señora {given} de la fábrica de bentos también sufrió descuentos",
        "mi exesposo {name} no manda la pensión de los niños",
        "el capataz {family@ja_latin} solo les da mascarillas a los japoneses",
        "{given}, {given} y yo compartimos un solo cuarto",
        "el dentista {family@ja_latin} no atiende sin intérprete",
        "mi suegro {name@ja} quiso ser garante pero la inmobiliaria no aceptó",
        "les escribe {given}, de la fábrica de autopartes en Saitama",
        "Tía {given} me pasó este enlace",
        "el hijo de {given} llora porque se burlan de su acento",
    ],
    "my": [
        "{name} အဝတ်လျှော်စက်ရုံမှာ လက်ညှပ်မိလို့ ကိုယ့်ဘာသာ ဆေးရုံသွားရတယ်",
        "အဆောင်မှူး {family@ja_latin} က ည ၁၀ နာရီနောက်ပိုင်း ရေချိုးခွင့်မပေးဘူး",
        "တူမလေး {name} ဂျပန်မှာ ဘာသာစကားကျောင်းတက်ချင်တယ်",
        "ကျေးဇူးအများကြီးတင်ပါတယ်\n{name}",
        "မမ {name} လည်း ထမင်းဘူးစက်ရုံမှာ လစာဖြတ်ခံရတယ်",
        "{name} နဲ့ {name} ကို တစ်နေ့တည်း အလုပ်ထုတ်လိုက်တယ်",
        "သွားဆရာဝန် {family@ja_latin} က စကားပြန် ကိုယ့်ဘာသာ ခေါ်လာခိုင်းတယ်",
        "Nay kaung lar, kyanaw {name@my_latin} pa, Chiba mhar bento sat yon lote tal",
        "ယောက္ခမ {name@ja} က အာမခံပေးချင်ပေမယ့် ငြင်းခံရတယ်",
        "အခန်းဖော် {name} က ဒီစာကို ဘာသာပြန်ပေးတယ်",
    ],
    "km": [
        "{name} ជាប់ដៃក្នុងម៉ាស៊ីននៅរោងចក្របោកអ៊ុត",
        "ប្រធានអន្តេវាសិកដ្ឋាន {family@ja_latin} ហាមងូតទឹកក្រោយម៉ោង ១០ យប់",
        "ក្មួយស្រី {name} ចង់មករៀនភាសានៅជប៉ុន",
        "សូមថ្លែងអំណរគុណយ៉ាងជ្រាលជ្រៅ\n{name}",
        "បងស្រី {given} នៅរោងចក្របាយប្រអប់ក៏ត្រូវកាត់ប្រាក់ខែដែរ",
        "{name} និង {name} ត្រូវបញ្ឈប់ពីការងារថ្ងៃតែមួយ",
        "ពេទ្យធ្មេញ {family@ja_latin} ឱ្យខ្ញុំនាំអ្នកបកប្រែមកខ្លួនឯង",
        "Suosdei, khnhom chmuoh {name@km_latin}, rien nov Chiba",
        "ឪពុកក្មេក {name@ja} ចង់ធានា តែគេបដិសេធ",
        "មិត្តរួមបន្ទប់ {name} ជួយបកប្រែលិខិតនេះ",
    ],
    "mn": [
        "{given} угаалгын үйлдвэрт машинд гараа хавчуулсан",
        "Дотуур байрны эрхлэгч {family@ja_latin} оройн 10 цагаас хойш усанд орохыг хориглодог",
        "Ач охин {name} маань Японд хэлний сургуульд сурахыг хүсч байна",
        "Урьдчилан баярласнаа илэрхийлье.\n{name}",
        "{given} эгч бэнто үйлдвэрт ажилладаг, цалинг нь хасчихсан",
        "{given}-аас асуухад энд бичиж болно гэсэн",
        "Шүдний эмч {family@ja_latin} орчуулагчаа өөрөө авчир гэсэн",
        "Sain uu, minii ner {name@mn_latin}, Saitama-d surguulid surdag",
        "Хадам аав {name@ja} батлан даагч болох гэсэн ч татгалзсан",
        "{given}, {given} бид гурав нэг өрөөнд байдаг, түрээсээ хүн бүр бүтнээр нь төлдөг",
    ],
    "tr": [
        "{given} çamaşırhanede elini makineye kaptırdı, firma hastaneye kendin git dedi",
        "yurt sorumlusu {family@ja_latin} gece 10'dan sonra duşu yasakladı",
        "yeğenim {name} Japonya'da dil okuluna gitmek istiyor, hangi evraklar lazım",
        "İlginiz için teşekkür ederim, saygılarımla\n{name}",
        "{given} Hanım'ın da bento fabrikasında maaşı kesilmiş",
        "eski eşim {name} çocukların nafakasını ödemiyor",
        "ustabaşı {family@ja_latin} maskeyi sadece Japonlara veriyor",
        "{given}'ya sordum, buraya yazabileceğimi söyledi",
        "diş doktoru {family@ja_latin} tercümanını kendin getir dedi",
        "kayınvalidem {name@ja} kefil olmak istedi ama emlakçı kabul etmedi",
        "ben {given}, Saitama'da bir kebapçıda çalışıyorum, patron sigortamı yapmıyor",
        "{given} ile {given} aynı odada kalıyor, kira ikisinden de tam alınıyor",
    ],
    "uk": [
        "{given} затиснув руку в машині на пральні, фірма сказала йти до лікаря самому",
        "Комендант гуртожитку {family@ja_latin} забороняє митися після 22:00",
        "Мій хрещеник {name} хоче вчитися в мовній школі в Японії",
        "Щиро дякую за відповідь,\n{name}",
        "Братові {given} відмовили в продовженні візи без пояснень",
        "{name} і я працюємо на заводі автозапчастин у Сайтамі",
        "Стоматолог {family@ja_latin} сказав приводити перекладача самому",
        "Тестеві {name@ja} не дозволили бути поручителем",
        "Пишу за дорученням кума, {given}, бо він не знає японської",
        "Майстер {family@ja_latin} дає маски лише японцям",
    ],
    "ru": [
        "{given} зажало руку в машине в прачечной, фирма отправила его к врачу самого",
        "Комендант общежития {family@ja_latin} запрещает мыться после десяти",
        "Мой крестник {name} хочет учиться в языковой школе в Японии",
        "С благодарностью и надеждой на ответ,\n{name}",
        "Брату {given} отказали в продлении визы без объяснений",
        "{name} и я работаем на заводе автозапчастей в Сайтаме",
        "Стоматолог {family@ja_latin} велел приводить переводчика самому",
        "Тестю {name@ja} не разрешили стать поручителем",
        "Пишу по просьбе кума {given}, он не знает японского",
        "Мастер {family@ja_latin} выдаёт маски только японцам",
        "У {given} забрали паспорт ещё в первый день",
    ],
}  # fmt: skip

# Name lists written for this split from common names of each country, none of them in the lists
# of benchmarks/privacy.py or the earlier unseen modules, nor in Faker's lists.
KATAKANA_FAMILY = ["ダハル", "カナル", "サパコタ", "ドゥンガナ", "ルイテル", "ウプレティ", "キエウ", "パグダンガナン", "エスゲラ", "リワナグ",
                   "バルボーザ", "メデイロス", "ワヒュディ", "オズテュルク", "キリチ", "アルスラン", "ホセイン", "ウディン", "ラヒモフ",
                   "トシュマトフ", "ユスポフ", "ポカレル", "ティミルシナ", "ブサール", "ヴィエン", "ダオ", "マグバヌア", "サリナス", "ソリアーノ",
                   "ゴドイ", "ブラガ", "ネヴェス", "シケイラ", "スハルジョ", "プルノモ", "セティアワン", "ヌルハディ", "シャヒン",
                   "オズカン", "チャタジー", "サルカル", "アクマロフ", "ヌルマトフ", "ウスモノフ", "ガニエフ", "トゥルディエフ", "ナザロフ",
                   "サイドフ", "タクリ", "スプラプト", "ナランバートル", "ガンゾリグ", "ソムブーン", "アギラール", "ペドロサ"]  # fmt: skip
KATAKANA_GIVEN = ["スジャータ", "ラクシュミ", "ディーパク", "アルジュン", "ハイン", "メアリージョイ", "アジズ", "ディルノザ", "ショフルフ",
                  "エメルソン", "ジュリアーナ", "ルアン", "プトゥ", "サンジーワ", "ティエップ", "タム", "ドゥック", "チャウ", "エンジェル",
                  "クリスティアン", "ジョマリ", "マルレーネ", "ガブリエラ", "ファビアナ", "レナータ", "アユ", "ブディマン", "アフマド", "アリシェル",
                  "シャフノザ", "ドストン", "ジャスール", "ファルフ", "ナルギザ", "オイベク", "ケマル", "セリン", "ラシェド", "カマル", "プレマ",
                  "ミンガラ", "ティダ"]  # fmt: skip
TL_GIVEN = ["Jun-jun", "Arlene Joy", "Marvin John", "Ging", "Leonila", "Bienvenido", "Crisanto", "Jhun Mark",
            "Ma. Cristina", "Ching", "Mae Ann", "Arvin Paul", "Evangeline", "Lanie", "Rolly", "Boyet", "Tonton",
            "Kimverly", "Khristine", "Lea Mae", "Wilma", "Gerlie", "Shiela Mae", "jhun mark"]  # fmt: skip
TL_FAMILY = ["Cabangon", "Dayrit", "Yabut", "Malonzo", "Pangan", "Zapanta", "Magtibay", "Macasaet", "Batungbakal",
             "Cunanan", "Dungca", "Lumanlan", "Sumang", "Buensuceso", "Ventura", "Salonga", "Caguioa", "Dimatulac",
             "Macalalad"]  # fmt: skip
NE_LATIN_GIVEN = ["Sujan", "Anjali", "Chandra Bahadur", "Roshani", "Santosh Kumar", "Pemba", "Lhakpa", "Aayush",
                  "Pabitra", "Yam Bahadur", "Niruta", "Ramesh Kumar", "Dilli Ram", "Sushma", "Samjhana", "Hem Raj",
                  "Prem Kumari", "Mina Kumari", "Lok Bahadur", "Chet Nath", "Phurba", "Indra Maya", "Shova", "bikram",
                  "sanjeev"]  # fmt: skip
NE_LATIN_FAMILY = ["Gharti Magar", "Paudel", "Timalsina", "Hamal", "Sherchan", "Gurung Ghale", "Limbu Subba", "Rai Kulung",
                   "Moktan", "Lopchan", "Bomjan", "Pakhrin", "Tamang Lama", "Jirel"]  # fmt: skip
MN_GIVEN = ["Түвшинбаяр", "Баярсайхан", "Энхтүвшин", "Эрдэнэчимэг", "Самбуу", "Батсуурь", "Эрдэнэсувд", "Содномдаржаа",
            "Нямсүрэн", "Хатанбаатар", "Лхамсүрэн", "Төрмөнх", "Батнасан", "Очирсүх", "Сарантуяа", "Гүнжидмаа"]  # fmt: skip
MN_FATHER_INITIAL = ["Га", "Жа", "Ор", "Эн", "Ху", "Оч", "Чу", "Хи", "Тү", "Ур", "Өл", "Ун"]  # fmt: skip
MN_LATIN_FATHER_INITIAL = ["Och", "Gun", "Tsog", "Khish", "Myag", "Dam", "Sod", "Byam", "Zan"]  # fmt: skip
MN_LATIN_GIVEN = ["Tuvshinbayar", "Bayarsaikhan", "Enkhtuvshin", "Erdenechimeg", "Gerelmaa", "Batsuuri", "Erdenesuvd",
                  "Sodnomdarjaa", "Nyamsuren", "Khatanbaatar", "Lkhamsuren", "Turmunkh", "Batnasan", "Ochirsukh",
                  "Sarantuya", "Gunjidmaa"]  # fmt: skip
MY_NAMES = ["ပြည့်ပြည့်", "အောင်ဇေယျ", "ရဲနောင်", "ဝါဝါလွင်", "ကျော်စွာ", "ဖြူဖြူ", "ယဉ်ယဉ်", "လဲ့လဲ့", "သဉ္ဇာ",
            "တင့်တင့်"]  # fmt: skip
MY_LATIN = ["Pyae Pyae", "Aung Zeya", "Ye Naung", "War War Lwin", "Kyaw Swar", "Phyu Phyu", "Yin Yin", "Lae Lae",
            "Thinzar", "Tint Tint", "kyaw swar"]  # fmt: skip
KM_FAMILY = ["ហ៊ួន", "ភួង", "តាំង", "ផាន", "ងួន", "ម៉ម", "ស៊ាង"]  # fmt: skip
KM_GIVEN = ["រិទ្ធី", "ចាន់ណារី", "វឌ្ឍនា", "ម៉ាលីស", "ធីតារ័ត្ន", "សម្បត្តិ",]  # fmt: skip
KM_LATIN_FAMILY = ["Nhim", "Huon", "Phoung", "Taing", "Nguon", "Sieng"]  # fmt: skip
KM_LATIN_GIVEN = ["Rithy", "Channary", "Vathana", "Malis", "Sambath", "Reaksa"]  # fmt: skip

# Hand-written names for the pools the other splits fill from Faker, none of them in Faker's
# lists. Keys are pools of benchmarks/privacy.py `Names`; each value updates that pool
# (`names.pools[pool].update(...)`). For zh and zh_latin only given names are new (Faker's
# zh_CN family list holds nearly every common surname). For uk and ru, male names only: the
# benchmark pairs family and given names of one gender there.
OWN_POOLS: dict[str, dict[str, list[str]]] = {
    "ja": {
        "family": ["四十物", "百目鬼", "小鳥遊", "宇佐美", "我如古", "漆原", "柘植", "笹川", "楠木", "犬飼", "猪俣", "蜂須賀", "鬼頭", "五百蔵",
                   "雲母", "月見里", "八月一日", "善知鳥", "御子柴", "饗庭", "纐纈", "左右田", "十河", "甘粕", "粟飯原", "廿楽", "鰐部",
                   "蒲生", "畔柳", "栗栖", "穂積", "生明"],
        "given": ["凛太朗", "碧", "結心", "重雄", "富美子", "正造", "善次郎", "和江", "照美", "孝雄", "乃愛", "暖", "壱成", "琴葉", "絃",
                  "蓮司", "睦美", "喜久子", "貞夫", "タツ", "トメ", "美津江", "勘助", "鶴松", "菊代"],
    },
    "ja_kana": {
        "family": ["イッシキ", "ウルシバラ", "ツゲ", "マカベ", "ササガワ", "イヌカイ", "イノマタ", "ハチスカ", "ショウジ", "ミコシバ", "アイバ",
                   "ソゴウ", "アマカス", "アイハラ", "ツヅラ", "ワニベ", "ガモウ", "クロヤナギ", "クルス", "ホヅミ", "キラ", "イオロイ"],
        "given": ["リンタロウ", "ツムギ", "シゲオ", "イッセイ", "メイ", "コトハ", "イト", "レンジ", "イブキ", "ムツミ", "キクコ", "サダオ",
                  "ミツエ", "カンスケ", "ツルマツ", "キクヨ"],
    },
    "ja_latin": {
        "family": ["Isshiki", "Urushibara", "Tsuge", "Sasagawa", "Amamiya", "Inukai", "Hachisuka", "Kuniyoshi", "Aragaki",
                   "Kadekaru", "Mikoshiba", "Aiba", "Sogo", "Amakasu", "Aihara", "Tsuzura", "Wanibe", "Gamo", "Kuroyanagi",
                   "Kurusu", "Hozumi", "Ioroi", "Uto", "Kaburagi", "Shiratori", "Azumi"],
        "given": ["Rintaro", "Shigeo", "Takao", "Zenjiro", "Issei", "Kotoha", "Renji", "Kikuko", "Sadao",
                  "Mitsue", "Kansuke", "Tsurumatsu", "Kikuyo"],
    },
    "zh": {
        "given": ["秋菊", "翠花", "狗蛋", "招娣", "来福", "玉凤", "红旗", "跃进", "小芳", "二妞", "石头", "满仓"],
    },
    "zh_latin": {
        "given": ["Qiuju", "Jianguo", "Cuihua", "Haitao", "Tingting", "Goudan", "Zhaodi", "Laifu", "Guilan", "Yufeng",
                  "Hongqi", "Yuejin", "Xiaofang", "Erniu", "Shitou", "Mancang"],
    },
    "ko": {
        "family": ["옹", "음", "즙", "뇌", "탄", "곡", "환", "황목"],
        "given": ["한별", "소담", "온새미", "해찬", "꽃님", "햇살", "시내", "벼리", "모아", "고운", "늘봄", "산들", "너울", "노을"],
    },
    "vi": {
        "family": ["Phí", "Mẫn", "Tôn Nữ", "Liễu"],
        "middle": ["Quế", "Sỹ", "Tất"],
        "given": ["Ngát", "Gấm", "Tũn", "Khuyên", "Sen", "Tèo", "Hên", "Bảy", "Thìn", "Dần", "Hợi"],
    },
    "id": {
        "family": ["Hasibuan", "Lumbantoruan", "Runtuwene", "Mamahit", "Sumampouw"],
        "given": ["Wayan Sudarsana", "Komang", "Ketut", "Gede", "Slamet Riyadi", "Siti Rohmah", "Yohana", "Fransiskus",
                  "Endang", "Made Arta", "Nyoman Sukarta", "Putu Ayu", "Kadek Dwi", "Paijo", "Tukiyem", "Sumiyati",
                  "Sriyani", "Rohani", "Yuyun", "Ujang", "Asep", "Cucu", "Euis", "Dadang", "Teddy Kurniawan",
                  "Ahmad Zulkifli"],
    },
    "th": {
        "family": ["พันธุ์ดี", "บุญชู", "นาคสุข", "อุดมสุข", "ศรีบุญเรือง", "วงศ์คำ", "จันทร์ดี", "ไชยสิทธิ์", "ภูมิพันธ์", "ทาสีทอง", "สีดาคำ",
                   "พิมพ์ทอง"],
        "given": ["สมพงษ์", "แสงเดือน", "ประจักษ์", "วันเพ็ญ", "ทองม้วน", "สมศรี", "บุญเหลือ", "คำแสน", "ทองสา", "หนูพิน", "บุญหลาย", "สุดใจ",
                  "คำผาย", "ทองพูน", "บัวลอง", "สมร", "หนูเล็ก", "ก้อย", "ต้อม", "นุ่น"],
    },
    "pt": {
        "family": ["Scarpelli", "Zanetti", "Sartori", "Zukeran", "Cavalheiro", "Bortolini", "Fontana", "Zanoni",
                   "Pasquali", "Leitão", "Queiroz"],
        "given": ["Maria das Graças", "Raimunda", "Ludmila", "Edinaldo", "Jucelino", "Vanderléia", "Lucineide", "Edilene",
                  "Reginaldo", "Ivanete", "Genivaldo", "Josimar", "Edivânia", "Sebastiana", "Eronildes", "Jocimara",
                  "Arlindo", "Nivaldo", "Gessica"],
    },
    "es": {
        "family": ["Sucasaca", "Copa", "Ninaja", "Calle", "Huamani", "Mollo", "Ajata", "Llanque", "Canaviri"],
        "given": ["Ruth Noemí", "Gualberto", "Hilaria", "Frida", "Sonia Rosa", "Alcira", "Yony", "Jhonny", "Crisóstomo",
                  "Gumercinda", "Wilson Rolando", "Edith Marleny", "Sabina Rosa", "Ubaldo"],
    },
    "tr": {
        "family": ["Karakoç", "Yavuzer", "Eroğlu", "Yıldırımlı", "Çiftçi", "Korkmaz", "Özdemir", "Bayram", "Topal", "Günay",
                   "Keskin", "Uysal", "Tuncer", "Şimşekli"],
        "given": ["Hilal", "Yağmur", "Beyza", "Sude", "Alperen", "Hüseyin Can", "Eray", "Fadime", "Ramazan", "Şeyma", "Betül",
                  "Burcu", "Ümmügülsüm", "Cengiz", "Taner"],
    },
    "uk": {
        "family": ["Ткачишин", "Мартинюк", "Королюк", "Сивак", "Кравчишин", "Гринчишин", "Бойчук", "Федорчак", "Андрусишин",
                   "Семенишин", "Шевчишин", "Гнатишин", "Паньків", "Процик", "Маковійчук", "Тимчишин", "Кушнірчук"],
        "given": ["Матвій", "Корній", "Ничипір", "Касіян", "Лаврін", "Мефодій", "Дорко", "Петрусь", "Михась", "Федько",
                  "Славко"],
    },
    "ru": {
        "family": ["Шемякин", "Грибанов", "Лопатин", "Чебыкин", "Ерёмкин", "Толокнов", "Бахтин", "Кочергин", "Сухоплюев",
                   "Чеботарёв", "Подкорытов", "Вахрушев", "Пустовалов", "Ощепков", "Желтухин", "Баранцев", "Суслопаров",
                   "Шишкарёв", "Брюхов", "Шадрин", "Обухов", "Гусельников", "Черепанов", "Хохряков"],
    },
    "en": {
        "family": ["Pemberton", "Ravenscroft", "Nankervis", "Tregenza", "Pengelly", "Rowse", "Boase", "Treloar", "Hocking",
                   "Opie", "Chegwidden", "Jory", "Bolitho", "Carne", "Spargo", "Trounson", "Vosper", "Kitto",
                   "Retallack", "Angove", "Curnow", "Tresidder", "Pendarves"],
        "given": ["Kerensa", "Lowenna", "Talan", "Senara", "Elowen", "Merryn", "Tegen", "Jowan", "Kenwyn", "Loveday",
                  "Wenna", "Petroc", "Tristram", "Endellion", "Ruan", "Perran", "Bryok", "Derwa", "Ygerna", "Cador",
                  "Gerens", "Tressa", "Zenna"],
    },
}  # fmt: skip

# ------------------------------------------------------------------ messaging IDs, profiles
MESSAGING_TEMPLATES: dict[str, list[str]] = {
    "ja": ["日本語があまり読めないので、返事はラインでお願いします。IDは{line}です", "LINEのグループに入りたい人はここから→{lineurl}",
           "国の母とはWhatsAppでつながっています（{intl}）", "韓国人の妻はカカオトークのほうが早いです：{kakao}",
           "ベトナムの友だちはみんなザロを使っています。私のは{phone}で登録しています", "中国語の相談はウィーチャットでも受けてもらえますか。私のIDは{wechat}",
           "夜勤明けならテレグラムで返信できます（{tg}）", "このリンクを押すとワッツアップで私につながります {walink}",
           "姉の{name@ja_foreign}の連絡先もラインで送ります：{line}"],
    "en": ["my LINE is {line}, I don't really use email", "for the LINE group of our dorm use this link {lineurl}",
           "easiest is whatsapp, my number back home is {intl}", "Kakao ID (my wife's phone) {kakao}",
           "telegram @ is {tg} if you prefer", "zalo and viber are on {phone}, texts only please, I work nights",
           "WeChat: {wechat} – my husband reads Chinese better than me", "whatsapp link here, just tap it {walink}",
           "add me on line pls → {line}"],
    "zh": ["我的LINE账号是{line}，日语不太好，最好用中文聊", "宿舍的LINE群，点这里进：{lineurl}", "我老家的WhatsApp号码：{intl}",
           "微信{wechat}，备注「咨询」就行", "我一般用Telegram，用户名{tg}"],
    "ko": ["라인은 {line} 이에요, 메일보다 이게 빨라요", "카톡 아이디 {kakao} (남편 폰이에요)", "텔레그램 {tg} 으로 연락 주셔도 돼요",
           "엄마가 쓰는 왓츠앱으로 남겨 주셔도 돼요 {intl}", "기숙사 라인 단톡방 링크예요 {lineurl}"],
    "vi": ["zalo em số {phone}, anh chị nhắn em trả lời liền", "em để link zalo ở đây, bấm vào là nhắn được {walink}",
           "line của e {line} nha", "whatsapp của ba má e ở quê {intl}", "telegram e là {tg}, tối e mới xem",
           "nhóm line của ký túc xá: {lineurl}"],
    "ne": ["जापानी नम्बरमा फोन नगर्नुस्, लाइनमा {line} खोज्नुस्", "ghar ko whatsapp {intl} ma aama le pani herchha", "viber: {phone}, raati matra herchu",
           "telegram id {tg}", "hostel ko line group link {lineurl}"],
    "id": ["WA saya {intl}, kalau telepon mungkin tidak saya angkat", "kalau mau chat, ID LINE saya {line} ya", "Telegram: {tg} (bisa bahasa Jawa juga)",
           "klik link ini langsung chat WA ke saya {walink}", "grup LINE asrama kami {lineurl}"],
    "tl": ["sa viber po ako mas madaling makontak, {phone}", "kung hindi ako sumagot, whatsapp niyo na lang ang bunso kong kapatid {intl}", "LINE ID ko po {line}, doon po ako madalas",
           "i-click lang po ito para ma-chat ako {walink}", "telegram ko po {tg}"],
    "th": ["ไลน์ไอดีหนู {line} ค่ะ ตอบไวกว่าอีเมล", "วอทส์แอปของแม่ที่อุดร {intl}", "กดลิงก์นี้เพื่อเข้ากลุ่มไลน์หอพัก {lineurl}",
           "เทเลแกรม {tg} ครับ"],
    "pt": ["meu zap do Brasil: {intl}", "LINE: {line} (falo português e um pouco de japonês)", "só clicar nesse link que abre o whats comigo {walink}",
           "quem tiver telegram me chama lá: {tg}"],
    "es": ["mi WhatsApp de Perú es {intl}", "me pueden agregar al LINE como {line}", "el enlace de WhatsApp es este {walink}",
           "por Telegram me encuentran rápido, soy {tg}"],
    "my": ["ရုံးချိန်ပြီးမှ Viber {intl} ကို ဖုန်းခေါ်ပါ", "LINE ID {line} နဲ့ ဆက်သွယ်ပါ", "Telegram {tg} ကို ညဘက် ကြည့်တယ်", "အဆောင် LINE group {lineurl}"],
    "km": ["ពេលយប់ខ្ញុំឆែក Telegram តែប៉ុណ្ណោះ {tg}", "បើទាក់ទងខ្ញុំមិនបាន សូមផ្ញើ WhatsApp ទៅបងប្រុសខ្ញុំ {intl}", "LINE ID {line} ឆាតមកបាន"],
    "mn": ["вайберийн дугаар {intl}", "LINE ID {line}, шөнө хариулна", "телеграм хаяг маань {tg}, орой хариулна"],
    "tr": ["Japonca yazamıyorsanız WhatsApp'tan ulaşın: {intl}", "LINE üzerinden yazmak isterseniz kullanıcı adım {line}", "Telegram'dan ulaşmak için: {tg}"],
    "uk": ["вайбер {intl}, пишіть українською", "LINE теж є: {line}", "телеграм {tg} — відповім увечері"],
    "ru": ["в телеге я {tg}, там быстрее", "вотсап {intl}, пишите по-русски", "мой лайн {line}"],
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, list[str]] = {
    "ja": ["寮のカビの写真はフェイスブックにあります→{fb}", "インスタで毎日の仕事のことを書いています @{ig}",
           "ティックトックに現場の動画をあげました {ttu}", "Xのアカウント（{xu}）で同じことをつぶやいています",
           "ユーチューブのチャンネル：{yt}", "インスタのリンクです {igu}", "ティックトックのユーザー名は@{tt}です",
           "エックスでは @{x} という名前でやっています"],
    "en": ["check my fb for the photos of the dorm {fb}", "on insta i'm @{ig}", "my tiktok has the video from the factory {ttu}",
           "the thread with all the screenshots is on x {xu}", "look up @{tt} on tiktok, the video from the line is there", "full vlog on my channel {yt}", "instagram link → {igu}",
           "my X handle is @{x}"],
    "zh": ["浴室墙上全是霉，我拍了发到脸书 {fb}", "想看宿舍情况的话，Instagram上搜@{ig}", "工厂的视频在抖音国际版上 {ttu}", "整个经过我录成视频发在YouTube了：{yt}",
           "推特账号{xu}"],
    "ko": ["페북에 기숙사 사진 올렸어요 {fb}", "인스타 아이디 @{ig}", "틱톡 영상 링크 {ttu}", "공장 안을 찍은 영상은 유튜브에 올렸어요 {yt}"],
    "vi": ["hình phòng trọ em đăng trên fb nè {fb}", "video quay cảnh ký túc xá em để trên tiktok {ttu}", "insta em @{ig}", "kênh youtube em {yt}"],
    "ne": ["मेरो फेसबुक प्रोफाइल यहाँ छ {fb}", "टिकटकमा मलाई @{tt} नामले खोज्नुहोस्", "insta ma photo cha {igu}"],
    "id": ["kondisi kamar mandi asrama sudah saya unggah ke FB {fb}", "follow instagram saya @{ig}, ada foto kamarnya", "video pabriknya di TikTok {ttu}"],
    "tl": ["FB ko po {fb}", "naka-live po ako minsan sa tiktok, @{tt}", "ito po ang instagram ko, andun ang video ng amo namin {igu}", "youtube channel ko po {yt}"],
    "th": ["รูปห้องน้ำหอพักที่เชื้อราขึ้นอยู่ในเฟซบุ๊กผม {fb}", "ไอจีหนู @{ig}", "ถ่ายคลิปตอนหัวหน้าตะโกนใส่ไว้ในติ๊กต็อก {ttu}"],
    "pt": ["postei o mofo do banheiro no meu face {fb}", "no insta eu posto tudo do alojamento, procura @{ig}", "o vídeo tá no meu canal {yt}"],
    "es": ["en mi Facebook subí las fotos del cuarto {fb}", "mi insta @{ig}", "subí el video a TikTok {ttu}"],
    "my": ["အဆောင်ရဲ့ မှိုတက်နေတဲ့ နံရံပုံကို Facebook ပေါ် တင်ထားပါတယ် {fb}", "TikTok မှာ @{tt} လို့ ရှာပါ"],
    "km": ["រូបបន្ទប់ស្នាក់នៅមាននៅក្នុង Facebook {fb}", "ស្វែងរក @{tt} នៅលើ TikTok"],
    "mn": ["байрны зургийг фэйсбүүктээ тавьсан {fb}", "инстаграмд @{ig} гэж хайгаарай"],
    "tr": ["banyodaki küfü çekip Facebook'ta paylaştım {fb}", "Instagram'da @{ig} diye aratın"],
    "uk": ["фото гуртожитку виклав у фейсбук {fb}", "в інсті я @{ig}"],
    "ru": ["фотки общаги выложил в фейсбук {fb}", "в инсте ищите @{ig}"],
}  # fmt: skip

# --------------------------------------------------------------------- labels of every kind
# "{}" is the value. Used for the earlier kinds and for issue 21's written-out forms alike.
PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["お返事はこちらのメールアドレスまでお願いします→{}", "携帯のアドレス（{}）なら毎日見ています",
               "書類はスキャンして{}に送ってもらえますか"],
        "en": ["pls reply to {}, my phone is off at work", "email me on {} if you need the payslips",
               "gmail: {} (the yahoo one doesn't work anymore)", "best to contact me by mail at {}"],
        "vi": ["anh chị trả lời qua mail {} giúp em nhé", "gmail của e: {}"],
        "pt": ["meu e-mail pra resposta: {}"], "es": ["me pueden responder por correo a {}"],
        "zh": ["回复请发邮件到{}"], "ko": ["회신은 문자 말고 {} 쪽으로 보내 주시면 퇴근 후에 확인할게요"], "tl": ["sa email ko na lang po {} ipadala ang sagot"],
        "id": ["balasan tolong dikirim ke email {}"], "th": ["ตอบกลับทางอีเมล {} ได้เลยค่ะ"], "tr": ["e-posta adresim {}, oradan dönebilirsiniz"],
        "uk": ["відповідь надішліть на пошту {}"], "ru": ["лучше ответьте на почту {}"], "ne": ["जवाफ इमेल {} मा पठाइदिनुहोस्"],
        "mn": ["хариуг {} хаяг руу илгээнэ үү"], "my": ["အီးမေးလ် {} ကို ပြန်စာပို့ပေးပါ"], "km": ["សូមឆ្លើយតបតាមអ៊ីមែល {}"],
    },
    "phone": {
        "ja": ["電話は夜8時以降ならつながります：{}", "携帯番号は{}です。知らない番号には出ないので、SMSも送ってください",
               "固定電話はないので、こちらに→{}"],
        "en": ["ring me after 8pm on {}", "pls send an sms to {} before calling, I can't pick up on the line", "my mobile is {}, I finish at 5"],
        "vi": ["sđt của em {}, sau 8 giờ tối gọi được"], "pt": ["meu telefone é {}, depois das 20h"], "es": ["mi número es {}, después de las 8 de la noche"],
        "zh": ["电话{}，晚上八点以后打"], "ko": ["휴대폰 {} 밤 8시 이후에 받아요"], "tl": ["cellphone ko po {}, after 8pm po"],
        "id": ["nomor HP saya {}, bisa ditelepon malam"], "ne": ["मेरो मोबाइल {}, राति ८ बजेपछि"], "th": ["เบอร์มือถือ {} โทรได้หลังสองทุ่ม"],
        "tr": ["cep telefonum {}, akşam 8'den sonra"], "ru": ["звоните на {} после восьми вечера"], "uk": ["мій мобільний {}, після восьмої вечора"],
        "mn": ["гар утас {}, оройн 8 цагаас хойш"], "my": ["ဖုန်းနံပါတ် {} ညရှစ်နာရီနောက်မှ"], "km": ["លេខទូរស័ព្ទ {} ក្រោយម៉ោង៨យប់"],
    },
    "residence_card": {
        "ja": ["更新の申請中ですが、今持っている在留カードは{}です", "念のため、私の在留カード番号は{}です"],
        "en": ["the number printed on my residence card is {}", "my residence card ({}) expires next month", "in case you need it, card number {}"],
        "vi": ["em mới gia hạn xong, thẻ cư trú mới số {}"], "pt": ["meu cartão de residente é o {}"], "es": ["la tarjeta de residente que me dieron en el aeropuerto dice {}"],
        "zh": ["续签时入管看的那张在留卡，号码{}"], "tl": ["zairyu ko po {}"], "id": ["kartu izin tinggal saya yang baru, nomornya {}"], "ne": ["नयाँ निवास कार्ड आयो, नम्बर {}"],
        "ko": ["갱신 신청하면서 받은 새 재류카드 번호가 {}예요"], "mn": ["зайрюү карт {}"], "th": ["เลขบัตรไซริว {}"], "tr": ["oturma kartı numaram {}"],
    },
    "my_number": {
        "ja": ["会社にマイナンバー（{}）を教えてしまいました。悪用されませんか", "個人番号は{}ですが、これで年金の手続きはできますか"],
        "en": ["my mynumber is {}, the agency has a copy", "a guy from the agency photographed my mynumber card ({}) with his phone"],
        "vi": ["chủ nhà chụp lại thẻ my number của em, số {}"], "pt": ["a imobiliária xerocou meu cartão my number, o número é {}"], "zh": ["中介拿走了我的个人编号{}，会不会被乱用"], "ko": ["마이넘버 {} 를 회사에 알려줬어요"],
        "tl": ["kinopya po ng agency ang My Number card ko, {} po ang nakasulat"], "id": ["kantor minta fotokopi kartu My Number saya ({})"], "es": ["le di mi My Number {} al dueño del departamento, ¿hice mal?"], "ne": ["साहुले माइ नम्बर कार्ड {} को फोटो खिचेर राख्यो"],
        "th": ["มายนัมเบอร์ของหนู {}"], "mn": ["миний май нанбер {}"],
    },
    "passport": {
        "ja": ["パスポート（{}）を社長に取り上げられたままです", "旅券の番号：{}"],
        "en": ["the supervisor locked passport no. {} in his desk on my first day", "passport # {} (expires 2029)", "the broker took passport {} and never gave it back"],
        "vi": ["hộ chiếu số {} công ty đang giữ"], "pt": ["o patrão ainda tá com meu passaporte nº {}"], "zh": ["护照号{}，现在在社长手里"], "id": ["sudah 2 tahun paspor {} tidak dikembalikan mandor"],
        "ne": ["पासपोर्ट नम्बर {} कम्पनीसँग छ"], "es": ["el jefe se quedó con mi pasaporte número {} desde que llegué"], "tl": ["hawak pa rin po nila ang passport ko, {}"],
        "th": ["นายหน้าเก็บพาสปอร์ต {} ไปตั้งแต่วันแรกที่มาถึง"], "tr": ["patron {} numaralı pasaportu kasasında tutuyor"], "ru": ["бригадир забрал паспорт № {} «на хранение» и не отдаёт"],
        "uk": ["паспорт № {} досі в начальника"], "mn": ["паспорт {} маань зуучлагчийн гарт байна"], "my": ["ပတ်စပို့ {} ကို ကုမ္ပဏီက သိမ်းထားတယ်"],
        "km": ["លិខិតឆ្លងដែនលេខ {} នៅជាមួយថៅកែ"], "ko": ["입국한 날부터 사장님 금고에 제 여권({})이 들어 있어요"],
    },
    "postal_code": {
        "ja": ["郵便番号は{}です（住所はここでは書きません）", "〒だけお伝えします：{}"], "en": ["postal code {} (i'd rather not give the full address)", "area code for post is {}"],
        "vi": ["em chỉ ghi mã bưu chính thôi: {}"], "pt": ["o código postal daqui do apartamento é {}"], "zh": ["只写邮编吧：{}"], "ko": ["우편번호 {} 입니다"],
        "id": ["kode pos tempat saya tinggal sekarang {}"], "es": ["les dejo solo el código postal, {}"], "tl": ["hindi ko na po isusulat ang buong address, postal code lang: {}"],
    },
    "address": {
        "ja": ["住所は{}です。郵便で送ってもらっても大丈夫です", "書類の送り先：{}"],
        "en": ["I'm staying at {} for now", "please post the forms to {}", "our company dorm is at {}"],
        "vi": ["em đang ở {}"], "pt": ["divido apartamento com mais dois em {}"], "es": ["vivo con mi esposo y dos hijos en {}"], "zh": ["公司宿舍的地址是{}"], "ko": ["서류는 {} 로 보내 주세요"],
        "tl": ["dito po kami nakatira ng mga anak ko, {}"], "id": ["surat bisa dikirim ke {}"], "ne": ["कागजात {} मा पठाइदिनुहोस्"], "th": ["ส่งเอกสารมาที่ {} ได้ค่ะ"],
        "tr": ["yazıyı posta ile {} adresine atarsanız eşim teslim alır"], "ru": ["документы можно прислать на {}"], "uk": ["документи можна надіслати на {}"], "mn": ["гэрийн хаяг {}"],
        "my": ["စာရွက်စာတမ်းတွေကို {} ကို ပို့ပေးပါ"], "km": ["ខ្ញុំស្នាក់នៅ {}"],
    },
    "url": {
        "ja": ["このページの求人に応募しました {}", "監理団体のホームページ→{}"],
        "en": ["the job ad I answered: {}", "this is the broker's website {}"],
        "vi": ["link tuyển dụng {}"], "pt": ["o anúncio de emprego era esse {}"], "zh": ["招聘广告链接{}"], "es": ["el anuncio de trabajo: {}"],
        "ko": ["구인 광고 링크 {}"], "tl": ["ito po yung job post {}"],
    },
    "birth_date": {
        "ja": ["照会のときは生年月日（{}）で探してください", "{}生まれの者です"], "en": ["date of birth {} if you need to find my file", "born on {}"],
        "vi": ["em sinh {}, nếu cần tra hồ sơ"], "pt": ["minha data de nascimento, caso precisem: {}"], "zh": ["我是{}出生的，档案上应该能查到"], "ko": ["제 생일은 {}이에요, 기록 찾으실 때 쓰세요"],
        "es": ["mi fecha de nacimiento es {}, igual que en el pasaporte"], "tl": ["{} po ang kaarawan ko, pareho po sa passport"], "id": ["lahir tanggal {}"], "tr": ["doğum tarihim pasaporttaki gibi {}"],
        "ru": ["дата рождения как в паспорте: {}"], "uk": ["дата народження, як у паспорті: {}"],
    },
}  # fmt: skip

# ----------------------------------------------------- public places, institutions, officials
NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "ja": ["{place}の窓口は午後4時で閉まるので、仕事を休まないと行けません", "{official}が外国人政策について話すのを、ニュースで見ました",
           "{town}に引っ越してから、近くに日本語教室がなくて困っています", "{company}の下請けの下請けで、時給1050円のままです",
           "{word}で同じ国の人と情報交換をしています", "先週{place}に行きましたが、英語の案内は一枚もありませんでした",
           "{official}あてに手紙を書いたら、返事は来るのでしょうか", "{town}の小学校には、ベトナム人の子どもが10人以上います",
           "{company}の倉庫で働いている友だちは、毎日2時間残業しています", "{place}の前でバスを降りて、そこから歩きました"],
    "en": ["{place} closes at 4pm so I have to take a day off to go", "I watched {official} on the news talking about foreign workers",
           "there's no japanese class anywhere near {town}", "I've been a temp at a {company} plant for 3 years",
           "I share tips with other Filipinos on {word}", "{place} had no English signs at all",
           "If {official} reads this, please visit a dorm without telling the company first", "{town} has a lot of Nepali restaurants now",
           "my friend works in a {company} warehouse", "Hi {place}, I have a question about the health insurance letter",
           "what {official} said about foreigners and crime really hurt my kids"],
    "zh": ["{place}的窗口下午四点就关门了", "在新闻上看到{official}谈外国人政策", "{town}附近没有日语教室",
           "我在{company}的工厂做派遣已经三年了", "我在{word}上和老乡交流信息"],
    "ko": ["{place} 창구가 오후 4시에 닫아요", "뉴스에서 {official}의 발언을 봤어요", "{town} 근처엔 일본어 교실이 없어요",
           "{company} 공장에서 파견으로 3년째 일해요", "{word}에서 정보를 얻고 있어요"],
    "vi": ["{place} đóng cửa lúc 4 giờ chiều nên em phải xin nghỉ làm", "em xem {official} phát biểu trên tivi",
           "gần {town} không có lớp tiếng Nhật nào", "em làm phái cử ở nhà máy {company} 3 năm rồi", "em hay đọc tin trên {word}"],
    "pt": ["a {place} fecha às 16h, tenho que faltar no serviço pra ir", "vi {official} falando dos estrangeiros no jornal",
           "perto de {town} não tem aula de japonês", "sou terceirizado numa fábrica da {company} faz 3 anos", "troco informação com outros brasileiros no {word}"],
    "es": ["{place} cierra a las 4 de la tarde", "vi a {official} hablando de los extranjeros en las noticias",
           "cerca de {town} no hay clases de japonés", "trabajo por agencia en una planta de {company}"],
    "tl": ["nagsasara po ang {place} ng alas-4 ng hapon", "napanood ko po si {official} sa balita",
           "walang Japanese class malapit sa {town}", "tatlong taon na po akong agency worker sa planta ng {company}"],
    "id": ["{place} tutup jam 4 sore, jadi saya harus izin kerja", "saya lihat {official} bicara di berita soal pekerja asing",
           "di dekat {town} tidak ada kelas bahasa Jepang", "saya sudah 3 tahun kerja outsourcing di pabrik {company}"],
    "ne": ["{place} साँझ ४ बजे बन्द हुन्छ", "समाचारमा {official}ले विदेशीबारे बोलेको सुनें", "{town} नजिक जापानी कक्षा छैन",
           "म {company}को कारखानामा ३ वर्षदेखि काम गर्छु"],
    "th": ["{place}ปิดสี่โมงเย็น ต้องลางานไป", "เห็น{official}พูดเรื่องแรงงานต่างชาติในข่าว", "แถว{town}ไม่มีห้องเรียนภาษาญี่ปุ่นเลย",
           "ทำงานผ่านเอเจนซี่ที่โรงงาน{company}มาสามปีแล้ว"],
    "tr": ["{place} saat 4'te kapanıyor, izin almam gerekiyor", "haberlerde {official} yabancılar hakkında konuştu",
           "{town} yakınında Japonca kursu yok", "{company} fabrikasında taşeron olarak 3 yıldır çalışıyorum"],
    "uk": ["{place} працює лише до 16:00", "Бачив у новинах, як {official} говорив про іноземців", "Біля {town} немає курсів японської",
           "Три роки працюю через агенцію на заводі {company}"],
    "ru": ["{place} работает только до 16:00", "Видел в новостях, как {official} говорил об иностранцах", "Рядом с {town} нет курсов японского",
           "Три года работаю через агентство на заводе {company}"],
    "mn": ["{place} оройн 4 цагт хаадаг", "Мэдээгээр {official} гадаадын иргэдийн тухай ярихыг сонссон", "{town}-ын ойролцоо япон хэлний анги байхгүй"],
    "my": ["{place} ညနေ ၄ နာရီ ပိတ်တယ်", "သတင်းမှာ {official} ပြောတာ ကြည့်လိုက်ရတယ်", "{town} နားမှာ ဂျပန်စာ သင်တန်း မရှိဘူး"],
    "km": ["{place} បិទម៉ោង ៤ រសៀល", "ខ្ញុំឃើញ {official} និយាយក្នុងព័ត៌មាន", "ជិត {town} គ្មានថ្នាក់ភាសាជប៉ុនទេ"],
}  # fmt: skip

PUBLIC_KANJI = ["熊谷市役所", "所沢駅", "草加市役所", "南越谷駅", "春日部市役所", "上尾駅", "狭山市役所", "深谷駅", "加須駅",
                "秩父市役所", "八潮市役所", "蕨市役所", "松戸市役所", "柏駅", "市川市役所", "市原市役所", "八千代市役所", "習志野市役所",
                "木更津駅", "銚子市役所", "埼玉労働局", "千葉労働局", "さいたま地方法務局", "千葉地方法務局", "東日本入国管理センター",
                "ハローワーク熊谷", "ハローワーク松戸", "埼玉県国際交流協会"]  # fmt: skip
PUBLIC_LATIN = ["Kumagaya City Hall", "Tokorozawa Station", "Soka City Office", "Kasukabe Station", "Ageo City Hall",
                "Matsudo City Hall", "Kashiwa Station", "Ichikawa City Office", "Ichihara City Hall", "Kisarazu Station",
                "Choshi Station", "the Saitama Labour Bureau", "the Chiba Labour Bureau", "Hello Work Matsudo",
                "the East Japan Immigration Center", "the Saitama International Association",
                "the Saitama Prefectural Government", "the Chiba Prefectural Government", "the Embassy of Nepal in Tokyo",
                "the ILO Office for Japan", "Narita International Airport"]  # fmt: skip
PUBLIC_LOCAL = {
    "vi": ["ga Kashiwa", "tòa thị chính Matsudo", "Cục Lao động Saitama", "Hello Work Chiba"],
    "pt": ["prefeitura de Kumagaya", "estação de Tokorozawa", "Hello Work de Matsudo"],
    "es": ["la municipalidad de Matsudo", "la estación de Kashiwa", "la Embajada del Perú en Japón"],
    "ko": ["가시와역", "마쓰도시청", "주일본 대한민국 대사관 영사부"],
    "zh": ["柏站", "松户市政府", "熊谷市政府", "中国驻日本大使馆领事部"],
    "tl": ["istasyon ng Kashiwa", "munisipyo ng Matsudo", "Hello Work sa Kumagaya"],
    "id": ["stasiun Kashiwa", "kantor wali kota Matsudo", "Hello Work Kashiwa"],
    "th": ["สถานีคาชิวะ", "ศาลาว่าการเมืองมัตสึโดะ", "ฮัลโหลเวิร์กมัตสึโดะ"],
    "ne": ["काशिवा स्टेसन", "मात्सुदो नगरपालिका", "टोकियोस्थित नेपाली दूतावास"],
    "my": ["ခါရှီဝါဘူတာ", "မာဆုဒိုမြို့တော်ခန်းမ", "တိုကျိုရှိ မြန်မာသံရုံး"],
    "km": ["ស្ថានីយ៍កាស៊ីវ៉ា", "សាលាក្រុងម៉ាត់ស៊ូដូ", "ស្ថានទូតកម្ពុជានៅតូក្យូ"],
    "mn": ["Кашива өртөө", "Мацудо хотын захиргаа", "Токио дахь Монгол Улсын Элчин сайдын яам"],
    "tr": ["Kashiwa İstasyonu", "Matsudo Belediyesi", "Kumagaya Belediyesi"],
    "uk": ["станція Касіва", "мерія Мацудо", "центр зайнятості Hello Work у Мацудо"],
    "ru": ["станция Касива", "мэрия Мацудо", "консульский отдел посольства в Токио"],
}  # fmt: skip
# Officials named in their role (and heads of state or government of residents' countries), as
# opinions on policy name them.
OFFICIALS = {
    "ja": ["尾崎官房副長官", "藤本所沢市長", "福田越谷市長", "熊谷市長", "松戸市長", "柏市長", "駐日フィリピン大使", "駐日ベトナム大使",
           "東京出入国在留管理局長", "衆議院議長", "参議院議長"],
    "en": ["Deputy Chief Cabinet Secretary Ozaki", "Mayor Fujimoto of Tokorozawa", "Mayor Fukuda of Koshigaya",
           "the Mayor of Kumagaya", "the Mayor of Matsudo", "UN Secretary-General António Guterres",
           "ILO Director-General Gilbert Houngbo", "the head of the Tokyo Regional Immigration Bureau",
           "Nepal's ambassador to Japan", "the Speaker of the House of Representatives"],
    "zh": ["尾崎官房副长官", "平口法务大臣", "松户市长", "东京出入国在留管理局局长"],
    "ko": ["오자키 관방부장관", "히라구치 법무상", "주일 한국대사", "마쓰도 시장"],
    "vi": ["Phó Chánh Văn phòng Nội các Ozaki", "Bộ trưởng Tư pháp Hiraguchi", "Đại sứ Phạm Quang Hiệu", "Thị trưởng Matsudo"],
    "pt": ["o ministro da Justiça Hiraguchi", "o cônsul-geral do Brasil em Tóquio", "o prefeito de Kumagaya"],
    "es": ["el embajador del Perú en Japón", "el ministro de Justicia Hiraguchi", "el alcalde de Matsudo"],
    "tl": ["ang Ambassador ng Pilipinas sa Japan", "Ministro Hiraguchi", "ang mayor ng Kashiwa"],
    "id": ["Atase Ketenagakerjaan KBRI Tokyo", "Duta Besar RI di Tokyo", "Menteri Hiraguchi"],
    "tr": ["Tokyo Büyükelçisi", "Adalet Bakanı Hiraguchi", "Matsudo Belediye Başkanı"],
    "uk": ["консул України в Токіо", "міністр юстиції Хіраґуті", "мер Мацудо"],
    "ru": ["министр юстиции Хирагути", "мэр Мацудо", "губернатор префектуры Сайтама"],
    "th": ["เอกอัครราชทูตไทยประจำกรุงโตเกียว", "รัฐมนตรีฮิรางุจิ", "นายกเทศมนตรีมัตสึโดะ"],
    "mn": ["Японд суугаа Элчин сайд", "Сайд Хирагүчи", "Мацудо хотын дарга"],
    "ne": ["जापानका लागि नेपाली राजदूत", "मन्त्री हिरागुची", "मात्सुदोका मेयर"],
    "my": ["ဂျပန်ဆိုင်ရာ မြန်မာသံအမတ်ကြီး", "ဝန်ကြီး ဟိရာဂူချိ"],
    "km": ["ឯកអគ្គរដ្ឋទូតកម្ពុជាប្រចាំប្រទេសជប៉ុន", "រដ្ឋមន្ត្រី ហ៊ីរ៉ាហ្គុជិ", "អភិបាលក្រុងម៉ាត់ស៊ូដូ"],
}  # fmt: skip
COMPANIES = ["鴻池運輸", "Konoike", "浅沼組", "Asanuma", "フジタ", "Fujita Corporation", "井関農機", "Iseki", "オークマ", "Okuma",
             "ツムラ", "Tsumura", "伊藤ハム", "Itoham", "栗田工業", "Kurita Water", "加藤製作所", "Kato Works", "ノリタケ", "Noritake"]  # fmt: skip
HANDLE_WORDS = ["mixi2", "小红书「在日宝妈群」", "#埼玉のベトナム人", "#SSWビザ", "Facebookグループ「千葉フィリピン人コミュニティ」",
                "Discordサーバー「日本語勉強会」", "BeReal", "Clubhouse", "#外国人住民の声", "Telegram-канал «Українці в Тібі»",
                "카카오 오픈채팅 「치바 한인맘」", "Viberコミュニティ「Pinoy sa Saitama」"]  # fmt: skip
PUBLIC_TOWNS = ["Kumagaya", "Tokorozawa", "Soka", "Koshigaya", "Kasukabe", "Ageo", "Sayama", "Fukaya", "Kazo", "Chichibu",
                "Yashio", "Warabi", "Matsudo", "Kashiwa", "Ichikawa", "Ichihara", "Yachiyo", "Narashino", "Kisarazu", "Choshi",
                "Noda", "Abiko"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["熊谷市", "所沢市", "草加市", "越谷市", "春日部市", "上尾市", "狭山市", "深谷市", "加須市", "秩父市", "八潮市",
                      "蕨市", "松戸市", "柏市", "市川市", "市原市", "八千代市", "習志野市", "木更津市", "銚子市", "野田市",
                      "我孫子市"]  # fmt: skip


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


# Numbers and words that look like personal data and are not: times, prices, counts, sizes,
# floors, room sizes, shift hours, years, a reference number that fails the My Number check
# digit ({bad12}). Any span found in them is a false positive.
DECOYS: dict[str, list[str]] = {
    "ja": ["部屋は6畳で、家賃は4万5千円です。", "残業は先月80時間を超えました。", "受付番号は{bad12}でした。", "娘は3年2組です。",
           "工場の中は夏になると38度になります。", "夜勤は夜10時に始まって、終わるのは朝の7時です。", "有給はまだ10日残っています。",
           "日本語能力試験はN3で、点数は112点でした。", "電車賃は片道480円かかります。"],
    "en": ["the room is 6 tatami and rent is 45,000 yen", "I did over 80 hours overtime last month", "my reference number was {bad12}",
           "my daughter is in class 3-2", "it gets to 38 degrees inside the factory in summer", "night shift is 22:00 to 7:00",
           "I still have 10 days of paid leave", "I passed N3 with 112 points", "the train is 480 yen one way"],
    "vi": ["phòng 6 chiếu, tiền nhà 4 vạn rưỡi", "tháng trước tăng ca hơn 80 tiếng", "số tiếp nhận là {bad12}", "ca đêm từ 22 giờ đến 7 giờ sáng"],
    "pt": ["o quarto tem 6 tatames e o aluguel é 45 mil ienes", "fiz mais de 80 horas extras mês passado", "no papel da prefeitura, o protocolo é {bad12}"],
    "zh": ["房间六叠，房租四万五", "工资条上写着基本工资16万8千", "信上写的受理编号是{bad12}", "我们厂晚上十点上班，早上七点下班"],
    "es": ["el cuarto es de 6 tatamis y el alquiler 45.000 yenes", "hice más de 80 horas extra el mes pasado", "el número de trámite era {bad12}"],
    "ko": ["방은 6조, 월세 4만 5천 엔", "지난달 잔업이 80시간 넘었어요", "접수 번호 {bad12}"],
    "tl": ["6 tatami po ang kwarto, 45,000 yen ang upa", "lampas 80 oras po ang overtime ko last month", "10 araw pa po ang paid leave ko"],
    "id": ["kamarnya 6 tatami, sewanya 45.000 yen", "lembur bulan lalu lebih dari 80 jam", "gaji pokok di slip cuma 168.000 yen"],
    "ne": ["कोठा ६ तातामीको, भाडा ४५,००० येन", "होस्टलबाट कारखाना पुग्न साइकलमा २५ मिनेट लाग्छ"],
    "th": ["ห้อง 6 เสื่อ ค่าเช่า 45,000 เยน", "เดือนที่แล้วทำโอทีเกิน 80 ชั่วโมง"],
    "tr": ["oda 6 tatami, kira 45.000 yen", "geçen ay 80 saatten fazla mesai yaptım"],
    "ru": ["комната 6 татами, аренда 45 000 иен", "в прошлом месяце переработка больше 80 часов"],
    "uk": ["кімната на 6 татамі, оренда 45 000 єн", "минулого місяця понад 80 годин понаднормових"],
    "mn": ["өрөө 6 татами, түрээс 45,000 иен", "байрнаас үйлдвэр хүртэл дугуйгаар 25 минут явдаг"],
    "my": ["အခန်း တာတာမီ ၆ ချပ်၊ အိမ်လခ ယန်း ၄၅,၀၀၀", "ပြီးခဲ့တဲ့လ အချိန်ပို ၈၀ နာရီကျော်"],
    "km": ["បន្ទប់ 6 តាតាមិ ថ្លៃជួល 45,000 យ៉េន", "ខែមុនធ្វើការថែមម៉ោងជាង 80 ម៉ោង"],
}  # fmt: skip


# ------------------------------------------------------------------------ value shapes
# Shapes of this split: LINE group links `line.me/ti/g2/`, official-account pages `page.line.me`,
# `?from=page` links and the old `line.naver.jp` domain; WeChat `u.wechat.com` QR links and
# `weixin://contacts/profile/`; Kakao `qr.kakao.com/talk/` and `open.kakao.com/me/` profiles;
# Telegram `telegram.me`, `telegram.dog` and `t.me/joinchat/`; WhatsApp `wa.me/qr/`,
# `whatsapp://send` and the long `api.whatsapp.com/send/?…&type=phone_number` link; Viber
# `invite.viber.com` and `viber://add`; Zalo `zalo.me/+84…`; Facebook `m.`, `mbasic.`, `fb.me`,
# `/about` and `/share/`; Instagram `/reels/`, `?hl=ja`, `ig.me/m/` and `instagr.am`; TikTok
# `vt.tiktok.com/ZS…`, `?_t=…&_r=1` and `?is_from_webapp=1`; X `/media`, `mobile.twitter.com`,
# `?lang=ja` and `?t=…&s=09`; YouTube `m.youtube.com`, `/community`, `/streams` and `?si=`;
# e-mails with "◆", "▼", "♪", "■" to swap, at/dot words in other brackets, "(a)", "_at_",
# "＠" full-width without spaces after an upper-case local part; addresses with the room after a
# dash, the country first, "chome" glued to the numbers, "#room", 丁目 copied into Latin text,
# capitals, "Pref." and a glued town; numbers cut by en dashes, "ー", "_" and dots, lower-case
# letters and digits spaced one by one.


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text).replace(
        " ", "\u3000"
    )


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def international_phone(rng: random.Random) -> str:
    """A number as a resident writes it for WhatsApp, Viber or Zalo: home country or +81."""
    return rng.choice(
        [
            lambda: f"(+84) {rng.choice('3579')}{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            lambda: f"84{rng.choice('3579')}{_digits(rng, 8)}",
            lambda: f"+63-9{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"+55 {rng.randint(11, 99)} 9 {_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+977 98-{_digits(rng, 8)}",
            lambda: f"+95 (0)9-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            lambda: f"+7 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+380 {rng.choice(['50', '66', '68', '97'])} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+62 (0)8{_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+855-{rng.choice(['10', '15', '70', '98'])}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            lambda: f"+976-{rng.choice(['99', '88', '95', '80'])}{_digits(rng, 2)}-{_digits(rng, 4)}",
            lambda: f"+66 (0) 9{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+90 5{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+51 (9{_digits(rng, 2)}) {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+86 1{rng.choice('3589')}{_digits(rng, 1)} {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+82-10-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+94 7{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+81-{rng.choice(['90', '80', '70'])}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        ]
    )()  # fmt: skip


def messaging_value(rng: random.Random, slot: str, user_id: str) -> str:
    """The value of a messaging slot; `user_id` is an ID built from a name (benchmarks/privacy.py
    `handle`), used where the app's ID is chosen by the user."""
    if slot == "phone":
        groups = [rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)]
        roll = rng.random()
        if roll < 0.2:
            return "\u2013".join(groups)
        if roll < 0.4:
            return (
                _fullwidth("".join(groups[:1]))
                + "ー"
                + "ー".join(_fullwidth(g) for g in groups[1:])
            )
        if roll < 0.55:
            return "_".join(groups)
        if roll < 0.7:
            return " - ".join(groups)
        if roll < 0.85:
            return f"(+81){groups[0][1:]} {groups[1]} {groups[2]}"
        return f"81-{groups[0][1:]}-{groups[1]}-{groups[2]}"
    if slot == "intl":
        return international_phone(rng)
    if slot == "walink":
        number = rng.choice(
            ["8190", "8180", "8470", "8486", "639", "5521", "97798", "959", "8551", "628", "9477"]
        ) + _digits(rng, 8)
        roll = rng.random()
        if roll < 0.2:
            return "https://wa.me/qr/" + "".join(
                rng.choice(LETTERS + "0123456789") for _ in range(14)
            )
        if roll < 0.4:
            return (
                "https://api.whatsapp.com/send/?phone="
                + number
                + "&text&type=phone_number&app_absent=0"
            )
        if roll < 0.55:
            return "whatsapp://send?phone=" + number
        if roll < 0.7:
            return "https://invite.viber.com/?g2=AQ" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(20)
            )
        if roll < 0.85:
            return "viber://add?number=" + number
        return "https://zalo.me/+84" + rng.choice("3579") + _digits(rng, 8)
    if slot == "lineurl":
        roll = rng.random()
        if roll < 0.3:
            return "https://line.me/ti/g2/" + "".join(
                rng.choice(ALNUM + LETTERS + "_-") for _ in range(22)
            )
        if roll < 0.55:
            return "https://page.line.me/" + user_id.replace(".", "")
        if roll < 0.8:
            return "https://line.me/R/ti/p/@" + user_id + "?from=page"
        return "http://line.naver.jp/ti/p/" + user_id
    if slot == "wechat":
        roll = rng.random()
        if roll < 0.3:
            return "https://u.wechat.com/E" + "".join(
                rng.choice(ALNUM + LETTERS + "-_") for _ in range(21)
            )
        if roll < 0.5:
            return "weixin://contacts/profile/" + user_id
        if roll < 0.75:
            return user_id.replace(".", "_") + "_" + _digits(rng, 2)
        return user_id.capitalize()
    if slot == "tg":
        name = user_id.replace(".", "_")
        roll = rng.random()
        if roll < 0.25:
            return "https://telegram.me/" + name
        if roll < 0.45:
            return "telegram.dog/" + name
        if roll < 0.65:
            return "https://t.me/joinchat/" + "".join(
                rng.choice(ALNUM + LETTERS + "-_") for _ in range(22)
            )
        return "@" + name.capitalize()
    if slot == "kakao":
        roll = rng.random()
        if roll < 0.3:
            return "https://qr.kakao.com/talk/" + "".join(
                rng.choice(ALNUM + LETTERS + "-") for _ in range(27)
            )
        if roll < 0.5:
            return "open.kakao.com/me/" + user_id.replace(".", "")
        return user_id.replace(".", "-") + rng.choice(["", "7", "_kr"])
    if slot == "line":
        roll = rng.random()
        if roll < 0.2:
            return user_id.replace(".", "-")
        if roll < 0.35:
            return "＠" + user_id
        if roll < 0.5:
            return user_id.capitalize() + _digits(rng, 2)
    return user_id


def social_value(rng: random.Random, slot: str, user_name: str, display_name: str) -> str:
    """A profile URL or handle; `user_name` is a handle built from a name, `display_name` a
    person's name in Latin letters."""
    if slot == "ig":
        return user_name + rng.choice(["", "", "__", ".jpn", "_2025"])
    if slot == "tt":
        return user_name.replace(".", "_") + rng.choice(["", "", "_vn", "._.", "01"])
    if slot == "x":
        base = user_name.replace(".", "_")[:12]
        return base + rng.choice(["", "", "_", "2", "_88"])
    if slot == "fb":
        roll = rng.random()
        if roll < 0.25:
            return "https://m.facebook.com/" + user_name
        if roll < 0.45:
            return "mbasic.facebook.com/" + user_name
        if roll < 0.65:
            return "https://fb.me/" + user_name
        if roll < 0.85:
            return "https://www.facebook.com/" + user_name + "/about"
        return (
            "https://www.facebook.com/share/"
            + "".join(rng.choice(ALNUM + LETTERS) for _ in range(10))
            + "/"
        )
    if slot == "igu":
        roll = rng.random()
        if roll < 0.3:
            return "https://instagram.com/" + user_name + "/reels/"
        if roll < 0.55:
            return "https://www.instagram.com/" + user_name + "/?hl=ja"
        if roll < 0.8:
            return "ig.me/m/" + user_name
        return "instagr.am/" + user_name
    if slot == "ttu":
        roll = rng.random()
        if roll < 0.3:
            return (
                "https://vt.tiktok.com/ZS"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
                + "/"
            )
        if roll < 0.6:
            return (
                "https://www.tiktok.com/@"
                + user_name
                + "?_t=8"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(10))
                + "&_r=1"
            )
        return "tiktok.com/@" + user_name + "?is_from_webapp=1&sender_device=pc"
    if slot == "xu":
        handle = user_name.replace(".", "_")[:15]
        roll = rng.random()
        if roll < 0.3:
            return f"https://x.com/{handle}/media"
        if roll < 0.5:
            return f"mobile.twitter.com/{handle}"
        if roll < 0.75:
            return f"https://twitter.com/{handle}?lang=ja"
        return (
            f"https://x.com/{handle}?t="
            + "".join(rng.choice(ALNUM + LETTERS) for _ in range(22))
            + "&s=09"
        )
    # yt
    roll = rng.random()
    if roll < 0.3:
        return "https://m.youtube.com/@" + user_name
    if roll < 0.5:
        return "youtube.com/@" + user_name + "/community"
    if roll < 0.75:
        return "https://www.youtube.com/@" + user_name + "/streams"
    return (
        "https://youtube.com/@"
        + user_name
        + "?si="
        + "".join(rng.choice(ALNUM + LETTERS + "_-") for _ in range(16))
    )


# A written-out e-mail: the "@" and "." spelled out, bracketed or replaced by a sign the reader is
# told to swap back.
AT_WORDS = {"ja": ["〔アットマーク〕", "『あっとまーく』"], "zh": ["⟨at⟩", "（圈儿a）"], "ko": ["‹골뱅이›", "‹앳›"],
            "ru": ["(собака-знак)"], "uk": ["(равлик-знак)"], "tr": ["(at işareti)"], "id": ["(tanda at)"], "th": ["(เครื่องหมายแอท)"],
            "pt": ["(arrobinha)"], "es": ["(arrobita)"], "vi": ["(a móc)"], "tl": ["(at-sign)"], "mn": ["‹эт›"],
            "ne": ["(एट् साइन)"]}  # fmt: skip
DOT_WORDS = {"ja": ["〔ドット〕", "『どっと』"], "zh": ["（点儿）"], "ko": ["‹닷›"], "ru": ["(точечка)"], "uk": ["(крапочка)"],
             "tr": ["(noktası)"], "id": ["(titiknya)"], "th": ["(จุด)"], "pt": ["(pontinho)"], "es": ["(puntito)"],
             "vi": ["(chấm nhé)"], "tl": ["(tuldok po)"], "mn": ["‹цэг›"], "ne": ["(डट्)"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com"] * 5 + ["docomo.ne.jp", "au.com", "yahoo.co.jp", "hotmail.com", "live.jp", "mail.ru",
                                     "ukr.net", "hanmail.net", "163.com", "yandex.ru", "gmx.com", "proton.me",
                                     "hotmail.com.br", "yahoo.com.vn"]  # fmt: skip
SWAP_NOTES = {"ja": "（{sign}の部分は@に直して送信をお願いします）", "en": " (that {sign} is really an @, because of spam bots)",
              "zh": "（{sign}就是@，防垃圾邮件）", "vi": " (chỗ {sign} là @ nha)", "pt": " (o {sign} é @, tá assim por causa de spam)",
              "es": " (el {sign} es una @, lo puse así por el spam)", "ko": " ({sign} 대신 @를 넣어서 보내주세요)",
              "tl": " (yung {sign} po ay @ talaga)", "id": " (tanda {sign} itu maksudnya @)",
              "tr": " ({sign} işaretini @ yapın lütfen)", "ru": " ({sign} — это @, пишу так из-за спама)",
              "uk": " (замість {sign} поставте @)"}  # fmt: skip


def written_out_email(rng: random.Random, local: str, lang: str) -> tuple[str, str]:
    """(address as written, note written after it). Only the address is the gold span."""
    domain = rng.choice(EMAIL_DOMAINS)
    parts = domain.split(".")
    roll = rng.random()
    if roll < 0.18 and lang in SWAP_NOTES:
        sign = rng.choice(["◆", "▼", "♪", "■"])
        return f"{local}{sign}{domain}", SWAP_NOTES[lang].format(sign=sign)
    if roll < 0.38 and lang in AT_WORDS:
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS.get(lang, ["(dot)"]))
        rest = dot.join(parts) if rng.random() < 0.6 else domain
        return f"{local}{at}{rest}", ""
    if roll < 0.48:
        return f"{local.upper()}＠{domain.upper()}", ""
    if roll < 0.58:
        return f"{local}(a){domain}", ""
    if roll < 0.68:
        return f"{local}_at_{'_dot_'.join(parts)}", ""
    if roll < 0.78:
        return f"{local} at {domain}", ""
    if roll < 0.88:
        return f"{local}@ {domain}", ""
    return f"{local}@{'(.)'.join(parts)}", ""


ROMAN_TOWNS = ["Kotesashi-cho", "Minami-Kashiwa", "Gyotoku-Ekimae", "Myoden", "Tsudanuma", "Tokiwadaira",
               "Shin-Koshigaya", "Kagohara-Minami", "Yatsu", "Tenjin-cho", "Nishiarai-Sakaecho", "Hachiman-cho",
               "Sakuradai-Higashi", "Goi-Nishi", "Yahashira", "Nishi-Kanamachi", "Higashi-Narashino"]  # fmt: skip
# (ward, city, prefecture); no ward is used.
ROMAN_CITIES = [("", "Kumagaya", "Saitama"), ("", "Tokorozawa", "Saitama"), ("", "Soka", "Saitama"),
                ("", "Koshigaya", "Saitama"), ("", "Kasukabe", "Saitama"), ("", "Ageo", "Saitama"),
                ("", "Sayama", "Saitama"), ("", "Fukaya", "Saitama"), ("", "Kazo", "Saitama"), ("", "Yashio", "Saitama"),
                ("", "Matsudo", "Chiba"), ("", "Kashiwa", "Chiba"), ("", "Ichikawa", "Chiba"), ("", "Ichihara", "Chiba"),
                ("", "Yachiyo", "Chiba"), ("", "Narashino", "Chiba"), ("", "Kisarazu", "Chiba"), ("", "Noda", "Chiba"),
                ("", "Abiko", "Chiba")]  # fmt: skip
ROMAN_BUILDINGS = ["Sunny Court Kotesashi", "Belle Maison Myoden", "Palace Tokiwadaira", "Castle Mansion Tsudanuma",
                   "Hills Minami-Kashiwa", "Corpo Yatsu II", "Royal Heim Kagohara", "Grand Soleil Goi"]  # fmt: skip
PREF_SUFFIX = {"Tokyo": "to", "Osaka": "fu", "Kyoto": "fu", "Hokkaido": ""}


def romanized_address(rng: random.Random) -> str:
    """A Japanese address in Latin letters, in shapes the other splits do not build."""
    town = rng.choice(ROMAN_TOWNS)
    _, city, pref = rng.choice(ROMAN_CITIES)
    c, b, g = rng.randint(1, 7), rng.randint(1, 35), rng.randint(1, 28)
    zip_code = f"{rng.randint(2, 3)}{_digits(rng, 2)}-{_digits(rng, 4)}"
    room = rng.choice([rng.randint(101, 508), rng.randint(1001, 1105)])
    building = rng.choice(ROMAN_BUILDINGS)
    suffix = PREF_SUFFIX.get(pref, "ken")
    pref_full = f"{pref}-{suffix}" if suffix else pref
    style = rng.random()
    if style < 0.11:  # the room after a dash
        return f"{town} {c}-{b}-{g}-{room}, {city}, {pref} {zip_code}"
    if style < 0.22:  # the country first, then down to the street
        return f"Japan, {pref_full}, {city}-shi, {town} {c}-{b}-{g}"
    if style < 0.32:  # "chome" glued to the numbers
        return f"{city}-shi {town} {c}chome{b}-{g}"
    if style < 0.42:  # "#room" and the building first
        return f"#{room} {building}, {c}-{b}-{g} {town}, {city}"
    if style < 0.52:  # 丁目 copied from the lease into Latin text
        return f"{town} {c}丁目{b}-{g}, {city}-shi"
    if style < 0.62:  # capitals, as on a parcel label
        return f"{town.upper()} {c}-{b}-{g}, {city.upper()}-SHI, {pref.upper()} {zip_code}"
    if style < 0.72:  # postal code with the mark, then the building
        return f"〒{zip_code} {city}-shi {town} {c}-{b}-{g} {building} {room}"
    if style < 0.81:  # town glued to the numbers, the rest in brackets
        return f"{town}{c}-{b}-{g} ({city}, {pref})"
    if style < 0.9:  # "Rm" and "-chome" with the building
        return f"Rm {room}, {building}, {town} {c}-chome {b}-{g}, {city} City"
    return f"{pref} Pref. {city} City {town} {c}-{b}-{g}"


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
        return rng.choice([f"{head}\u2013{n}\u2013{tail}", f"{head}_{n}_{tail}", f"{head}{n}{tail}".lower(),
                           f"{head}.{n}.{tail}", f"{head}-{n[:4]}-{n[4:]}-{tail}", f"{head}{_fullwidth(n)}{tail}",
                           " ".join(f"{head}{n}{tail}")])  # fmt: skip
    if kind == "my_number":
        n = my_number_digits(rng)
        return rng.choice(
            ["\u2013".join([n[:4], n[4:8], n[8:]]), "_".join([n[:4], n[4:8], n[8:]]), ".".join([n[:4], n[4:8], n[8:]]),
             f"{n[:6]}-{n[6:]}", "ー".join(_fullwidth(x) for x in (n[:4], n[4:8], n[8:])),
             _fullwidth(" ".join([n[:4], n[4:8], n[8:]]))]
        )  # fmt: skip
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        d = _digits(rng, 7)
        return rng.choice([f"{head}{d}".lower(), f"{head}\u2013{d}", f"{head}_{d}", f"{head} {d[:3]} {d[3:]}",
                           " ".join(f"{head}{d}"), f"{head}{_fullwidth(d)}"])  # fmt: skip
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    return rng.choice(
        ["\u2013".join(groups), "ー".join(groups), "_".join(groups), f"+81-{groups[0][1:]}-{groups[1]}-{groups[2]}",
         f"0081 {groups[0][1:]} {groups[1]} {groups[2]}", " - ".join(groups)]
    )  # fmt: skip
