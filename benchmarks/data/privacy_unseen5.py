"""Templates, frames, name lists and value shapes of the `unseen5` split of benchmarks/privacy.py.

Written on 2026-12-06 by an independent data writer for issue 21 (w5), after the first four
unseen splits (benchmarks/data/privacy_unseen.py … privacy_unseen4.py) had been written. The
writer did not open, grep or run the detector (anything under `classifiers/`, its data files,
its tests, `feedback/redaction.py`, the ADRs or the name-finder build scripts), and never ran
`benchmarks/privacy.py`. The weight is on names, as residents write them about WORK, SCHOOL,
HOSPITAL and FAMILY-REGISTRATION situations: co-workers, interns, supervisors at supervising
organisations (kanri dantai), teachers, children's classmates, nurses, doctors, interpreters,
spouses and in-laws; names inside long complaints, in lists of victims, in quoted speech, in
forms pasted into the text ("氏名：", "Họ tên:", "Name:"), nicknames, names followed by an age
or a nationality ("{given} (32, Nepal)"). Nothing here is copied from the `dev`, `heldout`,
`unseen`, `unseen2`, `unseen3` or `unseen4` material (a script compared the templates after
normalising the slots, and the name, town, building, public-name and handle-word lists entry by
entry). How the split was made: benchmarks/data/privacy_unseen5_README.md.

The module has the same interface as benchmarks/data/privacy_unseen4.py, so that it plugs into
benchmarks/privacy.py by swapping the module:

Slots. A name template may hold several slots; each is filled with a different person and each
is a gold span of kind `name`: `{name}` (full name), `{family}`, `{given}`. `{slot@pool}` draws
the person from one pool of `Names` (for example `{family@ja_latin}` for a Japanese nurse named
in an English text). Messaging slots (gold kind `messaging_id`): `{line}`, `{lineurl}`,
`{wechat}`, `{kakao}`, `{tg}`, `{phone}` (a Japanese mobile number used as Zalo/Viber/WhatsApp
ID), `{intl}` (a foreign or +81 number as written for WhatsApp/Viber/Zalo), `{walink}` (a
WhatsApp, Viber or Zalo link). Social slots (gold kind `social_profile`): `{fb}`, `{igu}`,
`{ttu}`, `{xu}`, `{yt}` (profile URLs) and `{ig}`, `{tt}`, `{x}` (a handle after a written "@").
A template of one kind may hold a slot of another kind (a signature with a LINE ID): that span
is gold of its own kind. `{}` in `PHRASES` is the value of the kind being generated. Negative
frames hold one of `{place}`, `{official}`, `{town}`, `{company}`, `{word}`, filled from the
lists below, none of which is in the earlier splits' lists.

`OWN_POOLS` holds hand-written names for the pools the other splits fill from Faker, none of
them in Faker's lists nor in the earlier splits: ja, ja_kana, ja_latin, zh and zh_latin (given
names), ko, vi, id, th, pt, es, tr, uk, ru and en (for uk and ru, male names only, as the
benchmark pairs family and given names of one gender there). The consumer applies them
(`names.pools[pool].update(OWN_POOLS[pool])`, as `unseen_names()` already does), so that no name
of this split comes from a list the detector could have been tuned on, except the Devanagari
`ne` pool (and any pool part `OWN_POOLS` leaves out), which stays on Faker's held-out half.
Hindi templates use the Devanagari `ne` pool (Nepali cooks and co-workers); Sinhala, Bengali,
Urdu and French templates name Japanese bosses, nurses, teachers and in-laws and co-workers of
other nationalities from the Latin pools, as residents of those languages write such names.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# ------------------------------------------------------------------------------ names
# The gold span is the name only; "さん", "くん", "先生", "主任", "小", "阿", "씨", "언니", "anh",
# "chị", "bé", "dai", "दाइ", "Ate", "Dona", "M.", "Bong", "Ko", "мистер" and the like stay out, and
# so do ages, nationalities, particles and case endings written after the name.
NAME_TEMPLATES: dict[str, list[str]] = {
    "ja": [
        "氏名：{name@ja_foreign}　年齢：29　在留資格：特定技能1号\n相談内容：寮費について",
        "監理団体の{family}という担当者に相談したら「我慢しなさい」と言われただけでした",
        "実習生の{given@ja_foreign}（22歳、ミャンマー）が熱中症で倒れたのに、救急車を呼ばせてもらえませんでした",
        "娘のクラスの{family}くんのお母さんから「外国人の子と遊ばせないで」と言われたそうです",
        "看護師の{family}さんは優しかったけど、主治医の{family}先生は一度も目を見て話してくれませんでした",
        "通訳として来た{name}さんは、病院の説明を半分も訳してくれませんでした",
        "婚姻届の証人欄に{name}さんの名前を書いてもらいましたが、役所で受理されませんでした",
        "被害にあったのは、{given@ja_foreign}、{given@ja_foreign}、{given@ja_foreign}、それと私の四人です",
        "「{given@ja_foreign}、お前はもう明日から来なくていい」と班長がみんなの前で怒鳴りました",
        "義母の{given}は、私が日本語を間違えるたびに笑います",
        "みんなから「{given@ja_foreign}ちゃん」と呼ばれていますが、本名は長くて誰も覚えてくれません",
        "元夫の{name}が、子どもの在留資格の書類に協力してくれません",
        "ALTの{given@en}先生が、うちの子のことをいちばん心配してくれています",
        "申請者：{name@ja_foreign}（夫）／{name@ja_foreign}（妻）　※子の出生届について",
        "産婦人科の受付の{family}さんに、保険証がないなら全額自己負担だと言われました",
        "社長の奥さん（{given}さん）が給料の計算をしていて、毎月数千円足りません",
        "技能実習生 {name@ja_foreign}（24）、{name@ja_foreign}（26）の件でご相談します",
        "夫の実家の{family}家では、お正月に私だけ台所から出してもらえません",
        "{family}主任いわく「文句があるなら国に帰れ」だそうです",
        "息子の同級生の{given}くんが、毎日「くさい」と言ってくるそうです",
        "母子手帳を受け取りに行ったら、職員の{family}さんがやさしい日本語で説明してくれました",
        "記入例　氏名：{name}　フリガナ：{name@ja_kana}　←これで合っていますか",
        "介護施設の夜勤リーダー{name}さんは、外国人スタッフにだけ休憩をくれません",
    ],
    "en": [
        "Name: {name@tl}\nAge: 34\nNationality: Filipino\nEmployer: (a care home in Gunma)",
        "{given@ne_latin} (32, Nepal) and {given@vi} (27, Vietnam) were both fired the same week",
        "our supervising organisation sent a man called {name@ja_latin} who only talked to the boss, not to us",
        "The nurse, {family@ja_latin}-san I think, kept saying 'dame, dame' and walked away",
        "Dr. {family@ja_latin} told my wife to 'go back to your country to give birth'",
        "my daughter's classmate {given@ja_latin} keeps pulling her hijab and the teacher does nothing",
        "My husband's family name is {family@ja_latin}, but the city office spelled my name wrong on the family register",
        "Victims so far: {name@id}, {name@id}, {name@vi}, and me",
        "\"{given@tl}, you are lazy like all of your people\" is what our line leader says every morning",
        "my father-in-law ({name@ja}) wants our kid to drop her Nepali middle name",
        "we just call him {given@my_latin}, the Japanese staff can't say his full name",
        "The interpreter the hospital sent, a lady named {name@zh_latin}, spoke Mandarin, but my mum only speaks Cantonese",
        "Applicant: {name@pt}  /  Spouse: {name@ja_latin}  /  Child: {given@pt}",
        "my intern buddy {given@id} was sent home after he hurt his hand, nobody paid the hospital",
        "Sorry for my english. I am {name@ne_latin}, a cook, 5 years in Japan",
        "Mrs {family@ja_latin} from the PTA said foreign parents must also do the night patrol",
        "Signed, on behalf of the 6 of us,\n{name@tl}",
        "my supervisor {name@ja_latin} (section chief) refuses to sign my paid-leave form",
        "Cc: {name@en}, our volunteer English teacher who is helping us write this",
        "her name is {name@vi}, 19, she's pregnant and the company told her to go home",
        "{given@en} from the international association said I should write everything down here",
        "a guy we call 'big {given@tl}' is the one who reports everything to the boss",
        "Full name (as on passport): {name@km_latin}\nRelationship: my younger brother",
    ],
    "zh": [
        "姓名：{name}\n性别：女\n工作单位：食品加工厂（不方便写名字）",
        "监理团体的{family@ja_latin}先生每次来都只跟社长喝茶",
        "我老公{name}在医院做手术，翻译只来了十分钟",
        "女儿班上的同学{given@ja_latin}天天叫她滚回中国去",
        "被扣工资的有：{name}、{name}、{name}，还有我自己",
        "婆婆{given@ja}说我们登记结婚的时候我就该改姓",
        "护士长{family@ja}对外国病人特别凶",
        "我们都叫她小{given}，她比我晚来半年",
        "实习生{name@vi}（越南，21岁）手指被机器夹断了",
        "课长{family@ja}的原话是：“不想干就回国”",
        "儿子的班主任{family@ja}老师很负责，帮我们联系了翻译",
        "联系人：{name}（我表哥），他在同一个工地",
        "阿{given}和我是一起来的，她在另一家养老院上班",
    ],
    "ko": [
        "성명: {name}\n국적: 한국\n체류자격: 일본인의 배우자",
        "시어머니 {given@ja}가 아이 이름을 일본식으로 바꾸라고 하세요",
        "간호사 {family@ja_latin} 씨가 통역 없이 수술 동의서에 사인하라고 했어요",
        "우리 딸 반 친구 {given@ja_kana}가 매일 괴롭힌대요",
        "피해자는 {name}, {name}, 저 이렇게 세 명입니다",
        "관리단체 담당자 {name@ja_latin}한테 연락하면 항상 바쁘다고 해요",
        "저는 {name}(38세, 한국 국적)이고 일본인 남편과 이혼 조정 중입니다",
        "점장이 \"{given}, 너 같은 애는 필요 없어\"라고 했어요",
        "직장 선배 {given} 언니가 이 사이트를 알려 줬어요",
        "남편 쪽 호적에 제 이름이 {name}로 잘못 올라가 있어요",
        "인턴 {given@vi}는 베트남 사람인데 한국어도 조금 해서 통역을 해 줘요",
        "담임 {family@ja_latin} 선생님께 상담했는데 '문화 차이'라고만 하셨어요",
    ],
    "vi": [
        "Họ tên: {name}\nNăm sinh: 1999\nNghề nghiệp: thực tập sinh kỹ năng",
        "nghiệp đoàn cử ông {family@ja_latin} xuống nhưng ông ấy chỉ nói chuyện với giám đốc",
        "cô y tá tên {family@ja_latin} nói em đau vậy là bình thường, không cho gặp bác sĩ",
        "những người bị trừ lương: {name}, {name}, {name} và em",
        "bạn cùng lớp của con em là bé {given@ja_latin} hay đánh con em ở trường",
        "anh {given} (28 tuổi, quê Nghệ An) bị tai nạn lao động mà công ty bắt khai là ngã ở nhà",
        "chồng em là {name@ja}, nhà chồng không cho em đăng ký kết hôn ở Việt Nam",
        "em tên {given}, ở xưởng mọi người gọi em là 'em út' vì em nhỏ tuổi nhất",
        "phiên dịch {name} dịch sai hết lời em nói với bác sĩ",
        "tổ trưởng {family@ja_latin} nói: 'không làm được thì về nước đi'",
        "chị {given} làm cùng ca nhờ em viết giùm vì chị không đọc được tiếng Nhật",
        "Người liên hệ: {name} (anh họ em) - cùng công ty",
    ],
    "ne": [
        "नाम: {name}\nउमेर: ३१\nकाम: होटल किचन",
        "सुपरभाइजर {family@ja_latin}ले भन्यो, 'नेपालीहरू ढिलो काम गर्छन्'",
        "छोरीको कक्षाको साथी {given@ja_latin}ले उसलाई दिनदिनै जिस्काउँछ",
        "अस्पतालकी नर्स {family@ja_latin}ले दोभाषे चाहिँदैन भनिन्",
        "पीडितहरू: {name}, {name} र म",
        "mero buhari {given@ne_latin} lai hospital ma interpreter diyena",
        "{name@ne_latin} (29, Chitwan) ko haat machine ma paryo, company le kei gareko chaina",
        "भाउजू {given}ले बच्चाको जन्मदर्ता गर्न पाइनन्",
        "kitchen ko senior {given@ne_latin} dai le malai yo site dekhayo",
        "हामी उनलाई '{given} दाइ' भन्छौं, उनी दस वर्षदेखि यहाँ छन्",
    ],
    "id": [
        "Nama: {name}\nUmur: 23\nAsal: Jawa Tengah\nPekerjaan: pemagang (jisshusei)",
        "orang kumiai namanya {name@ja_latin}, tiap datang cuma ngobrol sama presdir",
        "perawat {family@ja_latin} bilang saya harus bayar penuh karena belum ada asuransi",
        "korbannya ada {given}, {given}, {given}, sama saya",
        "anak saya sekelas dengan {given@ja_latin}, dia sering ejek anak saya karena pakai jilbab",
        "mertua saya, {name@ja}, tidak mau tanda tangan surat nikah",
        "{given} (25 th, dari Lombok) jarinya putus di mesin press",
        "panggil saja saya {given}, nama lengkap saya susah diucapkan orang Jepang",
        "kata kachou {family@ja_latin}: 'kalau tidak suka, pulang saja ke Indonesia'",
        "Pengirim: {name} a.n. teman-teman di asrama",
    ],
    "tl": [
        "Pangalan: {name}\nEdad: 41\nTrabaho: caregiver sa Saitama",
        "yung taga-kanri dantai na si {name@ja_latin} ay laging kampi sa employer",
        "sabi ng nurse na si {family@ja_latin}-san, bawal daw akong samahan ng asawa ko",
        "kami pong mga nabiktima: {name}, {name}, {name}",
        "classmate ng anak ko si {given@ja_latin}, lagi niyang tinatawag na 'gaijin' ang anak ko",
        "biyenan kong si {name@ja} ay ayaw ipa-rehistro ang kasal namin",
        "{given} (36, taga-Pampanga) ay nadulas sa pabrik, hindi siya dinala sa ospital",
        "\"{given}, umuwi ka na lang sa Pilipinas\" — yan ang sabi ng leader namin",
        "kilala ko siya bilang '{given}' lang, hindi ko alam ang apelyido niya",
        "Nagpapasalamat,\n{name}\n(para sa lahat ng caregiver sa 3rd floor)",
    ],
    "th": [
        "ชื่อ-นามสกุล: {name}\nอายุ: 27\nอาชีพ: ผู้ฝึกงานด้านเกษตร",
        "คนของสหกรณ์ชื่อ{name@ja_latin} มาทีไรก็คุยแต่กับเจ้าของฟาร์ม",
        "พยาบาล{family@ja_latin}บอกว่าถ้าไม่มีประกันต้องจ่ายเต็ม",
        "คนที่โดนหักเงิน: {given}, {given} แล้วก็ฉัน",
        "ลูกสาวโดนเพื่อนร่วมห้องชื่อ{given@ja_latin}แกล้งทุกวัน",
        "แม่สามี{given@ja}ไม่ยอมเซ็นเอกสารจดทะเบียนสมรส",
        "{given} (30 ปี, จากอุดรฯ) มือติดเครื่องจักร บริษัทไม่พาไปโรงพยาบาล",
        "เรียกหนูว่า{given}ก็ได้ค่ะ ชื่อจริงยาว",
        "หัวหน้า{family@ja_latin}พูดว่า 'ไม่ชอบก็กลับประเทศไปเลย'",
    ],
    "pt": [
        "Nome: {name}\nIdade: 45\nDekassegui desde 2008",
        "o cara da kanri dantai, um tal de {name@ja_latin}, só conversa com o shachou",
        "a enfermeira {family@ja_latin} falou que sem intérprete não dava pra fazer o exame",
        "os prejudicados foram: {name}, {name}, {name} e eu",
        "a coleguinha de sala do meu filho, a {given@ja_latin}, chama ele de 'burajiru'",
        "minha sogra {name@ja} não quer que a gente registre o casamento no yakusho",
        "o {given} (38, de Londrina) machucou a mão na prensa e a empreiteira mandou ele embora",
        "todo mundo me chama de {given}, meu nome completo ninguém aqui consegue falar",
        "o hanchou {family@ja_latin} disse: 'brasileiro só sabe reclamar'",
        "Att.,\n{name}\n(pelas famílias da escola do conjunto Homi)",
    ],
    "es": [
        "Nombre: {name}\nEdad: 33\nNacionalidad: peruana\nEmpleo: fábrica de autopartes",
        "el de la kanri dantai, un tal {name@ja_latin}, solo habla con el dueño",
        "la enfermera {family@ja_latin} me dijo que sin seguro tenía que pagar todo",
        "los afectados somos {name}, {name} y yo",
        "una compañera de clase de mi hijo, {given@ja_latin}, le dice 'extranjero sucio'",
        "mi cuñada {name@ja} se negó a ser testigo del registro de matrimonio",
        "{given} (29, de Trujillo) se cortó la mano y el encargado no lo llevó al hospital",
        "en el trabajo me dicen {given} nomás, mi nombre completo es muy largo para ellos",
        "el jefe de línea {family@ja_latin} dijo: 'si no te gusta, vuélvete a tu país'",
    ],
    "my": [
        "အမည် - {name}\nအသက် - ၂၆\nအလုပ် - စက်ရုံ အလုပ်သင်",
        "ကြီးကြပ်ရေးအဖွဲ့က {name@ja_latin} ဆိုတဲ့လူက သူဌေးနဲ့ပဲ စကားပြောတယ်",
        "သူနာပြု {family@ja_latin} က စကားပြန် မလိုဘူးလို့ ပြောတယ်",
        "ထိခိုက်ခံရသူများ - {name}၊ {name} နဲ့ ကျွန်မ",
        "{name} (၂၄ နှစ်၊ မန္တလေး) လက်ချောင်း ပြတ်သွားတယ်",
        "Ko {name@my_latin} ka pyaw tal, company ka passport ma pay bu tae",
        "အားလုံးက ကျွန်တော့်ကို '{name}' လို့ပဲ ခေါ်ကြတယ်",
        "ခေါင်းဆောင် {family@ja_latin} က 'မကြိုက်ရင် ပြန်' လို့ ပြောတယ်",
    ],
    "km": [
        "ឈ្មោះ៖ {name}\nអាយុ៖ ២៥\nការងារ៖ កម្មសិក្សាការីកសិកម្ម",
        "អ្នកសមាគមគ្រប់គ្រង {name@ja_latin} មកម្ដងៗ និយាយតែជាមួយថៅកែ",
        "គិលានុបដ្ឋាយិកា {family@ja_latin} ថាខ្ញុំមិនត្រូវការអ្នកបកប្រែទេ",
        "អ្នករងគ្រោះ៖ {name}, {name} និងខ្ញុំ",
        "{name} (២៣ ឆ្នាំ, កំពង់ចាម) ដៃត្រូវម៉ាស៊ីនកិន",
        "Bong {name@km_latin} jea ke del bangaeuy knhom oy sarsay nov tinih",
        "កូនស្រីខ្ញុំត្រូវមិត្តរួមថ្នាក់ឈ្មោះ {given@ja_latin} សើចចំអករាល់ថ្ងៃ",
        "ម្ដាយក្មេក {name@ja} មិនព្រមឱ្យចុះបញ្ជីអាពាហ៍ពិពាហ៍",
    ],
    "mn": [
        "Нэр: {name}\nНас: 28\nАжил: барилгын дадлагажигч",
        "Хяналтын байгууллагын {name@ja_latin} гэдэг хүн ирэхээрээ зөвхөн захиралтай ярьдаг",
        "Сувилагч {family@ja_latin} орчуулагч хэрэггүй гэсэн",
        "Хохирогчид: {name}, {name}, бас би",
        "{given} (27, Дарханаас) гараа машинд хавчуулсан",
        "Ажил дээр намайг зүгээр л {given} гэж дууддаг",
        "hadam eej {name@ja} gerlelt burtguulehiig zuvshuurukhgui bn",
        "Ангийн хүүхэд {given@ja_latin} миний хүүг өдөр бүр шоолдог",
    ],
    "tr": [
        "Ad Soyad: {name}\nYaş: 36\nİşyeri: söküm firması (Kawaguchi)",
        "denetim birliğinden {name@ja_latin} diye biri geliyor, sadece patronla konuşuyor",
        "hemşire {family@ja_latin} tercüman gerekmez dedi",
        "mağdurlar: {name}, {name} ve ben",
        "{given} (31, Gaziantepli) elini makineye kaptırdı, hastaneye götürmediler",
        "kızımın sınıf arkadaşı {given@ja_latin} her gün onunla dalga geçiyor",
        "kayınpederim {name@ja} evlilik kaydı için imza vermiyor",
        "iş yerinde bana kısaca {given} diyorlar, asıl adım uzun",
        "şef {family@ja_latin}: 'beğenmiyorsan memleketine dön' dedi",
    ],
    "uk": [
        "ПІБ: {name}\nВік: 44\nСтатус: тимчасовий захист, живу у префектурі Тіба",
        "Координатор {name@ja_latin} з організації-наглядача приходить лише до директора",
        "Медсестра {family@ja_latin} сказала, що перекладач не потрібен",
        "Постраждалі: {name}, {name} і я",
        "{given} (52 роки, з Харкова) пошкодив руку на складі",
        "Однокласник доньки {given@ja_latin} щодня її дражнить",
        "Мій свекор {name@ja} не хоче підписувати документи про шлюб",
        "Синові у школі кажуть просто '{given}', бо повне ім'я складне",
    ],
    "ru": [
        "ФИО: {name}\nВозраст: 39\nРабота: автомастерская",
        "Куратор {name@ja_latin} из надзорной организации общается только с директором",
        "Медсестра {family@ja_latin} заявила, что переводчик не нужен",
        "Пострадавшие: {name}, {name} и я",
        "{given} (34 года, из Иркутска) повредил руку на конвейере",
        "Одноклассник сына {given@ja_latin} каждый день его задирает",
        "Свекровь {name@ja} не хочет подписывать бумаги для регистрации брака",
        "Бригадир {family@ja_latin} сказал: «Не нравится — уезжай домой»",
        "Мой сосед по общежитию {name}, тоже водитель погрузчика, остался без выплат",
    ],
    "si": [
        "සුපවයිසර් {family@ja_latin} මහත්තයා අපිට හැමදාම බනිනවා",
        "මගේ දුවගේ පන්තියේ {given@ja_latin} ඇයට හැමදාම විහිළු කරනවා",
        "හෙද නිලධාරිනී {family@ja_latin} කිව්වා භාෂා පරිවර්තකයෙක් ඕනේ නැහැ කියලා",
        "අපේ කම්හලේ {given@vi} (26, වියට්නාමය) අතට තුවාල වුණා",
        "මගේ නැන්දම්මා {name@ja} අපේ විවාහය ලියාපදිංචි කරන්න එකඟ නැහැ",
        "{name@ne_latin} සහ {name@tl} අපිත් එක්ක එකම නේවාසිකාගාරයේ ඉන්නවා",
        "මේ ලිපිය ලියන්න උදව් කළ {name@en} ගුරුතුමියට ස්තූතියි",
    ],
    "bn": [
        "সুপারভাইজার {family@ja_latin} আমাদের প্রতিদিন গালি দেয়",
        "আমার মেয়ের ক্লাসের {given@ja_latin} তাকে রোজ খেপায়",
        "নার্স {family@ja_latin} বললেন দোভাষীর দরকার নেই",
        "আমাদের কারখানার {given@id} (২৪, ইন্দোনেশিয়া) মেশিনে হাত কেটে ফেলেছে",
        "আমার শাশুড়ি {name@ja} বিয়ের নিবন্ধনে সই করতে রাজি না",
        "ক্ষতিগ্রস্তরা: {name@ne_latin}, {name@vi} আর আমি",
        "রান্নাঘরের সিনিয়র {given@ne_latin} দাদা আমাকে এই সাইটটা দেখিয়েছে",
    ],
    "hi": [
        "नाम: {name@ne}\nउम्र: 30\nकाम: इंडियन रेस्टोरेंट में कुक",
        "सुपरवाइज़र {family@ja_latin} हमें रोज़ डाँटते हैं",
        "मेरी बेटी की क्लास का {given@ja_latin} उसे रोज़ चिढ़ाता है",
        "नर्स {family@ja_latin} ने कहा कि दुभाषिए की ज़रूरत नहीं है",
        "हमारे रेस्टोरेंट के {given@ne} (29, नेपाल) का हाथ तंदूर में जल गया",
        "मेरी सास {name@ja} शादी का रजिस्ट्रेशन नहीं होने दे रहीं",
        "पीड़ित: {name@ne}, {name@ne} और मैं",
        "किचन में सब उसे बस '{given@ne}' बुलाते हैं, पूरा नाम कोई नहीं लेता",
    ],
    "ur": [
        "سپروائزر {family@ja_latin} ہمیں روز ڈانٹتا ہے",
        "میری بیٹی کی کلاس کا {given@ja_latin} اسے روز تنگ کرتا ہے",
        "نرس {family@ja_latin} نے کہا کہ مترجم کی ضرورت نہیں",
        "ہماری فیکٹری کے {given@id} (27، انڈونیشیا) کا ہاتھ مشین میں آ گیا",
        "میری ساس {name@ja} نکاح کے اندراج پر دستخط نہیں کر رہیں",
        "متاثرین: {name@ne_latin}، {name@tr} اور میں",
        "گاڑیوں کے یارڈ کا مالک {name@ja_latin} ہر مہینے تنخواہ روک لیتا ہے",
    ],
    "fr": [
        "Le superviseur {family@ja_latin} nous crie dessus tous les jours",
        "la camarade de classe de ma fille, {given@ja_latin}, se moque de ses cheveux",
        "l'infirmière {family@ja_latin} m'a dit que je n'avais pas besoin d'interprète",
        "{given@tl} (35 ans, Philippines), ma collègue, s'est brûlé la main en cuisine",
        "ma belle-mère, {name@ja}, refuse de signer pour l'enregistrement du mariage",
        "Victimes : {name@vi}, {name@ne_latin} et moi",
        "Cordialement,\n{name@en}\n(professeur d'anglais, Nagoya)",
        "le responsable de l'agence, M. {family@ja_latin}, ne répond plus depuis janvier",
    ],
}  # fmt: skip

# Name lists written for this split from common names of each country, none of them in the lists
# of benchmarks/privacy.py or of the earlier unseen modules, nor in Faker's lists.
KATAKANA_FAMILY = ["マハルジャン", "ダンゴル", "プラダン", "シルワル", "ブダトキ", "ヴオン", "ティエウ", "パンガニバン",
                   "アゼヴェード", "ファリアス", "ゴウラール", "ハンダヤニ", "ジャヤスーリヤ", "ウィクラマシンハ",
                   "ホサイン", "チョウドリー", "ディサナヤケ", "アマラシンハ", "シャキャ", "ネウパネ", "マンダル",
                   "トレンティーノ", "カルヴァーリョ", "ピメンテル", "ウアマン", "マユタ", "アクタス", "バトバヤル"]  # fmt: skip
KATAKANA_GIVEN = ["ビック", "ロアン", "スマン", "アニシャ", "ビネシュ", "ジェリコ", "ロウェナ", "ジョシネイデ", "ニルミニ",
                  "カスン", "ラキブ", "ナスリン", "ビルグーン", "ミルトン", "タンダー", "チャミンダ", "サンダマリ",
                  "ドゥルガ", "ズエン", "マイアン", "ジェネリン", "ルシアナ", "ワンデルレイ", "セルカン", "ヒュリヤ",
                  "ウンドラム", "スレイモム", "エイエイ", "キンマウン", "ファリダ"]  # fmt: skip
TL_GIVEN = ["Jhunjhun", "Girlie", "Rachelle Ann", "John Rey", "Mary Grace", "Aljon", "Jessa Mae", "Lyka",
            "Sheena Mae", "Jerick", "Princess Joy", "Marjorie", "Rodelio", "Jemalyn", "Inday", "Jaypee", "Kervin",
            "Jovelyn", "Emelyn", "Ruel", "Jonjon", "Bebeth", "Roselle", "jaypee"]  # fmt: skip
TL_FAMILY = ["Lacsamana", "Pascua", "Dinglasan", "Sumague", "Bacani", "Ilagan", "Tayag", "Sazon", "Villarama",
             "Dela Paz", "Magsino", "Gatdula", "Manabat", "Bagasbas", "Maglalang", "Tupaz", "Caringal", "Yumul",
             "Pagdanganan", "Madlangbayan", "Manaloto", "Tabangay"]  # fmt: skip
NE_LATIN_GIVEN = ["Anish", "Dil Bahadur", "Min Bahadur", "Ganga", "Saraswati", "Puja", "Khem", "Bishnu Maya",
                  "Tek Bahadur", "Chandra Kala", "Durga Prasad", "Sujata", "Ashmita", "Prabin", "Suraj", "Ujjwal",
                  "Ishwor", "Govinda", "Ramita", "Chiranjivi", "Bal Krishna", "Phul Maya", "Ritesh", "prabin"]  # fmt: skip
NE_LATIN_FAMILY = ["Thapaliya", "Pun Magar", "Shrestha Newar", "Giri", "Rana Magar", "Tharu", "Bhujel", "Pariyar",
                   "Rokaya", "Humagain", "Silwal", "Dangol"]  # fmt: skip
MN_GIVEN = ["Бямбасүрэн", "Ананд", "Жаргалсайхан", "Мөнх-Эрдэнэ", "Цогзолмаа", "Нандин-Эрдэнэ", "Дөлгөөн",
            "Амарсанаа", "Төгөлдөр", "Алтанхуяг", "Ган-Очир", "Чинзориг", "Мөнгөнцэцэг", "Тэнгэр"]  # fmt: skip
MN_FATHER_INITIAL = ["Ба", "Тө", "Ал", "Пү", "Хо", "Ну"]
MN_LATIN_FATHER_INITIAL = ["Ba", "Tu", "Al", "Pu", "Kho", "Nu"]
MN_LATIN_GIVEN = ["Byambasuren", "Anand", "Jargalsaikhan", "Munkh-Erdene", "Tsogzolmaa", "Nandin-Erdene",
                  "Dulguun", "Amarsanaa", "Tuguldur", "Altankhuyag", "Gan-Ochir", "Chinzorig", "Mungungtsetseg",
                  "Tenger"]  # fmt: skip
MY_NAMES = ["စုမြတ်", "ရဲထွဋ်", "အိချော", "ချမ်းမြေ့", "လှိုင်ဝင်း", "ခင်မာလာ", "မျိုးမင်း", "ကြည်ဖြူ", "ဇာခြည်",
            "ဝါဝါ", "လင်းလက်", "သူရ"]  # fmt: skip
MY_LATIN = ["Ye Htut", "Ei Chaw", "Chan Myae", "Hlaing Win", "Khin Mar Lar", "Thida Aye", "Nay Linn", "Myo Min",
            "Kyi Phyu", "Zar Chi", "Wah Wah", "Lin Let", "Thura", "zar chi"]  # fmt: skip
KM_FAMILY = ["ប្រាក់", "ឈន", "ញ៉ែម", "សត", "រស់", "អ៊ុំ", "ជុំ"]
KM_GIVEN = ["សុវណ្ណារី", "វណ្ណៈ", "មុន្នី", "គន្ធា", "ច័ន្ទថា"]
KM_LATIN_FAMILY = ["Prak", "Chhorn", "Nhem", "Pech", "Sath", "Oum", "Chum"]
KM_LATIN_GIVEN = ["Sovannary", "Vannak", "Samnang", "Reaksmey", "Monny", "Kunthea"]

# Hand-written names for the pools the other splits fill from Faker, none of them in Faker's
# lists. Keys are pools of benchmarks/privacy.py `Names`; each value updates that pool
# (`names.pools[pool].update(...)`). For zh and zh_latin only given names are new. For uk and
# ru, male names only: the benchmark pairs family and given names of one gender there. The `id`
# given names include the "M." and "Moh." that Indonesians write for Muhammad; the `vi` given
# names include the birth-order names used as nicknames (Tư, Sáu, Út).
OWN_POOLS: dict[str, dict[str, list[str]]] = {
    "ja": {
        "family": ["蓮見", "宍戸", "巽", "槙野", "都築", "笹森", "鬼塚", "蛭田", "舘野", "苅谷", "薬師寺", "勅使河原",
                   "一ノ瀬", "御手洗", "百瀬", "白土", "桐生", "保坂", "早乙女", "籾山", "嶋津", "雨宮", "梶谷",
                   "芹沢", "箕輪", "鮫島", "熊切", "佐久間", "長谷部"],
        "given": ["航平", "朔", "環奈", "澪", "寛子", "和夫", "登", "節子", "恵美子", "昌弘", "智恵", "賢治", "貴之",
                  "律子", "勝利", "正雄", "大地", "弥生", "佳代子", "義男", "秀樹", "文子"],
    },
    "ja_kana": {
        "family": ["ハスミ", "シシド", "タツミ", "ツヅキ", "ササモリ", "オニヅカ", "ヒルタ", "タテノ", "カリヤ",
                   "ヤクシジ", "テシガワラ", "イチノセ", "モモセ", "シラト", "キリュウ", "ホサカ", "サオトメ",
                   "アマミヤ", "セリザワ", "サメジマ", "オノデラ", "サクマ", "ハセベ"],
        "given": ["サク", "カンナ", "ミオ", "ヒロコ", "カズオ", "ノボル", "セツコ", "エミコ", "マサヒロ", "チエ",
                  "ケンジ", "タカユキ", "リツコ", "ショウリ", "マサオ", "チヒロ", "ミナト", "ダイチ", "ツヨシ",
                  "ヤヨイ", "カヨコ", "ヨシオ", "フミコ"],
    },
    "ja_latin": {
        "family": ["Hasumi", "Shishido", "Tatsumi", "Tsuzuki", "Sasamori", "Onizuka", "Hiruta", "Tateno",
                   "Kariya", "Yakushiji", "Teshigawara", "Ichinose", "Momose", "Shirato", "Kiryu", "Hosaka",
                   "Saotome", "Momiyama", "Shimazu", "Amemiya", "Kajitani", "Serizawa", "Minowa", "Sameshima",
                   "Kumakiri", "Sakuma", "Hasebe", "hosaka"],
        "given": ["Saku", "Kanna", "Mio", "Kazuo", "Noboru", "Setsuko", "Emiko", "Masahiro", "Chie", "Kenji",
                  "Takayuki", "Ritsuko", "Shori", "Masao", "Daichi", "Yayoi", "Kayoko", "Yoshio", "Fumiko",
                  "kenji"],
    },
    "zh": {
        "given": ["子涵", "振华", "奕辰", "伟杰", "春生", "福生", "有才", "德胜", "永福", "佳怡", "嘉琪"],
    },
    "zh_latin": {
        "given": ["Zhenhua", "Yuzhen", "Yichen", "Weijie", "Chunsheng", "Dongmei", "Guixiang", "Fusheng",
                  "Youcai", "Jinfeng", "Shuzhen", "Desheng", "Yongfu", "Lijuan", "Hongmei", "Zhiqiang",
                  "Haiyan", "Jianjun"],
    },
    "ko": {
        "family": ["제", "사", "빙", "궉", "돈", "묵", "섭", "순", "요", "운", "종", "좌", "창", "초", "풍", "형",
                   "후", "단", "당", "두"],
        "given": ["온유", "나비", "하늬", "솔빈", "보미", "해솔", "봄", "여울", "아라", "슬비", "은별", "샛별",
                  "믿음", "나라"],
    },
    "vi": {
        "family": ["Lò", "Nghiêm", "Thạch", "Lường", "Viên", "Sầm"],
        "middle": ["Phước", "Thụy", "Tuệ", "Nhã", "Thiên"],
        "given": ["Tuyết", "Chinh", "Điệp", "Thắm", "Vượng", "Lành", "Xoan", "Thơm", "Mơ", "Cúc", "Huệ",
                  "Bưởi", "Lụa", "Nhài", "Tấm", "Sáu", "Tư", "Út", "Quyết"],
    },
    "id": {
        "family": ["Lumenta", "Wenas", "Pangemanan", "Tumbelaka", "Latuconsina", "Tuhumury", "Rumagit",
                   "Sondakh", "Mandagi", "Rumondor", "Kaunang", "Tambayong", "Sumual"],
        "given": ["M. Fauzan", "Moh. Ikhsan", "Indah Permata", "Nur Fitriani", "Rizky Ananda", "Dwi Lestari",
                  "Eko Prasetyo", "Tri Wahyuni", "Sugeng", "Suparman", "Ponirah", "Wagiman", "Sumiati",
                  "Yuliani", "Fauzan"],
    },
    "th": {
        "family": ["จันทร์หอม", "บุญยืน", "พรหมสุวรรณ", "อินทรวงศ์", "ศรีวงษ์", "ทองคำ", "แสนสุข", "บุญเรือง",
                   "มณีวงศ์", "คงเจริญ", "ปัญญาดี"],
        "given": ["มาลัย", "อำนวย", "เพ็ญศรี", "บุญมี", "ทองใบ", "สายสุนีย์", "แพรวา", "ปุ๊ก", "สมจิตร",
                  "บุญเลิศ", "ประนอม", "คำพันธ์", "หนูนา"],
    },
    "pt": {
        "family": ["Oshiro", "Yogi", "Kinjo", "Nakandakari", "Gushiken", "Nakasone", "Kohatsu", "Bittencourt",
                   "Assunção", "Magalhães", "Nogueira Neto"],
        "given": ["Josineide", "Rivaldo", "Lucineia", "Adriele", "Kauã", "Maicon", "Ueslei", "Cleber",
                  "Josenildo", "Rosineide", "Kelly Cristina", "Wanderson", "Creuza", "Ivanildo", "Djalma",
                  "Waldir"],
    },
    "es": {
        "family": ["Chambi", "Ayma", "Ccahuana", "Chura", "Tintaya", "Vilca", "Ccallo", "Anccasi", "Cutipa",
                   "Nuñez del Prado"],
        "given": ["Lisbeth", "Rudy", "Yanet", "Maritza", "Nelly", "Yhonatan", "Eber", "Yeny", "Marleny",
                  "Cirilo", "Clever", "Nolberto", "Yesica", "Rossmery", "Anyela"],
    },
    "tr": {
        "family": ["Çelikkol", "Şahbaz", "Dumlupınar", "Uçar", "Aydemir", "Kırbaş", "Taşdelen", "Yörük",
                   "Sarıgül", "Kılıçarslan", "Bozdoğan", "Kuzucu"],
        "given": ["Yiğit", "Buse", "Onur", "Gökhan", "Barış", "Eda", "Mert", "Kübra", "Ercan", "Songül", "Tuncay",
                  "Hülya"],
    },
    "uk": {
        "family": ["Бондарук", "Панчишин", "Стефанишин", "Яворський", "Костюк", "Дмитерко", "Сенюк", "Прокопчук",
                   "Лесів", "Ничипорук"],
        "given": ["Євстахій", "Мар'ян", "Любко", "Веніамін", "Юліан", "Маркіян"],
    },
    "ru": {
        "family": ["Ветошкин", "Сорокоумов", "Бессонов", "Ряузов", "Тюрин", "Голубцов", "Чистяков", "Забелин",
                   "Кожемякин"],
    },
    "en": {
        "family": ["Rushworth", "Entwistle", "Sowerby", "Lumb", "Crabtree", "Illingworth", "Hebblethwaite",
                   "Micklethwaite", "Brearley", "Dewhurst", "Haigh", "Firth"],
        "given": ["Seren", "Cerys", "Cian", "Tadhg", "Lowri", "Morwenna", "Bronwen", "Hamish", "Iona", "Ailsa",
                  "Angus", "Ewan", "Isla", "Rory", "Cormac", "Padraig"],
    },
}  # fmt: skip

# ------------------------------------------------------------------ messaging IDs, profiles
MESSAGING_TEMPLATES: dict[str, list[str]] = {
    "ja": ["同じ寮の人たちとはLINEグループでつながっています。私のIDは{line}です",
           "病院の通訳さんとはこのリンクで友だちになりました {lineurl}",
           "国の家族とはWhatsAppで話しています（{intl}）。こちらに連絡してもらっても大丈夫です",
           "子どもの学校の連絡は夫のカカオ（{kakao}）に来ます", "実習生仲間とはZaloで連絡しています。番号：{phone}",
           "中国人の同僚に聞くならWeChatの{wechat}へどうぞ", "監理団体に見られたくないのでTelegramで：{tg}",
           "Viberならすぐ返せます→{walink}"],
    "en": ["the whole night shift is in one LINE group, you can reach me there: {line}",
           "my caregiver friend made me this link for line {lineurl}, use it if the ID doesn't work",
           "please don't call my japanese number, whatsapp me at {intl} instead",
           "my husband handles the school stuff on kakao, his id is {kakao}",
           "zalo (same as my phone): {phone}", "the chinese girls on my line use wechat, mine is {wechat}",
           "i don't trust LINE because the kanri dantai can see it, telegram {tg} is better",
           "here's my viber so you can message me from the hospital {walink}",
           "Contact person: {name@ne_latin}, LINE {line}"],
    "zh": ["宿舍的人都在一个LINE群里，我的ID是{line}", "跟国内家人用WhatsApp，号码{intl}",
           "孩子学校的事找我老公，他微信{wechat}", "不想让监理团体看到，所以用电报联系：{tg}",
           "医院翻译给我的LINE链接 {lineurl}"],
    "ko": ["기숙사 단톡방 말고 개인 라인은 {line}이에요", "한국에 있는 엄마랑은 왓츠앱 {intl}로 연락해요",
           "학교 일은 남편 카카오톡 {kakao}로 연락 주세요", "회사에 안 보이게 텔레그램으로 부탁드려요: {tg}"],
    "vi": ["nhóm zalo của thực tập sinh cùng xưởng, số em là {phone}", "line riêng của em: {line} (không phải nhóm)",
           "gọi viber cho mẹ em ở quê cũng được {walink}", "nghiệp đoàn hay đọc tin nhắn line nên nhắn em qua telegram {tg}",
           "whatsapp của chồng em {intl}, anh ấy biết tiếng Anh"],
    "ne": ["kitchen ko group bahek mero afnai LINE {line}", "ghar ma whatsapp {intl} ma call garnus",
           "अस्पतालको दोभाषेले दिएको भाइबर लिंक {walink}", "कम्पनीले नदेखोस् भनेर टेलिग्राम चलाउँछु: {tg}"],
    "id": ["grup LINE anak magang satu pabrik, ID pribadi saya {line}", "WA keluarga di kampung {intl}",
           "kalau takut ketahuan kumiai, chat telegram aja {tg}", "link viber dari perawat rumah sakit {walink}"],
    "tl": ["nasa LINE group po kami ng mga caregiver, personal ID ko po {line}",
           "si mister po ang may hawak ng viber para sa school ng anak namin {phone}",
           "WhatsApp po ng nanay ko sa probinsya {intl}", "sa telegram na lang po para hindi makita ng agency {tg}"],
    "th": ["ไลน์ส่วนตัวไม่ใช่กลุ่มนะคะ {line}", "วอทส์แอปของแม่ที่เมืองไทย {intl}",
           "คุยทางเทเลแกรมดีกว่า สหกรณ์จะได้ไม่เห็น {tg}", "ลิงก์เพิ่มเพื่อนไลน์ที่ล่ามโรงพยาบาลให้มา {lineurl}"],
    "pt": ["tô no grupo de LINE da fábrica, mas meu LINE particular é {line}",
           "o zap da minha mãe no Brasil {intl}, pode falar com ela também",
           "o link do viber que a intérprete do hospital passou {walink}", "telegram pra empreiteira não ver: {tg}"],
    "es": ["en el grupo de LINE de la planta estoy como {line}", "el WhatsApp de mi mamá en Lima es {intl}",
           "mejor por Telegram, que el encargado revisa el LINE: {tg}"],
    "my": ["စက်ရုံ LINE group မဟုတ်ဘဲ ကိုယ်ပိုင် LINE {line}", "ရန်ကုန်က အမေ့ Viber {intl}",
           "ကြီးကြပ်ရေးအဖွဲ့ မမြင်အောင် Telegram {tg} ကနေ ပို့ပါ"],
    "km": ["LINE ផ្ទាល់ខ្លួនរបស់ខ្ញុំ (មិនមែនក្រុម) {line}", "WhatsApp ម្ដាយខ្ញុំនៅស្រុក {intl}",
           "សូមផ្ញើតាម Telegram {tg} កុំឱ្យក្រុមហ៊ុនឃើញ"],
    "mn": ["дадлагажигчдын LINE группээс гадна хувийн ID {line}", "Улаанбаатар дахь ээжийн вайбер {intl}",
           "хяналтын байгууллага харахгүйн тулд телеграмаар бичээрэй {tg}"],
    "tr": ["fabrikanın LINE grubundan değil, özelden yazın: {line}", "annemin WhatsApp'ı {intl}, Türkçe konuşabilirsiniz",
           "şirket görmesin diye Telegram kullanıyorum {tg}"],
    "uk": ["особистий LINE (не групу) {line}", "вайбер дружини в Одесі {intl}", "краще в телеграм, щоб роботодавець не бачив: {tg}"],
    "ru": ["личный LINE, не общий чат цеха: {line}", "вотсап жены в Новосибирске {intl}", "пишите в телегу, начальство её не читает: {tg}"],
    "si": ["කම්හලේ LINE group එකේ නෙවෙයි, මගේ LINE ID එක {line}", "ගෙදර අම්මාගේ WhatsApp {intl}"],
    "bn": ["কারখানার গ্রুপ না, আমার নিজের LINE আইডি {line}", "দেশে মায়ের হোয়াটসঅ্যাপ {intl}"],
    "hi": ["किचन ग्रुप नहीं, मेरी अपनी LINE आईडी {line} है", "घर पर माँ का व्हाट्सऐप {intl}"],
    "ur": ["فیکٹری کا گروپ نہیں، میری اپنی LINE آئی ڈی {line}", "گھر والوں کا واٹس ایپ {intl}"],
    "fr": ["pas le groupe LINE de l'usine, mon LINE perso c'est {line}", "le WhatsApp de ma mère au Sénégal : {intl}",
           "écrivez-moi plutôt sur Telegram, l'agence ne le lit pas : {tg}"],
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, list[str]] = {
    "ja": ["寮の写真はFacebookにまとめてあります {fb}", "子どもの学校のことはインスタ（@{ig}）に書いています",
           "ケガした手の写真をTikTokに載せました {ttu}", "病院での出来事はXにスレッドで書きました {xu}",
           "日本語で説明している動画です {yt}", "インスタのリンクはこちら {igu}"],
    "en": ["photos of the dorm bathroom are on my facebook {fb}", "i post about my kid's school on ig, @{ig}",
           "filmed the injury and put it on tiktok {ttu}", "i wrote a thread about the hospital {xu}",
           "explained it in a video on my channel {yt}", "insta: {igu} (the post from last tuesday)",
           "search @{tt} on tiktok, the video about our supervisor", "i'm @{x} on twitter if you want the screenshots"],
    "zh": ["宿舍照片都发在我的脸书上 {fb}", "孩子在学校的事我写在Instagram @{ig}", "受伤的视频发在抖音国际版了 {ttu}",
           "医院的事我在推特上写了 {xu}"],
    "ko": ["기숙사 사진은 페이스북에 올려 놨어요 {fb}", "아이 학교 일은 인스타 @{ig}에 적고 있어요",
           "다친 손 영상은 틱톡에 있어요 {ttu}", "병원에서 있었던 일은 유튜브에 설명했어요 {yt}"],
    "vi": ["ảnh phòng ký túc xá em đăng trên facebook {fb}", "clip tay em bị thương em up lên tiktok {ttu}",
           "chuyện ở bệnh viện em viết trên insta {igu}", "em có làm video giải thích {yt}"],
    "ne": ["होस्टेलको फोटो मेरो फेसबुकमा छ {fb}", "haat ko video tiktok ma {ttu}", "insta ma sabai lekheko chu @{ig}"],
    "id": ["foto asrama ada di fb saya {fb}", "video tangan saya yang luka di tiktok {ttu}", "ig saya @{ig}, ada ceritanya"],
    "tl": ["nasa fb ko po yung mga picture ng dorm {fb}", "yung video ng sugat ko po nasa tiktok {ttu}",
           "sa ig ko po sinulat yung nangyari sa ospital @{ig}"],
    "th": ["รูปหอพักอยู่ในเฟซบุ๊กของฉัน {fb}", "คลิปมือที่เจ็บอยู่ในติ๊กต็อก {ttu}", "เรื่องที่โรงพยาบาลเขียนไว้ในไอจี @{ig}"],
    "pt": ["as fotos do alojamento estão no meu face {fb}", "o vídeo da minha mão machucada tá no tiktok {ttu}",
           "contei tudo no insta @{ig}"],
    "es": ["las fotos del dormitorio están en mi face {fb}", "subí el video de la mano a tiktok {ttu}", "lo conté en mi insta @{ig}"],
    "my": ["အဆောင်ဓာတ်ပုံတွေ Facebook မှာ {fb}", "လက်ဒဏ်ရာ ဗီဒီယို TikTok မှာ {ttu}"],
    "km": ["រូបបន្ទប់ស្នាក់នៅលើ Facebook ខ្ញុំ {fb}", "វីដេអូដៃរបួសនៅ TikTok {ttu}"],
    "mn": ["байрны зураг фэйсбүүкт минь байгаа {fb}", "гэмтсэн гарын бичлэг тикток дээр {ttu}"],
    "tr": ["yurdun fotoğrafları Facebook'umda {fb}", "yaralı elimin videosu TikTok'ta {ttu}"],
    "uk": ["фото гуртожитку в моєму фейсбуці {fb}", "відео з травмою в тіктоку {ttu}"],
    "ru": ["фото общаги у меня в фейсбуке {fb}", "видео с травмой выложил в тикток {ttu}"],
    "si": ["නේවාසිකාගාරයේ ෆොටෝ මගේ Facebook එකේ {fb}"], "bn": ["হোস্টেলের ছবি আমার ফেসবুকে {fb}"],
    "hi": ["हॉस्टल की फ़ोटो मेरे फ़ेसबुक पर हैं {fb}"], "ur": ["ہاسٹل کی تصویریں میرے فیس بک پر ہیں {fb}"],
    "fr": ["les photos du foyer sont sur mon Facebook {fb}", "la vidéo de ma main blessée est sur TikTok {ttu}"],
}  # fmt: skip

# --------------------------------------------------------------------- labels of every kind
# "{}" is the value. Used for the earlier kinds and for issue 21's written-out forms alike.
PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["監理団体には知られたくないので、返事は{}にお願いします", "学校からのお知らせはこのアドレスに届きます：{}",
               "病院の診断書をPDFで送れます。送り先は{}"],
        "en": ["reply to {} please, the dorm wifi blocks some sites", "the school sends everything to {} but i can't read japanese",
               "i can forward the hospital papers from {}", "E-mail (not the company one!!): {}"],
        "vi": ["anh chị trả lời vào mail {} giúp em, đừng gửi qua nghiệp đoàn"], "zh": ["别发到公司，请回复到{}"],
        "ko": ["학교 안내문은 {} 로 받고 있어요"], "pt": ["respondam no {} por favor, não no e-mail da empreiteira"],
        "es": ["contéstenme al correo {} y no al de la agencia"], "tl": ["sa {} po kayo sumagot, hindi sa agency"],
        "id": ["tolong balas ke {}, jangan lewat kumiai"], "th": ["ตอบกลับที่ {} นะคะ อย่าส่งผ่านสหกรณ์"],
        "ne": ["कम्पनीलाई थाहा नहोस्, जवाफ {} मा दिनुहोस्"], "tr": ["lütfen cevabı {} adresine yazın, şirkete değil"],
        "ru": ["отвечайте, пожалуйста, на {}, а не на рабочий адрес"], "uk": ["відповідайте на {}, не на робочу пошту"],
        "mn": ["компанид мэдэгдэхгүйн тулд {} рүү хариулаарай"], "my": ["ကုမ္ပဏီ မသိအောင် {} ကို ပြန်ဖြေပေးပါ"],
        "km": ["សូមឆ្លើយមក {} កុំផ្ញើតាមក្រុមហ៊ុន"], "fr": ["répondez-moi à {} et pas à l'adresse de l'agence"],
        "hi": ["जवाब {} पर भेजिए, कंपनी वाले ईमेल पर नहीं"],
    },
    "phone": {
        "ja": ["夜勤明けの午前中なら{}に出られます", "子どもの学校から連絡が来る番号と同じです：{}", "入院中でも{}なら出られます"],
        "en": ["best time to call {} is after my night shift, around 9am", "same number the school has on file: {}",
               "i'm in hospital till friday but i can answer {}"],
        "vi": ["sáng sau ca đêm anh chị gọi {} giúp em"], "zh": ["下夜班以后上午打{}"], "ko": ["야간 근무 끝난 오전에 {}로 전화 주세요"],
        "pt": ["depois do turno da noite, de manhã, me liga no {}"], "es": ["en la mañana, después del turno de noche, al {}"],
        "tl": ["tawag po kayo sa {} pagkatapos ng night shift ko"], "id": ["telepon {} pagi hari setelah shift malam"],
        "ne": ["रातको सिफ्टपछि बिहान {} मा फोन गर्नुस्"], "th": ["โทร {} ตอนเช้าหลังเลิกกะดึกได้ค่ะ"],
        "tr": ["gece vardiyasından sonra sabah {} numarasını arayın"], "ru": ["утром после ночной смены звоните на {}"],
        "uk": ["вранці після нічної зміни дзвоніть на {}"], "mn": ["шөнийн ээлжийн дараа өглөө {} руу залгаарай"],
        "my": ["ညဆိုင်းပြီး မနက်ပိုင်း {} ကို ဆက်ပါ"], "km": ["ព្រឹកក្រោយវេនយប់ តេមក {}"],
    },
    "residence_card": {
        "ja": ["会社に在留カード（{}）のコピーを取られたまま返してもらえません", "子どもの在留カードの番号は{}です"],
        "en": ["the school asked for my kid's residence card number, it's {}", "the company photocopied my card ({}) and kept the copy",
               "residence card (front side): {}"],
        "vi": ["công ty giữ bản photo thẻ ngoại kiều {} của em"], "pt": ["a empreiteira ficou com a cópia do meu zairyu {}"],
        "zh": ["公司复印了我的在留卡{}一直不还"], "tl": ["kinopya po ng kumpanya ang residence card ko {}"],
        "id": ["perusahaan fotokopi kartu zairyu saya {} dan tidak dikembalikan"], "ko": ["아이 재류카드 번호는 {}입니다"],
        "es": ["la empresa se quedó con la copia de mi tarjeta {}"], "ne": ["कम्पनीले मेरो जाइर्यु कार्ड {} को फोटोकपी राख्यो"],
    },
    "my_number": {
        "ja": ["学校の書類にマイナンバー（{}）を書く欄がありました", "病院の受付でマイナンバー{}を言わされました"],
        "en": ["the school form had a box for my number, i wrote {}", "hospital reception made me read out my My Number {}"],
        "vi": ["giấy của trường có ô ghi my number, em ghi {}"], "pt": ["no hospital pediram meu my number {} em voz alta"],
        "zh": ["学校的表格上要填个人编号，我写了{}"], "ko": ["병원 접수처에서 마이넘버 {}를 말하라고 했어요"],
        "tl": ["sa ospital po pinabasa sa akin ang my number ko {}"], "id": ["di rumah sakit saya disuruh sebut My Number {}"],
        "es": ["en el hospital me hicieron decir mi My Number {}"], "ne": ["अस्पतालमा माई नम्बर {} भन्न लगाइयो"],
    },
    "passport": {
        "ja": ["監理団体がパスポート（{}）を「預かる」と言って持っていきました", "子どものパスポート番号は{}です"],
        "en": ["the supervising organisation 'kept' my passport ({}) for safety, they said", "my son's passport no. is {}",
               "Passport No. (the new one, issued in Osaka): {}"],
        "vi": ["nghiệp đoàn giữ hộ chiếu {} của em, nói là giữ hộ"], "pt": ["a kanri dantai ficou com meu passaporte {}"],
        "zh": ["监理团体说替我保管护照{}"], "id": ["kumiai menahan paspor saya {} katanya untuk disimpan"],
        "ne": ["सुपरभाइजरले मेरो पासपोर्ट {} राखेको छ"], "es": ["la kanri dantai se quedó con mi pasaporte {}"],
        "tl": ["hawak po ng kanri dantai ang passport ko {}"], "th": ["สหกรณ์เก็บพาสปอร์ต {} ของฉันไว้"],
        "tr": ["denetim birliği pasaportumu ({}) alıkoydu"], "ru": ["надзорная организация забрала мой паспорт {}"],
        "uk": ["організація-наглядач забрала мій паспорт {}"], "mn": ["хяналтын байгууллага миний паспорт {}-г барьж байна"],
        "my": ["ကြီးကြပ်ရေးအဖွဲ့က ကျွန်မ ပတ်စပို့ {} ကို သိမ်းထားတယ်"], "km": ["សមាគមគ្រប់គ្រងរក្សាលិខិតឆ្លងដែន {} របស់ខ្ញុំ"],
        "ko": ["관리단체가 제 여권 {}를 보관한다며 가져갔어요"], "fr": ["l'organisme de supervision garde mon passeport {}"],
    },
    "postal_code": {
        "ja": ["子どもの学校の学区だけ書きます。郵便番号は{}", "病院の近く、〒{}のあたりです"],
        "en": ["school district is the one for postcode {}", "near the hospital, zip {}"],
        "vi": ["nhà em gần bệnh viện, mã bưu điện {}"], "pt": ["perto do hospital, código postal {}"], "zh": ["在医院附近，邮编{}"],
        "ko": ["병원 근처 우편번호 {}"], "id": ["dekat rumah sakit, kode pos {}"], "es": ["cerca del hospital, código postal {}"],
        "tl": ["malapit po sa ospital, zip code {}"],
    },
    "address": {
        "ja": ["実習生の寮は{}にあり、窓のない部屋に二人です", "子どもの学校から一番近いのは{}のアパートです"],
        "en": ["the interns' dorm is {}, two of us in a room with no window", "we rent at {} near the kids' school",
               "Address (as on my zairyu card): {}"],
        "vi": ["ký túc xá thực tập sinh ở {}, phòng không có cửa sổ"], "pt": ["a gente aluga em {} perto da escola"],
        "es": ["alquilamos en {} cerca del colegio"], "zh": ["实习生宿舍在{}，房间没有窗户"], "ko": ["저희 집은 {}예요"],
        "tl": ["ang dorm po ng mga trainee ay {}"], "id": ["asrama pemagang ada di {}"], "ne": ["हाम्रो डेरा {} मा छ"],
        "th": ["หอผู้ฝึกงานอยู่ที่ {}"], "tr": ["stajyer yurdu {} adresinde"], "ru": ["общежитие стажёров: {}"],
        "uk": ["гуртожиток стажистів: {}"], "mn": ["дадлагажигчдын байр {}"], "my": ["အလုပ်သင်အဆောင် {}"],
        "km": ["អន្តេវាសិកដ្ឋានកម្មសិក្សាការី {}"], "fr": ["le foyer des stagiaires est au {}"],
    },
    "url": {
        "ja": ["監理団体のサイト（{}）には「母国語で相談できる」と書いてあります", "学校のお便りはここに載っています {}"],
        "en": ["the kanri dantai's website {} says they have a Vietnamese hotline, they don't", "the school newsletter is posted at {}"],
        "vi": ["trang web của nghiệp đoàn {} ghi là có tư vấn tiếng Việt"], "pt": ["o site da empreiteira {} promete intérprete"],
        "zh": ["监理团体网站{}上写着可以用中文咨询"], "es": ["la web de la agencia {} promete intérprete"], "ko": ["학교 공지는 여기 {}"],
    },
    "birth_date": {
        "ja": ["子どもの生年月日は{}です", "出生届に書いた日付は{}です"], "en": ["my daughter was born on {}", "DOB (mine): {}"],
        "vi": ["con em sinh ngày {}"], "pt": ["meu filho nasceu em {}"], "zh": ["孩子出生日期是{}"], "ko": ["아이 생년월일은 {}"],
        "es": ["mi hija nació el {}"], "tl": ["ipinanganak po ang anak ko noong {}"], "id": ["anak saya lahir {}"],
        "tr": ["oğlum {} doğumlu"], "ru": ["сын родился {}"], "uk": ["син народився {}"],
    },
}  # fmt: skip

# ----------------------------------------------------- public places, institutions, officials
NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "ja": ["子どもの予防接種は{place}で受けました", "{official}が外国人の子どもの教育について話しているのを見ました",
           "{town}の小学校には日本語教室があると聞いて引っ越しました", "夫は{company}の下請けの工場に勤めています",
           "{word}で同じ実習生の投稿を読んで、ここに書く気になりました", "{place}の前で待ち合わせして、一緒に相談に行きました",
           "{official}あての要望書に、寮のことも書いてほしいです", "{town}の病院は通訳がいないので困ります",
           "娘は{company}のパートに出ていますが、時給は日本人と同じです"],
    "en": ["we got the kids' vaccinations done at {place}", "{official} talked about foreign children's schooling on the news last night",
           "we moved to {town} because the primary school has Japanese classes", "my husband works for a subcontractor of {company}",
           "i read other trainees' posts on {word} before writing this", "met my friend in front of {place} and we went to ask together",
           "could someone forward this to {official}?", "the hospital in {town} has no interpreter at all",
           "my daughter works part-time at {company} and the hourly pay is the same as for Japanese staff",
           "Dear {place}, thank you for the Nepali leaflet"],
    "zh": ["孩子在{place}打的疫苗", "新闻里{official}讲了外国孩子上学的事", "听说{town}的小学有日语班，我们就搬过去了",
           "我老公在{company}的外包工厂上班", "在{word}上看到其他实习生的帖子"],
    "ko": ["아이 예방접종은 {place}에서 맞혔어요", "뉴스에서 {official}께서 외국인 아이 교육 얘기를 하셨어요",
           "{town} 초등학교에 일본어 교실이 있다고 해서 이사했어요", "남편은 {company} 하청 공장에 다녀요", "{word}에서 다른 실습생 글을 봤어요"],
    "vi": ["con em tiêm phòng ở {place}", "em xem {official} nói về chuyện học hành của trẻ em nước ngoài",
           "nghe nói trường tiểu học ở {town} có lớp tiếng Nhật nên nhà em chuyển về", "chồng em làm ở xưởng thầu phụ của {company}",
           "em đọc được bài của các bạn thực tập sinh trên {word}"],
    "ne": ["बच्चाको खोप {place}मा लगाइयो", "{official}ले विदेशी बच्चाको शिक्षाबारे बोलेको सुनेँ", "{town}को स्कुलमा जापानी कक्षा छ भनेर सरेका हौँ",
           "श्रीमान् {company}को सब-कन्ट्र्याक्ट कारखानामा काम गर्नुहुन्छ"],
    "id": ["anak saya diimunisasi di {place}", "saya lihat {official} bicara soal sekolah anak asing", "kami pindah ke {town} karena SD-nya ada kelas bahasa Jepang",
           "suami saya kerja di subkon {company}"],
    "tl": ["sa {place} po nagpabakuna ang mga anak ko", "napanood ko po si {official} na nagsalita tungkol sa mga batang dayuhan",
           "lumipat po kami sa {town} kasi may Japanese class ang elementary", "ang asawa ko po ay nasa subcon ng {company}"],
    "th": ["ลูกไปฉีดวัคซีนที่{place}", "เห็น{official}พูดเรื่องการศึกษาของเด็กต่างชาติ", "ย้ายมา{town}เพราะโรงเรียนมีห้องเรียนภาษาญี่ปุ่น",
           "สามีทำงานโรงงานรับเหมาช่วงของ{company}"],
    "pt": ["as crianças tomaram vacina no {place}", "vi {official} falando da escola das crianças estrangeiras",
           "mudamos pra {town} porque a escola tem aula de japonês", "meu marido trabalha numa terceirizada da {company}"],
    "es": ["a los niños los vacunaron en {place}", "vi a {official} hablar de la educación de los niños extranjeros",
           "nos mudamos a {town} porque la primaria tiene clase de japonés", "mi esposo trabaja en una subcontrata de {company}"],
    "my": ["ကလေး ကာကွယ်ဆေးကို {place} မှာ ထိုးခဲ့တယ်", "{official} က နိုင်ငံခြားကလေးတွေ ပညာရေးအကြောင်း ပြောတာ ကြည့်ခဲ့တယ်",
           "{town} မှာ ဂျပန်စာ အတန်းရှိလို့ ပြောင်းလာတာ"],
    "km": ["កូនខ្ញុំចាក់វ៉ាក់សាំងនៅ {place}", "ខ្ញុំបានឃើញ {official} និយាយអំពីការសិក្សារបស់កុមារបរទេស", "យើងផ្លាស់មក {town} ព្រោះសាលាមានថ្នាក់ភាសាជប៉ុន"],
    "mn": ["хүүхдээ {place}-д вакцинд хамруулсан", "{official} гадаад хүүхдийн боловсролын талаар ярихыг үзсэн", "сургуульд нь япон хэлний анги байгаа болохоор {town} руу нүүсэн"],
    "tr": ["çocuklar aşılarını {place}'da oldu", "{official} yabancı çocukların eğitiminden bahsetti", "okulunda Japonca sınıfı var diye {town}'a taşındık",
           "eşim {company}'nın taşeron fabrikasında çalışıyor"],
    "uk": ["Дітям робили щеплення в {place}", "Дивився інтерв'ю: {official} про освіту дітей іноземців", "Переїхали до {town}, бо там у школі є японська"],
    "ru": ["Прививки детям делали в {place}", "Видел, как {official} говорил об образовании детей иностранцев", "Переехали в {town}, потому что в школе есть класс японского"],
    "si": ["දරුවාට එන්නත {place} එකේදී දුන්නා", "{official} විදේශීය ළමයින්ගේ අධ්‍යාපනය ගැන කතා කළා"],
    "bn": ["বাচ্চার টিকা {place}-এ দেওয়া হয়েছে", "{official} বিদেশি শিশুদের শিক্ষা নিয়ে কথা বলেছেন"],
    "hi": ["बच्चे का टीका {place} में लगा", "{official} ने विदेशी बच्चों की पढ़ाई पर बात की"],
    "ur": ["بچے کو ٹیکہ {place} میں لگا", "{official} نے غیر ملکی بچوں کی تعلیم پر بات کی"],
    "fr": ["les enfants ont été vaccinés à {place}", "j'ai vu {official} parler de la scolarité des enfants étrangers",
           "nous avons déménagé à {town} parce que l'école a une classe de japonais"],
}  # fmt: skip

PUBLIC_KANJI = ["和歌山市役所", "田辺市役所", "和歌山駅", "徳島県庁", "鳴門市役所", "徳島駅", "高知県庁", "南国市役所",
                "高知龍馬空港", "佐世保市役所", "諫早駅", "長崎空港", "小松空港", "白山市役所", "七尾駅",
                "福山市役所", "呉駅", "東広島市役所", "橿原市役所", "常総市役所", "坂東市役所", "中野区役所",
                "北区役所", "高松地方法務局徳島支局", "長崎労働局", "高知労働局", "徳島大学病院", "日本赤十字社"]  # fmt: skip
PUBLIC_LATIN = ["Wakayama City Hall", "Tanabe City Office", "Tokushima Station", "Naruto City Hall",
                "the Kochi Prefectural Government", "Kochi Ryoma Airport", "Sasebo City Hall", "Isahaya Station",
                "Nagasaki Airport", "Komatsu Airport", "Hakusan City Office", "Fukuyama City Hall",
                "Kure Station", "Higashihiroshima City Hall", "Kashihara City Office", "Joso City Hall",
                "Bando City Office", "Nakano Ward Office", "the Nagasaki Labour Bureau",
                "the Wakayama Prefectural Government", "the Tokushima Prefectural Office", "the Japanese Red Cross",
                "Tokushima University Hospital"]  # fmt: skip
PUBLIC_LOCAL = {
    "vi": ["ga Tokushima", "tòa thị chính Joso", "sân bay Nagasaki", "Cục Lao động Kochi"],
    "pt": ["prefeitura de Joso", "estação de Fukuyama", "aeroporto de Komatsu"],
    "es": ["la municipalidad de Joso", "la estación de Kure", "el aeropuerto de Nagasaki"],
    "ko": ["도쿠시마역", "나가사키공항", "조소시청"], "zh": ["德岛站", "长崎机场", "常总市政府"],
    "tl": ["munisipyo ng Joso", "istasyon ng Sasebo", "paliparan ng Komatsu"],
    "id": ["kantor wali kota Joso", "stasiun Fukuyama", "bandara Nagasaki"],
    "th": ["สถานีโทกุชิมะ", "สนามบินนางาซากิ", "ศาลาว่าการเมืองโจโซ"], "ne": ["तोकुसिमा स्टेसन", "नागासाकी विमानस्थल", "जोसो नगरपालिका"],
    "my": ["တိုကုရှိမဘူတာ", "နာဂါဆာကီလေဆိပ်"], "km": ["ស្ថានីយ៍តូគូស៊ីម៉ា", "អាកាសយានដ្ឋានណាហ្គាសាគី"],
    "mn": ["Токушима өртөө", "Нагасаки нисэх буудал"], "tr": ["Tokushima İstasyonu", "Nagasaki Havalimanı"],
    "uk": ["станції Токусіма", "лікарні Червоного Хреста"], "ru": ["больнице Красного Креста", "мэрии Дзёсо"],
    "fr": ["la mairie de Joso", "l'hôpital de la Croix-Rouge"], "hi": ["टोकुशिमा स्टेशन", "नागासाकी एयरपोर्ट"],
    "bn": ["টোকুশিমা স্টেশন"], "ur": ["ٹوکوشیما اسٹیشن"], "si": ["ටොකුෂිමා දුම්රිය ස්ථානය"],
}  # fmt: skip
# Officials named in their role (and heads of state or government of residents' countries), as
# opinions on policy name them.
OFFICIALS = {
    "ja": ["こども政策担当大臣", "高知県知事", "徳島県知事", "長崎県知事", "和歌山県知事", "徳島市長", "長崎市長",
           "佐世保市長", "中野区長", "常総市長"],
    "en": ["the Education Minister", "the Governor of Tokushima", "the Mayor of Joso", "the Mayor of Sasebo",
           "Prime Minister Narendra Modi", "President Anura Kumara Dissanayake", "Prime Minister Shehbaz Sharif",
           "President Emmanuel Macron", "Vice President Sara Duterte", "the Governor of Nagasaki"],
    "zh": ["李强", "德岛县知事", "常总市长"], "ko": ["국무총리 김민석", "도쿠시마 시장", "나가사키현 지사"],
    "vi": ["Phó Chủ tịch nước Võ Thị Ánh Xuân", "Bộ trưởng Giáo dục Nhật Bản", "Thị trưởng Joso"],
    "pt": ["o vice-presidente Geraldo Alckmin", "o prefeito de Joso", "o ministro da Educação do Japão"],
    "es": ["el ministro de Educación de Japón", "el alcalde de Joso", "el cónsul general del Perú"],
    "tl": ["Pangalawang Pangulo Sara Duterte", "ang Education Minister ng Japan", "ang mayor ng Joso"],
    "id": ["Gubernur Nagasaki", "Menteri Pendidikan Jepang", "Wali Kota Joso"],
    "th": ["รัฐมนตรีศึกษาธิการญี่ปุ่น", "ผู้ว่าราชการจังหวัดโทกุชิมะ"], "ne": ["शिक्षामन्त्री", "तोकुसिमाका गभर्नर"],
    "my": ["ဂျပန် ပညာရေးဝန်ကြီး"], "km": ["ប្រធានរដ្ឋសភា ឃួន សុដារី", "រដ្ឋមន្ត្រីអប់រំជប៉ុន"],
    "mn": ["Ерөнхийлөгч Ухнаагийн Хүрэлсүх", "Японы Боловсролын сайд"], "tr": ["TBMM Başkanı Numan Kurtulmuş", "Japonya Eğitim Bakanı"],
    "uk": ["прем'єр-міністр Юлія Свириденко", "міністр освіти Японії"], "ru": ["премьер Мишустин", "министр образования Японии"],
    "si": ["ජනාධිපති අනුර කුමාර දිසානායක"], "bn": ["প্রধান উপদেষ্টা মুহাম্মদ ইউনূস"], "hi": ["प्रधानमंत्री नरेंद्र मोदी"],
    "ur": ["وزیراعظم شہباز شریف"], "fr": ["le président Emmanuel Macron", "le ministre japonais de l'Éducation"],
}  # fmt: skip
COMPANIES = ["Yamada Denki", "ヤマダ電機", "Shimamura", "しまむら", "Kojima", "コジマ", "Matsumotokiyoshi",
             "マツモトキヨシ", "Kobayashi Pharmaceutical", "小林製薬", "Morinaga", "森永", "Shimadzu",
             "Yanmar", "Nojima", "Tsuruha", "Kagome"]  # fmt: skip
HANDLE_WORDS = ["小红书", "Xiaohongshu", "Weibo", "Naver Band", "Mastodon", "r/movingtojapan", "#在日ミャンマー人",
                "#入管法改正", "Snapchat", "VK", "ВКонтакте", "Odnoklassniki"]  # fmt: skip
PUBLIC_TOWNS = ["Wakayama", "Tanabe", "Kinokawa", "Tokushima", "Naruto", "Anan", "Kochi", "Nankoku", "Shimanto",
                "Sasebo", "Isahaya", "Omura", "Nanao", "Fukuyama", "Kure", "Higashihiroshima",
                "Kashihara", "Joso", "Bando", "Nakano-ku"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["和歌山市", "田辺市", "紀の川市", "徳島市", "鳴門市", "阿南市", "高知市", "南国市", "四万十市",
                      "佐世保市", "諫早市", "大村市", "小松市", "白山市", "七尾市", "福山市", "呉市", "東広島市",
                      "橿原市", "常総市", "坂東市", "中野区"]  # fmt: skip


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


# Numbers and words that look like personal data and are not: class and grade numbers, ward and
# bed numbers, visiting hours, medicine doses, body temperature, counts of weeks of pregnancy,
# sizes of school uniforms, a consultation number that fails the My Number check digit
# ({bad12}). Any span found in them is a false positive.
DECOYS: dict[str, list[str]] = {
    "ja": ["娘は3年2組で、出席番号は17番です。", "入院したのは5階の西病棟、512号室のベッド3です。",
           "面会は15時から19時までです。", "薬は1日3回、1回2錠と言われました。", "熱は38.7度まで上がりました。",
           "妊娠24週目に入りました。", "制服のサイズは150です。", "相談番号{bad12}と書かれた紙をもらいました。",
           "実習は3年目で、あと14か月残っています。"],
    "en": ["my son is in class 4-3, seat number 21", "ward 5 west, room 512, bed 3", "visiting hours are 3pm to 7pm",
           "two tablets three times a day after meals", "her temperature went up to 38.7", "I'm 24 weeks pregnant",
           "the school uniform size 150 costs 38,500 yen", "they gave me a case number {bad12} at the counter",
           "third year of the internship, 14 months left"],
    "vi": ["con em học lớp 3-2, số thứ tự 17", "phòng 512, giường số 3, tầng 5", "em mang thai tuần thứ 24", "mã hồ sơ tư vấn {bad12}"],
    "zh": ["女儿在三年二班，学号17", "住在5楼512病房3号床", "怀孕24周了", "咨询编号{bad12}"],
    "ko": ["딸은 3학년 2반 17번이에요", "5층 512호 3번 침대", "임신 24주예요", "상담 번호 {bad12}"],
    "pt": ["meu filho está na turma 4-3, número 21", "quarto 512, leito 3", "estou com 24 semanas de gravidez", "número do atendimento {bad12}"],
    "es": ["mi hija está en 3.º B, número de lista 17", "habitación 512, cama 3", "tengo 24 semanas de embarazo"],
    "tl": ["grade 3 section 2 po ang anak ko, number 17", "room 512, bed 3 sa 5th floor", "24 weeks na po akong buntis"],
    "id": ["anak saya kelas 3-2, nomor absen 17", "kamar 512, ranjang 3", "hamil 24 minggu", "nomor konsultasi {bad12}"],
    "ne": ["छोरी कक्षा ३ सेक्सन २ मा, रोल नम्बर १७", "कोठा ५१२, बेड ३"],
    "th": ["ลูกอยู่ ป.3/2 เลขที่ 17", "ห้อง 512 เตียง 3"], "tr": ["kızım 3-B sınıfında, numarası 17", "512 numaralı oda, 3 numaralı yatak"],
    "ru": ["дочь в 3 «Б», номер по списку 17", "палата 512, койка 3"], "uk": ["донька в 3-Б класі, номер 17", "палата 512, ліжко 3"],
    "mn": ["охин 3-2 ангид, 17 дугаартай", "512 тоот өрөө, 3-р ор"], "my": ["သမီးက ၃ တန်း ၂ ခန်း၊ အမှတ် ၁၇", "အခန်း ၅၁၂၊ ကုတင် ၃"],
    "km": ["កូនស្រីរៀនថ្នាក់ទី 3-2 លេខ 17", "បន្ទប់ 512 គ្រែ 3"], "si": ["දුව 3-2 පන්තියේ, අංක 17", "කාමර 512, ඇඳ 3"],
    "bn": ["মেয়ে ক্লাস ৩-২ এ, রোল ১৭", "কেবিন ৫১২, বেড ৩"], "hi": ["बेटी कक्षा 3-2 में, रोल नंबर 17", "कमरा 512, बेड 3"],
    "ur": ["بیٹی کلاس 3-2 میں ہے، رول نمبر 17", "کمرہ 512، بستر 3"], "fr": ["ma fille est en CE2, classe 2, numéro 17", "chambre 512, lit 3"],
}  # fmt: skip


# ------------------------------------------------------------------------ value shapes
# Shapes the dev, held-out and earlier unseen generators do not build: Japanese numbers with
# every digit spaced, in kanji numerals or with half- and full-width digits mixed (as typed to
# get past a chat filter or by switching the IME half-way), "+81 (0)90"; LINE official-account
# IDs "@123abcd", IDs with a birth year, spelled out with spaces, `line.me/ti/p/` QR tokens;
# WeChat IDs that are a Chinese phone number and `weixin.qq.com/r/` QR links; Telegram
# `t.me/s/` previews; Kakao channel links `pf.kakao.com/_…`; WhatsApp catalogue links
# `wa.me/c/`, Zalo links with a Vietnamese number starting with 0, Viber links with "%2B";
# Facebook `?locale=` and `/about`, names with dots and digits; Instagram `instagram.com/@…`
# and `?hl=`, Threads profiles; TikTok `/live` and `?lang=`; X `/highlights`, `/likes` and
# `?lang=`; YouTube `/community` and `/featured`; e-mails with "at the rate", "keong",
# "arobase", "тчк", a "●", "＃" or "◇" to swap back, "@gmail" without ".com", a line break
# before the "@"; addresses on three lines, "3F,", "Rm", "c/o", the block before the chōme;
# numbers cut by ideographic spaces, pairs of digits, spaced hyphens.


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
            lambda: (
                f"+33 6 {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}"
            ),
            lambda: (
                f"+221 7{rng.choice('678')} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}"
            ),
            lambda: f"+976 {rng.choice('89')}{_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+81 (0)90-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+94 (0)7{rng.choice('01245678')} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+63 (9{_digits(rng, 2)}) {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: (
                f"+84.{rng.choice('3579')}{_digits(rng, 1)}.{_digits(rng, 3)}.{_digits(rng, 4)}"
            ),
            lambda: f"+977-98{_digits(rng, 8)}",
            lambda: f"+62 81{_digits(rng, 1)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+55 {rng.randint(11, 99)} 9{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+92-3{_digits(rng, 2)}-{_digits(rng, 7)}",
            lambda: (
                f"+90 (5{_digits(rng, 2)}) {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}"
            ),
            lambda: f"+95 9 {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+880 1{rng.choice('3456789')}{_digits(rng, 2)}-{_digits(rng, 6)}",
        ]
    )()


def messaging_value(rng: random.Random, slot: str, user_id: str) -> str:
    """The value of a messaging slot; `user_id` is an ID built from a name (benchmarks/privacy.py
    `handle`), used where the app's ID is chosen by the user."""
    if slot == "phone":
        groups = [rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)]
        roll = rng.random()
        if roll < 0.2:  # every digit spaced, to get past a chat filter
            return " ".join("".join(groups))
        if roll < 0.35:  # kanji numerals
            return "-".join(groups).translate(str.maketrans("0123456789", "〇一二三四五六七八九"))
        if roll < 0.5:  # the IME switched half-way
            return f"{groups[0]}-{_fullwidth(groups[1])}-{groups[2]}"
        if roll < 0.7:
            return f"+81 (0){groups[0][1:]} {groups[1]} {groups[2]}"
        if roll < 0.85:
            return " - ".join(groups)
        return "\u3000".join(groups)
    if slot == "intl":
        return international_phone(rng)
    if slot == "walink":
        number = rng.choice(
            ["8190", "8180", "639", "5511", "97798", "9477", "88017", "923", "33"]
        ) + _digits(rng, 8)
        roll = rng.random()
        if roll < 0.3:
            return "https://wa.me/c/" + number
        if roll < 0.55:
            return "https://zalo.me/0" + rng.choice("3579") + _digits(rng, 8)
        if roll < 0.75:
            return "viber://add?number=%2B" + number
        return "WA.me/" + number  # capitalised by the phone
    if slot == "lineurl":
        roll = rng.random()
        if roll < 0.4:
            return "https://line.me/ti/p/" + "".join(
                rng.choice(ALNUM + LETTERS + "-_") for _ in range(10)
            )
        if roll < 0.7:
            return "https://line.me/R/ti/p/~" + user_id
        return f"line.me/ti/p/@{user_id}?from=page"
    if slot == "wechat":
        roll = rng.random()
        if roll < 0.3:  # the Chinese mobile number, which WeChat finds people by
            return f"+86 1{rng.choice('3589')}{_digits(rng, 1)} {_digits(rng, 4)} {_digits(rng, 4)}"
        if roll < 0.5:
            return "https://weixin.qq.com/r/" + "".join(
                rng.choice(ALNUM + LETTERS + "_") for _ in range(20)
            )
        return user_id.replace(".", "") + str(rng.randint(1975, 2006))
    if slot == "tg":
        name = user_id.replace(".", "_")
        roll = rng.random()
        if roll < 0.35:
            return "t.me/s/" + name
        if roll < 0.6:
            return "@" + name + rng.choice(["_jp", "_tokyo", "_77"])
        return "https://t.me/" + name.title().replace("_", "")
    if slot == "kakao":
        roll = rng.random()
        if roll < 0.3:
            return "https://pf.kakao.com/_" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(6))
        return user_id.replace(".", "") + "-" + _digits(rng, 2)
    if slot == "line":
        roll = rng.random()
        if roll < 0.2:  # an official-account-style ID
            return (
                "@"
                + _digits(rng, 3)
                + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(4))
            )
        if roll < 0.4:
            return user_id + "_" + str(rng.randint(1978, 2005))
        if roll < 0.55:  # spelled out, to get past a chat filter
            return " ".join(user_id)
        if roll < 0.7:
            return user_id.upper()
    return user_id


def social_value(rng: random.Random, slot: str, user_name: str, display_name: str) -> str:
    """A profile URL or handle; `user_name` is a handle built from a name, `display_name` a
    person's name in Latin letters."""
    if slot == "ig":
        return user_name + rng.choice(["", "", "._.", "_jp", ".0501"])
    if slot == "tt":
        return user_name.replace(".", "_") + rng.choice(["", "", "_" + _digits(rng, 2), ".jpn"])
    if slot == "x":
        base = user_name.replace(".", "_")[:12]
        return base + rng.choice(["", "", "_jp", "0"])
    if slot == "fb":
        roll = rng.random()
        if roll < 0.3:
            dotted = ".".join(display_name.lower().split()) or user_name
            return "https://www.facebook.com/" + dotted + "." + _digits(rng, rng.choice([3, 4]))
        if roll < 0.55:
            return "https://www.facebook.com/" + user_name + "?locale=ja_JP"
        if roll < 0.8:
            return "facebook.com/" + user_name + "/about"
        return "https://www.facebook.com/" + user_name + "/photos"
    if slot == "igu":
        roll = rng.random()
        if roll < 0.35:
            return "instagram.com/@" + user_name
        if roll < 0.7:
            return "https://www.instagram.com/" + user_name + "/?hl=ja"
        return "https://www.threads.net/@" + user_name
    if slot == "ttu":
        roll = rng.random()
        if roll < 0.4:
            return "https://www.tiktok.com/@" + user_name + "/live"
        if roll < 0.75:
            return "tiktok.com/@" + user_name + "?lang=ja-JP"
        return "https://m.tiktok.com/@" + user_name
    if slot == "xu":
        handle = user_name.replace(".", "_")[:15]
        roll = rng.random()
        if roll < 0.35:
            return f"https://x.com/{handle}/highlights"
        if roll < 0.6:
            return f"x.com/{handle}?lang=ja"
        return f"https://twitter.com/{handle}/likes"
    # yt
    if rng.random() < 0.5:
        return "https://www.youtube.com/@" + user_name + "/community"
    return "youtube.com/@" + user_name + "/featured"


# A written-out e-mail: the "@" and "." spelled out, bracketed or replaced by a sign the reader is
# told to swap back.
AT_WORDS = {"ja": ["（あっとまあく）", "＜あっと＞"], "zh": ["【at标记】"], "ko": ["(앳사인)"], "vi": ["<a vòng>"],
            "id": ["(keong)"], "th": ["[แอ็ท]"], "tl": ["<at>"], "ru": ["(эт)"], "tr": ["(et işareti)"],
            "fr": ["(arobase)"], "hi": ["(एट द रेट)"], "ne": ["(at the rate)"], "bn": ["(অ্যাট দ্য রেট)"],
            "ur": ["(ایٹ دی ریٹ)"], "si": ["(ඇට්)"], "mn": ["(эт тэмдэг)"]}  # fmt: skip
DOT_WORDS = {"ja": ["（ぴりおど）"], "zh": ["【点】"], "ko": ["(닷)"], "vi": ["(dấu chấm)"], "id": ["<titik>"],
             "th": ["[จุด]"], "tl": ["<tuldok>"], "ru": ["(тчк)"], "tr": ["(nokta işareti)"], "fr": ["(point)"],
             "hi": ["(डॉट)"], "ne": ["(थोप्लो)"], "bn": ["(ডট)"], "ur": ["(ڈاٹ)"], "si": ["(තිත)"],
             "mn": ["(цэг тэмдэг)"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com"] * 5 + ["ezweb.ne.jp", "softbank.ne.jp", "me.com", "live.jp", "outlook.com",
                                     "yahoo.com.vn", "yahoo.com.ph", "naver.com", "qq.com", "mail.ru",
                                     "ukr.net", "orange.fr", "rediffmail.com", "bol.com.br"]  # fmt: skip
SWAP_NOTES = {"ja": "（{sign}を@に変えて送ってください）", "en": " (swap the {sign} for an @ before sending)",
              "zh": "（发送前把{sign}换成@）", "vi": " (thay {sign} bằng @ giúp em)", "pt": " (é só trocar o {sign} pela arroba)",
              "es": " (cambien el {sign} por @)", "ko": " ({sign}를 @로 바꿔서 보내 주세요)",
              "tl": " (palitan po ng @ ang {sign})", "id": " (ganti {sign} dengan @ ya)", "fr": " (remplacez {sign} par @)",
              "hi": " ({sign} की जगह @ लगाइए)", "ne": " ({sign} को सट्टा @ राख्नुहोस्)"}  # fmt: skip


def written_out_email(rng: random.Random, local: str, lang: str) -> tuple[str, str]:
    """(address as written, note written after it). Only the address is the gold span."""
    domain = rng.choice(EMAIL_DOMAINS)
    parts = domain.split(".")
    roll = rng.random()
    if roll < 0.2 and lang in SWAP_NOTES:
        sign = rng.choice(["●", "＃", "◇"])
        return f"{local}{sign}{domain}", SWAP_NOTES[lang].format(sign=sign)
    if roll < 0.45 and lang in AT_WORDS:
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS[lang])
        rest = dot.join(parts) if rng.random() < 0.6 else domain
        spaced = rng.random() < 0.4
        return (f"{local} {at} {rest}" if spaced else f"{local}{at}{rest}"), ""
    if roll < 0.6:  # Indian and Nepali English
        return f"{local} at the rate {domain}", ""
    if roll < 0.72:  # the domain's end left off
        return f"{local}@{parts[0]}", ""
    if roll < 0.84:  # a line break before the "@", as copied from a narrow screen
        return f"{local}\n@{domain}", ""
    if roll < 0.93:
        return f"{local} ＠ {domain}", ""
    return f"{local.capitalize()}@{domain.capitalize()}", ""


ROMAN_TOWNS = ["Minato-Kaigan", "Kinoshita", "Shinkura-cho", "Yoshinogawa-dori", "Harimaya-cho", "Sakaide-machi",
               "Haiki-cho", "Miyukibashi", "Nishiaraya", "Hanagawa-cho", "Ichinotsubo", "Kotobuki-dai",
               "Mizushima-Minami", "Ueno-machi", "Yawatahama", "Tokiwadai-Kita", "Higashi-Kawaguchi",
               "Ishishita", "Kumanoura", "Sugaya-cho"]  # fmt: skip
# (ward, city, prefecture); the ward is kept for the interface and is empty everywhere.
ROMAN_CITIES = [("", "Wakayama", "Wakayama"), ("", "Tanabe", "Wakayama"), ("", "Kinokawa", "Wakayama"),
                ("", "Tokushima", "Tokushima"), ("", "Naruto", "Tokushima"), ("", "Anan", "Tokushima"),
                ("", "Kochi", "Kochi"), ("", "Nankoku", "Kochi"), ("", "Sasebo", "Nagasaki"),
                ("", "Isahaya", "Nagasaki"), ("", "Omura", "Nagasaki"), ("", "Kashihara", "Nara"),
                ("", "Yamatotakada", "Nara"), ("", "Shimanto", "Kochi"), ("", "Kainan", "Wakayama")]  # fmt: skip
ROMAN_BUILDINGS = ["Rejidensu Harimaya", "Leopalace Kinokawa", "Kopo Sugaya", "Sun Flat Omura",
                   "Dormitory No. 2", "Maison Ichinotsubo", "Shimanto Heim"]  # fmt: skip
PREF_SUFFIX = {"Tokyo": "to", "Osaka": "fu", "Kyoto": "fu", "Hokkaido": ""}


def romanized_address(rng: random.Random) -> str:
    """A Japanese address in Latin letters, in shapes the other splits do not build."""
    town = rng.choice(ROMAN_TOWNS)
    _, city, pref = rng.choice(ROMAN_CITIES)
    c, b, g = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
    zip_code = f"{rng.randint(1, 9)}{_digits(rng, 2)}-{_digits(rng, 4)}"
    room = rng.randint(101, 412)
    floor = room // 100
    building = rng.choice(ROMAN_BUILDINGS)
    suffix = PREF_SUFFIX.get(pref, "ken")
    style = rng.random()
    if style < 0.15:  # three lines, as on an envelope
        return f"{building} {room}\n{c}-{b}-{g} {town}\n{city}-shi, {pref}-{suffix} {zip_code}"
    if style < 0.27:  # the floor first
        return f"{floor}F, {building}, {c}-{b}-{g} {town}, {city}"
    if style < 0.39:
        return f"Rm {room}, {building}, {town} {c}-{b}-{g}, {city}-shi, {pref}"
    if style < 0.5:  # care of the company dormitory
        return f"c/o {building}, {town} {c}-{b}-{g}, {city} {zip_code}"
    if style < 0.62:  # the block and lot before the chōme
        return f"{b}-{g}, {c}-chome, {town}, {city}-shi, {pref}"
    if style < 0.74:  # no suffixes at all, as typed in a hurry
        return f"{pref} {city} {town} {c}-{b}-{g}"
    if style < 0.85:  # town and numbers run together
        return f"{town}{c}-{b}-{g} {building}{room}, {city}"
    if style < 0.93:
        return f"Postal Code {zip_code}, {pref} Prefecture, {city} City, {town} {c}-{b}-{g}"
    return f"{town} {c}-{b}-{g} #{room}, {city}-shi {pref}-{suffix}, Japan"


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
        return rng.choice([f"{head} {n[:2]} {n[2:4]} {n[4:6]} {n[6:]} {tail}", f"{head}\u3000{n}\u3000{tail}",
                           f"{head}{n[:2]} {n[2:5]} {n[5:]}{tail}", f"{head} - {n} - {tail}",
                           f"{_fullwidth(head)}{n}{_fullwidth(tail)}"])  # fmt: skip
    if kind == "my_number":
        n = my_number_digits(rng)
        return rng.choice(
            [f"{n[:6]} {n[6:]}", f"{n[:2]} {n[2:6]} {n[6:10]} {n[10:]}", "\u3000".join([n[:4], n[4:8], n[8:]]),
             " - ".join([n[:4], n[4:8], n[8:]])]
        )  # fmt: skip
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        d = _digits(rng, 7)
        return rng.choice([f"{head}\u3000{d}", f"{head}-{d[:3]}-{d[3:]}", f"{head} {d[:2]} {d[2:4]} {d[4:]}",
                           f"{head.lower()}-{d}"])  # fmt: skip
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    return rng.choice(
        [" - ".join(groups), "\u3000".join(groups), f"+81 (0){groups[0][1:]} {groups[1]} {groups[2]}",
         " ".join("".join(groups))]
    )  # fmt: skip
