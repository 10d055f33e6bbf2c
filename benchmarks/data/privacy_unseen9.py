"""Templates, frames, name lists and value shapes of the `unseen9` split of benchmarks/privacy.py.

Written on 2026-12-06 by an independent data writer for issue 21 (w9), after the earlier unseen
splits (benchmarks/data/privacy_unseen.py … privacy_unseen8.py) had been written. The writer did
not open, grep or run the detector (anything under `classifiers/`, its data files, its tests,
`feedback/redaction.py` or the ADRs), and never ran `benchmarks/privacy.py`. Like `unseen8`, it is
a broad sample of how residents write to a ministry's opinion box, a consultation desk or a chat,
by a new writer: name templates in 17 languages about work, housing, school, health, family,
visas and chats; names with and without titles, at the start of a sentence, as objects, with
possessives and case endings, several people per text, signatures, names in another script than
the text; messaging IDs and social profiles; phrases for every earlier kind; public places,
institutions, officials, companies that are family names and municipalities; decoys. Nothing
here is copied from the `dev`, `heldout`, `unseen` … `unseen8` material (a script compared the
templates after normalising the slots, and the name, town, building, public-name and handle-word
lists entry by entry). It is reserved for a later round's final measure: run it once, after the
detector is frozen. How the split was made: benchmarks/data/privacy_unseen9_README.md.

The module has the same interface as benchmarks/data/privacy_unseen8.py, so that it plugs into
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
# written onto the name ("さん", "ちゃん", "親方", "哥", "님", "cô", "didi", "Mbak", "Kuya",
# "Seu", "Don", "Bey", "-д", "'ın", "дядько") stay out.
NAME_TEMPLATES: dict[str, list[str]] = {
    "ja": [
        "{given}ちゃんの入学式に着ていく服がなくて、先生に聞いたら制服はないと言われました",
        "造船所の親方の{family}さんは、安全帯をつけないで足場に上がれと言います",
        "{name}です。永住申請の書類で、課税証明書が3年分いると言われて困っています",
        "隣の部屋の{family}さんから、ゴミの出し方が違うと毎朝ドアに紙を貼られます",
        "養豚場の社長の息子の{given@ja}が、私たちのことを動画に撮ってネットに上げています",
        "{name@ja_foreign}が夜中に熱を出したのに、寮の管理人は救急車を呼ぶなと言いました",
        "薬局の{family}さんに、息子の{given@ja_foreign}の薬の飲み方を英語で書いてもらえないかお願いしたら断られました",
        "同じシェアハウスの{name@ja_foreign}さん、{name@ja_foreign}さんと一緒にこの意見を書いています",
        "妊娠7か月です。産婦人科の{family}先生が、次から通訳を連れてこないと診ないと言いました",
        "お世話になっております。\n{name}\n（静岡県在住・ブラジル国籍）",
        "解体ヤードの{family}主任は、部品を持ち帰ったと言って給料から3万円引きました",
        "息子の{given}が修学旅行の積立金を払えず、行けないかもしれません",
        "夫の{name@ja_foreign}が帰化申請をしたいと言っていますが、私は外国籍のままでもいいですか",
        "ホテルのベッドメイクで、{family}リーダーが私たちだけに一日40部屋をやらせます",
        "{family}さんという大家さんが、更新料を現金で持ってこいと言います",
        "印刷工場で一緒に働く{given@ja_foreign}くんが、紙の束に指をはさまれてけがをしました",
        "婚姻届を出しに行ったら、窓口の{family}さんに書類が足りないと3回言われました",
        "父の{name@ja_foreign}が国で亡くなりましたが、一時帰国のための休みがもらえません",
        "日本語支援の{family}先生がいなくなって、娘の{given@ja_foreign}は授業がまったくわかりません",
        "取り急ぎご報告まで。\n{name}",
        "リサイクル工場では、{family}部長と{family}係長の二人がいつも外国人だけを怒鳴ります",
        "空港の貨物の仕事で知り合った{name@ja_latin}さんが、この窓口を教えてくれました",
        "妻の{given}は日本語が話せないので、代わりに私がこれを書いています",
        "{name}さんへ、先日はかまぼこ工場の件で相談に乗っていただきありがとうございました",
    ],
    "en": [
        "{given@tl} fell off the scaffolding at the shipyard and nobody called an ambulance",
        "my neighbour {family@ja_latin} tapes notes about the garbage on my door every morning",
        "I'm writing for my sister-in-law {name@vi}, she is 7 months pregnant and her clinic refused her",
        "Mr {family@ja_latin}, the hotel housekeeping leader, gives us 40 rooms a day and the Japanese staff 20",
        "Best wishes,\n{name}\nSSW caregiver, Shizuoka",
        "the pharmacist, {family@ja_latin}, wouldn't write the dosage in English for my son {given}",
        "{given} lost two fingers at the printing plant last spring and still has no compensation",
        "Could someone call {given@ne_latin}? His phone was taken by the pig farm owner",
        "my husband {name@pt} wants to naturalise but I want to keep my passport, is that allowed?",
        "both {given@tl} and {given@tl} were told to sign a paper in Japanese they couldn't read",
        "the landlord, a Mr {name@ja_latin}, wants the renewal fee in cash",
        "it's {given}'s school trip next month and we can't pay the 60,000 yen",
        "I was married to {name@ja} for 9 years, now he wants a divorce and I don't know about my visa",
        "sorry for the long message. {given}",
        "supervisor {family@ja_latin} at the recycling plant docked my pay for a broken pallet",
        "I helped {name@id} fill in the permanent residence form but the tax papers were missing",
        "Auntie {given@tl} from our church says you can translate letters from city hall",
        "{name} and her twin {given} are 6 and the nursery says there is no place for them",
        "The Japanese teacher, Ms {family@ja_latin}, left and {given}'s grades went down right away",
        "hi it's {given} again, about the deposit from the share house",
        "Regards,\n{name@mn_latin}\n(kamaboko factory, night shift)",
        "my cousin {given@ne_latin} has been at the car dismantling yard 2 years without a day off",
        "{family@ja_latin}-sensei at the maternity clinic told me to bring my own interpreter next time",
        "we asked Mrs {family@ja_latin}, the share house owner, to fix the lock, she said no",
    ],
    "zh": [
        "{given}在造船厂搭脚手架时摔下来了，老板不让叫救护车",
        "隔壁的{family@ja_latin}每天早上往我门上贴垃圾分类的纸条",
        "我怀孕七个月了，妇产科{family@ja_latin}医生说下次没翻译就不给看",
        "此致\n谨上\n{name}",
        "我老公{name}想入籍日本，我想保留中国国籍，可以吗",
        "养猪场老板的儿子{given@ja}拍我们的视频发到网上",
        "{given}哥在印刷厂被纸压伤了手指",
        "房东{name@ja}要求续约费必须交现金",
        "嫂子{name}的永住申请需要三年的纳税证明",
        "我儿子{given}交不起修学旅行的钱",
        "我和{given}、{given}住在同一个合租房里",
        "日语辅导的{family@ja_latin}老师走了以后，孩子完全听不懂课",
        "酒店铺床的领班{family@ja_latin}每天让我们做四十间",
        "麻烦您转告{name}，他的材料我已经寄到了",
        "舅妈{name}在鱼糕工厂上夜班，三年没涨过工资",
    ],
    "ko": [
        "{given} 씨가 조선소 비계에서 떨어졌는데 사장이 구급차를 못 부르게 했어요",
        "옆집 {family@ja_latin} 씨가 매일 아침 쓰레기 분리 쪽지를 문에 붙여요",
        "임신 7개월인데 산부인과 {family@ja_latin} 선생님이 통역 없이는 안 본대요",
        "늘 도와주셔서 감사합니다.\n{name} 드림",
        "남편 {name}이 일본 귀화를 하고 싶어 하는데 저는 한국 국적을 유지해도 되나요",
        "아들 {given}이 수학여행 적립금을 못 내서 못 갈 것 같아요",
        "집주인 {name@ja}가 갱신료를 현금으로 가져오래요",
        "{given} 언니가 인쇄 공장에서 손가락을 다쳤어요",
        "호텔 객실 정리 팀장 {family@ja_latin}가 우리한테만 하루 40개를 시켜요",
        "셰어하우스에 {given}, {given}하고 같이 사는데 보증금을 못 돌려받았어요",
        "영주 신청하려는 시누이 {name} 때문에 과세증명서를 알아보고 있어요",
        "{name} 님께 전해 주세요, 서류는 어제 보냈습니다",
        "일본어 지원 {family@ja_latin} 선생님이 그만둔 뒤로 딸이 수업을 못 따라가요",
        "재활용 공장 부장 {family@ja_latin}가 팔레트 깨졌다고 월급에서 뺐어요",
        "이모 {name}와 이모부 {name}는 어묵 공장에서 둘 다 야간 근무를 해요",
    ],
    "vi": [
        "{given} ngã từ giàn giáo ở xưởng đóng tàu mà chủ không cho gọi cấp cứu",
        "ông hàng xóm {family@ja_latin} sáng nào cũng dán giấy nhắc phân loại rác lên cửa nhà em",
        "em mang thai 7 tháng, bác sĩ sản {family@ja_latin} bảo lần sau không có phiên dịch thì không khám",
        "Mong sớm nhận được hồi âm từ quý cơ quan.\nNgười viết: {name}",
        "chồng em, {name}, muốn nhập tịch Nhật, còn em giữ quốc tịch Việt được không ạ",
        "con trai em là {given} không đóng được tiền đi tham quan của trường",
        "cô {given} làm ở xưởng in bị kẹp dập ngón tay",
        "chủ nhà {name@ja} đòi tiền gia hạn hợp đồng bằng tiền mặt",
        "tổ trưởng dọn phòng khách sạn {family@ja_latin} bắt bọn em dọn 40 phòng một ngày",
        "em, {given} và {given} ở chung nhà share mà không được trả lại tiền cọc",
        "dì {name} với dượng {name} làm ca đêm ở xưởng chả cá 3 năm không được tăng lương",
        "nhờ anh chị báo lại cho {name} là em gửi hồ sơ rồi",
        "từ khi cô {family@ja_latin} dạy tiếng Nhật nghỉ, con em không hiểu bài",
        "{given}, con của chị họ em, mới sang học cấp hai ở Shizuoka",
        "quản đốc {family@ja_latin} ở xưởng tái chế trừ lương vì vỡ pallet",
    ],
    "ne": [
        "{given} जहाज कारखानाको मचानबाट खस्यो, साहुले एम्बुलेन्स बोलाउन दिएन",
        "छिमेकी {family@ja_latin} ले हरेक बिहान ढोकामा फोहोरको कागज टाँस्छ",
        "म सात महिनाको गर्भवती छु, डाक्टर {family@ja_latin} ले दोभाषे बिना नहेर्ने भन्नुभयो",
        "सादर,\n{name}",
        "मेरो छोरा {given} ले विद्यालय भ्रमणको पैसा तिर्न सकेन",
        "didi {given@ne_latin} ko share house ko deposit firta bhayena",
        "{name} र म एउटै होटलमा बेड मिलाउने काम गर्छौं",
        "भिनाजु {name} को स्थायी बसोबासको आवेदनका लागि कर प्रमाणपत्र चाहियो",
        "hajur, ma {name@ne_latin}, Shizuoka ko sungur farm ma kaam garchu",
        "घरबेटी {name@ja} ले नवीकरण शुल्क नगदै माग्यो",
        "{given}की आमालाई अस्पतालमा दोभाषे दिइएन",
        "mama {given@ne_latin} le yo form bharna sahayog garnu bhayo",
    ],
    "id": [
        "{given} jatuh dari perancah di galangan kapal, bos tidak mau panggil ambulans",
        "tetangga saya, {family@ja_latin}, tiap pagi menempel kertas soal sampah di pintu",
        "saya hamil 7 bulan, dokter kandungan {family@ja_latin} bilang tanpa penerjemah tidak mau periksa",
        "Hormat kami,\n{name}",
        "suami saya {name} mau naturalisasi, apakah saya bisa tetap WNI",
        "anak saya {given} tidak bisa ikut study tour karena biayanya mahal",
        "Mbak {given} jarinya terjepit kertas di pabrik percetakan",
        "pemilik rumah, {name@ja}, minta biaya perpanjangan kontrak dibayar tunai",
        "ketua housekeeping hotel {family@ja_latin} menyuruh kami bersihkan 40 kamar sehari",
        "saya, {given} dan {given} tinggal di share house yang sama",
        "tolong sampaikan ke {name} bahwa berkasnya sudah saya kirim",
        "bibi saya {name} dan paman {name} sama-sama kerja shift malam di pabrik kamaboko",
        "sejak Bu guru {family@ja_latin} berhenti, anak saya tidak paham pelajaran",
        "mandor pabrik daur ulang {family@ja_latin} memotong gaji gara-gara palet pecah",
    ],
    "tl": [
        "si {given} po ay nahulog sa scaffolding sa shipyard, ayaw tumawag ng ambulansya ng amo",
        "yung kapitbahay ko pong si {family@ja_latin}, araw-araw nagdidikit ng papel sa pinto tungkol sa basura",
        "7 months na po akong buntis, sabi ni Dr. {family@ja_latin} magdala raw ako ng interpreter",
        "Maraming salamat po sa pagbasa nito hanggang dulo.\n— {name}, taga-Kakegawa",
        "ang asawa ko pong si {name@ja} ay gustong makipag-divorce, paano po ang visa ko",
        "Kuya {given} po naipit ang daliri sa printing factory",
        "hindi po makakasama si {given} sa school trip kasi wala kaming pambayad",
        "yung landlord po naming si {name@ja_latin}, cash daw ang renewal fee",
        "kami po nina {given} at {given} ay nasa iisang share house, ayaw ibalik ang deposit",
        "pakisabi po kay {name} na naipadala ko na ang papeles",
        "ang lola ni {given} ay nasa Shizuoka, matanda na po siya",
        "yung leader po sa hotel na si {family@ja_latin}, 40 kwarto isang araw ang pinapalinis sa amin",
        "ninang ko po si {name}, sa kamaboko factory po siya nag-night shift",
    ],
    "th": [
        "{given}ตกจากนั่งร้านที่อู่ต่อเรือ นายจ้างไม่ยอมเรียกรถพยาบาล",
        "เพื่อนบ้าน{family@ja_latin}แปะกระดาษเรื่องขยะที่ประตูทุกเช้า",
        "ตั้งครรภ์ 7 เดือน หมอสูติ{family@ja_latin}บอกว่าครั้งหน้าไม่มีล่ามไม่ตรวจ",
        "รบกวนช่วยตอบกลับด้วยนะคะ ขอบคุณมากค่ะ\nจาก {name} (แม่บ้านโรงแรม)",
        "สามี{name@ja}อยากหย่า หนูจะต่อวีซ่าได้ไหม",
        "น้อง{given}นิ้วโดนเครื่องตัดกระดาษที่โรงพิมพ์",
        "ลูกชาย{given}ไม่มีเงินไปทัศนศึกษา",
        "เจ้าของห้อง{name@ja}ให้จ่ายค่าต่อสัญญาเป็นเงินสด",
        "ฉัน{given}และ{given}อยู่แชร์เฮาส์เดียวกัน ไม่ได้เงินมัดจำคืน",
        "ฝากบอก{name}ด้วยว่าส่งเอกสารแล้ว",
        "ป้า{name}กับลุง{name}ทำกะดึกที่โรงงานคามาโบโกะทั้งคู่",
        "หัวหน้าแม่บ้านโรงแรม{family@ja_latin}ให้พวกเราทำวันละ 40 ห้อง",
    ],
    "pt": [
        "o {given} caiu do andaime no estaleiro e o patrão não deixou chamar a ambulância",
        "o vizinho {family@ja_latin} cola bilhete do lixo na minha porta toda manhã",
        "tô grávida de 7 meses e o obstetra {family@ja_latin} disse que sem intérprete não atende mais",
        "Atenciosamente,\n{name}\n(Iwata, Shizuoka)",
        "meu marido {name@ja} quer o divórcio, como fica meu visto?",
        "o Seu {given} esmagou o dedo na gráfica",
        "a {given} não vai na excursão da escola porque não temos os 60 mil",
        "o dono do apê, {name@ja_latin}, quer a taxa de renovação em dinheiro",
        "eu, o {given} e a {given} moramos na mesma share house e ninguém recebeu o depósito",
        "avisa o {name} que já mandei os papéis, por favor",
        "a madrinha {name} e o padrinho {name} trabalham no turno da noite na fábrica de kamaboko",
        "a líder da arrumação do hotel, {family@ja_latin}, manda a gente fazer 40 quartos",
        "o neto da {given} nasceu aqui e ainda não tem registro no consulado",
        "{given} pediu pra eu escrever porque ela não sabe digitar em japonês",
    ],
    "es": [
        "{given} se cayó del andamio en el astillero y el patrón no llamó a la ambulancia",
        "el vecino {family@ja_latin} me pega papelitos sobre la basura en la puerta",
        "tengo 7 meses de embarazo y el ginecólogo {family@ja_latin} no me atiende sin intérprete",
        "Quedo a la espera de su respuesta.\n{name}",
        "mi esposo {name@ja} quiere divorciarse, ¿qué pasa con mi visa?",
        "Don {given} se aplastó el dedo en la imprenta",
        "mi hijo {given} no va a ir al viaje de estudios porque no alcanza la plata",
        "el dueño del departamento, {name@ja_latin}, quiere la renovación en efectivo",
        "{given} y {given} viven conmigo en la misma share house",
        "avísele a {name} que ya mandé los papeles, por favor",
        "mi madrina {name} trabaja de noche en la fábrica de kamaboko",
        "la jefa de limpieza del hotel, {family@ja_latin}, nos da 40 cuartos al día",
        "la abuela de {given} está enferma en Lima y no me dan permiso",
    ],
    "my": [
        "{name} သင်္ဘောကျင်းမှာ ငြမ်းပေါ်က ပြုတ်ကျတယ်၊ သူဌေးက လူနာတင်ကား မခေါ်ခိုင်းဘူး",
        "အိမ်နီးချင်း {family@ja_latin} က မနက်တိုင်း အမှိုက်စာရွက် တံခါးမှာ ကပ်တယ်",
        "ကိုယ်ဝန် ၇ လ ရှိပြီ၊ ဆရာဝန် {family@ja_latin} က စကားပြန်မပါရင် မကြည့်ဘူးတဲ့",
        "အကူအညီပေးနိုင်မယ်ဆိုရင် ဝမ်းသာပါမယ်\n{name} (ရှီဇုအိုကာ)",
        "ကို {name} ပုံနှိပ်စက်ရုံမှာ လက်ချောင်းညှပ်မိတယ်",
        "အိမ်ရှင် {name@ja} က သက်တမ်းတိုးခကို ငွေသားနဲ့ တောင်းတယ်",
        "{name} ရဲ့ သား ကျောင်းလေ့လာရေးခရီး မလိုက်နိုင်ဘူး",
        "Min ga lar pa, kyama {name@my_latin} pa, Shizuoka mhar wet kyan mhar lote tal",
        "ဟိုတယ်က ခေါင်းဆောင် {family@ja_latin} က တစ်နေ့ အခန်း ၄၀ လုပ်ခိုင်းတယ်",
        "{name} ကို စာရွက်စာတမ်း ပို့ပြီးပြီလို့ ပြောပေးပါ",
    ],
    "km": [
        "{name} ធ្លាក់ពីរន្ទានៅកន្លែងសាងសង់កប៉ាល់ ថៅកែមិនឱ្យហៅឡានពេទ្យ",
        "អ្នកជិតខាង {family@ja_latin} បិទក្រដាសអំពីសំរាមលើទ្វាររៀងរាល់ព្រឹក",
        "ខ្ញុំមានផ្ទៃពោះ ៧ ខែ គ្រូពេទ្យ {family@ja_latin} ថាគ្មានអ្នកបកប្រែមិនពិនិត្យ",
        "សង្ឃឹមថានឹងទទួលបានចម្លើយឆាប់ៗ\n{name} (កម្មករសណ្ឋាគារ)",
        "បងប្រុស {given} ត្រូវក្រដាសកាត់ម្រាមដៃនៅរោងពុម្ព",
        "ម្ចាស់ផ្ទះ {name@ja} ទាមទារថ្លៃបន្តកិច្ចសន្យាជាសាច់ប្រាក់",
        "Chumreap suor, khnhom {name@km_latin}, twer kar nov roung chakr trey Shizuoka",
        "{name} និងខ្ញុំរស់នៅផ្ទះជួលរួមគ្នា",
        "សូមប្រាប់ {name} ថាខ្ញុំផ្ញើឯកសាររួចហើយ",
        "ប្រធានក្រុមសណ្ឋាគារ {family@ja_latin} ឱ្យយើងធ្វើ ៤០ បន្ទប់ក្នុងមួយថ្ងៃ",
    ],
    "mn": [
        "{given} усан онгоцны үйлдвэрт шатнаас унасан, дарга түргэн тусламж дуудуулаагүй",
        "Хөрш {family@ja_latin} өглөө бүр хаалган дээр хогны цаас наадаг",
        "Би 7 сартай жирэмсэн, эмч {family@ja_latin} орчуулагчгүй бол үзэхгүй гэсэн",
        "Хариу өгөхийг хүлээж байна, баярлалаа.\n{name} (Мие аймаг)",
        "{given}-д хэлээрэй, бичиг баримтаа явуулчихсан",
        "Хүү {given} маань сургуулийн аялалын мөнгөө төлж чадаагүй",
        "Байрны эзэн {name@ja} сунгалтын төлбөрийг бэлнээр авна гэнэ",
        "Sain baina uu, bi {name@mn_latin}, Shizuoka-d zochid buudald ajilladag",
        "{given}, {given} бид гурав нэг байшинд хамт амьдардаг",
        "Зочид буудлын ахлагч {family@ja_latin} өдөрт 40 өрөө цэвэрлүүлдэг",
    ],
    "tr": [
        "{given} tersanede iskeleden düştü, patron ambulans çağırtmadı",
        "komşum {family@ja_latin} her sabah kapıma çöp notu yapıştırıyor",
        "7 aylık hamileyim, kadın doğum doktoru {family@ja_latin} tercümansız bakmayacağını söyledi",
        "Saygılarımla,\n{name}\nShizuoka",
        "kocam {name@ja} boşanmak istiyor, vizem ne olacak",
        "{given} Bey matbaada parmağını kâğıt makinesine sıkıştırdı",
        "oğlum {given} okul gezisinin parasını ödeyemedi",
        "ev sahibi {name@ja} yenileme ücretini nakit istiyor",
        "{given}'ın annesine hastanede tercüman verilmedi",
        "{name}'a söyleyin, belgeleri gönderdim",
        "otel kat şefi {family@ja_latin} bize günde 40 oda yaptırıyor",
        "ben, {given} ve {given} aynı paylaşımlı evde kalıyoruz",
    ],
    "uk": [
        "{given} впав з риштування на верфі, а хазяїн не дав викликати швидку",
        "Сусід {family@ja_latin} щоранку клеїть мені на двері записки про сміття",
        "Дружина на сьомому місяці, а лікар {family@ja_latin} не приймає без перекладача",
        "З повагою,\n{name}\nм. Хамамацу",
        "Дядько {given} розчавив палець у друкарні",
        "Хазяїн квартири {name@ja} вимагає плату за продовження готівкою",
        "Син {given} не поїде на шкільну екскурсію, нема грошей",
        "Передайте, будь ласка, {name}, що документи я вже відправив",
        "{name} і я живемо в одному шерхаузі, застави нам не повернули",
        "Бригадир {family@ja_latin} на сортуванні вирахував із зарплати за розбитий піддон",
    ],
    "ru": [
        "{given} упал с лесов на верфи, а хозяин не дал вызвать скорую",
        "Сосед {family@ja_latin} каждое утро клеит мне на дверь записки про мусор",
        "Жена на седьмом месяце, а врач {family@ja_latin} не принимает без переводчика",
        "С уважением,\n{name}\nг. Сидзуока",
        "Дядя {given} раздавил палец в типографии",
        "Хозяин квартиры {name@ja} требует плату за продление наличными",
        "Сын {given} не поедет на школьную экскурсию, денег нет",
        "Передайте, пожалуйста, {name}, что документы я уже отправил",
        "{name} и я живём в одном шерхаусе, залог нам не вернули",
        "Бригадир {family@ja_latin} на сортировке вычел из зарплаты за разбитый поддон",
        "Отец {given} умер на родине, а отпуск мне не дают",
    ],
}  # fmt: skip

# Name lists written for this split from common names of each country, none of them in the lists
# of benchmarks/privacy.py or the earlier unseen modules, nor in Faker's lists.
KATAKANA_FAMILY = ["ダカール", "カルキ", "ラミチャネ", "ヌエン", "トン", "ガトマイタン", "アブレウ", "マシャード", "スエヨシ", "フタダ",
                   "スサント", "ギュネシュ", "ドガン", "カリモフ", "アジモフ", "ラシドフ", "ホジャエフ", "オトゴン", "ダワー", "ラナシンハ",
                   "グナワルデナ", "パティラナ", "バンダラ", "ヤダヴ", "シャルマ", "スベディ", "カフレ", "パンデ", "ティワリ", "リジャル",
                   "ケーシー", "バスネット", "チャウダリ", "トゥラダール", "サキャ", "ナカルミ", "ジョシ", "ベラスコ", "タマヨ", "オカンポ",
                   "カスティージョ", "コウチーニョ", "ピント", "タイピン", "サエトン", "シーサワン", "ウアン", "ホル", "ニム", "ケオ",
                   "プラム", "ガンボルド", "バヤルマ"]  # fmt: skip
KATAKANA_GIVEN = ["ビシャル", "プージャ", "マニシャ", "サロジ", "クリシュナ", "ゴパル", "ヴィー", "クイン", "ジョイ", "アルマ", "ペドロ",
                  "ダニエラ", "ウェリントン", "ダイアン", "ワワン", "イルファン", "スリ", "ファジャル", "オメル", "トゥアナ", "ジャミル",
                  "タンビル", "ルフサナ", "アンワル", "ウミダ", "ラフシャン", "シャフゾド", "グリナラ", "バフティヨル", "ルスタム", "ムニラ",
                  "サラ", "ニミシャ", "クマラ", "ワスンタ", "シャミラ", "ニン", "ラタナ", "チャンティ", "モーモー", "ニーニー",
                  "チョーチョー", "ティンザー"]  # fmt: skip
TL_GIVEN = ["Romeo Jr.", "Bebot", "Jojo", "Rowena Grace", "Cherry Ann", "Jerico", "Noel Christian", "Jay-r",
            "Kristel Mae", "Pinky", "Maricel Joy", "Joanna Marie", "Lovely Joy", "Princess Mae", "Ricardo Jr.", "jay-r",
            "cherry ann"]  # fmt: skip
TL_FAMILY = ["Lapid", "Punzalan", "Batacan", "Balagtas", "Ablaza", "Lising", "Nacpil", "Quizon", "Yap", "Calma", "Dantes",
             "Gamboa", "Nepomuceno", "Sablan", "Carandang", "Ladia", "Pingol", "Soliman", "Untalan", "Yambao"]  # fmt: skip
NE_LATIN_GIVEN = ["Dil Kumari", "Bhim Bahadur", "Tika Ram", "Ganga Maya", "Bishnu Prasad", "Mingma", "Dawa", "Nima Doma",
                  "Lal Bahadur", "Man Kumari", "Khem Raj", "Rabindra", "Jit Bahadur", "Hari Maya", "Padam", "Uttam",
                  "dil kumari", "uttam"]  # fmt: skip
NE_LATIN_FAMILY = ["Ale Magar", "Rawal", "Dhami", "Balami", "Yakha", "Hayu", "Rana Bhat", "Budha Magar", "Roka Magar",
                   "Gharti Chhetri", "Khatri Chhetri", "Oli Thakuri", "Chaulagain", "Karmacharya", "Danuwar", "Thami",
                   "Chepang", "Kumal", "Sunar", "B.K.", "Bishwokarma", "Mijar"]  # fmt: skip
MN_GIVEN = ["Нандинцэцэг", "Баттулга", "Анударь", "Номин-Эрдэнэ", "Пүрэвсүрэн", "Чингүүн", "Дашдорж", "Баасанжав",
            "Энхболд", "Цогтбаяр", "Мөнхцэцэг", "Шинэбаяр", "Гантулга", "Сувдаа"]  # fmt: skip
MN_FATHER_INITIAL = ["Бо", "Ва", "Ён", "Ил", "Мэ", "Нэ", "Ра", "Са", "Ту", "Ца", "Шо", "Юн", "Яр"]  # fmt: skip
MN_LATIN_FATHER_INITIAL = ["Erd", "Jar", "Otg", "Pur", "Ulz"]  # fmt: skip
MN_LATIN_GIVEN = ["Oyuunchimeg", "Munkhzul", "Nandintsetseg", "Battulga", "Ariunaa", "Anudari", "Nomin-Erdene",
                  "Oyuunbileg", "Purevsuren", "Chinguun", "Dashdorj", "Baasanjav", "Tsogtbayar", "Munkhtsetseg",
                  "Shinebayar", "Gantulga", "Suvdaa"]  # fmt: skip
MY_NAMES = ["ခင်မြတ်နိုး", "အေးမြင့်", "မြင့်မြတ်", "သက်ထားဆွေ", "ဖိုးသား", "ငွေငွေ", "ချိုချို", "စိုးစိုး", "မြမြ",
            "ပန်းပန်"]  # fmt: skip
MY_LATIN = ["Khin Myat Noe", "Aye Myint", "Myint Myat", "Sanda", "Thet Htar Swe", "Pho Thar", "Ngwe Ngwe",
            "Cho Cho", "Soe Soe", "Mya Mya", "Pan Pan", "Thu Zar", "pho thar"]  # fmt: skip
KM_FAMILY = ["លឹម", "គង់", "សួង", "អៀម", "ឈាង", "ញឹក", "យិន", "ថន"]  # fmt: skip
KM_GIVEN = ["ចន្ធូ", "បូផា", "សុខហេង", "ភារម្យ", "សុខជា", "ហុងលី", "ម៉ាឡា", "វីរៈ", "ណារិន"]  # fmt: skip
KM_LATIN_FAMILY = ["Lim", "Suong", "Iem", "Chheang", "Nhek", "Thon"]  # fmt: skip
KM_LATIN_GIVEN = ["Reasmey", "Pheareom", "Rathana", "Sokchea", "Hongly", "Virak", "Narin"]  # fmt: skip

# Hand-written names for the pools the other splits fill from Faker, none of them in Faker's
# lists. Keys are pools of benchmarks/privacy.py `Names`; each value updates that pool
# (`names.pools[pool].update(...)`). For zh and zh_latin only given names are new (Faker's
# zh_CN family list holds nearly every common surname). For uk and ru, male names only: the
# benchmark pairs family and given names of one gender there.
OWN_POOLS: dict[str, dict[str, list[str]]] = {
    "ja": {
        "family": ["一寸木", "四月一日", "五十嵐沢", "不破", "阿久比", "小比類巻", "六車", "九十九", "神保", "千秋", "月岡", "嘉納", "伊集院",
                   "百武", "道祖土", "南雲", "雲雀", "舎人", "日下部", "物部", "忽那", "蔀", "杠", "栗花落", "鏑木", "鴇田"],
        "given": ["佐吉", "ハル", "ヨネ", "兼松", "寅吉", "清之助", "登美", "巌", "源三", "八重", "文吉", "留吉", "キヨ", "伊之助", "与吉",
                  "ウメ", "マツ", "作兵衛", "タケ", "彦七", "フサ", "シヅ", "徳次郎", "すず", "ゆき乃", "陽向"],
    },
    "ja_kana": {
        "family": ["チョッキ", "ワタヌキ", "フワ", "アグイ", "コヒルイマキ", "ムグルマ", "ツクモ", "ジンボ", "チアキ", "ツキオカ", "カノウ",
                   "イジュウイン", "モモタケ", "ナグモ", "トモエ", "ヒバリ", "クサカベ", "モノノベ", "クツナ", "ユズリハ", "ツユリ",
                   "カブラギ", "トキタ"],
        "given": ["サキチ", "カネマツ", "トラキチ", "セイノスケ", "トミ", "イワオ", "ゲンゾウ", "ヤエ", "イノスケ", "ヨキチ", "サクベエ",
                  "ヒコシチ", "トクジロウ", "ユキノ", "ヒナタ", "ユイト"],
    },
    "ja_latin": {
        "family": ["Watanuki", "Fuwa", "Agui", "Kohiruimaki", "Muguruma", "Tsukumo", "Jimbo", "Chiaki", "Tsukioka", "Kano",
                   "Ijuin", "Momotake", "Nagumo", "Tomoe", "Hibari", "Kusakabe", "Mononobe", "Kutsuna", "Yuzuriha", "Tsuyuri",
                   "Tokita", "Kabuto", "Domeki"],
        "given": ["Sakichi", "Kanematsu", "Torakichi", "Seinosuke", "Iwao", "Genzo", "Yae", "Bunkichi", "Tomekichi"],
    },
    "zh": {
        "given": ["春花", "援朝", "国庆", "根生", "腊梅", "水生", "小燕", "月娥", "巧云", "来娣", "长根", "淑芬", "美凤", "秋生", "阿牛",
                  "细妹", "阿珍"],
    },
    "zh_latin": {
        "given": ["Chunhua", "Yuanchao", "Guoqing", "Gensheng", "Lamei", "Shuisheng", "Yue'e", "Qiaoyun", "Laidi", "Changgen",
                  "Shufen", "Meifeng", "Qiusheng", "Aniu", "Ximei", "Azhen"],
    },
    "ko": {
        "family": ["아", "원", "삼", "영", "해"],
        "given": ["솔", "라희", "세찬", "유리", "이든", "재이", "나린", "늘해", "담비", "봄이", "빛찬", "아토"],
    },
    "vi": {
        "family": ["Lù", "Tống"],
        "middle": ["Đắc", "Mạnh", "Thục", "Hiền", "Sĩ"],
        "given": ["Lúa", "Ổi", "Cún", "Sửu", "Mão", "Chanh", "Quýt", "Cam", "Tôm", "Cua", "Ốc", "Bin", "Mè", "Đậu", "Me", "Bi"],
    },
    "id": {
        "family": ["Lengkong", "Perangin-angin", "Barus", "Kawilarang", "Worang", "Tangkilisan", "Karundeng", "Walangitan"],
        "given": ["Sutrisno", "Suparmi", "Painem", "Sukirno", "Ngatini", "Tarsih", "Udin", "Entin", "Nining", "Acep", "Iis",
                  "Kadek Ayu", "Nengah", "Wayan Sukadana", "Ni Luh Putu", "Siti Khadijah", "Rudi Hartono", "Mbok Sarinah"],
    },
    "th": {
        "family": ["คำมูล", "สายสุด", "แสนคำ", "พรมมา", "ศรีทอง", "สุขใจ", "หอมจันทร์", "คำหล้า", "ศรีลา", "นามวงศ์", "พลศรี", "วงษ์ไชย",
                   "มาลัยทอง", "โพธิ์ศรี"],
        "given": ["แสงจันทร์", "คำแพง", "ทองอินทร์", "หนูแดง", "จำปี", "บุญช่วย", "มะลิ", "แดง", "ปุ้ย", "จ๋า", "เอ๋"],
    },
    "pt": {
        "family": ["Biasi", "Perin", "Zambon", "Carraro", "Piovesan", "Dalla Costa", "Bragança", "Araújo Neto", "Ferrão",
                   "Siqueira Campos"],
        "given": ["Antônia", "Cícero", "Damião", "Francinete", "Lindomar", "Claudionor", "Genésio", "Zenaide", "Luzinete",
                  "Valdomiro", "Ermelinda"],
    },
    "es": {
        "family": ["Achata", "Challco", "Yapura", "Llamocca", "Cachi", "Coaquira", "Pacohuanca", "Huallpa", "Tupa", "Sirpa",
                   "Paxi", "Calcina", "Ninahuaman", "Ancasi"],
        "given": ["Teodomira", "Zenobia", "Hermelinda", "Gumersindo", "Anacleta", "Felícitas", "Melquíades", "Nemesia",
                  "Policarpo", "Serapio", "Yolanda Ruth", "Edgar Wilfredo", "Milagros Rosa"],
    },
    "tr": {
        "family": ["Karagöz", "Tanrıverdi", "Bilgiç"],
        "given": ["Zeynep Naz", "Ecrin", "Elif Naz", "Miraç", "Yusuf Kaan", "Göktuğ", "Hatice Kübra", "Muhammet Ali",
                  "Rabia"],
    },
    "uk": {
        "family": ["Грицишин", "Ющишин", "Матвіїв", "Гулей", "Кривонос", "Вовкогон", "Підгірний", "Соловій", "Сокирко",
                   "Тернавський", "Штогрин"],
        "given": ["Юрко", "Іванко", "Ромко", "Стефко", "Остапко", "Грицько", "Дмитрик", "Миколка", "Андрійко", "Віталик", "Севко",
                  "Юзьо", "Тарасик", "Ясько"],
    },
    "ru": {
        "family": ["Кузьмичёв", "Шабалин", "Мальцев", "Корзников", "Пьянков", "Кунгуров", "Зырянов", "Белобородов", "Балдин",
                   "Ладейщиков", "Распопов", "Гилёв", "Теплоухов", "Чупин", "Ваганов", "Кашин", "Мезенцев"],
    },
    "en": {
        "family": ["Abernethy", "Auchterlonie", "McCorquodale", "Drummond", "Urquhart", "Farquharson", "Lamont", "McIlwraith",
                   "Sinclair", "Menzies", "Dalgleish", "Ogilvie", "Haldane", "Kinnaird", "Rutherford", "Balfour", "Strachan",
                   "Lumsden", "Pitcairn", "Crichton"],
        "given": ["Alasdair", "Catriona", "Ruaridh", "Morag", "Fraser", "Kirsty", "Mhairi", "Struan", "Fiona", "Rhona", "Euan",
                  "Ishbel", "Torquil", "Finlay", "Innes"],
    },
}  # fmt: skip

# ------------------------------------------------------------------ messaging IDs, profiles
MESSAGING_TEMPLATES: dict[str, list[str]] = {
    "ja": ["夜勤なので電話には出られません。ラインのID→{line} にメッセージください", "シェアハウスの住人用グループはこちらです：{lineurl}",
           "ブラジルの実家の番号（WhatsApp）も書いておきます。{intl}", "ヴァイバーは{phone}で使っています。日中は見られません",
           "奥さんが韓国の方なら、カカオのID {kakao} に送ってもらうのが一番早いです", "WeChatなら {wechat} で検索してください（中国語のみ）",
           "テレグラムのユーザー名：{tg}（夜だけ見ます）", "スマホからならこのリンクでワッツアップが開きます→{walink}",
           "通訳をしてくれる{name@ja_foreign}さんのラインIDは{line}です"],
    "en": ["can't take calls on night shift, LINE me instead: {line}", "link for the share house group chat → {lineurl}",
           "whatsapp number of my mum in Brazil {intl}, she understands a bit of english", "viber on {phone} but only after 9pm",
           "kakaotalk {kakao} is faster than email for me", "my wife reads chinese, her wechat is {wechat}", "tg username {tg}",
           "tap here to open a whatsapp chat with me {walink}", "pls add my line {line}, thanks!"],
    "zh": ["上夜班接不了电话，请加LINE：{line}", "合租房的群链接在这里{lineurl}", "我在巴西的家人用WhatsApp，号码{intl}",
           "加我微信{wechat}吧，注明来意", "电报用户名{tg}，晚上才看"],
    "ko": ["야간 근무라 전화는 못 받아요, 라인 {line} 으로 주세요", "셰어하우스 단톡방 링크 {lineurl}", "카톡 {kakao} 로 보내 주세요, 메일은 잘 안 봐요",
           "텔레그램 아이디는 {tg} 예요", "고향 집 왓츠앱 번호 {intl}"],
    "vi": ["em làm ca đêm không nghe máy được, nhắn line {line} giúp em", "zalo của chồng em {phone}, ban ngày anh ấy mới xem",
           "bấm link này là mở zalo nhắn với em luôn {walink}", "nhóm line nhà share: {lineurl}", "số whatsapp mẹ em ở quê {intl}",
           "tele em: {tg}"],
    "ne": ["राति काम हुन्छ, फोन उठाउन सक्दिनँ, लाइन {line} मा लेख्नुहोस्", "aama ko whatsapp number {intl}", "mero viber {phone} ho, din ma hernu sakdina",
           "raati matra telegram chalauchu, {tg} le message pathaunus", "share house ko line group {lineurl}"],
    "id": ["saya kerja malam, jadi tolong chat LINE {line} saja", "WhatsApp keluarga di Jawa {intl}", "grup LINE share house {lineurl}",
           "pencet tautan ini nanti langsung tersambung ke WhatsApp saya {walink}", "kalau lebih suka Telegram, cari saja {tg}, saya balas sehabis shift"],
    "tl": ["night shift po ako kaya LINE na lang po {line}", "viber ko po {phone}, gabi ko lang po nababasa", "kung emergency po, pakitext sa whatsapp ng nanay ko sa Pangasinan {intl}",
           "tg username ko po {tg}", "pindutin lang po itong link, diretso na sa whatsapp ko {walink}"],
    "th": ["ทำกะดึกรับสายไม่ได้ ทักไลน์ {line} นะคะ", "กลุ่มไลน์แชร์เฮาส์ {lineurl}", "วอทส์แอปพี่สาวที่โคราช {intl}", "เทเลแกรมชื่อ {tg}"],
    "pt": ["trabalho de noite, melhor me mandar msg no LINE {line}", "whats da minha mãe em Minas {intl}", "é só apertar nesse link que já abre a conversa no whats {walink}",
           "grupo do LINE da share house: {lineurl}"],
    "es": ["trabajo de noche, escríbanme al LINE {line}", "si no contesto, mi mamá en Arequipa tiene WhatsApp al {intl}", "este enlace abre el chat de WhatsApp conmigo {walink}",
           "en Telegram búsquenme como {tg}"],
    "my": ["ညဆိုင်းမို့ ဖုန်းမကိုင်နိုင်ပါ၊ LINE {line} ကို စာပို့ပါ", "မြန်မာက အမေ့ Viber {intl}", "Telegram အမည် {tg}", "share house LINE group {lineurl}"],
    "km": ["ខ្ញុំធ្វើការវេនយប់ សូមផ្ញើសារតាម LINE {line}", "WhatsApp ម្តាយខ្ញុំនៅកំពង់ចាម {intl}", "Telegram ឈ្មោះ {tg}"],
    "mn": ["шөнийн ээлжтэй тул LINE {line} руу бичээрэй", "ээжийн вотсап {intl}", "в телеграме меня легко найти по нику {tg}, пишите кириллицей"],
    "tr": ["gece vardiyasındayım, LINE'dan yazın: {line}", "annemin Türkiye'deki WhatsApp numarası {intl}", "Telegram'da beni {tg} olarak bulabilirsiniz, akşamları bakıyorum"],
    "uk": ["працюю в нічну, пишіть у LINE {line}", "вотсап мами в Україні {intl}", "мій нік у телеграмі {tg}"],
    "ru": ["работаю в ночь, пишите в LINE {line}", "вотсап мамы на родине {intl}", "ник в телеграме {tg}"],
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, list[str]] = {
    "ja": ["足場から落ちた時の写真はフェイスブックに載せました {fb}", "インスタ（@{ig}）に毎日の弁当を載せています",
           "ティックトックで寮の様子を見せています→{ttu}", "X（旧ツイッター）でも発信しています {xu}",
           "YouTubeで日本の生活について話しています {yt}", "インスタに寮のお風呂の写真をまとめてあります→{igu}", "現場の昼休みの動画は、TikTokの@{tt}というアカウントで見られます",
           "エックスのアカウント名 @{x}"],
    "en": ["the photos from the scaffolding accident are on my facebook {fb}", "I post the bento photos every day on ig as @{ig}", "I filmed the dorm for tiktok {ttu}",
           "posted the whole story on X {xu}", "my youtube channel about life in shizuoka {yt}", "here's my instagram {igu}",
           "the tiktok account where I filmed the shipyard is @{tt}", "I'm @{x} on twitter"],
    "zh": ["脚手架事故的照片在我的脸书上{fb}", "Ins账号@{ig}", "宿舍的视频我发在TikTok上了{ttu}", "我在YouTube上讲在日本的生活{yt}", "我在推特上也把事情经过写成了长帖{xu}"],
    "ko": ["사고 사진은 페이스북에 있어요 {fb}", "매일 도시락 사진 올리는 인스타는 @{ig} 이에요", "기숙사 영상을 틱톡에 올렸어요 {ttu}", "일본 생활 브이로그 올리는 유튜브는 여기예요 {yt}"],
    "vi": ["ảnh tai nạn giàn giáo em để trên facebook {fb}", "tiktok quay ký túc xá {ttu}", "ig em là @{ig}", "em có làm vlog đời sống ở Shizuoka trên youtube {yt}"],
    "ne": ["दुर्घटनाको फोटो फेसबुकमा छ {fb}", "TikTok ma @{tt} search garnus", "jasko instagram ma kaam garne thau ko photo cha {igu}"],
    "id": ["foto kecelakaan di perancah ada di FB saya {fb}", "foto bekal makan siang saya tiap hari ada di IG @{ig}", "video asrama saya di TikTok {ttu}"],
    "tl": ["nasa FB ko po ang mga picture ng aksidente {fb}", "sa tiktok po ako @{tt}", "IG link ko po {igu}", "vlog ko po sa youtube {yt}"],
    "th": ["รูปอุบัติเหตุอยู่ในเฟซบุ๊ก {fb}", "ลงรูปข้าวกล่องทุกวันในไอจีชื่อ @{ig} ค่ะ", "คลิปหอพักในติ๊กต็อก {ttu}"],
    "pt": ["postei no face as fotos do dia que caí do andaime {fb}", "meu insta é @{ig}", "fiz um vídeo do alojamento no youtube {yt}"],
    "es": ["las fotos del accidente están en mi Facebook {fb}", "en Instagram soy @{ig}", "grabé el dormitorio para TikTok {ttu}"],
    "my": ["မတော်တဆမှု ဓာတ်ပုံတွေ Facebook မှာ ရှိတယ် {fb}", "ကျွန်မ TikTok အကောင့်နာမည်က @{tt} ပါ၊ ဟိုတယ်အလုပ်အကြောင်း တင်ထားတယ်"],
    "km": ["រូបថតគ្រោះថ្នាក់នៅលើ Facebook {fb}", "ខ្ញុំបង្ហោះវីដេអូការងារនៅសណ្ឋាគារក្នុង TikTok ឈ្មោះ @{tt}"],
    "mn": ["ослын зураг фэйсбүүкт байгаа {fb}", "өдөр бүрийн хоолны зургаа инстаграмд @{ig} нэрээр тавьдаг"],
    "tr": ["iskeleden düştüğüm günün fotoğraflarını Facebook'a koydum {fb}", "her gün öğle yemeğimi Instagram'da @{ig} adıyla paylaşıyorum"],
    "uk": ["фото з аварії є в моєму фейсбуці {fb}", "щоденні фото обідів викладаю в інстаграм під ніком @{ig}"],
    "ru": ["фото с аварии в моём фейсбуке {fb}", "каждый день выкладываю свои обеды в инсту, ник @{ig}"],
}  # fmt: skip

# --------------------------------------------------------------------- labels of every kind
# "{}" is the value. Used for the earlier kinds and for issue 21's written-out forms alike.
PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["夜勤明けにまとめて確認しますので、連絡はメール（{}）でお願いできますか", "パソコンのメールアドレス：{}（携帯のメールは使っていません）",
               "役所からの書類の写真を{}に送ってもいいですか"],
        "en": ["my email, in case the form needs it: {}", "I check {} once a day after my shift",
               "could you send the checklist to {} ?", "contact address for this case: {}"],
        "vi": ["e check mail {} mỗi tối sau ca", "địa chỉ email nhận hồ sơ: {}"],
        "pt": ["podem mandar a resposta pro e-mail {} que eu leio à noite"], "es": ["mi correo para recibir la respuesta es {}"],
        "zh": ["我的电子邮箱是{}，下班后会看"], "ko": ["답변은 이메일 주소 {} 로 부탁드립니다"], "tl": ["email address ko po {} para sa sagot"],
        "id": ["alamat email saya untuk balasan: {}"], "th": ["อีเมลที่ติดต่อได้คือ {} ค่ะ"], "tr": ["cevabı {} adresine yazarsanız sevinirim"],
        "uk": ["моя електронна адреса {}"], "ru": ["мой адрес электронной почты {}"], "ne": ["सिफ्ट सकिएपछि म {} इमेल हेर्छु"],
        "mn": ["ээлж дууссаны дараа {} имэйлээ шалгадаг"], "my": ["ကျွန်တော့် email လိပ်စာ {}"], "km": ["អាសយដ្ឋានអ៊ីមែលរបស់ខ្ញុំគឺ {}"],
    },
    "phone": {
        "ja": ["平日の昼休み（12時〜13時）ならこの番号に出られます：{}", "連絡先の電話番号 {}（留守電にメッセージを残してください）",
               "会社の携帯ではなく、自分の番号は{}です"],
        "en": ["you can reach me at lunch break (12-1) on {}", "leave a voicemail on {} and I'll call back", "personal number, not the company one: {}"],
        "vi": ["giờ nghỉ trưa gọi em số {} nhé"], "pt": ["no horário de almoço me liga no {}"], "es": ["a la hora del almuerzo pueden llamar al {}"],
        "zh": ["午休时可以打这个号码{}"], "ko": ["점심시간에는 {} 로 전화 받을 수 있어요"], "tl": ["pwede po akong tawagan sa {} tuwing lunch break"],
        "id": ["jam istirahat siang bisa telepon ke {}"], "ne": ["दिउँसो खाजा समयमा {} मा फोन गर्नुहोस्"], "th": ["พักเที่ยงโทรมาที่ {} ได้"],
        "tr": ["öğle arasında {} numarasından ulaşabilirsiniz"], "ru": ["в обеденный перерыв звоните по номеру {}"], "uk": ["в обідню перерву телефонуйте на {}"],
        "mn": ["өдрийн цайны цагаар {} дугаарт залгаарай"], "my": ["နေ့လယ်စာ နားချိန်မှာ {} ကို ဖုန်းဆက်ပါ"], "km": ["ម៉ោងសម្រាកថ្ងៃត្រង់ ទូរស័ព្ទមកលេខ {}"],
    },
    "residence_card": {
        "ja": ["在留カード番号（{}）をお伝えしておきます", "カードの右上にある番号は{}です"],
        "en": ["the card number at the top right of my zairyu card is {}", "the digits on the new zairyu they gave me at the airport: {}", "residence card number for the file: {}"],
        "vi": ["số thẻ zairyu góc trên bên phải là {}"], "pt": ["o número no canto do meu zairyu é {}"], "es": ["el número arriba a la derecha de mi zairyu es {}"],
        "zh": ["在留卡右上角的号码是{}"], "tl": ["ang number po sa kanang taas ng residence card ko ay {}"], "id": ["nomor di pojok kanan atas kartu zairyu saya {}"],
        "ne": ["मेरो जाइर्यु कार्डको माथि दायाँपट्टिको नम्बर {}"], "ko": ["재류카드 오른쪽 위 번호는 {}입니다"], "mn": ["нисэх буудал дээр өгсөн шинэ зайрюү картын дугаар {}"],
        "th": ["หมายเลขมุมขวาบนของบัตรไซริวคือ {}"], "tr": ["zairyu kartımın sağ üstündeki numara {}"],
    },
    "my_number": {
        "ja": ["マイナンバーは{}です。コピーを会社に渡して大丈夫でしたか", "個人番号カードの番号：{}"],
        "en": ["my individual number is {}, was it ok to give it to the share house owner?", "My Number for the tax form: {}"],
        "vi": ["chủ share house bắt em khai số my number, em ghi {} có sao không ạ"], "pt": ["o dono da share house pediu meu My Number e eu passei {}, fiz errado?"], "zh": ["合租房的房东要我的个人编号，我给了{}，有问题吗"], "ko": ["제 개인번호는 {} 예요"],
        "tl": ["binigay ko po sa share house owner ang My Number ko na {}, okay lang po ba"], "id": ["pemilik share house minta My Number, saya kasih {}, apa aman?"], "es": ["el dueño de la share house me pidió el My Number y le di {}, ¿estuvo bien?"], "ne": ["कम्पनीलाई दिएको मेरो व्यक्तिगत नम्बर (my number) {}"],
        "th": ["เลขประจำตัวมายนัมเบอร์ {}"], "mn": ["хувийн дугаар My Number {}"],
    },
    "passport": {
        "ja": ["パスポート番号は{}で、期限は来年の3月です", "国の旅券（番号{}）は寮の管理人が持っています"],
        "en": ["passport number {}, valid until March next year", "the dorm manager is still holding passport {}", "the dorm manager photocopied my passport ({}) and kept the original"],
        "vi": ["số hộ chiếu {} hết hạn tháng 3 năm sau"], "pt": ["passaporte número {} vence em março"], "zh": ["我的护照号码是{}，明年三月到期"],
        "id": ["nomor paspor {} berlaku sampai Maret tahun depan"], "ne": ["राहदानी नम्बर {} अर्को वर्ष चैतमा सकिन्छ"], "es": ["mi pasaporte número {} vence en marzo"],
        "tl": ["passport number ko po {} mag-e-expire sa Marso"], "th": ["หนังสือเดินทางเลขที่ {} หมดอายุมีนาปีหน้า"], "tr": ["pasaport numaram {}, mart ayında bitiyor"],
        "ru": ["номер загранпаспорта {}, действует до марта"], "uk": ["номер закордонного паспорта {}, дійсний до березня"], "mn": ["зочид буудлын менежер миний {} дугаартай паспортыг хадгалж байгаа"],
        "my": ["ပတ်စပို့နံပါတ် {} မတ်လမှာ သက်တမ်းကုန်မယ်"], "km": ["ម្ចាស់សណ្ឋាគារកំពុងរក្សាលិខិតឆ្លងដែនខ្ញុំលេខ {}"], "ko": ["여권 번호 {} 내년 3월 만료예요"],
    },
    "postal_code": {
        "ja": ["〒{}（番地は書類に書きます）", "郵便番号だけ先に：{}"], "en": ["zip code here is {}", "just the postal code for now: {}"],
        "vi": ["mã bưu điện nhà em {}"], "pt": ["CEP daqui do Japão: {}"], "zh": ["我家的邮政编码{}"], "ko": ["사는 곳 우편번호는 {}"],
        "id": ["kalau perlu, kode pos asrama kami {}"], "es": ["por ahora solo el código postal de la share house: {}"], "tl": ["yung zip code lang po muna ng share house, {}"],
    },
    "address": {
        "ja": ["いま住んでいるシェアハウスは{}にあります", "引っ越し先の住所は{}になります"],
        "en": ["the share house I rent a bed in is at {}", "we moved, the new address is {}", "send the reply by post to {}, my name is on the box"],
        "vi": ["địa chỉ mới của em là {}"], "pt": ["alugo uma cama numa share house em {}"], "es": ["mi dirección actual es {}"], "zh": ["现住址{}"], "ko": ["지금 침대 하나 빌려 사는 셰어하우스 주소가 {}예요"],
        "tl": ["ang bago po naming address ay {}"], "id": ["alamat baru saya {}"], "ne": ["हालको ठेगाना {}"], "th": ["ตอนนี้เช่าเตียงอยู่ในแชร์เฮาส์ที่ {} ค่ะ"],
        "tr": ["yeni adresim {}"], "ru": ["мой новый адрес {}"], "uk": ["моя нова адреса {}"], "mn": ["одоогийн хаяг {}"],
        "my": ["လက်ရှိလိပ်စာ {}"], "km": ["អាសយដ្ឋានបច្ចុប្បន្ន {}"],
    },
    "url": {
        "ja": ["募集を見たサイトはここです {}", "登録支援機関のページ：{}"],
        "en": ["here's the recruitment page I saw {}", "the support organisation that placed me has this site {}"],
        "vi": ["trang tuyển người em thấy {}"], "pt": ["vi a vaga nesse site {}"], "zh": ["我看到的招工网站{}"], "es": ["vi la oferta en esta página {}"],
        "ko": ["채용 공고를 본 사이트 {}"], "tl": ["dito ko po nakita ang hiring {}"],
    },
    "birth_date": {
        "ja": ["生年月日：{}（パスポートと同じ）", "私は{}の生まれで、今年で30歳になります", "在留カードに書いてある私の誕生日は{}ですが、本当は違います"],
        "en": ["for the form, my date of birth goes as {}", "I was born {} in Cebu", "birthday {} as on my zairyu card"],
        "vi": ["ngày tháng năm sinh: {}", "em sinh ngày {} ở Nghệ An"], "pt": ["sou nascida em {}, em Londrina", "data de nasc.: {}"],
        "zh": ["护照上的出生日期写的是{}", "本人{}生"], "ko": ["여권에 적힌 생년월일은 {}이에요", "{}생입니다"],
        "es": ["en mi DNI dice que nací el {}", "fecha de nac.: {}"], "tl": ["sa PSA birth certificate ko po nakasulat na {} ako ipinanganak", "sa zairyu card po, {} ang nakalagay na birthday ko"],
        "id": ["di paspor tanggal lahir saya tertulis {}", "saya lahir {} di Klaten"], "tr": ["nüfus cüzdanımdaki doğum tarihi {}", "pasaportta {} doğumlu yazıyor ama yanlış"],
        "ru": ["по паспорту я родился {} в Бишкеке", "дата рожд.: {}"], "uk": ["за паспортом я народився {} у Чернівцях", "у посвідці на проживання дата народження {}"],
        "ne": ["नागरिकतामा मेरो जन्म मिति {} लेखिएको छ", "मेरो जन्म {} मा भएको हो"], "th": ["ในพาสปอร์ตเขียนวันเกิดหนูว่า {}", "เกิดวันที่ {}"],
        "mn": ["төрсөн огноо: {}", "би {}-нд төрсөн"], "my": ["မွေးသက္ကရာဇ်: {}"], "km": ["ថ្ងៃខែឆ្នាំកំណើត: {}"],
    },
}  # fmt: skip

# ----------------------------------------------------- public places, institutions, officials
NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "ja": ["{place}で在留カードの住所変更をするのに、半日かかりました", "{official}の記者会見を見て、技能実習の制度がどう変わるのか知りたくなりました",
           "{town}のごみの分別はとても細かくて、最初は全然わかりませんでした", "{company}の工場に派遣で行っていますが、社員食堂は使えません",
           "{word}に書いてあったことが本当かどうか確かめたいです", "{place}の近くにポルトガル語が通じるクリニックはありますか",
           "{official}に、外国人の子どもの教育についてもっと考えてほしいです", "{town}は家賃が安いので、ブラジル人がたくさん住んでいます",
           "{company}の期間工の募集を見て応募しました", "{place}の駐輪場に自転車を止めたら撤去されました",
           "{town}に住んで5年になりますが、市の国際交流イベントには一度も行ったことがありません"],
    "en": ["it took half a day at {place} just to change the address on my card", "I saw {official} on TV talking about the new training visa",
           "garbage rules in {town} are so complicated", "I'm sent by an agency to a {company} factory but can't use the canteen",
           "is what they posted on {word} true?", "is there a clinic near {place} where they speak Portuguese?",
           "{official} should think more about foreign kids' schooling", "lots of Brazilians live in {town} because rent is cheap",
           "applied for the seasonal job at {company} last week", "my bike got removed from the parking at {place}",
           "Dear {place}, why is the tax letter only in Japanese?", "I wrote to {official} in May and still got no answer"],
    "zh": ["在{place}改在留卡地址花了半天", "看了{official}的记者会，想知道研修制度会怎么变", "搬到{town}以后，光是扔垃圾就被邻居说了好几次",
           "我被派遣到{company}的工厂，但不能用员工食堂", "{word}上说的是真的吗"],
    "ko": ["{place}에서 주소 변경하는 데 반나절 걸렸어요", "{official}의 기자회견을 봤어요", "{town}의 쓰레기 분리수거가 너무 복잡해요",
           "{company} 공장에 파견으로 가는데 사원식당을 못 써요", "{word}에 올라온 글이 사실인가요"],
    "vi": ["đổi địa chỉ trên thẻ ở {place} mất nửa ngày", "em xem {official} họp báo về chế độ thực tập mới",
           "phân loại rác ở {town} phức tạp quá", "em đi phái cử ở nhà máy {company} mà không được ăn ở căng tin", "tin trên {word} có đúng không ạ"],
    "pt": ["perdi meio dia no {place} só pra mudar o endereço", "vi {official} na TV falando do novo visto de trabalho",
           "a separação de lixo em {town} é complicada demais", "trabalho de empreiteira na {company} e não posso usar o refeitório",
           "é verdade o que postaram no {word}?"],
    "es": ["cambiar la dirección en {place} me tomó medio día", "vi a {official} en la tele hablando de la nueva visa",
           "la separación de basura en {town} es muy complicada", "trabajo por contrata en {company} y no puedo usar el comedor"],
    "tl": ["kalahating araw po ako sa {place} para lang magpalit ng address", "napanood ko po si {official} sa TV tungkol sa bagong visa",
           "ang hirap po ng paghihiwalay ng basura sa {town}", "agency worker po ako sa {company} pero bawal kami sa canteen"],
    "id": ["ganti alamat di {place} makan waktu setengah hari", "saya nonton {official} di TV soal visa baru",
           "aturan pilah sampah di {town} rumit sekali", "saya outsourcing di pabrik {company} tapi tidak boleh pakai kantin"],
    "ne": ["{place}मा ठेगाना परिवर्तन गर्न आधा दिन लाग्यो", "टिभीमा {official}ले नयाँ भिसाबारे बोलेको देखें", "{town}को फोहोर छुट्याउने नियम धेरै गाह्रो छ",
           "म {company}को कारखानामा डिस्प्याचबाट काम गर्छु"],
    "th": ["เปลี่ยนที่อยู่ที่{place}ใช้เวลาครึ่งวัน", "ดู{official}แถลงข่าวเรื่องวีซ่าใหม่", "การแยกขยะที่{town}ยุ่งยากมาก",
           "ทำงานเหมาช่วงที่{company}แต่ใช้โรงอาหารไม่ได้"],
    "tr": ["{place}'da adres değiştirmek yarım günümü aldı", "{official} televizyonda yeni vize hakkında konuştu",
           "{town}'da çöp ayırma kuralları çok karışık", "{company}'da taşeron işçiyim ama yemekhaneyi kullanamıyorum"],
    "uk": ["Зміна адреси в {place} зайняла пів дня", "Бачив по телевізору, як {official} розповідав про нову візу", "У {town} дуже складне сортування сміття",
           "Працюю через підрядника на {company}, але в їдальню не пускають"],
    "ru": ["Поменять адрес в {place} заняло полдня", "Смотрел, как {official} рассказывал о новой визе", "В {town} очень сложная сортировка мусора",
           "Работаю через подрядчика на {company}, а в столовую не пускают"],
    "mn": ["{place}-д хаягаа солиход хагас өдөр болсон", "{official} шинэ визийн тухай ярьж байхыг харсан", "{town}-д хог ангилах журам их хэцүү"],
    "my": ["{place} မှာ လိပ်စာပြောင်းဖို့ နေ့တစ်ဝက်ကြာတယ်", "{official} ဗီဇာအသစ်အကြောင်း ပြောတာ ကြည့်ရတယ်", "{town} မှာ အမှိုက်ခွဲရတာ အရမ်းရှုပ်တယ်"],
    "km": ["ប្តូរអាសយដ្ឋាននៅ {place} ចំណាយពេលកន្លះថ្ងៃ", "ខ្ញុំបានមើល {official} និយាយអំពីទិដ្ឋាការថ្មី", "ការញែកសំរាមនៅ {town} ស្មុគស្មាញណាស់"],
}  # fmt: skip

PUBLIC_KANJI = ["掛川駅", "袋井市役所", "菊川市役所", "焼津駅", "藤枝市役所", "御殿場駅", "沼津市役所", "三島駅", "牧之原市役所",
                "亀山市役所", "名張駅", "松阪市役所", "桑名駅", "いなべ市役所", "静岡労働局", "三重労働局", "静岡地方法務局",
                "津地方法務局", "ハローワーク掛川", "ハローワーク桑名", "三重県国際交流財団", "名古屋出入国在留管理局津出張所",
                "ブラジル総領事館", "焼津漁港"]  # fmt: skip
PUBLIC_LATIN = ["Kakegawa Station", "Fukuroi City Hall", "Kikugawa City Office", "Yaizu Station", "Fujieda City Hall",
                "Gotemba Station", "Numazu City Hall", "Mishima Station", "Kameyama City Office", "Nabari Station",
                "Matsusaka City Hall", "Kuwana Station", "the Shizuoka Labour Bureau", "the Mie Labour Bureau",
                "Hello Work Kakegawa", "Hello Work Kuwana", "the Mie International Exchange Foundation",
                "the Tsu District Legal Affairs Bureau", "the Consulate General of Brazil in Hamamatsu",
                "the Embassy of Indonesia in Tokyo", "Chubu Centrair International Airport"]  # fmt: skip
PUBLIC_LOCAL = {
    "vi": ["ga Kakegawa", "tòa thị chính Fukuroi", "Cục Lao động Shizuoka", "Hello Work Kuwana"],
    "pt": ["prefeitura de Kakegawa", "estação de Kuwana", "Consulado-Geral brasileiro de Hamamatsu"],
    "es": ["la municipalidad de Fukuroi", "la estación de Yaizu", "el Consulado del Perú en Nagoya"],
    "ko": ["가케가와역", "후쿠로이시청", "주나고야 대한민국 총영사관"],
    "zh": ["挂川站", "袋井市政府", "桑名市政府", "中国驻名古屋总领事馆"],
    "tl": ["istasyon ng Kakegawa", "munisipyo ng Fukuroi", "Hello Work sa Kuwana"],
    "id": ["stasiun Yaizu", "kantor wali kota Fujieda", "Hello Work Kakegawa"],
    "th": ["สถานีคาเคงาวะ", "ศาลาว่าการเมืองฟุคุโรอิ", "สถานกงสุลใหญ่ ณ นครนาโงยา"],
    "ne": ["काकेगावा स्टेसन", "फुकुरोइ नगरपालिका", "कुवाना हेलो वर्क"],
    "my": ["ကာကဲဂါဝါဘူတာ", "ဖုကုရိုအိမြို့တော်ခန်းမ", "ကူဝါနာ Hello Work"],
    "km": ["ស្ថានីយ៍កាកេហ្គាវ៉ា", "សាលាក្រុងហ្វូគូរ៉ូអ៊ី", "Hello Work គូវ៉ាណា"],
    "mn": ["Какэгава өртөө", "Фүкүрой хотын захиргаа", "Кувана хотын Hello Work"],
    "tr": ["Kakegawa İstasyonu", "Fukuroi Belediyesi", "Kuwana Belediyesi"],
    "uk": ["станція Какеґава", "мерія Фукурої", "мерія Кувани"],
    "ru": ["станция Какэгава", "мэрия Фукурои", "мэрия Куваны"],
}  # fmt: skip
# Officials named in their role (and heads of international bodies), as opinions on policy name
# them.
OFFICIALS = {
    "ja": ["鈴木康友静岡県知事", "一見勝之三重県知事", "掛川市長", "焼津市長", "桑名市長", "沼津市長", "駐日インドネシア大使",
           "在浜松ブラジル総領事", "名古屋出入国在留管理局長", "静岡労働局長", "出入国在留管理庁次長"],
    "en": ["Shizuoka Governor Yasutomo Suzuki", "Mie Governor Katsuyuki Ichimi", "the Mayor of Kakegawa", "the Mayor of Kuwana",
           "Amy Pope of the IOM", "WHO Director-General Tedros", "the Consul General of Brazil in Hamamatsu",
           "the head of the Nagoya Regional Immigration Bureau", "the Indonesian ambassador", "the Senior Vice-Minister of Justice"],
    "zh": ["静冈县知事铃木康友", "三重县知事一见胜之", "桑名市长", "名古屋出入国在留管理局局长"],
    "ko": ["스즈키 시즈오카현 지사", "이치미 미에현 지사", "주나고야 총영사", "가케가와 시장"],
    "vi": ["Thống đốc Shizuoka Suzuki", "Thống đốc Mie Ichimi", "Tổng lãnh sự Việt Nam tại Nagoya", "Thị trưởng Kakegawa"],
    "pt": ["o governador Suzuki, de Shizuoka", "o cônsul-geral do Brasil em Hamamatsu", "o prefeito de Kakegawa"],
    "es": ["el cónsul del Perú en Nagoya", "el gobernador de Mie", "el alcalde de Yaizu"],
    "tl": ["ang Honorary Consul ng Pilipinas sa Nagoya", "Gobernador Ichimi", "ang mayor ng Kuwana"],
    "id": ["Konjen RI Osaka", "Gubernur Shizuoka", "Wali Kota Kakegawa"],
    "tr": ["Nagoya Fahri Konsolosu", "Shizuoka Valisi", "Kuwana Belediye Başkanı"],
    "uk": ["Надзвичайний і Повноважний Посол України", "губернатор префектури Міє", "мер Какеґави"],
    "ru": ["губернатор префектуры Сидзуока", "мэр Куваны", "генеральный директор МОМ Эми Поуп"],
    "th": ["กงสุลใหญ่ไทย ณ นครนาโงยา", "ผู้ว่าราชการจังหวัดชิซุโอกะ", "นายกเทศมนตรีคาเคงาวะ"],
    "mn": ["Японд суугаа Монголын консул", "Шизуокагийн захирагч", "Кувана хотын дарга"],
    "ne": ["नागोयास्थित मानार्थ कन्सुल", "शिजुओका प्रिफेक्चरका गभर्नर", "काकेगावाका मेयर"],
    "my": ["နာဂိုယာရှိ မြန်မာကောင်စစ်ဝန်", "ရှီဇုအိုကာ ခရိုင်ဝန်"],
    "km": ["កុងស៊ុលកម្ពុជានៅណាហ្គោយ៉ា", "អភិបាលខេត្តស៊ីស៊ូអូកា", "អភិបាលក្រុងកាកេហ្គាវ៉ា"],
}  # fmt: skip
COMPANIES = ["亀田製菓", "Kameda Seika", "飛島建設", "Tobishima", "村上開明堂", "Murakami Kaimeido", "井村屋", "Imuraya",
             "岩谷産業", "Iwatani", "タダノ", "Tadano", "タミヤ", "Tamiya", "永谷園", "Nagatanien", "中村屋", "Nakamuraya",
             "安藤ハザマ", "Ando Hazama"]  # fmt: skip
HANDLE_WORDS = ["Threadsの「静岡暮らし」", "ジモティー掛川版", "#静岡のフィリピン人", "#三重で働く", "Facebookグループ「Brasileiros em Kakegawa」",
                "LINEオープンチャット「掛川外国人ママの会」", "抖音「在日打工日记」", "Zaloグループ「Người Việt ở Mie」",
                "Telegram-чат «Русские в Сидзуоке»", "YouTube「ニホンゴ・チャンネル」", "#技能実習生の声", "Misskey.io"]  # fmt: skip
PUBLIC_TOWNS = ["Kakegawa", "Fukuroi", "Kikugawa", "Makinohara", "Yaizu", "Fujieda", "Gotemba", "Numazu", "Mishima",
                "Kameyama", "Nabari", "Matsusaka", "Kuwana", "Inabe", "Susono", "Omaezaki", "Toba", "Owase"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["掛川市", "袋井市", "菊川市", "牧之原市", "焼津市", "藤枝市", "御殿場市", "沼津市", "三島市", "亀山市", "名張市",
                      "松阪市", "桑名市", "いなべ市", "裾野市", "御前崎市", "鳥羽市", "尾鷲市"]  # fmt: skip


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
    "ja": ["修学旅行の積立金は毎月8,500円です。", "足場の高さは12メートルありました。", "問い合わせ番号：{bad12}", "出産予定日まであと9週です。",
           "シェアハウスの保証金は3万円でした。", "ホテルの清掃は1部屋あたり25分と決められています。", "派遣会社が変わって、時間給が1,120円から1,080円になりました。",
           "寮から工場までバスで35分かかります。", "今月の夜勤は14回ありました。"],
    "en": ["the school trip savings are 8,500 yen a month", "the scaffolding was 12 metres high", "inquiry no. {bad12}",
           "9 weeks until my due date", "the share house deposit was 30,000 yen", "we get 25 minutes per hotel room",
           "hourly pay went from 1,120 to 1,080 yen", "the bus from the dorm to the plant takes 35 minutes", "I did 14 night shifts this month"],
    "vi": ["tiền tích lũy đi tham quan 8.500 yên mỗi tháng", "giàn giáo cao 12 mét", "mã hỏi đáp {bad12}", "tháng này em làm 14 ca đêm"],
    "pt": ["o depósito da share house foi 30 mil ienes", "o andaime tinha 12 metros", "na carta do seguro, o número do processo era {bad12}"],
    "zh": ["修学旅行的积存金每月八千五百日元", "脚手架有十二米高", "保险公司来信上的案件编号是{bad12}", "这个月上了十四个夜班"],
    "es": ["el depósito de la share house fue de 30.000 yenes", "el andamio tenía 12 metros", "en la carta del seguro, el número de expediente decía {bad12}"],
    "ko": ["수학여행 적립금은 매달 8,500엔", "비계 높이가 12미터였어요", "보험 회사 편지에 적힌 사건 번호는 {bad12}"],
    "tl": ["30,000 yen po ang deposit sa share house", "12 metro po ang taas ng scaffolding", "14 na night shift po ako ngayong buwan"],
    "id": ["deposit share house 30.000 yen", "tinggi perancah 12 meter", "bus dari asrama ke pabrik 35 menit"],
    "ne": ["सेयर हाउसको धरौटी ३०,००० येन", "मचान १२ मिटर अग्लो थियो"],
    "th": ["ค่ามัดจำแชร์เฮาส์ 30,000 เยน", "นั่งร้านสูง 12 เมตร"],
    "tr": ["paylaşımlı evin depozitosu 30.000 yen", "iskele 12 metre yüksekliğindeydi"],
    "ru": ["залог за шерхаус 30 000 иен", "леса были высотой 12 метров"],
    "uk": ["застава за шерхаус 30 000 єн", "риштування було заввишки 12 метрів"],
    "mn": ["хамтын байрны барьцаа 30,000 иен", "шат 12 метр өндөр байсан"],
    "my": ["share house အာမခံငွေ ယန်း ၃၀,၀၀၀", "ငြမ်း အမြင့် ၁၂ မီတာ"],
    "km": ["ប្រាក់កក់ផ្ទះជួលរួម 30,000 យ៉េន", "រន្ទាខ្ពស់ 12 ម៉ែត្រ"],
}  # fmt: skip


# ------------------------------------------------------------------------ value shapes
# Shapes of this split are chosen by the writer to differ from the earlier splits' shapes; they
# are listed in benchmarks/data/privacy_unseen9_README.md only by count, so that the split stays
# unseen until it is run.


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
            lambda: f"0084-{rng.choice('3579')}{_digits(rng, 1)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"+63 (0)9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"55 {rng.randint(11, 99)} 9{_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+977-98{_digits(rng, 2)}-{_digits(rng, 6)}",
            lambda: f"+95-9-{_digits(rng, 4)}-{_digits(rng, 5)}",
            lambda: f"+7(9{_digits(rng, 2)}){_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            lambda: f"+380({rng.choice(['67', '73', '93', '99'])}){_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            lambda: f"+62-8{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+855 (0){rng.choice(['12', '16', '77', '89'])} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+976 {rng.choice(['99', '88', '95', '80'])}{_digits(rng, 2)} {_digits(rng, 4)}",
            lambda: f"+66-8{_digits(rng, 1)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"0090 5{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+51 9{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            lambda: f"0086-1{rng.choice('3589')}{_digits(rng, 1)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+82 (0)10 {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+94-7{_digits(rng, 1)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"+880 1{rng.choice('3789')}{_digits(rng, 2)}-{_digits(rng, 6)}",
            lambda: f"+998 {rng.choice(['90', '91', '93', '97'])} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+81 (0){rng.choice(['90', '80', '70'])}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        ]
    )()  # fmt: skip


def messaging_value(rng: random.Random, slot: str, user_id: str) -> str:
    """The value of a messaging slot; `user_id` is an ID built from a name (benchmarks/privacy.py
    `handle`), used where the app's ID is chosen by the user."""
    if slot == "phone":
        groups = [rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)]
        roll = rng.random()
        if roll < 0.2:
            return f"({groups[0]}){groups[1]}-{groups[2]}"
        if roll < 0.35:
            return "/".join(groups)
        if roll < 0.5:
            return "・".join(groups)
        if roll < 0.65:
            return _fullwidth(f"{groups[0]}({groups[1]}){groups[2]}")
        if roll < 0.8:
            return f"+81 (0){groups[0][1:]}-{groups[1]}-{groups[2]}"
        return f"{groups[0]}{groups[1]} {groups[2]}"
    if slot == "intl":
        return international_phone(rng)
    if slot == "walink":
        prefixes = ["8190", "8170", "8493", "8477", "6391", "5511", "97798", "9597", "8801", "6281"]
        number = rng.choice(prefixes + ["99890"]) + _digits(rng, 8)
        roll = rng.random()
        if roll < 0.2:
            return (
                "https://wa.me/"
                + number
                + "?text="
                + rng.choice(["Hi", "Ola", "Xin%20chao", "Hello"])
            )
        if roll < 0.35:
            return "https://wa.link/" + "".join(rng.choice(ALNUM) for _ in range(6))
        if roll < 0.55:
            return "https://api.whatsapp.com/send?phone=" + number + "&text=Hello"
        if roll < 0.7:
            return "viber://chat?number=%2B" + number
        if roll < 0.85:
            return "https://zalo.me/g/" + "".join(rng.choice(ALNUM) for _ in range(10))
        return "https://wa.me/+" + number
    if slot == "lineurl":
        roll = rng.random()
        if roll < 0.3:
            return "https://lin.ee/" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
        if roll < 0.55:
            return "https://line.me/ti/p/~" + user_id
        if roll < 0.8:
            return "https://line.me/R/ti/p/%40" + user_id.replace(".", "")
        return "line://ti/p/@" + user_id
    if slot == "wechat":
        roll = rng.random()
        if roll < 0.3:
            return "wxid_" + "".join(rng.choice(ALNUM) for _ in range(14))
        if roll < 0.5:
            return "https://weixin.qq.com/r/" + "".join(
                rng.choice(ALNUM + LETTERS + "_-") for _ in range(20)
            )
        if roll < 0.75:
            return user_id.replace(".", "-") + "-" + str(rng.randint(1985, 2004))
        return user_id.upper()
    if slot == "tg":
        name = user_id.replace(".", "_")
        roll = rng.random()
        if roll < 0.25:
            return "tg://resolve?domain=" + name
        if roll < 0.45:
            return "https://t.me/" + name + "?start=" + _digits(rng, 4)
        if roll < 0.65:
            return "@" + name + rng.choice(["_jp", "_jpn", "_nagoya"])
        return "t.me/" + name.capitalize()
    if slot == "kakao":
        roll = rng.random()
        if roll < 0.3:
            return "https://open.kakao.com/o/s" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(7)
            )
        if roll < 0.5:
            return "pf.kakao.com/_" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(6))
        return user_id.replace(".", "") + rng.choice(["", "86", ".kr"])
    if slot == "line":
        roll = rng.random()
        if roll < 0.2:
            return user_id + rng.choice(["_jp", "_line", "0"])
        if roll < 0.35:
            return "@" + user_id
        if roll < 0.5:
            return user_id.upper()
    return user_id


def social_value(rng: random.Random, slot: str, user_name: str, display_name: str) -> str:
    """A profile URL or handle; `user_name` is a handle built from a name, `display_name` a
    person's name in Latin letters."""
    if slot == "ig":
        return user_name + rng.choice(["", "", ".official", "_ph", ".0"])
    if slot == "tt":
        return user_name.replace(".", "_") + rng.choice(["", "", "_jp", ".vlog", "99"])
    if slot == "x":
        base = user_name.replace(".", "_")[:12]
        return base + rng.choice(["", "", "_jpn", "1", "__"])
    if slot == "fb":
        roll = rng.random()
        if roll < 0.25:
            return "https://www.facebook.com/profile.php?id=1000" + _digits(rng, 11)
        if roll < 0.45:
            slug = "-".join(display_name.split()) or user_name
            return "https://www.facebook.com/people/" + slug + "/1000" + _digits(rng, 11) + "/"
        if roll < 0.65:
            return "web.facebook.com/" + user_name
        if roll < 0.85:
            return "https://www.facebook.com/" + user_name + "?mibextid=ZbWKwL"
        return "touch.facebook.com/" + user_name
    if slot == "igu":
        roll = rng.random()
        if roll < 0.3:
            return (
                "https://www.instagram.com/"
                + user_name
                + "?igsh="
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(16))
            )
        if roll < 0.55:
            return "instagram.com/stories/" + user_name + "/"
        if roll < 0.8:
            return "https://www.instagram.com/" + user_name + "/tagged/"
        return "www.instagram.com/" + user_name + "/"
    if slot == "ttu":
        roll = rng.random()
        if roll < 0.3:
            return "https://www.tiktok.com/@" + user_name + "/video/7" + _digits(rng, 18)
        if roll < 0.6:
            return (
                "https://vm.tiktok.com/ZM"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
                + "/"
            )
        if roll < 0.8:
            return "m.tiktok.com/@" + user_name
        return "https://www.tiktok.com/@" + user_name + "/live"
    if slot == "xu":
        handle = user_name.replace(".", "_")[:15]
        roll = rng.random()
        if roll < 0.3:
            return f"https://x.com/{handle}/with_replies"
        if roll < 0.5:
            return f"twitter.com/intent/user?screen_name={handle}"
        if roll < 0.75:
            return f"https://x.com/{handle}/status/18{_digits(rng, 17)}"
        return f"www.x.com/{handle}"
    # yt
    roll = rng.random()
    if roll < 0.3:
        return "https://www.youtube.com/channel/UC" + "".join(
            rng.choice(ALNUM + LETTERS + "_-") for _ in range(22)
        )
    if roll < 0.5:
        return "youtube.com/c/" + user_name.replace(".", "")
    if roll < 0.75:
        return "https://www.youtube.com/user/" + user_name.replace(".", "")
    return "https://www.youtube.com/@" + user_name + "/shorts"


# A written-out e-mail: the "@" and "." spelled out, bracketed or replaced by a sign the reader is
# told to swap back.
AT_WORDS = {"ja": ["〈アット記号〉", "《あっとまーく》"], "zh": ["#艾特#", "（at符号）"], "ko": ["[골뱅이표]", "[앳사인]"],
            "ru": ["«собачка»"], "uk": ["«знак-равлик»"], "tr": ["[et işareti]"], "id": ["(pakai at)"], "th": ["[แอท]"],
            "pt": ["[arroba aqui]"], "es": ["[arroba aquí]"], "vi": ["[chữ a còng]"], "tl": ["(yung at po)"], "mn": ["[эт тэмдэг]"],
            "ne": ["[एट]"], "my": ["(အက်)"], "km": ["(អាត់)"]}  # fmt: skip
DOT_WORDS = {"ja": ["〈ドット記号〉", "《どっと》"], "zh": ["#点#"], "ko": ["[점찍고]"], "ru": ["«точка»"], "uk": ["«знак-крапка»"],
             "tr": ["[nokta]"], "id": ["(pakai titik)"], "th": ["[ดอท]"], "pt": ["[ponto aqui]"], "es": ["[punto aquí]"],
             "vi": ["[dấu chấm]"], "tl": ["(yung dot po)"], "mn": ["[цэг тэмдэг]"], "ne": ["[डट]"], "my": ["(ဒေါ့)"],
             "km": ["(ដត)"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com"] * 5 + ["yandex.com", "hotmail.co.th", "rocketmail.com", "aol.jp", "excite.co.jp",
                                     "so-net.ne.jp", "ocn.ne.jp", "list.ru", "yahoo.co.kr", "foxmail.com", "sohu.com",
                                     "yahoo.com.mx", "outlook.com.br", "139.com"]  # fmt: skip
SWAP_NOTES = {"ja": "（迷惑メール対策のため、{sign}を@に置きかえてください）", "en": " (the {sign} in the middle means @, I wrote it like that on purpose)",
              "zh": "（请把{sign}换成@再发送）", "vi": " (ký hiệu {sign} ở giữa là chữ @, em cố ý viết vậy)", "pt": " (troca o {sign} por @ na hora de mandar)",
              "es": " (cambien el {sign} por una @ al enviar)", "ko": " (가운데 {sign} 표시는 일부러 넣은 거고 원래는 @예요)",
              "tl": " (sinadya ko pong ilagay ang {sign} imbes na @)", "id": " (simbol {sign} di tengah itu sengaja, aslinya @)",
              "tr": " (ortadaki {sign} aslında @, bilerek böyle yazdım)", "ru": " (замените {sign} на @ при отправке)",
              "uk": " (значок {sign} посередині — це насправді @, написав так навмисно)", "mn": " ({sign}-г @ болгож солино уу)",
              "ne": " (बीचको {sign} चिन्ह वास्तवमा @ हो, जानीजानी यसरी लेखेको)"}  # fmt: skip


def written_out_email(rng: random.Random, local: str, lang: str) -> tuple[str, str]:
    """(address as written, note written after it). Only the address is the gold span."""
    domain = rng.choice(EMAIL_DOMAINS)
    parts = domain.split(".")
    roll = rng.random()
    if roll < 0.18 and lang in SWAP_NOTES:
        sign = rng.choice(["★", "●", "※", "☆"])
        return f"{local}{sign}{domain}", SWAP_NOTES[lang].format(sign=sign)
    if roll < 0.38 and lang in AT_WORDS:
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS.get(lang, ["[dot]"]))
        rest = dot.join(parts) if rng.random() < 0.6 else domain
        return f"{local}{at}{rest}", ""
    if roll < 0.48:
        return f"{local}＠{_fullwidth(domain)}", ""
    if roll < 0.58:
        return f"{local} @ {' . '.join(parts)}", ""
    if roll < 0.68:
        return f"{local}-at-{'-dot-'.join(parts)}", ""
    if roll < 0.78:
        return f"{local}@{','.join(parts)}", ""
    if roll < 0.88:
        return f"mailto:{local}@{domain}", ""
    return f"{local.capitalize()}@{domain.capitalize()}", ""


ROMAN_TOWNS = ["Hanamizuki-cho", "Ohara-Shinden", "Uchiyama-Higashi", "Tamagawa-cho", "Nishijima", "Kitahama-dori",
               "Sekiguchi-Shinmachi", "Shimoyashiki", "Nakaze", "Tokiwa-Minami", "Ishiwara", "Hamanoura", "Kiyosato-cho",
               "Hosoe-Kita", "Kanaya-Higashi", "Mitakedai", "Kuwagaoka"]  # fmt: skip
# (ward, city, prefecture); no ward is used.
ROMAN_CITIES = [("", "Fukuroi", "Shizuoka"), ("", "Kakegawa", "Shizuoka"), ("", "Kikugawa", "Shizuoka"),
                ("", "Makinohara", "Shizuoka"), ("", "Yaizu", "Shizuoka"), ("", "Fujieda", "Shizuoka"),
                ("", "Gotemba", "Shizuoka"), ("", "Numazu", "Shizuoka"), ("", "Mishima", "Shizuoka"),
                ("", "Susono", "Shizuoka"), ("", "Kameyama", "Mie"), ("", "Nabari", "Mie"), ("", "Matsusaka", "Mie"),
                ("", "Kuwana", "Mie"), ("", "Inabe", "Mie"), ("", "Toba", "Mie"), ("", "Owase", "Mie")]  # fmt: skip
ROMAN_BUILDINGS = ["Leopalace Hanamizuki", "Villa Ohara 2", "Sun Heights Tamagawa", "Maison Kitahama", "Grace Court Nakaze",
                   "Forest Hills Kuwagaoka", "Heim Ishiwara A", "Urban Flat Mitakedai"]  # fmt: skip
PREF_SUFFIX = {"Tokyo": "to", "Osaka": "fu", "Kyoto": "fu", "Hokkaido": ""}


def romanized_address(rng: random.Random) -> str:
    """A Japanese address in Latin letters, in shapes the other splits do not build."""
    town = rng.choice(ROMAN_TOWNS)
    _, city, pref = rng.choice(ROMAN_CITIES)
    c, b, g = rng.randint(1, 7), rng.randint(1, 35), rng.randint(1, 28)
    zip_code = f"{rng.randint(4, 5)}{_digits(rng, 2)}-{_digits(rng, 4)}"
    room = rng.choice([rng.randint(101, 508), rng.randint(1001, 1105)])
    building = rng.choice(ROMAN_BUILDINGS)
    suffix = PREF_SUFFIX.get(pref, "ken")
    pref_full = f"{pref}-{suffix}" if suffix else pref
    style = rng.random()
    if style < 0.11:
        return f"{town} {c}-chome {b}-ban {g}-go, {city}-shi"
    if style < 0.22:
        return f"{pref}, {city}, {town}, {c}-{b}-{g}"
    if style < 0.32:
        return f"{city}-shi {town} {c}-{b}-{g} {building} #{room} ({pref_full})"
    if style < 0.42:
        return f"{town} {c}-{b}-{g}, {building} Apt. {room}, {city} {pref} {zip_code} Japan"
    if style < 0.52:
        return f"{zip_code} {pref_full} {city}-shi {town} {c}-{b}-{g}"
    if style < 0.62:
        return f"{town.lower()} {c}-{b}-{g} {city.lower()}-shi {pref.lower()}"
    if style < 0.72:
        return f"No. {b}-{g}, {c}-chome {town}, {city}"
    if style < 0.81:
        return f"{town} {c}丁目{b}番{g}号 ({city}, {pref})"
    if style < 0.9:
        return f"{building} {room}-goshitsu, {town} {c}-{b}-{g}, {city}"
    return f"{c}-{b}-{g} {town}, {city}, {pref} Prefecture"


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
        return rng.choice([f"{head} {n[:4]} {n[4:]} {tail}", f"{head}-{n}-{tail}".lower(), f"{head}/{n}/{tail}",
                           f"{_fullwidth(head)}{n}{_fullwidth(tail)}", f"{head}・{n}・{tail}",
                           f"{head}{n[:2]} {n[2:5]} {n[5:]}{tail}"])  # fmt: skip
    if kind == "my_number":
        n = my_number_digits(rng)
        return rng.choice(
            [" / ".join([n[:4], n[4:8], n[8:]]), "-".join([n[:3], n[3:6], n[6:9], n[9:]]), "・".join([n[:4], n[4:8], n[8:]]),
             f"{n[:8]} {n[8:]}", _fullwidth("-".join([n[:4], n[4:8], n[8:]])), " ".join([n[:2], n[2:6], n[6:10], n[10:]])]
        )  # fmt: skip
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        d = _digits(rng, 7)
        return rng.choice([f"{head}/{d}", f"{head}・{d}", f"{head.lower()} {d}", f"{head}-{d[:3]}-{d[3:]}",
                           f"{_fullwidth(head)}{d}", f"{head}{d[:4]} {d[4:]}"])  # fmt: skip
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    return rng.choice(
        ["・".join(groups), "/".join(groups), f"({groups[0]}){groups[1]} {groups[2]}",
         f"+81 (0){groups[0][1:]} {groups[1]} {groups[2]}", f"{groups[0]}{groups[1]}-{groups[2]}",
         _fullwidth("-".join(groups))]
    )  # fmt: skip
