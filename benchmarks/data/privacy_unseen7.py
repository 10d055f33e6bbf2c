"""Templates, frames, name lists and value shapes of the `unseen7` split of benchmarks/privacy.py.

Written on 2026-12-06 by an independent data writer for issue 21 (w7), after the earlier unseen
splits (benchmarks/data/privacy_unseen.py, privacy_unseen2.py, privacy_unseen3.py,
privacy_unseen4.py) had been written. The writer did not open, grep or run the detector (anything
under `classifiers/`, its data files, its tests, `feedback/redaction.py` or the ADRs), and never
ran `benchmarks/privacy.py`. Like `unseen4`, it is a broad sample of how residents write to a
ministry's opinion box, a consultation desk or a chat, by a new writer: name templates in 17
languages about work, housing, school, health, family, visas and chats; names with and without
titles, at the start of a sentence, as objects, with possessives and case endings, several people
per text, signatures, names in another script than the text; messaging IDs and social profiles;
phrases for every earlier kind; public places, institutions, officials, companies that are family
names and municipalities; decoys. Nothing here is copied from the `dev`, `heldout`, `unseen`,
`unseen2`, `unseen3` or `unseen4` material (a script compared the templates after normalising the
slots, and the name, town, building, public-name and handle-word lists entry by entry). How the
split was made: benchmarks/data/privacy_unseen7_README.md.

The module has the same interface as benchmarks/data/privacy_unseen4.py, so that it plugs into
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
lists below, none of which is in the dev, held-out, unseen, unseen2, unseen3 or unseen4 lists.

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
# written onto the name ("さん", "ちゃん", "先輩", "哥", "님", "cô", "ji", "Kak", "Kuya", "Seu",
# "Don", "Abla", "-тай", "-ийг", "'nin", "-ով") stay out.
NAME_TEMPLATES: dict[str, list[str]] = {
    "ja": [
        "{given}ちゃんが保育園でほかの子に「ガイジン」と言われて帰ってきました",
        "先月、{name@ja_foreign}が現場で足場から落ちて入院しています。労災にしてもらえません",
        "管理会社の{family}さんに何回言ってもエアコンを直してくれません",
        "{family}先輩にお金を貸したら返してくれなくなりました。会社の人なので言いにくいです",
        "在留資格の変更は行政書士の{name}先生に頼んでいましたが、急に連絡が取れなくなりました",
        "私たちは{name@ja_foreign}と{name@ja_foreign}です。同じコンビニで夜勤をしています",
        "病院の受付の{family}さんが、保険証がないなら全額だと何度も大きな声で言いました",
        "{family@ja_foreign}さんのお子さんの連絡帳、日本語だけで何が書いてあるかわからないそうです",
        "義母の{name}は、私が母国語で子どもに話すと怒ります",
        "{given}がPTAの役員に選ばれましたが、日本語の書類が読めなくて困っています",
        "社長の奥さん、{family}さんが私たちの給料からお弁当代を勝手に引いています",
        "実習先の指導員は{family}で、失敗すると頭を叩きます",
        "以上、よろしくお願いします。\n{name}（ネパール出身・調理師）",
        "友だちの{given@ja_foreign}から聞いたのですが、この窓口は匿名でも相談できるんですか",
        "となりの部屋の{family}さん一家がいつも夜中まで騒いでいて眠れません",
        "夫の会社の{name}という人が、夫のパスポートを返してくれません",
        "{name@ja_kana}さんという方から、ビザを早く取れると電話がありました。詐欺でしょうか",
        "娘の担任は{family}先生、学年主任は{family}先生です。二人とも面談に通訳をつけてくれません",
        "農家の{family}さんのところで働いていますが、休みは月に2日だけです",
        "{name}です。先週メールした件、まだ返事をもらっていません",
        "大家さん（{name}さん）が、外国人には更新させないと言っています",
        "妹の{given@ja_foreign}が妊娠したら、監理団体の人に帰国しろと言われました",
        "バイト先の店長、{family}さんは外国人のシフトだけ減らします",
        "{family}さんと{family}さんが、外国人の私たちだけに掃除当番を押しつけます",
    ],
    "en": [
        "{given@vi} from the night crew fainted in the freezer room and they still docked her pay",
        "our case worker {name@ja_latin} told us the application was lost, second time this year",
        "Me and my cousin {given@ne_latin} share a room with four others above the curry shop",
        "the daycare teacher, {family@ja_latin}, keeps telling my wife our daughter smells of spices",
        "please don't tell {family@ja_latin} I wrote this, he is the one who checks our phones",
        "{name} here, the nurse from Cebu who emailed last week about the visa renewal",
        "I'm writing on behalf of my neighbour {name@my_latin}, she can't read English or Japanese",
        "Best wishes and thank you for your time,\n{name}",
        "dr {family@ja_latin} at the clinic refused to see my son without an interpreter",
        "{given@tl} and {given@tl} from the fish plant got sent home without pay last monday",
        "my husband {name@ja} wants me to drop the complaint but I won't",
        "the broker {name@id} took 4 months of our salary as a fee",
        "Our team leader is {family@ja_latin}, his boss is {family@ja_latin}, and neither answers us",
        "sorry for my english, {given} is my name and i work in a ramen shop in the station",
        "i told {given} to write to you too, she has the same problem with her landlord",
        "from {name@km_latin} (Cambodian, farm worker, Kumamoto)",
        "My aunt {name@tl} has lived here 20 years and still can't get permanent residency",
        "the school asked {given@pt}'s mum to sign papers she couldn't read",
        "Cheers, {given}",
        "The interpreter, {name@zh_latin}, skipped half of what the doctor said",
        "{given@ne_latin}'s little brother was refused at the junior high because of his age",
        "a guy called {name} from the agency keeps messaging my girlfriend at night",
        "Hi it's {given} again, my phone broke so I'm using my friend's",
        "{given@ne_latin}, {given@ne_latin} and me all paid the same broker, {name}",
    ],
    "zh": [
        "我老公{name}在工地上摔断了腿，公司不给办工伤",
        "{given}哥介绍的中介收了我们每人三十万日元",
        "管理公司的{family@ja_latin}先生说外国人不能养猫",
        "孩子的班主任{family@ja_latin}老师总让我们签看不懂的文件",
        "我和表姐{given}都在便利店打工，店长只给日本人排白班",
        "以上，谢谢！\n{name}",
        "{name}和{name}两个人被派遣公司骗去了北海道",
        "听同乡{given}说这里可以用中文写",
        "婆婆{name@ja}不让我带孩子回国",
        "请帮帮我弟弟{given}，他的签证下个月就到期了",
        "实习单位的指导员{family@ja_latin}经常用脚踢人",
        "在养老院一起工作的菲律宾同事{given@tl}也被扣了工资",
        "{given}昨天哭着给我打电话，说房东把她的东西扔出去了",
        "医院的翻译{name}态度很差，还笑话我们",
        "组长{family@ja_latin}和副组长{family@ja_latin}轮流骂我们",
    ],
    "ko": [
        "남편 {name}이 공장에서 손가락을 다쳤는데 회사가 산재 처리를 안 해줘요",
        "{given} 언니가 알려줘서 여기에 글을 남깁니다",
        "관리회사 {family@ja_latin} 씨가 외국인은 보증인이 두 명 필요하다고 했어요",
        "딸아이 담임 {family@ja_latin} 선생님이 한국어로 말하지 말라고 했대요",
        "{given}랑 저는 같은 요양원에서 일하는데 둘 다 야간만 해요",
        "시어머니 {name@ja}께서 제가 일하는 걸 반대하세요",
        "이상입니다. 감사합니다.\n{name} 드림",
        "{name}, {name} 두 사람이 같은 브로커에게 속았어요",
        "사촌 동생 {given}이 비자 연장을 거절당했어요",
        "병원 통역사 {name@zh_latin}가 제 말을 제대로 전하지 않았어요",
        "어학원 선배 {given@vi}도 똑같은 일을 겪었대요",
        "{given}의 아들이 학교에서 따돌림을 당하고 있어요",
        "편의점 점장 {family@ja_latin}가 외국인 알바생만 계속 의심해요",
        "저 {given}인데요, 지난번에 상담받았던 사람이에요",
        "{given@vi}, {given@tl}, 그리고 저 셋이서 같은 방을 써요",
    ],
    "vi": [
        "{given} té từ giàn giáo xuống, công ty bảo tự đi viện rồi tự trả tiền",
        "em gái em là {name}, đang thực tập ở trại gà bên Ibaraki",
        "cô {family@ja_latin} ở nhà trẻ nói con em ăn bốc như người rừng",
        "em với {given} ở chung phòng 6 người mà mỗi người trả 3 vạn",
        "ông chủ nhà {name@ja} đòi thêm tiền dọn phòng 8 vạn",
        "con trai của {given} bị bạn trong lớp bắt nạt suốt",
        "nghiệp đoàn cử người tên {name} tới, anh ta chỉ bênh công ty",
        "em chào anh chị, em là {given}, em làm ở xưởng đóng gói rau",
        "Trân trọng cảm ơn,\n{name}",
        "{name}, {name} và em đều bị bắt ký hợp đồng mới lương thấp hơn",
        "bác sĩ {family@ja_latin} không cho em phiên dịch vào phòng khám",
        "cậu {given} của em sang Nhật 5 năm rồi mà chưa được đổi visa",
        "chồng em, anh {given}, bị công ty giữ thẻ ngân hàng",
        "nhờ {given@tl} người Philippines cùng ca dịch giúp em bài này",
        "phòng em có {given}, {given}, {given} với em, 4 đứa mà chỉ có 1 chìa khóa",
    ],
    "ne": [
        "{given} काम गर्दा लडेर हात भाँचियो, कम्पनीले बिदा दिएन",
        "मेरो भाइ {name} को भिसा अर्को महिना सकिन्छ",
        "भान्साको मालिक {family@ja_latin} ले हामीलाई दिनको १४ घण्टा काम गराउँछ",
        "{name} र म एउटै कोठामा बस्छौं, भाडा धेरै महँगो छ",
        "छोरा {given} लाई स्कुलमा साथीहरूले जिस्काउँछन्",
        "bhai {given@ne_latin} ko visa renew bhayena, ke garne hola",
        "hamro manager {family@ja_latin} le salary slip nai didaina",
        "धन्यवाद सहित,\n{name}",
        "आमा {name} लाई अस्पतालमा जापानी बुझ्न गाह्रो भयो",
        "साथी {given}ले यो साइट देखायो",
        "didi {name@ne_latin} lai pani yestai bhayo restaurant ma",
        "{given}ले भनेको ठीक हो, कम्पनीले पासपोर्ट राखेको छ",
    ],
    "id": [
        "{given} jatuh dari perancah tapi perusahaan bilang itu salahnya sendiri",
        "adik saya {name} magang di peternakan ayam, sudah dua bulan tidak libur",
        "Kak {given} yang satu asrama sama saya juga disuruh bayar listrik dobel",
        "pengurus apartemen, {family@ja_latin}-san, tidak mau memperbaiki kamar mandi",
        "anaknya {given} dikucilkan di sekolah karena pakai jilbab",
        "saya dan {given} kerja di pabrik roti, shift malam terus",
        "Hormat kami,\n{name} dan {name}",
        "agen bernama {name} minta uang lagi untuk perpanjang visa",
        "dokter {family@ja_latin} tidak mau periksa tanpa penerjemah",
        "halo, {given} di sini, yang kemarin tanya soal visa keluarga",
        "ibu mertua saya {name@ja} tidak suka saya salat di rumah",
        "teman kerja {given@vi} dari Vietnam juga dipotong gajinya",
        "mas {given} bilang kalau lapor ke sini aman",
        "{given} sama {given} yang antar saya ke rumah sakit waktu itu",
    ],
    "tl": [
        "si {given} po nahulog sa hagdan sa site pero ayaw ng kumpanya na i-report",
        "Kuya {given} ko po ang nagsabi na pwede dito magtanong",
        "yung manager ng apartment, si {family@ja_latin}-san, ayaw ayusin ang tulo sa kisame",
        "pamangkin ko pong si {name}, binu-bully sa eskwela dahil hindi marunong mag-Nihongo",
        "kami pong dalawa ni {given} ay sabay na tinanggal sa hotel",
        "biyenan ko po si {name@ja}, ayaw niya akong mag-trabaho",
        "Maraming salamat po,\n{name}",
        "yung broker na si {name} po kinuha ang pera namin tapos nawala",
        "nurse aide po ako, {given} po ang pangalan ko, taga-Pampanga",
        "si {name} at si {name} po ay parehong hindi pinasweldo ng overtime",
        "ayaw po kaming tanggapin ni Dr. {family@ja_latin} dahil wala kaming interpreter",
        "pinsan ni {given} ang nag-translate nito sa English",
        "Mars {given}, dito mo na lang i-message yung problema mo sa landlord",
    ],
    "th": [
        "{given}ตกนั่งร้านที่ไซต์งาน แต่บริษัทไม่ยอมแจ้งประกัน",
        "น้องสาวหนู {name} ฝึกงานที่ฟาร์มไก่ ไม่ได้หยุดเลย",
        "ผู้จัดการอพาร์ตเมนต์ คุณ{family@ja_latin} ไม่ยอมซ่อมห้องน้ำ",
        "ลูกชายของ{given}โดนเพื่อนที่โรงเรียนแกล้งทุกวัน",
        "ดิฉันกับ{given}ทำงานโรงงานขนมปังกะดึกตลอด",
        "ด้วยความเคารพ\n{name}",
        "นายหน้าชื่อ{name}เก็บเงินพวกเราไปคนละสามแสนเยน",
        "หมอ{family@ja_latin}ไม่ยอมตรวจถ้าไม่มีล่าม",
        "สวัสดีค่ะ {given}เองค่ะ ที่ถามเรื่องวีซ่าครอบครัวเมื่อวาน",
        "แม่สามี {name@ja} ไม่ชอบให้หนูพูดภาษาไทยกับลูก",
        "{name}กับ{name}โดนไล่ออกจากหอพร้อมกัน",
        "ป้า{given}บอกว่าเขียนมาที่นี่ได้ ไม่ต้องบอกชื่อบริษัท",
    ],
    "pt": [
        "o {given} caiu do andaime e a empreiteira disse pra ele não ir no hospital",
        "minha sobrinha {name} sofre bullying na escola por não falar japonês",
        "o Seu {given} do apartamento 3 me ensinou a mandar essa mensagem",
        "a administradora, {family@ja_latin}-san, não quer consertar o aquecedor",
        "eu e a {given} trabalhamos na fábrica de marmita, só turno da noite",
        "Um abraço,\n{name}",
        "o agenciador {name} cobrou 300 mil ienes de cada um e sumiu",
        "a médica {family@ja_latin} não quis atender sem intérprete",
        "oi, é a {given} de novo, a que perguntou sobre o visto do meu filho",
        "minha sogra {name@ja} não deixa eu trabalhar fora",
        "{name} e {name} foram demitidos no mesmo dia, sem aviso",
        "a filha da {given} não conseguiu vaga na creche",
        "o genro do {given} traduziu essa carta pra mim",
        "o chefe {family@ja_latin} e a esposa dele, {given@ja_latin}, cuidam do alojamento",
    ],
    "es": [
        "{given} se cayó del andamio y la empresa no quiso llevarlo al hospital",
        "mi sobrino {name} sufre acoso en el colegio porque no habla japonés",
        "Don {given} del segundo piso me ayudó a llenar esto",
        "la administradora del edificio, {family@ja_latin}-san, no arregla la calefacción",
        "yo y {given} trabajamos en la fábrica de cajas, siempre de noche",
        "Les agradezco de antemano su ayuda,\n{name}",
        "el enganchador {name} nos cobró 3000 dólares a cada uno",
        "el doctor {family@ja_latin} no me atendió porque no llevé intérprete",
        "hola, soy {given} otra vez, la que preguntó por la visa de su hija",
        "mi suegra {name@ja} dice que las extranjeras no deben trabajar",
        "{name} y {name} fueron despedidos el mismo día",
        "la hija de {given} no consiguió cupo en la guardería",
        "el primo de {given} tradujo esto al japonés",
    ],
    "my": [
        "{name} ဆောက်လုပ်ရေးမှာ ပြုတ်ကျလို့ ဆေးရုံရောက်နေတယ်",
        "ညီမလေး {name} ကြက်ခြံမှာ အလုပ်သင်နေတယ်၊ ပိတ်ရက် မရဘူး",
        "တိုက်ခန်းမန်နေဂျာ {family@ja_latin} က ရေချိုးခန်း မပြင်ပေးဘူး",
        "ကျွန်မနဲ့ {name} ညဆိုင်းပဲ ဆင်းရတယ်",
        "ကိုကို {name} ပြောလို့ ဒီမှာ ရေးတာပါ",
        "ဆရာဝန် {family@ja_latin} က စကားပြန်မပါရင် မကြည့်ပေးဘူး",
        "အကူအညီပေးမယ်လို့ မျှော်လင့်ပါတယ်\n{name}",
        "Mingalarpar, kyama {name@my_latin} pa, Gunma mhar sat yon lote tal",
        "{name} ရဲ့ သားလေးကို ကျောင်းမှာ အနိုင်ကျင့်တယ်",
        "ပွဲစား {name} က တစ်ယောက်ကို ယန်းသုံးသိန်း ယူသွားတယ်",
    ],
    "km": [
        "{name} ធ្លាក់ពីរន្ទានៅការដ្ឋាន តែក្រុមហ៊ុនមិនព្រមព្យាបាល",
        "ប្អូនស្រីខ្ញុំ {name} ហាត់ការនៅកសិដ្ឋានមាន់ គ្មានថ្ងៃឈប់",
        "អ្នកគ្រប់គ្រងអាផាតមិន {family@ja_latin} មិនព្រមជួសជុលបន្ទប់ទឹក",
        "ខ្ញុំនិង {name} ធ្វើការវេនយប់រហូត",
        "បង {given} ប្រាប់ខ្ញុំឱ្យសរសេរមកទីនេះ",
        "វេជ្ជបណ្ឌិត {family@ja_latin} មិនព្រមពិនិត្យបើគ្មានអ្នកបកប្រែ",
        "សូមអរគុណទុកជាមុន\n{name}",
        "Chum reap suor, khnhom {name@km_latin}, thvee kar nov Nagasaki",
        "កូនប្រុសរបស់ {name} ត្រូវគេសើចចំអកនៅសាលា",
        "ឈ្មួញកណ្តាល {name} យកលុយយើងម្នាក់បីសែនយ៉េន",
    ],
    "mn": [
        "{given} барилга дээр уналаа, компани эмнэлэгт хүргэж өгсөнгүй",
        "Дүү {name} маань тахианы фермд дадлага хийж байгаа, амралт огт байхгүй",
        "Байрны менежер {family@ja_latin} угаалгын өрөөг засч өгөхгүй байна",
        "Би {given}-тай хамт шөнийн ээлжинд л ажилладаг",
        "{given}-ийн хүүг сургууль дээр нь дээрэлхээд байна",
        "Эмч {family@ja_latin} орчуулагчгүй бол үзэхгүй гэсэн",
        "Тусламж хүлээж байна, баярлалаа.\n{name}",
        "Sain baina uu, bi {name@mn_latin}, Hokkaido-d barilgad ajilladag",
        "Зуучлагч {name} хүн бүрээс гурван зуун мянган иен авсан",
        "{given}, {given} хоёр нэг өдөр ажлаас халагдсан",
    ],
    "tr": [
        "{given} iskeleden düştü ama firma hastaneye götürmedi",
        "yeğenim {name} okulda Japonca bilmediği için zorbalığa uğruyor",
        "apartman yöneticisi {family@ja_latin} banyoyu tamir etmiyor",
        "ben ve {given} fırında hep gece vardiyasında çalışıyoruz",
        "Yardımınız için şimdiden teşekkür ederim,\n{name}",
        "aracı {name} herkesten 300 bin yen alıp kayboldu",
        "doktor {family@ja_latin} tercüman olmadan muayene etmedi",
        "merhaba, yine ben {given}, dün aile vizesini soran",
        "kayınpederim {name@ja} dışarıda çalışmama izin vermiyor",
        "{name} ve {name} aynı gün işten çıkarıldı",
        "{given}'nin kızı kreşe kabul edilmedi",
        "{given} Abla bana bu sayfayı gönderdi",
    ],
    "uk": [
        "{given} впав з риштування, а фірма не повезла його до лікарні",
        "Мій племінник {name} не говорить японською, і в школі з нього сміються",
        "Керуючий будинком {family@ja_latin} не ремонтує ванну вже третій місяць",
        "Я і {given} працюємо на пекарні лише в нічну зміну",
        "Заздалегідь дякую за допомогу,\n{name}",
        "Посередник {name} взяв з кожного по 300 тисяч єн",
        "Лікар {family@ja_latin} не прийняв без перекладача",
        "Доброго дня, це знову {given}, я питав про візу для сина",
        "Мого сина {given} не взяли до школи посеред року",
        "{name} і {name} звільнили в один день",
    ],
    "ru": [
        "{given} упал с лесов, а фирма даже не вызвала скорую",
        "Мой племянник {name} не знает японского, в школе его дразнят",
        "Управляющий домом {family@ja_latin} не чинит ванную",
        "{given} и я работаем на хлебозаводе только в ночную смену",
        "Заранее спасибо за помощь,\n{name}",
        "Посредник {name} взял с каждого по 300 тысяч иен и пропал",
        "Врач {family@ja_latin} отказался принимать без переводчика",
        "Здравствуйте, это снова {given}, я спрашивал про визу для жены",
        "Сына {given} не приняли в садик",
        "{name} и {name} уволили в один день без объяснений",
        "Свёкор {name@ja} запрещает мне работать",
    ],
}  # fmt: skip

# Name lists written for this split from common names of each country, none of them in the lists
# of benchmarks/privacy.py or the earlier unseen modules, nor in Faker's lists.
KATAKANA_FAMILY = ["オリヴェイラ", "ゴンサウヴェス", "フローレス", "タマン", "ビスタ", "カオ", "ヴォン", "アウヴェス", "モラエス", "ロシャ", "フレイタス",
                   "ビジャヌエバ", "カスティーヨ", "レジェス", "パディーヤ", "カトリ", "スギアルト", "ハリヤント", "ウィボウォ", "ヒダヤット", "チェリク",
                   "アイドゥン", "クラフチュク", "オチルバト", "ドルジ", "トゥン", "ゾー", "ダスグプタ", "ヘルナンデス", "アランテス", "カヴァルカンチ",
                   "パンディ"]  # fmt: skip
KATAKANA_GIVEN = ["ホア", "ラファエラ", "ロザリオ", "メフメト", "ゼイネプ", "アンドリー", "ボルド", "トゥヤ", "チャンナ", "ソカー", "ホアイ", "ナム",
                  "フォン", "タイナ", "ジョセリン", "ウィルソン", "ラジェシュ", "ビノド", "プルニマ", "ゴビンダ", "ニョマン", "カデック", "リズキー",
                  "ファトマ", "スースー", "ピセイ", "ヴィニシウス"]  # fmt: skip
TL_GIVEN = ["Jenelyn", "Joshua Miguel", "Rechelle", "Rey Ann", "Ma. Teresa", "Bogs", "Tintin",
            "Babylyn", "Kimberly Ann", "Totoy", "Neneng", "Shaira", "Marilou", "Juvy", "Jhay-ar",
            "Kevin Joy", "Sheryl Ann", "Jomel", "Ruffa Mae"]  # fmt: skip
TL_FAMILY = ["Cayabyab", "Macapinlac", "Guinto", "Tabuena", "Bañaga", "Calimlim", "Pabalan", "Magdaet",
             "Sibayan", "Lapitan", "Ancheta", "Buenafe", "Macatangay", "Sanggalang"]  # fmt: skip
NE_LATIN_GIVEN = ["Sabin", "Asmita", "Hari Bahadur", "Til Kumari", "Dil Maya", "Man Bahadur", "Rupa",
                  "Kalpana", "Laxmi Prasad", "Jeevan", "Sangita", "Binita", "Kushal", "Dipesh", "Nischal",
                  "Bibek", "Resham", "Bimal", "Junu", "sudip"]  # fmt: skip
NE_LATIN_FAMILY = ["Thapa Magar", "Ghale", "Bohara", "Sunuwar", "Majhi", "Maharjan", "Shakya", "Bajracharya",
                   "Tuladhar", "Poudyal", "Timsina", "Baniya"]  # fmt: skip
MN_GIVEN = ["Сайнбаяр", "Батхүү", "Должинсүрэн", "Мягмарсүрэн", "Өнөрмаа", "Сэцэн", "Ганчимэг",
            "Буянбат", "Дашдондог", "Сүхээ", "Батчулуун", "Ичинхорлоо", "Цэвэлмаа", "Лхагвасүрэн"]  # fmt: skip
MN_FATHER_INITIAL = ["Сү", "Чи", "Ло", "Ши", "Хү", "Ду", "Үү", "Зо"]  # fmt: skip
MN_LATIN_FATHER_INITIAL = ["Shu", "Khu", "Zo", "Uu"]  # fmt: skip
MN_LATIN_GIVEN = ["Batkhuu", "Dolgorsuren", "Myagmarsuren", "Unurmaa", "Setsen", "Ganchimeg", "Buyanbat",
                  "Dashdondog", "Sukhee", "Batchuluun", "Tsevelmaa", "sainbayar"]  # fmt: skip
MY_NAMES = ["ဝင်းဝင်း", "ဇော်လင်း", "အိချောပို", "လှိုင်ဦး", "ဆုလှိုင်", "ခင်လေး", "မြသီတာ",
            "အောင်ကိုဦး", "ထားထား", "ကြည်ကြည်"]  # fmt: skip
MY_LATIN = ["Win Win", "Zaw Lin", "Ei Chaw Po", "Hlaing Oo", "Thet Naing", "Su Hlaing", "War War",
            "Khin Lay", "Lin Lat", "zaw lin"]  # fmt: skip
KM_FAMILY = ["ទិត្យ", "សួស", "យ៉ង", "ស៊ិន", "ឃឹម", "ហ៊ាង", "ចាប"]  # fmt: skip
KM_GIVEN = ["បុប្ផារ័ត្ន", "ដារ៉ា", "ចាន់ថា", "រ៉ាវី", "ធីតា"]  # fmt: skip
KM_LATIN_FAMILY = ["Tith", "Suos", "Sin", "Khim", "Hieng", "Chap"]  # fmt: skip
KM_LATIN_GIVEN = ["Bopharath", "Sophak", "Nary", "Manith", "Kimsour"]  # fmt: skip

# Hand-written names for the pools the other splits fill from Faker, none of them in Faker's
# lists. Keys are pools of benchmarks/privacy.py `Names`; each value updates that pool
# (`names.pools[pool].update(...)`). For zh and zh_latin only given names are new (Faker's
# zh_CN family list holds nearly every common surname). For uk and ru, male names only: the
# benchmark pairs family and given names of one gender there.
OWN_POOLS: dict[str, dict[str, list[str]]] = {
    "ja": {
        "family": ["寺嶋", "東雲", "四宮", "小田切", "猿渡", "神崎", "土門", "尾形", "兵藤", "米倉", "岩渕", "諏訪", "瀬尾", "大河内", "沢口",
                   "江口", "九条", "相楽", "千早"],
        "given": ["柚葉", "亜希子", "智美", "恵理", "菜々子", "勇気", "晴臣", "湊介", "琥太郎", "虎之介", "一颯", "奏多", "芽衣子", "結月",
                  "杏奈", "佳奈子", "徹", "勲", "昭二", "登美子", "喜代美", "敏郎", "光彦", "壮真"],
    },
    "ja_kana": {
        "family": ["テラシマ", "オダギリ", "オニツカ", "ミタライ", "シノミヤ", "シノノメ", "サガラ", "チハヤ", "クジョウ", "オガタ", "ヒョウドウ"],
        "given": ["ユズハ", "シンゴ", "アキコ", "トモミ", "エリ", "ハルオミ", "コタロウ", "トラノスケ", "カナタ", "コハル", "ユヅキ", "トオル",
                  "イサオ"],
    },
    "ja_latin": {
        "family": ["Terashima", "Shinonome", "Onitsuka", "Mitarai", "Shinomiya", "Odagiri", "Saruwatari",
                   "Kanzaki", "Domon", "Ogata", "Hyodo", "Yonekura", "Iwabuchi", "Suwa", "Okochi",
                   "Sawaguchi", "Sagara"],
        "given": ["Yuzuha", "Akiko", "Eri", "Nanako", "Yuuki", "Haruomi", "Kotaro", "Toranosuke", "Kanata",
                  "Toru", "Isao", "Kiyomi", "Toshiro", "Mitsuhiko", "kotaro"],
    },
    "zh": {
        "given": ["二丫", "文博", "雅婷", "铁军", "宝山", "梦瑶", "金宝", "大壮"],
    },
    "zh_latin": {
        "given": ["Wenbo", "Yating", "Tiejun", "Guifang", "Baoshan", "Yumei", "Mengyao", "Jinbao",
                  "Dazhuang", "Xiumei"],
    },
    "ko": {
        "family": ["비", "애", "웅", "춘", "평", "필", "학", "화", "흥", "강전", "망절", "소봉", "장곡", "어금"],
        "given": ["구름", "예솔", "미르", "들꽃", "별님", "봄비", "잎새", "조은", "하랑", "한솔", "가온누리", "다올", "라엘", "새얀", "윤슬",
                  "해나"],
    },
    "vi": {
        "family": ["Ứng", "Kha", "Quàng", "Mông", "Sùng", "Thào", "Vàng", "Lầu"],
        "middle": ["Thùy", "Mộng"],
        "given": ["Hường", "Vui", "Tươi", "Nở", "Bình", "Dịu", "Mến", "Chiến", "Nết"],
    },
    "id": {
        "family": ["Lumbanraja", "Pangaribuan", "Pattinasarany", "Rajagukguk", "Tobing", "Matondang", "Lasut",
                   "Supit"],
        "given": ["Ucok", "Margaretha", "Tiurma", "Dimas Aditya", "Butet", "Poltak", "Rini Astuti",
                  "Bayu Saputra", "Rizky Ramadhan", "Nur Aini", "Lestiani", "Sulastri", "Ahmad Fauzi",
                  "Agung Nugroho"],
    },
    "th": {
        "family": ["บุญมาก", "ไชยวงศ์", "มีสุข", "สุขประเสริฐ", "พรมวงศ์", "คงสมบูรณ์", "สุวรรณรัตน์"],
        "given": ["มานพ", "ประยูร", "ดารุณี", "ณัฐวุฒิ", "สมหวัง", "ทองสุก", "สำราญ", "คำพอง", "ละเอียด"],
    },
    "pt": {
        "family": ["Fagundes", "Guedes", "Yamashiro", "Shiroma", "Zanini", "Bortolotto", "Tonon", "Coutinho"],
        "given": ["Gleison", "Cristiane", "Edvaldo", "Josenilda", "Elisângela", "Robervaldo", "Thaynara",
                  "Jéssica Kelly", "Suelen", "Erivelton", "Deise"],
    },
    "es": {
        "family": ["Ñahui", "Huaman", "Callisaya", "Tarqui", "Churata", "Alanoca"],
        "given": ["Nely", "Rubén Darío", "Abdón", "Yessenia", "Grimaldo", "Melquiades", "Kevin Alexis"],
    },
    "tr": {
        "family": ["Ateşoğlu", "Uzunoğlu", "Bayraktar", "Demirtaş", "Tekin", "Küçükkaya", "Sarıoğlu"],
        "given": ["Berk", "Kaan", "Sinem", "Batuhan", "İrem", "Ceren", "Eylül", "Doğukan"],
    },
    "uk": {
        "family": ["Пасічник", "Стецюк", "Жураківський", "Вовкотруб", "Кривенко", "Лозинський"],
        "given": ["Іларіон", "Гнат", "Прокіп", "Овсій", "Василько", "Стах"],
    },
    "ru": {
        "family": ["Хлебников", "Бурцев", "Малютин", "Сухоруков", "Дёмин", "Полухин", "Мухортов",
                   "Перепёлкин"],
    },
    "en": {
        "family": ["Higginbottom", "Threlfall", "Catterall", "Ibbotson", "Holroyd", "Fairclough", "Marsden",
                   "Ollerenshaw"],
        "given": ["Carys", "Gethin", "Iolo", "Bronagh", "Fionnuala", "Eluned", "Cadoc", "Aled", "Sioned",
                  "Dervla"],
    },
}  # fmt: skip

# ------------------------------------------------------------------ messaging IDs, profiles
MESSAGING_TEMPLATES: dict[str, list[str]] = {
    "ja": ["通訳が必要なときは、ラインのID（{line}）に連絡ください", "このQRが読めない人はこちらのリンクから→{lineurl}",
           "母国の家族とはWhatsAppで話しています。番号は{intl}です", "カカオトークのID：{kakao}（韓国語・日本語OK）",
           "ザロに登録している番号は{phone}です", "WeChat ID {wechat}、中国語でも大丈夫です",
           "テレグラムなら既読がわかるので安心です→{tg}", "バイバーのリンク貼っておきます {walink}"],
    "en": ["LINE id → {line} (pls say you're from the consultation desk)", "scan didn't work? try this {lineurl}",
           "WhatsApp me on my home number {intl}, my japanese sim is almost dead", "kakao talk: {kakao}",
           "my telegram is {tg}, i check it on breaks", "I use Zalo and Viber, both with this number: {phone}",
           "wechat {wechat} (my wife handles the chinese messages)", "just tap {walink} and it opens a chat with me",
           "Reach me through {name@tl} or on WhatsApp at {intl}"],
    "zh": ["加我LINE吧，ID是{line}", "这是我的微信号{wechat}，加的时候说是咨询的事", "家里人用WhatsApp联系我：{intl}",
           "我不常看邮件，请发Telegram给我 {tg}", "点这个链接可以直接加我LINE：{lineurl}"],
    "ko": ["카카오톡 ID {kakao} 로 연락 주시면 빨리 답할게요", "라인 아이디: {line}", "텔레그램 쓰시면 {tg} 로 보내 주세요",
           "한국 번호로 왓츠앱 돼요 {intl}"],
    "vi": ["số zalo của e {phone}, a chị nhắn tin giúp e nha", "e gửi link zalo để anh chị bấm vào {walink}",
           "id line của e: {line}", "bố mẹ e dùng whatsapp số {intl}", "có gì nhắn telegram {tg} cho e"],
    "ne": ["मेरो व्हाट्सएप नम्बर {intl}", "line id {line} ma message garnus", "viber ma {phone} ma samparka garnus",
           "telegram ma {tg} khojnus"],
    "id": ["hubungi saya lewat WA {intl} ya", "kalau lebih gampang, chat saya di LINE, ID-nya {line}", "telegram saya {tg}, bisa bahasa Indonesia",
           "ini link WA saya, tinggal klik {walink}"],
    "tl": ["pwede po kayo mag-message sa viber ko {phone}", "whatsapp po ng nanay ko sa Pinas {intl}",
           "ito po LINE ko: {line}", "pindutin niyo lang po ang link na ito para ma-add ako {lineurl}"],
    "th": ["แอดไลน์มาได้ค่ะ ไอดี {line}", "ลิงก์ไลน์ของหนูค่ะ {lineurl}", "เบอร์วอทส์แอปที่เมืองไทย {intl}",
           "เทเลแกรมของผม {tg}"],
    "pt": ["meu WhatsApp do Brasil é {intl}, pode chamar", "me adiciona no LINE: {line}", "clica aqui que abre o whats {walink}",
           "telegram: {tg} (respondo à noite)"],
    "es": ["pueden escribirme al WhatsApp de mi esposa, {intl}", "mi LINE: {line}", "este es el enlace de mi WhatsApp {walink}"],
    "my": ["Viber {intl} ကို ဆက်သွယ်ပါ", "မြန်မြန်ဆက်သွယ်ချင်ရင် LINE ID {line} ကို ပို့ပါ", "Telegram {tg} မှာ စာပို့လို့ရပါတယ်"],
    "km": ["Telegram លេខ {intl}", "Telegram ID {tg} ផ្ញើសារមកបាន", "បើចង់ឆាតតាម LINE សូមបន្ថែម ID {line}"],
    "mn": ["вайбер {intl} дээр холбогдоорой", "LINE-аар бичих бол ID нь {line}", "телеграмаар шөнө ч хариулна, хаяг {tg}"],
    "tr": ["Türkiye'deki ailem de bu numarayı kullanıyor, WhatsApp: {intl}", "LINE'dan eklemek isterseniz ID'm şu: {line}", "Telegram kullanıcı adım {tg}, gece de bakarım"],
    "uk": ["у вайбері мене можна знайти за номером {intl}", "додайте мене в LINE, ID {line}", "телеграм {tg}, відповідаю після зміни"],
    "ru": ["пишите в телеграм {tg}", "жена на связи в вотсапе по номеру {intl}", "мой LINE {line}, можно по-русски"],
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, list[str]] = {
    "ja": ["寮の写真はフェイスブックに載せました {fb}", "インスタのアカウントは @{ig} です（鍵なし）",
           "ティックトックで会社のことを話した動画です {ttu}", "Xでも同じことを書いています {xu}",
           "ユーチューブに日本語と英語で動画を出しています {yt}", "インスタのプロフィールはこちら {igu}",
           "TikTokの @{tt} で検索してください"],
    "en": ["photos of the mould in our flat are on my facebook {fb}", "dm me on insta @{ig}", "i posted the video on tiktok {ttu}",
           "posted the screenshots on x {xu}", "search @{tt} on tiktok", "my youtube has the full story {yt}",
           "insta link {igu}", "I tweeted it too, @{x}"],
    "zh": ["宿舍照片我发在Facebook上了 {fb}", "Instagram搜@{ig}", "视频在TikTok上 {ttu}", "详细经过我拍成视频放在YouTube上了 {yt}"],
    "ko": ["인스타 주소 {igu}", "페이스북에 사진 있어요 {fb}", "틱톡 @{tt} 에 영상 있어요", "자세한 이야기는 제 유튜브 채널에 있어요 {yt}"],
    "vi": ["fb của em đây ạ {fb}", "tiktok em là @{tt}", "ig em {igu}", "kênh youtube của em {yt}"],
    "ne": ["इन्स्टाग्राम @{ig} मा फोटो छ", "कोठाको फोटो मेरो फेसबुकमा हेर्न सक्नुहुन्छ {fb}", "tiktok video {ttu}"],
    "id": ["fotonya ada di fb saya {fb}", "ig saya @{ig}", "videonya di tiktok {ttu}"],
    "tl": ["fb ko po ito {fb}", "nasa tiktok ko po @{tt} yung video", "nandito po sa ig ko ang mga picture ng kwarto {igu}"],
    "th": ["เฟซบุ๊กของหนูค่ะ {fb}", "ไอจีของผม @{ig}", "คลิปอยู่ในติ๊กต็อก {ttu}"],
    "pt": ["as fotos estão no meu facebook {fb}", "me acha no insta @{ig}", "o vídeo tá no tiktok {ttu}"],
    "es": ["las fotos están en mi Facebook {fb}", "búsquenme en Instagram como @{ig}", "el video está en mi YouTube {yt}"],
    "my": ["ဓာတ်ပုံတွေက ကျွန်တော့် Facebook မှာ {fb}", "အလုပ်ရုံ ဗီဒီယိုကို TikTok @{tt} မှာ တင်ထားတယ်"],
    "km": ["រូបថតនៅលើ Facebook ខ្ញុំ {fb}", "វីដេអូកន្លែងធ្វើការនៅលើ TikTok @{tt}"],
    "mn": ["зургууд миний фэйсбүүкт бий {fb}", "байрны бичлэгүүд миний инстаграмд байгаа {igu}"],
    "tr": ["fotoğraflar Instagram'ımda @{ig}", "Facebook'um {fb}"],
    "uk": ["фото у моєму фейсбуці {fb}", "відео з цеху виклав в інстаграм, нік @{ig}"],
    "ru": ["фото у меня в фейсбуке {fb}", "видео со стройки выложил в инстаграм, ищите @{ig}"],
}  # fmt: skip

# --------------------------------------------------------------------- labels of every kind
# "{}" is the value. Used for the earlier kinds and for issue 21's written-out forms alike.
PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["返事はメールでもらえると助かります。アドレスは{}です", "スマホのメール：{}（PCは持っていません）",
               "書類の写真を送りたいので、{}宛てに連絡をください"],
        "en": ["write back to {} please, I don't answer unknown numbers", "you can email me at {} anytime",
               "my gmail is the best way: {}", "e-mail for the reply → {}"],
        "vi": ["em xin địa chỉ mail để nhận trả lời: {}", "mail của em là {} ạ"],
        "pt": ["pode me responder no e-mail {}"], "es": ["pueden contestarme a {}, lo reviso todas las noches"],
        "zh": ["请把回复发到{}，谢谢"], "ko": ["메일 주소는 {} 입니다, 여기로 답장 주세요"],
        "tl": ["pakisagot na lang po sa email ko {}"], "id": ["mohon balas ke email {}"],
        "th": ["อีเมลของดิฉัน {} ค่ะ"], "tr": ["cevabı {} adresine gönderirseniz sevinirim"],
        "uk": ["пошта для відповіді: {}"], "ru": ["ответ пришлите, пожалуйста, на {}"],
        "ne": ["मेरो इमेल ठेगाना {} हो"], "mn": ["хариуг энэ имэйл рүү явуулбал би уншина: {}"],
        "my": ["ကျွန်မ အီးမေးလ် {} ပါ"], "km": ["អ៊ីមែលខ្ញុំគឺ {}"],
    },
    "phone": {
        "ja": ["平日の夜か土日なら電話に出られます（{}）", "連絡先の電話番号：{}", "急ぎのときはこの番号に電話してください {}"],
        "en": ["call me on {} after work", "best number to reach me is {}", "tel {} (no whatsapp on this one)"],
        "vi": ["điện thoại của em {}, sau 7 giờ tối em nghe được"], "pt": ["meu celular é {}, ligue depois das 19h"],
        "es": ["mi celular es {}, llámenme en la noche"], "zh": ["我的电话{}，下班后能接"], "ko": ["전화번호 {} 로 연락 주세요"],
        "tl": ["tawagan niyo po ako sa {} pagkatapos ng trabaho"], "id": ["bisa telepon saya di {} setelah jam kerja"],
        "ne": ["साँझ ७ बजेपछि {} मा फोन उठाउँछु"], "th": ["โทรหาผมได้ที่ {} หลังเลิกงาน"], "tr": ["telefonum {}, iş çıkışı arayın"],
        "ru": ["мой телефон {}, после работы"], "uk": ["телефонуйте на {} після роботи"], "mn": ["утас {}, ажлын дараа залгаарай"],
        "my": ["ဖုန်း {} ကို ညနေ ဆက်ပါ"], "km": ["ទូរស័ព្ទមកលេខ {} ក្រោយម៉ោងធ្វើការ"],
    },
    "residence_card": {
        "ja": ["在留カードの番号を書いておきます：{}", "カード番号{}の在留期限について相談したいです"],
        "en": ["residence card number: {}", "my zairyu card ({}) runs out in March", "card no. {}, in case you need to look me up"],
        "vi": ["thẻ ngoại kiều của em số {}"], "pt": ["número do meu zairyu: {}"], "es": ["el número de mi zairyu es {}"],
        "zh": ["我的在留卡号：{}"], "tl": ["ang zairyu card number ko po ay {}"], "id": ["ini nomor kartu izin tinggal saya: {}"],
        "ne": ["निवास कार्ड नम्बर {}"], "ko": ["제 재류카드 번호는 {}"], "mn": ["оршин суух үнэмлэхний дугаар {}"],
    },
    "my_number": {
        "ja": ["マイナンバーは{}です。会社に教えても大丈夫でしたか", "個人番号{}を書いた紙を上司に渡しました"],
        "en": ["the form asked for my my number, I wrote {}", "My Number {} — is it safe that the landlord has it?"],
        "vi": ["my number của em là {}"], "pt": ["a empreiteira pediu meu my number e eu passei: {}"], "zh": ["公司让我交了个人编号（{}），这样安全吗"],
        "ko": ["제 마이넘버는 {} 입니다"], "tl": ["ang my number ko po ay {}"], "id": ["agen minta My Number saya, saya kasih {} — apa itu bahaya?"],
        "es": ["la agencia me pidió el My Number y le di el {}"], "ne": ["मेरो माई नम्बर {}"],
    },
    "passport": {
        "ja": ["パスポート番号：{}（会社が預かっています）", "旅券番号{}のパスポートを返してほしいです"],
        "en": ["passport number {} — the company still has it", "they kept my passport ({}) for \"safekeeping\"", "passport {} is locked in the office"],
        "vi": ["số hộ chiếu của em là {}"], "pt": ["o número do meu passaporte é {}"], "zh": ["我的护照（号码{}）被公司拿走了"],
        "id": ["paspor saya nomor {} masih dipegang kantor"], "ne": ["राहदानी नम्बर {}"], "es": ["el número de mi pasaporte es {}"],
        "tl": ["passport number ko po {}"], "th": ["บริษัทยึดหนังสือเดินทางเลขที่ {} ไว้"], "tr": ["şirket {} numaralı pasaportumu geri vermiyor"],
        "ru": ["фирма до сих пор держит мой паспорт {}"], "uk": ["фірма досі тримає мій паспорт {}"], "mn": ["компани {} дугаартай паспортыг минь өгөхгүй байна"],
        "my": ["ပတ်စပို့ နံပါတ် {}"], "km": ["លេខលិខិតឆ្លងដែន {}"], "ko": ["여권 번호 {}"],
    },
    "postal_code": {
        "ja": ["住んでいる地域の郵便番号は{}です", "郵便番号だけ書きます（{}）"], "en": ["my postcode is {}", "zip {}, that's all I want to share"],
        "vi": ["mã bưu điện chỗ em ở là {}"], "pt": ["meu CEP aqui no Japão é {}"], "zh": ["具体地址不方便写，邮编{}附近"], "ko": ["주소는 다 못 쓰고 우편번호만 적을게요 {}"],
        "id": ["alamat lengkap tidak saya tulis, kode posnya {}"], "es": ["mi código postal es {}"], "tl": ["zip code po namin ay {}"],
    },
    "address": {
        "ja": ["今住んでいるところは{}です", "住所：{}（会社の寮です）"],
        "en": ["right now I'm renting a room at {}", "the lease says {} but the landlord wants us out", "you can send the papers to {}"],
        "vi": ["địa chỉ của em: {}"], "pt": ["a gente aluga um quarto em {}"], "es": ["alquilamos un cuarto en {}"],
        "zh": ["我们几个人合租在{}"], "ko": ["현재 주소는 {}"], "tl": ["nakatira po ako sa {}"], "id": ["kami sewa kamar di {}"],
        "ne": ["हामी {} मा कोठा भाडामा बस्छौं"], "th": ["ที่อยู่ปัจจุบัน {}"], "tr": ["şu an {} adresinde oda kiralıyoruz"], "ru": ["снимаем комнату по адресу {}"],
        "uk": ["знімаємо кімнату за адресою {}"], "mn": ["бид {} хаягт өрөө түрээслэдэг"], "my": ["ကျွန်တော်တို့ {} မှာ အခန်းငှားနေတယ်"], "km": ["អាសយដ្ឋានខ្ញុំ {}"],
    },
    "url": {
        "ja": ["問題の求人はこのサイトに出ていました {}", "監理団体のページ（{}）には違うことが書いてあります"],
        "en": ["here is the listing that lied about the pay {}", "the agency's page: {}"],
        "vi": ["trang của công ty môi giới: {}"], "pt": ["o site da empreiteira: {}"], "zh": ["中介的网站{}"], "es": ["la página de la agencia: {}"], "ko": ["그 회사 홈페이지 {}"],
    },
    "birth_date": {
        "ja": ["本人確認用に、生年月日（{}）も書いておきます", "私は{}生まれで、来年から在留期間が変わると聞きました"], "en": ["DOB {} in case the office asks", "I'm the one born {}, not my cousin with the same name"],
        "vi": ["để anh chị tra hồ sơ, em sinh ngày {}"], "pt": ["pra conferir meu cadastro: nasci em {}"], "zh": ["查档案的话，我的出生日期是{}"], "ko": ["저는 {} 생이에요"],
        "es": ["para buscar mi expediente: nací el {}"], "tl": ["ang birthday ko po ay {}"], "id": ["untuk cek data, tanggal lahir saya {}"], "tr": ["kaydımı bulmak için doğum tarihim: {}"],
        "ru": ["я родился {}"], "uk": ["щоб знайти мою справу: я народився {}"],
    },
}  # fmt: skip

# ----------------------------------------------------- public places, institutions, officials
NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "ja": ["{place}で在留カードの手続きをしたら、半日かかりました", "{official}には現場の声を聞いてほしいです",
           "{town}は冬が寒すぎて、子どもがよく熱を出します", "{company}の下請けで働いていますが、元請けの名前しか知りません",
           "{word}の投稿を見て、このアンケートに答えています", "{place}に問い合わせたら、ここに書くように言われました",
           "{official}の発言をSNSで見て、とても不安になりました", "{town}の市営住宅に申し込みましたが、外国人は後回しだと言われました",
           "{company}さんの現場で、安全帯なしで作業させられています", "今日は{place}まで自転車で40分かけて行きました"],
    "en": ["{place} told us to come back with a Japanese speaker", "Does {official} know how we actually live?",
           "we moved from Manila to {town} three years ago", "I do night cleaning at a {company} site",
           "I found this survey through {word}", "{place} only had forms in Japanese and Chinese",
           "{official} said foreigners are welcome, but the rent ads say otherwise", "snow in {town} is no joke for people from Cebu",
           "Dear {official}, I'm writing about the dorm conditions", "my uncle has been a welder for {company} since 2019",
           "Good afternoon {place},"],
    "zh": ["在{place}办手续等了一上午", "{official}应该来工地看看", "{town}冬天太冷了", "我在{company}的工地上干活",
           "是在{word}上看到这个问卷的"],
    "ko": ["{place}에 갔는데 한국어 안내가 없었어요", "{official}이 이 글을 꼭 봤으면 좋겠어요", "{town}은 겨울이 너무 추워요",
           "{company} 현장에서 일하고 있어요", "{word}에서 이 링크를 봤어요"],
    "vi": ["em lên {place} làm thủ tục mất nửa ngày", "mong {official} xuống xem công trường một lần",
           "{town} mùa đông lạnh quá", "em đang làm ở công trường của {company}", "em thấy khảo sát này trên {word}"],
    "pt": ["fui na {place} e me mandaram voltar com um intérprete", "queria que {official} passasse uma noite no nosso alojamento",
           "a gente mora em {town} desde 2018", "meu cunhado trabalha numa obra da {company}", "achei esse formulário pelo {word}"],
    "es": ["en {place} me dijeron que volviera con un intérprete", "ojalá {official} viniera a ver las obras",
           "en {town} hace mucho frío en invierno", "mi hermano trabaja en una obra de {company}"],
    "tl": ["sa {place} po kami pinaghintay ng buong umaga", "sana po makita ni {official} ang kalagayan namin",
           "napakalamig po sa {town} tuwing taglamig", "sa construction site po ng {company} ako nagtatrabaho"],
    "id": ["di {place} saya disuruh datang lagi dengan penerjemah", "semoga {official} mau lihat langsung kondisi kami",
           "di {town} musim dinginnya dingin sekali", "saya kerja di proyek {company}"],
    "ne": ["{place}मा आधा दिन पर्खनु पर्‍यो", "{official}ले हाम्रो अवस्था हेर्नुपर्छ", "{town}मा जाडो धेरै हुन्छ",
           "म {company}को साइटमा काम गर्छु"],
    "th": ["ที่{place}ต้องรอครึ่งวัน", "อยากให้{official}มาดูที่พักคนงาน", "{town}หน้าหนาวหนาวมาก", "ผมทำงานที่ไซต์ของ{company}"],
    "tr": ["{place}'da yarım gün bekledik", "{official} şantiyeleri görmeli", "{town}'da kış çok soğuk", "{company} şantiyesinde çalışıyorum"],
    "uk": ["У {place} довелося чекати пів дня", "Хочу, щоб {official} побачив наші умови", "У {town} дуже холодна зима",
           "Працюю на будові {company}"],
    "ru": ["В {place} пришлось ждать полдня", "Пусть {official} приедет и посмотрит на общежития", "В {town} очень холодная зима",
           "Работаю на стройке {company}"],
    "mn": ["{place}-д хагас өдөр хүлээсэн", "{official} бидний нөхцөлийг хараасай", "{town}-д өвөл их хүйтэн"],
    "my": ["{place} မှာ နေ့တစ်ဝက် စောင့်ရတယ်", "{official} ကျွန်တော်တို့ အခြေအနေ ကြည့်စေချင်တယ်", "{town} မှာ ဆောင်းတွင်း အရမ်းအေးတယ်"],
    "km": ["នៅ {place} ត្រូវរង់ចាំពាក់កណ្តាលថ្ងៃ", "សូមឱ្យ {official} មកមើលស្ថានភាពពួកយើង", "នៅ {town} រដូវរងាត្រជាក់ខ្លាំង"],
}  # fmt: skip

PUBLIC_KANJI = ["旭川市役所", "函館駅", "帯広市役所", "苫小牧駅", "釧路駅", "北見市役所", "岩見沢駅", "名寄駅",
                "稚内市役所", "根室駅", "網走駅", "館林駅", "滝川市役所", "天理駅", "生駒駅", "桜井駅", "御所市役所",
                "加賀市役所", "野々市市役所", "輪島駅", "羽咋市役所", "北海道庁", "群馬県庁", "石川県庁", "奈良県庁",
                "函館地方法務局", "奈良労働局"]  # fmt: skip
PUBLIC_LATIN = ["Asahikawa City Hall", "Hakodate Station", "Obihiro City Office", "Tomakomai Station",
                "Kushiro City Hall", "Kitami Station", "Nayoro Station", "Wakkanai City Hall",
                "Nemuro City Office", "Abashiri Station", "Tatebayashi Station", "Tenri Station",
                "Sakurai Station", "Wajima City Hall", "Nonoichi City Office", "the Hokkaido Government",
                "the Gunma Prefectural Office", "Ishikawa Prefecture", "the Nara Prefectural Government",
                "JICA", "the Nara Labour Bureau", "Asahikawa Airport", "Kushiro Airport"]  # fmt: skip
PUBLIC_LOCAL = {
    "vi": ["ga Hakodate", "tòa thị chính Kushiro", "sân bay Asahikawa", "Sở Lao động Nara"],
    "pt": ["prefeitura de Kushiro", "estação de Tatebayashi", "aeroporto de Asahikawa"],
    "es": ["la municipalidad de Kushiro", "la estación de Tomakomai", "el aeropuerto de Kushiro"],
    "ko": ["하코다테역", "아사히카와공항", "구시로시청", "주삿포로대한민국총영사관"],
    "zh": ["函馆站", "旭川机场", "钏路市政府", "北见站"],
    "tl": ["istasyon ng Hakodate", "munisipyo ng Kushiro", "paliparan ng Asahikawa"],
    "id": ["stasiun Hakodate", "kantor wali kota Kushiro", "bandara Asahikawa"],
    "th": ["สถานีฮาโกดาเตะ", "สนามบินอาซาฮิกาวะ", "ศาลาว่าการเมืองคุชิโระ"],
    "ne": ["हाकोदाते स्टेसन", "असाहिकावा विमानस्थल", "कुसिरो नगरपालिका"],
    "my": ["ဟာကိုဒါတေဘူတာ", "အာဆာဟိကာဝါလေဆိပ်", "ကူရှီရိုမြို့တော်ခန်းမ"],
    "km": ["ស្ថានីយ៍ហាកូដាតេ", "អាកាសយានដ្ឋានអាសាហ៊ីកាវ៉ា", "សាលាក្រុងគូស៊ីរ៉ូ"],
    "mn": ["Хакодатэ өртөө", "Асахикава нисэх буудал", "Кусиро хотын захиргаа"],
    "tr": ["Hakodate İstasyonu", "Asahikawa Havalimanı", "Kushiro Belediyesi"],
    "uk": ["станція Хакодате", "аеропорт Асахікава", "мерія Кусіро"],
    "ru": ["станция Хакодатэ", "аэропорт Асахикава", "мэрия Кусиро"],
}  # fmt: skip
# Officials named in their role (and heads of state or government of residents' countries), as
# opinions on policy name them.
OFFICIALS = {
    "ja": ["牧野復興大臣", "松本デジタル大臣", "黄川田こども政策担当大臣", "城内経済財政担当大臣", "あかま国家公安委員長",
           "馳石川県知事", "秋元札幌市長", "山下奈良県知事", "旭川市長", "函館市長", "駐日ネパール大使"],
    "en": ["Reconstruction Minister Makino", "Digital Minister Matsumoto", "Governor Hase of Ishikawa",
           "Governor Yamashita of Nara", "the Mayor of Asahikawa", "Premier Li Qiang", "Cambodia's Labour Minister",
           "President Khurelsukh of Mongolia", "IOM Director General Amy Pope",
           "UN refugee chief Barham Salih", "Peruvian President José Jerí"],
    "zh": ["牧野复兴大臣", "石川县知事驰浩", "中国驻日本大使", "旭川市长"],
    "ko": ["조현 외교부 장관", "마키노 부흥상", "이시카와현 지사", "주삿포로 총영사"],
    "vi": ["Đại sứ Nhật Bản tại Việt Nam", "Bộ trưởng Makino", "Thống đốc Ishikawa Hase", "Tổng lãnh sự Việt Nam tại Fukuoka"],
    "pt": ["o chanceler Mauro Vieira", "o ministro Makino", "o governador de Ishikawa", "a embaixada do Brasil em Tóquio"],
    "es": ["el canciller peruano", "el presidente Rodrigo Paz de Bolivia", "el ministro Makino", "el gobernador de Ishikawa"],
    "tl": ["Kalihim Hans Cacdac ng DMW", "Ministro Makino", "ang gobernador ng Ishikawa"],
    "id": ["Menteri Perlindungan Pekerja Migran", "Menteri Makino", "Gubernur Ishikawa"],
    "tr": ["Dışişleri Bakanı Hakan Fidan", "Bakan Makino", "Ishikawa Valisi"],
    "uk": ["міністр соціальної політики України", "міністр Макіно", "губернатор префектури Ісікава"],
    "ru": ["генконсул России в Саппоро", "министр Макино", "губернатор префектуры Исикава"],
    "th": ["รัฐมนตรีมากิโนะ", "ผู้ว่าราชการจังหวัดอิชิกาวะ", "กงสุลใหญ่ไทยประจำโอซาก้า"],
    "mn": ["Гадаад харилцааны сайд", "Сайд Макино", "Исикава мужийн захирагч"],
    "ne": ["परराष्ट्रमन्त्री", "मन्त्री माकिनो", "इसिकावाका गभर्नर"],
    "my": ["ဝန်ကြီး မာကီနို", "အီရှီကာဝါခရိုင် အုပ်ချုပ်ရေးမှူး"],
    "km": ["រដ្ឋមន្ត្រីការងារ", "រដ្ឋមន្ត្រី ម៉ាគីណូ", "អភិបាលខេត្តអ៊ីស៊ីកាវ៉ា"],
}  # fmt: skip
COMPANIES = ["Takenaka", "竹中工務店", "Obayashi", "大林組", "Kajima", "鹿島建設", "Shimizu Corporation", "清水建設",
             "ヤマダデンキ", "Okamura", "小松製作所", "Maeda Corporation", "前田建設", "Toda Corporation", "戸田建設",
             "Nishimatsu", "西松建設", "Kumagai Gumi", "熊谷組", "Haseko", "長谷工"]  # fmt: skip
HANDLE_WORDS = ["#在日ネパール人", "Lemon8", "LinkedIn", "Pinterest", "Misskey", "#外国人相談", "Reddit",
                "LINEグループ「北海道ネパール人会」", "Tumblr", "Quora", "豆瓣小组「在日打工」", "#日本で働く"]  # fmt: skip
PUBLIC_TOWNS = ["Asahikawa", "Hakodate", "Obihiro", "Tomakomai", "Kushiro", "Kitami", "Iwamizawa", "Nayoro",
                "Wakkanai", "Nemuro", "Abashiri", "Tatebayashi", "Takikawa", "Tenri", "Ikoma", "Sakurai", "Gose",
                "Kaga", "Nonoichi", "Wajima", "Hakui"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["旭川市", "函館市", "帯広市", "苫小牧市", "釧路市", "北見市", "岩見沢市", "名寄市", "稚内市",
                      "根室市", "網走市", "館林市", "滝川市", "天理市", "生駒市", "桜井市", "御所市", "加賀市",
                      "野々市市", "輪島市", "羽咋市"]  # fmt: skip


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
# floors, bus and class numbers, years, a reference number that fails the My Number check digit
# ({bad12}). Any span found in them is a false positive.
DECOYS: dict[str, list[str]] = {
    "ja": ["日本語教室は毎週土曜の10時から12時までです。", "ガス代が先月は1万2千円もかかりました。", "問い合わせ番号は{bad12}と書いてありました。",
           "寮は5階建てで、私の部屋は3階です。", "来日して6年目になります。", "現場までバスで45分、210円です。",
           "段ボールは1箱20キロ以上あります。", "月の出勤日は26日です。", "子どもは7歳と4歳です。"],
    "en": ["japanese class is saturdays 10 to 12", "the gas bill was 12,000 yen last month", "the inquiry number on the letter was {bad12}",
           "the dorm has 5 floors and i'm on the 3rd", "this is my 6th year in japan", "the bus to the site takes 45 min, 210 yen",
           "each box is over 20 kg", "we work 26 days a month", "my kids are 7 and 4"],
    "vi": ["lớp tiếng Nhật học thứ 7 từ 10 đến 12 giờ", "tiền ga tháng trước hết 1 vạn 2", "mã tra cứu {bad12}", "mỗi thùng nặng hơn 20 kg"],
    "pt": ["a aula de japonês é sábado das 10 às 12", "a conta de gás veio 12 mil ienes", "o número de consulta era {bad12}"],
    "zh": ["日语课每周六10点到12点", "上个月煤气费1万2千日元", "查询编号{bad12}", "每箱都超过20公斤"],
    "es": ["la clase de japonés es los sábados de 10 a 12", "el gas salió 12.000 yenes el mes pasado", "número de consulta {bad12}"],
    "ko": ["일본어 교실은 토요일 10시부터 12시까지", "지난달 가스비가 1만 2천 엔", "문의 번호 {bad12}"],
    "tl": ["tuwing Sabado po ang Japanese class, 10 hanggang 12", "12,000 yen po ang gas bill namin", "26 araw po kami nagtatrabaho kada buwan"],
    "id": ["kelas bahasa Jepang tiap Sabtu jam 10 sampai 12", "tagihan gas bulan lalu 12.000 yen", "bus ke proyek 45 menit, 210 yen"],
    "ne": ["जापानी कक्षा शनिबार १० देखि १२ बजेसम्म", "ग्यासको बिल १२,००० येन आयो"],
    "th": ["เรียนภาษาญี่ปุ่นวันเสาร์ 10 ถึง 12 โมง", "ค่าแก๊สเดือนที่แล้ว 12,000 เยน"],
    "tr": ["Japonca kursu cumartesi 10'dan 12'ye", "geçen ay doğalgaz 12.000 yen geldi"],
    "ru": ["курсы японского по субботам с 10 до 12", "за газ в прошлом месяце 12 000 иен"],
    "uk": ["курси японської щосуботи з 10 до 12", "за газ минулого місяця 12 000 єн"],
    "mn": ["япон хэлний анги бямба гараг 10-12 цаг", "өнгөрсөн сард хийн төлбөр 12,000 иен"],
    "my": ["ဂျပန်စာ အတန်း စနေနေ့ ၁၀ နာရီမှ ၁၂ နာရီ", "ဓာတ်ငွေ့ခ ယန်း ၁၂,၀၀၀"],
    "km": ["ថ្នាក់ភាសាជប៉ុនថ្ងៃសៅរ៍ម៉ោង 10 ដល់ 12", "ថ្លៃហ្គាសខែមុន 12,000 យ៉េន"],
}  # fmt: skip


# ------------------------------------------------------------------------ value shapes
# Shapes of this split: LINE `lin.ee` short links, `line://ti/p/~` app links and `%40`-encoded
# links; WeChat `weixin://` links and `wxid_` IDs; Kakao `open.kakao.com/o/` open chats and
# `pf.kakao.com` channels; Telegram `tg://resolve` and `t.me/+` invite links; WhatsApp
# `api.whatsapp.com/send`, `chat.whatsapp.com` group invites and `?text=`; Viber `viber://chat`;
# Zalo `zalo.me/g/` groups; Facebook `web.` and `/people/` links and `fb.com`; Instagram
# `/stories/`, `?igsh=` and `/_u/`; TikTok `m.` and `/live`; X `/with_replies`, `?s=21` and
# `intent/user`; YouTube `/shorts`, `/c/` and `/channel/UC…`; e-mails with "#", "※", "☆", "◎"
# to swap, at/dot words in angle brackets, "[@]", "-at-", a full-width "＠" with spaces; addresses
# with "-ban -go", "chōme", 番/号 copied into Latin text, dots between the numbers and a room with
# "/"; numbers cut by "/", "・" and doubled spaces, and full-width digits.


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
            lambda: f"0084 {rng.choice('3579')}{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+84.{rng.choice('3579')}{_digits(rng, 2)}.{_digits(rng, 3)}.{_digits(rng, 3)}",
            lambda: f"+63 (9{_digits(rng, 2)}) {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+55 ({rng.randint(11, 99)}) 9{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+977-98{_digits(rng, 8)}",
            lambda: f"+95 9 {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+7 (9{_digits(rng, 2)}) {_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            lambda: f"+380({rng.choice(['50', '63', '67', '93'])}){_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            lambda: f"+62 8{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+855 {rng.choice(['12', '17', '77', '96'])} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+976 {rng.choice(['99', '88', '95'])}{_digits(rng, 2)} {_digits(rng, 4)}",
            lambda: f"+66 8{_digits(rng, 1)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"+90 (5{_digits(rng, 2)}) {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+51 9{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            lambda: f"0086-1{rng.choice('3589')}{_digits(rng, 1)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+82 (0)10 {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+91-9{_digits(rng, 4)}-{_digits(rng, 5)}",
            lambda: f"+81 (0){rng.choice(['90', '80', '70'])}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        ]
    )()  # fmt: skip


def messaging_value(rng: random.Random, slot: str, user_id: str) -> str:
    """The value of a messaging slot; `user_id` is an ID built from a name (benchmarks/privacy.py
    `handle`), used where the app's ID is chosen by the user."""
    if slot == "phone":
        groups = [rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)]
        roll = rng.random()
        if roll < 0.25:
            return ".".join(groups)
        if roll < 0.45:
            return f"({groups[0]}){groups[1]}-{groups[2]}"
        if roll < 0.6:
            return "・".join(groups)
        if roll < 0.75:
            return _fullwidth("-".join(groups))
        if roll < 0.9:
            return f"+81 {groups[0][1:]}-{groups[1]}{groups[2]}"
        return "/".join(groups)
    if slot == "intl":
        return international_phone(rng)
    if slot == "walink":
        number = rng.choice(
            ["8190", "8180", "8470", "8496", "639", "5511", "97798", "959", "855", "62813"]
        ) + _digits(rng, 8)
        roll = rng.random()
        if roll < 0.25:
            return "https://api.whatsapp.com/send?phone=" + number
        if roll < 0.4:
            return "https://chat.whatsapp.com/" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(22)
            )
        if roll < 0.55:
            return "https://wa.me/" + number + "?text=hi"
        if roll < 0.7:
            return "viber://chat?number=%2B" + number
        if roll < 0.85:
            return "https://zalo.me/g/" + "".join(rng.choice(ALNUM) for _ in range(6))
        return "zalo.me/84" + rng.choice("3579") + _digits(rng, 8)
    if slot == "lineurl":
        roll = rng.random()
        if roll < 0.35:
            return "https://lin.ee/" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
        if roll < 0.6:
            return "line://ti/p/~" + user_id
        if roll < 0.8:
            return "https://line.me/R/ti/p/%40" + user_id
        return (
            "line.me/ti/p/" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(10)) + "?from=qr"
        )
    if slot == "wechat":
        roll = rng.random()
        if roll < 0.3:
            return "wxid_" + "".join(rng.choice(ALNUM) for _ in range(14))
        if roll < 0.5:
            return "weixin://dl/chat?" + user_id
        if roll < 0.75:
            return user_id + str(rng.randint(1975, 2005))
        return user_id.upper()
    if slot == "tg":
        name = user_id.replace(".", "_")
        roll = rng.random()
        if roll < 0.3:
            return "tg://resolve?domain=" + name
        if roll < 0.5:
            return "https://t.me/+" + "".join(rng.choice(ALNUM + LETTERS + "_") for _ in range(16))
        if roll < 0.7:
            return "t.me/" + name.lower()
        return "@" + name + str(rng.randint(1, 99))
    if slot == "kakao":
        roll = rng.random()
        if roll < 0.3:
            return "https://open.kakao.com/o/s" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(7)
            )
        if roll < 0.5:
            return "pf.kakao.com/_" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(6))
        return user_id.replace(".", "") + rng.choice(["", "1004", "_0"])
    if slot == "line":
        roll = rng.random()
        if roll < 0.2:
            return user_id.replace(".", "__")
        if roll < 0.35:
            return "@" + user_id
        if roll < 0.5:
            return user_id.upper()
    return user_id


def social_value(rng: random.Random, slot: str, user_name: str, display_name: str) -> str:
    """A profile URL or handle; `user_name` is a handle built from a name, `display_name` a
    person's name in Latin letters."""
    if slot == "ig":
        return user_name + rng.choice(["", "", "_jp", ".tokyo", "._"])
    if slot == "tt":
        return user_name.replace(".", "_") + rng.choice(["", "", "_ph", ".jp", "9"])
    if slot == "x":
        base = user_name.replace(".", "_")[:12]
        return base + rng.choice(["", "", "_jp", "X"])
    if slot == "fb":
        roll = rng.random()
        if roll < 0.3:
            return "https://web.facebook.com/" + user_name
        if roll < 0.55:
            people = "-".join(display_name.split()) or user_name
            return f"https://www.facebook.com/people/{people}/1000{_digits(rng, 11)}/"
        if roll < 0.8:
            return "fb.com/" + user_name
        return (
            "https://facebook.com/"
            + user_name
            + "?mibextid="
            + "".join(rng.choice(ALNUM + LETTERS) for _ in range(16))
        )
    if slot == "igu":
        roll = rng.random()
        if roll < 0.3:
            return "https://www.instagram.com/stories/" + user_name + "/"
        if roll < 0.6:
            return (
                "https://www.instagram.com/"
                + user_name
                + "?igsh="
                + "".join(rng.choice(ALNUM) for _ in range(16))
            )
        if roll < 0.8:
            return "instagram.com/_u/" + user_name
        return "instagram.com/" + user_name + "/tagged/"
    if slot == "ttu":
        roll = rng.random()
        if roll < 0.35:
            return "https://m.tiktok.com/@" + user_name
        if roll < 0.6:
            return "https://www.tiktok.com/@" + user_name + "/live"
        if roll < 0.8:
            return (
                "https://vm.tiktok.com/ZM"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
                + "/"
            )
        return "tiktok.com/@" + user_name + "?lang=ja-JP"
    if slot == "xu":
        handle = user_name.replace(".", "_")[:15]
        roll = rng.random()
        if roll < 0.3:
            return f"https://x.com/{handle}/with_replies"
        if roll < 0.55:
            return f"x.com/{handle}?s=21"
        if roll < 0.8:
            return "https://x.com/intent/user?screen_name=" + handle
        return f"https://twitter.com/{handle}/likes"
    # yt
    roll = rng.random()
    if roll < 0.3:
        return "https://www.youtube.com/@" + user_name + "/shorts"
    if roll < 0.55:
        return "youtube.com/c/" + user_name.replace(".", "")
    if roll < 0.8:
        return "https://www.youtube.com/channel/UC" + "".join(
            rng.choice(ALNUM + LETTERS + "_-") for _ in range(22)
        )
    return "https://youtube.com/@" + user_name + "/videos"


# A written-out e-mail: the "@" and "." spelled out, bracketed or replaced by a sign the reader is
# told to swap back.
AT_WORDS = {"ja": ["≪アット≫", "（あっと）"], "zh": ["「at」", "〈圈a〉"], "ko": ["*골뱅이*", "*at*"], "ru": ["*собака*"],
            "uk": ["*равлик*"], "tr": ["*et*"], "id": ["*et*"], "th": ["*แอท*"], "pt": ["*arroba*"],
            "es": ["*arroba*"], "vi": ["*a còng*"], "tl": ["*at*"], "mn": ["*at*"], "ne": ["*एट*"]}  # fmt: skip
DOT_WORDS = {"ja": ["≪ドット≫", "（どっと）"], "zh": ["〈点〉"], "ko": ["*점*"], "ru": ["*точка*"], "uk": ["*крапка*"],
             "tr": ["*nokta*"], "id": ["*titik*"], "th": ["*ดอท*"], "pt": ["*ponto*"], "es": ["*punto*"],
             "vi": ["*chấm*"], "tl": ["*tuldok*"], "mn": ["*цэг*"], "ne": ["*डट*"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com"] * 5 + ["yahoo.co.jp", "i.softbank.jp", "ezweb.ne.jp", "icloud.com", "outlook.com",
                                     "bk.ru", "yahoo.com.br", "terra.com.br", "naver.com", "qq.com",
                                     "inbox.ru", "tutanota.com", "zoho.com", "yahoo.co.th"]  # fmt: skip
SWAP_NOTES = {"ja": "（送るときは{sign}を@にしてください）", "en": " (change the {sign} to @ when you send)",
              "zh": "（发送时请把{sign}替换为@）", "vi": " (thay dấu {sign} bằng @ giúp em)", "pt": " (na hora de mandar, põe @ no lugar do {sign})",
              "es": " (donde ven el {sign} va la @)", "ko": " (보낼 때 {sign}를 @로 바꿔 주세요)",
              "tl": " (yung {sign} po, gawin niyong @)", "id": " ({sign}-nya diganti @ kalau mau kirim)",
              "tr": " (göndermeden önce {sign} yerine @ yazın)", "ru": " (при отправке замените {sign} на @)",
              "uk": " (під час надсилання замініть {sign} на @)"}  # fmt: skip


def written_out_email(rng: random.Random, local: str, lang: str) -> tuple[str, str]:
    """(address as written, note written after it). Only the address is the gold span."""
    domain = rng.choice(EMAIL_DOMAINS)
    parts = domain.split(".")
    roll = rng.random()
    if roll < 0.18 and lang in SWAP_NOTES:
        sign = rng.choice(["#", "※", "☆", "◎"])
        return f"{local}{sign}{domain}", SWAP_NOTES[lang].format(sign=sign)
    if roll < 0.38 and lang in AT_WORDS:
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS.get(lang, ["*dot*"]))
        rest = dot.join(parts) if rng.random() < 0.6 else domain
        return f"{local}{at}{rest}", ""
    if roll < 0.48:
        return f"{local} ＠ {domain}", ""
    if roll < 0.58:
        return f"{local}[@]{domain}", ""
    if roll < 0.68:
        return f"{local}-at-{'-dot-'.join(parts)}", ""
    if roll < 0.78:
        return f"{local} AT {' DOT '.join(parts)}", ""
    if roll < 0.88:
        return f"{local} @{domain}", ""
    return f"{local}@{' . '.join(parts)}", ""


ROMAN_TOWNS = ["Asahimachi", "Suehirocho-Minami", "Kotobukidai", "Shinkawa-dori", "Minamigaoka", "Hanazono-cho",
               "Tokiwadai", "Aioicho-Kita", "Kita 3-jo Nishi", "Honcho-dori", "Miyuki-cho", "Kamihara",
               "Higashi-Koizumi", "Wakaba-cho", "Hikarimachi", "Fujimidai", "Ekimae-dori"]  # fmt: skip
# (ward, city, prefecture); no ward is used.
ROMAN_CITIES = [("", "Asahikawa", "Hokkaido"), ("", "Hakodate", "Hokkaido"), ("", "Obihiro", "Hokkaido"),
                ("", "Tomakomai", "Hokkaido"), ("", "Kushiro", "Hokkaido"), ("", "Kitami", "Hokkaido"),
                ("", "Tatebayashi", "Gunma"), ("", "Kaga", "Ishikawa"), ("", "Ikoma", "Nara"),
                ("", "Sakurai", "Nara"), ("", "Tenri", "Nara"), ("", "Gose", "Nara"), ("", "Nayoro", "Hokkaido"),
                ("", "Wakkanai", "Hokkaido"), ("", "Nemuro", "Hokkaido"), ("", "Wajima", "Ishikawa"),
                ("", "Nonoichi", "Ishikawa"), ("", "Takikawa", "Hokkaido"), ("", "Iwamizawa", "Hokkaido")]  # fmt: skip
ROMAN_BUILDINGS = ["Heights Suehirocho", "Mezon Kotobukidai", "Dia Palace Tenri", "Sky Court Kushiro", "Villa Aioicho",
                   "Fuji Mansion", "Green Haim Nayoro", "Regalo Kaga"]  # fmt: skip
PREF_SUFFIX = {"Tokyo": "to", "Osaka": "fu", "Kyoto": "fu", "Hokkaido": ""}


def romanized_address(rng: random.Random) -> str:
    """A Japanese address in Latin letters, in shapes the other splits do not build."""
    town = rng.choice(ROMAN_TOWNS)
    _, city, pref = rng.choice(ROMAN_CITIES)
    c, b, g = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
    zip_code = f"{rng.randint(0, 9)}{_digits(rng, 2)}-{_digits(rng, 4)}"
    room = rng.choice([rng.randint(101, 406), rng.randint(1101, 1210)])
    building = rng.choice(ROMAN_BUILDINGS)
    suffix = PREF_SUFFIX.get(pref, "ken")
    pref_full = f"{pref}-{suffix}" if suffix else pref
    style = rng.random()
    if style < 0.12:  # "-chome -ban -go" spelled out
        return f"{town} {c}-chome {b}-ban {g}-go, {city}-shi, {pref_full}"
    if style < 0.24:  # Western order with "Prefecture" and the country
        return f"{c}-{b}-{g} {town}, {city} City, {pref} Prefecture, Japan"
    if style < 0.35:  # the flat first, "Apt."
        return f"{building} Apt. {room}, {town} {c}-{b}-{g}, {city}"
    if style < 0.46:  # postal code first, no mark, Japanese order
        return f"{zip_code} {pref_full} {city}-shi {town} {c}-{b}-{g}"
    if style < 0.56:  # prefecture in brackets
        return f"{town} {c}-{b}-{g}, {city}-shi ({pref})"
    if style < 0.66:  # "chōme" with a macron
        return f"{pref} {city}-shi {town} {c} chōme {b}-{g}"
    if style < 0.75:  # 番 and 号 copied from the lease into Latin text
        return f"{town} {b}番{g}号, {city}-shi"
    if style < 0.84:  # dots between the numbers
        return f"{town} {c}.{b}.{g}, {city}, {pref}"
    if style < 0.93:  # the room before a slash
        return f"{room}/{c}-{b}-{g} {town}, {city}-shi, {pref}"
    return f"{town.lower()} {c}-{b}-{g} {city.lower()} {pref.lower()} {zip_code}"


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
        return rng.choice([f"{head}/{n}/{tail}", f"{head}・{n}・{tail}", f"{head} {n[:3]} {n[3:6]} {n[6:]} {tail}",
                           f"{head}{n}-{tail}", f"{head}{n[:4]}.{n[4:]}{tail}", f"{head}-{n}{tail}",
                           _fullwidth(f"{head}{n}{tail}"), f"{head}  {n}  {tail}"])  # fmt: skip
    if kind == "my_number":
        n = my_number_digits(rng)
        return rng.choice(
            ["/".join([n[:4], n[4:8], n[8:]]), "・".join([n[:4], n[4:8], n[8:]]),
             "-".join(n[i:i + 3] for i in range(0, 12, 3)), f"{n[:6]} {n[6:]}",
             "  ".join([n[:4], n[4:8], n[8:]]), _fullwidth("-".join([n[:4], n[4:8], n[8:]]))]
        )  # fmt: skip
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        d = _digits(rng, 7)
        return rng.choice([f"{head}/{d}", f"{head}・{d}", f"{head}-{d[:3]}-{d[3:]}", f"{head} {d[:2]} {d[2:4]} {d[4:]}",
                           _fullwidth(f"{head}{d}"), f"{head}{d[:3]}.{d[3:]}"])  # fmt: skip
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    return rng.choice(
        [".".join(groups), "・".join(groups), "/".join(groups), f"+81 ({groups[0][1:]}) {groups[1]}-{groups[2]}",
         f"{groups[0]}-{groups[1]}{groups[2]}", "  ".join(groups)]
    )  # fmt: skip
