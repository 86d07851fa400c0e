"""GEN: machine-written text appended after an article by a content farm.

Content farms run a text generator over a scraped article and paste its output below it:
a fabricated "interview" in Markdown bold, a "Key takeaways" or FAQ block, a question that
restates the article, a prompt asking readers to discuss. Each of these alone also occurs
in honest writing, so GEN001 scores a *trailing block* of lines: it finds where lines
carrying such signals start to dominate the end of the document, adds up the signals in
that block by kind, and fires only on enough evidence of independent kinds.

>>> doc = Document.from_text(
...     "The new bridge opened on Monday.\\nTraffic was light.\\n"
...     "**Reporter:** How do you feel?\\n**Mayor:** Proud.\\n"
...     "**Reporter:** And next?\\n**Mayor:** A tunnel.\\n"
...     "**Discussion Question for Readers:** Would you use the bridge?\\n")
>>> block = find_block(doc, appended_generated_text.default_options())
>>> block.first.line, block.last.line, sorted(block.kinds)
(3, 7, ['markup', 'qa-scaffold', 'reader-prompt'])
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import takewhile
from typing import Any

from corpus_lint import (
    Case,
    Document,
    Edit,
    Finding,
    Fix,
    FixAvailability,
    Option,
    Segment,
    Severity,
    rule,
)
from corpus_lint.lazyre import LazyPattern
from corpus_lint.packs import GuardedPattern
from corpus_lint.rules.genmodel import generated_block_shape

# -- patterns ------------------------------------------------------------------------------

#: ``**bold**`` not glued to a word, so "f**k" and "2**8" are not emphasis.
BOLD = LazyPattern(r"(?<![\w*])\*\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*\*(?![\w*])")
#: An ATX heading; "#tag" (no space) is a hashtag, not a heading.
HEADING = LazyPattern(r"^(#{1,6})[ \t]+(?=[\w\"'“‘(])")
#: A speaker label opening a line in bold: ``**Name:**`` or ``**Name**:``. Plain labels
#: ("Martin:", "Q:") are how real transcripts look, so they are no evidence at all.
BOLD_LABEL = LazyPattern(r"^\*\*([^*\n:]{1,40}?)(?::\*\*|\*\*\s*:)")
#: ``**Q: question?**``: the label inside a bold line.
INNER_LABEL = LazyPattern(r"^(Q|A|Question|Answer)\s*:", re.I)
#: Labels that stand for whoever asks; any other label is taken for whoever answers.
ASKER = LazyPattern(r"^(q|question|interviewer|host|reporter|journalist|moderator|"
                    r"interviewer \([^)]*\))$", re.I)
#: The label of a question to the readers in other languages: "Domanda per i lettori:",
#: "Frage an unsere Leser:", "Pergunta para os leitores:", "読者への質問：".
READER_LABELS_FOREIGN = (
    r"tambaya ga (?:masu karatu|masu sauraro)|வாசகர்களுக்கான கேள்வி|வாசகர்களுக்கு ஒரு கேள்வி|"
    r"domand[ae] (?:per|ai) (?:i |nostri )?lettori|frage(?:n)? an (?:die|unsere) leser(?:innen)?|"
    r"leserfrage|question(?:s)? (?:aux|pour (?:les|nos)) lecteurs|"
    r"preguntas? (?:para|a) (?:los|nuestros) lectores|perguntas? (?:para|aos) (?:os )?leitores|"
    r"vra(?:ag|gen) (?:aan|voor) (?:de|onze) lezers|pytani(?:e|a) do czytelników|"
    r"okurlar(?:ımız)?a sorular|okurlarımıza soru|"
    r"frågor? till (?:våra )?läsarna|spørgsmål til (?:vores )?læserne|"
    r"spørsmål til (?:våre )?leserne|kysymy(?:s|ksiä) lukijoille|"
    r"вопрос(?:ы)? (?:к )?читател(?:ям|ей)|питання (?:до )?читачів|okuyuculara sorular?|"
    r"ερώτηση(?:-|\s)?(?:προς τους|για τους) αναγνώστες|pertanyaan (?:untuk|bagi) pembaca|"
    r"soalan untuk pembaca|kérdés az olvasókhoz|otázk[ay] pro čtenáře|"
    r"întreb(?:are|ări) pentru (?:cititori|cititorii)(?: noștri)?|"
    r"読者への(?:質問|問いかけ)|给读者的问题|給讀者的問題|读者思考|독자(?:에게 드리는)? 질문|"
    # the same to a podcast's listeners or a video's viewers
    r"питання (?:для|до) слухачів|вопрос(?:ы)? (?:для|к) слушател(?:ям|ей)|"
    r"pytani(?:e|a) do słuchaczy|frage(?:n)? an (?:die|unsere) hörer(?:innen)?|"
    r"question(?:s)? (?:aux|pour (?:les|nos)) (?:auditeurs|auditrices)|"
    r"preguntas? (?:para|a) (?:los|nuestros) (?:oyentes|espectadores)|"
    r"perguntas? (?:para|aos) (?:os )?(?:ouvintes|espectadores)|"
    r"domand[ae] (?:per|agli) (?:gli |i )?(?:ascoltatori|spettatori)|"
    r"vra(?:ag|gen) (?:aan|voor) (?:de|onze) luisteraars|dinleyicilere sorular?|"
    r"pertanyaan (?:untuk|bagi) pendengar|リスナーへの質問|给听众的问题|청취자(?:에게)? 질문|"
    r"câu hỏi (?:thảo luận )?(?:dành )?cho (?:độc giả|thính giả|khán giả)|"
    r"คำถามถึง(?:ผู้อ่าน|ผู้ฟัง|ผู้ชม)|(?:पाठकों|श्रोताओं|दर्शकों) से (?:सवाल|प्रश्न)|"
    r"독자 토론|독자 의견을 묻습니다|독자에게 묻습니다|okurlara soru(?:lar)?|"
    r"въпрос(?:и)? към (?:нашите )?читател(?:ите|и)|读者互动|讀者互動|"
    r"galdera(?:k)? irakurleentzat|pregunt(?:a|es) (?:als|per als) lectors")
#: The second blind probe's 49 languages: a question to "our" listeners, readers or
#: viewers, in the case each language puts them in ("Fråga till våra lyssnare:",
#: "Kysymys kuuntelijoillemme:", "Въпрос към нашите слушатели:", "سؤال لمستمعينا:"), as a
#: label only: its colon must follow.
READER_LABELS_COLON = (
    r"frage(?:n)? an die leserschaft|"
    r"question(?:s)? (?:à|aux|pour) (?:nos |les )?(?:auditeurs|auditrices|lecteurs|lectrices|"
    r"spectateurs)|"
    r"domand[ae] (?:per|a|ai|agli) (?:i |gli )?nostri (?:ascoltatori|lettori|spettatori)|"
    r"perguntas? (?:para|aos) (?:os )?nossos (?:ouvintes|leitores|espectadores)|"
    r"fråg(?:a|or) till (?:våra )?(?:lyssnare|läsare|tittare|lyssnarna|läsarna|tittarna)|"
    r"spørsmål til (?:våre )?(?:lyttere|lesere|seere)|"
    r"spørsmål til (?:lytterne|leserne|seerne)(?: våre)?|"
    r"spørgsmål til (?:vores )?(?:lyttere|læsere|seere|lytterne|læserne)|"
    r"kysymy(?:s|ksiä) (?:kuuntelijoille(?:mme)?|lukijoillemme|katsojille(?:mme)?)|"
    r"spurning til (?:hlustenda|lesenda|áhorfenda)|"
    r"küsimus (?:meie )?(?:kuulajatele|lugejatele|vaatajatele)|"
    r"jautājums (?:mūsu )?(?:klausītājiem|lasītājiem|skatītājiem)|"
    r"klausimas (?:mūsų )?(?:klausytojams|skaitytojams|žiūrovams)|"
    r"pytani(?:e|a) do (?:naszych )?(?:słuchaczy|czytelników|widzów)|"
    r"otázk[ay] pro (?:naše |naši )?(?:posluchače|čtenáře|diváky)|"
    r"otázk[ay] pre (?:našich )?(?:poslucháčov|čitateľov|divákov)|"
    r"vprašanj[ea] za (?:naše )?(?:poslušalce|bralce|gledalce)|"
    r"pitanj[ea] za (?:naše )?(?:slušatelje|slušaoce|čitatelje|čitaoce|gledatelje|gledaoce)|"
    r"питањ[еа] за (?:наше )?(?:слушаоце|читаоце|гледаоце)|"
    r"kérdés (?:hallgatóinkhoz|olvasóinkhoz|nézőinkhez)|"
    r"întrebare pentru (?:ascultătorii|cititorii|telespectatorii)(?: noștri)?|"
    r"въпрос(?:и)? към (?:нашите )?(?:слушатели|читатели|зрители)|"
    r"вопрос(?:ы)? (?:нашим )?(?:слушателям|читателям|зрителям)|"
    r"питання до (?:наших )?(?:слухачів|читачів|глядачів)|"
    r"ερώτηση (?:προς τους|για τους) (?:ακροατές|θεατές)(?: μας)?|"
    r"(?:dinleyicilerimize|okurlarımıza|okuyucularımıza|izleyicilerimize) soru(?:lar|ları)?|"
    r"سؤال (?:لمستمعينا|لقرائنا|لقرّائنا|للمستمعين|للقراء|لمشاهدينا)|"
    r"שאלה (?:למאזינים|לקוראים|לצופים)(?: שלנו)?|"
    r"(?:سؤال|سوال|پرسش) از (?:شنوندگان|خوانندگان|بینندگان)(?: ما)?|"
    r"(?:سامعین|قارئین|ناظرین) سے سوال|(?:श्रोताओं|पाठकों|दर्शकों) से (?:सवाल|प्रश्न)|"
    r"(?:শ্রোতাদের|পাঠকদের|দর্শকদের) (?:জন্য|প্রতি) প্রশ্ন|"
    r"(?:நேயர்களுக்கு|வாசகர்களுக்கு) (?:ஒரு )?கேள்வி|คำถามถึง(?:ผู้ฟัง|ผู้อ่าน|ผู้ชม)|"
    r"câu hỏi (?:thảo luận )?(?:dành )?cho (?:thính giả|độc giả|khán giả)|"
    r"soalan untuk (?:pendengar|penonton)(?: kami)?|soalan untuk pembaca kami|"
    r"tanong sa (?:aming )?mga (?:tagapakinig|mambabasa|manonood)|"
    r"swali kwa (?:wasikilizaji|wasomaji|watazamaji)(?: wetu)?|"
    r"(?:リスナー|読者)の(?:皆さん|皆様)への質問|"
    r"(?:청취자|독자|시청자)(?: 여러분)?(?:께|에게)? (?:드리는 )?질문|"
    r"(?:给|給)(?:听众|聽眾|读者|讀者)(?:朋友(?:们|們)?)?的问题|"
    r"pregunta per als (?:nostres )?(?:oients|lectors|espectadors)|"
    r"galdera gure (?:entzuleentzat|irakurleentzat|ikusleentzat)|"
    r"pregunta para os (?:nosos )?(?:ouvintes|lectores|espectadores)|"
    r"vraag aan (?:ons )?(?:luisteraars|lesers|kykers)|"
    r"(?:dinleyicilere|okuyuculara) soru(?:lar)?")
#: A label handing the word to the reader ("Your turn:", "À vous la parole :", "Nu är det
#: din tur:", "Şimdi sıra sizde:", "轮到你了："), in the 49 languages of the second blind
#: probe: a question to the readers when a question follows it on the line. A how-to's
#: "Now it's your turn: cut the dough." asks nothing and stays the text's.
TURN_LABELS = (
    r"(?:now )?(?:it['’]s )?your turn|over to you|jetzt (?:sind sie|bist du|seid ihr) gefragt|"
    r"(?:sie sind|du bist|ihr seid) dran|à (?:vous|toi) la parole|à (?:vous|toi) de jouer|"
    r"(?:ahora )?(?:te toca a ti|le toca a usted|es tu turno)|(?:ora )?tocca a (?:voi|te)|"
    r"agora é (?:com você|consigo|contigo|a sua vez)|nu (?:jij|u)|nu is het (?:jouw|uw) beurt|"
    r"(?:nu|nå) (?:är|er) det din tur|nyt on sinun vuorosi|nú er komið að (?:þér|ykkur)|"
    r"nüüd on (?:sinu|teie) kord|tagad (?:tavs|jūsu) gājiens|dabar (?:jūsų|tavo) eilė|"
    r"teraz (?:twoja|wasza) kolej|teď je řada na (?:vás|tobě)|teraz (?:ste|si) na rade(?: vy| ty)?|"
    r"teraz je rad na (?:vás|tebe)|zdaj (?:ste|si) na vrsti(?: vi| ti)?|"
    r"sada je (?:vaš|tvoj) red|сада је (?:ваш|твој) ред|most (?:rajtad|rajtatok|önön) a sor|"
    r"acum (?:e|este) rândul (?:tău|vostru|dumneavoastră)|сега е (?:твой|ваш) ред|"
    r"теперь (?:ваша|твоя) очередь|тепер (?:ваша|твоя) черга|(?:τώρα )?(?:είναι )?(?:η )?σειρά "
    r"(?:σας|σου)|şimdi sıra (?:sizde|sende)|(?:و?الآن )?دور(?:ك|كم)(?: الآن)?|"
    r"עכשיו תור(?:כם|ך|כן)|"
    r"(?:حالا )?نوبت شماست|اب آپ کی باری|अब आपकी बारी|এবার আপনার পালা|இப்போது உங்கள் முறை|"
    r"ถึงตาคุณแล้ว|đến lượt bạn|sekarang giliran(?:mu| anda| kamu)|(?:ikaw|kayo) naman|"
    r"sasa ni zamu (?:yako|yenu)|あなたの番(?:です)?|(?:이제 )?여러분 차례|(?:轮|輪)到你了|"
    r"ara (?:et toca a tu|us toca a vosaltres)|orain zure txanda|agora (?:tócache a ti|é a túa "
    r"quenda)|nou is dit (?:jou|julle) beurt")
READER_LABEL = LazyPattern(r"^\W*(discussion questions? for (our )?readers|questions? for "
                           r"(our )?readers|reader discussion|readers'? question)\b|"
                           # the other languages' and the listeners' labels need their colon
                           # or the line's end: "Pytanie do słuchaczy radia zadał …" is a
                           # reporter's sentence
                           r"^\W*((?:discussion )?questions? for (?:our )?(?:listeners|viewers)|"
                           + READER_LABELS_FOREIGN + r")(?=\s*(?:[:：*]|$))", re.I)
#: The labels that need their colon (READER_LABELS_COLON, TURN_LABELS): tried only on a
#: line with a colon, as almost no line is one.
READER_LABEL_COLON = LazyPattern(r"^\W*(" + READER_LABELS_COLON + r")\s*[:：]"
                                 r"|^\W*(" + TURN_LABELS + r")\s*[:：]\s*(?=[^?？؟;;]*[?？؟;;])",
                                 re.I)
DISCUSSION_LABEL = LazyPattern(r"^\W*(discussion questions?|questions? for discussion)\W*:", re.I)
_READER_LABEL_ALONE = LazyPattern(r"\W*(?:" + READER_LABELS_COLON + r")\s*[:：?？*]?", re.I)
#: A heading over questions for the readers to discuss, as a whole line, in the common
#: languages: "Questions for Discussion", "Fragen zum Nachdenken", "Preguntas para el
#: debate", "Pytania do dyskusji", "Вопросы для обсуждения", "討論問題".
DISCUSSION_HEADINGS = (
    r"(?:some )?questions (?:for|to) (?:discussion|discuss|consider|ponder|think about)",
    r"discussion (?:questions|points)", r"food for thought", r"points to ponder",
    r"talking points", r"let['’]s discuss", r"let['’]s talk(?: about it)?", r"for discussion",
    r"over to you",
    r"preguntas para (?:el debate|debatir|la discusión|reflexionar)", r"para reflexionar",
    r"preguntes (?:per (?:reflexionar|al debat|debatre)|per a la reflexió)",
    # one word over the question to the readers: "Debate" / "Debata" / "Dibattito"
    r"debate", r"debata", r"dibattito", r"el debate", r"o debate",
    r"perguntas para (?:discussão|debate|debater|reflexão|refletir)", r"para refletir",
    r"questions (?:à débattre|pour (?:le )?débat|pour réfléchir|de discussion)",
    r"matière à réflexion", r"à vous la parole", r"fragen zur diskussion",
    r"diskussionsfragen", r"fragen zum nachdenken", r"zum nachdenken",
    r"domande per (?:la )?discussione", r"domande per riflettere", r"spunti di riflessione",
    r"vragen (?:ter|voor) discussie", r"discussievragen", r"stof tot nadenken",
    r"vragen om over na te denken", r"pytania do (?:dyskusji|przemyślenia)",
    r"do przemyślenia", r"tartışma soruları", r"düşünmeniz için sorular",
    r"pertanyaan (?:untuk )?diskusi", r"bahan diskusi", r"soalan perbincangan",
    r"untuk direnungkan", r"maswali ya (?:majadiliano|kujadili)",
    r"вопросы для обсуждения", r"пища для размышлений", r"питання для обговорення",
    r"otázky k diskusi", r"otázky na diskusiu", r"întrebări pentru discuție",
    r"kérdések (?:a vitához|megbeszélésre)", r"diskussionsfrågor", r"frågor att diskutera",
    r"spørgsmål til (?:debat|diskussion)", r"spørsmål til diskusjon",
    r"keskustelukysymyksiä", r"pohdittavaksi", r"ερωτήσεις για συζήτηση",
    r"ερωτήματα για συζήτηση", r"أسئلة للنقاش", r"שאלות לדיון",
    # one question "for discussion": Greek, Spanish, Italian, German, Dutch, Polish,
    # Russian, Ukrainian, Czech, Romanian, Hungarian, Turkish, Swedish
    r"ερώτηση για συζήτηση", r"pregunta para (?:el debate|debatir|la discusión)",
    r"domanda per (?:la )?discussione", r"frage zur diskussion", r"vraag (?:ter|voor) discussie",
    r"pytanie do dyskusji", r"вопрос для обсуждения", r"питання для обговорення",
    r"otázka k diskusi", r"întrebare pentru discuție", r"kérdés (?:a vitához|megbeszélésre)",
    r"tartışma sorusu", r"diskussionsfråga",
    # Albanian, Macedonian, Georgian, Armenian, Azerbaijani, Kazakh and Uzbek
    r"pyetje për (?:diskutim|reflektim)", r"прашања за (?:дискусија|размислување)",
    r"კითხვები (?:განსახილველად|დისკუსიისთვის)", r"քննարկման հարցեր",
    r"müzakirə üçün suallar", r"талқылауға арналған сұрақтар", r"muhokama uchun savollar",
    r"pergunta para (?:discussão|debate|reflexão)", r"question (?:pour le débat|à débattre)",
    r"vprašanje za (?:razpravo|razmislek)", r"pitanje za (?:raspravu|razmišljanje)",
    r"питање за дискусију", r"въпрос за обсъждане", r"keskustelukysymys",
    r"jautājums diskusijai", r"klausimas diskusijai", r"arutelu küsimus",
    # questions "to ask yourself": English, Turkish, Spanish, Portuguese, German, French,
    # Italian, Dutch, Polish
    r"questions (?:to ask yourself|you should ask yourself)",
    r"kendinize sormanız gereken sorular", r"preguntas que (?:debes|deberías) hacerte",
    r"perguntas (?:para|a) (?:se )?fazer",
    r"fragen,? die (?:sie sich|du dir) stellen sollte(?:n|st)",
    r"questions à se poser", r"domande da farsi", r"vragen om jezelf te stellen",
    r"pytania,? które (?:warto|należy) sobie zadać",
    # "Let's talk! Questions for our readers" (Hungarian)
    r"(?:beszélgessünk!?\s*)?kérdések olvasóinknak",
    r"(?:پرسش|سوال)(?:‌?ها)?ی(?:ی)? برای بحث",
    r"चर्चा के लिए (?:प्रश्न|सवाल)", r"আলোচনার জন্য প্রশ্ন", r"câu hỏi (?:để )?thảo luận",
    r"คำถามชวนคิด", r"讨论问题", r"討論問題", r"思考题", r"思考題", r"考えてみよう",
    r"토론 질문", r"생각해 볼 (?:질문|문제)", r"mga tanong para sa talakayan",
    # questions "for reflection" in more languages
    r"questions (?:for|to prompt) reflection", r"питання для (?:роздумів|рефлексії)",
    r"вопросы для (?:размышления|размышлений|рефлексии)", r"pytania do refleksji",
    r"otázky (?:k|na) zamyšlení", r"întrebări (?:de|pentru) reflecție",
    r"kérdések (?:elgondolkodásra|elgondolkodtatásra)", r"düşündüren sorular",
    r"pertanyaan (?:untuk )?refleksi", r"câu hỏi (?:để )?suy ngẫm", r"frågor att fundera på",
    r"spørgsmål til eftertanke", r"spørsmål til ettertanke", r"ερωτήσεις για σκέψη",
    r"spørgsmål til refleksion", r"spørsmål til refleksjon", r"frågor (?:för|till) reflektion",
    r"yuk,? diskusi", r"còn bạn thì sao\??", r"и вы\??",
    r"أسئلة للتفكير", r"سؤال‌هایی برای تأمل", r"सोचने के लिए (?:प्रश्न|सवाल)",
    r"pitanj[ae] za (?:raspravu|razmišljanje|diskusiju)", r"vprašanj[ae] za (?:razpravo|razmislek)",
    r"питања за (?:дискусију|размишљање)", r"въпроси за (?:обсъждане|размисъл)",
    r"küsimused (?:aruteluks|mõtisklemiseks)", r"klausimai (?:diskusijai|apmąstymui)",
    r"jautājumi (?:diskusijai|pārdomām)", r"otázky na zamyslenie",
    r"【?(?:互动话题|互動話題|话题讨论|討論話題|讨论话题|互动时间|互動時間)】?",
    # "Your turn (, readers)!" and "Tell us what you think" as a heading of its own
    r"(?:now\s+)?(?:it['’]s\s+)?your\s+turn(?:,\s*[^!?.]{1,30})?!?", r"à vous(?: de jouer)?\s*!?",
    r"(?:ahora\s+)?(?:es\s+)?tu\s+turno\s*!?", r"(?:agora\s+)?(?:é\s+)?a\s+sua\s+vez\s*!?",
    r"jetzt sind sie dran\s*!?", r"jetzt bist du dran\s*!?", r"nu jij\s*!?",
    r"여러분의 (?:생각|의견)을 (?:들려주세요|알려주세요|남겨주세요)", r"여러분의 생각은\??",
    r"みなさんの(?:ご意見|声)をお聞かせください", r"说说你的看法", r"說說你的看法",
    # "And you?" turning to the readers, with whom it names ("E você, torcedor?")
    r"(?:and|what about|how about) you(?:,\s*[^!?.]{1,30})?\?", r"e (?:você|vocês|tu|voi)"
    r"(?:,\s*[^!?.]{1,30})?\?", r"¿?y (?:tú|vos|usted|ustedes)(?:,\s*[^!?.]{1,30})?\?",
    r"et (?:vous|toi)(?:,\s*[^!?.]{1,30})?\s*\?", r"und (?:du|sie|ihr)(?:,\s*[^!?.]{1,30})?\?",
    r"en (?:jij|u|jullie)(?:,\s*[^!?.]{1,30})?\?", r"a (?:ty|wy|vy)(?:,\s*[^!?.]{1,30})?\?",
    r"а (?:вы|ты)(?:,\s*[^!?.]{1,30})?\?", r"peki (?:siz|sen)(?:,\s*[^!?.]{1,30})?\?",
    r"bagaimana dengan (?:anda|kamu)(?:,\s*[^!?.]{1,30})?\?", r"và bạn(?: thì sao)?\?",
    r"وأنت(?:م)?(?:،\s*[^!?.؟]{1,30})?[؟?]", r"और आप(?:,\s*[^!?.]{1,30})?\?",
    r"あなたは(?:どう思いますか)?[？?]", r"(?:那)?你(?:們|们)?呢[？?]",
    r"妳呢[？?]", r"여러분은요\?",
    r"а (?:як|що) (?:вважаєте|думаєте) ви\??", r"а ви як (?:вважаєте|думаєте)\??",
    r"а (?:как|что) (?:считаете|думаете) вы\??", r"а вы как (?:считаете|думаете)\??",
    # "Join the conversation" over the questions
    r"join (?:the|our) (?:conversation|discussion|debate)",
    r"únete a la (?:conversación|discusión)",
    r"participe da (?:conversa|discussão)", r"rejoignez (?:la discussion|le débat)",
    r"diskutieren sie mit", r"diskutiere mit", r"partecipa alla discussione", r"praat mee",
    r"dołącz do dyskusji", r"tartışmaya katılın", r"присоединяйтесь к обсуждению",
    r"долучайтеся до обговорення", r"ikut berdiskusi", r"tham gia thảo luận",
    r"انضم(?:وا)? إلى النقاش", r"参与讨论", r"參與討論", r"ディスカッションに参加",
    # "Share your opinion (with us)" over the questions
    r"(?:share|tell us) your (?:opinion|thoughts|views)(?: with us)?",
    r"(?:deixe|dê|compartilhe) (?:a )?sua opinião", r"(?:deja|danos|comparte) tu opinión",
    r"(?:teile|teilen sie) (?:deine|ihre|uns (?:deine|ihre)) meinung(?: mit uns)?",
    r"(?:donnez|partagez)(?:-nous)? votre avis", r"dicci la tua", r"(?:deel|geef) je mening",
    r"شاركنا (?:ب)?رأيك", r"أخبرنا (?:ب)?رأيك",
    r"شارك(?:وا)? برأيك", r"поделитесь (?:своим )?мнением",
    r"podziel się (?:swoją )?opinią",
    r"fikrini (?:bizimle )?paylaş",
    r"bagikan pendapat(?:mu| anda)",
    r"chia sẻ ý kiến của bạn", r"अपनी राय (?:दें|बताएं|साझा करें)", r"แสดงความคิดเห็นของคุณ",
    r"ご意見をお聞かせください", r"分享你的看法", r"分享您的看法", r"의견을 (?:남겨|들려)주세요",
)
DISCUSSION_HEADING = LazyPattern(r"^(?:" + "|".join(DISCUSSION_HEADINGS) + r")\s*[:：!！]?$",
                                 re.I)
#: Questions under a discussion heading, at least, for it to be the generator's list.
DISCUSSION_QUESTIONS = 2
#: Invitations to comment in the other languages a content farm writes in, as data: each
#: is the whole invitation ("dites-le-nous en commentaire", "tulis pendapat Anda").
READER_INVITATIONS = (
    # French
    r"en commentaires?", r"dans les commentaires", r"dites-(le-)?nous", r"laissez(-nous)? un "
    r"commentaire", r"partagez (votre|vos) (avis|expériences?|opinions?|impressions?)",
    # Portuguese
    r"nos comentários", r"deixe (o )?(seu|sua) (comentário|opinião)", r"conte (pra|para) "
    r"(a gente|nós)", r"compartilhe (sua|a sua) (opinião|experiência)",
    # Spanish
    r"en (los )?comentarios", r"déjanos (tu|su) (opinión|comentario)", r"cuéntanos",
    r"comparte (tu|su) (opinión|experiencia)",
    # Italian
    r"nei commenti", r"fateci sapere", r"facci sapere", r"lasciate(ci)? un commento",
    r"condividete (la vostra|le vostre) (opinion[ei]|esperienz[ae])",
    # German
    r"in den kommentaren", r"schreiben sie (es )?uns", r"schreib(t)? (es )?uns",
    r"teilen sie (uns )?ihre (meinung|erfahrung(en)?)",
    # Dutch ("Laat het ons weten", not the "laat weten" of "De gemeente laat weten dat …")
    r"in de (reacties|comments)", r"laat (het ons|ons|het) weten",
    # Indonesian
    r"kolom komentar", r"tulis(kan)? pendapat", r"bagikan pendapat",
    # Hungarian, Polish, Czech and Slovak, Romanian, Russian and Ukrainian, Greek, Croatian
    # and Serbian, the Nordic languages, Finnish, Turkish and Vietnamese
    r"oszd meg (velünk )?a véleményed", r"írd meg (nekünk|kommentben)", r"kommentben",
    r"w komentarzach?", r"napisz(cie)? (nam )?w komentarzu", r"podziel(cie)? się (swoją )?opinią",
    r"v komentářích", r"napište (nám )?do komentářů", r"v komentároch",
    r"în comentarii", r"spune(ți)?-ne", r"в комментариях", r"поделитесь (своим )?мнением",
    r"у коментарях", r"поділіться (своєю )?думкою", r"στα σχόλια", r"u komentarima",
    r"podijelite (svoje )?mišljenje", r"i kommentarfeltet", r"i kommentarerne",
    r"i kommentarerna", r"dela (din|er) åsikt", r"del (din|jeres) mening", r"kommenteissa",
    r"kerro (meille|mielipiteesi)", r"yorumlarda", r"yorum(lar)?a yaz", r"düşüncelerinizi paylaşın",
    r"chia sẻ ý kiến", r"ở phần bình luận", r"bình luận bên dưới",
    # Chinese, Japanese and Korean: "欢迎在评论区留言", "コメント欄で教えてください", "댓글로 남겨".
    r"评论区", r"評論區", r"留言讨论", r"留言討論", r"欢迎留言", r"歡迎留言", r"コメント欄",
    r"コメントで(?:教えて|お知らせ)", r"댓글로", r"댓글을 남겨", r"댓글 남겨",
    # Swahili, Catalan, Lithuanian, Tagalog, Hindi, Thai, Arabic and Hebrew: "Tuambie maoni
    # yako", "als comentaris", "sa comments", "कमेंट में", "في التعليقات", "בתגובות".
    r"tuambie (maoni|mawazo) yako", r"sehemu ya maoni", r"als comentaris", r"explica['’]ns",
    r"komentaruose", r"sa (comments?|comment section)", r"कमेंट (में|करके|करें)",
    r"अपनी राय (दें|बताएं|साझा करें)", r"ร่วมแสดงความคิดเห็น",
    r"แสดงความคิดเห็น(?:ของคุณ)?(?:ด้านล่าง|ได้|ที่|กัน|ไว้)", r"في التعليقات",
    r"شاركونا (رأيكم|آراءكم)", r"בתגובות",
    # Albanian, Macedonian, Azerbaijani, Kazakh and Uzbek: "Ndani mendimet tuaja në komentet"
    r"në komente(?:t)?", r"ndani mendimin|ndani mendimet", r"во коментарите",
    r"şərhlərdə", r"пікірлерде", r"izohlarda",
    # The 49 languages of the blind probe, by language: leave a comment, join the
    # discussion, tell us, share your opinion or experience (below, in the comments), in
    # the usual persons and registers ("Laat hieronder een reactie achter", "Dela gärna
    # dina erfarenheter nedan", "Deildu reynslu þinni"). A newsroom's call for stories by
    # e-mail carries no word of COMMENT_INVITATION, so it weighs as an invitation only.
    r"drop (us )?a comment", r"we want to hear from you", r"hit the comments",
    r"diskutieren sie mit\b", r"diskutiere mit\b",
    r"hinterlass(en sie|e|t) (uns|ihre meinung|deine meinung|eure meinung)",
    r"hinterlass(en sie|e|t) einen kommentar (unten|hier)",
    r"teil(e|t) (uns )?(deine|eure) (meinung|erfahrung(en)?)",
    r"verrat(en sie|e|et) (es )?uns", r"lassen sie (es )?uns wissen",
    r"racontez-nous", r"n['’]hésitez pas à (commenter|partager|nous)", r"réagissez",
    r"donnez(-nous)? votre avis", r"écrivez-nous",
    r"deja (tu|su) comentario", r"deja un comentario (abajo|aquí)", r"\bdinos\b",
    r"únete a la (conversación|discusión)", r"escríbenos",
    r"participe da (conversa|discussão)", r"deixe (o )?seu comentário",
    r"deixe um comentário (abaixo|aqui)", r"diga-nos",
    # "Comment below": Portuguese, Spanish, French, Italian, German, Dutch, Polish,
    # Turkish, Indonesian and Malay
    r"comente (abaixo|aqui)", r"comenta (abajo|aquí)", r"commentez ci-dessous",
    r"commenta (qui )?sotto", r"kommentiere?n? (sie )?(unten|hier)", r"reageer hieronder",
    r"skomentuj(cie)? poniżej", r"aşağıya yorum", r"komentar(lah)? di bawah(?! ini)",
    r"conte-nos", r"partilhe (a sua|connosco)", r"deixa (o teu|el teu|o seu) comentari[oa]?",
    r"deixa (um|un) comentari[oa]? (abaixo|a sota|aquí|aqui)", r"cóntanos", r"digues-nos",
    r"comparteix (la teva|la vostra) (opinió|experiència)", r"deixa['’]ns",
    r"lasciaci un commento", r"lascia (il tuo commento|un commento (qui )?sotto)",
    r"partecipate alla discussione", r"raccontac[ie]",
    r"raccontateci", r"dicci", r"diteci", r"scrivic[ie] nei commenti", r"scriveteci",
    r"condividi (la tua|le tue) (opinion[ei]|esperienz[ae])",
    r"laat hieronder (een|je|jouw|uw) reactie achter",
    r"laat (je|jouw|uw) reactie (hieronder )?achter", r"doe mee (aan|met) de discussie",
    r"deel (je|jouw|uw) (ervaring(en)?|mening|gedachten)", r"reageer (hieronder|op dit)",
    r"laat weet\b( ons)?", r"deel (jou|julle|u) (ervaring|mening|gedagtes|opinie)",
    r"los ['’]n kommentaar hieronder", r"neem deel aan die (gesprek|bespreking)",
    r"delta i (diskussionen|debatten)", r"lämna (gärna )?en kommentar (nedan|här)",
    r"lämna gärna en kommentar", r"dela gärna (din|dina|er|era)",
    r"dela (dina|era) (åsikter|erfarenheter|tankar|upplevelser)",
    r"dela (din|er) (erfarenhet|upplevelse)", r"i kommentarsfältet",
    r"berätta (för oss|gärna|i kommentarerna)", r"bli med i (debatten|diskusjonen)",
    r"legg (gjerne )?igjen en kommentar (under|nedenfor|her)",
    r"legg gjerne igjen", r"del (gjerne )?(din|dine|deres) (mening|erfaring(er)?|"
    r"tanker|opplevelse(r)?)", r"del gjerne (erfaringene|tankene|meningene) dine",
    r"si din mening", r"fortell oss", r"deltag i (debatten|diskussionen)",
    r"skriv (gerne )?en kommentar (nedenfor|herunder)",
    r"skriv gerne en kommentar", r"skriv det i kommentarerne", r"del gerne (din|dine|jeres)",
    r"del (dine|jeres) (erfaringer|oplevelser|tanker)", r"lad os høre", r"fortæl os",
    r"deildu (reynslu|skoðun) (þinni|ykkar)", r"deildu með okkur", r"segðu okkur",
    r"skildu eftir athugasemd", r"taktu þátt í umræðunni",
    r"jaa (kokemuksesi|ajatuksesi|mielipiteesi|näkemyksesi)", r"osallistu keskusteluun",
    r"jätä kommenttisi", r"jätä kommentti (alle|alla|tähän)", r"kerro kommenteissa",
    r"jaga (oma|enda) (kogemust|kogemusi|arvamust|mõtteid)", r"anna (meile )?teada",
    r"jäta (oma|enda) kommentaar", r"jäta allpool (oma )?kommentaar", r"osale arutelus",
    r"kommentaarides",
    r"dalies (komentāros|ar savu)", r"dalieties", r"komentāros", r"atstāj(iet)? savu komentāru",
    r"atstāj(iet)? komentāru (zemāk|šeit)", r"piedalies diskusijā", r"piedalieties diskusijā",
    r"pastāsti(et)?",
    r"palikite savo (komentarą|nuomonę)",
    r"palikite (komentarą|nuomonę) (žemiau|čia)", r"prisijunkite prie diskusijos",
    r"pasidal(in|y)kite", r"papasakokite", r"parašykite (komentaruose|mums)",
    r"zostaw(cie)? nam (komentarz|opinię)",
    r"zostaw(cie)? (swój komentarz|swoją opinię)", r"zostaw(cie)? komentarz (poniżej|pod)",
    r"dołącz(cie)? do dyskusji",
    r"daj(cie)? (nam )?znać", r"podziel(cie)? się (z nami )?(swoją |swoim |swoimi )?"
    r"(opinią|doświadczeniem|wrażeniami|zdaniem)",
    r"zanechte nám", r"zanechte (svůj )?(komentář|názor) (níže|pod)",
    r"zapojte se do (diskuze|diskuse)",
    r"podělte se (s námi )?o (své |vaše )?(zkušenost|názor|dojm)",
    r"napište (nám )?(do diskuze|do diskuse)", r"dejte nám vědět",
    r"zanechajte nám", r"zanechajte (svoj )?(komentár|názor) (nižšie|pod)",
    r"zapojte sa do diskusie",
    r"podeľte sa (s nami )?o (svoje |vaše )?(skúsenost|názor|dojm)",
    r"napíšte (nám )?(do komentárov|do diskusie)", r"dajte nám vedieť",
    r"zapišite (v komentarje|svoje mnenje)", r"pustite (svoj )?komentar (spodaj|pod)",
    r"pustite (svoje mnenje|nam)",
    r"pridružite se (razpravi|pogovoru)", r"delite (svoje )?(izkušnje|mnenje)",
    r"v komentarjih", r"povejte nam",
    r"ostavite nam", r"ostavite (svoj )?komentar (ispod|dolje|niže)",
    r"ostavite (svoj komentar|svoje mišljenje|mišljenje)",
    r"uključite se u (raspravu|diskusiju)", r"pišite nam", r"napišite (nam )?u komentar",
    r"recite nam", r"javite nam", r"podijelite (svoje )?(iskustvo|iskustva|dojmove)",
    r"podelite (svoje )?(mišljenje|iskustvo|iskustva)", r"оставите (свој )?коментар (испод|доле)",
    r"оставите (свој коментар|своје мишљење|мишљење)",
    r"у коментарима", r"укључите се у (дискусију|расправу)", r"пишите нам",
    r"поделите (своје )?(мишљење|искуство)",
    r"szóljon hozzá", r"szólj hozzá", r"írja meg", r"ossza meg (velünk )?(a )?"
    r"(véleményét|tapasztalatait)", r"oszd meg (velünk )?a tapasztalata(id|it)",
    r"kommentmező", r"hozzászólás(ok)?ban", r"hagyj (egy )?kommentet (lent|alább|alul)",
    r"lasă-ne un comentariu", r"lăsați-ne un comentariu",
    r"(lasă|lăsați) un comentariu (mai jos|aici)", r"alătură-te discuției",
    r"alăturați-vă discuției", r"împărtășește-ne",
    r"împărtășiți(-ne)? (părerea|experiența)",
    r"в коментарите", r"споделете (в коментарите|мнението си|вашето мнение|опита си)",
    r"оставете ни", r"оставете (вашия|своя) коментар",
    r"оставете (коментар|мнение) (по-долу|тук)", r"включете се в (дискусията|обсъждането)",
    r"разкажете ни", r"присоединяйтесь к (обсуждению|дискуссии)",
    r"оставляйте свои комментарии", r"оставляйте комментарии (ниже|под)",
    r"оставьте свой (комментарий|отзыв)", r"оставьте (комментарий|отзыв) (ниже|под)",
    r"поделитесь (своими )?(впечатлениями|опытом)", r"расскажите (нам )?(в комментариях|о)",
    r"долучайтеся до (обговорення|дискусії)", r"залишайте свої коментарі",
    r"залишайте коментарі (нижче|під)", r"залиште свій коментар", r"залиште коментар (нижче|під)",
    r"поділіться (своїми )?(враженнями|досвідом)",
    r"в коментарях", r"αφήστε (το )?σχόλιό σας", r"αφήστε τη γνώμη σας",
    r"αφήστε (ένα )?σχόλιο (παρακάτω|εδώ)",
    r"πάρτε μέρος στη συζήτηση", r"πείτε μας", r"γράψτε μας",
    r"μοιραστείτε (τη γνώμη σας|την εμπειρία σας|μαζί μας)",
    r"tartışmaya katılın", r"görüşlerinizi (aşağıya|bizimle|yorum)",
    r"deneyimlerinizi (yorum|bizimle)",
    r"yorumunuzu (bırakın|yazın|paylaşın)",
    r"utzi zure iruzkin", r"utzi iruzkin(a|en bat)? behean", r"iruzkinetan",
    r"parte hartu eztabaidan",
    r"(konta|esan) iezaguzu", r"partekatu (zure )?(iritzia|esperientzia)",
    r"اترك(وا)? (تعليقك|تعليقكم)", r"השאירו לנו תגובה", r"השאירו (את )?תגובתכם",
    r"השאירו תגובה (למטה|כאן)", r"הצטרפו לדיון",
    r"ספרו לנו", r"שתפו אותנו", r"در بخش نظرات",
    r"با ما در میان بگذارید", r"در بحث شرکت کنید", r"برای ما بنویسید",
    r"کمنٹس? میں", r"کمنٹ (کریں|کر کے)", r"اپنا تبصرہ", r"نیچے (اپنا )?تبصرہ", r"تبصروں میں",
    r"بحث میں حصہ لیں", r"اپنی رائے (دیں|کا اظہار کریں)",
    r"अपनी टिप्पणी", r"नीचे (अपनी )?टिप्पणी", r"कमेंट बॉक्स", r"चर्चा में शामिल हों",
    r"अपने विचार (साझा करें|बताएं)", r"हमें (बताएं|बताइए)",
    r"(আপনার|নিচে) (আপনার )?মন্তব্য", r"মন্তব্যে (শেয়ার|জানান|লিখুন)", r"কমেন্টে (জানান|লিখুন)",
    r"কমেন্ট করে জানান", r"আলোচনায় অংশ নিন",
    r"கருத்துப் பகுதியில்", r"கமெண்ட்(டில்|ில்)",
    r"கருத்தைப் (பதிவிடுங்கள்|பகிருங்கள்|தெரிவியுங்கள்)",
    r"விவாதத்தில் பங்கே", r"ในคอมเมนต์", r"คอมเมนต์(?:ด้านล่าง|บอก|กันนะ|กันได้)",
    r"แชร์ประสบการณ์", r"hãy tham gia thảo luận", r"hãy để lại",
    r"để lại (ý kiến|bình luận|cảm nhận) của bạn",
    r"\btinggalkan (komentar|komen) (anda|kamu|di bawah)",
    r"\btinggalkan (komentar|komen)mu", r"(yuk|ayo|mari),? ikut berdiskusi",
    r"\bceritakan pengalaman", r"ruangan komen", r"\bkongsi(kan)? (pengalaman|pendapat)",
    r"\bsertai perbincangan", r"\bberitahu kami", r"mag-iwan ng (komento|comment) (sa ibaba|dito)",
    r"mag-iwan ng (iyong|inyong) (komento|comment)",
    r"makisali sa (usapan|talakayan)",
    r"i-comment", r"ibahagi (ang )?(iyong|inyong) (opinyon|karanasan|saloobin)",
    r"sa (mga )?komento", r"\bshiriki (uzoefu|maoni|mawazo) (yako|wako)",
    r"\b(acha|toa) maoni yako", r"kwa kuacha maoni", r"\bshiriki mjadala",
    r"(?:欢迎|歡迎)[^。！？]{0,8}(?:留言|评论|評論)", r"(?:下方|下面|底下)(?:留言|评论|評論)",
    r"留言区", r"留言區", r"说说你的看法", r"說說你的看法", r"分享(你|您)的(看法|心得|经验|經驗)",
    r"コメントで(?:聞かせて|お寄せ)", r"コメント(?:を|して)(?:お待ち|ください|下さい|お寄せ)",
    r"(?:ご意見|ご感想)を(?:お聞かせ|お寄せ)",
    # "Tell us in the comments:" as a label before the question: Slovenian, Swahili,
    # Afrikaans, Tamil, Galician, Vietnamese.
    r"zapišite (?:nam )?v komentar(?:je)?", r"tuambie (?:kwenye|katika) maoni",
    r"in die kommentaar(?:afdeling)?", r"கமெண்டில் (?:சொல்லுங்கள்|தெரிவியுங்கள்)",
    r"nos comentarios", r"bình luận cho chúng tôi biết",
    # Hausa: "share your views in the comment section below"
    r"(?:a )?sashen sharhi", r"ku bayyana ra['’]ayoyinku", r"ku rubuta ra['’]ayinku",
    # Swahili "leave us your views" (not the comment form's "Andika maoni yako…")
    r"\btuachie (?:maoni|mawazo) yako",
)
#: An exhortation to pass the article on to the reader's friends and family ("Share this
#: article with your friends and family to keep them informed!", "¡Comparte este artículo
#: con tus amigos…!"): the generator's sign-off, not a share button.
SHARE_WITH_FRIENDS = (
    r"share this (article|post|story|guide|recipe) with (your|all your) (friends|family|"
    r"loved ones)", r"comparte (este|esta) (artículo|nota|guía|receta) con tus (amigos|"
    r"familiares|seres queridos)", r"compartilhe (este|esta) (artigo|post|matéria|receita) "
    r"com (seus|os seus) (amigos|familiares)", r"partagez cet (article|guide) avec vos "
    r"(amis|proches)", r"teilen sie diesen (artikel|beitrag) mit ihren (freunden|liebsten)",
    r"condividi questo (articolo|post) con i tuoi (amici|cari)", r"bagikan artikel ini "
    r"(kepada|dengan) (teman|keluarga)", r"bu (yazıyı|haberi) (arkadaşlarınızla|sevdiklerinizle) "
    r"paylaşın", r"deel dit (artikel|bericht) met je (vrienden|familie)",
    # any "share … with your friends", the verb first (Arabic's "شارك هذه المعلومات مع أصدقائك")
    r"(share|comparte|compártel[oa]|compartilhe|partagez|teilen?|teile|condividi|bagikan|"
    r"paylaş\w*|deel|udostępnij|поделитесь|поділіться|شارك(وا)?|مشارك\w*|शेयर|chia sẻ|del|dela|"
    r"kongsi(?:kan)?|"
    r"jaa|podijeli\w*|podeli\w*|sdílej|zdieľaj|oszd meg|ossza meg)\b[^.!?]{0,50}?"
    r"\b(friends|amigos|amis|freunden|amici|teman|rakan|arkadaş\w*|vrienden|znajom\w*|друзьями|"
    r"друзями|أصدقائك(م)?|दोस्तों|bạn bè|venner|vänner|ystävi\w*|prijatelj\w*|přátel\w*|"
    r"priateľ\w*|barát\w*|kolleger)",
    # "… share it on social media" ("ne zaboravite ga podijeliti na društvenim mrežama")
    r"(share|compart\w*|partag\w*|teil\w*|condivid\w*|deel|udostępnij|podijeli\w*|"
    r"podeli\w*|paylaş\w*|bagikan|kongsi\w*|chia\s+sẻ)\b[^.!?]{0,60}?\b(?:on\s+social\s+media|"
    r"mạng\s+xã\s+hội|"
    r"en\s+(?:las\s+|tus\s+)?redes(?:\s+sociales)?|nas\s+(?:suas\s+)?redes\s+sociais|"
    r"sur\s+(?:les|vos)\s+réseaux(?:\s+sociaux)?|in\s+den\s+sozialen\s+(?:netzwerken|medien)|"
    r"sui\s+(?:tuoi\s+)?social|op\s+sociale\s+media|w\s+mediach\s+społecznościowych|"
    r"na\s+društvenim\s+mrežama|на\s+друштвеним\s+мрежама|sosyal\s+medya\w*|"
    r"di\s+media\s+sosial)",
    # "… share it with someone who needs it" ("compartirla con alguien que lo necesite")
    r"(share|compart\w*|partag\w*|teil\w*|condivid\w*|deel|udostępnij)\b[^.!?]{0,40}?"
    r"\b(?:with\s+someone|con\s+alguien|com\s+alguém|avec\s+quelqu['’]un|mit\s+jemandem|"
    r"con\s+qualcuno|met\s+iemand|z\s+kimś)\b",
    # Hebrew: "… לשתף אותו עם חברים"
    r"(לשתף|שתפו|תשתפו)[^.!?]{0,40}?(חברים|חברות|המשפחה)",
    # the verb last: "… अपने दोस्तों और परिवार के साथ ज़रूर शेयर करें"
    r"(दोस्तों|मित्रों|দোস্তদের|বন্ধুদের)[^.!?।]{0,40}?(शेयर|साझा|শেয়ার)",
    # Tamil, Telugu, Marathi, Urdu, Persian, Thai, Korean, Japanese, Chinese, Swahili and
    # Tagalog: "… உங்கள் நண்பர்களுடன் பகிருங்கள்!", "친구들과 공유해 주세요", "分享给朋友"
    r"நண்பர்களு(?:டன்|க்கும்|க்கு)[^.!?]{0,40}?பகிர", r"స్నేహితులతో[^.!?]{0,40}?షేర్",
    r"मित्रांसोबत[^.!?।]{0,40}?शेअर", r"دوستوں (?:کے ساتھ|سے)[^.!?۔]{0,40}?شیئر",
    r"با دوستان(?:تان| خود)?[^.!?]{0,40}?(?:به اشتراک|شریک)", r"แชร์[^.!?]{0,30}?เพื่อน",
    r"친구(?:들)?(?:과|에게|와)[^.!?]{0,20}?공유", r"(?:友達|友人)に[^。！？]{0,10}?シェア",
    r"(?:分享|轉發|转发)(?:给|給)[^。！？，]{0,8}?(?:朋友|好友|親友|亲友)",
    # "… share it on social media": "SNSでシェアしてくださいね", "SNS에 공유해 주세요"
    r"(?:SNS|ＳＮＳ)で(?:シェア|拡散)", r"SNS(?:에|로)\s?공유",
    r"(?:社交媒体|社群媒體|社群)上?分享",
    r"shiriki[^.!?]{0,50}?marafiki",
    r"i-?share[^.!?]{0,50}?kaibigan",
    r"(?:arkadaşların|sevdiklerin|dostların)(?:ız|iz)?l[ae] paylaş",
    r"поделите[^.!?]{0,40}?пријатељ", r"podelite[^.!?]{0,40}?prijatelj",
    r"(?:pasidalink|dalinkis|dalinkitės|dalies)[^.!?]{0,40}?su draugais",
    # "… spread it to as many people as possible": "खबर को ज़्यादा से ज़्यादा लोगों तक
    # पहुँचाएँ", "compártelo con el mayor número de personas"
    r"(?:ज़्यादा|ज्यादा|अधिक) से (?:ज़्यादा|ज्यादा|अधिक) लोगों (?:तक|के साथ)[^.!?।]{0,20}?"
    r"(?:पहुँचाएँ|पहुंचाएं|पहुँचाएं|शेयर)",
    r"(?:इस )?(?:पोस्ट|खबर|ख़बर|लेख) को (?:लाइक|शेयर) (?:करें|ज़रूर करें|जरूर करें)",
    r"(?:share|spread)\b[^.!?]{0,30}?\b(?:with|to) as many (?:people|friends) as (?:possible|"
    r"you can)", r"compárte\w*[^.!?]{0,30}?con (?:el mayor número de|tantas) (?:personas|"
    r"amigos)",
    # "share it right now!": "поділіться прямо зараз!", "compártelo ya", "teile ihn jetzt"
    r"\b(?:share (?:it |this )?(?:right )?now|compártel[oa] (?:ya|ahora)|"
    r"compartilhe (?:agora|já)|partagez-le (?:dès )?maintenant|teile (?:ihn|es|sie) jetzt|"
    r"condividil[oa] ora|deel (?:het )?nu|udostępnij (?:go |ją )?teraz|"
    r"поділіться (?:прямо )?зараз|поделитесь (?:прямо )?сейчас)\b",
)
_SHARE_WITH_FRIENDS = GuardedPattern(SHARE_WITH_FRIENDS)
READER_SENTENCE = GuardedPattern([
    r"let (us|me) know (what you think|your thoughts|in|below)|share your (thoughts|views|"
    r"opinions?|experiences?|take|perspectives?)|leave (us )?a comment|tell us (what you "
    r"think|in the comments)|join the (conversation|discussion)|(we'd|we would) love to hear|"
    r"in the comments?( section)? below|comment below|(sound off|weigh in) (below|in the "
    r"comments)", *READER_INVITATIONS, *SHARE_WITH_FRIENDS], re.I)
#: "What do you think?" in other languages, each to its question mark: German, French,
#: Spanish, Portuguese, Italian, Dutch, Polish, Greek, Turkish, Indonesian, Russian and
#: Ukrainian ("Was denken Sie …?", "Qu'en pensez-vous ?", "Τι πιστεύετε;").
WHAT_DO_YOU_THINK_FOREIGN = (
    r"was (denken|meinen|halten) (sie|ihr|du)\b[^?]*\?",
    r"wie (sehen|findest|finden) (sie|du|ihr)\b[^?]*\?",
    r"qu['’]en pensez-vous\s*\?", r"qu['’]en penses-tu\s*\?",
    r"(et )?vous, qu['’]en pensez[^?]*\?",
    r"qu[ée] (opinas|piensas|opina usted|piensa usted)\b[^?]*\?",
    r"o que (você|vocês) (acha|acham|pensa)\b[^?]*\?",
    r"cosa ne (pensate|pensi)\b[^?]*\?", r"wat (vindt|denkt) (u|jij|je)\b[^?]*\?",
    r"co (o tym )?(sądzisz|sądzicie|myślisz|myślicie)\b[^?]*\?",
    r"τι (πιστεύετε|λέτε|πιστεύεις)\b[^;?;]*[;?;]",
    r"siz ne düşünüyorsunuz\b[^?]*\?", r"ne düşünüyorsunuz\b[^?]*\?",
    r"bagaimana (menurut|pendapat) (anda|kamu)\b[^?]*\?", r"что вы (думаете|скажете)\b[^?]*\?",
    r"що ви (думаєте|скажете)\b[^?]*\?",
    # Swahili, Finnish, the Nordic languages, Czech and Slovak, Romanian, Hungarian,
    # Catalan, Croatian and Serbian, Lithuanian, Tagalog, Vietnamese, Hindi, Thai, Arabic,
    # Hebrew, Japanese, Korean and Chinese ("Unafikiri nini kuhusu habari hii?").
    r"(una|mna)fikiri (nini|vipi)\b[^?]*\?", r"una maoni gani\b[^?]*\?",
    r"mitä mieltä (sinä |te )?(olet|olette)\b[^?]*\?", r"vad tycker (du|ni)\b[^?]*\?",
    r"hva (synes|mener|tenker) (du|dere)\b[^?]*\?", r"hvad (synes|mener) (du|i)\b[^?]*\?",
    r"(co|čo) si (o tom )?myslíte\b[^?]*\?", r"(ce părere aveți|ce credeți|tu ce crezi)[^?]*\?",
    r"(mit gondol(sz|tok|nak)?|mi a véleményed)\b[^?]*\?", r"què en (penseu|penses)\b[^?]*\?",
    r"(što|šta) (vi |ti )?(mislite|misliš)\b[^?]*\?", r"ką (jūs )?manote\b[^?]*\?",
    r"ano (ang masasabi mo|sa tingin mo|sa palagay mo)\b[^?]*\?",
    r"bạn (nghĩ|thấy) (sao|thế nào)[^?]*\?", r"आप(का)? क्या (सोचते|मानते) हैं[^?]*\?",
    r"आपकी क्या राय है[^?]*\?", r"คุณคิด(อย่างไร|ยังไง)[^?]*\?", r"ما رأيك(م)?[^?؟]*[?؟]",
    r"מה (דעתכם|דעתך|אתם חושבים)[^?]*\?", r"どう思い(ますか|ませんか)[^?？]*[?？]",
    r"어떻게 생각하(시나요|세요|십니까)[^?？]*[?？]",
    r"(你们|你|您)(怎么看|怎麼看|觉得呢|覺得呢)[^?？]*[?？]",
    # More of the blind probe's 49 languages, and the other persons and word orders of
    # those above ("Wat dink jy?", "А что думаете вы?", "Hvað finnst þér?", "Zer
    # deritzozu?", "نظر شما چیست؟", "آپ کی کیا رائے ہے؟", "உங்கள் கருத்து என்ன?").
    r"wat dink (jy|julle|u)\b[^?]*\?", r"wat is (jou|julle|u) mening\b[^?]*\?",
    r"wie ist (ihre|deine|eure) meinung\b[^?]*\?", r"was ist (ihre|deine|eure) meinung\b[^?]*\?",
    r"wat vind (jij|je)\b[^?]*\?", r"wat is (jouw|uw) mening\b[^?]*\?",
    r"quel est votre avis\b[^?]*\?", r"qu['’]en dites-vous\s*\?",
    r"che ne (pensi|pensate)\b[^?]*\?",
    r"qual (é|a) (a )?sua opinião\b[^?]*\?", r"o que acha\b[^?]*\?",
    r"(какво|как) (мислите|мислиш)\b[^?]*\?", r"какво е (вашето|твоето) мнение\b[^?]*\?",
    r"что (вы )?думаете( вы)?\b[^?]*\?", r"как вы считаете\b[^?]*\?",
    r"що (ви )?думаєте( ви)?\b[^?]*\?", r"як ви вважаєте\b[^?]*\?",
    r"(шта|што) (ви |ти )?(мислите|мислиш)\b[^?]*\?", r"kakvo je (vaše|tvoje) mišljenje\b[^?]*\?",
    r"kaj (pa )?(vi |ti )?(mislite|misliš|menite|meniš)\b[^?]*\?",
    r"co na to (říkáte|říkáš)\b[^?]*\?", r"čo na to (hovoríte|hovoríš)\b[^?]*\?",
    r"ce părere ai\b[^?]*\?", r"mi a véleménye\b[^?]*\?",
    r"ką (tu )?manai\b[^?]*\?", r"ko (tu|jūs) (par to )?(domā|domājat)\b[^?]*\?",
    r"kāds ir (tavs|jūsu) viedoklis\b[^?]*\?",
    r"(mida|mis) (sina |sa |teie |te )?(arvad|arvate)\b[^?]*\?",
    r"hvað (finnst|segir|segið) (þér|ykkur|þú|þið)\b[^?]*\?",
    r"zer (deritzozu(e)?|iruditzen zaizu(e)?|uste duzu(e)?)\b[^?]*\?",
    r"(siz ne dersiniz|sen ne düşünüyorsun)\b[^?]*\?",
    r"apa pendapat (anda|awak|kamu)\b[^?]*\?",
    r"ano ang (iyong|inyong) (opinyon|palagay)\b[^?]*\?",
    r"ý kiến của bạn (thế nào|ra sao)[^?]*\?",
    r"(نظر|دیدگاه) (شما|تان) (چیست|چیه)[^?؟]*[?؟]", r"شما چه فکر می[\u200c ]?کنید[^?؟]*[?؟]",
    r"آپ (کی کیا رائے ہے|کیا سوچتے ہیں|کا کیا خیال ہے)[^?؟]*[?؟]",
    r"আপনার মতামত কী[^?]*\?", r"আপনি কী (মনে করেন|ভাবছেন)[^?]*\?",
    r"உங்கள் கருத்து என்ன[^?]*\?", r"நீங்கள் என்ன நினைக்கிறீர்கள்[^?]*\?",
    r"คุณคิดเห็นอย่างไร[^?]*\?", r"いかがお考えですか[^?？]*[?？]",
    r"(생각|의견)은 (어떠신가요|어떠세요|어떤가요)[^?？]*[?？]",
    r"(你们|你|您)(怎么|怎麼)想[^?？]*[?？]", r"(你|您)的看法(是)?(呢|如何)[^?？]*[?？]",
    r"me (?:kuke|kake|kike) (?:tunani|gani)[^?]*\?",
)
WHAT_DO_YOU_THINK = GuardedPattern([r"what do you think(?: (?:of|about) [^?]*)?\?|"
                                    r"what are your thoughts\?|"
                                    r"what[’']?s your (take|view|opinion)\b[^?]*\?|"
                                    r"what is your (take|view|opinion)\b[^?]*\?",
                                    *WHAT_DO_YOU_THINK_FOREIGN], re.I)
#: An invitation to the comment section (not to e-mail a newsroom, which sites print).
COMMENT_INVITATION = GuardedPattern(
    r"\bcomments?\b|let (us|me) know|join the (conversation|discussion)|sound off|weigh in|"
    r"\bbelow\b|commentaire|comentário|comentarios|comment[io]\b|kommentar|komentar|"
    r"reacties|dites-(le-)?nous|fateci sapere|facci sapere|cuéntanos|"
    r"laat (het ons|ons|het) weten|"
    r"schreib(t|en sie)? (es )?uns|conte (pra|para)|"
    # The comment, discussion and "below" words of the blind probe's 49 languages.
    r"komment|koment|коммент|комент|σχόλι|\bkomen\b|komento|iruzkin|athugasemd|"
    r"comentari|commenti|تعليق|תגוב|تبصر|کمنٹ|نظرات|टिप्पणी|कमेंट|"
    r"মন্তব্য|কমেন্ট|கருத்து|கமெண்ட்|คอมเมนต์|ความคิดเห็น|bình luận|\bmaoni\b|"
    r"留言|评论|評論|コメント|댓글|discussie|diskussion|debat|дискус|обсужд|обговор|"
    r"συζήτηση|tartışma|dyskusj|diskuz|diskus|rasprav|razprav|arutel|eztabaid|umræð|"
    r"perbincangan|usapan|mjadala|thảo luận|النقاش|לדיון|بحث|चर्चा|আলোচনা|விவாத|토론|"
    r"hieronder|nedan|nedenfor|herunder|\bunten\b|ci-dessous|abajo|abaixo|a sota|"
    r"qui sotto|poniżej|níže|nižšie|spodaj|ispod|\balább\b|\blent\b|mai jos|по-долу|"
    r"ниже|нижче|испод|παρακάτω|aşağı|أدناه|למטה|پایین|نیچے|नीचे|নিচে|கீழே|ด้านล่าง|"
    r"bên dưới|di bawah|sa ibaba|hapa chini|下方|아래|allpool|zemāk|žemiau|hér að neðan|"
    r"behean", re.I)
_SENTENCES = LazyPattern(r"(?<=[.!?])\s+|(?<=[。！？])\s*(?=\S)")
#: The reader addressed in scripts without spaces ("皆さんの地域では…", "大家怎么看"), where
#: word boundaries do not separate words.
READER_ADDRESS_CJK = LazyPattern(r"皆さん|みなさん|皆様|読者|あなた|大家|各位|读者|讀者|你们|"
                                 r"你們|您|여러분|독자|당신")
#: The readers addressed as a group ("readers", "皆さん", "여러분"), not one person: a
#: question to them is no interviewer's question to a guest.
READERS_ADDRESSED = GuardedPattern(r"\b(readers|lecteurs|lectores|leitores|lettori|leser(innen)?|"
                               r"lezers|pembaca)\b|皆さん|みなさん|皆様|読者|大家|各位|读者|讀者|"
                               r"여러분|독자", re.I)
#: Invitations to think the question over, in the languages of READER_INVITATIONS and
#: those without spaces ("Think about it.", "ぜひ考えてみてください。", "想一想。").
REFLECT_INVITATION = GuardedPattern(
    r"\b(think (about|it over)|take a moment to (think|reflect)|ask yourself|food for thought|"
    r"pensez-y|réfléchissez(-y)?|piénsalo|piénselo|reflexion(a|e)|pense nisso|reflita|"
    r"pensateci|rifletteteci|denken sie (darüber|mal) nach|denk (mal )?darüber nach|"
    r"denk er( eens)? over na|renungkan)\b|考えてみて(ください|下さい|はいかが)|考えてみませんか|"
    r"想一想|思考一下|想想看|생각해 (보세요|보시기|봅시다)", re.I)
#: FAQ headings of the languages a content farm writes in, as data: a heading line that is
#: only one of these heads the generator's questions and answers.
#: "Everything you need to know", the stock heading of SEO copy in some twenty languages.
EVERYTHING_TO_KNOW = (
    r"(?:everything|all) you (?:need|have) to know|todo lo que (?:tenés|tienes|"
    r"debes|necesitas|hay) que saber|todo lo que (?:debes|necesitas) saber|tudo o que (?:você )?"
    r"precisa saber|alles,? was (?:sie|du) wissen (?:müssen|musst|sollten|solltest)|"
    r"tout ce qu['’](?:il faut|vous devez) savoir|tutto quello che (?:c['’]è da|devi) sapere|"
    r"alles wat je moet weten|wszystko,? co (?:musisz|trzeba) wiedzieć|"
    r"semua yang perlu (?:kamu|anda) ketahui|bilmeniz gereken her şey|"
    r"всё,? что (?:нужно|надо) знать|все,? що потрібно знати|những điều cần biết|"
    r"toate informațiile|tot ce trebuie să știi|minden,? amit tudni (?:kell|érdemes)")
FAQ_HEADINGS = (
    # A search page's box, pasted by SEO writers under the article: "People also ask".
    "people also ask", "others also asked", "inni pytali również", "inni pytali także",
    "andere fragten auch", "az emberek ezt is kérdezik", "ผู้คนยังถามอีกว่า",
    # whoever asks: "Menschen fragen auch", "Leute fragen auch", "Readers also asked"
    r"(?:[^\W\d_]+ ){1,2}(?:fragen|fragten) auch", r"(?:[^\W\d_]+ ){1,2}also ask(?:ed)?",
    r"(?:[^\W\d_]+ ){1,2}(?:demandent|ont demandé) aussi",
    r"(?:[^\W\d_]+ ){1,2}(?:también preguntan|también preguntaron)",
    "las personas también preguntan", "as pessoas também perguntam", "nutzer fragen auch",
    "andere fragen auch", "les gens demandent aussi", "orang juga bertanya",
    "οι άνθρωποι ρωτούν επίσης", "οι χρήστες ρωτούν επίσης", "le persone chiedono anche",
    "mensen vragen ook", "insanlar ayrıca soruyor", "insanlar bunları da soruyor",
    "люди также спрашивают", "люди також запитують", "folk frågar också",
    "folk spørger også", "folk spør også", "ihmiset kysyvät myös", "lidé se také ptají",
    "mások ezt is kérdezték", "oamenii întreabă și", "mọi người cũng hỏi",
    "يسأل الناس أيضًا", "يسأل الناس أيضا", "אנשים שואלים גם", "ผู้คนยังถาม",
    "लोग यह भी पूछते हैं", "la gent també pregunta", "他の人はこちらも質問",
    "其他人还问了", "其他人還問了", "사람들이 함께 묻는 질문", "人们还问", "人们也在问", "人們還問",
    "大家还问", "大家還問",
    # "Related questions" and "You may also want to know", the same box by another name
    r"related questions", r"perguntas relacionadas", r"preguntas relacionadas",
    r"questions (?:connexes|similaires)", r"domande correlate", r"(?:verwandte|ähnliche) fragen",
    r"gerelateerde vragen", r"powiązane pytania", r"(?:похожие|связанные) вопросы",
    r"пов['’]язані питання", r"ilgili sorular", r"pertanyaan terkait", r"soalan berkaitan",
    r"câu hỏi liên quan", r"súvisiace otázky", r"související otázky", r"relaterade frågor",
    r"relaterede spørgsmål", r"关联问题", r"相关问题", r"相關問題", r"関連する質問", r"관련 질문",
    r"أسئلة ذات صلة", r"संबंधित (?:प्रश्न|सवाल)", r"คำถามที่เกี่ยวข้อง",
    r"(?:you|you might|you may) (?:also )?(?:want|like) to know", r"(?:你|您|妳)可能(?:也)?想知道",
    r"(?:你|您)?(?:也)?可能想知道", r"こちらも知りたい", r"이것도 궁금해요",
    # "Kots à Namur : tout ce qu'il faut savoir", "Everything you need to know about …"
    r"(?:[^?.!:;]{1,60}?\s*[:–—-]\s*)?(?:" + EVERYTHING_TO_KNOW + ")",
    "faqs?", "frequently asked questions", "häufig gestellte fragen", "häufige fragen",
    "questions fréquentes", "foire aux questions", "questions fréquemment posées",
    "preguntas frecuentes", "domande frequenti", "perguntas frequentes",
    "veelgestelde vragen", "veel gestelde vragen", "vanliga frågor",
    "ofte stillede spørgsmål", "ofte stilte spørsmål", "najczęściej zadawane pytania",
    "często zadawane pytania", "sıkça sorulan sorular", "pertanyaan yang sering diajukan",
    "よくある質問", "よくあるご質問", "よくある質問と回答", "常见问题", "常見問題",
    "자주 묻는 질문",
    # Persian, Arabic, Urdu, Hebrew, Greek, Russian, Ukrainian, Bulgarian, Serbian,
    # Croatian, Slovenian, Slovak, Czech, Lithuanian, Latvian, Estonian, Icelandic,
    # Finnish, Hungarian, Romanian, Catalan, Vietnamese, Thai, Malay, Tagalog, Swahili,
    # Hindi, Bengali and Tamil
    "سوالات متداول", "سؤالات متداول", "پرسش‌های متداول", "الأسئلة الشائعة", "الاسئلة الشائعة",
    "اکثر پوچھے گئے سوالات", "عام سوالات", "שאלות נפוצות", "συχνές ερωτήσεις",
    "часто задаваемые вопросы", "часті запитання", "поширені запитання",
    "често задавани въпроси", "често постављана питања", "česta pitanja",
    "često postavljana pitanja", "pogosta vprašanja", "často kladené otázky",
    "často kladené dotazy", "dažniausiai užduodami klausimai", "dažni klausimai",
    "biežāk uzdotie jautājumi", "bieži uzdotie jautājumi", "korduma kippuvad küsimused",
    "algengar spurningar", "usein kysytyt kysymykset", "gyakori kérdések",
    "gyakran ismételt kérdések", "întrebări frecvente", "preguntes freqüents",
    "câu hỏi thường gặp", "คำถามที่พบบ่อย", "soalan lazim", "soalan yang kerap ditanya",
    "mga madalas na tanong", "maswali yanayoulizwa mara kwa mara", "maswali ya mara kwa mara",
    "अक्सर पूछे जाने वाले प्रश्न", "सामान्य प्रश्न", "প্রায়শই জিজ্ঞাসিত প্রশ্ন",
    "সাধারণ জিজ্ঞাসা", "அடிக்கடி கேட்கப்படும் கேள்விகள்",
    # More of the 49 languages of the blind probe: the usual variants ("most frequent",
    # "common", "asked" in the other tense or register).
    "algemene vrae", "gereelde vrae", "najčešća pitanja", "najčešće postavljana pitanja",
    "најчешћа питања", "честа питања", "често срещани въпроси", "ohiko galderak",
    "maiz egiten diren galderak", "maiz egindako galderak",
    "preguntas máis frecuentes", "अक्सर पूछे जाने वाले सवाल", "सामान्य सवाल",
    "اکثر پوچھے جانے والے سوالات", "mga madalas itanong", "mga karaniwang tanong",
    "常见问题解答", "常見問題解答", "sık sorulan sorular", "časté otázky", "časté dotazy",
    "nejčastější dotazy", "najčastejšie otázky", "częste pytania", "najczęstsze pytania",
    "частые вопросы", "часті питання", "sagedased küsimused", "preguntes més freqüents",
    "preguntas más frecuentes", "dúvidas frequentes", "le domande più frequenti",
    "les questions fréquentes", "vanlige spørsmål", "vanliga frågor och svar",
    "pertanyaan umum", "sıkça sorulanlar", "প্রায়শই জিজ্ঞাসিত প্রশ্নাবলী", "أسئلة شائعة",
    "پرسش‌های رایج", "سوالات رایج",
    # A search page's "People also ask" box and its kin in the 49 languages of the second
    # blind probe: "others/people also ask", "many ask this", "what readers ask" and the
    # readers' questions ("Inni pytają również", "Dette lurer mange på", "О чём спрашивают
    # читатели", "Pertanyaan pembaca"). Only a whole line is such a heading.
    r"(?:questions|what) (?:readers|people) (?:are|also) ask(?:ing)?", "readers also ask",
    r"(?:people|others) are also asking", r"das fragen sich viele(?: leser(?:innen)?)?",
    r"das wollen (?:viele )?leser(?:innen)? wissen", r"(?:d['’])?autres questions posées",
    "les questions que vous vous posez", r"(?:d['’]autres|les gens) ont aussi demandé",
    r"otras preguntas de (?:los )?(?:usuarios|lectores)",
    r"(?:la gente|otros) también pregunta(?:n)?",
    r"(?:le )?domande dei lettori", r"(?:altri|gli utenti) chiedono anche",
    r"dúvidas (?:comuns )?dos leitores", "dúvidas comuns", r"perguntas dos leitores",
    r"dit willen (?:lezers|mensen) (?:ook )?weten", r"wat lezers (?:ook )?vragen",
    r"andra (?:frågar|undrar) också", r"det här undrar (?:många|läsarna)",
    r"andre spør (?:også|ofte)", r"dette lurer mange på", r"andre spørger også",
    r"det spørger mange om", r"muut kysyvät (?:myös|usein)", r"tätä (?:moni|monet) kysyy",
    r"tätä kysytään usein", r"aðrir spyrja (?:líka|einnig)", r"þetta spyrja margir um",
    r"inimesed küsivad (?:ka|veel)", r"seda küsivad paljud", r"cilvēki (?:jautā arī|arī jautā)",
    r"to jautā daudzi", r"žmonės (?:taip pat|dar) klausia", r"(?:apie )?tai klausia daugelis",
    r"(?:inni|ludzie) pytają (?:również|także|też)", r"o to pytają (?:czytelnicy|inni)",
    r"na co se (?:čtenáři|lidé) ptají", r"ľudia sa (?:tiež|aj) pýtajú",
    r"na čo sa pýtajú (?:čitatelia|ľudia)", r"ljudje (?:sprašujejo tudi|tudi sprašujejo)",
    r"kaj zanima bralce", r"ljudi (?:također|takođe|isto) pitaju", r"људи (?:такође|исто) питају",
    r"(?:što|šta) zanima (?:čitatelje|čitaoce)", r"шта занима читаоце",
    r"erre kíváncsiak (?:olvasóink|az olvasók)", r"oamenii (?:mai|și) întreabă",
    r"ce vor să știe cititorii", r"хората (?:също|още) питат", r"какво питат читателите",
    r"о ч[её]м спрашивают читатели", r"про що питають читачі", r"τι ρωτούν οι αναγνώστες",
    r"(?:okurların|okuyucuların) merak ettikleri", r"أسئلة يطرحها الناس(?: أيضًا| أيضا)?",
    r"أسئلة (?:ال)?قراء", r"שאלות (?:ה)?קוראים", r"(?:سؤالات|سوالات|پرسش‌های) دیگران",
    r"(?:سؤالات|سوالات|پرسش‌های) خوانندگان", r"لوگ یہ بھی پوچھتے ہیں", r"قارئین کے سوالات",
    r"पाठकों के (?:सवाल|प्रश्न)", r"লোকেরা (?:আরও|এটাও) জিজ্ঞাসা করে", r"সচরাচর জিজ্ঞাসিত প্রশ্ন(?:াবলী)?",
    r"পাঠকদের প্রশ্ন", r"மக்கள் இதையும் கேட்கிறார்கள்", r"வாசகர்களின் கேள்விகள்",
    r"คำถามที่(?:คน|ผู้คน)มัก(?:ถาม|ค้นหา)", r"ผู้อ่านถามมา", r"độc giả hỏi", r"câu hỏi (?:của|từ) độc giả",
    r"pertanyaan (?:dari )?pembaca", r"soalan (?:daripada )?pembaca",
    r"itinatanong din ng mga tao", r"mga tanong ng (?:mga )?mambabasa",
    r"watu pia (?:huuliza|wanauliza)", r"maswali ya wasomaji",
    r"読者(?:から|の皆さんから)の(?:質問|ご質問)", r"사람들이 자주 묻는 질문",
    r"독자들이 궁금해하는 (?:것|질문)", r"大家(?:还|還)在问", r"大家(?:还|還)在問",
    r"(?:网友|網友)(?:关心|關心)的问题", r"(?:网友|網友)(?:关心|關心)的問題",
    r"altres preguntes dels (?:usuaris|lectors)", r"la gent també es pregunta",
    r"jendeak (?:galdetzen du ere|ere galdetzen du)", r"irakurleen galderak",
    r"outras preguntas dos (?:usuarios|lectores)", r"a xente tamén pregunta",
    r"mense vra ook", r"lesers wil (?:ook )?weet",
    # the topic first, as Turkish, Hindi, Bengali, Tamil, Japanese and Korean put it:
    # "Grip Aşısı Hakkında Sık Sorulan Sorular", "花粉症に関するよくある質問"
    r"[^?.!:;]{2,60}?\s+(?:hakkında|ile ilgili)\s+(?:sık sorulan sorular|merak edilenler)",
    r"[^?.!:;]{2,60}?\s+(?:के बारे में|से जुड़े)\s+(?:अक्सर पूछे जाने वाले (?:प्रश्न|सवाल)|सवाल-जवाब)",
    r"[^?.!:;]{2,60}?\s+সম্পর্কে\s+(?:প্রায়শই জিজ্ঞাসিত প্রশ্ন|সাধারণ জিজ্ঞাসা)",
    r"[^?.!:;]{2,60}?\s+பற்றிய\s+(?:அடிக்கடி கேட்கப்படும் கேள்விகள்|கேள்விகள்)",
    r"[^?.!:;？]{2,40}?(?:に関する|についての)よくある(?:ご)?質問",
    r"[^?.!:;？]{2,40}?(?:에 대한|관련)\s*자주 묻는 질문",
    # Malayalam, Kannada, Telugu, Gujarati, Punjabi, Marathi, Nepali, Sinhala, Khmer,
    # Burmese, Lao, Amharic, Georgian, Kazakh, Mongolian, Albanian, Macedonian,
    # Azerbaijani, Zulu, Yoruba and Hausa: "frequently asked" and "what people ask"
    r"ആളുകൾ ചോദിക്കുന്നത്", r"ആളുകൾ ചോദിക്കുന്ന ചോദ്യങ്ങൾ", r"പതിവ് ചോദ്യങ്ങൾ",
    r"ಜನರು ಕೇಳುವ ಪ್ರಶ್ನೆಗಳು", r"ಪದೇ ಪದೇ ಕೇಳಲಾಗುವ ಪ್ರಶ್ನೆಗಳು", r"ప్రజలు అడిగే ప్రశ్నలు",
    r"తరచుగా అడిగే ప్రశ్నలు", r"વારંવાર પૂછાતા પ્રશ્નો", r"ਅਕਸਰ ਪੁੱਛੇ ਜਾਣ ਵਾਲੇ ਸਵਾਲ",
    r"वारंवार विचारले जाणारे प्रश्न", r"बारम्बार सोधिने प्रश्नहरू", r"नितर असन प्रश्न",
    r"නිතර අසන ප්‍රශ්න", r"សំណួរដែលសួរញឹកញាប់", r"မေးလေ့ရှိသောမေးခွန်းများ",
    r"ຄຳຖາມທີ່ພົບເລື້ອຍ", r"በተደጋጋሚ የሚጠየቁ ጥያቄዎች", r"ხშირად დასმული კითხვები",
    r"жиі қойылатын сұрақтар", r"түгээмэл асуултууд", r"pyetje(?:t)? e shpeshta",
    r"често поставувани прашања", r"tez-tez verilən suallar", r"imibuzo evame ukubuzwa",
    r"àwọn ìbéèrè tí a máa ń béèrè", r"tambayoyin da ake yawan yi",
)
#: Summary headings of other languages ("Zusammenfassung", "まとめ"); English ones are in
#: WRAP_UP_HEADING below.
#: A summary table's heading; Chinese, Japanese and Korean put the topic before it.
TABLE_HEADINGS = ("tabla resumen", "cuadro resumen", "summary table", "tableau récapitulatif",
                  "tabella riassuntiva", "tabela resumo", "übersichtstabelle",
                  "сводная таблица", "tabel ringkasan", "bảng tóm tắt")
TABLE_HEADINGS_CJK = ("まとめ表", "总结表", "總結表", "요약표")
SUMMARY_HEADINGS = (
    "zusammenfassung", "fazit", "das wichtigste in kürze", "en résumé", "résumé",
    "conclusion", "resumen", "en resumen", "conclusiones", "riepilogo", "in sintesi",
    "conclusioni", "resumo", "conclusão", "samenvatting", "conclusie", "sammanfattning",
    "podsumowanie", "özet", "sonuç", "kesimpulan", "まとめ", "結論", "総括", "总结", "總結", "요약",
    "결론",
    "en conclusion", "pour conclure", "conclusión", "para concluir", "conclusione",
    "in conclusione", "per concludere", "conclusões", "em resumo", "em conclusão",
    "slutsats", "opsummering", "oppsummering", "yhteenveto", "wnioski", "shrnutí", "závěr",
    "ringkasan", "penutup",
    # Hungarian, Romanian, Russian and Ukrainian, Croatian and Serbian, Greek, Danish,
    # Vietnamese, Arabic, Hindi, Thai and Hebrew
    "összegzés", "összefoglalás", "összefoglaló", "concluzie", "concluzii", "pe scurt",
    "заключение", "выводы", "итоги", "висновок", "висновки", "підсумки", "zaključak",
    "закључак", "συμπέρασμα", "συμπεράσματα", "konklusion", "tóm lại", "kết luận",
    "الخلاصة", "خلاصة", "خلاصة القول", "في الختام", "निष्कर्ष", "สรุป", "סיכום",
    # Persian, Urdu, Bulgarian, Korean, Chinese, Lithuanian, Latvian, Estonian, Slovenian,
    # Slovak, Catalan, Tagalog, Swahili, Icelandic, Bengali, Tamil, Amharic and Hausa
    "نتیجه‌گیری", "نتیجه گیری", "جمع‌بندی", "جمع بندی", "نتیجہ", "خلاصہ", "заключение",
    "обобщение", "마무리", "마치며", "重點整理", "重点整理", "結語", "结语", "išvados",
    # A summary table: "Tabla resumen", "この記事のまとめ表" (see _TABLE_HEADING)
    *TABLE_HEADINGS, *TABLE_HEADINGS_CJK,
    # "Summing up" as a heading: Russian, Ukrainian, Spanish, Italian, Portuguese
    "подводя итоги", "подводим итоги", "підсумовуючи", "підбиваючи підсумки", "resumiendo",
    "riassumendo", "resumindo",
    "apibendrinimas", "secinājumi", "kopsavilkums", "kokkuvõte", "kokkuvõtteks", "zaključek",
    "povzetek", "záver", "zhrnutie", "conclusió", "en resum", "konklusyon", "buod",
    "hitimisho", "muhtasari", "niðurstaða", "samantekt", "উপসংহার", "সারসংক্ষেপ",
    # Telugu, Kannada, Malayalam, Gujarati, Punjabi, Marathi, Sinhala, Burmese, Khmer,
    # Georgian, Armenian, Azerbaijani, Kazakh, Uzbek, Mongolian, Albanian, Macedonian,
    # Welsh, Somali and Zulu: the conclusion, the summary and the last word.
    "ముగింపు", "సారాంశం", "చివరి మాట", "ತೀರ್ಮಾನ", "ಸಾರಾಂಶ", "ಕೊನೆಯ ಮಾತು", "ഉപസംഹാരം",
    "സംഗ്രഹം", "નિષ્કર્ષ", "સારાંશ", "ਸਿੱਟਾ", "ਸਾਰ", "थोडक्यात", "निष्कर्ष", "නිගමනය",
    "සාරාංශය", "နိဂုံး", "အနှစ်ချုပ်", "សេចក្តីសន្និដ្ឋាន", "សរុបមក", "დასკვნა", "შეჯამება",
    "եզրակացություն", "ամփոփում", "nəticə", "xülasə", "қорытынды", "xulosa", "дүгнэлт",
    "përfundim", "përmbledhje", "заклучок", "casgliad", "gunaanad", "isiphetho",
    # "Final conclusions" with the adjective after or before the noun
    r"wnioski końcowe", r"końcowe wnioski", r"závěrečné shrnutí", r"záverečné zhrnutie",
    r"conclusiones finales", r"conclusions finales", r"conclusioni finali",
    r"conclusões finais", r"final conclusions?", r"окончательные выводы",
    r"підсумкові висновки", r"kết luận cuối cùng", r"kesimpulan akhir",
    "முடிவுரை", "ማጠቃለያ", "kammalawa",
    # The wrap-up and "in brief" headings of the 49 languages of the blind probe, by
    # language: the conclusion, the summary, the last word and "in brief" (alone or after
    # "the most important"), with their usual inflections and spellings.
    "concluding thoughts", "closing thoughts", "wrapping up", "wrap-up", "the takeaway",
    "in a nutshell", "in short", "in brief",
    "schlussfolgerung", "schlussgedanken", "unser fazit", "kurz und knapp",
    "das wichtigste im überblick", "auf einen blick", "en bref", "l['’]essentiel",
    "en somme", "pour résumer", "synthèse", "le mot de la fin", "en pocas palabras",
    "lo esencial", "resumen final", "para resumir", "en síntesis", "in breve",
    "per riassumere", "considerazioni finali", "in poche parole", "considerações finais",
    "resumindo", "em síntese", "em suma", "kortom", "in het kort", "tot slot",
    "gevolgtrekking", "slotsom", "opsomming", "samevatting", "ten slotte",
    "slutsatser", "i korthet", "kort sagt", "det viktigaste i korthet", "kort fortalt",
    "kort oppsummert", "konklusjon", "konklusjoner", "konklusioner",
    "det viktigste i korte trekk", "det vigtigste i korte træk", "lyhyesti",
    "tärkeimmät asiat lyhyesti", "johtopäätökset", "johtopäätös", "lopuksi",
    "lühidalt", "peamine lühidalt", "järeldus", "järeldused", "lokaorð", "í stuttu máli",
    "galvenais īsumā", "īsumā", "secinājums", "svarbiausia trumpai", "trumpai", "išvada",
    "w skrócie", "najważniejsze w skrócie", "ve zkratce", "to nejdůležitější ve zkratce",
    "v skratke", "to najdôležitejšie v skratke", "na kratko", "zaključki",
    "ukratko", "najvažnije ukratko", "sažetak", "zaključci", "укратко", "најважније укратко",
    "сажетак", "закључци", "röviden", "a legfontosabbak röviden", "konklúzió", "zárszó",
    "rezumat", "în concluzie", "în rezumat", "накратко", "основното накратко",
    "най-важното накратко", "изводи", "извод", "коротко", "кратко", "главное коротко",
    "вывод", "коротко про головне", "головне коротко", "підсумок", "εν συντομία",
    "σύνοψη", "επίλογος", "συνοπτικά", "kısaca", "özetle", "sonuç olarak", "في الختام",
    "الخاتمة", "خاتمة", "باختصار", "ملخص", "השורה התחתונה", "בקצרה", "לסיכום", "خلاصه",
    "سخن پایانی", "حرف آخر", "حاصل کلام", "مختصراً", "सारांश", "संक्षेप में", "अंत में",
    "শেষ কথা", "সংক্ষেপে", "சுருக்கம்", "சுருக்கமாக", "บทสรุป", "สรุปท้าย",
    "tóm tắt", "tổng kết", "lời kết", "intisari", "rumusan", "singkatnya",
    "pangwakas", "sa madaling salita", "sa kabuuan", "kwa ufupi", "kwa muhtasari",
    "结论", "小结", "小結", "写在最后", "寫在最後", "总而言之", "總而言之",
    "おわりに", "さいごに", "最後に", "結論として", "정리", "마치면서", "한눈에 보기",
    "conclusions", "en resum", "resum", "para rematar", "conclusións", "en resumo",
    "ondorioak", "ondorioa", "laburbilduz", "laburpena",
    # "Final thoughts", "closing words" and "to close" headings of the 49 languages of the
    # second blind probe, with their usual adjectives and registers ("Abschließende
    # Gedanken", "Reflexiones finales", "Závěrečné myšlenky", "Заключительные мысли",
    # "Son düşünceler", "अंतिम विचार"). Narrative "finally" ("Slutligen", "Na kraju", "În
    # final", "Накрая") and bare words with another sense ("Kapanış", a market's close;
    # Slovenian "Sklep", a council's decision) are left out.
    r"abschlie(?:ß|ss)ende (?:gedanken|worte|bemerkungen)", r"(?:unser )?fazit zum schluss",
    "zum schluss", "schlusswort", "schlussbemerkungen",
    r"reflexi(?:ones|ón) finale?s?", r"palabras finales", "para terminar", "para finalizar",
    "pensamientos finales", r"réflexions finales", "mot de la fin", "cloenda", "শেষ কথা",
    "অন্তিম কথা",
    "para cerrar", "in chiusura", "per chiudere", r"(?:riflessioni|pensieri) finali",
    "per finire", "para fechar", r"(?:reflexões|palavras) finais", "para finalizar",
    r"slotgedachten?", "slotwoord", "tot besluit", "afsluitende gedachten", "kort samengevat",
    r"avslutande (?:tankar|ord)", "sammanfattningsvis", "avslutningsvis", "slutord",
    r"avsluttende (?:tanker|ord)", "til slutt", "sluttord", r"afsluttende (?:tanker|ord)",
    "til sidst", "til slut", "afslutningsvis", "loppusanat", "loppuajatukset",
    "päätössanat", "að lokum", "lokahugleiðingar", "lõppsõna", "lõpetuseks", "lõppmõtted",
    r"noslēguma (?:pārdomas|vārdi)", "noslēgumā", "nobeigumā", "baigiamosios mintys",
    "baigiamasis žodis", "apibendrinant", "pabaigai", "słowo na koniec",
    r"(?:ostatnie|końcowe) (?:przemyślenia|refleksje|słowo)", "na koniec", "na zakończenie",
    "podsumowując", r"závěrečn(?:é myšlenky|é slovo)", "na závěr", "závěrem",
    r"záverečn(?:é myšlienky|é slovo)", "na záver", "záverom", r"zaključne misli",
    "za konec", "sklepne misli", r"završne (?:misli|riječi|reči)", "završna riječ",
    "završna reč", "za kraj", "завршне мисли", "завршна реч", "за крај", "záró gondolatok",
    "végszó", "befejezésül", "zárásként", r"gânduri (?:de final|finale)", "în încheiere",
    "cuvânt de final", r"заключителни (?:думи|мисли)", "в заключение",
    r"заключительн(?:ые мысли|ое слово)", "напоследок", "вместо заключения",
    r"(?:підсумкові|заключні|прикінцеві) думки", "наостанок", "на завершення",
    "замість висновку", "τελικές σκέψεις", "κλείνοντας", "καταληκτικά", "εν κατακλείδι",
    "son düşünceler", "son söz", "kapanış düşünceleri", "أفكار ختامية", r"(?:ال)?كلمة (?:ال)?أخيرة",
    "في النهاية", "ختامًا", "ختاما", "מחשבות לסיום", r"(?:ב)?מילה אחרונה", "לסיום",
    "در پایان", "سخن آخر", "کلام آخر", "آخری خیالات", "اختتامیہ", "آخری بات", "حرف آخر",
    "آخر میں", "अंतिम विचार", "अंतिम शब्द", "आखिर में", "आख़िर में",
    "পরিশেষে", "শেষ ভাবনা", "இறுதி எண்ணங்கள்", "நிறைவாக", "இறுதியாக", "முடிவாக",
    r"(?:บท|ความคิดเห็น|ข้อคิด)?(?:ส่งท้าย|ทิ้งท้าย)", "suy nghĩ cuối cùng", "lời cuối",
    "kesimpulan akhir", "kata akhir", "kata penutup", "akhir kata", "penutup bicara",
    "huling salita", r"pangwakas na (?:kaisipan|salita)", "mawazo ya mwisho",
    "kwa kumalizia", "neno la mwisho", "마무리하며", "맺음말", "맺으며", "끝으로",
    "reflexions finals", "per acabar", "per concloure", "per cloure", "per finalitzar",
    r"azken (?:gogoetak|hitzak)", "amaitzeko", "bukatzeko", "reflexións finais",
    "para concluír", r"slotgedagtes?", "slotwoord", "afsluitende gedagtes",
)
#: Words that join an FAQ heading to its topic ("Perguntas frequentes sobre o preço do
#: café", "FAQ about the toll"): such a heading is the generator's too.
FAQ_TOPIC_WORDS = (
    "about", "on", "sobre", "sur", "à propos de", "concernant", "su", "sul", "sulla", "sullo",
    "sui", "sulle", "über", "zu", "zum", "zur", "over", "om", "o", "hakkında", "tentang",
    "seputar", "mengenai", "de", "del", "de la", "do", "da", "della", "dei", "oor",
    # Vietnamese, Russian and Ukrainian, Bulgarian, Romanian, Greek, Lithuanian, Latvian,
    # Tagalog, Swahili, Hebrew, Arabic and Persian: "Câu hỏi thường gặp về …"
    "về", "о", "об", "про", "за", "despre", "για", "apie", "par", "tungkol sa", "kuhusu",
    "על", "حول", "عن", "درباره", "دربارهٔ", "khi",
)
#: Words an FAQ heading with its topic has at most.
FAQ_HEADING_MAX_WORDS = 14
#: Takeaways headings of other languages ("Points clés", "Punti chiave"): English ones are
#: in WRAP_UP_HEADING and TAKEAWAYS_HEADING below.
TAKEAWAYS_HEADINGS = (
    "points clés", "les points clés", "à retenir", "ce qu'il faut retenir", "puntos clave",
    "les points clés à retenir", "points clés à retenir", "puntos clave a recordar",
    "lo más importante", "punti chiave", "pontos principais", "pontos-chave",
    "principais pontos", "kernpunten", "poin penting", "poin utama", "wichtigste punkte",
    "legfontosabb pontok", "svarbiausi dalykai", "vigtige pointer", "要点",
    # Bulgarian, Russian, Ukrainian, Chinese, Korean, Persian, Arabic, Polish, Czech,
    # Romanian, Hungarian, Greek, Turkish, Vietnamese, Swahili and Tagalog
    "ключови изводи", "основни изводи", "ключевые выводы", "главное", "ключові висновки",
    "重點整理", "重点整理", "重點摘要", "핵심 요약", "핵심 정리", "نکات کلیدی", "النقاط الرئيسية",
    "najważniejsze informacje", "kluczowe wnioski", "klíčové body", "puncte cheie",
    "a legfontosabbak", "βασικά σημεία", "önemli noktalar", "điểm chính", "những điểm chính",
    "mambo muhimu", "mga pangunahing punto", "viktiga punkter", "vigtige punkter",
    "viktige punkter",
    # Polish, Somali, Hausa, Zulu, Yoruba, Amharic and Thai
    "najważniejsze wnioski", r"qodob(?:b)?ada muhiimka(?: ah)?", "muhimman abubuwa",
    "muhimman bayanai", "amaphuzu abalulekile", "àwọn kókó pàtàkì", "ዋና ዋና ነጥቦች",
    "สรุปข้อมูลสำคัญ",
    # Finnish, Estonian, Swedish, Danish, Norwegian
    "tärkeimmät kohdat", "keskeiset kohdat", "tärkeimmät asiat", "olulisemad punktid",
    "viktigaste punkterna", "de vigtigste pointer", "de viktigste punktene",
    # Lessons as takeaways, also "from the episode" ("Mahahalagang Aral mula sa Episode").
    "key lessons", "lessons learned", "lessons learnt",
    # Tips restating the article ("Expert Tips", "Pro tips", "Dicas de ouro").
    "expert tips", "pro tips", r"dicas de ouro(?: para [^:]{3,60})?", "consejos de experto",
    "tips dari ahli", "mahahalagang aral", "mga aral",
    "mga natutunan", "lecciones clave", "lições principais", "leçons à retenir",
    r"(?:key |important )?lessons (?:learned |learnt )?from (?:the |this )?"
    r"(?:episode|article|story|podcast|video|interview)",
    r"(?:mahahalagang )?(?:aral|mga aral) mula sa (?:episode|kuwento|artikulo|balita|podcast)",
    # The key points ("the most important", "what matters") of the 49 languages of the
    # blind probe, with the article or the plural where a language has them.
    "die wichtigsten punkte", "das wichtigste",
    "l['’]essentiel à retenir", "ideas clave", "las claves", "claves", "as claves",
    "punts clau", "i punti chiave", "da ricordare",
    "principais conclusões", "de belangrijkste punten", "belangrijkste punten",
    "die belangrikste punte", "belangrikste punte", "kernpunte", "hoofdpunten",
    "det viktigaste", "viktigaste punkterna", "det viktigste", "viktigste punkter",
    "hovedpunkter", "det vigtigste", "vigtigste pointer", "hovedpointer",
    "tärkeimmät asiat", "keskeiset asiat", "tärkeimmät pointit", "peamine", "olulisim",
    "põhipunktid", "peamised punktid", "helstu atriði", "aðalatriðin", "galvenais",
    "galvenie punkti", "svarbiausia", "pagrindiniai punktai", "najważniejsze",
    "kluczowe informacje", "to nejdůležitější", "hlavní body", "to najdôležitejšie",
    "kľúčové body", "hlavné body", "najpomembnejše", "ključne točke", "najvažnije",
    "গুরুত্বপূর্ণ বিষয়গুলো", "ข้อควรจำ", "สาระสำคัญ",
    "ključne činjenice", "ključne stvari", "ključni zaključci",
    "најважније", "кључне чињенице", "a legfontosabb tudnivalók", "fő pontok",
    "cele mai importante", "idei principale", "основното", "най-важното",
    "ключови моменти", "ключевые моменты", "головне", "ключові моменти",
    "τα βασικά σημεία", "τα σημαντικότερα", "öne çıkanlar", "ana noktalar",
    # "What stays in mind (from the match)": Turkish puts the source first
    r"(?:maçtan |haberden |yazıdan |karşılaşmadan )?akılda kalanlar",
    # "Quick summary", "Kurz zusammengefasst", "Tóm tắt nhanh"
    "quick summary", "summary at a glance", "resumen rápido", "resumo rápido",
    "kurz zusammengefasst", "kurzfazit", "résumé rapide", "riepilogo veloce",
    "snelle samenvatting", "szybkie podsumowanie", "hızlı özet", "ringkasan singkat",
    "tóm tắt nhanh", "краткое резюме",
    "快速總結", "快速总结", "ざっくりまとめ", "한눈에 요약", "ملخص سريع", "संक्षेप में",
    "أهم النقاط", "نقاط رئيسية", "נקודות עיקריות", "עיקרי הדברים", "نکات مهم",
    "اہم نکات", "اہم باتیں", "मुख्य बातें", "मुख्य बिंदु", "अहम बातें", "মূল বিষয়গুলো",
    "মূল বিষয়", "মূল পয়েন্ট", "முக்கிய அம்சங்கள்", "முக்கிய குறிப்புகள்", "ประเด็นสำคัญ",
    "สรุปประเด็นสำคัญ", "điểm nổi bật", "poin-poin penting", "perkara utama",
    "perkara penting", "mahahalagang punto", "mga mahahalagang punto", "gako nagusiak",
    "gakoak", "mambo ya kuzingatia", "要点总结", "要點總結", "重点总结", "重點總結", "关键要点",
    "關鍵要點", "この記事のポイント", "記事のポイント", "ポイントまとめ", "핵심 포인트",
    # Key conclusions and theses ("Conclusiones clave", "Ключові тези").
    "conclusiones clave", "conclusiones principales", "conclusioni chiave",
    "conclusioni principali", "conclusions clés", "wichtigste erkenntnisse",
    "kernaussagen", "key insights", "main takeaways", "key conclusions",
    "ключові тези", "основні тези", "ключевые тезисы", "основные тезисы", "kluczowe tezy",
    "hlavní myšlenky", "kulcsgondolatok", "ana fikirler", "temel çıkarımlar",
    # The main points, insights and lessons of the 49 languages of the second blind probe,
    # with the article where a language has one and "in brief" after "the most important"
    # ("Die zentralen Punkte im Überblick", "Lo más importante, en resumen", "Kõige olulisem
    # lühidalt", "Самое важное кратко"); "of the episode" is PIECE_SUFFIX or PIECE_PREFIX.
    # "Ana başlıklar" (a news site's top headlines) is left out.
    r"(?:the )?(?:big|biggest|main) takeaways", r"main points(?: to remember)?",
    "points to remember", r"(?:die )?wichtigsten erkenntnisse(?: auf einen blick| im überblick)?",
    r"(?:die )?zentralen punkte(?: im überblick)?", r"l['’]essentiel en bref",
    r"lo más importante,? en (?:resumen|pocas palabras)", r"ideas principales",
    r"(?:in sintesi:? )?cosa (?:c['’]è da )?ricordare", r"(?:le )?conclusioni principali",
    r"(?:as )?principais lições", r"o que levar (?:deste|desta|do|da) (?:episódio|artigo|"
    r"conversa|entrevista)", r"(?:de )?belangrijkste (?:inzichten|lessen)",
    r"(?:de )?viktigaste lärdomarna", "viktigaste lärdomar", r"huvudpunkter(?:na)?",
    r"(?:de )?viktigste lærdomm(?:er|ene)", r"vigtigste (?:pointer|lærdomme)",
    r"det vigtigste(?:,? kort fortalt)?", r"tärkeimmät (?:opit|huomiot)",
    r"keskeiset (?:huomiot|opit)", "helstu lærdómar", r"það helsta(?: í stuttu máli)?",
    r"peamised (?:õppetunnid|järeldused)", r"kõige olulisem(?: lühidalt)?",
    r"galvenās atziņas", r"svarīgākais(?: īsumā)?", "galvenie secinājumi",
    r"pagrindinės (?:epizodo |straipsnio )?(?:įžvalgos|išvados)", "najważniejsze wnioski",
    "kluczowe punkty", r"hlavní (?:poznatky|závěry)", r"hlavné (?:poznatky|závery)",
    r"ključna spoznanja", r"najpomembnejše(?: na kratko)?", r"glavne (?:točke|tačke)",
    "главне тачке", "кључни закључци", r"legfontosabb tanulság(?:ai|ok)",
    r"a legfontosabb tudnivalók(?: röviden)?", r"főbb pontok",
    r"(?:principalele|principale) concluzii",
    r"(?:pe scurt,? )?ce trebuie să (?:reții|rețineți)", r"главные выводы",
    r"(?:самое )?(?:важное|главное),? (?:кратко|коротко|вкратце)", "самое важное",
    r"головні висновки", r"найважливіше(?: коротко)?",
    r"τα βασικά συμπεράσματα", r"τα σημαντικότερα(?: με μια ματιά)?", r"κύρια σημεία",
    r"öne çıkan (?:çıkarımlar|noktalar)", r"(?:kısaca )?en önemli noktalar",
    r"أبرز ما جاء في (?:الحلقة|المقال|الحوار|اللقاء)", r"أهم النقاط(?: المستخلصة)?",
    r"الخلاصة في نقاط", r"(?:ה)?מסקנות (?:ה)?עיקריות", r"(?:ה)?נקודות (?:ה)?מרכזיות",
    r"مهم‌ترین نکات(?: به طور خلاصه)?", r"(?:جمع‌بندی )?نکات اصلی", r"(?:خلاصہ: )?اہم باتیں",
    "بنیادی نکات", r"(?:संक्षेप में )?(?:अहम|मुख्य) बिंदु", "मुख्य निष्कर्ष", "मूल बातें",
    "মূল শিক্ষা", r"(?:সংক্ষেপে )?গুরুত্বপূর্ণ বিষয়(?:গুলো)?", r"প্রধান পয়েন্ট(?:গুলো)?",
    r"(?:சுருக்கமாக )?முக்கிய குறிப்புகள்", "முக்கிய முடிவுகள்",
    r"สรุปสาระสำคัญ", r"ใจความ(?:หลัก|สำคัญ)", r"tóm tắt nội dung (?:quan trọng|chính)",
    r"điểm mấu chốt", r"intisari(?: pembahasan)?", "kesimpulan utama", "intipati penting",
    "rumusan utama", r"mga pangunahing aral", r"buod ng mga (?:pangunahing|mahahalagang) punto",
    r"(?:kwa ufupi:? )?mambo (?:muhimu )?ya kuzingatia", "hoja kuu", r"重要ポイント",
    r"(?:主な|大事な)ポイント",
    r"(?:まとめ[:：]\s*)?押さえておきたい(?:要点|ポイント)", r"주요 포인트", r"핵심 내용",
    "核心要点", "主要结论", "主要結論", r"conclusions clau", r"el més important,? en resum",
    r"idees principals", r"ondorio nagusiak", r"garrantzitsuena,? laburbilduta",
    r"conclusións clave", r"o máis importante,? en resumo", r"ideas principais",
    r"belangrikste lesse", r"die belangrikste punte(?: kortliks)?", "hoofpunte",
    # Vietnamese with "to remember / to know", Hindi, Marathi, Nepali, Telugu, Kannada,
    # Malayalam, Gujarati and Sinhala: "Những điểm chính cần nhớ", "खास बातें",
    # "ముఖ్యాంశాలు".
    r"(?:những )?(?:điểm|ý) (?:chính|quan trọng|nổi bật)(?: cần (?:nhớ|biết|lưu ý))?",
    r"những điều (?:cần|nên) (?:biết|nhớ|lưu ý)", r"(?:खास|ख़ास|प्रमुख|महत्वपूर्ण) बातें",
    r"महत्त्वाचे मुद्दे", "ठळक मुद्दे", r"मुख्य (?:बुँदाहरू|कुराहरू)", "ముఖ్యాంశాలు",
    "ముఖ్య అంశాలు", "ಮುಖ್ಯಾಂಶಗಳು", "പ്രധാന കാര്യങ്ങൾ", "મુખ્ય મુદ્દાઓ", "ප්‍රධාන කරුණු",
    # Kannada, Punjabi, Khmer, Burmese, Lao, Amharic, Kazakh, Mongolian, Albanian,
    # Macedonian, Azerbaijani, Zulu, Yoruba, Hausa; Korean "at a glance"
    "ಪ್ರಮುಖ ಅಂಶಗಳು", "ਮੁੱਖ ਗੱਲਾਂ", "ਮੁੱਖ ਨੁਕਤੇ", "ចំណុចសំខាន់ៗ", "အဓိကအချက်များ", "ຈຸດສຳຄັນ",
    "ዋና ዋና ነጥቦች", "негізгі ойлар", "басты мәселелер", "гол санаа", "pikat kryesore",
    "клучни точки", "əsas məqamlar", "amaphuzu abalulekile", "àwọn kókó pàtàkì",
    "muhimman bayanai", r"한눈에 보는 (?:요약|정리)",
)
#: What a takeaways heading may sum up after its words: "… of the episode" ("Ключові тези
#: епізоду", "Key points from this video", "Puntos clave del episodio").
PIECE_SUFFIX = (
    r"(?:\s+(?:of|from|in)?\s*(?:the|this|this week['’]s)?\s*(?:del|de la|de l['’]|de|da|do|"
    r"della|dell['’]|der|des|dieser|van de|van het|z|з|из|iz|"
    # "uit deze aflevering", "från avsnittet", "ale episodului", "του επεισοδίου", "dari
    # episode ini", "mula sa episode", "kutoka kipindi hiki", "của tập này"
    r"uit deze|uit dit|uit hierdie|uit die|från|fra|no|от|ale|του|dari|daripada|mula sa|kutoka|"
    # "po meczu" (after the match), "na mapupulot sa balitang ito" (to glean from this news)
    r"của|deste|desta|dieses|po|aus dem|na mapupulot sa|sa)?\s*"
    r"(?:episode|podcast|video|interview|article|story|episodio|episódio|épisode|folge|"
    r"aflevering|avsnittet|jakson|bölüm(?:ün)?|odcinka|epizody|епізоду|эпизода|випуску|"
    r"выпуска|відео|видео|artículo|articolo|artigo|artikels|beitrags|artykułu|článku|"
    r"статті|статьи|vídeo|entrevista|intervista|interviews|"
    r"afsnittet|episoden|þáttarins|epizodes|epizódy|epizode|episodului|епизода|епизоде|"
    r"επεισοδίου|episodi|episode ini|episod ini|kipindi hiki|tập này|این قسمت|מהפרק|"
    # the news and the match: "نکات کلیدی این خبر", "Najważniejsze wnioski po meczu"
    r"news|noticia|notícia|notizia|nachricht|haberin|berita ini|balitang ito|balita|"
    r"این خبر|هذا الخبر|الخبر|match|game|meczu|spiel|partido|partita|jogo|partida|"
    r"maçın|maçtan))?"
    # Thai writes it on without a space: "ประเด็นสำคัญจากตอนนี้".
    r"(?:จากตอนนี้|ของตอนนี้)?")
#: The piece a takeaways heading sums up, before its words in the languages that put the
#: genitive first: "Jakson tärkeimmät opit", "Az epizód legfontosabb tanulságai",
#: "Atalaren ondorio nagusiak", "एपिसोड की मुख्य बातें", "今回のエピソードの重要ポイント".
PIECE_PREFIX = (
    r"(?:(?:jakson|saate|az epizód|a cikk|atalaren|artikuluaren|bölümün|bölümden|"
    r"एपिसोड की|इस एपिसोड की|পর্বের|এই পর্বের|இந்த அத்தியாயத்தின்|اس قسط کے|"
    r"今回のエピソードの|今回の|이번 에피소드의|이번 에피소드|本期|本集)\s*)?")
#: A summary of "the article" or "the news" as a heading ("Resumo da notícia", "Summary of
#: the article", "記事のまとめ", "Buod ng balita"): the generator naming what it summarises.
#: The summary word,
#: a joining word, and a word for the piece, in the languages of SUMMARY_HEADINGS.
SUMMARY_WORDS = (
    "summary", "recap", "key points", "takeaways", "resumo", "resumen", "résumé", "riepilogo",
    "sintesi", "zusammenfassung", "samenvatting", "sammanfattning", "podsumowanie", "özet",
    "ringkasan", "rezumat", "shrnutí", "opsummering", "oppsummering", "points clés",
    "puntos clave", "punti chiave", "pontos principais", "kernpunten", "poin penting",
    "buod", "tóm tắt",
)
PIECE_WORDS = (
    "article", "story", "news", "post", "report", "notícia", "noticia", "matéria", "artigo",
    "texto", "artículo", "nota", "notizia", "articolo", "artikels?", "berichts?", "beitrags?",
    "textes?", "artikelen", "artikeln", "berita", "artikel", "haberin", "haber", "știrii",
    "articolului", "článku", "zprávy", "artykułu",
    # a podcast's episode: "Sammanfattning av avsnittet", "Resumo do episódio"
    "episode", "episodio", "episódio", "épisode", "folge", "aflevering", "avsnittet",
    "avsnitt", "afsnittet", "episoden", "odcinka", "epizody", "epizodu", "episodului",
    # Filipino and Vietnamese: "Buod ng balita", "Tóm tắt bài viết"
    "balita", "artikulo", "bài viết", "bản tin", "tin",
)
SUMMARY_OF_PIECE = (
    r"(" + "|".join(SUMMARY_WORDS) + r")\s+(of|of the|from the|da|do|de|de la|del|de l[’']|"
    r"dell[’']|della|des|der|dieses|van het|van de|av|z|dari|"
    r"dello|do artigo|ng|ng mga)?\s*(" + "|".join(PIECE_WORDS) + r")"
    r"|(article|story|news|post|artikel|nieuws|haber|berita)\s*(summary|recap|"
    r"zusammenfassung|samenvatting|sammanfattning|özeti|ringkasan)"
    r"|記事のまとめ|記事の要約|この記事のまとめ|本文要点|文章摘要|新闻摘要|本文摘要|本文重點|"
    r"기사 요약|이 기사의 요약|핵심 요약")
WRAP_UP_HEADING = GuardedPattern(
    r"^" + PIECE_PREFIX + r"(in conclusion|conclusion|key takeaways?|key points|"
    r"key (?:points|facts|things|takeaways) to (?:remember|know|note)|"
    r"final thoughts|summary|in summary|tl;dr|tldr|(the )?bottom line|" + SUMMARY_OF_PIECE + "|"
    + "|".join(FAQ_HEADINGS + SUMMARY_HEADINGS + TAKEAWAYS_HEADINGS) + r")" + PIECE_SUFFIX
    + r"\s*[:：]?$", re.I)
_WRAP_UP_MAX_CHARS = 48  # longer than any WRAP_UP_HEADING with its markup stripped
#: Words of a wrap-up heading at most ("Les points clés à retenir", "Mga Aral na Mapupulot sa
#: Balitang Ito", "Key lessons from the
#: episode").
WRAP_UP_HEADING_WORDS = 7
#: The topic after a wrap-up heading's colon or dash, from the mark, set as a heading (no
#: final stop; a question may end it): "Fazit: Was bedeutet der neue Fahrplan für Sie?".
#: :func:`is_titled_wrap_up` tries WRAP_UP_HEADING on the text before each mark (one
#: regex of both would cost every start 25 ms to compile).
_TITLED_TOPIC = LazyPattern(r"[:：–—]\s+[^.!。\n]{3,100}")
WRAP_UP_TITLED_MAX_WORDS = 16
#: A wrap-up label opening a paragraph of its own sentences: "Key takeaways: the library
#: will open three days a week, …", "Final thoughts: planting garlic is …". A reporter
#: writes the summary as sentences; the label is the generator's template.
INLINE_WRAP_UP = LazyPattern(
    r"^(key takeaways?|key points|final thoughts|(the )?bottom line|in summary|to sum up|"
    r"tl;dr|tldr|" + SUMMARY_OF_PIECE + "|" + "|".join(TAKEAWAYS_HEADINGS)
    + r")\s*[:：–—]\s+\S.{20,}[.!?。！]$", re.I)
_FAQ_TOPIC_MAX_CHARS = 100  # longer than any FAQ_HEADING with its topic
#: The marks after a label of INLINE_WRAP_UP and is_titled_wrap_up: a line without one is not
#: tried against those long alternations.
_LABEL_MARKS = LazyPattern(r"[:：–—]")
#: More wrap-up openings, before their comma, colon or dash (the Arabic comma too), in the
#: 49 languages of the blind probe, for WRAP_UP_SENTENCE and CLOSING_SENTENCE: "to
#: conclude", "in short", "all in all", "to sum up". "Finally" and "in the end" of a
#: narrative ("Na kraju", "Am Ende", "Slutligen") are left out, as are "as a result" ("در
#: نتیجه", "Ondorioz") and "in general", "in total" ("Kopumā", "Celkovo", "Загалом").
WRAP_UP_OPENERS = (
    # English, German, French, Spanish, Galician, Portuguese, Catalan and Italian
    r"overall", r"in short", r"all in all", r"to conclude", r"to wrap up", r"wrapping up",
    r"in a nutshell", r"in closing", r"to summari[sz]e", r"to sum it up",
    r"all things considered", r"long story short", r"in brief",
    r"alles in allem", r"kurz gesagt", r"kurzum", r"fazit", r"unterm strich",
    r"(?:abschlie(?:ß|ss)end|zusammenfassend) (?:lässt sich|kann man) "
    r"(?:sagen|festhalten|feststellen)",
    r"en somme", r"pour résumer", r"pour conclure", r"en bref", r"en définitive", r"pour finir",
    r"en guise de conclusion", r"somme toute", r"pour faire court", r"para concluir",
    r"en síntesis", r"en pocas palabras", r"para resumir", r"resumiendo",
    r"a modo de conclusión", r"para finalizar", r"en suma", r"en resumidas cuentas",
    r"para terminar", r"en resumo", r"para rematar", r"para concluír", r"en síntese",
    r"resumindo", r"concluindo", r"em suma", r"em síntese", r"em poucas palavras",
    r"en resum", r"per acabar", r"per concloure", r"resumint", r"en síntesi", r"per resumir",
    r"en poques paraules", r"per cloure", r"per finalitzar", r"in sintesi", r"per riassumere",
    r"per concludere", r"riassumendo", r"in breve", r"in definitiva", r"in poche parole",
    r"tirando le somme", r"concludendo", r"per finire",
    # Dutch, Afrikaans, the Nordic languages, Finnish, Estonian and the Baltic languages
    r"kortom", r"al met al", r"alles bij elkaar genomen", r"concluderend", r"tot slot",
    r"om samen te vatten", r"in het kort", r"kort samengevat", r"conclusie", r"opsommend",
    r"samevattend", r"ten slotte", r"om op te som", r"kortliks", r"kort sagt", r"sammantaget",
    r"allt som allt", r"slutsats", r"summa summarum", r"oppsummert", r"oppsummeringsvis",
    r"alt i alt", r"kort oppsummert", r"konklusjon", r"sammenfattende", r"opsummerende",
    r"konklusion", r"að lokum", r"í stuttu máli", r"í heildina litið", r"niðurstaðan",
    r"kaiken kaikkiaan", r"lopuksi", r"tiivistettynä", r"lyhyesti sanottuna",
    r"johtopäätöksenä", r"kokkuvõtteks", r"lõpetuseks", r"lühidalt öeldes", r"kokku võttes",
    r"rezumējot", r"apkopojot", r"kopsavilkumā", r"trumpai tariant", r"reziumuojant",
    r"išvada",
    # Polish, Czech, Slovak, Slovenian, Croatian, Bosnian and Serbian, Hungarian, Romanian
    r"reasumując", r"na zakończenie", r"w skrócie", r"krótko mówiąc",
    r"ogólnie rzecz biorąc", r"konkludując", r"wnioski", r"na závěr", r"shrnuto",
    r"shrnuto a podtrženo", r"celkově vzato", r"stručně řečeno", r"souhrnně", r"zkrátka",
    r"ve zkratce", r"zhrnuté", r"zhrnutie", r"stručne povedané", r"v skratke",
    r"celkovo vzaté", r"skrátka", r"skratka", r"če povzamemo", r"na kratko", r"v povzetku",
    r"povzetek",
    r"ukratko", r"sve u svemu", r"u zaključku", r"sažeto", r"rezimirajući", r"zaključak",
    r"закључно", r"укратко", r"све у свему", r"у закључку", r"összegzésként", r"végső soron",
    r"összességében", r"mindent összevetve", r"zárásként", r"befejezésül",
    r"összefoglalásként", r"pe scurt", r"în final", r"în rezumat", r"pentru a rezuma",
    r"pentru a încheia", r"în încheiere", r"rezumând", r"concluzie",
    # Bulgarian, Russian, Ukrainian, Greek, Turkish
    r"в обобщение", r"накратко", r"обобщено", r"като заключение", r"с две думи",
    r"обобщавайки", r"подводя итоги", r"резюмируя", r"короче говоря",
    r"в завершение", r"если подводить итоги?", r"в общем и целом", r"підбиваючи підсумки",
    r"коротше кажучи", r"одним словом", r"резюмуючи", r"на закінчення", r"συνοψίζοντας",
    r"εν ολίγοις", r"καταλήγοντας", r"κλείνοντας", r"εν συντομία", r"με λίγα λόγια",
    r"kısacası", r"özetle", r"kısaca", r"toparlamak gerekirse", r"özetlemek gerekirse",
    r"sözün özü", r"netice itibarıyla", r"son olarak",
    # Arabic, Hebrew, Persian, Urdu, Hindi, Bengali and Tamil
    r"باختصار", r"و?ختام(?:اً|ًا|ا)", r"وفي الختام", r"خلاصة القول",
    r"إجمالا(?:ً)?", r"بإيجاز",
    r"ختام القول", r"בשורה התחתונה", r"לסיכומו של דבר", r"לסיום", r"בקצרה",
    r"לסיכומם של דברים", r"به[‌ ]طور خلاصه", r"در مجموع", r"سخن پایانی", r"در یک کلام",
    r"آخر میں", r"مختصراً", r"مجموعی طور پر", r"حاصل کلام", r"कुल मिलाकर",
    r"निष्कर्ष (?:के तौर पर|के रूप में)", r"संक्षेप में(?: कहें तो)?", r"পরিশেষে(?: বলা যায়)?",
    r"সংক্ষেপে(?: বলতে গেলে)?", r"সবশেষে", r"সব মিলিয়ে", r"শেষ কথা",
    r"சுருக்கமாகச் சொன்னால்", r"சுருக்கமாக", r"முடிவாக", r"மொத்தத்தில்", r"இறுதியாக",
    r"முடிவில்",
    # Vietnamese, Indonesian and Malay, Tagalog, Swahili, Basque
    r"kết luận", r"nói tóm lại", r"tóm tắt lại", r"tổng kết lại", r"để kết luận",
    r"nhìn chung", r"singkatnya", r"secara keseluruhan", r"intinya", r"sebagai kesimpulan",
    r"dengan demikian", r"dengan hasil ini",
    r"secara ringkas(?:nya)?", r"ringkasnya", r"akhir kata", r"sebagai penutup",
    r"pendek kata", r"sa kabuuan", r"sa madaling salita", r"bilang konklusyon",
    r"sa pangkalahatan", r"bilang buod", r"kwa jumla", r"kwa ufupi", r"kwa ujumla",
    r"kwa muhtasari", r"kwa kifupi", r"amaitzeko", r"laburbilduz", r"labur esanda",
    r"laburbiltzeko", r"ondorio gisa", r"bukatzeko",
    # Somali, Hausa, Yoruba, Zulu and Amharic
    r"gunaanadka?", r"ugu dambeyn", r"si kooban", r"a takaice", r"a [kƙ]arshe",
    r"ni ipari", r"ní ìparí", r"ní àkótán", r"ekugcineni", r"ngamafuphi",
    # Xhosa, Tswana and Sotho ("Ukuqukumbela, …", "Ka bokhutshwafatso, …")
    r"ukuqukumbela", r"ngamafutshane", r"ka bokhutshwafatso", r"ka kakaretso",
    r"ngokufingqiwe", r"በአጠቃላይ", r"ለማጠቃለል", r"በማጠቃለያ",
    # Japanese, Korean and Chinese
    r"結論として", r"最後に", r"総じて", r"結論から言うと", r"以上をまとめると", r"마무리하며",
    r"요약하자면", r"정리하자면", r"정리하면", r"종합해 보면", r"한마디로", r"끝으로", r"요컨대",
    r"마치며", r"总结", r"總結", r"总括而言", r"總括而言", r"简而言之", r"簡而言之", r"概括来说",
    r"概括來說", r"总结一下", r"總結一下", r"总体而言", r"總體而言", r"总体来说", r"總體來說",
)
#: Openings that need no comma: an adverb that puts the verb second (German, Dutch,
#: Afrikaans, the Nordic languages, Estonian, Hungarian) or a phrase with its own end
#: ("Samenvattend hangt …", "Sammanfattningsvis visar …", "Závěrem lze říci, že …",
#: "いかがでしたか？", "สรุปแล้ว …"). Each ends with the space (or mark) after it.
WRAP_UP_OPENERS_FREE = (
    r"zusammenfassend\s", r"alles in allem\s", r"samenvattend\s", r"concluderend\s",
    r"al met al\s", r"alles bij elkaar genomen\s", r"opsommend\s", r"samevattend\s",
    r"ten slotte\s", r"sammanfattningsvis\s", r"avslutningsvis\s", r"sammantaget\s",
    r"allt som allt\s", r"oppsummert\s", r"oppsummeringsvis\s", r"afslutningsvis\s",
    r"sammenfattende\s", r"opsummerende\s", r"alt i alt\s", r"að lokum má segja\s",
    r"í stuttu máli\s", r"í heildina litið\s", r"yhteenvetona\s", r"kaiken kaikkiaan\s",
    r"tiivistettynä\s", r"kokkuvõtteks\s", r"kokkuvõttes\s", r"lõpetuseks\s",
    r"noslēgumā\s", r"rezumējot\s", r"apkopojot\s", r"apibendrinant\s",
    r"závěrem (?:lze|je třeba|můžeme)\s", r"celkově (?:lze|je možné)\s",
    r"na záver (?:možno|je možné|môžeme)\s", r"celkovo (?:možno|je možné)\s",
    r"za konec lahko\s", r"na zakończenie (?:warto|można|należy)\s",
    r"összegzésként\s", r"összefoglalva\s", r"összegezve\s", r"végső soron\s",
    r"összességében\s", r"mindent összevetve\s", r"zárásként\s", r"befejezésül\s",
    r"összefoglalásként\s", r"सार यह है कि\s", r"संक्षेप में कहें तो\s",
    r"genel olarak\s", r"genel itibarıyla\s", r"sonuç itibarıyla\s",
    r"خلاصہ یہ (?:ہے )?کہ\s", r"مختصر یہ کہ\s", r"حاصل کلام یہ (?:ہے )?کہ\s",
    r"خلاصه (?:اینکه|این که)\s", r"(?:jadi,?\s)?dapat disimpulkan bahwa\s",
    r"(?:กล่าว)?โดยสรุป(?:แล้ว|คือ|ได้ว่า)?\s", r"สรุป(?:แล้ว|ได้ว่า|ก็คือ)\s?",
    r"โดยรวมแล้ว\s", r"いかがでしたか[？?]", r"いかがでしたでしょうか[？?]",
    # "Above is all the information about …": the SEO writer's closing (Vietnamese,
    # Indonesian and Malay, English, Thai)
    r"trên đây là (?:toàn bộ |tất cả |những )?(?:thông tin|chia sẻ|bài viết|tổng hợp)\s",
    r"(?:nah,?\s)?demikian(?:lah)? (?:informasi|ulasan|artikel|pembahasan|penjelasan|"
    r"rangkuman|info)\s",
    r"that['’]s all (?:the information |you need to know )?(?:about|on|for) ",
    # "In conclusion I would like to note that …" (Russian)
    r"в заключение (?:хочется|хотелось бы|стоит|можно|следует|нужно) (?:отметить|сказать|"
    r"подчеркнуть|добавить)",
    r"ทั้งหมดนี้คือ(?:ข้อมูล)?",
)
#: The first words of a sentence that closes a generated FAQ or question block ("Overall,
#: ...", "Fazit: ..."), in the languages of FAQ_HEADINGS. Only as the line right after the
#: block's last answer do they count: a real article may end on "Overall, ...".
CLOSING_SENTENCE = GuardedPattern(
    r"^(in conclusion|in summary|to sum up|to summari[sz]e|overall|all in all|in short|"
    r"ultimately|fazit|zusammenfassend|abschlie(?:ß|ss)end|insgesamt|unterm strich|en conclusion|"
    r"en résumé|en resumen|en conclusión|en definitiva|in conclusione|in sintesi|"
    r"em conclusão|em resumo|kortom|samenvattend|sammanfattningsvis|podsumowując|"
    r"sonuç olarak|kesimpulannya|まとめると|結論として|总之|總之|总而言之|요약하면|결론적으로|"
    # Bulgarian, Russian, Ukrainian, Persian, Arabic, Urdu, Hebrew, Greek, Czech, Slovak,
    # Croatian and Serbian, Slovenian, Baltic, Hungarian, Romanian, Catalan, Nordic,
    # Finnish, Vietnamese, Thai, Malay, Tagalog, Swahili, Hindi, Bengali, Chinese, Korean
    r"в заключение|накратко|подводя итог|подводя итоги|на завершення|підсумовуючи|"
    r"در نهایت|در پایان|به طور خلاصه|في الختام|ختاما|ختامًا|آخر میں|مختصراً|לסיכום|"
    r"συμπερασματικά|εν κατακλείδι|závěrem|na záver|zaključno|ukratko|za konec|skratka|"
    r"apibendrinant|noslēgumā|kopumā|kokkuvõttes|kokkuvõtteks|összegezve|összefoglalva|"
    r"în concluzie|en conclusió|en resum|avslutningsvis|afslutningsvis|kort sagt|"
    r"yhteenvetona|lopuksi|tóm lại|nhìn chung|โดยสรุป|secara keseluruhan|sa kabuuan|"
    r"bilang pagtatapos|kwa kumalizia|kwa ujumla|निष्कर्ष में|निष्कर्ष|कुल मिलाकर|উপসংহারে|"
    r"উপসংহার|முடிவுரை|"
    r"সব মিলিয়ে|總結來說|总结来说|整體來說|整体来说|總的來說|总的来说|마지막으로|"
    # "Final thoughts:" as a label opening the last paragraph
    r"final thoughts|pangwakas na (?:kaisipan|salita)|huling salita|mawazo ya mwisho|"
    r"kata akhir|akhir kata|kata penutup|lời kết|son söz|son düşünceler|τελικές σκέψεις|"
    r"schlussgedanken|abschlie(?:ß|ss)ende gedanken|réflexions finales|reflexiones finales|"
    r"considerazioni finali|considerações finais|slotgedachten|afsluttende tanker|"
    r"avslutande tankar|"
    # "Without a doubt, …" closing a summary
    r"sin (?:ninguna )?duda|without a doubt|ohne zweifel|sans (?:aucun )?doute|senza dubbio|"
    r"sem dúvida|bez wątpienia|kuşkusuz|tanpa diragukan lagi|несомненно|без сомнения|"
    + "|".join(WRAP_UP_OPENERS) + r")\s*[,:，、：،–—]", re.I)
#: The stock section headings of the 49 languages of the second blind probe, each a whole
#: line (an ellipsis and a question mark may end it): "did you know", a fun fact; what it
#: means for you or for consumers, how it affects you; the key facts, at a glance, in
#: figures; pros and cons. A real article may carry them too, so they count only as
#: SECTION_HEADING does: in Markdown or bold, or plain right above a block that fires.
SECTION_HEADINGS_FOREIGN = (
    # Did you know? A fun fact.
    r"fun facts?", r"here['’]s something you (?:might|may) not know", r"did you know that",
    r"schon gewusst", r"wussten sie schon", r"wusstest du schon", r"(?:interessant|gut) zu wissen",
    r"bon à savoir", r"(?:anecdote\s*:\s*)?le saviez-vous", r"(?:un )?dato curioso",
    r"¿?lo sabías", "curiosidad", r"curiosità", r"forse non sai che", r"lo sapevi che",
    "curiosidade", r"(?:você )?sabia que", r"wist u dat", r"(?:leuk )?weetje",
    r"kul att veta", r"visste du (?:det här|detta|at|dette)", r"morsomt å vite", r"sjovt at vide",
    r"vidste du (?:det|at)", r"hauska tietää", r"tiesitkö,? (?:tämän|että)",
    r"vissir þú(?: þetta)?",
    r"gaman að vita", r"kas (?:sa )?teadsid(?: seda)?", r"huvitav teada",
    r"vai (?:tu )?(?:to )?zināji", r"interesanti zināt", r"ar žinoj(?:ote|ai)", r"įdomu žinoti",
    "ciekawostka", r"czy wiedział(?:eś|aś|eście)", r"věděli jste(?:, že)?", r"víte, že",
    r"zajímavost", r"vedeli ste(?:, že)?", r"viete, že", r"zaujímavosť",
    r"(?:ali )?ste vedeli", r"ali veš", r"zanimivost", r"(?:jeste li|da li ste) znali",
    r"znate li(?: da)?", r"zanimljivost", r"да ли сте знали", r"знате ли(?: да)?",
    r"занимљивост", r"tudt(?:a|ad|ák)(?:, hogy)?", r"érdekesség", r"știa(?:ți|i) că",
    r"curiozitate", r"знаете ли(?:, че)?", r"знаеше ли", r"любопитно",
    r"а вы знали", r"знаете ли вы(?:, что)?", r"интересный факт", r"а ви знали",
    r"чи знаєте ви(?:, що)?", r"цікавий факт", r"το ξέρατε", r"(?:μια )?ενδιαφέρουσα λεπτομέρεια",
    r"ilginç bilgi", r"bunu biliyor muydun(?:uz)?", r"هل تعلم", r"هل كنت تعرف", r"معلومة تهمك",
    r"הידעת(?:ם|ן)?", r"עובדה מעניינת", r"آیا می‌دانستید", r"دانستنی(?:‌ها)?",
    r"جالب است بدانید", r"کیا آپ جانتے ہیں", r"دلچسپ حقیقت", r"کیا آپ کو معلوم تھا",
    r"क्या आप जानते हैं", r"रोचक तथ्य", r"क्या आपको पता था", r"আপনি কি জানেন", r"মজার তথ্য",
    r"জানেন কি", r"உங்களுக்குத் தெரியுமா", r"சுவாரஸ்யமான தகவல்", r"รู้หรือไม่",
    r"เกร็ดน่ารู้", r"คุณรู้หรือ(?:ไม่|เปล่า)", r"bạn có biết", r"thông tin thú vị",
    r"có thể bạn chưa biết", r"tahukah kamu", r"fakta menarik", r"anda tahu tak",
    r"alam (?:mo|n(?:'|’|i)yo) ba", r"kawili-wiling kaalaman", r"je,? wajua",
    r"ukweli wa kuvutia", r"ulijua(?: kwamba)?",
    r"ご存[知じ]ですか", r"알아두면 좋은 (?:상식|정보)",
    r"이거 알았어", r"冷知[识識]", r"小知[识識]",
    r"sabies que", r"curiositat", r"ho sab(?:íeu|ies)",
    r"ba al (?:zenekien|zenekiten|dakizu)", r"bitxikeria", r"sabíalo", r"het jy geweet",
    r"interessante feit", r"weet jy",
    # What it means for you (or for consumers), how it affects you, what changes.
    r"why (?:it|this) matters to you", r"was (?:das|dies) für (?:sie|dich|verbraucher(?:innen)?)"
    r" bedeutet", r"was bedeutet (?:das|dies) für (?:sie|dich|verbraucher(?:innen)?)",
    r"was hei(?:ß|ss)t das (?:konkret )?für (?:sie|dich)",
    r"ce que (?:cela|ça) (?:change|signifie) pour "
    r"vous", r"(?:concrètement, )?qu['’]est-ce que (?:cela|ça) (?:change|signifie) pour vous",
    r"quelles conséquences pour (?:vous|les particuliers|les consommateurs)",
    r"qué significa (?:esto|eso) para (?:ti|vos|usted|ustedes|vosotros|el consumidor)",
    r"cómo (?:te|le|les|os) afecta",
    r"lo que (?:esto|eso) (?:supone|significa) para (?:ti|vos|usted|ustedes|el consumidor)",
    r"cosa significa per (?:te|voi)", r"cosa cambia per (?:te|voi|i consumatori)",
    r"che cosa vuol dire in pratica", r"o que isso significa para (?:você|si)",
    r"o que muda para (?:si|você|o consumidor)", r"como isso afeta (?:você|o seu bolso)",
    r"wat betekent dit voor (?:jou|u|je)(?: als consument)?", r"wat merk(?:t u| je) hiervan",
    r"vad (?:det|detta) (?:betyder|innebär) för dig", r"vad (?:betyder|innebär) (?:det|detta) för "
    r"dig(?: som konsument)?", r"så påverkas du", r"hva betyr (?:dette|det) for deg",
    r"slik påvirker det deg", r"dette betyr det for deg(?: som forbruker)?",
    r"hvad betyder det for dig", r"sådan bliver du påvirket",
    r"det betyder det for dig(?: som forbruger)?", r"mitä (?:tämä|se|muutos) tarkoittaa "
    r"(?:sinulle|kuluttajalle)", r"näin se vaikuttaa sinuun", r"hvað þýðir þetta fyrir "
    r"(?:þig|neytendur)", r"svona hefur þetta áhrif á þig", r"mida see (?:sinu jaoks|tarbijale) "
    r"tähendab", r"kuidas see sind mõjutab", r"ko tas nozīmē (?:tev|jums|patērētājiem)",
    r"kā tas ietekmēs (?:tevi|jūs)", r"ką tai reiškia (?:jums|tau|vartotojams)",
    r"kaip tai paveiks (?:jus|tave)", r"co to (?:oznacza|zmienia) dla (?:ciebie|was|konsumentów)",
    r"jak to wpłynie na (?:ciebie|was|twój portfel)", r"co to (?:znamená|změní) pro "
    r"(?:vás|tebe|spotřebitele)", r"jak se vás to dotkne", r"čo to (?:znamená|zmení) pre "
    r"(?:vás|teba|spotrebiteľov)", r"ako sa vás to dotkne", r"kaj to pomeni za vas",
    r"kako bo to vplivalo na vas", r"kaj se spremeni za (?:vas|potrošnike)",
    r"(?:što|šta) to znači za vas", r"kako će to (?:utjecati|uticati) na vas",
    r"(?:što|šta) se (?:mijenja|menja) za (?:vas|potrošače)", r"шта то значи за вас",
    r"како ће то утицати на вас", r"шта се мења за (?:вас|потрошаче)",
    r"mit jelent ez (?:az ön|neked|önnek)(?: számára)?", r"hogyan érint ez (?:téged|önt)",
    r"mi változik a fogyasztók számára", r"ce înseamnă asta pentru (?:tine|dumneavoastră)",
    r"cum te afectează", r"ce se schimbă pentru (?:tine|consumatori)",
    r"какво означава това за вас", r"как ще ви засегне",
    r"какво се променя за (?:вас|потребителите)",
    r"что это значит для вас", r"как это отразится на вас",
    # (and for whom the article concerns: residents, passengers, drivers, fans, parents)
    r"что это значит для (?:жителей|горожан|пассажиров|водителей|болельщиков|потребителей|"
    r"родителей|читателей|арендаторов)", r"що це означає для (?:мешканців|жителів|пасажирів|"
    r"водіїв|вболівальників|споживачів|батьків)",
    r"was (?:das|dies) für (?:anwohner(?:innen)?|pendler(?:innen)?|fahrgäste|"
    r"autofahrer(?:innen)?|fans|eltern|mieter(?:innen)?|patient(?:inn)?en) bedeutet",
    r"qué significa (?:esto|eso) para (?:los )?(?:vecinos|residentes|pasajeros|conductores|"
    r"aficionados|padres|usuarios|inquilinos)",
    r"o que isso significa para (?:os )?(?:moradores|passageiros|motoristas|torcedores|"
    r"consumidores|pais|usuários|inquilinos)",
    r"ce que cela (?:change|signifie) pour les (?:habitants|riverains|usagers|automobilistes|"
    r"supporters|parents|locataires|consommateurs)",
    r"cosa significa per (?:i )?(?:residenti|cittadini|pendolari|automobilisti|tifosi|genitori)",
    r"co to oznacza dla (?:ciebie|was|mieszkańców|pasażerów|kierowców|kibiców|rodziców)",
    r"что изменится для (?:вас|потребителей)",
    r"що це означає для вас", r"як це вплине на вас", r"що зміниться для (?:вас|споживачів)",
    r"τι σημαίνει αυτό για εσάς", r"πώς σας επηρεάζει", r"τι αλλάζει για (?:εσάς|τους καταναλωτές)",
    r"bu sizin için ne anlama geliyor", r"sizi nasıl etkileyecek",
    r"tüketiciler için ne değişiyor", r"ماذا يعني (?:هذا|ذلك) (?:بالنسبة )?لك",
    r"كيف يؤثر (?:ذلك|هذا) عليك", r"ما الذي يتغير (?:للمستهلك|لك)", r"מה זה אומר עבורך",
    r"איך זה משפיע עלי(?:ך|כם)", r"מה משתנה עבור (?:ה)?צרכנים", r"این برای شما چه معنایی دارد",
    r"چه تأثیری بر شما دارد", r"برای مصرف‌کنندگان چه تغییری می‌کند",
    r"آپ کے لیے اس کا کیا مطلب ہے", r"اس کا آپ پر کیا اثر پڑے گا", r"صارفین کے لیے کیا بدلے گا",
    r"आपके लिए इसका क्या मतलब है", r"इसका आप पर क्या असर (?:होगा|पड़ेगा)",
    r"उपभोक्ताओं के लिए क्या बदलेगा", r"আপনার জন্য এর অর্থ কী",
    r"এটি আপনাকে কীভাবে প্রভাবিত করবে", r"ভোক্তাদের জন্য কী বদলাবে",
    r"இது உங்களுக்கு என்ன அர்த்தம்", r"இது உங்களை எப்படி பாதிக்கும்", r"நுகர்வோருக்கு என்ன மாறும்",
    r"สิ่งนี้มีความหมายต่อคุณอย่างไร", r"ส่งผล(?:กับ|ต่อ)คุณอย่างไร",
    r"ผู้บริโภคจะได้รับผลกระทบอย่างไร", r"điều này có ý nghĩa gì với bạn",
    r"ảnh hưởng đến bạn (?:như thế nào|ra sao)", r"người tiêu dùng sẽ bị tác động ra sao",
    r"apa artinya bagi (?:anda|kamu|konsumen)", r"dampaknya (?:buat|bagi) (?:kamu|anda)",
    r"apa yang berubah (?:bagi|untuk) (?:konsumen|pengguna)", r"apa maksudnya untuk anda",
    r"bagaimana ia memberi kesan kepada anda", r"ano ang ibig sabihin nito para sa (?:iyo|inyo)",
    r"paano ito makakaapekto sa (?:iyo|inyo)", r"ano ang magbabago para sa mga mamimili",
    r"hii inamaanisha nini kwako", r"jinsi hii itakavyokuathiri",
    r"nini kitabadilika kwa watumiaji", r"あなたにとっての意味", r"私たちの生活への影響(?:は)?",
    r"消費者にとって何が変わる", r"이것이 (?:당신|여러분)에게 의미하는 것",
    r"(?:나|우리)에게 어떤 영향이 있을까", r"소비자에게 달라지는 점", r"这对你意味着什么",
    r"這對你意味著什麼", r"对普通人有什么影响", r"消费者需要注意什么",
    r"què vol dir això per a tu", r"com t['’]afecta", r"què canvia per als consumidors",
    r"zer esan nahi du horrek zuretzat", r"nola eragingo dizu",
    r"zer aldatzen da kontsumitzaileentzat", r"que significa isto para ti", r"como che afecta",
    r"que cambia para os consumidores", r"wat dit vir jou beteken", r"hoe raak dit jou",
    r"wat verander vir verbruikers",
    # The key facts, at a glance, in figures.
    r"at a glance:? the essentials", r"the essentials at a glance",
    r"(?:die )?wichtigsten fakten(?: auf einen blick| im überblick)?",
    r"fakten (?:im überblick|auf einen blick)", r"(?:les )?chiffres clés(?: en un coup d['’]œil)?",
    r"l['’]essentiel en chiffres", r"fiche récapitulative", r"en un coup d['’]œil",
    r"datos clave(?: de un vistazo)?", r"los datos más importantes", r"en cifras",
    r"de un vistazo", r"i fatti principali(?: in breve)?", r"i numeri chiave",
    r"(?:scheda:\s*)?tutto in un colpo d['’]occhio", r"in cifre", r"fa(?:c)?tos principais"
    r"(?: em resumo)?", r"números em destaque", r"(?:tudo )?num relance",
    r"(?:de )?belangrijkste feiten(?: op een rij)?", r"feiten in het kort", r"in één oogopslag",
    r"in cijfers", r"fakta i (?:korthet|korte trekk|korte træk)", r"viktiga fakta(?: på ett "
    r"ögonblick)?", r"viktige fakta(?: på et blikk)?", r"vigtige fakta(?: på et øjeblik)?",
    r"snabbfakta", "faktaruta", "faktaboks", r"faktat lyhyesti",
    r"tärkeimmät tiedot(?: yhdellä silmäyksellä)?", "faktalaatikko",
    r"(?:helstu )?staðreyndir(?: í stuttu máli| í hnotskurn)", r"í hnotskurn",
    r"faktid lühidalt", r"olulisemad faktid(?: ühe pilguga)?", "faktikast", r"fakti īsumā",
    r"svarīgākie fakti(?: vienā skatienā)?", r"faktu lodziņš", r"faktai trumpai",
    r"svarbiausi faktai(?: vienu žvilgsniu)?", r"faktų skiltis",
    r"najważniejsze fakty(?: w pigułce)?", r"fakty w skrócie", r"w pigułce",
    r"klíčová fakta(?: v kostce)?", r"fakta na jednom místě", r"stručný přehled",
    r"kľúčové fakty(?: v kocke)?", r"fakty na jednom mieste", r"stručný prehľad",
    r"ključna dejstva(?: na kratko)?", r"dejstva na enem mestu",
    r"ključne činjenice na prvi pogled", r"činjenice ukratko",
    r"кључне чињенице на први поглед", r"чињенице укратко",
    r"a legfontosabb tények(?: egy pillantásra)?", r"tények röviden", r"dióhéjban",
    r"informații esențiale(?: pe scurt)?", r"fapte cheie(?: dintr-o privire)?",
    r"(?:pe scurt,? )?în cifre", r"ключови факти(?: накратко)?", r"фактите с един поглед",
    r"(?:накратко )?в цифри", r"ключевые факты(?: вкратце)?", r"главное в цифрах",
    r"коротко о главном", r"ключові факти(?: коротко)?", r"головне в цифрах",
    r"τα βασικά στοιχεία(?: με μια ματιά)?", r"γεγονότα σε συντομία", r"με λίγα λόγια",
    r"bir bakışta(?: önemli bilgiler)?", r"kısa kısa gerçekler", r"rakamlarla(?: özet)?",
    r"حقائق أساسية(?: في لمحة)?", r"أهم الأرقام", r"עובדות מרכזיות(?: במבט חטוף)?",
    r"המספרים החשובים", r"حقایق کلیدی(?: در یک نگاه)?", r"مهم‌ترین اعداد", r"به طور خلاصه",
    r"اہم حقائق(?: ایک نظر میں)?", r"اعداد و شمار پر ایک نظر", r"एक नज़र में(?: मुख्य तथ्य)?",
    r"आंकड़ों में", r"संक्षेप में जानकारी", r"এক নজরে(?: গুরুত্বপূর্ণ তথ্য)?",
    r"সংখ্যায় সংক্ষেপে", r"ஒரு பார்வையில்(?: முக்கிய உண்மைகள்)?", r"எண்களில் சுருக்கம்",
    r"ข้อมูลสำคัญ(?:แบบเข้าใจง่าย)?", r"ตัวเลขที่ควรรู้", r"สรุปสั้น ?ๆ",
    r"những thông tin chính(?: trong nháy mắt)?", r"các con số đáng chú ý", r"tóm tắt nhanh",
    r"fakta (?:penting|utama)(?: sekilas| sepintas lalu)?", r"(?:sekilas )?dalam angka",
    r"ringkasan (?:singkat|pantas)", r"mahahalagang detalye(?: sa isang sulyap)?",
    r"sa mga numero", r"maikling buod", r"mambo muhimu kwa mtazamo mmoja", r"kwa takwimu",
    r"一目でわかる(?:重要な事実)?", r"数字で見る(?:ポイント)?", r"ざっくりまとめ",
    r"한눈에 보는(?: 핵심 사실)?", r"숫자로 보는(?: 주요 내용)?", r"한눈에 정리",
    r"一图看懂(?:关键事实)?", r"数字速览", r"要点速览", r"dades clau(?: d['’]un cop d['’]ull)?",
    r"les xifres més importants", r"en xifres", r"datu nagusiak(?: begirada batean)?",
    r"zenbakietan", r"datos clave(?: dunha ollada)?", r"as cifras máis importantes",
    r"belangrike feite(?: in ['’]n oogopslag)?", r"feite kortliks", r"in ['’]n neutedop",
    # Pros and cons, advantages and drawbacks, for and against.
    r"(?:the )?(?:pros and cons|pros & cons|upsides and downsides)",
    r"advantages and disadvantages(?: at a glance)?", r"vor- und nachteile",
    r"pro und contra", r"vorteile und nachteile(?: im überblick)?",
    r"(?:les )?avantages et (?:les )?inconvénients", r"les plus et les moins",
    r"points forts et points faibles", r"ventajas y desventajas", r"pros y contras",
    r"lo bueno y lo malo", r"pro e contro", r"vantaggi e svantaggi",
    r"(?:i )?punti di forza e (?:di )?debolezza", r"prós e contras", r"vantagens e desvantagens",
    r"pontos positivos e negativos", r"voor- en nadelen", r"plussen en minnen",
    r"(?:de )?voordelen en nadelen(?: op een rij)?", r"för- och nackdelar",
    r"fördelar och nackdelar", r"plus och minus", r"fordeler og ulemper", r"for og (?:imot|imod)",
    r"pluss og minus", r"fordele og ulemper", r"plusser og minusser",
    r"hyvät ja huonot puolet", r"plussat ja miinukset", r"edut ja haitat", r"kostir og gallar",
    r"með og á móti", r"plúsar og mínusar", r"plussid ja miinused", r"poolt ja vastu",
    r"eelised ja puudused", r"plusi un mīnusi", r"priekšrocības un trūkumi", r"par un pret",
    r"privalumai ir trūkumai", r"už ir prieš", r"pliusai ir minusai", r"zalety i wady",
    r"plusy i minusy", r"za i przeciw", r"výhody a nevýhody", r"klady a zápory",
    r"pro a proti", r"pre a proti", r"prednosti in slabosti", r"za in proti",
    r"plusi in minusi", r"prednosti i nedostaci", r"za i protiv", r"plusevi i minusi",
    r"предности и мане", r"за и против", r"плусеви и минуси", r"előnyök és hátrányok",
    r"pro és kontra", r"mellette és ellene", r"avantaje și dezavantaje", r"pro și contra",
    r"plusuri și minusuri", r"предимства и недостатъци", r"плюсове и минуси",
    r"плюсы и минусы", r"преимущества и недостатки", r"плюси (?:і|та) мінуси",
    r"переваги (?:і|та) недоліки", r"за і проти", r"πλεονεκτήματα και μειονεκτήματα",
    r"υπέρ και κατά", r"τα θετικά και τα αρνητικά", r"artıları ve eksileri",
    r"avantajlar ve dezavantajlar", r"lehte ve aleyhte", r"المزايا والعيوب",
    r"الإيجابيات والسلبيات", r"ما له وما عليه", r"יתרונות וחסרונות", r"בעד ונגד", r"הטוב והרע",
    r"مزایا و معایب", r"نقاط قوت و ضعف", r"موافقان و مخالفان", r"فوائد اور نقصانات",
    r"خوبیاں اور خامیاں", r"حق اور مخالفت میں", r"(?:फायदे|फ़ायदे) और नुकसान",
    r"खूबियां और कमियां", r"पक्ष और विपक्ष", r"সুবিধা ও অসুবিধা", r"ভালো ও মন্দ দিক",
    r"পক্ষে ও বিপক্ষে", r"நன்மைகள் மற்றும் தீமைகள்", r"சாதகங்களும் பாதகங்களும்",
    r"நிறைகளும் குறைகளும்", r"ข้อดี(?:และ|-| )ข้อเสีย", r"จุดเด่นและจุดด้อย",
    r"ưu (?:và nhược điểm|điểm và (?:nhược điểm|hạn chế))", r"mặt tốt và mặt chưa tốt",
    r"kelebihan dan kekurangan", r"plus minus", r"untung dan ruginya",
    r"kebaikan dan keburukan", r"pro dan kontra", r"mga kalamangan at kahinaan",
    r"mga pros at cons", r"ang maganda at hindi maganda", r"faida na hasara",
    r"mazuri na mabaya", r"uzuri na udhaifu",
    r"メリット(?:と|・)デメリット", r"良い点(?:と|・)悪い点",
    r"長所と短所", r"장점과 단점", r"장단점(?: 비교)?", r"좋은 점과 아쉬운 점", r"优点和缺点",
    r"優點和缺點", r"利与弊", r"利與弊", r"优缺点(?:一览)?", r"優缺點(?:一覽)?",
    r"avantatges i inconvenients", r"pros i contres", r"el millor i el pitjor",
    r"abantailak eta desabantailak", r"aldekoak eta kontrakoak", r"onak eta txarrak",
    r"vantaxes e inconvenientes", r"pros e contras", r"o bo e o malo", r"voor- en nadele",
    r"voordele en nadele", r"die goeie en die slegte",
    # Hausa: what this means for you, did you know, in short
    r"abin da (?:wannan|hakan) ke nufi (?:a )?gare (?:ku|ka|ki)", r"shin (?:ko )?kun sani",
    r"(?:ko )?ka sani", r"a takaice",
)
#: The stock section headings a generator gives its appendix ("### Background", "**What
#: Happens Next?**"). Only set as a heading or in bold do they count: plain, they are
#: also a real article's subheadings.
SECTION_HEADING = GuardedPattern(
    r"^[¿¡]?(" + "|".join(SECTION_HEADINGS_FOREIGN)
    + r"|background|context|overview|what happens next|what[’']?s next|looking ahead|"
    r"the road ahead|next steps|why (it|this) matters|what (it|this) means|the big picture|"
    r"implications|did you know|¿?sabías que|sabia que|le saviez-vous|wussten sie(, dass)?|"
    r"lo sapevi|wist je dat|biliyor muydunuz|tahukah anda|ήξερες ότι|γνωρίζατε ότι|"
    r"ξέρατε ότι|знаете ли вы|czy wiesz|czy wiesz, że|você sabia|visste du att|"
    r"vidste du|tiesitkö|知っていましたか|豆知識|你知道吗|你知道嗎|알고 계셨나요|"
    r"key facts(?: at a glance)?|at a glance|fast facts|quick facts)(\s+for\s+[\w'’ -]{1,40}?)?"
    r"\s*(?:\.\.\.|…)?\s*[:?？;;؟]?$", re.I)
WRAP_UP_SENTENCE = GuardedPattern(
    r"^(?:(in conclusion|in summary|to sum up|to summarize|"
    # The same opening of other languages ("En conclusion,", "В заключение,", "總結來說，")
    r"en conclusion|en résumé|en conclusión|en resumen|in conclusione|em conclusão|em resumo|"
    r"zusammenfassend|abschlie(?:ß|ss)end|samenvattend|sammanfattningsvis|podsumowując|"
    r"sonuç olarak|kesimpulannya|결론적으로|まとめると|在總結|总而言之|總而言之|"
    r"в заключение|подводя итог|на завершення|підсумовуючи|در پایان|در نهایت|في الختام|"
    r"ختاما|לסיכום|συμπερασματικά|εν κατακλείδι|závěrem|na záver|zaključno|za konec|"
    r"apibendrinant|noslēgumā|kokkuvõttes|összegezve|összefoglalva|în concluzie|"
    r"en conclusió|avslutningsvis|afslutningsvis|yhteenvetona|tóm lại|โดยสรุป|"
    r"bilang pagtatapos|kwa kumalizia|निष्कर्ष में|উপসংহারে|總結來說|总结来说|"
    r"总的来说|總的來說|综上所述|綜上所述|总之|總之|要するに|종합하면|요약하면|"
    # "The bottom line:", "En definitiva,", Ukrainian and Russian "So," and "Thus,".
    r"(?:the )?bottom line|en definitiva|отже|таким чином|итак|таким образом|"
    + "|".join(WRAP_UP_OPENERS) + r")\s*[,，、:：،–—]|" + "|".join(WRAP_UP_OPENERS_FREE) + ")",
    re.I)
#: A question about "the article" or "the interview": the generator quoting its prompt.
SOURCE_QUESTION = LazyPattern(
    r"\b(as (discussed|mentioned|described|outlined|highlighted|presented|explained|reported)"
    r" in|according to) the (article|interview|text|passage|piece|report|story|conversation)\b",
    re.I)
#: A plain title that introduces the block ("Interview with the Harbour Master", "Q&A with
#: Mayor Lind"): the generator's heading, without markup.
INTRO_TITLE = LazyPattern(
    r"^(an? |the |our )?(exclusive |full |in-depth |candid )?(interview|q\s?&\s?a|"
    r"conversation|in conversation|a conversation|chat|questions and answers)\b", re.I)
INTRO_TITLE_MAX_WORDS = 12
#: The writer speaking as "I" ("I'd love to hear", "my setup"): a blogger's own closing,
#: which a generator's impersonal template never is.
FIRST_PERSON = LazyPattern(r"\b(?:I(?!-)|I[’']m|I[’']ve|I[’']d|I[’']ll)\b|\b(?:my|me|myself)\b")
#: A question that speaks to the reader ("Do you think ...?", "Would you ...?").
TO_READER = LazyPattern(r"\b(you|your|readers?)\b", re.I)
#: The reader addressed in the languages of READER_INVITATIONS ("Et vous, ...?", "Bagaimana
#: menurut Anda?"): read only in a line that also invites comments.
READER_ADDRESS = LazyPattern(
    r"\b(you|your|readers?|vous|votre|vos|você|vocês|usted(es)?|tu|ti|voi|vostr[aeio]|sie|"
    r"ihr(e[nmrs]?)?|du|dein(e[nmrs]?)?|jij|jullie|u|anda|kamu|lettori|leitores|lectores|"
    r"lecteurs|leser|te|ön|önök|ti|ty|vy|wy|ви|вы|ты|ти|εσείς|εσύ|bạn|sen|siz|sinä|"
    r"dere|ni|"
    # More of the blind probe's 49 languages; short words that are English or German
    # too ("vi", "din", "dig", "zu", "mo") are left out.
    r"jy|julle|jou|вие|вас|þú|þér|þið|ykkur|sina|teie|jūs|tev|jums|vas|vaš[aeu]?|"
    r"tvoj[aeu]?|voastră|vostru|voștri|dumneavoastră|teu|teva|teus|teves|vosaltres|σας|σου|ninyo|kayo|iyong|inyong|wewe|yako|wako|zure|zuk|awak|sizce|آپ|شما|أنت|أنتم|رأيك|رأيكم|אתם|אתן|דעתכם|שלכם|לכם|אתכם|আপনি|আপনার|"
    r"நீங்கள்|உங்கள்)\b"
    # Hindi and Marathi, whose words may end on a vowel sign (no "\b" after it)
    r"|(?<![\u0900-\u097f])(?:आप|आपका|आपकी|आपके|आपको|आपने|आपली|आपल्या|तुम|तुम्हारा|"
    r"तुम्हारी|तुम्हें|तुमचा|तुमची|तुमच्या)(?![\u0900-\u097f])", re.I)
LIST_ITEM = LazyPattern(r"^\s*(?:(?:[-*•—–►▸✓✔✘✗✕❌✅☑➕➖+]\ufe0f?|\d{1,2}[.)])\s+|[・●■◆▪]\s*)\S")
#: The label over a review's list of pros or of cons, as a line of its own: "Fordele:",
#: "Ulemper:", "Pros:", "Vorteile:", "Inconvénients :", "Ưu điểm:", "メリット".
PROS_CONS_LABEL = LazyPattern(
    r"(?:pros|cons|plus(?:es|punkte)?|minus(?:es|punkte)?|advantages|disadvantages|"
    r"what we liked|what we didn['’]t like|the good|the bad|vorteile|nachteile|stärken|"
    r"schwächen|avantages|inconvénients|points? forts?|points? faibles?|ventajas|desventajas|"
    r"lo (?:bueno|malo|positivo|negativo)|o (?:bom|mau|positivo|negativo)|"
    r"contras|contra|kontra|pro|contro|punti di forza|punti deboli|prós|vantagens|"
    r"desvantagens|voordelen|"
    r"nadelen|pluspunten|minpunten|zalety|wady|plusy|minusy|výhody|nevýhody|előnyök|"
    r"hátrányok|avantaje|dezavantaje|artıları|eksileri|kelebihan|kekurangan|ưu điểm|"
    r"nhược điểm|плюсы|минусы|переваги|недоліки|πλεονεκτήματα|μειονεκτήματα|fordele|"
    r"ulemper|fördelar|nackdelar|fordeler|plussat|miinukset|kostir|gallar|مزايا|عيوب|"
    r"יתרונות|חסרונות|फायदे|फ़ायदे|नुकसान|ข้อดี|ข้อเสีย|メリット|デメリット|장점|단점|优点|缺点|"
    r"優點|缺點|"
    # Nepali, Bengali, Tamil, Telugu, Kannada, Malayalam, Punjabi, Gujarati, Marathi,
    # Urdu, Persian, Swahili, Amharic, Georgian, Kazakh, Azerbaijani, Albanian,
    # Macedonian, Mongolian, Khmer, Burmese, Lao, Zulu, Hausa and Afrikaans
    r"फाइदा|बेफाइदा|फायदा|সুবিধা|অসুবিধা|நன்மைகள்|தீமைகள்|ప్రయోజనాలు|నష్టాలు|ಅನುಕೂಲಗಳು|"
    r"ಅನಾನುಕೂಲಗಳು|ഗുണങ്ങൾ|ദോഷങ്ങൾ|ਫ਼ਾਇਦੇ|ਫਾਇਦੇ|ਨੁਕਸਾਨ|ફાયદા|ગેરફાયદા|तोटे|فوائد|نقصانات|"
    r"مزایا|معایب|faida|hasara|ጥቅሞች|ጉዳቶች|დადებითი მხარეები|უარყოფითი მხარეები|"
    r"артықшылықтары|кемшіліктері|üstünlüklər|çatışmazlıqlar|përparësitë|mangësitë|"
    r"предности|недостатоци|давуу тал|сул тал|គុណសម្បត្តិ|គុណវិបត្តិ|အားသာချက်များ|"
    r"အားနည်းချက်များ|ຂໍ້ດີ|ຂໍ້ເສຍ|izinzuzo|ububi|fa['’]idodi|voordele|nadele)\s*[:：]?", re.I)
#: An FAQ heading: the plain questions and answers under it are the generator's, too.
FAQ_HEADING = GuardedPattern(r"^(" + "|".join(FAQ_HEADINGS) + r")"
                         r"(\s*[(（](?:faqs?|q\s?&\s?a)[)）])?"
                         r"(\s+(" + "|".join(FAQ_TOPIC_WORDS)
                         + r")\s+[^?.!:;]{1,60}?|\s*[:：–—]\s+[^?.!:;]{1,60}?)?"
                         r"(\s*[(（](?:faqs?|q\s?&\s?a)[)）])?\s*[:：]?$", re.I)
#: "Q." and "A." (or "Q:", "Ｑ．") opening the lines of an FAQ's questions and answers.
#: Plain labels like these are also a transcript's, so they count under an FAQ heading only.
# (and the one-letter labels of other languages: Turkish "S:"/"C:", Spanish "P:"/"R:",
# Italian "D:"/"R:", German "F:"/"A:", Dutch "V:"/"A:", Indonesian "T:"/"J:", Polish
# "P:"/"O:", Ukrainian "П:", Persian and Arabic "س:"/"ج:")
Q_LABEL = LazyPattern(r"^(?:[QＱ]\d{0,2}|(?-i:[SPDFVTПس])(?=\s*[:：])|"
                      r"(?:question|pregunta|pergunta|frage|domanda|vraag|pytanie|"
                      r"fråga|spørgsmål|spørsmål|kysymys|küsimus|jautājums|klausimas|pitanje|"
                      r"въпрос|pyetje|"
                      r"otázka|kérdés|întrebare|soru|pertanyaan|soalan|tanong|swali|câu hỏi|вопрос|"
                      r"питання|питање|ερώτηση|سؤال|سوال|שאלה|प्रश्न|सवाल|প্রশ্ন|கேள்வி|"
                      r"คำถาม|问题|問題|質問|질문)\s*\d{0,2})\s*[.．:：]\s*\S", re.I)
A_LABEL = LazyPattern(r"^(?:[AＡ]\d{0,2}|(?-i:[CRJOОج])(?=\s*[:：])|"
                      r"(?:answer|respuesta|resposta|antwort|risposta|antwoord|"
                      r"svar|vastaus|vastus|atbilde|atsakymas|odgovor|отговор|përgjigje|"
                      r"odpowiedź|odpověď|odpoveď|válasz|răspuns|cevap|jawaban|jawapan|sagot|jibu|"
                      r"câu trả lời|trả lời|ответ|відповідь|одговор|απάντηση|جواب|إجابة|תשובה|"
                      r"उत्तर|जवाब|উত্তর|பதில்|คำตอบ|回答|答|답변|답)\s*\d{0,2})\s*[.．:：]\s*\S",
                      re.I)
QUESTION_MARKS = ("?", "？", "؟")
#: Words that carry no topic, left out when a question is compared with the title.
_FUNCTION_WORDS = frozenset({
    "the", "and", "for", "with", "what", "does", "did", "will", "why", "how", "who", "whom",
    "are", "was", "were", "this", "that", "these", "those", "mean", "means", "new", "about",
    "from", "into", "after", "over", "have", "has", "had", "can", "could", "would", "should",
    "its", "their", "they", "them", "you", "your", "our", "not", "but", "more", "than", "been",
    "being", "there", "here", "when", "where", "which", "while", "also", "just", "all", "any",
    "some", "such", "may", "might", "must", "shall", "very", "much", "many", "most", "one",
    "two",
    # the articles, prepositions and conjunctions of German, Dutch and Afrikaans, French,
    # Spanish, Portuguese and Italian ("die" and "met" are no topic of "Die Karoo …")
    "der", "die", "das", "den", "dem", "des", "und", "ein", "eine", "einer", "einen", "mit",
    "von", "für", "auf", "ist", "sind", "het", "een", "van", "met", "voor", "zijn", "wat",
    "nie", "jou", "les", "une", "pour", "avec", "dans", "est", "sont", "qui", "que", "del",
    "los", "las", "por", "para", "con", "una", "uno", "che", "per", "della", "delle", "dos",
    "com", "uma", "não",
})
#: A word: letters, with the vowel signs and other marks Indic, Thai, Arabic and Hebrew
#: letters carry (Python's \w leaves them out and cuts "हीट" into "ह" and "ट").
_MARKS = ("\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e31\u0e34-\u0e3a"
          "\u0e47-\u0e4e")
_WORD = LazyPattern(rf"(?:[^\W\d_]|[{_MARKS}])+(?:['’](?:[^\W\d_]|[{_MARKS}])+)?")
#: Non-blank lines at the top that may hold the title (a date or a byline may come first).
TITLE_LINES = 8
#: A page's head may hold a menu, a ticker and stamps above its headline: title-shaped
#: lines up to this far down, above the article's first paragraph, may be the title too.
HEAD_ZONE_LINES = 30
TITLE_MAX_WORDS = 20
#: A question restates the title when it shares this many of its topic words with it,
#: and at least this share of them.
TITLE_SHARED_WORDS = 3
TITLE_SHARED_SHARE = 0.5
#: A headline below the article repeats the title when it holds this share of the title's
#: topic words (and TITLE_SHARED_WORDS at least); it has at most this many words.
#: A title of at least this many words, quoted word for word in a sentence with this many
#: more words below the article, is pasted in as a keyword (quotes_title).
QUOTED_TITLE_WORDS = 5
QUOTED_TITLE_EXTRA = 6
#: A title of at most this many words, each capitalised, is a name (a funeral home's, a
#: shop's): a sentence below the article may hold it.
NAME_WORDS = 5
#: A help page's headline asks in at most this many words.
HELP_TITLE_WORDS = 15
_QUOTES = "\"'“”‘’«»„‚‹›「」『』"
#: Comma-separated phrases a row of search keywords has at least (is_keyword_row).
KEYWORD_ROW_ITEMS = 4
REPEATED_TITLE_SHARE = 0.7
REPEATED_TITLE_MAX_WORDS = 30
#: A link or a row of hashtags repeats the title's words too ("…/dockworkers-end-strike"),
#: but is no headline.
LINK_OR_TAGS = GuardedPattern(r"://|\bwww\.|#\w|\|")
#: Words that announce a genuine transcript; an announced Q&A is reporting, not filler.
ANNOUNCED = GuardedPattern(
    r"\btranscript\b|edited for (length|clarity|brevity)|condensed (for|and) |lightly edited|"
    r"(following|below) is (an? |the )?(edited |full )?(interview|conversation|q&a)|"
    # the same note in Spanish, Portuguese, French, Italian, German and Dutch
    r"editada por (extensión|claridad|espacio)|editada para (maior )?clareza|"
    r"(éditée|condensée|raccourcie) (par souci de|pour plus de) (clarté|concision)|"
    r"(editata|ridotta) per (chiarezza|brevità|motivi di spazio)|"
    r"(gekürzt|redigiert)( und (gekürzt|redigiert))?|ingekort en geredigeerd", re.I)
_MARKUP_CHARS = "*_#` \t"
#: The stock phrases of a generated wrap-up paragraph ("highlights the ongoing tension",
#: "serves as a reminder", "it remains to be seen"). A reporter's last paragraph may use
#: one; a generator's "In conclusion, ..." strings them together.
STOCK_PHRASE = LazyPattern(
    r"\b(highlights? the (ongoing|growing|importance|need|complex|delicate)|underscores? the "
    r"(importance|need|ongoing|growing)|"
    r"(?:serves? as|is|are) a (stark |powerful |timely |sobering )?reminder|"
    r"(?:it[’']s |is |are )?more (?:important|crucial|vital) than ever|"
    r"(it )?remains to be seen|only time will tell|strike (the|a) (right |delicate |fine )?"
    r"balance|delicate balance|ongoing (tension|debate|challenges?)|a testament to|"
    r"pave the way|navigat(e|ing) the (complex|challeng)|in today[’']s (fast-paced|world)|"
    r"as (the|this) (situation|story|case|debate) (continues to )?(unfolds?|evolves?|develops?)|"
    r"(a|the) broader (conversation|debate|implications)|moving forward|"
    # "the right choice depends on your (personal) needs (and preferences)"
    r"depends (?:entirely )?on your (?:personal |individual |specific |own )?needs|"
    r"afhænger (?:\w+ ){0,3}af dine (?:personlige )?behov|"
    r"hängt (?:\w+ ){0,3}von (?:deinen|ihren) (?:persönlichen |individuellen )?"
    r"(?:bedürfnissen|anforderungen|vorlieben)|dépend (?:\w+ ){0,3}de vos besoins|"
    r"depende (?:\w+ ){0,3}de (?:tus|sus) necesidades|dipende (?:\w+ ){0,3}dalle tue esigenze|"
    r"depende (?:\w+ ){0,3}das suas necessidades|hangt (?:\w+ ){0,3}af van je (?:persoonlijke )?"
    r"(?:behoeften|wensen)|zależy (?:\w+ ){0,3}od twoich potrzeb|"
    r"beror (?:\w+ ){0,3}på dina behov|avhenger (?:\w+ ){0,3}av dine behov|"
    # "it remains to be seen", "time will tell" in the other common languages
    r"bleibt abzuwarten|die zeit wird es zeigen|reste à voir|l['’]avenir (nous )?le dira|"
    r"queda por ver|el tiempo lo dirá|el tiempo dirá|resta da vedere|solo il tempo (lo )?dirà|"
    r"resta saber|só o tempo (o )?dirá|valt nog te bezien|de tijd zal het leren|"
    r"återstår att se|tiden får utvisa|pozostaje się przekonać|czas pokaże|"
    r"zaman gösterecek|время покажет|остается только ждать|час покаже|"
    # "In this article we have seen / covered …": the generator looking back on its text
    r"in this (?:article|post|guide),? we(?:['’]ve| have) (?:seen|covered|explored|looked at|"
    r"discussed)|en este artículo (?:hemos|te hemos) (?:visto|explicado|repasado|analizado)|"
    r"dans cet article,? nous avons (?:vu|abordé|exploré)|in diesem (?:artikel|beitrag) haben "
    r"wir|in questo articolo abbiamo (?:visto|esplorato|analizzato)|neste artigo,? (?:vimos|"
    r"abordamos|exploramos)|in dit artikel hebben we|w tym artykule (?:omówiliśmy|przyjrzeliśmy)|"
    r"bu yazıda (?:ele aldık|inceledik)|dalam artikel ini,? kita telah|trong bài viết này,? "
    r"chúng (?:ta|tôi) đã)\b"
    # Japanese, Chinese and Korean, written on without word boundaries
    r"|注目が集まり(ます|そうです)|注目が集まる|今後の動向に注目|動向が注目され(ます|る)|"
    r"拭目以待|值得关注|值得關注|귀추가 주목(된다|됩니다)|관심이 쏠리고 있(다|습니다)", re.I)
#: Stock phrases an appended one-paragraph wrap-up needs to fire on its own.
STOCK_PHRASES_WRAP_UP = 2
#: Paragraphs a run of wrap-up paragraphs closing the page has at most.
WRAP_UP_RUN_LINES = 3
#: An FAQ heading in plain text fires on its own with this many question-answer pairs.
FAQ_TEMPLATE_PAIRS = 2
#: A paragraph of PHRASE_PARAGRAPH_WORDS words or more that says one phrase of three words
#: PHRASE_REPEATS times is stuffed with it.
PHRASE_REPEATS, PHRASE_PARAGRAPH_WORDS = 4, 25
#: Questions in a row under an FAQ heading, without answers, that it takes as its own,
#: each of at most FAQ_QUESTION_WORDS words.
QUESTION_RUN, FAQ_QUESTION_WORDS = 3, 20
#: Words a comment form's title has at most ("Deixe seu comentário", "Leave a Reply"): a
#: line that short and without a sentence's end is no prompt of a generator.
FORM_TITLE_WORDS = 4
FORM_TITLE_CHARS = 40
#: Words a line of the page's chrome (a button, a link) under a question has at most.
BUTTON_WORDS = 4
#: Lines a block may have to be a title question with its answer.
TITLE_QUESTION_MAX_LINES = 3
#: Lines of the SEO template: the title restated as a heading, its paragraphs, a wrap-up.
SEO_TEMPLATE_MAX_LINES = 6
#: Words a paragraph under an appended Markdown heading has at least.
APPENDED_PARAGRAPH_WORDS = 12
#: Markdown sections closing a plain text that make an appendix without a stock heading.
APPENDED_SECTIONS = 2
#: Paragraphs under a plain wrap-up heading that closes a firing block, taken into it.
WRAP_UP_PARAGRAPHS = 3
#: An SEO paragraph has at least this many words and repeats a phrase of the title this
#: many times, in every sentence.
SEO_MIN_WORDS = 30
SEO_PHRASE_REPEATS = 3
#: Right above a block that fires, a paragraph repeating the phrase twice is its preamble.
SEO_PREAMBLE_REPEATS = 2
#: Words an exhortation closing a takeaways list has at most.
EXHORTATION_MAX_WORDS = 30
#: Words a sentence of comment closing a takeaways list has at most.
LIST_CLOSE_MAX_WORDS = 60
#: Paragraphs a summary heading ("まとめ", "Summary") may have above an FAQ heading that
#: continues the template.
SUMMARY_PARAGRAPHS = 2
#: Plain paragraphs that may stand between an "In conclusion, ..." paragraph and the
#: reader prompt below it.
CONCLUSION_GAP = 1
#: Words (or, in scripts without spaces, characters) that make a line running text; page
#: chrome after an appended block (link lists, buttons, a copyright line) has fewer, or
#: is no sentence.
RUNNING_TEXT_WORDS = 12
#: Words of a sentence of the article, at least one of which must stand above a block.
ARTICLE_SENTENCE_WORDS = 5
RUNNING_TEXT_CHARS = 40
#: Letters of Thai, Lao and Khmer, scripts that end a sentence with a space, not a mark.
_UNPUNCTUATED_SCRIPT = LazyPattern(r"[\u0e00-\u0eff\u1780-\u17ff]")
SENTENCE_ENDS = (".", "!", "?", "؟", "。", "！", "？", '"', "”", "“", "»", "।", "॥", "۔", "።", "။")
COPYRIGHT = GuardedPattern(r"©|\bcopyright\b|all rights reserved", re.I)


def is_copyright(bare: str) -> bool:
    """True when a line holds a copyright notice ("©", "Copyright", "All rights reserved").
    Both words hold "right": a substring test spares the regex on almost every line."""
    return "©" in bare or ("right" in bare.lower() and COPYRIGHT.search(bare) is not None)

# -- weights -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """How much each signal weighs, depending on whether Markdown is legitimate here."""

    name: str
    markup: float  # per line with emphasis or heading markup
    scaffold: float
    wrap_up_heading: float
    bold_question: float  # per line that is a question set in bold or as a heading


#: Plain text (and JSONL): any Markdown is foreign, and markup is itself a signal.
PLAIN = Profile("plain", markup=0.5, scaffold=3.0, wrap_up_heading=2.0, bold_question=1.0)
#: Markdown files (or plain text formatted as Markdown throughout): bold is just style.
MARKDOWN = Profile("markdown", markup=0.0, scaffold=1.5, wrap_up_heading=1.0, bold_question=0.0)

#: A paragraph of SEO copy repeating a phrase of the title fires alone (strong-signal).
SEO_WEIGHT = 4.0
#: A headline below the article restating the title ("… – Everything You Need to Know"):
#: SEO copy, but alone it may be a link to the same story's earlier edition.
REPEATED_TITLE_WEIGHT = 3.0
#: Upper bound of each kind's contribution, so one kind repeated never outweighs variety.
CAPS = {"markup": 2.0, "qa-scaffold": 3.0, "reader-prompt": 4.0, "wrap-up": 3.0,
        "source-question": 3.0, "seo-copy": SEO_WEIGHT}
DESCRIPTIONS = {
    "markup": "Markdown emphasis or headings in plain text",
    "qa-scaffold": "interview Q&A scaffolding",
    "reader-prompt": "reader-discussion prompt",
    "wrap-up": "conclusion/takeaways/FAQ block",
    "source-question": "question headline or question about the article",
    "seo-copy": "SEO paragraph repeating a phrase of the title",
}
READER_LABEL_WEIGHT = 4.0
DISCUSSION_LABEL_WEIGHT = 2.0
READER_SENTENCE_WEIGHT = 1.5
WHAT_DO_YOU_THINK_WEIGHT = 1.0
#: What a plain line that only asks the reader (is_reader_question) is reported as.
READER_QUESTION = "a question to the reader"
WRAP_UP_SENTENCE_WEIGHT = 1.0
#: A list of at least WRAP_UP_LIST_ITEMS items right under a wrap-up heading: the
#: generator's "Key Takeaways" bullets.
WRAP_UP_LIST_WEIGHT = 1.0
WRAP_UP_LIST_ITEMS = 2
#: A question to the reader set in bold (or as a heading) that closes the block.
CLOSING_QUESTION_WEIGHT = 1.5
#: A closing pair (plain wrap-up heading ... invitation to comment) has at most this many
#: lines besides list items.
CLOSING_PAIR_MAX_LINES = 6
SOURCE_QUESTION_WEIGHT = 3.0
#: In plain text, a line that only prompts readers (a question to them and an invitation
#: to comment, nothing else) weighs as much as a "Discussion Question for Readers" label.
PROMPT_LINE_WEIGHT = 4.0
#: At least this many items right under a wrap-up heading make the takeaways template.
TAKEAWAYS_TEMPLATE_ITEMS = 3
ANNOUNCED_PENALTY = 4.0
#: Lines before the block that may carry stray markup before the whole text counts as
#: Markdown-formatted (and markup stops being evidence).
STRAY_MARKUP_BEFORE = 1

# -- per-line analysis ---------------------------------------------------------------------


@dataclass(frozen=True)
class Signal:
    """One piece of evidence on one line."""

    kind: str
    line: int  # 1-based
    weight: float
    what: str


@dataclass(frozen=True)
class Line:
    """A non-blank line with what it looks like."""

    segment: Segment
    bare: str  # text without surrounding markup characters
    markup: bool
    label: str | None  # speaker label, if the line opens with one in bold
    structural: bool  # a heading, label or bold line: something a block can start with
    question: bool  # set in bold or as a heading, and asks something
    restates_title: bool = False  # a question made of the title's words
    repeats_title: bool = False  # a headline below the article made of the title's words
    seo: bool = False  # a paragraph that keeps repeating a phrase of the title (seo_paragraph)
    #: repeats a phrase of the title in each sentence, twice in all: SEO copy when right
    #: above a block that fires on its own
    seo_preamble: bool = False
    #: holds the title only inside a sentence that addresses no reader (quotes_title's
    #: echo): SEO copy among other signals, a columnist's last line alone
    echo: bool = False
    #: the title's keyword the paragraph is stuffed with (stuffed_keyword), or ""
    stuffed: str = ""
    #: SEO copy only by a stock sentence ("If you are looking for …, this article …")
    stock: bool = False


def strip_markup(text: str) -> str:
    """The text of a line without Markdown bold and heading markers.

    >>> strip_markup("## **Key Takeaways:**")
    'Key Takeaways:'
    """
    text = HEADING.sub("", text.strip())
    if "**" in text:  # BOLD's look-behind is tried at every place: look for its "**" first
        text = BOLD.sub(r"\1", text)
    text = text.strip(_MARKUP_CHARS)
    if text and text[0] >= "\u2600":  # (a cheap test first: most lines open on a letter)
        text = _PICTOGRAPH.sub("", text)
    return text


#: Pictographs opening a line, which a generator puts before its headings ("📌 핵심 요약",
#: "🔑 Key takeaways"): the heading is the text after them.
_PICTOGRAPH = LazyPattern(r"^[\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff\ufe0f\u200d]+\s*")


def greek_question(bare: str) -> str:
    """A Greek line's closing question mark (";" or U+037E) read as "?", so that every test
    of a question holds for Greek too.

    >>> greek_question("Πόσες μέρες χρειάζονται για τη Σίφνο;"), greek_question("a; b;")
    ('Πόσες μέρες χρειάζονται για τη Σίφνο?', 'a; b;')
    """
    if bare.endswith((";", "\u037e")) and _GREEK.search(bare) is not None:
        return bare[:-1] + "?"
    return bare


def has_markup(text: str) -> bool:
    """True when the line carries Markdown bold or is an ATX heading."""
    stripped = text.strip()
    return bool(("**" in stripped and BOLD.search(stripped)) or HEADING.match(stripped))


def _label(text: str, bare: str) -> str | None:
    """The speaker label a bold line opens with, if any."""
    match = BOLD_LABEL.match(text)
    if match and len(match.group(1).split()) <= 5:
        label = match.group(1).strip()
        return None if READER_LABEL.match(label) or DISCUSSION_LABEL.match(label + ":") \
            else label
    inner = INNER_LABEL.match(bare)
    return inner.group(1) if inner and text.startswith("**") else None


def _is_emphasised(text: str) -> bool:
    """The whole line is one bold span or a heading."""
    stripped = text.strip()
    return bool(HEADING.match(stripped) or BOLD.fullmatch(stripped.rstrip(":")))


#: A stock sentence of SEO copy below the article: the reader "looking for" the page's
#: keywords and "this article" answering all of it.
SEO_STOCK = LazyPattern(
    r"\bif you(?:['’]re| are) (?:looking|searching) for\b[^.!?]{3,160}?[,;] this (?:article|"
    r"post|page|guide) (?:provides|gives you|has|covers|contains|is for you|tells you)|"
    r"\bthis (?:article|post|page|guide) (?:provides|gives you|has|covers|contains) "
    r"(?:all|everything) (?:the (?:information|details|updates) )?you need|"
    # the same in other languages: the reader "looking for" the keywords, and this article
    # (this portal, the site's other articles) answering: "Nếu bạn đang tìm kiếm …, hãy
    # tham khảo ngay các bài viết khác", "Si buscas …, esta guía es para ti", "Ищете, где
    # купить …? На портале собраны …"
    r"(?:\bsi (?:buscas|estás buscando|busca|está buscando|vous cherchez|tu cherches)|"
    r"\bse (?:você )?(?:está procurando|procura|stai cercando|cerchi)|"
    r"\bwenn (?:sie|du) (?:auf der suche nach|nach)\b|"
    r"\bjika (?:anda|kamu) (?:sedang )?mencari|\bnếu bạn đang (?:tìm kiếm|tìm|muốn tìm)|"
    r"\bищете|\bшукаєте|\bjeśli szukasz|\beğer [^.!?]{3,60} arıyorsanız)"
    r"[^.!?]{3,160}?[,;?]\s*(?:(?:este|esta|nuestro|nuestra) (?:artículo|guía|post|web)|"
    r"(?:cet|ce|cette|notre) (?:article|guide|site)|(?:este|esta|nosso|nossa) (?:artigo|guia)|"
    r"(?:questo|questa) (?:articolo|guida)|(?:dieser|unser) (?:artikel|ratgeber)|"
    r"artikel ini|hãy tham khảo|hãy xem|bài viết này|на (?:нашем )?(?:портале|сайте)|"
    r"в этой статье|(?:на|у) (?:нашому )?(?:порталі|сайті)|у цій статті|ten (?:artykuł|poradnik)|"
    r"bu (?:yazı|makale|rehber))", re.I)


def read_lines(doc: Document) -> list[Line]:
    """The document's non-blank prose lines, analysed."""
    prose = doc.prose
    result: list[Line] = []
    titles: list[frozenset[str]] = []
    phrases: list[frozenset[tuple[str, str]]] = []
    heads: list[str] = []  # the lines that may be the title, as written
    body = False  # a line of running text came before: the headline zone is over
    segments = [seg for seg in doc.lines if prose[seg.start : seg.end].strip()]
    bares = [greek_question(strip_markup(prose[seg.start : seg.end])) for seg in segments]
    head_end = min(HEAD_ZONE_LINES, _article_start(bares))
    for seg, bare in zip(segments, bares, strict=True):
        text = prose[seg.start : seg.end]
        label = _label(text.strip(), bare)
        emphasised = _is_emphasised(text)
        restates = bool(titles) and len(result) >= len(titles) and restates_title(bare, titles)
        # A copyright line names the site, which may stand among the title lines.
        repeats = (body and len(result) >= TITLE_LINES and not is_copyright(bare)
                   and not _TAG_LABEL.match(bare) and repeats_title(bare, titles))
        stuffed = (stuffed_keyword(bare, titles) or stuffed_unspaced(bare, titles)
                   or repeated_phrase(bare) or repeated_cjk(bare) or repeated_word(bare)) \
            if body and len(result) >= TITLE_LINES else None
        seo = body and len(result) >= TITLE_LINES and (seo_paragraph(bare, phrases)
                                                       or quotes_title(bare, heads)
                                                       or bool(stuffed)) \
            and not _TAG_LABEL.match(bare)  # (the site's tag line names the title's words)
        echo = seo and not stuffed and not seo_paragraph(bare, phrases) and not quotes_title(
            bare, heads, echoes=False)
        # (or a stock sentence of SEO copy: "If you are looking for …, this article
        # provides all the information you need")
        stock = not seo and body and len(result) >= TITLE_LINES and SEO_STOCK.search(
            bare) is not None
        seo = seo or stock
        preamble = body and len(result) >= TITLE_LINES and not seo and seo_paragraph(
            bare, phrases, SEO_PREAMBLE_REPEATS) and not _TAG_LABEL.match(bare)
        if is_title(bare) and not LIST_ITEM.match(text) and not (
                len(result) >= head_end and unpunctuated_running(bare)) and (
                len(result) < TITLE_LINES or (
                    len(result) < head_end and not _STAMP_LIKE.search(bare))):
            # (a list item in the head is a table of contents' entry, not a title: the
            # section headings below that repeat it are the article's own)
            titles.append(topic_words(bare))
            phrases.append(title_phrases(bare))
            heads.append(bare)
        else:
            if (not body and len(result) < TITLE_LINES and _asks(bare) and not restates
                    and word_count(bare) <= TITLE_MAX_WORDS and not LIST_ITEM.match(text)):
                # a headline that asks ("Should you buy a hybrid right now?"), which a
                # generator asks again below the article
                titles.append(topic_words(bare))
            body = True
        result.append(Line(seg, bare, has_markup(text), label,
                           emphasised or label is not None or is_wrap_up_heading(bare)
                           or restates or repeats or seo or _opens_wrap_up(bare)
                           or DISCUSSION_HEADING.match(bare) is not None or opinion_head(bare)
                           or reader_heading(bare) or is_tips_heading(bare),
                           emphasised and bare.endswith("?"),
                           restates,
                           repeats, seo, preamble, echo, stuffed or "", stock))
    return _paired_keywords(result)


def _paired_keywords(lines: list[Line]) -> list[Line]:
    """``lines``, with two paragraphs in a row below the head that each repeat the same
    phrase PHRASE_REPEATS - 1 times marked as stuffed with it: SEO copy spreads its
    keyword over paragraphs ("El ahorro para el retiro es …" / "Si estás buscando … ahorro
    para el retiro …")."""
    phrases = [_repeated_phrases(ln.bare, PHRASE_REPEATS - 1) if i >= TITLE_LINES else set()
               for i, ln in enumerate(lines)]
    for i in range(len(lines) - 1):
        shared = phrases[i] & phrases[i + 1]
        if shared:
            phrase = " ".join(min(shared))
            for k in (i, i + 1):
                if not lines[k].stuffed:
                    lines[k] = replace(lines[k], stuffed=phrase, seo=True, structural=True)
    return lines


def _opens_wrap_up(bare: str) -> bool:
    """True when a paragraph opens the generator's wrap-up: "In conclusion, …", "Key
    takeaways: …". A block may start with it."""
    return bool(WRAP_UP_SENTENCE.match(bare) or (_LABEL_MARKS.search(bare)
                                                  and INLINE_WRAP_UP.match(bare)))


#: A stamp among the head's lines ("Published: March 5, 2024 at 6:00 AM EST"): a label
#: with a figure after its colon, or a clock time; no title.
_STAMP_LIKE = LazyPattern(r"^[^\W\d_][^\d:]{0,30}:\s*\S*\d|\b\d{1,2}[:.]\d{2}\b")


def _article_start(bares: Sequence[str]) -> int:
    """The index of the article's first paragraph: the first of two running-text lines in
    a row (a consent banner's lone sentence above the masthead is not one), else the first
    running-text line; the number of lines when there is none."""
    # (Chinese and Japanese words counted by their letters: a paragraph is no headline)
    running = [((b.endswith(SENTENCE_ENDS) and word_count(b) >= RUNNING_TEXT_WORDS)
                or unpunctuated_running(b)) and not is_copyright(b) for b in bares]
    pair = next((i for i in range(len(bares) - 1) if running[i] and running[i + 1]), None)
    if pair is not None:
        return pair
    return next((i for i, run in enumerate(running) if run), len(bares))


def unpunctuated_running(bare: str) -> bool:
    """True when a line of Thai, Lao or Khmer is running text: RUNNING_TEXT_CHARS
    characters or more with a space (those scripts end a clause or sentence with a space,
    not a mark), so no headline, though no stop ends it.

    >>> unpunctuated_running("เช้าวันจันทร์ที่ผ่านมา สะพานแห่งใหม่เปิดให้รถสัญจรได้แล้ว หลังก่อสร้างนานสองปี")
    True
    >>> unpunctuated_running("สะพานข้ามแม่น้ำท่าจีนแห่งใหม่เปิดใช้ก่อนกำหนดสองเดือน")
    False
    """
    return (len(bare) >= RUNNING_TEXT_CHARS and " " in bare
            and _UNPUNCTUATED_SCRIPT.search(bare) is not None)


def _lower_words(text: str) -> list[str]:
    return list(_lower_word_tuple(text))


@functools.lru_cache(maxsize=1024)  # the same paragraphs are asked for by several tests
def _lower_word_tuple(text: str) -> tuple[str, ...]:
    return tuple(w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text))


def title_phrases(title: str) -> frozenset[tuple[str, str]]:
    """The pairs of adjacent topic words of a title ("salt marsh", "apartment conversions",
    "pont port" of "pont du port"): the key phrases an SEO paragraph repeats.

    >>> sorted(title_phrases("'Salt Marsh' review"))
    [('marsh', 'review'), ('salt', 'marsh')]
    """
    words = _topic_sequence(title)
    return frozenset(zip(words, words[1:], strict=False))


def _topic_sequence(text: str) -> list[str]:
    """The topic words of ``text`` in their order, short and function words left out, so
    "pont du port" and "lonja de Almadraba" are pairs too."""
    return [w for w in _lower_words(text) if len(w) >= 3 and w not in _FUNCTION_WORDS]


def seo_paragraph(bare: str, phrases: Sequence[frozenset[tuple[str, str]]],
                  repeats: int = SEO_PHRASE_REPEATS) -> bool:
    """True when a paragraph below the article is SEO copy built on a phrase of the title:
    the phrase in every one of its sentences (two at least), SEO_PHRASE_REPEATS times in
    all, and the reader addressed ("If you are looking for a Salt Marsh review, …").
    A reporter names the subject once and then says "it", "the film", "the council".

    >>> phrases = [title_phrases("Office conversions stall as costs bite")]
    >>> seo_paragraph("Office conversions stall as costs bite – a key issue in today's "
    ...     "market. Office conversions are an important topic for developers, investors and "
    ...     "residents alike, and understanding why office conversions stall can help you make "
    ...     "better decisions about your next move in the property market.", phrases)
    True
    >>> seo_paragraph("Office conversions stall. The council meets in March to discuss "
    ...     "them, and you can attend.", phrases)
    False
    """
    if not phrases or len(bare.split()) < SEO_MIN_WORDS or not any(phrases):
        return False
    sentences = [_topic_sequence(sentence) for sentence in _SENTENCES.split(bare)]
    sentences = [words for words in sentences if words]
    if len(sentences) < 2 or READER_ADDRESS.search(bare) is None:
        return False
    counts: dict[tuple[str, str], list[int]] = {}
    for words in sentences:
        pairs = list(zip(words, words[1:], strict=False))
        for title in phrases:
            for phrase in title:
                counts.setdefault(phrase, []).append(pairs.count(phrase))
    return any(sum(per) >= repeats and all(per) for per in counts.values())


#: Times a keyword of the title recurs in one paragraph of keyword stuffing, at least,
#: and its share of the paragraph's words.
STUFFED_REPEATS = 6
STUFFED_SHARE = 0.15
#: Letters of the keyword a title's word must open with, in languages that inflect names.
STUFFED_STEM = 5


def stuffed_keyword(bare: str, titles: Sequence[frozenset[str]]) -> str | None:
    """The keyword of the title a paragraph is stuffed with, or None: words of the title each
    STUFFED_REPEATS times at least, together STUFFED_SHARE of the paragraph's words
    ("Stirnlampe kaufen, Stirnlampe Test 2025, beste Stirnlampe Österreich, …"). A
    reporter names the subject once or twice a paragraph.

    >>> titles = [topic_words("Lumbra Nachtfalter 450 Stirnlampe")]
    >>> stuffed_keyword("Stirnlampe kaufen, Stirnlampe Test, beste Stirnlampe, Stirnlampe LED, "
    ...     "Stirnlampe Laufen, Stirnlampe günstig bestellen bei uns.", titles)
    'stirnlampe'
    >>> stuffed_keyword("The Stirnlampe weighs 78 g and the Stirnlampe charges by USB-C.", titles)
    """
    words = _lower_words(bare)
    if len(words) < STUFFED_REPEATS or not titles:
        return None
    counts = Counter(w for w in words if len(w) >= 3 and w not in _FUNCTION_WORDS)
    if not counts:
        return None
    # The title may hold the word in another case ("Panevėžys", stuffed as "Panevėžyje").
    def in_title(word: str) -> bool:
        stem = word[:STUFFED_STEM]
        return any(word in title or (len(word) > STUFFED_STEM and any(
            w.startswith(stem) for w in title)) for title in titles)

    # The keyword may be a phrase of the title, each of its words repeated: "periuk nasi
    # pintar terbaik di Malaysia 2025, periuk nasi pintar …" (its words share the count).
    stuffed = [(count, word) for word, count in counts.most_common()
               if count >= STUFFED_REPEATS and in_title(word)]
    if not stuffed or sum(count for count, _ in stuffed) < STUFFED_SHARE * len(words):
        return None
    return max(stuffed)[1]


#: Scripts written without spaces between words (Thai, Lao, Khmer, Burmese, Chinese and
#: Japanese), where a stuffed keyword is part of each phrase, not a word of its own.
_UNSPACED = LazyPattern(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
                        r"\u3400-\u9fff]")
_PHRASE_BREAKS = LazyPattern(r"[\s,、，|/・]+")
#: Characters a phrase holds at most, and the share of a line's phrases that hold the
#: keyword, at least, in a line of phrases stuffed with it.
STUFFED_PHRASE_CHARS, STUFFED_PHRASE_SHARE = 30, 0.7


def stuffed_unspaced(bare: str, titles: Sequence[frozenset[str]]) -> str | None:
    """The keyword of the title that a line of short phrases in a script without spaces
    repeats in nearly every phrase, or None: "สะพานท่าจีน สะพานท่าจีนแห่งใหม่ ข่าวสะพานท่าจีน
    …", "东湖大桥 东湖大桥通车 东湖大桥最新消息 …". The keyword is the longest run of a
    title word's characters held by STUFFED_PHRASE_SHARE of the STUFFED_REPEATS phrases
    or more; a sentence of those scripts is one long run, not a row of short phrases.

    >>> titles = [topic_words("东湖大桥提前两个月通车")]
    >>> stuffed_unspaced("东湖大桥 东湖大桥通车 东湖大桥最新消息 武汉东湖大桥 东湖大桥2026 "
    ...     "东湖大桥攻略 东湖大桥图片", titles)
    '东湖大桥'
    >>> stuffed_unspaced("东湖大桥周一通车。 市民说过桥只要五分钟。", titles)
    >>> stuffed_unspaced("东湖大桥车流增长2%，东湖大桥客流增长5%，东湖大桥货运增长4%，"
    ...     "东湖大桥收入增长3%，东湖大桥事故下降1%，东湖大桥投诉下降6%。", titles)
    """
    phrases = [p for p in _PHRASE_BREAKS.split(bare) if p]
    if (len(phrases) < STUFFED_REPEATS or any(len(p) > STUFFED_PHRASE_CHARS for p in phrases)
            or not titles or len(_UNSPACED.findall(bare)) < len(bare) / 2):
        return None
    need = STUFFED_PHRASE_SHARE * len(phrases)
    if sum(_FIGURES.search(p) is not None for p in phrases) >= need:
        return None  # (a list of figures repeats its unit: "…同比增长2.8%，…同比增长5.2%")
    best = ""
    for word in set().union(*titles):
        size = 2 if re.match(r"[\u3040-\u30ff\u3400-\u9fff]", word) else 4
        for i in range(len(word) - size + 1):
            end = i + size
            if sum(word[i:end] in p for p in phrases) < need:
                continue
            while end < len(word) and sum(word[i : end + 1] in p for p in phrases) >= need:
                end += 1  # the longest run the phrases share: "สะพาน" → "สะพานท่าจีน"
            if end - i > len(best):
                best = word[i:end]
    return best or None


def repeated_phrase(bare: str) -> str | None:
    """A phrase of three words a paragraph repeats PHRASE_REPEATS times or more, or None:
    the keyword an SEO writer works in ("Procura um apartamento T2 no Porto? Este
    apartamento T2 no Porto, … comprar apartamento T2 no Porto …"). A reporter does not
    say the same three words four times in one paragraph.

    >>> repeated_phrase("Procura uma casa de praia? Esta casa de praia em Cascais, junto ao "
    ...     "mar, é a escolha ideal para quem procura comprar casa de praia. Contacte-nos "
    ...     "hoje sobre esta casa de praia!")
    'casa de praia'
    >>> repeated_phrase("The bridge reopened. The bridge is open. The bridge was shut.")
    """
    counts = _trigram_counts(bare)
    if not counts:
        return None  # a table's row repeats its column words: no paragraph
    phrase, count = counts.most_common(1)[0]
    if count < PHRASE_REPEATS or not any(len(w) >= 4 and w not in _FUNCTION_WORDS
                                         for w in phrase):
        return None
    return " ".join(phrase)


@functools.lru_cache(maxsize=1024)
def _trigram_counts(bare: str) -> Counter[tuple[str, ...]] | None:
    """How often a paragraph says each phrase of three words, or None for a line that is
    no paragraph (PHRASE_PARAGRAPH_WORDS words at least, ending like a sentence); kept for
    the lines asked again (repeated_phrase, then _repeated_phrases on the same line)."""
    words = _lower_words(bare)
    if len(words) < PHRASE_PARAGRAPH_WORDS or not bare.endswith(SENTENCE_ENDS):
        return None
    return Counter(zip(words, words[1:], words[2:], strict=False))


#: Letters of a keyword of one word, the times a paragraph says it and its share of the
#: paragraph's words, at least.
KEYWORD_WORD_LETTERS, KEYWORD_WORD_REPEATS, KEYWORD_WORD_SHARE = 6, 5, 0.08


_FIGURES = LazyPattern(r"\d+")


def repeated_word(bare: str) -> str | None:
    """A keyword of one long word a paragraph says KEYWORD_WORD_REPEATS times or more, a
    twelfth of its words, or None: SEO copy ("Bankkosten besparen is belangrijker dan
    ooit. Wie wil besparen op bankkosten, … de bankkosten … bespaar je op bankkosten …").

    >>> repeated_word("Bootkosten besparen is belangrijk. Wie wil besparen op bootkosten, "
    ...     "vergelijkt de bootkosten. De bootkosten lopen uiteen, dus bespaar op bootkosten "
    ...     "en ontdek hoeveel je op je bootkosten bespaart!")
    'bootkosten'
    """
    words = _lower_words(bare)
    if len(words) < PHRASE_PARAGRAPH_WORDS or not bare.endswith(SENTENCE_ENDS) \
            or len(_FIGURES.findall(bare)) > 2:
        return None  # (a list of figures repeats its unit: "11.5 inches, 10 inches, …")
    counts = Counter(w for w in words if len(w) >= KEYWORD_WORD_LETTERS
                     and w not in _FUNCTION_WORDS)
    if not counts:
        return None
    word, count = counts.most_common(1)[0]
    return word if count >= KEYWORD_WORD_REPEATS and count >= KEYWORD_WORD_SHARE * len(words) \
        else None


#: Letters of a Chinese or Japanese keyword, and the times a paragraph must say it.
CJK_KEYWORD_LETTERS, CJK_KEYWORD_REPEATS = 4, 4


def repeated_cjk(bare: str) -> str | None:
    """A keyword of CJK_KEYWORD_LETTERS Chinese or Japanese letters a paragraph says
    CJK_KEYWORD_REPEATS times or more, or None: SEO copy ("…台南美食真的非常多元，如果你
    正在找台南美食推薦，這篇台南美食懶人包…台南美食…"). A writer does not repeat four
    letters four times in one paragraph.

    >>> repeated_cjk("總之，東湖美食非常多元，東湖美食推薦很多，這篇東湖美食攻略帶你吃遍東湖美食！")
    '東湖美食'
    >>> repeated_cjk("東湖大橋周一通車，市民說過橋只要五分鐘。")
    >>> repeated_cjk("商品零售同比增长2.8%，餐饮同比增长5.2%，家电同比增长14.6%，"
    ...              "汽车同比增长2.1%。")
    """
    runs = _CJK_RUN.findall(bare)
    if sum(map(len, runs)) < CJK_KEYWORD_LETTERS * CJK_KEYWORD_REPEATS:
        return None
    n = CJK_KEYWORD_LETTERS
    counts = Counter(run[i:i + n] for run in runs for i in range(len(run) - n + 1))
    if not counts:
        return None
    gram, count = counts.most_common(1)[0]
    if count >= CJK_KEYWORD_REPEATS and len(_FIGURES.findall(bare)) > count:
        return None  # (a list of figures repeats its phrase: "…同比增长2.8%，…同比增长5.2%")
    return gram if count >= CJK_KEYWORD_REPEATS else None


def _repeated_phrases(bare: str, repeats: int) -> set[tuple[str, ...]]:
    """The phrases of three words (one of four letters or more, no function word alone)
    a paragraph says ``repeats`` times or more."""
    counts = _trigram_counts(bare)
    if not counts:
        return set()
    return {phrase for phrase, count in counts.items() if count >= repeats and any(
        len(w) >= 4 and w not in _FUNCTION_WORDS for w in phrase)}


def _is_name(head: str) -> bool:
    """A short line of capitalised words, small joining words aside ("Whitcombe & Sons
    Funeral Home", "Deccan Institute of Science and Technology"): a name a sentence may
    well hold, not a headline pasted in.

    >>> _is_name("Whitcombe & Sons Funeral Home"), _is_name("Ferry fares rise for good")
    (True, False)
    >>> _is_name("Deccan Institute of Science and Technology")
    True
    """
    words = [w for w in head.split() if w not in ("&", "-", "–", "·")]
    named = [w for w in words if w.lower() not in _NAME_JOINERS]
    size = ORGANISATION_NAME_WORDS if named and named[-1] in _ORGANISATION_ENDS else NAME_WORDS
    return len(named) <= size and bool(named) and all(w[:1].isupper() for w in named)


#: Words an organisation's name ends on ("St Aldhelm's Hospitals NHS Foundation Trust"):
#: such a name runs longer than NAME_WORDS, and an "About us" note under a press release
#: names it in a sentence.
_ORGANISATION_ENDS = frozenset((
    "Trust", "Council", "Hospital", "Hospitals", "University", "College", "Institute",
    "Foundation", "Association", "Society", "Ministry", "Department", "Agency", "Authority",
    "Service", "Services", "Group", "Company", "Ltd", "Limited", "Inc", "Corporation",
    "Board", "Commission", "Club", "School", "Museum", "Library", "Church", "Partnership",
    "Network", "Centre", "Center", "Federation", "Union", "Committee", "Office", "Bank",
    "Fund", "Alliance", "Cooperative"))
ORGANISATION_NAME_WORDS = 8


#: Small words a name holds in lower case ("Institute of Science and Technology").
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "de", "du", "des", "der", "die", "und",
                           "y", "e", "et", "di", "da", "do", "van", "von", "la", "le"})


def quotes_title(bare: str, heads: Sequence[str], echoes: bool = True) -> bool:
    """True when a sentence below the article holds the whole title, word for word, inside
    more words of its own ("Zusammengefasst: <title> – mit den richtigen Maßnahmen …",
    "<title>: todo lo que tenés que saber …"): a generator pasting the title in as a
    keyword. A reporter does not write the headline into a sentence; a quoted headline
    (the title in quotation marks) and a related link (the title alone) are left out.
    With ``echoes`` False, so is the title inside a sentence that addresses no reader,
    which alone is a columnist echoing the headline in the last line (Line.echo).

    >>> heads = ["Hochvolt-Schulung: Was Werkstätten ab 2025 beachten müssen"]
    >>> quotes_title("Zusammengefasst: Hochvolt-Schulung: Was Werkstätten ab 2025 beachten "
    ...     "müssen – mit den richtigen Maßnahmen sind Sie bestens vorbereitet.", heads)
    True
    >>> quotes_title("„Hochvolt-Schulung: Was Werkstätten ab 2025 beachten müssen“, sagte "
    ...     "er am Montag vor den Meistern der Innung.", heads)
    False
    """
    if not bare.endswith(SENTENCE_ENDS) or is_copyright(bare):
        return False
    text = " ".join(bare.split()).casefold()
    words = len(text.split())
    addressed = echoes or READER_ADDRESS.search(bare) or READER_ADDRESS_CJK.search(bare)
    for head in heads:
        title = " ".join(head.split()).casefold()
        size = len(title.split())
        if size < QUOTED_TITLE_WORDS or words < size + QUOTED_TITLE_EXTRA \
                or LINK_OR_TAGS.search(title) or _is_name(head):
            continue
        at = text.find(title)
        if at < 0 or (at and not addressed):
            continue  # with ``echoes`` False, the title inside a sentence to no reader
        around = (text[at - 1 : at] if at else "") + text[at + len(title) : at + len(title) + 1]
        if not any(mark in _QUOTES for mark in around):
            return True
    return False


#: The label of a site's tag line: "Tags:", "Tag:", "Etiquetas:", "Schlagwörter:".
_TAG_LABEL = LazyPattern(r"(?:tags?|tagi|tagit|tagovi|etiquetas?|étiquettes?|schlagw\w+|"
                         r"stichw\w+|thẻ|แท็ก|標籤|标签|タグ|태그|תגיות|теги|тэги|мітки|ετικέτες|"
                         r"etichete|címkék|štítky|značky|oznake|labels?|emneord|nyckelord|"
                         r"टैग्स|टैग|ট্যাগ|குறிச்சொற்கள்|ٹیگز|برچسب‌ها|برچسب|الوسوم|وسوم|"
                         r"etiketler|etiket|tunnisteet|märksõnad|birkos|žymės|cimkék|ετικέτα)"
                         r"\s*[:：]", re.I)


#: Words of a search keyword in a row of them, at most ("Qué ver en Cádiz en 3 días").
KEYWORD_ITEM_WORDS = 7


def is_keyword_row(bare: str) -> bool:
    """True when a line is a row of search keywords: at least KEYWORD_ROW_ITEMS short
    phrases (KEYWORD_ITEM_WORDS words at most each) between commas or bars, no sentence
    among them.

    >>> is_keyword_row("Kessel bridge, bridge reopening, Kessel toll, harbour news 2025.")
    True
    >>> is_keyword_row("The bridge, the toll, and the ferry were all on the agenda today.")
    False
    >>> is_keyword_row("Tag: sepatu lari, sepatu lokal, sepatu murah, olahraga")
    False
    >>> is_keyword_row("See Kessel in 3 days | Kessel bridge | Kessel "
    ...                "toll | Kessel weekend")
    True
    """
    if _TAG_LABEL.match(bare):
        return False  # the site's tag line ("Tag: sepatu lari, sepatu lokal, …"), BOIL's
    longest = KEYWORD_ITEM_WORDS
    if (label := _KEYWORDS_LABEL.match(bare)) is not None:
        bare = bare[label.end():]  # "延伸關鍵字：台南美食推薦、台南必吃、…", SEO's own row
        longest += 3  # (a labelled row's long-tail phrases: "best way to build credit …")
    items = [item.strip() for item in re.split(r"[,，、]|\s\|\s", bare.rstrip(".。"))]
    return (len(items) >= KEYWORD_ROW_ITEMS
            and all(1 <= len(item.split()) <= longest
                    and not item.endswith(SENTENCE_ENDS)
                    and not item.lower().startswith(("and ", "or ", "y ", "e ", "et ", "und "))
                    for item in items))


#: An SEO row's label: "Keywords:", "延伸關鍵字：", "Palabras clave:".
_KEYWORDS_LABEL = LazyPattern(r"(?:(?:related|extended)\s+)?(?:keywords?|search\s+terms|searches|"
                              r"búsquedas\s+relacionadas|pesquisas\s+relacionadas|"
                              r"recherches\s+(?:associées|liées)|ricerche\s+correlate|"
                              r"verwandte\s+suchanfragen|gerelateerde\s+zoekopdrachten|"
                              r"(?:相关|相關)搜索|関連検索|"
                              r"palabras\s+clave|palavras-chave|mots[- ]clés|schlüsselwörter|"
                              r"parole\s+chiave|trefwoorden|słowa\s+kluczowe|anahtar\s+kelimeler|"
                              r"kata\s+kunci|từ\s+khóa|ключевые\s+слова|(?:延伸|相關|相关)?(?:關鍵字|"
                              r"关键词|關鍵詞|关键字)|キーワード|키워드)\s*[:：]\s*", re.I)
#: A credit naming the site (the masthead, one of the title lines): a label of a word or
#: two and a colon, then the name: "Ảnh: Góc Bếp Xanh", "Photo: Harbour News".
_SHORT_CREDIT = LazyPattern(
    r"(?:photo|photos|foto|fotos|ảnh|hình|bild|bilder|image|images|picture|source|nguồn|"
    r"fuente|fonte|quelle|bron|źródło|credit|crédito|crédit|kaynak|sumber|写真|사진|照片|图片|"
    r"圖片|фото|источник|джерело|πηγή|מקור|صورة|المصدر)\s*[:：]\s*\S+(?:\s+\S+){0,7}", re.I)


def repeats_title(bare: str, titles: Sequence[frozenset[str]]) -> bool:
    """True when ``bare`` is a headline (no final stop, no question) made of most of the
    words of one of ``titles``: a generator's SEO heading that restates the title.

    >>> title = topic_words("Harbour bridge reopens after two years of repairs")
    >>> repeats_title("Harbour Bridge Reopens After Two Years of Repairs: Full Details", [title])
    True
    >>> repeats_title("Harbour bridge reopens after two years of repairs.", [title])
    False
    """
    if bare.endswith((".", "!", "?", ";", ",", "…", "。", "？", "！")) \
            or not TITLE_SHARED_WORDS < len(bare.split()) <= REPEATED_TITLE_MAX_WORDS \
            or LINK_OR_TAGS.search(bare) or _SHORT_CREDIT.fullmatch(bare):
        return False
    words = topic_words(bare)
    seo = _SEO_TAIL.search(bare)
    for title in titles:
        shared = len(words & title)
        if shared >= TITLE_SHARED_WORDS and shared >= REPEATED_TITLE_SHARE * len(title) \
                and shared >= TITLE_SHARED_SHARE * len(words):
            return True
        if seo is not None and len(topic_words(bare[:seo.start()]) & title) >= 2:
            return True  # "Modo offline Rota Já: tudo o que você precisa saber"
    return False


#: An SEO heading's stock tail after its subject: "…: everything you need to know".
_SEO_TAIL = LazyPattern(r"[:–—-]\s*(?:" + EVERYTHING_TO_KNOW + r")\s*$", re.I)


#: A headline may ask or exclaim after its subject and a colon, comma or dash ("Ulasan
#: Periuk Nasi Pintar Kirana RC-18: Berbaloi untuk Keluarga Kecil?", "Resep Ayam Bakar
#: Madu Teflon, Tanpa Arang!"), with this many words at least.
QUESTION_TITLE_WORDS = 5
_TITLE_BREAK = LazyPattern(r"[:,] |\s[–—-]\s")


def is_title(bare: str) -> bool:
    """True when a line near the top is shaped like a headline: short, no final stop.

    >>> is_title("Harbour bridge reopens after two years"), is_title("It reopened.")
    (True, False)
    """
    words = len(bare.split())
    return words <= TITLE_MAX_WORDS and not bare.endswith((".", ":")) and (
        not bare.endswith(("?", "!")) or (words >= QUESTION_TITLE_WORDS
                                          and _TITLE_BREAK.search(bare) is not None))


_HANGUL = LazyPattern(r"[\uac00-\ud7af]")


def topic_words(text: str) -> frozenset[str]:
    """The words of ``text`` that say what it is about, in lower case, without "'s".

    >>> sorted(topic_words("Will the new Alzheimer's drug be on the NHS?"))
    ['alzheimer', 'drug', 'nhs']
    """
    words = (w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text))
    # (a Korean word of two syllables says as much: "후기", "사용")
    return frozenset(w for w in words if (len(w) >= 3 or (len(w) == 2 and _HANGUL.match(w)))
                     and w not in _FUNCTION_WORDS)


#: A Greek line's question mark is ";" (or its own code point, U+037E).
_GREEK = LazyPattern(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _greek_asks(bare: str) -> str:
    """A Greek line with its question marks (";", "\u037e") written as "?"."""
    return bare.replace(";", "?").replace("\u037e", "?") if _GREEK.search(bare) else bare


def _asks(bare: str) -> bool:
    """True when a line ends on a question mark, a Greek one included."""
    return bare.endswith((*QUESTION_MARKS, "\u037e")) or (
        bare.endswith(";") and _GREEK.search(bare) is not None)


#: Letters of a Chinese or Japanese question, in runs the title holds, to restate it.
CJK_TITLE_CHARS = 8


def restates_title(bare: str, titles: Sequence[frozenset[str]]) -> bool:
    """True when ``bare`` is a question made mostly of the words of one of ``titles``:
    a generator's "title repeated as a question".

    >>> title = topic_words("Harbour bridge reopens after two years of repairs")
    >>> restates_title("Why did the harbour bridge repairs take two years?", [title])
    True
    >>> restates_title("How does it feel to see the bridge open again?", [title])
    False
    """
    if not _asks(bare) or len(bare.split()) > 25:
        return False
    words = topic_words(bare)
    cjk = _CJK_RUN.search(bare) is not None
    for title in titles:
        shared = len(words & title)
        if shared >= TITLE_SHARED_WORDS and shared >= TITLE_SHARED_SHARE * len(words):
            return True
        if cjk and shared >= 2 and words <= title and sum(map(len, words)) >= CJK_TITLE_CHARS:
            return True  # Chinese and Japanese runs are whole phrases ("要不要停？")
        if cjk and _cjk_covered(bare, title):
            return True
    return False


#: Share of a Chinese or Japanese question's letters the title's phrases must cover.
CJK_TITLE_SHARE = 0.75


def _cjk_covered(bare: str, title: frozenset[str]) -> bool:
    """True when the title's phrases, run together, make up the question: the title
    "台東兩天一夜行程｜不開車也能玩" asked as "台東兩天一夜行程不開車也能玩嗎？".

    >>> title = topic_words("台東兩天一夜行程｜不開車也能玩")
    >>> _cjk_covered("台東兩天一夜行程不開車也能玩嗎？", title)
    True
    >>> _cjk_covered("台東哪裡好玩？", title)
    False
    >>> gold = topic_words("國際金價再創歷史新高 金飾每克破千元")
    >>> _cjk_covered("國際金價為何再創歷史新高？", gold)
    True
    """
    runs = _CJK_RUN.findall(bare)
    letters = sum(map(len, runs))
    phrases = [w for w in title if _CJK_RUN.fullmatch(w) and len(w) >= 2 and w in bare]
    covered = sum(map(len, phrases))
    if len(phrases) >= 2 and covered >= CJK_TITLE_CHARS and covered >= CJK_TITLE_SHARE * letters:
        return True
    # The title's phrase with a question word set inside it: "国际金价再创历史新高" asked as
    # "国际金价为何再创历史新高？": the letters of the title's two-letter pairs cover it.
    pairs = {w[i:i + 2] for w in title if _CJK_RUN.fullmatch(w) for i in range(len(w) - 1)}
    held = sum(1 for run in runs for k in range(len(run))
               if run[k:k + 2] in pairs or (k > 0 and run[k - 1:k + 1] in pairs))
    return held >= CJK_TITLE_CHARS and held >= CJK_TITLE_SHARE * letters


#: The topic after a wrap-up heading's words: a preposition and a few words, no sentence.
_WRAP_UP_TOPIC = LazyPattern(
    r"\s+(?:(?:on|about|sur|sobre|su|sul|sulla|sullo|sugli|sulle|über|zu|zum|zur|over|om|o|"
    r"hakkında|tentang|mengenai|về|про|о|об|na temat)\s+[^.!?:;\s]+\s+[^.!?:;]{2,60}|"
    # "of this …" and one word ("Puntos clave de esta escapada", "Key takeaways from this
    # trip"; "… from this episode of the bridge repairs" goes on with a topic)
    r"(?:de|del|of|from|von|aus|di|da|du|do|van|z)\s+(?:este|esta|estos|estas|this|these|"
    r"diesem|dieser|diesen|dieses|questo|questa|questi|cette|ce|ces|deze|dit|desta|deste|"
    r"nuestra|nuestro|our|unserer|unseres|tego|tej)\s+[^.!?:;\s]{3,30}|"
    # "of the" and one word: "Pontos-chave da rodada", "Puntos clave de la jornada"
    r"(?:da|do|de la|del|of the|der|des|du|della|dello|dell['’])\s*[^.!?:;\s]{3,30})"
    r"\s*[:：]?$", re.I)
#: "Of the day" after a wrap-up word, as a live page's summary has it: "Підсумок дня",
#: "Summary of the day", "Resumen del día".
_OF_THE_DAY = GuardedPattern(r"\s+(?:of\s+the\s+day|дня|за\s+день|del\s+día|do\s+dia|du\s+jour|"
                         r"des\s+tages|della\s+giornata|dnia|dne|van\s+de\s+dag|günün|"
                         r"hari\s+ini|trong\s+ngày)$", re.I)
#: A wrap-up heading's words after the topic and a dash: "… – Zusammenfassung".
_WRAP_UP_TAIL = LazyPattern(r"\s[–—-]\s+([^–—-]{3,40})$")


#: A heading and its translation in brackets after it.
_GLOSSED = LazyPattern(r"([^()]{2,48}?)\s*\(([^()]{2,48})\)")


@functools.lru_cache(maxsize=1024)  # asked again for each line nearby
def is_wrap_up_heading(bare: str) -> bool:
    """True when a line (without markup) is only a heading such as "In Conclusion".

    >>> is_wrap_up_heading("Key Takeaways:"), is_wrap_up_heading("In conclusion, it worked.")
    (True, False)
    >>> is_wrap_up_heading("【まとめ】")
    True
    """
    if len(bare) > 2 and bare[0] in _HEADING_BRACKETS and bare[-1] in _HEADING_BRACKETS:
        return is_wrap_up_heading(bare[1:-1].strip())  # a Japanese heading's "【まとめ】"
    # The length test first: it rejects almost every line without splitting it.
    if len(bare) <= _WRAP_UP_MAX_CHARS and len(bare.split()) <= WRAP_UP_HEADING_WORDS \
            and WRAP_UP_HEADING.match(bare) is not None:
        return True
    # The heading with its English in brackets: "मुख्य बातें (Key Takeaways)".
    if bare.endswith(")") and (glossed := _GLOSSED.fullmatch(bare)) is not None:
        return all(len(part) <= _WRAP_UP_MAX_CHARS and WRAP_UP_HEADING.match(part) is not None
                   for part in glossed.groups())
    # An FAQ heading with its topic ("Perguntas frequentes sobre o preço do café").
    if (len(bare) <= _FAQ_TOPIC_MAX_CHARS and len(bare.split()) <= FAQ_HEADING_MAX_WORDS
            and FAQ_HEADING.match(bare) is not None):
        return True
    # A wrap-up heading with its topic after a preposition ("Considerazioni finali sulla
    # pasta e ceci", "Final thoughts on the new bridge"), or after a dash ("Wie verbinde ich
    # eine Soundbar? – Zusammenfassung").
    if len(bare) > _FAQ_TOPIC_MAX_CHARS or len(bare.split()) > FAQ_HEADING_MAX_WORDS \
            or bare.endswith((".", "!")):
        return False
    topic = _WRAP_UP_TOPIC.search(bare) or _OF_THE_DAY.search(bare)
    if topic is not None and WRAP_UP_HEADING.match(bare[:topic.start()]) is not None:
        return True
    tail = _WRAP_UP_TAIL.search(bare)
    return (tail is not None and WRAP_UP_HEADING.match(tail.group(1)) is not None) or (
        bare.endswith(("?", "？")) and VERDICT_QUESTION.match(bare) is not None) or (
        _CJK_SUMMARY_TAIL.search(bare) is not None)


#: The lenticular and square brackets a Japanese or Chinese heading stands in: "【まとめ】".
_HEADING_BRACKETS = "【】［］[]〖〗"


#: Chinese, Japanese and Korean put the topic first: "穀雨食堂總整理" (the Guyu diner,
#: summed up), "台南美食懶人包", "新制度まとめ", "청약 제도 총정리". No stop or comma.
_CJK_SUMMARY_TAIL = LazyPattern(
    r"^[^\s，。、！？,.!?：:]{2,16}(?:總整理|总整理|重點整理|重点整理|懶人包|懒人包|總結|总结|"
    r"小結|小结|総まとめ|まとめ表|まとめ|총정리|핵심 정리|요약 정리)$")


def is_titled_wrap_up(bare: str) -> bool:
    """True when a line is a wrap-up heading with its topic after a colon or a dash.

    >>> is_titled_wrap_up("Fazit: Was bedeutet der neue Fahrplan für Sie?")
    True
    >>> is_titled_wrap_up("In conclusion: it worked."), is_titled_wrap_up("Fazit")
    (False, False)
    """
    if len(bare.split()) > WRAP_UP_TITLED_MAX_WORDS:
        return False
    return any(_TITLED_TOPIC.fullmatch(bare, m.start())
               and WRAP_UP_HEADING.match(bare[:m.start()].rstrip())
               for m in _LABEL_MARKS.finditer(bare))


def line_signals(line: Line, profile: Profile) -> list[Signal]:
    """The signals one line carries (scaffolding is judged over the block, not here)."""
    n, bare, signals = line.segment.line, line.bare, []
    if line.markup and profile.markup:
        what = "heading" if HEADING.match(line.segment.text.strip()) else "bold"
        signals.append(Signal("markup", n, profile.markup, what))
    prompt = _reader_prompt(line, profile)
    if prompt:
        signals.append(Signal("reader-prompt", n, *prompt))
    if is_wrap_up_heading(bare):
        signals.append(Signal("wrap-up", n, profile.wrap_up_heading, bare.rstrip(":")))
    elif WRAP_UP_SENTENCE.match(bare):
        signals.append(Signal("wrap-up", n, WRAP_UP_SENTENCE_WEIGHT, bare.split(",")[0]))
    elif is_tips_heading(bare):
        # ("Useful tips", "نصائح مهمة قبل شراء الذهب": the generator's tips, which close
        # the block with the rest of its template)
        signals.append(Signal("wrap-up", n, WRAP_UP_SENTENCE_WEIGHT, bare.rstrip(":")))
    elif _LABEL_MARKS.search(bare) and (m := INLINE_WRAP_UP.match(bare)):
        signals.append(Signal("wrap-up", n, WRAP_UP_SENTENCE_WEIGHT, m.group(1)))
    elif is_titled_wrap_up(bare):
        signals.append(Signal("wrap-up", n, profile.wrap_up_heading,
                              re.split(r"\s*[:：–—]", bare, maxsplit=1)[0]))
    elif (line.markup and profile.wrap_up_heading and len(bare) <= _WRAP_UP_MAX_CHARS
          and _is_emphasised(line.segment.text) and SECTION_HEADING.match(bare)):
        signals.append(Signal("wrap-up", n, profile.wrap_up_heading, bare.rstrip(":?")))
    if "?" in bare and SOURCE_QUESTION.search(bare):
        signals.append(Signal("source-question", n, SOURCE_QUESTION_WEIGHT,
                              SOURCE_QUESTION.search(bare).group(0)))  # type: ignore[union-attr]
    elif line.seo:
        signals.append(Signal("seo-copy", n, SEO_WEIGHT, seo_what(line)))
    elif line.restates_title:
        signals.append(Signal("source-question", n, SOURCE_QUESTION_WEIGHT,
                              "the title repeated as a question"))
    elif line.repeats_title:
        signals.append(Signal("seo-copy", n, REPEATED_TITLE_WEIGHT,
                              "the title repeated as an SEO heading"))
    elif line.question and profile.bold_question:
        signals.append(Signal("source-question", n, profile.bold_question, "emphasised question"))
    return signals


#: The comment widget's own words around its invitation: logging in, moderation.
_COMMENT_WIDGET = GuardedPattern(
    r"\b(?:log ?in|sign ?in|logged in|signed in|moderated|anmelden|einloggen|angemeldet|"
    r"moderiert|connectez-vous|connecté|modérés?|inicia sesión|moderados?|accedi|moderati|"
    r"faça login|zaloguj|moderowane|inloggen|gemodereerd|logga in|kirjaudu|"
    # the widget's house rules: "Please keep comments respectful and on topic."
    r"respectful|on topic|respetuos[oa]s?|respeitos[oa]s?|respectueu(?:x|se)s?|"
    r"respektvoll|rispettos[oi])\b", re.I)


#: Characters of a readers' question heading standing alone ("Soalan untuk Pembaca"), at most.
READER_HEADING_CHARS = 48


def _reader_prompt(line: Line, profile: Profile) -> tuple[float, str] | None:
    bare = line.bare
    if DISCUSSION_HEADING.match(bare):
        return DISCUSSION_LABEL_WEIGHT, "discussion questions"
    if reader_heading(bare):
        # "Soalan untuk Pembaca" as a heading of its own over the question
        heading = READER_LABEL.match(bare)
        return DISCUSSION_LABEL_WEIGHT, (next(g for g in heading.groups() if g)
                                         if heading is not None else bare.rstrip(" :：?？*"))
    if (len(bare.split()) <= FORM_TITLE_WORDS and len(bare) <= FORM_TITLE_CHARS
            and not bare.endswith(SENTENCE_ENDS) and "?" not in bare):
        return None  # a comment form's title ("Deixe seu comentário"), the page's chrome
    label = READER_LABEL.match(bare) or (READER_LABEL_COLON.match(bare)
                                         if ":" in bare or "：" in bare else None)
    if label:
        return READER_LABEL_WEIGHT, next(g for g in label.groups() if g)
    if DISCUSSION_LABEL.match(bare):
        return DISCUSSION_LABEL_WEIGHT, "discussion questions"
    # Plain substring tests first: case-insensitive regex searches over every line are
    # the slowest part of this rule, and almost no line contains any of these words.
    lowered = bare.lower()
    sentence = READER_SENTENCE.search(bare) if _has_reader_hint(lowered) else None
    asks = ("?" in bare or "\u037e" in bare or "？" in bare or "؟" in bare
            or (";" in bare and _GREEK.search(bare) is not None))
    think = (WHAT_DO_YOU_THINK.search(bare) or KNOW_SOMEONE.search(bare)
             or LIKED_IT.search(bare) or _EMOJI_QUESTION.search(bare)) if asks else None
    # Asking for the reader's opinion and inviting a comment are two moves; together
    # they weigh more than either.
    found = [(w, m.group(0)) for w, m in ((READER_SENTENCE_WEIGHT, sentence),
                                          (WHAT_DO_YOU_THINK_WEIGHT, think)) if m]
    if found and _COMMENT_WIDGET.search(bare):
        return None  # "Log in to join the conversation. Comments are moderated …"
    if not found:
        if profile.markup and bare.endswith(QUESTION_MARKS + ("。", ".", "!", "！")) \
                and any(mark in bare for mark in QUESTION_MARKS) and is_reader_question(bare):
            return WHAT_DO_YOU_THINK_WEIGHT, READER_QUESTION
        return None
    # In plain text a line that is nothing but the prompt is the generator's sign-off; a
    # Markdown blog post may well end that way in its author's voice.
    if sentence and profile.markup and is_prompt_line(bare):
        return PROMPT_LINE_WEIGHT, "a line that only prompts readers to comment"
    return sum(w for w, _ in found), " + ".join(what for _, what in found)


def reader_heading(bare: str) -> bool:
    """True when a line is only a readers' question label, a heading of its own over the
    questions ("Soalan untuk Pembaca", "Întrebări pentru cititori:")."""
    if len(bare) > READER_HEADING_CHARS:
        return False
    heading = READER_LABEL.match(bare)
    # (a label that elsewhere needs its colon stands alone as a heading too: "Fråga till
    # läsarna", "Въпрос към читателите")
    return (heading is not None and heading.end() >= len(bare.rstrip(" :：*"))) \
        or _READER_LABEL_ALONE.fullmatch(bare) is not None


def is_prompt_line(bare: str) -> bool:
    """True when every sentence of a line is a question or an invitation to comment, with
    one question to the reader ("you") and one invitation to the comments at least.

    >>> is_prompt_line("Would you pay the toll? Tell us in the comments below!")
    True
    >>> is_prompt_line("In conclusion, it was worth it. What do you think? Share your views.")
    False
    """
    asks = invites = False
    for sentence in _SENTENCES.split(bare.strip()):
        if sentence.endswith(QUESTION_MARKS):
            asks = asks or READER_ADDRESS.search(sentence) is not None
        elif READER_SENTENCE.search(sentence):
            invites = invites or COMMENT_INVITATION.search(sentence) is not None
        else:
            return False
    return asks and invites


#: Every READER_SENTENCE match contains one of these (keep them in step).
_READER_HINTS = ("let us know", "let me know", "share your", "leave", "tell us", "join the",
                 # the verbs of "share … with your friends" (SHARE_WITH_FRIENDS)
                 "share", "compárte", "compart", "teile", "udostępnij", "شارك", "शेयर", "साझा",
                 "শেয়ার", "kongsi", "podijel", "podel", "paylaş",
                 "לשתף", "שתפו",
                 "chia sẻ",
                 "share this", "partagez cet", "teilen sie diesen", "condividi questo",
                 "bagikan artikel", "paylaşın", "deel dit",
                 "love to hear", "comment", "sound off", "weigh in", "coment", "komment",
                 "komentar", "dites", "laissez", "partagez", "deixe", "conte ", "compartilhe",
                 "déjanos", "cuéntanos", "comparte", "fateci", "facci", "lasciate",
                 "condividete", "schreib", "teilen sie", "reacties", "laat ", "tulis",
                 "bagikan", "oszd", "írd meg", "kommentben", "komentarz", "podziel", "komentář",
                 "komentár", "napište", "comentarii", "spune", "коммент", "коментар",
                 "поделит", "поділіт", "σχόλια", "podijelite", "kommentarfelt", "kommentarer",
                 "dela din", "dela er", "del din", "del jeres", "kommenteissa", "kerro",
                 "yorum", "düşünceleriniz", "ý kiến", "bình luận", "评论区", "評論區",
                 "留言", "コメント", "댓글", "tuambie", "sehemu ya maoni", "als comentaris",
                 "explica'ns", "explica’ns", "komentaruose", "sa comments", "sa comment section",
                 "कमेंट",
                 "अपनी राय", "แสดงความคิดเห็น", "في التعليقات", "شاركونا", "בתגובות",
                 # The invitations of the blind probe's 49 languages
                 "drop", "hear from you", "diskutier", "hinterlass", "teile ", "teilt ",
                 "verrat", "lassen sie", "racontez", "n'hésitez", "n’hésitez", "réagissez",
                 "donnez", "écrivez-nous", "deja ", "dinos", "únete", "escríbenos",
                 "participe", "diga-nos", "conte-nos", "partilhe", "deixa", "cóntanos",
                 "digues-nos", "comparteix", "lascia", "partecipate", "racconta", "dicci",
                 "diteci", "scrivic", "scriveteci", "condividi", "reactie", "doe mee", "deel ",
                 "reageer", "laat weet", "los 'n", "los ’n", "neem deel", "delta i",
                 "lämna en", "dela gärna", "dela dina", "dela era", "berätta", "bli med i",
                 "legg igjen", "legg gjerne",
                 "del gjerne", "del dine", "del deres", "si din mening",
                 "fortell oss", "deltag i", "skriv en", "skriv det", "del gerne",
                 "lad os høre", "fortæl os", "deildu", "segðu okkur", "skildu eftir",
                 "taktu þátt", "jaa ", "osallistu", "jätä", "jaga ", "anna ", "jäta", "osale",
                 "dalies", "dalieties", "komentār", "atstāj", "piedalies", "piedalieties",
                 "pastāst", "palikite", "prisijunkite", "pasidal", "papasakokite",
                 "parašykite", "zostaw", "dołącz", "znać", "zanechte", "zapojte", "podělte",
                 "dejte nám", "zanechajte", "podeľte", "napíšte", "dajte nám", "zapišite",
                 "pustite", "pridružite", "delite", "povejte nam", "ostavite", "uključite",
                 "pišite nam", "napišite", "recite nam", "javite nam", "podelite", "оставите",
                 "укључите", "пишите нам", "поделите", "szóljon", "szólj", "írja meg",
                 "ossza meg", "hozzászól", "hagyj", "lasă", "lăsați", "alătur", "împărtăș",
                 "споделете", "оставете", "включете", "разкажете", "присоединяйтесь",
                 "оставляйте", "оставьте", "расскажите", "долучайтеся", "залишайте",
                 "залиште", "αφήστε", "πάρτε μέρος", "πείτε μας", "γράψτε μας", "μοιραστείτε",
                 "tartışmaya", "görüşlerinizi", "deneyimlerinizi", "iruzkin", "parte hartu",
                 "iezaguzu", "partekatu", "اترك", "השאירו", "הצטרפו", "ספרו לנו",
                 "שתפו אותנו", "بخش نظرات", "با ما در میان", "در بحث شرکت", "برای ما بنویسید",
                 "کمنٹ", "تبصر", "بحث میں حصہ", "اپنی رائے", "टिप्पणी", "चर्चा में शामिल",
                 "अपने विचार", "हमें बता", "মন্তব্য", "কমেন্ট", "আলোচনায় অংশ", "கருத்துப்",
                 "கமெண்ட்", "கருத்தைப்", "விவாதத்தில்", "คอมเมนต์", "แชร์ประสบการณ์",
                 "thảo luận", "để lại", "tinggalkan", "berdiskusi", "ceritakan",
                 "ruangan komen", "kongsi", "sertai", "beritahu", "mag-iwan", "makisali",
                 "ibahagi", "komento", "shiriki", "maoni yako", "kuacha maoni", "欢迎", "歡迎",
                 "下方", "下面", "底下", "说说", "說說", "分享你", "分享您", "ご意見", "ご感想",
                 "கமெண்டில்", "sharhi", "ra'ayoyinku", "ra’ayoyinku", "ra'ayinku",
                 # "share with your friends" with the verb last or the friends first
                 "நண்பர்களு", "స్నేహితులతో", "मित्रांसोबत", "دوستوں", "با دوستان", "แชร์",
                 "친구", "友達に", "友人に", "分享给", "分享給", "转发给", "轉發給",
                 "kaibigan", "venner", "vänner", "ystävi", "prijatelj", "přátel", "priateľ",
                 "barát", "kolleger",
                 # Albanian, Macedonian, Azerbaijani, Kazakh and Uzbek (READER_INVITATIONS)
                 "në koment", "ndani mendim", "во коментарите", "şərhlərdə", "пікірлерде",
                 "izohlarda")


@functools.cache
def _reader_hints() -> Any:
    """One Aho-Corasick automaton over the hints (pyahocorasick, in C): a line is scanned
    once whatever the number of hints, where a regex alternation of seventy words tried
    each at every position and was the slowest test of this rule."""
    import ahocorasick  # deferred, as for the rule packs

    automaton = ahocorasick.Automaton()
    for hint in _READER_HINTS:
        automaton.add_word(hint, hint)
    automaton.make_automaton()
    return automaton


def _has_reader_hint(lowered: str) -> bool:
    return next(_reader_hints().iter(lowered), None) is not None


def scaffold(lines: Sequence[Line], profile: Profile) -> list[Signal]:
    """Interview scaffolding: bold asker and answerer labels alternating at least twice."""
    labelled = [ln for ln in lines if ln.label is not None]
    turns = 0
    previous_asked = False
    for ln in labelled:
        asks = bool(ASKER.match(ln.label or ""))
        turns += previous_asked and not asks
        previous_asked = asks
    if turns < 2:
        return []
    return [Signal("qa-scaffold", ln.segment.line, profile.scaffold / len(labelled),
                   f"{ln.label}:") for ln in labelled]


def wrap_up_list(lines: Sequence[Line], profile: Profile) -> list[Signal]:
    """A "Key Takeaways" list: list items right under a wrap-up heading."""
    for i, line in enumerate(lines):
        if not is_wrap_up_heading(line.bare):
            continue
        items = 0
        for item in lines[i + 1 :]:
            if not LIST_ITEM.match(item.segment.text):
                break
            items += 1
        if items >= WRAP_UP_LIST_ITEMS:
            return [Signal("wrap-up", line.segment.line, WRAP_UP_LIST_WEIGHT,
                           f"{items} items under {line.bare.rstrip(':')!r}")]
    return []


def faq_pairs(lines: Sequence[Line], profile: Profile) -> list[Signal]:
    """An FAQ: questions, each followed by its answer, right under an FAQ heading."""
    for i, line in enumerate(lines):
        if not FAQ_HEADING.match(line.bare):
            continue
        pairs = faq_pair_count(lines, i + 1)[0]
        if pairs >= WRAP_UP_LIST_ITEMS:
            return [Signal("wrap-up", line.segment.line, WRAP_UP_LIST_WEIGHT,
                           f"{pairs} questions under {line.bare.rstrip(':')!r}")]
    return []


#: A question and its answer on one line: "Libre ba ang app? Oo, libre ito at walang
#: bayad." (the answer a sentence of its own, with no question in it).
_INLINE_PAIR = LazyPattern(r"[^?？;；]{8,160}[?？]\s+[^\s?？][^?？]{8,}[.!。！]")


def inline_faq_run(lines: Sequence[Line], start: int) -> list[Line]:
    """The lines from ``start`` that each hold a question and its answer, when the answers
    restate their questions as a generator's do ("Libre ba ang Tipid Palengke? Oo, libre
    ang Tipid Palengke …"): more than SERVICE_FAQ_ECHO words shared on average. A job
    ad's or a help desk's own answers tell what to do ("How do I apply? Send your CV …")."""
    run: list[Line] = []
    echo = 0
    for line in lines[start:]:
        if _INLINE_PAIR.fullmatch(line.bare) is None:
            break
        question, _, answer = line.bare.replace("？", "?").partition("?")
        echo += len(_stems(question) & _stems(answer))
        run.append(line)
    return run if run and echo / len(run) > SERVICE_FAQ_ECHO else []


def question_run(lines: Sequence[Line], start: int) -> list[Line]:
    """The questions from ``start`` with no answers between them, QUESTION_RUN at least
    (a "People also ask" box: "Berapa biaya …?", "Di mana …?", "Kapan …?"), else none."""
    run: list[Line] = []
    for line in lines[start:]:
        if not line.bare.endswith(QUESTION_MARKS) or len(line.bare.split()) > FAQ_QUESTION_WORDS:
            break
        run.append(line)
    return run if len(run) >= QUESTION_RUN else []


def faq_pair_count(lines: Sequence[Line], start: int) -> tuple[int, int]:
    """The questions answered from ``start`` and the lines they take: a question and its
    answer line by line (:func:`faq_run`, whole pairs), or on one line each."""
    run, inline = faq_run(lines, start), inline_faq_run(lines, start)
    if len(inline) > len(run) // 2:
        return len(inline), len(inline)
    return len(run) // 2, len(run)


def faq_run(lines: Sequence[Line], start: int) -> list[Line]:
    """The question-and-answer lines from ``start``: a question, its answer, and again."""
    run: list[Line] = []
    for line in lines[start:]:
        asking = len(run) % 2 == 0
        if asking != is_faq_question(line.bare) or (not asking and _is_button(line.bare)):
            break
        run.append(line)
    return run


def labelled_qa_above(lines: Sequence[Line], end: int) -> int | None:
    """The index of the first line of the labelled questions and answers right above line
    ``end`` ("Pregunta: …" / "Respuesta: …", FAQ_TEMPLATE_PAIRS pairs at least, each
    question and answer opening on its label), perhaps with a title right above them
    ("Entrevista exclusiva: …"), or None.

    >>> doc = Document.from_text("Text.\\nQ: Why?\\nA: Because.\\nQ: When?\\nA: Now.\\nEnd.\\n")
    >>> labelled_qa_above(read_lines(doc), 5)
    1
    """
    i = end - 1
    pairs = 0
    while i >= 1 and A_LABEL.match(lines[i].bare) and Q_LABEL.match(lines[i - 1].bare):
        pairs += 1
        i -= 2
    if pairs < FAQ_TEMPLATE_PAIRS:
        return None
    top = i + 1
    if i >= 0 and is_title(lines[i].bare) and not lines[i].markup \
            and len(lines[i].bare.split()) <= INTRO_TITLE_MAX_WORDS:
        top = i  # the interview's own title
    return top


def _is_button(bare: str) -> bool:
    """True when a line is a few words with no sentence's end: a button or a link of the
    page ("Compartir en Facebook") under a question, not its answer."""
    return (len(bare.split()) <= BUTTON_WORDS and not bare.endswith(SENTENCE_ENDS)
            and not (_UNSPACED_SCRIPT.search(bare) and len(bare) >= RUNNING_TEXT_CHARS))


#: A letter of Thai, Lao or Khmer, written with spaces between phrases, not words: a long
#: line of them with two spaces is a sentence, not a button.
_UNSPACED_SCRIPT = LazyPattern(r"[\u0e00-\u0eff\u1780-\u17ff]")


def is_faq_question(bare: str) -> bool:
    """True when an FAQ line asks: it ends in a question mark (of any script) or opens
    with a "Q." label, and no "A." label.

    >>> is_faq_question("Q. いつ開業しますか？"), is_faq_question("A. Not yet. Why?")
    (True, False)
    """
    if A_LABEL.match(bare):
        return False
    return Q_LABEL.match(bare) is not None or bare.endswith(QUESTION_MARKS)


def faq_close(lines: Sequence[Line], after: int) -> bool:
    """True when the line at ``after`` closes an FAQ: a sentence that is no question and
    opens with a closing phrase ("Overall, ...", "Fazit: ..."), or the page's last
    sentence, with a stock phrase ("今後、…注目が集まります。", "Only time will tell.")."""
    if after >= len(lines) or lines[after].bare.endswith(QUESTION_MARKS):
        return False
    if is_exhortation(lines[after].bare):
        return True  # a sign-off urging the reader: "… ज़रूर शेयर करें!", "Stay tuned …"
    last = not any(is_running_text(ln) for ln in lines[after + 1:])
    return CLOSING_SENTENCE.match(lines[after].bare) is not None or (
        STOCK_PHRASE.search(lines[after].bare) is not None and is_running_text(lines[after])
        and last) or (
        # a wrap-up's opening as the page's last words ("いかがでしたか？…ぜひ…！")
        _opens_wrap_up(lines[after].bare) and last)


def closing_question(lines: Sequence[Line], profile: Profile) -> list[Signal]:
    """A question to the reader, in bold or as a heading, as the block's last line."""
    last = lines[-1] if lines else None
    if last is None or not (last.question and profile.bold_question):
        return []
    if not TO_READER.search(last.bare):
        return []
    return [Signal("reader-prompt", last.segment.line, CLOSING_QUESTION_WEIGHT,
                   "closing question to the reader")]


# -- the trailing block --------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A run of lines that looks appended, with its evidence."""

    lines: tuple[Line, ...]
    signals: tuple[Signal, ...]
    score: float
    totals: tuple[tuple[str, float], ...]  # each kind's capped weight
    strongest: float
    announced: bool
    plain: bool = False  # judged as plain text, where markup is foreign
    #: The firing block this one extends over the paragraphs under its closing heading.
    extends: Block | None = None
    #: A stock section closing the text (stock_list_end): fires on its shape alone.
    template: bool = False
    #: A template found by its shape under the page's own closing section, which the
    #: block leaves above it (_candidate).
    below_section: bool = False

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, _ in self.totals)

    @property
    def first(self) -> Segment:
        return self.lines[0].segment

    @property
    def last(self) -> Segment:
        return self.lines[-1].segment


#: A row of a Markdown table: cells between pipes ("| Venue | Town hall |", "|---|---|").
_TABLE_ROW = LazyPattern(r"\|(?:[^|\n]*\|){2,}")
#: A table's row with no outer bars ("Lugar | Precio aproximado | Ideal para"), read as
#: one only under a summary table's heading (a menu row looks the same).
_BARE_ROW = LazyPattern(r"[^|\n]+(?:\s\|\s[^|\n]+)+")
#: The heading of a summary table ("Tabla resumen", "この記事のまとめ表").
_TABLE_HEADING = LazyPattern(
    r"(?:.{0,20}\s)?(?:" + "|".join(TABLE_HEADINGS) + r")\s*[:：]?"
    r"|.{0,12}(?:" + "|".join(TABLE_HEADINGS_CJK) + ")", re.I)


def coverage(lines: Sequence[Line], signals: Mapping[int, list[Signal]]) -> list[bool]:
    """Which lines belong to generated-looking material.

    A line counts when it carries a signal or a bold speaker label, or continues one: the
    answer after a bold question or a bare label, a list item after a counted line.
    """
    covered: list[bool] = []
    faq_until = -1  # index of the last line of an FAQ's questions and answers
    bare = appended_template(lines)
    asking = False  # under a discussion heading and its questions so far
    tabling = False  # under a summary table's heading and its rows so far
    keyword = ""  # the keyword a covered paragraph was stuffed with
    for i, line in enumerate(lines):
        if bare is not None and i == bare[0]:
            faq_until = bare[1]  # an FAQ without a heading, or an interview, closing it
        before = lines[i - 1] if i else None
        covered.append(
            bool(signals.get(line.segment.line)) or line.label is not None or i <= faq_until
            or (before is not None and (before.restates_title
                                        or (before.question and not _prompts(signals, before))
                                        or (before.label is not None
                                            and len(before.bare) < 40)))
            or (bool(covered) and covered[-1] and bool(LIST_ITEM.match(line.segment.text)))
            # a Markdown table's rows under covered lines ("| หัวข้อ | รายละเอียด |")
            or (bool(covered) and covered[-1] and _TABLE_ROW.fullmatch(line.bare) is not None)
            # or its rows without outer bars under a summary table's heading, and the
            # sentence closing the table ("Sin duda, la Narvarte es …")
            or (tabling and (_BARE_ROW.fullmatch(line.bare) is not None
                             or closes_list(line.bare)))
            or (before is not None and _under_section_heading(before, signals))
            or (before is not None and (before.seo or (bool(keyword) and covered[-1]))
                and is_keyword_row(line.bare))
            # the stuffed keyword again under its paragraph: one more paragraph repeating
            # it, or the keyword row ("Qué hacer en Cartagena | Planes en Cartagena | …")
            or (bool(keyword) and bool(covered) and covered[-1]
                and _lower_words(line.bare).count(keyword) >= SEO_PHRASE_REPEATS
                and (is_keyword_row(line.bare) or line.bare.endswith(SENTENCE_ENDS)))
            or (before is not None and before.repeats_title and line.seo_preamble)
            # SEO copy's pointer to the site's other articles on its keywords ("Lees ook
            # onze andere artikelen over bankkosten, goedkoopste bank en …")
            or (before is not None and before.seo and covered[-1]
                and _READ_OUR.search(line.bare) is not None)
            or (bool(covered) and covered[-1] and lead_in(lines, i))
            or (before is not None and covered[-1] and _opens_wrap_up(before.bare)
                and STOCK_PHRASE.search(line.bare) is not None)
            or (bool(covered) and covered[-1] and before is not None
                and bool(LIST_ITEM.match(before.segment.text)) and closes_list(line.bare))
            # an exhortation right under covered lines closes them ("Semoga artikel ini
            # bermanfaat dan jangan lupa bagikan …", "…、ぜひ早起きして…くださいね！")
            # (not the site's own "Ti è piaciuta questa ricetta? Lascia un commento!")
            or (bool(covered) and covered[-1] and (STAY_TUNED.match(line.bare) is not None or (
                is_exhortation(line.bare) and not any(m in line.bare for m in QUESTION_MARKS))))
            # a list of pros or of cons under covered lines ("Fordele:", "✔ …")
            or (bool(covered) and covered[-1] and PROS_CONS_LABEL.fullmatch(line.bare)
                is not None)
            # the questions under a discussion heading ("【互动话题】" / "你更喜欢…？")
            or (asking and line.bare.endswith(QUESTION_MARKS))
            # and the last word to the readers under them ("여러분의 소중한 의견이 …")
            or (asking and _signs_off(line)))
        tabling = covered[-1] and (_TABLE_HEADING.fullmatch(line.bare) is not None
                                   or (tabling and _BARE_ROW.fullmatch(line.bare) is not None))
        if not covered[-1]:
            keyword = ""
        elif line.stuffed:  # the word the paragraph repeats most ("cartagena")
            counts = Counter(w for w in _lower_words(line.bare)
                             if len(w) >= 4 and w not in _FUNCTION_WORDS)
            keyword = counts.most_common(1)[0][0] if counts else ""
        asking = covered[-1] and (DISCUSSION_HEADING.match(line.bare) is not None
                                  or opinion_head(line.bare) or reader_heading(line.bare)
                                  or (asking and line.bare.endswith(QUESTION_MARKS))
                                  # (a lead-in asking a question of its own, right under
                                  # the heading)
                                  or (asking and before is not None
                                      and (DISCUSSION_HEADING.match(before.bare) is not None
                                           or reader_heading(before.bare))
                                      and any(m in line.bare for m in QUESTION_MARKS)))
        if covered[-1] and FAQ_HEADING.match(line.bare):
            run = faq_run(lines, i + 1)
            inline = inline_faq_run(lines, i + 1)
            if not inline and i >= 2 and any(covered[k] and is_wrap_up_heading(lines[k].bare)
                                             for k in (i - 2, i - 1)):
                # under a generated section ("Kesimpulan" and its paragraph) the FAQ is
                # the generator's too, whatever its answers say
                inline = list(takewhile(lambda ln: _INLINE_PAIR.fullmatch(_greek_asks(ln.bare))
                                        is not None, lines[i + 1:]))
            faq_until = i + max(len(run), len(inline), len(question_run(lines, i + 1)))
            if faq_close(lines, faq_until + 1):
                faq_until += 1
            elif faq_conclusion(lines[: faq_until + 3], faq_until + 1):
                faq_until = min(faq_until + 2, len(lines) - 1)  # its heading and paragraph
        elif covered[-1] and i > faq_until and takeaways_closed(lines, i):
            faq_until = len(lines) - 1  # its sentences and the closing "Overall, …"
        elif covered[-1] and i > faq_until and (close := takeaways_close_at(lines, i)):
            faq_until = close  # the same, with the page's chrome under it
        elif covered[-1] and line.restates_title and i > faq_until:
            run = faq_run(lines, i)  # the title asked again, then more plain questions
            if len(run) >= 2 * FAQ_TEMPLATE_PAIRS:
                faq_until = i + len(run) - 1
                faq_until += faq_close(lines, faq_until + 1)
    _bridge_summaries(lines, signals, covered)
    return covered


#: Lines of a sign-off under a prompt to the readers, at most, and their words at most.
PROMPT_TAIL_LINES, PROMPT_TAIL_WORDS = 2, 40


def _signs_off(line: Line) -> bool:
    """True when a line could close a prompt to the readers as its sign-off: one plain
    sentence of PROMPT_TAIL_WORDS words at most that speaks to the reader, no question, no
    speaker label.

    >>> doc = Document.from_text("Thanks for reading, and see you on the next trip!\\n"
    ...                          "Dorin: Parking is a problem every year.\\n")
    >>> [_signs_off(ln) for ln in read_lines(doc)]
    [True, False]
    """
    bare = line.bare
    return (not line.markup and line.label is None and bare.endswith((".", "!", "！", "。"))
            and len(bare.split()) <= PROMPT_TAIL_WORDS
            and (READER_ADDRESS.search(bare) is not None or is_exhortation(bare)
                 or READER_ADDRESS_CJK.search(bare) is not None)
            and SUBSCRIPTION_PITCH.search(bare) is None and not _SHARE_BOX.fullmatch(bare)
            and _COOKIE_NOTICE.search(bare) is None)


#: A cookie banner's word: it speaks to the reader too ("Αυτός ο ιστότοπος χρησιμοποιεί
#: cookies για να σας …"), as the site's chrome.
_COOKIE_NOTICE = LazyPattern(r"cookie|çerez|kolačić|piškot|küpsis|eväst|sütik|ciasteczk|"
                             r"куки|файл\w* cookie|קובצי עוגיות|ملفات تعريف الارتباط|쿠키|クッキー|"
                             r"infokapsl|informačn\w* soubor|fişier\w* cookie", re.I)


#: The site's own pitch for a newsletter or a subscription, which speaks to the reader
#: too: "Get the morning briefing in your inbox.", "You have read 3 of your 5 free
#: articles", "Abonnez-vous", "Suscríbete", "Iscriviti alla newsletter".
SUBSCRIPTION_PITCH = GuardedPattern(
    r"newsletter|nieuwsbrief|nyhetsbrev|uutiskirje|hírlevél|bülten|рассылк|розсилк|inbox|"
    r"correo|courriel|caixa de entrada|posteingang|postfach|casella di posta|"
    r"e-?mail|subscri|abonn|suscr[ií]b|assin[ae]|iscriviti|zapisz się|předplat|predplat|"
    r"prenumer|tilaa|free articles|unlimited access|sign up|log ?in|register",
    re.I)


#: "Read our other articles about …", in a dozen languages: the last line of SEO copy.
_READ_OUR = LazyPattern(
    r"^(?:read (?:also )?our (?:other )?(?:articles|guides|posts)|lees ook onze|"
    r"lesen sie auch unsere|lisez aussi nos|lee (?:también )?nuestr[oa]s (?:otr[oa]s )?|"
    r"leia também (?:os )?nossos|leggi anche (?:i )?nostri|przeczytaj (?:też |także )?nasz[eą]?\b|"
    r"läs (?:också )?våra|læs (?:også )?vores|les (?:også )?våre)", re.I)


#: Lines a summary heading may stand above the reader prompt that closes its template.
SUMMARY_BRIDGE_LINES = 7


def _bridge_summaries(lines: Sequence[Line], signals: Mapping[int, list[Signal]],
                      covered: list[bool]) -> None:
    """Cover the lines from a plain summary heading ("한눈에 보는 요약", "En resumen") down
    to a line inviting comments at most SUMMARY_BRIDGE_LINES under it, with only the
    page's chrome below: the summary, its list and its closing prompt are one template,
    however little of it carries a signal of its own."""
    for i, line in enumerate(lines):
        if not (covered[i] and not line.markup and is_wrap_up_heading(line.bare)
                and not FAQ_HEADING.match(line.bare)):
            continue
        for j in range(i + 2, min(len(lines), i + SUMMARY_BRIDGE_LINES + 1)):
            if is_wrap_up_heading(lines[j].bare) or lines[j].markup \
                    or LINK_OR_TAGS.search(lines[j].bare) or _TAG_LABEL.match(lines[j].bare) \
                    or not (LIST_ITEM.match(lines[j].segment.text)
                            or ends_sentence(_TRAILING_SYMBOLS.sub("", lines[j].bare))):
                break  # another section, the page's tags, a counter ("37 comments")
            if any(s.kind == "reader-prompt" and s.weight >= READER_SENTENCE_WEIGHT
                   for s in signals.get(lines[j].segment.line, ())):
                if chrome_under(lines, j):
                    covered[i : j + 1] = [True] * (j + 1 - i)
                break


def _prompts(signals: Mapping[int, list[Signal]], line: Line) -> bool:
    """True when a line prompts the readers: a question to them, which no answer follows."""
    return any(s.kind == "reader-prompt" for s in signals.get(line.segment.line, ()))


def closes_list(bare: str) -> bool:
    """True when a line after a counted takeaways list closes it as a generator does: an
    exclamation to the reader, or one sentence of comment that opens with a closing phrase
    ("Overall, …") or holds a stock phrase ("This milestone highlights the growing role
    of …"), no question.

    >>> closes_list("This milestone highlights the growing role of universities in space.")
    True
    >>> closes_list("The council meets again in March.")
    False
    """
    if is_exhortation(bare):
        return True
    return (not bare.endswith(QUESTION_MARKS) and len(bare.split()) <= LIST_CLOSE_MAX_WORDS
            and (CLOSING_SENTENCE.match(bare) is not None
                 or STOCK_PHRASE.search(bare) is not None))


def is_exhortation(bare: str) -> bool:
    """True when a line urges the reader on, as a generator closes its takeaways: one
    short sentence to "you" (or to the readers, "皆さん") ending in an exclamation mark,
    or a sentence that opens "Stay tuned", "Don't forget to" (in some fifteen languages).

    >>> is_exhortation("Stay informed and plan your budget in these challenging times!")
    True
    >>> is_exhortation("Bills rose by £111!")
    False
    >>> is_exhortation("Stay tuned for the latest updates, and don't forget to share this.")
    True
    """
    if STAY_TUNED.match(bare) and len(bare.split()) <= EXHORTATION_MAX_WORDS \
            and not bare.endswith(QUESTION_MARKS):
        return True
    if len(bare.split()) <= EXHORTATION_MAX_WORDS and WAITING_FOR.search(bare):
        return True  # "… Tak na čo ešte čakáte?": "what are you waiting for?" urges too
    if _WHY_NOT_JA.search(bare) and len(bare) <= _WHY_NOT_JA_CHARS:
        return True  # "…ぜひ一度足を運んでみてはいかがでしょうか。": "why not try it?"
    return (bare.endswith(("!", "！")) and len(bare.split()) <= EXHORTATION_MAX_WORDS
            and (READER_ADDRESS.search(bare) is not None or bare.startswith(URGING_CJK)
                 or _URGING_CJK_END.search(bare) is not None
                 or _URGING_CJK_AFTER.match(bare) is not None
                 or EXHORTATION.search(bare) is not None
                 or READERS_ADDRESSED.search(bare) is not None
                 or READER_ADDRESS_CJK.search(bare) is not None))


#: The Japanese blogger's "why not try …?" closing a sentence ("…足を運んでみてはいかがでしょう
#: か。", "…検討してみてはいかがでしょう。"), in a sentence of _WHY_NOT_JA_CHARS at most.
_WHY_NOT_JA = LazyPattern(r"[てで]みてはいかがでしょう(?:か)?[。！!？?]?$")
_WHY_NOT_JA_CHARS = 80


#: A Japanese, Chinese or Korean sentence that ends urging: "…楽しくしましょう！", "…吧！",
#: "…해 보세요!".
_URGING_CJK_END = LazyPattern(r"(?:ましょう|てください|てくださいね|吧|보세요|하세요)[！!]$")


#: "What are you waiting for?" in a line, in twenty languages: the generator's rhetorical
#: question urging the reader to go, buy or try.
WAITING_FOR = GuardedPattern(
    r"(?:what are you waiting for|what(?:['’]s| is) stopping you|¿?a qué esperas|¿?qué esperas|"
    r"worauf wart(?:en sie|est du|et ihr) noch|qu['’]attendez-vous|qu['’]est-ce que vous attendez|"
    r"cosa aspett(?:i|ate)|o que (?:você )?está esperando|de que estás à espera|"
    r"waar wacht(?: je| u)? (?:nog )?op|na co (?:czekasz|czekacie)|na co (?:čekáte|čekáš)|"
    r"na čo (?:ešte )?(?:čakáte|čakáš)|mire vár(?:sz|nak|tok)|ne bekliyorsun(?:uz)?|"
    r"чего (?:же )?(?:вы |ты )?(?:ждёте|ждете|ждёшь|ждешь)|чого (?:ж )?(?:ви )?чекаєте|"
    r"tunggu apa lagi|còn chần chừ gì nữa|vad väntar du på|hva venter du på|"
    r"hvad venter du på|mitä odotat)\s*(?:(?:nog|noch|ešte|już|ещё|еще)\s*)?[?？!]", re.I)
#: The "by all means" opening a Japanese or Chinese exhortation: "ぜひ作ってみてくださいね！".
URGING_CJK = ("ぜひ", "是非", "快来", "快來", "赶快", "趕快", "赶紧", "趕緊", "一定要", "꼭 ")
#: The same after the sentence's opening clause ("金沢旅行の際は、ぜひ早起きして…！"), or
#: as its last clause ("…都非常適合，快來安排一場美味的旅程吧！").
_URGING_CJK_AFTER = LazyPattern(
    r"[^。！？!?]{1,30}[、，,]\s?(?:" + "|".join(URGING_CJK) + ")|"
    r".*[、，,]\s?(?:" + "|".join(URGING_CJK) + r")[^。！？!?、，,]{1,40}[！!]$")


#: The imperatives of a generator's sign-off in the 49 languages of the second blind probe,
#: anywhere in a short line that ends in "!" (is_exhortation): share this article (with
#: your friends), try it today, follow us (for more tips), don't forget to follow us.
#: Each is addressed to the reader by its mood: "Teilen Sie diesen Artikel mit Freunden",
#: "Probeer het vandaag nog", "Husk å følge oss", "Bu yazıyı ... paylaşın", "别忘了关注我们".
EXHORTATIONS = (
    # English, German, French, Spanish, Italian, Portuguese, Dutch, Afrikaans
    r"share (?:this|the) (?:article|post|story|guide|recipe) with", r"try it (?:today|now)",
    r"follow us for (?:more|the latest)", r"teilen sie (?:diesen|den) (?:artikel|beitrag) mit",
    r"teile (?:diesen|den) (?:artikel|beitrag) mit", r"probieren sie es (?:gleich )?(?:heute )?aus",
    r"probier(?:e|t)? es (?:gleich )?(?:heute )?aus", r"folg(?:en sie|e|t) uns für",
    r"essayez(?:-le|-la)? dès aujourd['’]hui", r"suivez-nous pour", r"partage(?:z|s) cet article",
    r"pruéba(?:lo|la|los) hoy", r"no olvides seguirnos", r"síguenos para",
    r"comparte (?:este|esta) (?:artículo|nota|guía|receta)", r"condividi (?:questo |quest['’])"
    r"(?:articolo|post)", r"prova(?:lo|la|teli) oggi", r"seguici per",
    r"experimente hoje", r"não deixe de nos seguir", r"siga-nos para",
    r"partilhe (?:este|esta) (?:artigo|receita)",
    r"probeer het vandaag", r"vergeet ons niet te volgen",
    r"volg ons voor", r"deel hierdie artikel", r"probeer dit vandag", r"onthou om ons te volg",
    r"volg ons vir",
    # The Nordic languages, Finnish, Estonian, Latvian, Lithuanian
    r"dela (?:den här|denna) artikel(?:n)?", r"testa (?:redan )?idag", r"glöm inte att följa oss",
    r"följ oss för", r"del denne artikkelen", r"prøv det (?:allerede )?i dag", r"husk å følge oss",
    r"følg oss for", r"del denne artikel", r"husk at følge os", r"følg os for",
    r"jaa tämä artikkeli", r"kokeile (?:jo )?tänään", r"muista seurata meitä", r"seuraa meitä",
    r"deildu þessari grein", r"prófaðu (?:strax )?í dag", r"ekki gleyma að fylgja okkur",
    r"fylgdu okkur", r"jaga seda artiklit", r"proovi (?:juba )?täna", r"ära unusta meid jälgida",
    r"jälgi meid", r"dalies ar šo rakstu", r"izmēģini (?:jau )?šodien", r"neaizmirsti sekot mums",
    r"seko mums", r"pasidalinkite šiuo straipsniu", r"išbandykite (?:jau )?šiandien",
    r"nepamirškite sekti mūsų", r"sekite mus",
    # Polish, Czech, Slovak, Slovenian, Croatian, Bosnian and Serbian, Hungarian, Romanian
    r"udostępnij (?:ten|ten artykuł)", r"wypróbuj(?:cie)? (?:już )?dziś", r"obserwuj(?:cie)? nas",
    r"sdílejte tento článek", r"vyzkoušejte (?:to )?(?:ještě )?dnes", r"nezapomeňte nás sledovat",
    r"sledujte nás", r"zdieľajte tento článok", r"vyskúšajte (?:to )?(?:ešte )?dnes",
    r"nezabudnite nás sledovať", r"delite ta članek", r"preizkusite (?:že )?danes",
    r"ne pozabite nas spremljati", r"spremljajte nas", r"podijelite ovaj članak",
    r"isprobajte (?:već )?danas", r"ne zaboravite nas pratiti", r"pratite nas",
    r"поделите овај (?:текст|чланак)", r"не заборавите да нас пратите", r"пратите нас",
    r"podelite ovaj (?:tekst|članak)", r"oszd meg ezt a cikket", r"ossza meg ezt a cikket",
    r"próbáld? ki még ma", r"próbálja ki még ma", r"kövess(?:en)? minket",
    r"distribuie acest articol", r"încearcă chiar azi", r"încercați chiar azi",
    r"nu uita să ne urmărești", r"urmărește-ne",
    # Bulgarian, Russian, Ukrainian, Greek, Turkish
    r"споделете (?:статията|тази статия)", r"опитайте още днес",
    r"не забравяйте да ни последвате", r"последвайте ни", r"поделитесь (?:этой )?стать[её]й",
    r"попробуйте уже сегодня", r"подписывайтесь на нас", r"поділіться (?:цією )?статтею",
    r"спробуйте вже сьогодні", r"підписуйтеся на нас", r"μοιραστείτε (?:το|αυτό το) άρθρο",
    r"δοκιμάστε το σήμερα", r"ακολουθήστε μας",
    r"bu (?:yazıyı|haberi|makaleyi)\b[^!]{0,60}paylaşın",
    r"bugün deneyin", r"bizi takip etmeyi unutmayın", r"bizi takip edin",
    # Arabic, Hebrew, Persian, Urdu, Hindi, Bengali, Tamil
    r"شارك(?:وا)? هذا المقال", r"جرّ?ب(?:ها|ه|وها) اليوم", r"لا تنسَ? متابعتنا", r"تابعونا",
    r"שתפו את (?:הכתבה|המאמר)", r"נסו עוד היום", r"אל תשכחו לעקוב אחרינו", r"עקבו אחרינו",
    r"این (?:مطلب|مقاله) را[^!]{0,60}به اشتراک بگذارید", r"همین امروز امتحان کنید",
    r"ما را دنبال کنید", r"یہ مضمون[^!]{0,60}شیئر کریں", r"آج ہی آزمائیں",
    r"ہمیں فالو کر(?:نا نہ بھولیں|یں)", r"इस लेख को[^!]{0,60}शेयर करें", r"आज ही आ(?:ज़|ज)माएं",
    r"हमें फॉलो कर(?:ना न भूलें|ें)", r"লেখাটি শেয়ার করুন", r"আজই চেষ্টা করে দেখুন",
    r"আমাদের ফলো কর(?:তে ভুলবেন না|ুন)", r"இந்தக் கட்டுரையைப் பகிருங்கள்",
    r"இன்றே முயற்சி செய்", r"எங்களைப் பின்தொடர(?: மறக்காதீர்கள்|ுங்கள்)",
    # Thai, Vietnamese, Indonesian, Malay, Tagalog, Swahili
    r"แชร์บทความนี้", r"ลองทำวันนี้", r"อย่าลืมกดติดตาม", r"chia sẻ bài viết này",
    r"(?:กดไลก์)?กดแชร์(?:ให้เพื่อน|บทความ)?", r"แชร์ให้เพื่อน", r"chia sẻ cho bạn bè",
    r"thử ngay hôm nay", r"đừng quên theo dõi chúng tôi", r"bagikan artikel ini",
    r"coba hari ini", r"jangan lupa (?:follow|ikuti) kami", r"kongsikan artikel ini",
    r"cuba(?:lah)? hari ini", r"ikuti kami untuk", r"i-share ang (?:artikulong|post na) ito",
    r"subukan na ngayon", r"huwag kalimutang i-follow kami", r"shiriki makala hii",
    r"jaribu leo", r"usisahau kutufuata",
    # Japanese, Korean, Chinese, Catalan, Basque, Galician
    r"この記事を(?:ぜひ)?シェア", r"ぜひ(?:試して|フォロー)", r"フォローしてください",
    r"이 글을 공유해", r"오늘 바로 (?:도전해|시도해)", r"팔로우(?:를)? 잊지 마세요",
    r"把这篇文章分享给", r"把這篇文章分享給", r"今天就试试", r"今天就試試",
    r"(?:欢迎|歡迎|记得|記得|别忘了|別忘了)(?:点赞|點讚|点个赞|收藏|转发|轉發|分享|关注|關注)",
    r"(?:分享|转发|轉發)给(?:身边|身邊)?(?:需要的)?(?:朋友|好友)",
    r"别忘了关注我们", r"別忘了關注我們", r"comparteix aquest article", r"prova-ho avui",
    r"no oblidis seguir-nos", r"segueix-nos per", r"partekatu artikulu hau", r"probatu gaur",
    r"ez ahaztu gu jarraitzea", r"comparte este artigo", r"próbao hoxe",
    r"non esquezas seguirnos",
)
EXHORTATION = GuardedPattern("|".join(EXHORTATIONS), re.I)


#: The openings of a generator's sign-off urging the reader to keep following or to share:
#: English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian,
#: Ukrainian, Turkish, Greek, Indonesian and Malay.
STAY_TUNED = GuardedPattern(
    r"[¡¿]?(?:"
    # "stay tuned" / "thanks for reading" in more languages (a probe of ~40, from knowledge)
    r"mant[eé]n(?:te|ete|ganse|gase) (?:atent[oa]s?|al tanto|informad[oa]s?)|"
    r"stay informed|bleiben sie informiert|bleib informiert|rimani(?:te)? aggiornat[oi]|"
    r"(?:fique|fiquem) (?:atent[oa]s?|informad[oa]s?)|blijf op de hoogte|"
    r"bądźcie na bieżąco|bądź na bieżąco|zůstaňte naladěni|"
    r"zostaňte naladení|maradjon velünk|maradjatok velünk|rămâneți aproape|rămâi aproape|"
    r"hãy theo dõi|останете с нас|ostanite z nami|ostanite uz nas|pysy kuulolla|pysykää "
    r"kuulolla|püsige lainel|sekojiet jaunumiem|sekite naujienas|håll utkik efter (?:fler|mer)|"
    r"følg med for (?:flere|mer)|"
    r"ترقبوا|הישארו מעודכנים|با ما همراه باشید|जुड़े रहें|সঙ্গে থাকুন|続報をお楽しみに|"
    r"敬请关注|敬請關注|계속 지켜봐 주세요|endelea kufuatilia|abangan ang|"
    r"dziękujemy za lekturę|dziękuję za lekturę|дякуємо за прочитання|hvala za branje|"
    r"täname lugemast|aitäh lugemast|paldies,? ka izlasījāt|ačiū,? kad skaitėte|"
    r"شكر[اًا]* (?:لكم )?على القراءة|eskerrik asko irakurtzeagatik|gràcies per llegir|"
    # "Don't wait any longer": "No esperes más y compra ya …", "Nu mai aștepta și …"
    r"don['’]t wait any longer|what are you waiting for|no esperes más|no esperen más|"
    r"n['’]attendez plus|n['’]attends plus|não espere mais|non aspettare (?:oltre|più)|"
    r"warte nicht länger|warten sie nicht länger|wacht niet langer|nie czekaj dłużej|"
    r"nu mai aștepta(?:ți)?|не ждите|не чекайте|daha fazla beklemeyin|jangan tunggu lagi|"
    r"stay tuned|don['’]t forget to|do not forget to|be sure to (?:share|follow|subscribe|"
    r"bookmark)|keep (?:an eye on|checking|following) (?:this|our|the)|bleiben sie dran|"
    r"vergessen sie nicht|n['’]oubliez pas|restez (?:à l['’]écoute|informés?|connectés?)|"
    r"no olvides|no te pierdas|no dejes de seguir|fique ligado|não se esqueça|"
    # "Don't hesitate (any longer)": "¡No lo dudes y descubre …!"
    r"no lo dudes|no lo pienses (?:más|dos veces)|don['’]t think twice|"
    r"não pense duas vezes|non pensarci due volte|"
    # "Don't miss the chance": Russian, Ukrainian, English, French, German, Italian,
    # Portuguese, Polish, Turkish, Indonesian, Vietnamese, Arabic, Japanese, Chinese, Korean
    # (the chance itself: "Don't miss these stories:" heads the site's links)
    r"не (?:упустите|пропустите) (?:шанс|возможность)|не (?:пропустіть|проґавте|втратьте) "
    r"(?:шанс|нагоду|можливість)|don['’]t miss (?:the|this|your) (?:chance|opportunity)\b|"
    r"don['’]t miss out\b|ne manquez pas (?:cette|l['’]|votre )(?:occasion|opportunité)|"
    r"verpassen sie nicht (?:die|diese) (?:chance|gelegenheit)|"
    r"non perdete l['’]occasione|non perdere (?:l['’]|questa )occasione|"
    r"não perca (?:a|esta|essa) (?:chance|oportunidade)|nie przegap(?:cie)? (?:okazji|szansy)|"
    r"(?:bu )?fırsatı kaçırmayın|jangan lewatkan kesempatan|đừng bỏ lỡ cơ hội|"
    r"لا تفوت(?:وا)? (?:ال)?فرصة|不要错过(?:这个)?机会|不要錯過(?:這個)?機會|기회를 놓치지 마세요|"
    # "see you in the next post": "¡Nos leemos en el próximo post!", "Até o próximo post!"
    r"nos leemos|see you in (?:the )?next (?:post|article|week|episode)|hasta el próximo "
    r"(?:post|artículo)|até (?:o|a) próxim[oa]|à (?:la )?prochaine|bis zum nächsten "
    r"(?:beitrag|mal)|alla prossima|tot de volgende|do zobaczenia w następnym|"
    r"(?:seguí|sigue|seguid|siga|continúa) leyendo|continue lendo|continua a leggere|"
    r"gracias por leer|thanks? (?:you )?for reading|danke fürs lesen|danke für(?:s| das) lesen|"
    r"hvala (?:što|sto|da) (?:čitate|citate|nas čitate)|hvala (?:na|za) čitanju|"
    r"cảm ơn (?:bạn|các bạn) đã (?:đọc|theo dõi)|"
    # a Chinese content farm's last line: "以上就是关于“…”的全部内容，希望对你有所帮助！"
    r"以上就是(?:关于|有关|關於|有關)?.{0,40}?的(?:全部|相关|相關)?(?:内容|內容)|"
    r"希望(?:本文|这篇文章|這篇文章|以上内容|以上內容)?(?:能)?(?:对|對)(?:你|您|大家)有所?(?:帮助|幫助)|"
    # a traveller's and a blogger's goodbye: "¡Buen viaje y nos vemos en la próxima
    # aventura!", "Safe travels!", "À bientôt !", "Bis zum nächsten Mal!"
    r"(?:buen viaje|feliz viaje|bon voyage|gute reise|boa viagem|buon viaggio|goede reis|"
    r"safe travels|happy travels|miłej podróży|iyi yolculuklar|selamat jalan|"
    r"chúc (?:bạn )?thượng lộ)\b|"
    r"(?:nos vemos|hasta la próxima|see you (?:next time|soon|in the next)|until next time|"
    r"à bientôt|"
    r"à la prochaine|bis bald|bis zum nächsten mal|a presto|alla prossima|até (?:a )?próxima|"
    r"tot de volgende keer|tot snel|do zobaczenia|do usłyszenia|görüşmek üzere|sampai jumpa|"
    r"hẹn gặp lại|またお会いしましょう|下次见|下次見|다음에 또 만나요)\b|"
    # "Remember (that) …" to the reader: "Recuerda que la prevención es la clave …"
    r"remember(?:,| that)|recuerda(?:,| que)|recuerde que|lembre-se (?:de|que)|ricorda(?:te)? che|"
    r"denken sie daran|denk daran|onthoud dat|pamiętaj(?:cie)?,? że|unutmayın ki|hãy nhớ|"
    # answers promised for later: "Answers to these and other questions in our next
    # articles!", "Ответы на эти и другие вопросы читайте в наших следующих материалах!"
    r"(?:the )?answers to (?:these|all these|those) (?:and other )?questions|"
    r"ответы на (?:эти|все эти) (?:и другие )?вопросы|відповіді на (?:ці|всі ці) "
    r"(?:та інші )?(?:питання|запитання)|antworten auf (?:diese|all diese) (?:und (?:weitere|"
    r"andere) )?fragen|(?:les )?réponses à (?:ces|toutes ces) questions|"
    r"(?:las )?respuestas a (?:estas|todas estas) (?:y otras )?preguntas|"
    r"(?:as )?respostas (?:a|para) (?:estas|essas|todas essas) (?:e outras )?perguntas|"
    r"(?:le )?risposte a (?:queste|tutte queste) (?:e altre )?domande|"
    r"(?:de )?antwoorden op (?:deze|al deze) (?:en andere )?vragen|"
    r"odpowiedzi na (?:te|wszystkie te) (?:i inne )?pytania|"
    r"bu (?:ve diğer )?soruların (?:cevapları|yanıtları)|"
    r"jawaban (?:atas|dari) (?:pertanyaan-pertanyaan|pertanyaan) (?:ini|tersebut)|"
    # a sign-off's signature: "Con cariño, el equipo de …", "With love, the … team"
    r"(?:con cariño|un abrazo|with love|lots of love|liebe grü(?:ß|ss)e|"
    r"herzliche grü(?:ß|ss)e|bisous|"
    r"abraços|beijinhos|un saluto|un abbraccio|baci|groetjes|pozdrawiam|serdecznie)\s*,|"
    r"merci (?:de|pour) (?:votre )?lecture|obrigad[oa] por (?:ler|acompanhar)|"
    r"grazie per (?:aver letto|la lettura)|bedankt voor het lezen|dziękuję za przeczytanie|"
    r"спасибо за (?:прочтение|внимание)|дякую за (?:прочитання|увагу)|"
    r"okuduğunuz için teşekkürler|terima kasih (?:sudah|telah) membaca|cảm ơn (?:bạn )?đã đọc|"
    r"non dimenticate|non dimenticare|restate sintonizzati|blijf op de hoogte|vergeet niet|"
    # "Don't miss …": "Non perdete questa esperienza", "Ne manquez pas", "Não perca"
    r"non (?:perdete|perderti|perdetevi)|ne manquez pas|ne (?:rate|ratez) pas|não perca|"
    r"lassen sie sich (?:das|diese)\b[^.!?]{0,40}nicht entgehen|mis (?:het|deze) niet|"
    r"jangan (?:lewatkan|sampai ketinggalan)|đừng bỏ lỡ|"
    r"nie zapomnij|bądź na bieżąco|не забудьте|следите за|не забувайте|слідкуйте за|"
    r"takipte kalın|unutmayın|μείνετε συντονισμένοι|μην ξεχάσετε|jangan lupa|"
    r"nantikan|ikuti terus|semoga (?:artikel|informasi|tulisan|resep|ulasan|panduan|catatan|"
    r"postingan|review|rangkuman) ini bermanfaat|"
    r"אל תשכחו|אל תשכח|אם מצאתם|فراموش نکنید|فراموش نکن|لا تنسوا|لا تنس|مت بھولیں|"
    r"semoga bermanfaat|we hope (?:you found )?(?:this|our) \w+ "
    r"(?:was |is |has been )?(?:helpful|useful|informative)|"
    # "We hope this guide (our review) helped you" in the other common languages, whatever
    # the piece: "Mamy nadzieję, że nasza recenzja pomogła Ci …"
    r"wir hoffen,? (?:dass )?(?:dieser|dieses|diese|unser|unsere|der|die|das) \w+|"
    r"nous espérons que (?:cet|ce|cette|notre) \w+|"
    r"esperamos que (?:este|esta|nuestro|nuestra|nosso|nossa) \w+|"
    r"speriamo che (?:questo|questa|il nostro|la nostra) \w+|"
    r"we hopen dat (?:dit|deze|ons|onze) \w+|"
    r"mamy nadzieję,? że (?:ten|ta|to|nasz|nasza|nasze) \w+|"
    r"umarız (?:bu |bizim )?\w+|"
    # and in Urdu, Hindi, Vietnamese and Thai: "امید ہے یہ سفرنامہ آپ کے لیے مفید …"
    r"امید ہے(?: کہ)? (?:یہ|ہمارا|ہماری) \S+|उम्मीद है(?: कि)? (?:यह|ये|हमारा|हमारी) \S+|"
    r"hy vọng (?:bài viết|những thông tin|thông tin|hướng dẫn) (?:này|trên)|"
    r"หวังว่า(?:บทความ|ข้อมูล|รีวิว)(?:นี้)?|"
    # "all that's left is to try it": "Non ti resta che provare", "No te queda más que"
    r"non (?:ti|vi) resta che|no te queda más que|no (?:le|les) queda más que|"
    r"il ne (?:vous|te) reste plus qu['’]à|só (?:lhe|te) resta|es bleibt nur noch|"
    r"wir hoffen,? es hat (?:dir|ihnen) gefallen|"
    # "If you found this information useful, share it …" in Hindi, Bengali and Urdu
    r"(?:अगर|यदि) आपको (?:यह|ये) (?:जानकारी|लेख|आर्टिकल|पोस्ट)|"
    r"যদি (?:আপনার|তোমার) (?:এই )?(?:তথ্য|লেখা|পোস্ট)|اگر آپ کو (?:یہ )?(?:معلومات|مضمون)|"
    # "If this post helped you, …" in Korean, Japanese and Chinese
    r"(?:이 글이 )?도움이 ?(?:되셨다면|되었다면|되셨으면|되셨길)|この記事が(?:参考|お役|役)に|"
    r"(?:如果)?(?:这篇|這篇)?(?:文章)?对你有帮助|(?:如果)?(?:這篇)?(?:文章)?對你有幫助|"
    # "Thanks for reading (to the end)" in twenty more languages: Thai, Korean, Japanese,
    # Chinese, Hindi, Urdu, Bengali, Tamil, Arabic, Hebrew, Persian, Swahili, Tagalog,
    # Malay, Greek, Czech, the Nordic languages, Finnish, Hungarian and Romanian
    r"ขอบคุณที่(?:อ่าน|ติดตาม)|읽어 ?주셔서 감사합니다|最後まで(?:読んで|お読み)いただき|"
    r"(?:感谢|感謝|谢谢|謝謝)(?:您的|你的)?(?:阅读|閱讀)|पढ़ने के लिए धन्यवाद|پڑھنے کا شکریہ|"
    r"পড়ার জন্য ধন্যবাদ|படித்ததற்கு நன்றி|شكر[اً]+ (?:لكم )?(?:على|ل)ل?قراءة|"
    r"תודה ש(?:קראתם|קראת)|(?:ممنون|سپاس|متشکریم) (?:از اینکه|که)[^!.]{0,30}خواندید|"
    r"asante kwa kusoma|salamat sa pagbabasa|terima kasih kerana membaca|"
    r"ευχαριστούμε (?:που|για την ανάγνωση)|děkujeme za přečtení|ďakujeme za prečítanie|"
    r"tack för att (?:du|ni) läste|tak fordi (?:du|i) læste|takk for at (?:du|dere) leste|"
    r"kiitos (?:lukemisesta|kun luit)|köszönjük,? hogy elolvast|"
    r"mulțumim (?:pentru lectură|că ai citit)|"
    # "If you liked this article, …" and "Don't forget …" where those lack above
    r"if you (?:liked|enjoyed) this (?:article|post|guide|recipe)|"
    r"si (?:te ha gustado|te gustó) (?:este|esta) (?:artículo|nota|guía|receta)|"
    r"si cet article vous a plu|se ti è piaciuto (?:questo|quest['’])|"
    r"se (?:você )?gostou (?:deste|desta) (?:artigo|post|receita)|"
    r"wenn (?:dir|ihnen) (?:dieser|der) (?:artikel|beitrag) gefallen hat|"
    r"jeśli (?:podobał ci się|spodobał ci się) (?:ten|nasz) artykuł|"
    r"bu (?:yazıyı|makaleyi) beğendiyseniz|"
    r"(?:jika|kalau) (?:kamu|anda) suka (?:artikel|tulisan) ini|"
    r"nếu (?:bạn )?thấy bài viết (?:này )?(?:hay|hữu ích)|ถ้าชอบบทความนี้|อย่าลืม|"
    r"đừng quên|잊지 마세요)"
    # a closing tip: "Unser Tipp: …", "Our tip: …", "Notre conseil : …"
    r"|(?:(?:unser|mein) tipp|our (?:top )?tip|pro tip|notre conseil|nuestro consejo|"
    r"il nostro consiglio|onze tip|nossa dica|nasza rada|önerimiz|tips dari kami)\s*[:：]",
    re.I)


def _under_section_heading(before: Line, signals: Mapping[int, list[Signal]]) -> bool:
    """The line follows a stock section heading that counted as evidence, or a wrap-up
    heading written in Markdown ("## Conclusion"), which a plain text does not have."""
    return any(s.kind == "wrap-up" for s in signals.get(before.segment.line, ())) and (
        SECTION_HEADING.match(before.bare) is not None
        or (before.markup and HEADING.match(before.segment.text.strip()) is not None))


#: A feedback or poll box: a question and its two buttons ("War dieser Artikel hilfreich?
#: Ja Nein", "Was this article helpful? Yes No", "👍 👎").
FEEDBACK_WIDGET = LazyPattern(r"[^?？]{3,80}[?？]\s*(?:[^\W\d_]{1,6}|[👍👎✓✗])\s+"
                              r"(?:[^\W\d_]{1,6}|[👍👎✓✗])(?:\s*\(\d+\))?")


def _block_span(lines: Sequence[Line], signals: Mapping[int, list[Signal]],
                options: Mapping[str, Any], covered: Sequence[bool] | None = None,
                last: int | None = None) -> tuple[int, int] | None:
    """Indices of the first and last line of the trailing block, if there is one; with
    ``last``, of the block ending on that line (page chrome follows it)."""
    covered = coverage(lines, signals) if covered is None else covered
    chrome_after = last is not None
    if last is None:
        ends = [i for i, c in enumerate(covered) if c]
        if not ends or len(lines) - 1 - ends[-1] > options["max-trailing-lines"]:
            return None
        last = ends[-1]
    end = start = last
    gap = 0
    bare = appended_template(lines)
    opens = bare[0] if bare is not None else -1  # (their first line opens a block)
    for i in range(end - 1, -1, -1):
        gap = 0 if covered[i] else gap + 1
        if gap > options["max-gap"] or FEEDBACK_WIDGET.fullmatch(lines[i].bare):
            break  # (a "Was this helpful? Yes No" box parts the article from what follows)
        if covered[i] and (lines[i].structural or i == opens
                           or (i >= start - 2 and _prompts(signals, lines[i]))):
            start = i  # (a question to the readers over another one opens the pair)
    # Let the signals dominate: move the start down until enough of the block is covered.
    counted = sum(covered[start : end + 1])
    while start < end and (counted < options["min-coverage"] * (end + 1 - start)
                           or not (lines[start].structural or start == opens
                                   or _prompts(signals, lines[start]))):
        counted -= covered[start]
        start += 1
    heading = next((h for h in range(start, end + 1) if (lines[h].markup and (
        is_heading(lines[h]) or _is_emphasised(lines[h].segment.text))) or (
            # (a plain one under the text's own last word: "Podsumowując: twierdzenie jest
            # fałszywe." / "Wnioski końcowe"; a titled wrap-up above it opens the block)
            h > start and not lines[h].markup and is_wrap_up_heading(lines[h].bare)
            and all(lines[k].bare.endswith((".", "!", "。", "！", "।", "۔"))
                    and not is_titled_wrap_up(lines[k].bare) for k in range(start, h)))),
        None)
    if heading is not None and heading > start and (all(
            not lines[k].markup and sum(s.weight for s in signals.get(lines[k].segment.line, ()))
            <= WRAP_UP_SENTENCE_WEIGHT for k in range(start, heading)) or (
                lines[heading].markup and not any(ln.markup for ln in lines[start:heading])
                and is_wrap_up_heading(lines[start].bare) and _own_subheading(lines, start))):
        # In plain text a generator's Markdown section opens at its heading (or a bold
        # line standing as one): a plain paragraph above it with no more than a wrap-up
        # opening ("Overall, …", "Kết luận: …") is the text's own last word, and so is a
        # plain "Conclusion" section in an article with plain subheadings of its own (a
        # fact-check's "Claim" / "Investigation" / "Conclusion").
        start = heading
    if start < options["min-article-lines"] or not any(
            is_article_sentence(ln.bare) for ln in lines[:start]):
        # The whole document is like this, or the block would be its first paragraph (a
        # notice's lead restating its title): its style, not an appendage.
        return None
    if start > options["min-article-lines"] and is_intro_title(lines[start - 1]):
        start -= 1  # the block's own title, written without markup
    elif _prompts(signals, lines[start]) \
            and (above := conclusion_above(lines, start)) is not None \
            and above >= options["min-article-lines"]:
        start = above  # "In conclusion, …" just above the reader prompt: one closing template
    elif _invites(signals, lines[start]) \
            and (heading := summary_above(lines, start)) is not None \
            and heading >= options["min-article-lines"]:
        start = heading  # "En résumé", its paragraphs, "Partagez votre avis": one template
    elif _invites(signals, lines[start]) and _opens_wrap_up(lines[start].bare) \
            and (top := labelled_qa_above(lines, start)) is not None \
            and top >= options["min-article-lines"]:
        start = top  # "Pregunta: …" / "Respuesta: …", then "En conclusión, … ¡Déjanos tu opinión!"
    elif start == end and WRAP_UP_SENTENCE.match(lines[end].bare) \
            and (end == len(lines) - 1 or not lines[end + 1].bare.endswith(SENTENCE_ENDS)):
        heading = takeaways_above(lines, end)
        if heading is not None and heading >= options["min-article-lines"]:
            # "Key takeaways", plain sentences, "In conclusion, …", and the page's end or
            # chrome right under it (no sentence of the article going on): one template
            start = heading
    elif is_wrap_up_heading(lines[start].bare) and not lines[start].markup \
            and (heading := takeaways_above(lines, start)) is not None \
            and heading >= options["min-article-lines"]:
        start = heading  # "Key takeaways", plain sentences, "Conclusion" and its paragraph
    elif start - 1 >= options["min-article-lines"] and not is_wrap_up_heading(lines[start].bare) \
            and wrap_up_head(lines, start - 1):
        start -= 1  # "Végső gondolatok" over "Összességében …": the wrap-up's own heading
    if is_heading(lines[end]) and not chrome_after:
        # A heading heads the paragraphs under it, to the page's end, or to the last of
        # them when only chrome follows it (related links, a copyright line).
        last_text = max((i for i in range(end + 1, len(lines)) if is_running_text(lines[i])),
                        default=None)
        end = last_text if last_text is not None else len(lines) - 1
    return start, end


#: Words of an article's own plain subheading, at most ("Investigation", "What we found").
SUBHEADING_WORDS = 6


def _own_subheading(lines: Sequence[Line], end: int) -> bool:
    """True when the article above line ``end`` has a plain subheading of its own between
    its paragraphs: a short line (SUBHEADING_WORDS words at most) ending in no full stop,
    below the article's first sentence and over another.

    >>> doc = Document.from_text("Home | News\\nA viral video is not new\\nThe video was "
    ...     "shared on Monday by many accounts.\\nInvestigation\\nWe traced the video to a "
    ...     "post from 2019 by a local user.\\nConclusion\\n")
    >>> _own_subheading(read_lines(doc), 5)
    True
    """
    first = next((i for i in range(end) if is_article_sentence(lines[i].bare)), end)
    return any(word_count(lines[i].bare) <= SUBHEADING_WORDS and not lines[i].markup
               and not lines[i].bare.endswith((".", "!", "。", "！", ":", "："))
               and not LIST_ITEM.match(lines[i].segment.text)
               and is_article_sentence(lines[i + 1].bare)
               for i in range(first + 1, end - 1))


#: Words of a heading over a question to the readers, at most ("Join the Conversation").
PROMPT_HEADING_WORDS = 5


def _prompt_heading(lines: Sequence[Line], start: int) -> bool:
    """True when the line above ``start`` is a short heading (no sentence, no list item, no
    figures, PROMPT_HEADING_WORDS words at most) right under a paragraph: the heading of
    the question under it."""
    above = lines[start - 1]
    return (is_title(above.bare) and not is_running_text(above)
            and not above.bare.endswith(SENTENCE_ENDS)  # "…需提前预约。" ends a sentence
            and 0 < word_count(above.bare) <= PROMPT_HEADING_WORDS
            and not any(c.isdigit() for c in above.bare)  # a stamp, not a heading
            and not LIST_ITEM.match(above.segment.text) and not is_copyright(above.bare)
            and not LINK_OR_TAGS.search(above.bare) and not _TAG_LABEL.match(above.bare)
            and not _link_row(above.bare)  # "Podijeli: Facebook WhatsApp Viber X"
            # under a paragraph, not among a list of links ("Related Topics", "Six Nations")
            and lines[start - 2].bare.endswith(SENTENCE_ENDS))


def wrap_up_head(lines: Sequence[Line], i: int) -> bool:
    """True when line ``i`` is a wrap-up heading: one a list knows ("Final thoughts",
    "ข้อคิดส่งท้าย"), or any short plain heading (no sentence, no list item, no figures,
    PROMPT_HEADING_WORDS words at most) right over a paragraph that opens a wrap-up
    ("Végső gondolatok" over "Összességében elmondható, hogy …").

    >>> doc = Document.from_text("Végső gondolatok\\nÖsszességében elmondható, hogy jó.\\n")
    >>> wrap_up_head(read_lines(doc), 0)
    True
    """
    line = lines[i]
    if is_wrap_up_heading(line.bare):
        return True
    return (i + 1 < len(lines) and not line.markup and is_title(line.bare)
            and 0 < word_count(line.bare) <= PROMPT_HEADING_WORDS
            and not line.bare.endswith(SENTENCE_ENDS)  # ("小提醒：…先確認營業時間。")
            and not any(c.isdigit() for c in line.bare)
            and not LIST_ITEM.match(line.segment.text) and not is_copyright(line.bare)
            and not _is_name(line.bare)  # (the writer's name under the article: "Quang Huy")
            and WRAP_UP_SENTENCE.match(lines[i + 1].bare) is not None)


#: Paragraphs a stock section may hold above the block it belongs to.
SECTION_ABOVE_PARAGRAPHS = (1, 3)


def section_above(lines: Sequence[Line], start: int) -> int | None:
    """The index of a plain stock section heading ("What this means for you", "Did you
    know?", "Key facts at a glance") or wrap-up heading with its topic ("Wie verbinde ich
    eine Soundbar? – Zusammenfassung") right above a block that fires, with one to three plain
    paragraphs under it (no markup, no label, no question, no list item): the generator's
    section before its FAQ. Alone, such a section is a real article's own.

    >>> doc = Document.from_text("Text.\\nDid you know?\\nThe isle had gold mines!\\nFAQ\\n")
    >>> section_above(read_lines(doc), 3)
    1
    """
    def stock(ln: Line) -> bool:
        # also a wrap-up heading with its topic ("Wie verbinde ich …? – Zusammenfassung")
        return not ln.markup and (SECTION_HEADING.match(ln.bare) is not None or (
            is_wrap_up_heading(ln.bare) and not FAQ_HEADING.match(ln.bare)))

    found = heading_over(
        lines, start, SECTION_ABOVE_PARAGRAPHS, stock,
        lambda ln: not (ln.markup or ln.label is not None or _asks(ln.bare)
                        or LIST_ITEM.match(ln.segment.text)
                        or not ln.bare.endswith(SENTENCE_ENDS)))
    # or its bulleted points ("What This Means for Families" / "- Children can …" …)
    return found if found is not None else heading_over(
        lines, start, SECTION_ABOVE_ITEMS, stock,
        lambda ln: not ln.markup and LIST_ITEM.match(ln.segment.text) is not None
        and ln.bare.endswith(SENTENCE_ENDS) and not _asks(ln.bare))


#: Bulleted points a stock section may hold above the block it belongs to.
SECTION_ABOVE_ITEMS = (2, 6)


def heading_over(lines: Sequence[Line], start: int, between: tuple[int, int],
                 heading: Callable[[Line], bool], fits: Callable[[Line], bool]) -> int | None:
    """The index of the nearest line above ``start`` that is a ``heading``, with from
    ``between[0]`` to ``between[1]`` lines between them that all ``fit``, or None."""
    low, high = between
    for i in range(start - 1, max(-1, start - high - 2), -1):
        if heading(lines[i]):
            return i if start - 1 - i >= low else None
        if not fits(lines[i]):
            return None
    return None


def conclusion_above(lines: Sequence[Line], start: int) -> int | None:
    """The index of an "In conclusion, …" paragraph right above ``start``, or above it
    with at most CONCLUSION_GAP plain paragraphs between (no markup, no question, no list).

    >>> doc = Document.from_text("In conclusion, x.\\nWhether you drive or cycle, the "
    ...     "bridge will change how the whole city moves.\\nWhat do you think?\\n")
    >>> conclusion_above(read_lines(doc), 2)
    0
    """
    for i in range(start - 1, max(-1, start - CONCLUSION_GAP - 2), -1):
        line = lines[i]
        if WRAP_UP_SENTENCE.match(line.bare):
            return i
        if (line.markup or line.label is not None or LIST_ITEM.match(line.segment.text)
                or line.bare.endswith(QUESTION_MARKS)
                or len(line.bare.split()) < RUNNING_TEXT_WORDS):
            return None
    return None


def _invites(signals: Mapping[int, list[Signal]], line: Line) -> bool:
    """The line invites comments (a reader prompt as heavy as an invitation at least)."""
    return any(s.kind == "reader-prompt" and s.weight >= READER_SENTENCE_WEIGHT
               for s in signals.get(line.segment.line, ()))


def summary_above(lines: Sequence[Line], start: int) -> int | None:
    """The index of a summary or takeaways heading ("En résumé", "Kesimpulan", "Fazit")
    above the reader prompt at ``start``, with at most CLOSING_PAIR_MAX_LINES - 2 lines
    between: plain sentences or list items, no markup, no label, no question, no other
    heading. Heading, summary and invitation to comment are the generator's closing
    template, whatever the summary says (a verdict, "Points forts : …", a list).

    >>> doc = Document.from_text("Text.\\nEn résumé\\nUne belle soirée.\\nPoints forts : le "
    ...     "décor.\\nEt vous ? Partagez votre avis en commentaire !\\n")
    >>> summary_above(read_lines(doc), 4)
    1
    """
    asked = False  # a "Did you know that …?" among them: only a stock section's
    for i in range(start - 1, max(-1, start - CLOSING_PAIR_MAX_LINES), -1):
        line = lines[i]
        stock = not line.markup and SECTION_HEADING.match(line.bare) is not None
        if (is_wrap_up_heading(line.bare) or is_titled_wrap_up(line.bare)) and not asked \
                or stock:
            return i if i < start - 1 and not FAQ_HEADING.match(line.bare) else None
        if line.markup or line.label is not None or not ends_sentence(line.bare):
            return None
        asked = asked or line.bare.endswith(QUESTION_MARKS)
    return None


#: A plain takeaways heading ("Key takeaways", "Key points", "TL;DR"): without a list under
#: it, only the "In conclusion, …" line closing the page makes it a template.
TAKEAWAYS_HEADING = GuardedPattern(
    # A summary word may come first: "En résumé : les points clés à retenir".
    r"^(?:(?:in summary|summary|en résumé|résumé|zusammenfassung|resumen|en resumen|"
    r"riepilogo|resumo|samenvatting)\s*[:：–—-]\s*)?" + PIECE_PREFIX +
    r"(key takeaways?|key points|takeaways|tl;dr|tldr|"
                               + SUMMARY_OF_PIECE + "|"
                               r"key (?:points|facts|things|takeaways) to (?:remember|know|note)|"
                               + "|".join(TAKEAWAYS_HEADINGS) + r")" + PIECE_SUFFIX
                               + r"\s*:?$", re.I)
#: Plain sentences a takeaways heading may have above the closing "In conclusion, …".
TAKEAWAYS_SENTENCES = (2, 6)


def takeaways_above(lines: Sequence[Line], end: int) -> int | None:
    """The index of a plain takeaways heading above ``end``, when only plain sentences
    (TAKEAWAYS_SENTENCES of them, no list items, no markup) stand between them.

    >>> doc = Document.from_text("Key takeaways\\nRents rose.\\nWages fell.\\nIn conclusion, x.\\n")
    >>> takeaways_above(read_lines(doc), 3)
    0
    """
    return heading_over(
        lines, end, TAKEAWAYS_SENTENCES,
        lambda ln: TAKEAWAYS_HEADING.match(ln.bare) is not None and not ln.markup,
        lambda ln: not (ln.markup or LIST_ITEM.match(ln.segment.text) or ln.label is not None
                        or not ln.bare.endswith((".", "!")) or is_wrap_up_heading(ln.bare)))


def takeaways_closed(lines: Sequence[Line], i: int) -> bool:
    """True when the line at ``i`` is a plain takeaways heading over plain sentences and a
    closing sentence ("Overall, …", "In conclusion, …") that ends the page: the takeaways
    template without its bullets. A real last paragraph opening "Overall," has no such
    heading above it.

    >>> doc = Document.from_text("Key takeaways\\nRents rose.\\nWages fell.\\nOverall, x.\\n")
    >>> takeaways_closed(read_lines(doc), 0), takeaways_closed(read_lines(doc), 1)
    (True, False)
    """
    return TAKEAWAYS_HEADING.match(lines[i].bare) is not None and takeaways_end(lines) == i


#: Emoji and symbols after a sign-off's last word ("Con cariño, Marta ❤️").
_TRAILING_SYMBOLS = LazyPattern(r"[\s\u2600-\u27bf\U0001F300-\U0001FAFF\ufe0f]+$")


#: A share box's prompt: a short question and a short exclamation ("¿Te ha gustado?
#: ¡Compártelo!", "Gefällt dir der Artikel? Teile ihn!").
_SHARE_BOX = LazyPattern(r"[¿]?[^?？.!]{3,40}[?？]\s*[¡]?[^?？.!]{3,30}[!！]")


#: Sentences a takeaways heading holds, at least, to close without a closing sentence when
#: each restates the article (ECHO_STEMS of its words at least).
ECHO_SENTENCES, ECHO_STEMS, ECHO_MAX_WORDS = 3, 2, 40


def _echoes_article(lines: Sequence[Line], heading: int, end: int) -> bool:
    """True when the ECHO_SENTENCES lines or more between a takeaways or wrap-up heading
    at ``heading`` and ``end``, each a short sentence (ECHO_MAX_WORDS words at most),
    share ECHO_STEMS words at least with the article above the heading: a summary of
    facts already told, the generator's "Summary"."""
    body = lines[heading + 1 : end]
    if len(body) < ECHO_SENTENCES or any(len(ln.bare.split()) > ECHO_MAX_WORDS for ln in body):
        return False  # (a report's conclusion is paragraphs, not a list of short facts)
    told = set().union(*(_stems(ln.bare) for ln in lines[:heading]))
    return all(len(_stems(ln.bare) & told) >= ECHO_STEMS for ln in body)


def takeaways_close_at(lines: Sequence[Line], i: int) -> int | None:
    """The index of the line closing a plain takeaways heading at ``i`` when page chrome,
    not the article, follows it: the heading, two to six plain sentences, a closing
    sentence ("Overall, …") or a sign-off urging the reader ("Stay tuned …"), and below
    it no two lines of running text in a row.

    >>> doc = Document.from_text("Key takeaways\\nRents rose.\\nWages fell.\\nStay tuned "
    ...     "for more updates on this story.\\nShare this story\\nFacebook\\n")
    >>> takeaways_close_at(read_lines(doc), 0)
    3
    """
    takeaways = TAKEAWAYS_HEADING.match(lines[i].bare) is not None
    # A conclusion heading ("Considerazioni finali", "Final thoughts") closes so only with
    # a sign-off urging the reader ("Non ti resta che provare …!"): a report may end on a
    # "Conclusion" heading, its paragraphs and an "Overall, …".
    if lines[i].markup or not (takeaways or (is_wrap_up_heading(lines[i].bare)
                                             and not FAQ_HEADING.match(lines[i].bare))):
        return None
    low, high = TAKEAWAYS_SENTENCES
    for j in range(i + 1, min(len(lines), i + high + 2)):
        line = lines[j]
        text = _TRAILING_SYMBOLS.sub("", line.bare)  # "… Con cariño, Marta ❤️"
        if (line.markup or LIST_ITEM.match(line.segment.text) or line.label is not None
                or not (text.endswith((".", "!", "。", "！", "।", "۔", "።", "။"))
                        or is_exhortation(line.bare))
                or is_wrap_up_heading(line.bare) or _pitch(line.bare)):
            if _echoes_article(lines, i, j) and not is_running_text(line):
                return j - 1  # "Summary" and the article's facts again, then the chrome
            return None
        if j - i - 1 >= low and ((takeaways and faq_close(lines, j))
                                 or is_exhortation(line.bare)):
            while j + 1 < len(lines) and (STAY_TUNED.match(lines[j + 1].bare)
                                          or is_exhortation(lines[j + 1].bare)) \
                    and not lines[j + 1].bare.endswith(QUESTION_MARKS) \
                    and not _SHARE_BOX.fullmatch(lines[j + 1].bare):  # "¿Te ha gustado? …"
                j += 1  # the sign-off under it: "最後まで読んでいただき、ありがとうございました。"
            after = lines[j + 1 :]
            # (under a conclusion heading, a sign-off ends the section: a paywall meter
            # may follow it, "You have read 3 of your 5 free articles …")
            if takeaways and after and after[0].bare.endswith(SENTENCE_ENDS) \
                    and len(after[0].bare.split()) >= CHROME_AFTER_SENTENCE_WORDS \
                    and READER_SENTENCE.search(after[0].bare) is None \
                    and not _SHARE_BOX.fullmatch(after[0].bare):
                return None  # the article goes on under it: the summary box is its own
            # (comments further down, after the share box and the related links, are
            # running text too: only the lines right under the close tell)
            rest = [is_running_text(ln) for ln in after[:CLOSE_CHROME_LINES]]
            return None if any(a and b for a, b in zip(rest, rest[1:], strict=False)) else j
    return None


#: Lines under a takeaways block's close that must hold no two lines of running text in a
#: row (the article going on).
CLOSE_CHROME_LINES = 6
#: A line of this many words ending like a sentence right under a takeaways block's last
#: line is the article going on, not the page's chrome.
CHROME_AFTER_SENTENCE_WORDS = 4


def takeaways_end(lines: Sequence[Line]) -> int | None:
    """The index of the plain takeaways heading whose sentences close the page: above a
    closing sentence ("Overall, …") that is the last line, or above a plain summary heading
    ("Conclusion", "Fazit") whose one paragraph is the last line.

    >>> doc = Document.from_text("Text.\\nKey points\\nRents rose.\\nWages fell.\\n"
    ...     "Conclusion\\nIt was a hard year for tenants, and the next looks no better.\\n")
    >>> takeaways_end(read_lines(doc))
    1
    """
    end = len(lines) - 1
    if end < 1:
        return None
    heading = takeaways_above(lines, end) if faq_close(lines, end) \
        or is_exhortation(lines[end].bare) else None
    if heading is None and faq_conclusion(lines, end - 1):
        heading = takeaways_above(lines, end - 1)
    return heading


def is_heading(line: Line) -> bool:
    """True when a line is a Markdown heading ("## What This Means").

    >>> doc = Document.from_text("### Final Thoughts\\nRents rose.\\n")
    >>> [is_heading(ln) for ln in read_lines(doc)]
    [True, False]
    """
    return HEADING.match(line.segment.text.strip()) is not None


def is_intro_title(line: Line) -> bool:
    """True when a line is a plain title introducing an interview ("Q&A with ...").

    >>> doc = Document.from_text("Interview with the Harbour Master\\n")
    >>> is_intro_title(read_lines(doc)[0])
    True
    """
    bare = line.bare
    return (len(bare.split()) <= INTRO_TITLE_MAX_WORDS and not bare.endswith((".", ",", ";"))
            and INTRO_TITLE.match(bare) is not None)


def _evaluate(lines: Sequence[Line], start: int, end: int, profile: Profile) -> Block:
    block = tuple(lines[start : end + 1])
    signals = [s for ln in block for s in line_signals(ln, profile)]
    signals += scaffold(block, profile) + wrap_up_list(block, profile)
    signals += faq_pairs(block, profile)
    signals += closing_question(block, profile)
    totals: dict[str, float] = {}
    for s in signals:
        totals[s.kind] = min(CAPS[s.kind], totals.get(s.kind, 0.0) + s.weight)
    announced = any(ANNOUNCED.search(ln.segment.text) for ln in lines[:start])
    score = sum(totals.values()) - (ANNOUNCED_PENALTY if announced else 0.0)
    return Block(block, tuple(signals), round(score, 2), tuple(totals.items()),
                 max((s.weight for s in signals), default=0.0), announced,
                 profile is PLAIN)


def _candidate(lines: Sequence[Line], profile: Profile,
               options: Mapping[str, Any]) -> Block | None:
    per_line: dict[int, list[Signal]] = {}
    for ln in lines:
        per_line[ln.segment.line] = line_signals(ln, profile)
    covered = coverage(lines, per_line)
    span = _block_span(lines, per_line, options, covered)
    block = None if span is None else _finish(lines, span, profile, options)
    if block is not None and fires(block, options):
        return block
    # Page chrome may follow the block (related links, a copyright line, buttons): try the
    # covered lines that only chrome follows, latest first, for a block that fires.
    for last in chrome_ends(lines, covered, options):
        # The same last line again, now known to have chrome under it, may span more.
        other = _block_span(lines, per_line, options, covered, last)
        if other is not None:
            found = _finish(lines, other, profile, options)
            if fires(found, options):
                return found
            # (the article's own "In short: …" above the title asked again is no part
            # of the block the question opens)
            asked = next((k for k in range(other[0] + 1, other[1])
                          if lines[k].restates_title), None)
            if asked is not None and fires(found := _finish(lines, (asked, other[1]),
                                                            profile, options), options):
                return found
    # A template found by its shape under the page's own closing section (the blog's
    # "まとめ" and its paragraph, then "専門家に聞く！" and the interview): the template alone.
    shaped = appended_template(lines) if profile is PLAIN else None
    if shaped is not None and (block is None or block.lines[0].segment.line
                               < lines[shaped[0]].segment.line) and any(
            is_wrap_up_heading(lines[k].bare)
            for k in range(max(0, shaped[0] - SECTION_ABOVE_LINES), shaped[0])):
        found = _finish(lines, shaped, profile, options)
        if fires(found, options) and not found.announced:
            return replace(found, below_section=True)
    if shaped is not None and block is not None and not fires(block, options) \
            and block.lines[0].segment.line < lines[shaped[0]].segment.line:
        # the article's own last word ("Overall, …", its rating) above a template found by
        # its shape: the template alone
        found = _finish(lines, shaped, profile, options)
        if fires(found, options) and not found.announced:
            return found
    return block


def _within_template(lines: Sequence[Line], block: Block, span: tuple[int, int],
                     profile: Profile, options: Mapping[str, Any]) -> Block:
    """``block``, or the template found by its shape (appended_template) that holds its
    span and more, when that fires too: the interview's heading and its closing thanks
    around the questions and answers that fired."""
    shaped = appended_template(lines) if profile is PLAIN else None
    if shaped is None or shaped == span or not shaped[0] <= span[0] <= span[1] <= shaped[1]:
        return block
    found = _finish(lines, shaped, profile, options)
    return found if fires(found, options) and not found.announced else block


#: Lines above a template found by its shape that its page's own closing section may take.
SECTION_ABOVE_LINES = 3


def chrome_ends(lines: Sequence[Line], covered: Sequence[bool],
                options: Mapping[str, Any]) -> Iterator[int]:
    """Covered lines, from the last, after which at most `max-trailing-lines` lines of
    running text follow: everything else after them is page chrome."""
    running = 0
    for i in range(len(lines) - 1, -1, -1):
        if covered[i]:
            yield i
        running += is_running_text(lines[i])
        if running > options["max-trailing-lines"]:
            return


def is_running_text(line: Line) -> bool:
    """True when a line is a sentence of some length, not page chrome (a link, a button,
    a copyright line).

    >>> doc = Document.from_text("Privacy Policy    Terms of Use\\n© 2025 Media Ltd. All "
    ...     "rights reserved, and this material may not be published or rewritten.\\n")
    >>> [is_running_text(ln) for ln in read_lines(doc)]
    [False, False]
    """
    return _running(line.bare)


@functools.lru_cache(maxsize=1024)  # asked for every line above each candidate start
def _running(bare: str) -> bool:
    if not bare.endswith(SENTENCE_ENDS) or is_copyright(bare):
        return False
    words = len(bare.split())
    return words >= RUNNING_TEXT_WORDS or (words <= 3 and len(bare) >= RUNNING_TEXT_CHARS)


def _finish(lines: Sequence[Line], span: tuple[int, int], profile: Profile,
            options: Mapping[str, Any]) -> Block:
    block = _evaluate(lines, *span, profile)
    start, end = span
    if profile is PLAIN and takeaways_close_at(lines, start) == end:
        # a summary heading over the article's facts again, read against the article
        # above it (_echoes_article), which the block alone does not hold
        block = replace(block, template=True)
    elif profile is PLAIN and appended_template(lines) == span \
            and span in (appended_summary(lines), shared_dialogue(lines), shared_call(lines),
                         shared_list(lines), shared_section(lines), stuffed_run(lines),
                         closing_calls(lines), experts_section(lines),
                         author_blurb(lines), ended_section(lines), counted_list(lines)):
        # "Summary" / "In summary, …" closing the page; a dialogue under its share row
        block = replace(block, template=True)
    if (end < len(lines) - 1 and len(lines) - 1 - end <= WRAP_UP_PARAGRAPHS
            and is_wrap_up_heading(lines[end].bare) and fires(block, options)):
        # A plain "Conclusion" heading closing a block that fires on its own evidence
        # heads the paragraph under it, to the page's end: the paragraph is the block's.
        longer = _evaluate(lines, start, len(lines) - 1, profile)
        return longer if fires(longer, options) else replace(longer, extends=block)
    return block


def find_block(doc: Document, options: Mapping[str, Any]) -> Block | None:
    """The appended generated block of ``doc``, or None when the evidence is too thin."""
    lines = doc.memo("gen.lines", read_lines)  # shared by GEN001 and GEN002
    block = None
    if doc.source.kind != "markdown":
        block = _candidate(lines, PLAIN, options)
        before = block.lines[0] if block else None
        stray = sum(ln.markup for ln in lines if before is None or ln.segment.line
                    < before.segment.line)
        if stray > STRAY_MARKUP_BEFORE:
            block = None  # the text is Markdown-formatted throughout: judge it as Markdown
    if block is None:
        block = _candidate(lines, MARKDOWN, options)
    if (block is None or not fires(block, options)) and doc.source.kind != "markdown" and (
            (span := stock_list_end(lines, options["min-article-lines"])) is not None
            or (span := markdown_tail(lines)) is not None):
        block = _stock_section(lines, span)
    if doc.source.kind != "markdown":
        block = _with_closing_section(lines, block, options)
    if block is None or not fires(block, options) or _pages_own_faq(lines, block) \
            or columnists_question(lines, block):
        return None
    if block.plain:
        first = next(i for i, ln in enumerate(lines) if ln is block.lines[0])
        block = _within_template(lines, block, (first, first + len(block.lines) - 1),
                                 PLAIN, options)
    block = with_markdown_tail(doc, lines, without_site_tail(block), options)
    return with_signature(lines, with_closing_tail(lines, with_sign_off(lines, with_faq_below(
        lines, with_summary_rest(
        lines, with_answer_tail(
        lines, with_heading_body(lines, with_repeated_title(
            lines, with_pairs_above(lines, block, options), options), options), options),
        options)))))


def with_markdown_tail(doc: Document, lines: Sequence[Line], block: Block,
                       options: Mapping[str, Any]) -> Block:
    """``block``, or, in a plain text, the Markdown section it opens (markdown_tail) when
    that runs further down: "## Kesimpulan" fired on its heading and first sentence, and
    the section's last sentences, down to the page's chrome, are the block's too."""
    if doc.source.kind == "markdown" or (tail := markdown_tail(lines)) is None:
        return block
    first = next(i for i, ln in enumerate(lines) if ln is block.lines[0])
    last = first + len(block.lines) - 1
    if tail[0] != first or tail[1] <= last:
        return block
    return _extended(lines, block, first, tail[1], options)


#: A comment box's word: a question to the readers with a call to comment is the
#: generator's, "Liked it? Share it!" over the share buttons the site's.
_COMMENT_WORD = LazyPattern(r"comment|coment|komment|kommentar|reacti|댓글|评论|評論|留言|コメント|"
                            r"تعليق|תגובה|комментар|коментар", re.I)


#: An opinion page's label in its head, alone on its line or before the author's name:
#: "OPINIÓN", "Meinung › Kommentar", "Kommentar von …", "Column by …", in twenty-five
#: languages.
OPINION_LABEL = LazyPattern(
    r"^(?:[\w ]{0,20}\s*[›>/|»]\s*)?(?:opinion|opinión|opinião|opinione|opinions?|op-ed|"
    r"comment(?:ary)?|column|columna|coluna|rubrica|chronique|tribune|éditorial|editorial|"
    r"meinung|kommentar|kolumne|gastbeitrag|glosse|mening|opinie|opinia|felieton|"
    r"komentář|názor|vélemény|jegyzet|görüş|köşe yazısı|мнение|колонка|думка|"
    r"γνώμη|άποψη|דעה|رأي|مقالات الرأي|نظر|राय|विचार|মতামত|意見|观点|觀點|评论|評論|오피니언|칼럼|"
    r"ความคิดเห็น|ý kiến|opini|pendapat)"
    r"(?:\s*[›>/|»]\s*[\w ]{1,20}|\s+(?:by|de|por|von|di|van|av|af|od|par)\s+\S.{0,40})?$",
    re.I)
#: Lines a columnist's question to the readers takes at most.
COLUMN_QUESTION_LINES = 2


def columnists_question(lines: Sequence[Line], block: Block) -> bool:
    """True when ``block`` is nothing but a question or a call to the readers, in a line
    or two, closing an opinion page (OPINION_LABEL in its head): the columnist's own
    last word ("¿Y ustedes? ¿Han hecho alguna vez la cuenta?", "Wie sehen Sie das?
    Schreiben Sie uns Ihre Meinung."), as a letters page or an editorial ends."""
    if len(block.lines) > COLUMN_QUESTION_LINES or block.kinds != {"reader-prompt"}:
        return False
    first = block.lines[0]
    top = next(i for i, ln in enumerate(lines) if ln is first)
    return any(OPINION_LABEL.match(ln.bare) for ln in lines[:min(top, HEAD_ZONE_LINES)])


def without_site_tail(block: Block) -> Block:
    """``block`` without the site's lines its span took at its end: a "Liked it? Share
    it!" box over the share buttons ("¿Te gustó esta receta? ¡Compartila!"), a heading of
    the site's next box ("Berita Terkait") with no signal of its own. Its evidence stays."""
    lines = block.lines
    while len(lines) > 2 and ((_SHARE_BOX.fullmatch(lines[-1].bare) is not None
                               and _COMMENT_WORD.search(lines[-1].bare) is None)
                              or (_is_button(lines[-1].bare) and not lines[-1].markup
                                  and lines[-1].bare[:1].isalpha()
                                  and not lines[-1].bare.endswith((":", "："))
                                  and ends_sentence(lines[-2].bare)
                                  and not any(s.line == lines[-1].segment.line
                                              for s in block.signals))):
        lines = lines[:-1]
    return block if lines == block.lines else replace(block, lines=lines)


def with_summary_rest(lines: Sequence[Line], block: Block,
                      options: Mapping[str, Any]) -> Block:
    """``block``, when it opens on a plain wrap-up heading ("Summary", "Kokkuvõte") over
    fewer than SUMMARY_PARAGRAPHS paragraphs, with the paragraphs under them up to that
    many, when only page chrome follows: the rest of the summary ("At the same time, the
    study stresses … Protecting bogs is a task for all of us.")."""
    first = block.lines[0]
    if not block.plain or first.markup or not is_wrap_up_heading(first.bare) \
            or FAQ_HEADING.match(first.bare) or len(block.lines) > SUMMARY_PARAGRAPHS:
        return block
    start = next(i for i, ln in enumerate(lines) if ln is first)
    end = last = start + len(block.lines) - 1
    while last + 1 < len(lines) and last - start < SUMMARY_PARAGRAPHS \
            and is_article_sentence(lines[last + 1].bare) and not lines[last + 1].markup \
            and not _asks(lines[last + 1].bare):
        last += 1
    if last == end or not chrome_under(lines, last):
        return block
    return _extended(lines, block, start, last, options)


def with_pairs_above(lines: Sequence[Line], block: Block, options: Mapping[str, Any]) -> Block:
    """``block``, when it opens on a question and its answer, with the questions and
    answers right above it that ask about the same thing (TITLE_SHARED_WORDS - 1 topic
    words in common with its first question): the FAQ's first pairs, which its later
    question restating the title made the block skip ("What is the price of the X 750?" /
    "The X 750 is priced at …" over "Is the X 750 good for …?")."""
    if not block.plain or len(block.lines) < 2 or not _asks(block.lines[0].bare) \
            or _asks(block.lines[1].bare):
        return block
    start = first = next(i for i, ln in enumerate(lines) if ln is block.lines[0])
    asked = topic_words(block.lines[0].bare)
    while start - 2 >= options["min-article-lines"] and _asks(lines[start - 2].bare) \
            and not _asks(lines[start - 1].bare) and not lines[start - 2].markup \
            and is_article_sentence(lines[start - 1].bare) \
            and len(topic_words(lines[start - 2].bare) & asked) >= TITLE_SHARED_WORDS - 1:
        start -= 2
    if start == first:
        return block
    return _extended(lines, block, start, first + len(block.lines) - 1, options)


def with_sign_off(lines: Sequence[Line], block: Block) -> Block:
    """``block`` with up to PROMPT_TAIL_LINES sentences under it that still speak to the
    readers (_signs_off), when only page chrome or the page's end follows them, and when
    the block's last line asks or urges the readers (a question to them, a call to comment
    or share) or the first of them is itself an exhortation ("…, and share it with your
    friends!"; not the site's own "Liked the recipe? Rate it!"): the sign-off of the same
    template ("Every share of yours keeps me writing." / "Thanks for reading, see you on
    the next trip!"). The block's evidence is its own; the sign-off only widens what a fix
    removes."""
    if not block.plain:
        return block
    last_line = block.lines[-1]
    end = last = next(i for i, ln in enumerate(lines) if ln is last_line)
    under = lines[end + 1].bare if end + 1 < len(lines) else ""
    prompting = (_invites_comments(block, last_line) or is_exhortation(last_line.bare)
                 or (_asks(last_line.bare) and ("reader-prompt" in block.kinds
                                                or READER_ADDRESS.search(last_line.bare)
                                                is not None)))
    urged = (is_exhortation(under) and SUBSCRIPTION_PITCH.search(under) is None
             and not any(m in under for m in QUESTION_MARKS))
    if not (prompting or urged):
        return block
    while last + 1 < len(lines) and last - end < PROMPT_TAIL_LINES \
            and _signs_off(lines[last + 1]):
        last += 1
    if last == end or not chrome_under(lines, last):
        return block
    return replace(block, lines=tuple(lines[end - len(block.lines) + 1 : last + 1]))


#: A template's signature: a dash and a few words, no sentence ("— The Sports Desk Team",
#: "– Ihr Redaktionsteam", "~ L'équipe de la rédaction").
_SIGNATURE = LazyPattern(r"[—–~-]\s*[^\W\d_][^.!?:;|@/]*")
#: Words of a template's signature, at most.
SIGNATURE_WORDS = 6


def with_signature(lines: Sequence[Line], block: Block) -> Block:
    """``block`` with the signature right under it (_SIGNATURE, SIGNATURE_WORDS words at
    most), when only page chrome or the page's end follows it: the template signs its
    sign-off ("Until next time, keep cheering for your team!" / "— The Sports Desk Team").
    A last sentence opening a wrap-up under it is its verdict, unless it closed on one.

    >>> [_SIGNATURE.fullmatch(t) is not None for t in ("— The Sports Desk Team",
    ...                                               "- 3 tbsp of sugar", "— Reuters/AP")]
    [True, False, False]
    """
    if not block.plain:
        return block
    end = next(i for i, ln in enumerate(lines) if ln is block.lines[-1])
    if end + 1 >= len(lines):
        return block
    under = lines[end + 1]
    if under.markup or not (
            (_SIGNATURE.fullmatch(under.bare) and len(under.bare.split()) <= SIGNATURE_WORDS + 1)
            # or its verdict under a template ("Artıları: …" / "Genel olarak …, harika bir …")
            or (ends_sentence(under.bare) and _opens_wrap_up(under.bare)
                and not _opens_wrap_up(block.lines[-1].bare))) \
            or not chrome_under(lines, end + 1):
        return block
    return replace(block, lines=(*block.lines, under))


def with_faq_below(lines: Sequence[Line], block: Block) -> Block:
    """``block`` with the labelled questions and answers right under it (FAQ_TEMPLATE_PAIRS
    pairs at least, each question on its label and its answer on its own: "Вопрос: …?" /
    "Ответ: …") and perhaps a call urging the reader on after them, when only page chrome
    follows: a second template of the same appendix ("Итоги" / "— …" / "Вопрос: …"). A
    block that already closes on such pairs takes the call under them ("Понравилась
    статья? Поделитесь ею с друзьями!"), which alone would pass for the site's share box.

    >>> doc = Document.from_text("Q: Does it work offline?\\nA: Yes, it works offline.\\n"
    ...                          "Q: Is it free?\\nA: The basic version is free.\\n© 2025\\n")
    >>> _labelled_pairs(read_lines(doc), 0)
    2
    """
    if not block.plain:
        return block
    end = next(i for i, ln in enumerate(lines) if ln is block.lines[-1])
    pairs = _labelled_pairs(lines, end + 1)
    if pairs >= FAQ_TEMPLATE_PAIRS:
        last = end + 2 * pairs
    elif end + 1 >= 2 * FAQ_TEMPLATE_PAIRS \
            and _labelled_pairs(lines, end + 1 - 2 * FAQ_TEMPLATE_PAIRS) >= FAQ_TEMPLATE_PAIRS:
        last = end  # (the block closes on them: only the call under them is left to take)
    else:
        return block
    if last + 1 < len(lines) and _urges(lines[last + 1]):
        last += 1
    if last == end or not chrome_under(lines, last):
        return block
    return replace(block, lines=(*block.lines, *lines[end + 1:last + 1]))


#: Lines of trivia and calls under a block that close it, at most.
CLOSING_TAIL_LINES = 2


def with_closing_tail(lines: Sequence[Line], block: Block) -> Block:
    """``block`` with up to CLOSING_TAIL_LINES lines right under it that are a did-you-know
    sentence on its label ("豆知識：蒔絵とは、…") or a call urging the reader on ("…、SNSで
    シェアしてくださいね！"), the last of them a call, when only page chrome follows."""
    if not block.plain:
        return block
    end = next(i for i, ln in enumerate(lines) if ln is block.lines[-1])
    last = end
    for k in range(end + 1, min(end + 1 + CLOSING_TAIL_LINES, len(lines))):
        line = lines[k]
        if (_urges(line) or (k == end + 1 and TIPS_CLOSING.match(line.bare) is not None)) \
                and not any(m in line.bare for m in QUESTION_MARKS) \
                and not _SHARE_BOX.fullmatch(line.bare):
            # (also the sentence closing a glossary or tips: "Dzięki znajomości tych pojęć
            # każdy kibic …!")
            last = k  # (not the site's own "Ti è piaciuto questo articolo? Condividilo!")
        elif k == end + 1 and _COMMENT_WORD.search(line.bare) is not None and any(
                s.kind == "reader-prompt" and s.weight >= READER_SENTENCE_WEIGHT
                for s in line_signals(line, PLAIN)):
            # a question on the topic sent to the comments: "E aí, o time tem elenco para
            # subir? Conta pra gente nos comentários!"
            last = k
        elif line.markup or not ends_sentence(line.bare) \
                or DID_YOU_KNOW.match(re.split(r"[:：]", line.bare, maxsplit=1)[0]) is None:
            break
    if last == end or not chrome_under(lines, last):
        return block
    return replace(block, lines=(*block.lines, *lines[end + 1:last + 1]))


def _labelled_pairs(lines: Sequence[Line], start: int) -> int:
    """Questions on their labels each answered on its label, from line ``start``."""
    pairs = 0
    while start + 2 * pairs + 1 < len(lines):
        ask, answer = lines[start + 2 * pairs], lines[start + 2 * pairs + 1]
        if ask.markup or answer.markup or Q_LABEL.match(ask.bare) is None \
                or not ask.bare.endswith(QUESTION_MARKS) or A_LABEL.match(answer.bare) is None:
            break
        pairs += 1
    return pairs


#: Paragraphs under an answered title question that are still its answer, at most.
TITLE_ANSWER_TAIL = 2


def with_answer_tail(lines: Sequence[Line], block: Block,
                     options: Mapping[str, Any]) -> Block:
    """``block``, when it opens on the title asked again, with up to TITLE_ANSWER_TAIL
    sentences under it, one of which names the question's words again, with only page
    chrome under them: the answer goes on ("… vô địch Cúp Phố Hiến 2024 như thế nào?" / "… nhờ
    màn ngược dòng …" / "Chiến thắng này cho thấy …")."""
    first = block.lines[0]
    if not block.plain or not first.restates_title:
        return block
    start = next(i for i, ln in enumerate(lines) if ln is first)
    end = last = start + len(block.lines) - 1
    asked = {w[:KEYWORD_STEM] for w in topic_words(first.bare)}
    while (last + 1 < len(lines) and last - end < TITLE_ANSWER_TAIL
           and is_article_sentence(lines[last + 1].bare) and not _asks(lines[last + 1].bare)
           and not lines[last + 1].markup):
        last += 1
    named = any(asked & {w[:KEYWORD_STEM] for w in topic_words(ln.bare)}
                # (a Korean word takes its particle: "쿠션" → "쿠션으로")
                or any(len(a) >= 2 and _HANGUL.match(a) and w.startswith(a)
                       for a in asked for w in topic_words(ln.bare))
                for ln in lines[end + 1:last + 1])
    if last == end or not named or not chrome_under(lines, last):
        return block
    return _extended(lines, block, start, last, options)


def _stock_section(lines: Sequence[Line], span: tuple[int, int]) -> Block:
    """The block of a stock section closing the text (stock_list_end), with its shape as
    its evidence."""
    block = _evaluate(lines, *span, PLAIN)
    heading = lines[span[0]]
    items = sum(1 for ln in lines[span[0] + 1 : span[1] + 1] if _BULLET_ITEM.match(ln.segment.text))
    signal = Signal("wrap-up", heading.segment.line, CAPS["wrap-up"],
                    f"{heading.bare.rstrip(':?？؟ ')!r} over {items} list items closing the text")
    totals = dict(block.totals)
    totals["wrap-up"] = CAPS["wrap-up"]
    return replace(block, signals=(signal, *block.signals), totals=tuple(totals.items()),
                   score=round(sum(totals.values()), 2), strongest=max(block.strongest,
                                                                      signal.weight),
                   template=True)


#: Paragraphs a wrap-up closing the text without a heading (closing_wrap_up) has at
#: least and at most, and paragraphs of article above it at least.
CLOSING_WRAP_UP_LINES = (2, 4)
CLOSING_WRAP_UP_ARTICLE = 5
#: Words of a wrap-up's opening before its comma, at most ("В заключение хочется отметить,").
CLOSING_OPENER_WORDS = 4
_FIGURE = LazyPattern(r"\d")


def closing_wrap_up(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a generator's wrap-up that closes a plain text with no
    heading: a paragraph opening with a wrap-up and a comma ("En conclusion, …",
    "Ukuqukumbela, …", "Sonuç olarak, …"; or "いかがでしたか？" alone), then more
    paragraphs, CLOSING_WRAP_UP_LINES in all, perhaps the last a question to the readers,
    with no figure and no "I" in any of them, only the page's chrome under them
    (chrome_under) and CLOSING_WRAP_UP_ARTICLE paragraphs (_paragraph) of article above.

    An author's own summary opens on a colon or gives figures ("In short: the saving is
    £19,000 a year …"), and a columnist's last word closes an opinion page (OPINION_LABEL
    in its head): neither is taken.

    >>> text = "".join(f"Paragraph {w} of the report says what the town council decided "
    ...                "at its meeting.\\n" for w in "one two three four five".split())
    >>> text += ("In conclusion, the new route is a welcome step for the whole region.\\n"
    ...          "It remains to be seen how residents will respond in the coming months.\\n"
    ...          "Share: Facebook | X\\n")
    >>> closing_wrap_up(read_lines(Document.from_text(text)))
    (5, 6)
    """
    if any(OPINION_LABEL.match(ln.bare) or OPINION_LABEL.match(ln.bare.partition(":")[0])
           for ln in lines[:HEAD_ZONE_LINES]):
        return None  # (a label alone, "Opinion", or over the title, "Opinion: Auto-…")
    least, most = CLOSING_WRAP_UP_LINES
    article = 0
    for i, line in enumerate(lines):
        running = _paragraph(line)
        if not (article >= CLOSING_WRAP_UP_ARTICLE and (
                (running and _opens_wrap_up(line.bare) and _closing_opener(line.bare))
                or _HOW_WAS_IT.fullmatch(line.bare))):
            article += running
            continue
        end = i
        while end + 1 < len(lines) and end + 1 - i < most \
                and _paragraph(lines[end + 1]):
            end += 1
        if end - i + 1 >= least and chrome_under(lines, end) and not any(
                _FIGURE.search(ln.bare) or FIRST_PERSON.search(ln.bare)
                for ln in lines[i:end + 1]):
            return i, end  # (no "I": a speaker's "In conclusion, I want to leave you …")
        article += running
    return None


#: The Japanese blogger's "How was it?" alone on its line, over the recap ("今回は…をご紹介
#: しました。").
_HOW_WAS_IT = LazyPattern(r"いかがでしたか[？?]|いかがでしたでしょうか[？?]")


def _closing_opener(bare: str) -> bool:
    """True when a wrap-up opens a paragraph with a comma after a few words ("En
    conclusion, …"), not a colon ("In short: …", an author's own summary)."""
    head, comma, _ = bare.partition(",")
    if not comma:
        head, comma, _ = bare.partition("،")
    return bool(comma) and ":" not in head and "：" not in head \
        and len(head.split()) <= CLOSING_OPENER_WORDS


def _with_closing_section(lines: Sequence[Line], block: Block | None,
                          options: Mapping[str, Any]) -> Block | None:
    """``block``, or a closing section found by its shape (closing_wrap_up,
    experts_section, emoji_checklist) when ``block`` does not fire, or the two as one
    block when the section runs into it ("В заключение, …" over "А как вы считаете …?")."""
    for find, what in ((closing_wrap_up, "paragraphs opening with a wrap-up"),
                       (experts_section, "unnamed experts' views"),
                       (emoji_checklist, "a checklist of pictograph bullets")):
        span = find(lines)
        if span is None:
            continue
        if block is None or not fires(block, options):
            return _closing_section(lines, span, what)
        first = next(k for k, ln in enumerate(lines) if ln is block.lines[0])
        if span[0] < first <= span[1] + 1:
            return _closing_section(lines, (span[0], max(span[1], first + len(block.lines)
                                                         - 1)), what)
    return block


def _closing_section(lines: Sequence[Line], span: tuple[int, int], what: str) -> Block:
    """The block of a section closing the text found by its shape, with that shape as
    its evidence."""
    block = _evaluate(lines, *span, PLAIN)
    signal = Signal("wrap-up", lines[span[0]].segment.line, CAPS["wrap-up"],
                    f"{span[1] + 1 - span[0]} lines of {what} closing the text")
    totals = dict(block.totals)
    totals["wrap-up"] = CAPS["wrap-up"]
    return replace(block, signals=(signal, *block.signals), totals=tuple(totals.items()),
                   score=round(sum(totals.values()), 2),
                   strongest=max(block.strongest, signal.weight), template=True)


#: A source with a name: a title before it ("Dr. Ravi Menon", "Prof. Lind"), or two
#: capitalised words inside a sentence ("… sagt die Energieexpertin Anna Vogt").
_NAMED_SOURCE = LazyPattern(
    r"\b(?:Dr|Prof|Dra|Mr|Mrs|Ms)\.?\s+[A-Z]|\bд-р\b|\bпроф\.|(?<=[\w,] )"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]+ [A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]+")
#: Paragraphs that each cite experts an experts' section without a heading
#: (experts_section) has at least, and paragraphs of article above it at least.
HEADLESS_EXPERTS, EXPERTS_ARTICLE = 3, 3


def _paragraph(line: Line) -> bool:
    """True when a line is a sentence of a paragraph (is_article_sentence), not a
    copyright line."""
    return is_article_sentence(line.bare) and not is_copyright(line.bare)


#: An item of a checklist a generator bullets with pictographs ("✅ …", "❌ …", "👉 …"),
#: and the marks that open other lines: a rating's stars, a menu's "☰", a "♡ Save"
#: button, a stamp's or a counter's clock, calendar or eye.
_PICTOGRAPH_ITEM = LazyPattern(r"\s*([\u2600-\u27bf\U0001f300-\U0001faff])\ufe0f?\s*(\S.*)")
_NOT_BULLETS = frozenset("★☆☰♡👍👎⭐👁📅🕒⏱🗓📆⏰🕐")
#: Items a pictograph checklist closing the text (emoji_checklist) has at least, and
#: paragraphs of article above it at least.
CHECKLIST_ITEMS, CHECKLIST_ARTICLE = 3, 3
_WORDS_OR_CHARS = (2, 6)


def _checklist_item(line: Line) -> bool:
    """True when a line is an item of a pictograph checklist: a phrase of two words or
    more (six characters, in scripts without spaces) after the mark, with no figure, link
    or row of links."""
    match = _PICTOGRAPH_ITEM.fullmatch(line.segment.text)
    if match is None or match.group(1) in _NOT_BULLETS:
        return False
    item = match.group(2)
    return (" | " not in item and "://" not in item and _FIGURE.search(item) is None
            and (len(item.split()) >= _WORDS_OR_CHARS[0] or len(item) >= _WORDS_OR_CHARS[1]))


def emoji_checklist(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a checklist the generator bullets with pictographs
    below the article: CHECKLIST_ITEMS items or more in a row ("✅ Weniger Autoverkehr …",
    "❌ Hohe Anschaffungskosten …"), with the short heading above them ("📌 今日重點一次看 👇")
    and the sentence closing them, if any, and only the page's chrome under it.

    >>> text = "".join(f"Paragraph {w} of the story tells what the city decided today.\\n"
    ...                for w in "one two three".split())
    >>> text += ("Pros and cons at a glance\\n✅ Less traffic in the centre\\n"
    ...          "✅ Cleaner air\\n❌ Limited funds\\nTags: cycling\\n")
    >>> emoji_checklist(read_lines(Document.from_text(text)))
    (3, 6)
    """
    article = index = 0
    while index < len(lines):
        if not (article >= CHECKLIST_ARTICLE and _checklist_item(lines[index])):
            article += _paragraph(lines[index])
            index += 1
            continue
        end = index
        while end + 1 < len(lines) and _checklist_item(lines[end + 1]):
            end += 1
        if end + 1 - index >= CHECKLIST_ITEMS:
            start, above = index, lines[index - 1]
            if not _paragraph(above) and len(above.bare) <= READER_HEADING_CHARS \
                    and " | " not in above.bare and not is_copyright(above.bare):
                start -= 1  # its heading
            if end + 1 < len(lines) and _paragraph(lines[end + 1]):
                end += 1  # the sentence closing it
            if chrome_under(lines, end):
                return start, end
        index = end + 1
    return None


#: A bulleted list item: numbered ones are a recipe's or a guide's steps.
_BULLET_ITEM = LazyPattern(r"^\s*(?:[-*•—–►▸✓✔]\s+|[・●■◆▪]\s*)\S")
#: Bulleted sentences a stock section closing the text holds at least (stock_list_end).
STOCK_LIST_ITEMS = 3
_ITEM_ENDS = (*SENTENCE_ENDS, "؟")
#: A Japanese item's polite verb, a sentence's end without its "。" ("・…人気のお店です").
_POLITE_ENDS_JA = ("です", "ます", "でした", "ました", "ません")


def stock_list_end(lines: Sequence[Line], min_start: int) -> tuple[int, int] | None:
    """The first and last index of a stock section that closes a plain text: a stock
    section heading ("Key facts at a glance", "এক নজরে", "هل تعلم؟") or a wrap-up
    heading, its items under it (_section_items: bulleted sentences, a fact box, or
    paragraphs that speak to the reader), perhaps one closing
    line (an exhortation, a wrap-up sentence, a question to the readers), and after it
    the page's chrome, with STOCK_TRAILING_SENTENCES short sentences in it at most (a
    "follow us" line), none right under the section. A generator's summary of the
    article it follows; the same heading inside the text has the article going on under
    its list.

    >>> doc = Document.from_text("Mango blossom came two weeks early this year across the "
    ...     "district's orchards.\\nAt a glance\\n• Blossom came early.\\n• Yields may rise."
    ...     "\\n• Prices may fall.\\nShare\\n")
    >>> stock_list_end(read_lines(doc), 1)
    (1, 4)
    """
    for head in range(len(lines) - STOCK_LIST_ITEMS - 1, min_start - 1, -1):
        line = lines[head]
        if line.markup or FAQ_HEADING.match(line.bare) or not (
                SECTION_HEADING.match(line.bare) or is_wrap_up_heading(line.bare)):
            continue
        end, closing = _section_items(lines, head + 1, advice=bool(
            TO_READER.search(line.bare) or READER_ADDRESS.search(line.bare)),
            takeaways=TAKEAWAYS_HEADING.match(line.bare) is not None)
        if end is None:
            continue
        last = end - 1
        if end < len(lines) and _closes_section(lines[end]):
            last = end
        elif closing:
            continue  # a fact box closes with an exhortation, or it is the text's own
        after = lines[last + 1:]
        running = [ln for ln in after if is_running_text(ln)]
        # (a long sentence deep in the footer is the site's blurb: "Le Nid Bavard est un
        # blog indépendant …", six lines of links under the section)
        near = [ln for ln in after[:STOCK_NEAR_LINES] if is_running_text(ln)]
        if ((after and is_running_text(after[0])) or len(running) > STOCK_TRAILING_SENTENCES
                or any(len(ln.bare.split()) > STOCK_TRAILING_WORDS for ln in near)
                or any(_BULLET_ITEM.match(ln.segment.text) for ln in after)):
            return None  # the text goes on under the list
        if not any(is_running_text(ln) for ln in lines[:head]):
            return None  # no article above it: the page is this list
        if any(HELP_CENTRE.search(ln.bare) for ln in lines):
            return None  # a help centre's article: its sections are its own
        return head, last
    return None


#: Lines a Markdown section closing a plain text holds under its heading, at least and
#: at most (markdown_tail).
MARKDOWN_TAIL_LINES = (2, 14)
#: Words of that section's heading, at most, and of a plain line in it, at least.
MARKDOWN_TAIL_HEADING_WORDS, MARKDOWN_TAIL_LINE_WORDS = 12, 5


def _text_goes_on(after: Sequence[Line]) -> bool:
    """True when the article's text goes on in the lines ``after`` a section: more than
    STOCK_TRAILING_SENTENCES lines of running text, or a long one among the first
    STOCK_NEAR_LINES; the page's chrome holds a short sentence or two at most."""
    return sum(map(is_running_text, after)) > STOCK_TRAILING_SENTENCES or any(
        len(ln.bare.split()) > STOCK_TRAILING_WORDS
        for ln in after[:STOCK_NEAR_LINES] if is_running_text(ln))


#: Sentences of a short news story above a section found by its shape, at least.
STORY_SENTENCES = 5


def _story_above(lines: Sequence[Line], start: int) -> bool:
    """True when an article stands above line ``start``: BARE_FAQ_ARTICLE_LINES lines of
    running text, or a short story of STORY_SENTENCES sentences in shorter paragraphs."""
    return article_above(lines, start) or _sentences_above(lines, start) >= STORY_SENTENCES


def markdown_tail(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a Markdown section closing a plain text: the page's
    first markup is a heading (``## Корутунду``, ``**Mu ncamake**``) below the article,
    over MARKDOWN_TAIL_LINES lines that are sentences, list items or table rows (more
    headings among them), with only the page's chrome under it. A scraper's plain text
    carries no Markdown; a text generator writes it, and a block of it after the article
    is appended, whatever its language. Call only on a plain-text document.

    >>> story = "Crews cleared the mud by the evening, and the coastal road reopened at nine.\\n"
    >>> doc = Document.from_text(4 * story + "## Корутунду\\nЖол кайра ачылды, баары "
    ...     "жакшы болот.\\nБаары жакшы болот, биз ишенебиз!\\nTags: roads, rain\\n")
    >>> markdown_tail(read_lines(doc))
    (4, 6)
    >>> doc = Document.from_text(4 * story + "## Comments\\nGreat story, thanks for that.\\n"
    ...     "Mine was flooded too, last winter.\\n")
    >>> markdown_tail(read_lines(doc)) is None
    True
    """
    start = next((i for i, ln in enumerate(lines) if ln.markup), None)
    if start is None or not _story_above(lines, start):
        return None
    head = lines[start]
    if not _is_emphasised(head.segment.text) or ends_sentence(head.bare) \
            or len(head.bare.split()) > MARKDOWN_TAIL_HEADING_WORDS \
            or COMMENTS_HEADING.fullmatch(head.bare) is not None:
        return None
    end, listed = start, False
    while end + 1 < len(lines) and end - start < MARKDOWN_TAIL_LINES[1]:
        line = lines[end + 1]
        text = line.segment.text.strip()
        if is_copyright(line.bare) or share_line(line.bare) or _NETWORK.search(line.bare) \
                or (not line.markup and SUBSCRIPTION_PITCH.search(line.bare) is not None) \
                or (not line.markup and len(line.bare.split()) < MARKDOWN_TAIL_LINE_WORDS
                    and not LIST_ITEM.match(text) and not _TABLE_ROW.fullmatch(text)):
            break  # the page's: "Gostou? Compartilhe!", "이 글이 도움이 되셨나요?", "© …"
        if LIST_ITEM.match(text) or _TABLE_ROW.fullmatch(text):
            listed = True
        elif not (ends_sentence(line.bare) or _is_emphasised(text)):
            break
        elif listed and not _is_emphasised(text):
            end += 1
            break  # one sentence closes a list or a table: a disclaimer under it is the site's
        end += 1
    body = [ln for ln in lines[start + 1:end + 1] if not _is_emphasised(ln.segment.text)]
    if len(body) < MARKDOWN_TAIL_LINES[0]:
        return None
    if _text_goes_on(lines[end + 1:]):
        return None
    return start, end


#: Words of an unbulleted item under a stock heading, at most.
PLAIN_ITEM_WORDS = 16
#: The same under a takeaways heading ("Key Takeaways"), whose points run longer.
TAKEAWAY_ITEM_WORDS = 20


def _plain_item(line: Line, limit: int = PLAIN_ITEM_WORDS) -> bool:
    """True when a line is one short plain sentence, as a summary's unbulleted item is
    ("Mantener horarios regulares es fundamental para un sueño de calidad.")."""
    bare = line.bare
    return (not line.markup and bare.endswith(SENTENCE_ENDS) and not _asks(bare)
            and ARTICLE_SENTENCE_WORDS <= word_count(bare) <= limit
            and one_sentence(bare) and not LIST_ITEM.match(line.segment.text)
            # (not the newsletter's pitch under it: "The Weekly: one email a week, no spam.")
            and not _pitch(bare))


#: Words of a newsletter's pitch at most: a longer sentence naming a mailing is text.
PITCH_WORDS = 12


def _pitch(bare: str) -> bool:
    """True when a short line pitches a newsletter or an account ("The Weekly: one email
    every Saturday, no spam.")."""
    return word_count(bare) <= PITCH_WORDS and SUBSCRIPTION_PITCH.search(bare) is not None


def one_sentence(bare: str) -> bool:
    """True when ``bare`` holds one sentence: a full stop after an abbreviation, with the
    text going on in lower case or in figures, ends none ("nuo gegužės 5 d. iki rugsėjo",
    "siekia 3,4 mln. eurų."); in scripts without case every stop ends one.

    >>> one_sentence("Remonto darbų vertė siekia 3,4 mln. eurų.")
    True
    >>> one_sentence("Es regnet. Wir bleiben."), one_sentence("雨です。帰ります。")
    (False, False)
    """
    return all(part[:1].islower() or part[:1].isdigit()
               for part in _SENTENCES.split(bare.strip())[1:])


#: A fact box's line: a short label and its value ("Cost: Sh1.2 billion").
_FACT_LINE = LazyPattern(r"[^\W\d_][^:：]{1,30}[:：]\s+\S")
#: Paragraphs addressing the reader under a stock section ("What this means for you").
ADVICE_PARAGRAPHS = (2, 4)


def _section_items(lines: Sequence[Line], start: int, advice: bool,
                   takeaways: bool = False) -> tuple[int | None, bool]:
    """Where the items under a stock section heading end (the index after the last), and
    whether a closing line must follow them; (None, False) when there are too few: at
    least STOCK_LIST_ITEMS bulleted sentences, or as many lines of a fact box ("Cost:
    Sh1.2 billion"; a closing must follow), or, under a heading that speaks to the reader
    (``advice``: "What this means for you"), ADVICE_PARAGRAPHS paragraphs, the first and
    one more of them addressing the reader too ("If you usually cross …")."""
    end = start
    while end < len(lines) and _BULLET_ITEM.match(lines[end].segment.text) \
            and (lines[end].bare.endswith(_ITEM_ENDS)
                 or lines[end].bare.endswith(_POLITE_ENDS_JA)):
        end += 1
    if end - start >= STOCK_LIST_ITEMS:
        return end, False
    end = start  # or one short sentence a line, unbulleted ("Puntos clave", "Mantener …")
    limit = TAKEAWAY_ITEM_WORDS if takeaways else PLAIN_ITEM_WORDS
    while end < len(lines) and _plain_item(lines[end], limit):
        end += 1
    if end - start >= STOCK_LIST_ITEMS + 1:
        return end, False
    end = start
    while end < len(lines) and _FACT_LINE.match(lines[end].bare) and not lines[end].markup:
        end += 1
    if end - start >= STOCK_LIST_ITEMS:
        return end, True
    if not advice:
        return None, False
    low, high = ADVICE_PARAGRAPHS
    end = start
    while end < len(lines) and end - start < high and is_running_text(lines[end]) \
            and not lines[end].markup:
        end += 1
    addressed = [bool(TO_READER.search(ln.bare) or READER_ADDRESS.search(ln.bare))
                 for ln in lines[start:end]]
    if end - start >= low and addressed[0] and sum(addressed) >= low:
        return end, False
    return None, False


#: Sentences the chrome under a stock section may hold ("Follow us on Facebook …"), and
#: their words at most: a paragraph of the text is longer.
STOCK_TRAILING_SENTENCES = 2
STOCK_TRAILING_WORDS = 20
#: Lines under a stock section in which a long sentence is the text going on.
STOCK_NEAR_LINES = 5


def _closes_section(line: Line) -> bool:
    """True when a line closes a generator's section: an exhortation, a wrap-up sentence
    or an invitation to the readers."""
    prompt = _reader_prompt(line, PLAIN)
    return (is_exhortation(line.bare) or WRAP_UP_SENTENCE.match(line.bare) is not None
            or (prompt is not None and prompt[0] >= READER_SENTENCE_WEIGHT))


def with_heading_body(lines: Sequence[Line], block: Block,
                      options: Mapping[str, Any]) -> Block:
    """``block`` with a section closing it: when the block ends on a Markdown heading or
    a plain wrap-up heading ("Kesimpulan"), or a Markdown heading follows it ("## Book
    Your Viewing Today"), the one paragraph under that heading, which no signal of its
    own marks ("Don't miss out on …"), is the block's too. A plain-text page holds no
    Markdown headings of its own, and a wrap-up heading ending the block heads text."""
    if not block.plain:
        return block  # in Markdown, a heading is the document's own
    end = next(i for i, ln in enumerate(lines) if ln is block.lines[-1])
    start = end - len(block.lines) + 1
    last = lines[end]
    if is_heading(last) or (is_wrap_up_heading(last.bare) and not FAQ_HEADING.match(last.bare)):
        heading = end  # the block's last line heads a paragraph: "Kesimpulan", "## Fazit"
    else:
        heading = end + 1
        if heading >= len(lines) or not is_heading(lines[heading]):
            return block
    if heading + 1 >= len(lines) or not is_running_text(lines[heading + 1]) \
            or is_heading(lines[heading + 1]):
        return block
    return _extended(lines, block, start, heading + 1, options)


#: A search page's "People also ask" box under its heading words in the probes'
#: languages: pasted from a search page, never the page's own FAQ.
PEOPLE_ALSO_ASK = GuardedPattern(
    r"also ask|also asked|are also asking|fragen auch|fragten auch|fragen sich viele|"
    r"ezt is kérdezik|aussi demandé|"
    r"demandent aussi|también pregunta|também perguntam|chiedono anche|vragen ook|"
    r"pytają (?:również|także|też)|ρωτούν επίσης|также спрашивают|також запитують|"
    r"ayrıca soruyor|bunları da soruyor|juga bertanya|भी पूछते|आरও জিজ্ঞাসা|আরও জিজ্ঞাসা|"
    r"இதையும் கேட்கிறார்கள்|ยังถาม|cũng hỏi|こちらも質問|还问了|還問了|함께 묻는|"
    r"שואלים גם|يسأل الناس|frågar också|spør også|spørger også|kysyvät myös|"
    r"se také ptají|ezt is kérdezték|întreabă și|mai întreabă|huuliza|itinatanong din|"
    r"还在问|還在問|人们还问|人們還問|人们也在问|ആളുകൾ ചോദിക്കുന്ന|"
    # (the same box as "Related questions", "You may also want to know")
    r"related questions|relacionadas|connexes|similaires|correlate|verwandte fragen|"
    r"ähnliche fragen|gerelateerde|powiązane|похожие вопросы|связанные вопросы|пов['’]язані|"
    r"ilgili sorular|terkait|berkaitan|liên quan|súvisiace|související|relaterade|relaterede|"
    r"关联问题|相关问题|相關問題|関連する質問|관련 질문|ذات صلة|संबंधित|ที่เกี่ยวข้อง|"
    r"to know|想知道|知りたい|궁금해요", re.I)


#: Subheadings asked above a block of questions and answers, at least, that make it the
#: explainer's own: its sections are questions from the top.
OWN_QUESTION_HEADINGS = 2


def _asked_all_along(lines: Sequence[Line], start: int) -> bool:
    """True when OWN_QUESTION_HEADINGS subheadings above line ``start``, below the
    headline and a lead of OWN_FAQ_SENTENCES paragraphs at most, are questions each
    answered by a paragraph: an explainer that asks its questions all along ("What is a
    tiered tariff?" / its paragraph / "Why does the air conditioning cost so much?" / …),
    whose last sections are no appended FAQ."""
    asked = lead = 0
    for k in range(1, start - 1):
        if lines[k].bare.endswith(QUESTION_MARKS) and not is_running_text(lines[k]) \
                and is_running_text(lines[k + 1]) \
                and not lines[k + 1].bare.endswith(QUESTION_MARKS):
            asked += 1
        elif not asked and is_running_text(lines[k]):
            lead += 1  # (the explainer asks from under its lead: a review asks at its end)
    return asked >= OWN_QUESTION_HEADINGS and lead <= OWN_FAQ_SENTENCES


#: Characters of an interviewer's short label at most, with its mark: "P.", "Q:", "F:".
SHORT_LABEL_CHARS = 3


def _asked_on_its_label(lines: Sequence[Line], start: int) -> bool:
    """True when the question at ``start`` opens on a short label ("P.", "Q:") that
    OWN_QUESTION_HEADINGS questions above it open on as well: the page's own interview
    goes on there ("P. ¿Qué distingue una red bien cosida?" under "P. ¿Cuántas redes …?"
    / "R. Ni idea. …"), whatever its questions repeat of the headline.

    >>> doc = Document.from_text("Title\\nP. ¿Why?\\nR. Because.\\nP. ¿When?\\nR. Now.\\n"
    ...                          "P. ¿Where?\\n")
    >>> _asked_on_its_label(read_lines(doc), 5)
    True
    """
    label = lines[start].bare.split(maxsplit=1)[0]
    if len(label) > SHORT_LABEL_CHARS or not label.endswith((".", ":", "：")):
        return False
    return sum(ln.bare.startswith(label + " ") and ln.bare.endswith(QUESTION_MARKS)
               for ln in lines[:start]) >= OWN_QUESTION_HEADINGS


#: Sentences above a plain FAQ heading, fewer than which make the FAQ the page itself (a
#: help page's "よくある質問" under its trail and its site's slogan).
OWN_FAQ_SENTENCES = 2


#: A contact label with a telephone number or an e-mail address after it, as a notice
#: or a service page closes ("문의: 학사지원팀 (02-940-7714)", "Contact: Registry,
#: registry@uni.example"); a generator's FAQ names no office to call.
_OFFICE_CONTACT = LazyPattern(
    # (or any short label over both a phone number and an e-mail address: "Kontaktai:
    # Gyventojų aptarnavimo skyrius, … tel. (8 455) 12 345, el. p. …@…")
    r"[^\W\d_][\w .-]{0,30}[:：]\s*(?=.*\d[\d ()./-]{5,}\d)(?=.*\w@\w).+|"
    r"(?:문의(?:처)?|연락처|contact|inquiries|enquiries|kontakt\w*|контакт\w*|contacto|"
    r"contato|renseignements|informazioni|informatie|informacje|iletişim|kontak|liên hệ|"
    r"お問い合わせ|問い合わせ先|"
    r"联系(?:方式|电话)?|聯絡(?:方式|電話)?|咨询电话|諮詢電話|للاستفسار|לפרטים|संपर्क)"
    r"\s*[:：]\s*\S.*(?:\d[\d ()./-]{5,}\d|@\w)", re.I)


def _pages_own_faq(lines: Sequence[Line], block: Block) -> bool:
    """True when ``block`` is a plain FAQ the page itself holds: on a help page, whose
    headline asks a question ("What happens if I miss my delivery?") or that is a help
    centre's article (HELP_CENTRE; then no reader prompt in the block), or a service
    page's, whose whole run of questions on the page (not only the part in the block)
    answers beyond its questions (service_faq). A generator's FAQ under a marked-up
    heading still counts."""
    first = block.lines[0]
    start = next(i for i, ln in enumerate(lines) if ln is first)
    if (block.plain and not first.markup and first.bare.endswith(QUESTION_MARKS)
            and sum(_asks(ln.bare) for ln in block.lines) >= 2
            and (sum(is_article_sentence(ln.bare) and not ln.bare.endswith(QUESTION_MARKS)
                     for ln in lines[:start]) < OWN_FAQ_SENTENCES
                 or _asked_all_along(lines, start) or _asked_on_its_label(lines, start))):
        # an explainer's questions under its lead: the page is made of them (a call to
        # share a job ad asks once: "Kjenner du noen …?" / "Del annonsen …"), or its
        # subheadings asked the same way from the top ("تعرفه‌ی پلکانی یعنی چه؟"), or the
        # interviewer's questions on the same short label ("P. ¿…?" / "R. …")
        return True
    if not block.plain or first.markup or not FAQ_HEADING.match(first.bare) \
            or PEOPLE_ALSO_ASK.search(first.bare):
        return False
    prompts = any(s.kind == "reader-prompt" for s in block.signals)
    # (a headline asking the reader's question heads a help page, unless a person signs
    # the page: "Por Mariana Garza" heads a blogger's article)
    asks = _headline_asks(lines[:min(start, TITLE_LINES)]) and not any(
        _PERSON_BYLINE.fullmatch(ln.bare) for ln in lines[:min(start, TITLE_LINES + 4)])
    # (a help desk's last answer tells what to do; a generator's urges the reader on:
    # "… ぜひ素敵な紅葉狩りを楽しんでくださいね！")
    urges = is_exhortation(last_sentence(block.lines[-1].bare))
    end = next(i for i, ln in enumerate(lines) if ln is block.lines[-1])
    if not prompts and end + 1 < len(lines) and _OFFICE_CONTACT.match(lines[end + 1].bare):
        return True  # a notice's own FAQ, then its office's contact: "문의: 학사지원팀 (02-…)"
    run = faq_run(lines, start + 1)
    return ((not prompts and (asks
                              or any(HELP_CENTRE.search(ln.bare) for ln in lines)
                              or sum(is_article_sentence(ln.bare) for ln in lines[:start])
                              < OWN_FAQ_SENTENCES))
            or (service_faq(run) and not urges)
            # a shop's product page (its price alone on a line above) answering three
            # buyers' questions on delivery, returns and care
            or (not prompts and not urges and service_faq(run, SHOP_FAQ_PAIRS, SHOP_FAQ_ECHO)
                and any(_PRICE_ALONE.fullmatch(ln.bare) for ln in lines[:start])))


#: The break after a sentence: a full stop, a question or exclamation mark and a space,
#: or a Chinese or Japanese one.
_SENTENCE_BREAK = LazyPattern(r"(?<=[.!?؟।۔])\s+|(?<=[。！？])")


def last_sentence(bare: str) -> str:
    """The last sentence of a line.

    >>> last_sentence("A. 朝早く訪れるのがおすすめです。ぜひ楽しんでくださいね！")
    'ぜひ楽しんでくださいね！'
    >>> last_sentence("Yes. It is free for everyone.")
    'It is free for everyone.'
    """
    parts = [p for p in _SENTENCE_BREAK.split(bare) if p.strip()]
    return parts[-1].strip() if parts else bare


#: A person's byline in the head: "By Ana Ruiz", "Por Mariana Garza Treviño".
_PERSON_BYLINE = LazyPattern(r"(?:by|por|par|von|door|di|da|oleh|av|af|przez|od|tarafından)\s+"
                             r"(?-i:[A-ZÀ-ÖØ-Þ][^\W\d_]+)(?:\s+(?:(?-i:de|van|der|den|von|da|"
                             r"di|del|la|le|du|dos|das|ten|ter)\s+){0,2}(?-i:[A-ZÀ-ÖØ-Þ][^\W\d_]+))"
                             r"{1,3}", re.I)
#: A help centre's marks (Zendesk, Intercom, Freshdesk): its name opening the trail
#: ("Help Center › Invoices"), its "Was this article helpful?" widget. A plain FAQ on such
#: a page answers the page's own questions; a "Help Center" tab in the site's menu does
#: not make its blog's pages help articles.
HELP_CENTRE = LazyPattern(
    r"^(?:help\s+cent(?:er|re)|knowledge\s+base|support\s+cent(?:er|re)|hilfe-?cent(?:er|re)|"
    r"centre\s+d['’]aide|centro\s+de\s+ayuda|central\s+de\s+ajuda|centro\s+assistenza|"
    r"helpcentrum|centrum\s+pomocy)\s*[›>»/|]|"
    r"^(?:was\s+this\s+(?:article|page|answer)\s+helpful|did\s+this\s+(?:article|answer)\s+"
    r"(?:help|answer\s+your\s+question)|war\s+dieser\s+artikel\s+hilfreich|"
    r"cet\s+article\s+vous\s+a-t-il\s+été\s+utile|¿?(?:te\s+ha\s+resultado|fue|le\s+ha\s+"
    r"resultado)\s+útil\s+este\s+artículo|este\s+artigo\s+foi\s+útil|"
    r"questo\s+articolo\s+(?:ti\s+)?è\s+stato\s+utile|was\s+dit\s+artikel\s+nuttig|"
    r"czy\s+ten\s+artykuł\s+był\s+pomocny)\s*[?？]?$", re.I)


def _headline_asks(head: Sequence[Line]) -> bool:
    """True when a short question stands among the page's first lines before its running
    text: a help centre's headline."""
    for line in head:
        if is_running_text(line):
            return False  # the article began: no headline asked
        if line.bare.endswith(QUESTION_MARKS) and len(line.bare.split()) <= HELP_TITLE_WORDS:
            return True
    return False


def with_repeated_title(lines: Sequence[Line], block: Block,
                        options: Mapping[str, Any]) -> Block:
    """``block`` with the SEO preamble right above it, if there is one: a headline that
    repeats the title ("Kalinda Foods IPO Subscribed 38 Times: Complete Details"), perhaps
    with one paragraph under it that repeats the headline's words again; or a paragraph
    right above the block that repeats a phrase of the title in each of its sentences and
    addresses the reader ("If you are looking for a slow weekend in Porto, …"). Only a
    block that fires takes it: alone, such a headline is a related link or a caption."""
    start = next(i for i, ln in enumerate(lines) if ln is block.lines[0])
    end = start + len(block.lines) - 1
    for above in (start - 1, start - 2):
        if above < options["min-article-lines"] or not lines[above].repeats_title:
            continue
        if above == start - 2:
            paragraph = lines[start - 1]
            if (paragraph.markup or paragraph.bare.endswith(QUESTION_MARKS)
                    or len(topic_words(paragraph.bare) & topic_words(lines[above].bare))
                    < TITLE_SHARED_WORDS):
                continue
        return _extended(lines, block, above, end, options)
    if is_wrap_up_heading(block.lines[0].bare) and not block.lines[0].markup \
            and (heading := takeaways_above(lines, start)) is not None \
            and heading >= options["min-article-lines"]:
        # "Key Takeaways", plain sentences, then the "Conclusion" that fired: one template.
        return _extended(lines, block, heading, end, options)
    if (start - 1 > options["min-article-lines"] and _prompt_heading(lines, start)
            and DISCUSSION_HEADING.match(block.lines[0].bare) is None  # (a heading of its own)
            and any(s.kind == "reader-prompt" for s in block.signals
                    if s.line == block.lines[0].segment.line)):
        # "Join the Conversation" over the question to the readers that fired.
        return with_repeated_title(lines, _extended(lines, block, start - 1, end, options),
                                   options)
    if not block.below_section and (heading := section_above(lines, start)) is not None \
            and heading >= options["min-article-lines"]:
        # "What this means for you" and its paragraphs, then the FAQ that fired.
        return with_repeated_title(lines, _extended(lines, block, heading, end, options),
                                   options)
    first = block.lines[0]
    if (first.seo and not first.stuffed and start - 1 >= options["min-article-lines"]
            and is_title(lines[start - 1].bare) and not is_running_text(lines[start - 1])
            and len(topic_words(lines[start - 1].bare) & topic_words(first.bare))
            >= TITLE_SHARED_WORDS):
        # "Sorvane Jurema 2026: preço, versões e consumo" over its SEO paragraph
        return _extended(lines, block, start - 1, end, options)
    if (first.stuffed and start - 1 >= options["min-article-lines"]
            and (is_title(lines[start - 1].bare) or (
                lines[start - 1].bare.endswith(QUESTION_MARKS)
                and len(lines[start - 1].bare.split()) <= TITLE_MAX_WORDS))
            and not is_running_text(lines[start - 1])
            and any(word in topic_words(lines[start - 1].bare)
                    for word in first.stuffed.split() if len(word) >= 4)):
        # "Die beste Stirnlampe für Ihr nächstes Abenteuer" over its keyword-stuffed copy.
        return _extended(lines, block, start - 1, end, options)
    if first.seo and start - 1 >= options["min-article-lines"] \
            and _shares_keyword_pair(lines[start - 1].bare, first.bare):
        # two paragraphs of SEO copy on one keyword that is not the title's ("Wyprawka
        # szkolna 2025 to temat …" over "Pamiętaj, że wyprawka szkolna …")
        return _extended(lines, block, start - 1, end, options)
    if start > options["min-article-lines"] and lines[start - 1].seo_preamble:
        # "If you are looking for a slow weekend in Porto, this guide …" above the FAQ.
        return _extended(lines, block, start - 1, end, options)
    return block


def _keyword_pairs(bare: str) -> Counter[tuple[str, str]]:
    """How often a paragraph says each pair of words of four letters or more, each word
    by its first KEYWORD_STEM - 1 letters (Polish and Finnish inflect a keyword:
    "wyprawka szkolna", "wyprawkę szkolną")."""
    words = [w[:KEYWORD_STEM - 1] for w in _lower_words(bare)]
    return Counter((a, b) for a, b in zip(words, words[1:], strict=False)
                   if len(a) >= 4 and len(b) >= 4 and a not in _FUNCTION_WORDS)


def _shares_keyword_pair(above: str, below: str) -> bool:
    """True when the paragraph ``above`` says the pair of words that ``below`` repeats
    most SEO_PHRASE_REPEATS times or more, and so does ``below``: one keyword stuffed
    into two paragraphs.

    >>> _shares_keyword_pair("Wyprawka szkolna 2025 to temat, który co roku budzi emocje "
    ...     "wśród rodziców. Dobrze przygotowana wyprawka szkolna to podstawa udanego startu. "
    ...     "Jeśli szukasz, co powinna zawierać wyprawka szkolna i gdzie kupić wyprawkę "
    ...     "szkolną, ten poradnik jest dla Ciebie.", "Pamiętaj, że wyprawka szkolna nie musi "
    ...     "być droga: dobra wyprawka szkolna, tania wyprawka szkolna, wszystko o niej.")
    True
    """
    if not above.endswith(SENTENCE_ENDS) or len(above.split()) < SEO_MIN_WORDS:
        return False
    pairs = _keyword_pairs(below).most_common(1)
    if not pairs or pairs[0][1] < SEO_PHRASE_REPEATS:
        return False
    return _keyword_pairs(above)[pairs[0][0]] >= SEO_PHRASE_REPEATS


def _extended(lines: Sequence[Line], block: Block, start: int, end: int,
              options: Mapping[str, Any]) -> Block:
    """``block`` (ending on line ``end``) taken up to line ``start`` above it: the longer
    block when it fires on its own, else one that fires as the block it extends."""
    longer = _evaluate(lines, start, end, PLAIN if block.plain else MARKDOWN)
    return longer if fires(longer, options) else replace(longer, extends=block)


def fires(block: Block, options: Mapping[str, Any]) -> bool:
    """Two independent kinds with enough score, one very strong signal, or a closing pair."""
    if block.extends is not None:
        return fires(block.extends, options)
    if block.announced and _asks_labelled(block.lines[0].bare):
        return False  # "This interview has been edited for length." over its "Q: …" lines
    if block.template:
        return True
    if len(block.lines) == 1 and block.lines[0].echo and block.kinds == {"seo-copy"}:
        return False  # "… because the 7:10 bus is no luxury for six people." alone
    if block.strongest >= options["strong-signal"]:
        return True
    if options["closing-pair"] and (closing_pair(block) or closing_template(block)
                                    or appended_sections(block) or stacked_sections(block)):
        return True
    content = block.kinds - {"markup"}  # markup alone says "Markdown", not "generated"
    return (len(block.kinds) >= options["min-signals"] and bool(content)
            and block.score >= options["min-score"])


#: A stock section heading's topic after "of": "Avantages et inconvénients de ce projet de
#: recherche", "Pros and cons of the new bridge".
_SECTION_TOPIC = LazyPattern(r"\s+(?:of|for|de|du|des|del|della|dello|dei|delle|von|vom|der|"
                             r"van|do|da|dos|das|z|ze)\s+\S")


def stock_section(bare: str) -> bool:
    """True when ``bare`` is a stock section heading (SECTION_HEADING), perhaps with its
    topic after "of": "Avantages et inconvénients de ce projet de recherche"."""
    if SECTION_HEADING.match(bare):
        return True
    topic = _SECTION_TOPIC.search(bare)
    return topic is not None and SECTION_HEADING.match(bare[:topic.start()]) is not None


def appended_sections(block: Block) -> bool:
    """Plain text that ends in Markdown sections: the block opens with a heading, holds a
    stock wrap-up or section heading ("### Final Thoughts", "## What This Means for
    Renters") and prose under every heading, and nothing before it is marked up.

    A plain-text article has no headings written with "#"; a generator that appends its
    commentary writes them in Markdown, and its sections run to the end of the page.
    """
    # A whole bold line heads a section too where the block lists pros and cons under
    # labels ("**Avantages et inconvénients de ce projet**", "Avantages :", "- …"): a
    # reporter's bold "Key points" over two items is the text's own.
    pros_cons = any(PROS_CONS_LABEL.fullmatch(ln.bare) for ln in block.lines)

    def head(line: Line) -> bool:
        return is_heading(line) or (pros_cons and _section_head(line))

    if not block.plain or not head(block.lines[0]):
        return False
    headings = [i for i, ln in enumerate(block.lines) if head(ln)]
    stock = any(is_wrap_up_heading(block.lines[i].bare) or stock_section(block.lines[i].bare)
                for i in headings)
    # Every heading has a paragraph of prose under it, or a list of sentences ("- Take the
    # stairs instead of the elevator."); a list of links is a footer.
    # A wrap-up heading's list needs no full stops ("### この記事のポイント", "- …").
    # Under a stock heading, sub-headings or bold labels with a list each ("## Pros and
    # cons", "**Pros:**", "- …", "**Cons:**", "- …") are fed too.
    fed = all(i + 1 < len(block.lines) and (
        (stock and head(block.lines[i + 1]) and i != headings[-1])
        or (not head(block.lines[i + 1])
            and (word_count(block.lines[i + 1].bare) >= APPENDED_PARAGRAPH_WORDS
                 or sentence_list(block.lines, i + 1)
                 or (is_wrap_up_heading(block.lines[i].bare)
                     and list_items(block.lines, i + 1) >= WRAP_UP_LIST_ITEMS)
                 or (stock and i != headings[0] and list_items(block.lines, i + 1) >= 1)
                 or (stock and (block.lines[i + 1].label is not None
                                or PROS_CONS_LABEL.fullmatch(block.lines[i + 1].bare))
                     and list_items(block.lines, i + 2) >= 1)
                 # an FAQ heading over its questions and answers ("## よくある質問",
                 # "Q. …？", "A. …")
                 or (FAQ_HEADING.match(block.lines[i].bare) is not None
                     and len(faq_run(block.lines, i + 1)) >= 2 * FAQ_TEMPLATE_PAIRS))))
              for i in headings)
    # Two sections or more, each with its paragraph, closing a plain text are a
    # generator's appendix even under headings of their own ("## Storage and Reheating").
    return (stock or len(headings) >= APPENDED_SECTIONS) and fed


#: Stock sections a plain block stacks, at least: "Key Takeaways" and "FAQs".
STACKED_SECTIONS = 2


def stacked_sections(block: Block) -> bool:
    """True when a plain block is STACKED_SECTIONS stock sections or more, one under the
    other, each a plain wrap-up or FAQ heading with lines under it ("Key Takeaways" and
    its sentences, "Final Thoughts" and "In conclusion, …", "FAQs" and its questions): a
    generator's appendix. An article ends on one such section, not two."""
    lines = block.lines

    def stock(line: Line) -> bool:
        return not line.markup and (is_wrap_up_heading(line.bare)
                                    or FAQ_HEADING.match(line.bare) is not None)

    if not block.plain or not stock(lines[0]):
        return False
    heads = [i for i, ln in enumerate(lines) if stock(ln)]
    fed = all(i + 1 < len(lines) and not stock(lines[i + 1]) for i in heads)
    return len(heads) >= STACKED_SECTIONS and fed


def _section_head(line: Line) -> bool:
    """A whole bold line standing as a heading (no sentence's end)."""
    return line.markup and _is_emphasised(line.segment.text) \
        and not line.bare.endswith(SENTENCE_ENDS)


#: A run of Chinese, Japanese or Korean letters, written without spaces between words.
_CJK_RUN = LazyPattern(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+")
#: Letters of such a run to a word, roughly.
CJK_LETTERS_PER_WORD = 2




def is_article_sentence(bare: str) -> bool:
    """True when a line is a sentence of the article: ARTICLE_SENTENCE_WORDS words or more
    ending like a sentence or, in Thai, Lao or Khmer, RUNNING_TEXT_CHARS characters or more.

    >>> is_article_sentence("The council meets in March."), is_article_sentence("Home | News")
    (True, False)
    >>> is_article_sentence("วันแรกเราเดินเล่นในตัวเมืองน่าน ปั่นจักรยานที่วัดภูมินทร์และวัดพระธาตุช้างค้ำ")
    True
    """
    if bare.endswith(SENTENCE_ENDS):
        return word_count(bare) >= ARTICLE_SENTENCE_WORDS
    return ends_sentence(bare)


def ends_sentence(bare: str) -> bool:
    """True when a line ends like a sentence: on a full stop, a question or exclamation
    mark, a closing quote, or, in Thai, Lao or Khmer, anywhere after RUNNING_TEXT_CHARS
    characters (those scripts end a sentence with a space)."""
    return bare.endswith(SENTENCE_ENDS) or (
        len(bare) >= RUNNING_TEXT_CHARS and _UNPUNCTUATED_SCRIPT.search(bare) is not None)


def word_count(bare: str) -> int:
    """The words of a line, a run of Chinese or Japanese letters counting one word for
    every CJK_LETTERS_PER_WORD letters.

    >>> word_count("The council meets in March."), word_count("誰でも簡単に作れる絶品レシピです。")
    (5, 8)
    """
    cjk = _CJK_RUN.findall(bare)
    if not cjk:
        return len(bare.split())
    rest = _CJK_RUN.sub(" ", bare).split()
    return len([w for w in rest if any(c.isalnum() for c in w)]) + sum(
        max(1, len(run) // CJK_LETTERS_PER_WORD) for run in cjk)


def sentence_list(lines: Sequence[Line], start: int) -> bool:
    """At least WRAP_UP_LIST_ITEMS list items from ``start``, each a sentence (ending in a
    full stop or an exclamation mark), up to the next line that is no list item.

    >>> doc = Document.from_text("- Take the stairs.\\n- Walk after meals.\\nPrivacy\\n")
    >>> sentence_list(read_lines(doc), 0), sentence_list(read_lines(doc), 2)
    (True, False)
    """
    items = 0
    for line in lines[start:]:
        if not LIST_ITEM.match(line.segment.text):
            break
        if not line.bare.endswith((".", "!")):
            return False
        items += 1
    return items >= WRAP_UP_LIST_ITEMS


def is_reader_question(bare: str) -> bool:
    """True when a line only asks the reader and invites them to reply or think it over:
    every sentence a question or an invitation, one question to the reader ("you",
    "皆さん") at least, and either an invitation or the readers addressed as a group. An
    interviewer's question to a guest ("What would you do differently?") is neither.

    >>> is_reader_question("皆さんの町ではどうですか？ぜひ考えてみてください。")
    True
    >>> is_reader_question("What would you do differently?")
    False
    """
    asks = invites = group = False
    for sentence in _SENTENCES.split(bare.strip()):
        if sentence.endswith(QUESTION_MARKS):
            addressed = (READER_ADDRESS.search(sentence) or READER_ADDRESS_CJK.search(sentence))
            asks = asks or addressed is not None
            group = group or READERS_ADDRESSED.search(sentence) is not None
        elif READER_SENTENCE.search(sentence) or REFLECT_INVITATION.search(sentence):
            invites = True
        else:
            return False
    return asks and (invites or group)


def closing_pair(block: Block) -> bool:
    """A short plain-text block from a wrap-up heading ("In Conclusion") to an invitation
    to comment ("Share your views below."): the generator's closing template.

    An article whose last paragraph starts "In conclusion," has no heading line, and one
    that ends on a question has no invitation, so neither is a pair.
    """
    table_rows = _TABLE_HEADING.fullmatch(block.lines[0].bare) is not None
    prose = [ln for ln in block.lines if not LIST_ITEM.match(ln.segment.text)
             and not _TABLE_ROW.fullmatch(ln.bare)
             and not (table_rows and _BARE_ROW.fullmatch(ln.bare))]
    if not block.plain or len(prose) > CLOSING_PAIR_MAX_LINES:
        return False
    if any(FIRST_PERSON.search(ln.bare) for ln in block.lines[1:]):
        return False  # "I'd love to hear how you did it": the author's own sign-off
    first = block.lines[0]
    if (is_wrap_up_heading(first.bare) or (first.markup and SECTION_HEADING.match(first.bare))) \
            and takeaways(block.lines):
        return True  # "Key Takeaways" or a bold "Did you know?" over a list
    last = block.last.line
    invites = any(s.kind == "reader-prompt" and s.line == last
                  and s.weight >= READER_SENTENCE_WEIGHT for s in block.signals)
    # (or a sign-off hoping the article helped and urging to share it: "หวังว่าบทความนี้จะ
    # เป็นประโยชน์ … อย่าลืมกดไลก์กดแชร์")
    invites = invites or (len(block.lines) > 2 and STAY_TUNED.match(block.lines[-1].bare)
                          is not None and EXHORTATION.search(block.lines[-1].bare) is not None)
    # (or a summary heading, its "In short, …" and an exhortation: "まとめ" / "いかが
    # でしたか？…" / … / "ぜひ早起きして…くださいね！")
    invites = invites or (len(block.lines) > 2 and _urges(block.lines[-1]) and any(
        s.kind == "wrap-up" and s.line == block.lines[1].segment.line for s in block.signals))
    # (or a summary table or list and one sentence that wraps up and urges: "穀雨食堂總整理"
    # / "| 餐點口味 | … |" … / "總結來說，…，快來安排一場美味的旅程吧！")
    table = _TABLE_HEADING.fullmatch(first.bare) is not None
    invites = invites or (len(block.lines) > 3 and (
        _urges(block.lines[-1]) or (table and closes_list(block.lines[-1].bare))) and all(
        LIST_ITEM.match(ln.segment.text) or _TABLE_ROW.fullmatch(ln.bare)
        or (table and _BARE_ROW.fullmatch(ln.bare)) for ln in block.lines[1:-1])
        and (table or any(s.kind == "wrap-up" and s.line == last for s in block.signals)))
    if invites and (wrap_up_head(block.lines, 0) or SECTION_HEADING.match(first.bare)
                    or is_tips_heading(first.bare)):
        # also "Did you know?", its facts and "Share this with your friends!", and
        # "Important tips", the tips and "What do you think? Tell us in the comments."
        return True
    # A summary heading ("まとめ", "Conclusion"), one or two plain paragraphs, and a
    # question to the reader ending the block: the generator's closing too.
    between = block.lines[1:-1]
    return (1 <= len(between) <= SUMMARY_PARAGRAPHS and is_wrap_up_heading(block.lines[0].bare)
            and not FAQ_HEADING.match(block.lines[0].bare)
            and all(not ln.markup and not ln.bare.endswith(QUESTION_MARKS)
                    and not LIST_ITEM.match(ln.segment.text) for ln in between)
            and any(s.kind == "reader-prompt" and s.line == last
                    and s.what == READER_QUESTION for s in block.signals))


#: Words of a "What do you think?" line standing as the heading of a discussion list, at most.
OPINION_HEAD_WORDS = 8


def opinion_head(bare: str) -> bool:
    """True when a line is nothing but a short "What do you think?", which may head the
    generator's questions to the readers as a discussion heading does.

    >>> opinion_head("Et vous, qu'en pensez-vous ?"), opinion_head("What do you think? "
    ...     "The council votes on the plan next week, and the vote is open to the public.")
    (True, False)
    """
    return (bare.endswith(QUESTION_MARKS) and len(bare.split()) <= OPINION_HEAD_WORDS
            and WHAT_DO_YOU_THINK.search(bare) is not None)


def closing_template(block: Block) -> bool:
    """A plain-text closing template that needs no second kind of signal:

    - an FAQ heading line ("Frequently Asked Questions") followed by at least
      FAQ_TEMPLATE_PAIRS questions, each with its answer, to the end of the block;
    - the title asked again as a question, answered by one or two paragraphs, the first of
      which repeats the title's words (the block is that and nothing else), perhaps under
      a wrap-up heading ("Kesimpulan" / "Jadi, bagaimana cara …?" / its answer);
    - the title asked again in bold, answered, then more bold questions each answered by
      one plain line (title_faq);
    - one paragraph opening "In conclusion," (or "In summary,", "To sum up,") strung with
      at least STOCK_PHRASES_WRAP_UP stock phrases ("serves as a reminder", "it remains
      to be seen"), or up to WRAP_UP_RUN_LINES such paragraphs, each opening a wrap-up
      or holding a stock phrase (wrap_up_run), or one such paragraph and an exhortation
      to share the article with friends ("¡Comparte este artículo con tus amigos…!") or
      an invitation to comment ("¡Cuéntanos en los comentarios!"), no "I" in either;
    - a plain "Key takeaways" line, two to six plain sentences, and a last line opening
      "In conclusion," that ends the page: the takeaways template without its bullets;
    - the title restated as an SEO heading ("… – Everything You Need to Know"), a
      paragraph or more, and a conclusion (a wrap-up heading or "In conclusion, …"), in
      at most SEO_TEMPLATE_MAX_LINES lines.

    A real explainer's questions are set in an article of questions, which is no block
    at the end; a reporter's last paragraph rarely opens "In conclusion," and seldom
    holds two stock phrases.
    """
    if not block.plain:
        return False
    lines, first = block.lines, block.lines[0]
    if DISCUSSION_HEADING.match(first.bare) or reader_heading(first.bare):
        return discussion_list(lines)
    if opinion_head(first.bare):
        return discussion_list(lines)  # "Et vous, qu'en pensez-vous ?" over the questions
    if FAQ_HEADING.match(first.bare) and PEOPLE_ALSO_ASK.search(first.bare) \
            and paa_questions(lines):
        return True
    if FAQ_HEADING.match(first.bare):
        return faq_template(lines) or unanswered_questions(lines)
    if first.bare.endswith(QUESTION_MARKS) and bare_faq(lines):
        return True
    if labelled_interview(lines):
        return True
    if outro(block):
        return True
    thanked = len(lines) % 2 == 1 and INTERVIEWER_LABEL.match(first.bare) is not None \
        and _interviewer_thanks(lines, 0, len(lines) - 1)
    asked = lines[:-1] if thanked else lines
    if _asks_labelled(first.bare) and len(lines) >= 2 * HEADLESS_INTERVIEW_PAIRS - thanked \
            and len(asked) % 2 == 0 and all(
                _asks_labelled(asked[k].bare) and _answers_labelled(asked[k + 1].bare)
                for k in range(0, len(asked), 2)):
        # an interview under the article, without a heading (_headless_interview), perhaps
        # two questions and the interviewer's thanks
        return True
    if DID_YOU_KNOW.match(first.bare) and not first.markup \
            and TRIVIA_FACTS[0] <= len(lines) - 1 <= TRIVIA_FACTS[1] + 1 \
            and all(ends_sentence(_TRAILING_SYMBOLS.sub("", ln.bare)) for ln in lines[1:]):
        return True  # a trivia box (appended_trivia found it below the article)
    if GLOSSARY_HEADING.match(first.bare) and len(lines) >= 4 and all(
            _defines(ln.bare) for ln in lines[1:]):
        return True  # a glossary under its heading (appended_glossary found it below the article)
    if (is_wrap_up_heading(first.bare) or is_titled_wrap_up(first.bare)) and summary_faq(lines):
        return True
    if first.restates_title and not first.markup and plain_title_faq(lines):
        return True
    if first.restates_title and 2 <= len(lines) <= TITLE_QUESTION_MAX_LINES:
        return _title_answered(lines)
    if (first.restates_title and len(lines) == TITLE_QUESTION_MAX_LINES + 1
            and _invites_comments(block, lines[-1])):
        return _title_answered(lines)  # and the question to the readers closing it
    if (first.restates_title and 3 <= len(lines) <= TITLE_QUESTION_MAX_LINES + 3
            and _title_answered(lines[:2])
            and any(_opens_wrap_up(ln.bare) for ln in lines[2:])
            and (_opens_wrap_up(lines[-1].bare) or STAY_TUNED.match(lines[-1].bare)
                 or is_exhortation(lines[-1].bare))):
        return True  # the title asked, answered, wrapped up ("总之，…") and signed off
    if (_opens_wrap_up(lines[-1].bare) and _invites_comments(block, lines[-1])
            and labelled_qa_above(lines, len(lines) - 1) == 0):
        return True  # labelled questions and answers closed by a wrap-up asking for comments
    if (len(lines) >= 3 and lines[1].restates_title and not lines[1].markup
            and wrap_up_head(lines, 0) and len(lines) - 1 <= TITLE_QUESTION_MAX_LINES):
        return _title_answered(lines[1:])  # "Kesimpulan" over the title question answered
    if first.restates_title and first.question and title_faq(lines):
        return True
    if _opens_wrap_up(first.bare) and len(lines) <= WRAP_UP_RUN_LINES:
        return wrap_up_run(lines) or (len(lines) == 2 and (
            _SHARE_WITH_FRIENDS.search(lines[1].bare) is not None
            or (_invites_comments(block, lines[1]) and not any(
                FIRST_PERSON.search(ln.bare) for ln in lines))))
    if TAKEAWAYS_HEADING.match(first.bare):
        return takeaways_end(lines) == 0 or takeaways_close_at(lines, 0) == len(lines) - 1
    if is_wrap_up_heading(first.bare) and takeaways_close_at(lines, 0) == len(lines) - 1:
        return True  # "Considerazioni finali", its paragraphs, "Non ti resta che provare!"
    if (is_wrap_up_heading(first.bare) or is_titled_wrap_up(first.bare)
            or PROS_AND_CONS_HEADING.search(first.bare) or VERDICT_QUESTION.match(first.bare)) \
            and verdict_lists(lines):
        return True

    if first.repeats_title and len(lines) <= SEO_TEMPLATE_MAX_LINES:
        return any(is_wrap_up_heading(ln.bare) or is_titled_wrap_up(ln.bare)
                   or WRAP_UP_SENTENCE.match(ln.bare) for ln in lines[2:])
    return False


def _title_answered(lines: Sequence[Line]) -> bool:
    """The title asked again (``lines[0]``) and answered in its own words by the line
    under it, which asks nothing."""
    answer, asked = lines[1].bare, lines[0].bare
    if _CJK_RUN.search(asked) and not answer.endswith(QUESTION_MARKS) \
            and not _HANGUL.search(asked):  # (Korean spaces its words: judged as words)
        runs = topic_words(asked)  # (whole phrases: each must stand in the answer)
        # (one run may be the title's phrases run together with the question's particle:
        # "…也能玩嗎？" answered "…也能玩，…")
        return (len(runs) >= 2 and all(run in answer for run in runs)) or (
            len(runs) == 1 and len(run := next(iter(runs))) > CJK_TITLE_CHARS
            and run[:-1] in answer)
    return not answer.endswith("?") and (
        len(topic_words(answer) & topic_words(asked)) >= TITLE_SHARED_WORDS - 1)


_HANGUL = LazyPattern(r"[\uac00-\ud7af]")


#: "Do you know someone who …?", the question a call to share a page opens with.
KNOW_SOMEONE = GuardedPattern(
    r"\b(?:know (?:someone|anyone|somebody)|conoces a alguien|conhece alguém|connaissez-vous "
    r"quelqu|tu connais quelqu|kennen sie jemanden|kennst du jemanden|conosci qualcuno|"
    r"ken je iemand|kent u iemand|znasz kogoś|znacie kogoś|знаете кого|знаєте когось|"
    r"tanıdığınız biri|tanıdığın biri|kenal seseorang|kenal siapa|bạn có biết ai|"
    r"känner du någon|kender du nogen|kjenner du noen|tunnetko jonkun|znáte někoho|"
    r"ismer valakit|cunoști pe cineva|poznaješ li nekoga|γνωρίζετε κάποιον)", re.I)
#: A question closed by an emoji, as a sign-off asks the reader ("Gampang banget kan? 😍").
_EMOJI_QUESTION = LazyPattern(r"[?？]\s*[\u2600-\u27bf\U0001F300-\U0001FAFF]\ufe0f?\s*$")
#: "Did you like this article?", a sign-off's question about the page itself.
LIKED_IT = GuardedPattern(
    r"\b(?:did you (?:like|enjoy) (?:this|the|our) (?:article|post|story|recipe|guide|review)|"
    r"te gustó (?:este|esta) (?:artículo|nota|receta|guía|reseña)|gostou (?:deste|desta|do|da) "
    r"(?:artigo|post|conteúdo|receita|review|análise|matéria|dica|texto)|"
    r"cet article vous a plu|vous avez aimé cet article|"
    r"hat (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag) gefallen|ti è piaciuto (?:questo|"
    r"l['’]) ?articolo|vond je dit artikel|bu (?:yazıyı|haberi|içeriği) beğendiniz mi|"
    r"apakah (?:anda|kamu) suka (?:artikel|tulisan) ini|вам понравилась (?:эта )?статья|"
    r"podobał (?:ci|wam) się (?:ten )?artykuł|bạn có thích bài viết)|"
    r"هل أعجبك(?:م)? (?:هذا )?المقال|क्या आपको (?:यह|ये) (?:लेख|आर्टिकल) पसंद आया", re.I)
#: Lines of a sign-off of prompts, at most, and the prompts it holds, at least.
OUTRO_LINES, OUTRO_PROMPTS = 5, 2
OUTRO_LINE_WORDS = 25


def outro(block: Block) -> bool:
    """True when a plain block is a sign-off made of prompts to the reader: OUTRO_PROMPTS
    lines or more inviting to comment or share, the others short sentences or
    exhortations ("Did you like it? 😊", "Every share helps us …"), perhaps under a
    wrap-up of any length ("Buod ng balita: …"), OUTRO_LINES lines at most, and no "I" in
    it (a blogger's own goodbye)."""
    lines = block.lines
    if not block.plain or not 2 <= len(lines) <= OUTRO_LINES:
        return False
    prompts = sum(_invites_comments(block, ln) for ln in lines)
    if prompts and any(_SHARE_WITH_FRIENDS.search(ln.bare) for ln in lines):
        # "Know someone who …?" or "Did you like this article?" over the call to share
        # the page with them
        prompts += sum(_asks(ln.bare) and (KNOW_SOMEONE.search(ln.bare) is not None
                                           or LIKED_IT.search(ln.bare) is not None)
                       for ln in lines)
    if _invites_comments(block, lines[-1]):
        # questions to the reader over the invitation that closes them count as prompts:
        # "Bạn nghĩ sao về …?", "Bạn đã từng …?", "Hãy để lại bình luận …"
        # (two of them: a column's last line may well ask its readers one question)
        asked = sum(_asks(ln.bare) and READER_ADDRESS.search(ln.bare) is not None
                    for ln in lines[:-1])
        prompts += asked if asked >= 2 else 0
    # (a wrap-up may open it, of any length: "Buod ng balita: …" over the calls to share
    # and comment)
    body = lines[1:] if len(lines) > 2 and _opens_wrap_up(lines[0].bare) else lines
    return prompts >= OUTRO_PROMPTS and not any(
        FIRST_PERSON.search(ln.bare) for ln in lines) and all(
        _invites_comments(block, ln) or is_exhortation(ln.bare)
        or (word_count(ln.bare) <= OUTRO_LINE_WORDS
            and ends_sentence(_TRAILING_SYMBOLS.sub("", ln.bare)))
        for ln in body)


def discussion_list(lines: Sequence[Line]) -> bool:
    """A discussion heading, DISCUSSION_QUESTIONS questions or more under it (a list, or
    a line each), and at most one line after them: the invitation to comment ("Share your
    thoughts in the comments below")."""
    first = 1
    if (len(lines) > 1 + DISCUSSION_QUESTIONS and not _asks(lines[1].bare)
            and any(mark in lines[1].bare for mark in QUESTION_MARKS)
            and is_running_text(lines[1])):
        first = 2  # a paragraph asking a question of its own leads in to the list
    asked = 0
    for line in lines[first:]:
        if not line.bare.endswith(QUESTION_MARKS) and not (
                asked == 0 and len(lines) == 3 and QUESTION_MARKS[0] in line.bare):
            break
        asked += 1
    rest = len(lines) - first - asked
    if asked == 1 and rest == 1:
        # one question (perhaps with a sentence after it) and the invitation to comment,
        # or a last word to the readers as a group ("여러분의 소중한 의견이 … 힘이 됩니다.")
        return READER_SENTENCE.search(lines[-1].bare) is not None \
            or READERS_ADDRESSED.search(lines[-1].bare) is not None
    return asked >= DISCUSSION_QUESTIONS and rest <= 1


#: A verdict heading that asks the reader's question: "Our verdict: should you buy X
#: shares?" (a review's own verdict states it: "Verdict: a gripping evening").
VERDICT_QUESTION = LazyPattern(r"(?:our |the |final )?(?:verdict|urteil|veredicto|verdetto|"
                               r"verdict final|oordeel|werdykt)\s*[:：]\s*[^?？]{5,80}[?？]$", re.I)


def verdict_lists(lines: Sequence[Line]) -> bool:
    """A verdict heading ("Konklusion: Er … den rigtige for dig?"), one or two paragraphs,
    a labelled list of pros and one of cons, and at most a closing line after them that
    closes a list as a generator does ("I sidste ende afhænger det rigtige valg af dine
    personlige behov …"): the review template appended to a test."""
    i = 1
    while i < len(lines) and i <= VERDICT_PARAGRAPHS and lines[i].bare.endswith(
            SENTENCE_ENDS) and not PROS_CONS_LABEL.fullmatch(lines[i].bare) \
            and _inline_label(lines[i].bare) is None:
        i += 1
    labels = 0
    while i < len(lines) and PROS_CONS_LABEL.fullmatch(lines[i].bare):
        items = list_items(lines, i + 1) or _sentence_items(lines, i + 1)
        if not items:
            return False
        labels, i = labels + 1, i + 1 + items
    if labels == 0:
        # or the label opening each item: "Pros: …", "Pros: …", "Cons: …", "Cons: …"
        seen: list[str] = []
        while i < len(lines) and (label := _inline_label(lines[i].bare)) is not None:
            if label in seen and label != seen[-1]:
                return False  # pros, cons and pros again: no template's order
            seen += [] if label in seen else [label]
            i += 1
        labels = len(seen)
    return (i > 1 and labels >= 2 and (i == len(lines) or (
        i == len(lines) - 1 and (closes_list(_LEAD_LABEL.sub("", lines[i].bare))
                                 or VERDICT_LABEL.match(lines[i].bare) is not None
                                 or _VERDICT_OPENER.match(lines[i].bare) is not None))))


#: "Overall" opening a review's one-sentence verdict under its pros and cons, with no
#: comma after it ("Insgesamt ein solides Gerät mit gutem Preis-Leistungs-Verhältnis, …").
_VERDICT_OPENER = LazyPattern(
    r"(?:overall|insgesamt|alles in allem|im gro(?:ß|ss)en und ganzen|unterm strich|"
    r"globalement|dans l['’]ensemble|en general|no geral|em geral|nel complesso|in generale|"
    r"al met al|over het geheel|ogólnie|genel olarak|secara keseluruhan|nhìn chung|"
    r"в целом|загалом|总的来说|總的來說|整體而言|整体而言|全体的に|전반적으로)\b[^?？]*[.!。！]",
    re.I)


#: A verdict's label opening the line that closes the pros and cons ("Verdict: While …").
VERDICT_LABEL = LazyPattern(r"(?:our |the |final |unser |unsere |notre |nuestro |nosso |"
                            r"il nostro |ons )?(?:verdict|urteil|fazit|veredicto|verdetto|"
                            r"verdict final|oordeel|werdykt|vonnis|dom|yargı|kết luận|"
                            # "Conclusion:" as a verdict's label: "Slutsats: …", "Conclusión: …"
                            r"conclusion|conclusión|conclusão|conclusione|schlussfolgerung|"
                            r"conclusie|slutsats|konklusion|konklusjon|johtopäätös|wniosek|"
                            r"závěr|záver|zaključak|sklep|következtetés|concluzie|sonuç|"
                            r"kesimpulan|вывод|висновок|заключение|συμπέρασμα|خلاصة|מסקנה|"
                            r"निष्कर्ष|結論|结论|결론)"
                            r"\s*[:：]\s+\S", re.I)


def _inline_label(bare: str) -> str | None:
    """The pros or cons label opening an item ("Pros: Drivers are paid on time."), in
    lower case, or None."""
    head, colon, rest = bare.partition(":")
    if not colon or not rest.strip() or not PROS_CONS_LABEL.fullmatch(head + colon):
        return None
    return head.strip().lower()


#: A label opening a closing line: "Verdict: Overall, …", "Fazit: …".
_LEAD_LABEL = LazyPattern(r"^[^\W\d_]{2,20}\s*[:：]\s+")
#: Lines of a pros-and-cons verdict, at most.
VERDICT_MAX_LINES = 14


def _sentence_items(lines: Sequence[Line], start: int) -> int:
    """How many short sentences (a list's items without their bullets) follow one another
    from ``start``, up to the next pros or cons label."""
    items = 0
    for line in lines[start:]:
        if PROS_CONS_LABEL.fullmatch(line.bare) or line.markup or not line.bare.endswith(
                SENTENCE_ENDS) or word_count(line.bare) > OUTRO_LINE_WORDS:
            break
        items += 1
    return items


#: Paragraphs between a verdict heading and its lists of pros and cons, at most.
VERDICT_PARAGRAPHS = 2


def _invites_comments(block: Block, line: Line) -> bool:
    """True when ``line`` of ``block`` invites comments (a reader prompt as heavy as an
    invitation at least: "¡Cuéntanos en los comentarios!")."""
    return any(s.kind == "reader-prompt" and s.line == line.segment.line
               and s.weight >= READER_SENTENCE_WEIGHT for s in block.signals)


def wrap_up_run(lines: Sequence[Line]) -> bool:
    """True when plain paragraphs close the page as the generator's wrap-up: each opens
    with a wrap-up ("In conclusion, …", "Key takeaways: …") or holds a stock phrase ("only
    time will tell"), and openings and stock phrases number STOCK_PHRASES_WRAP_UP + 1 at
    least: one "In conclusion," paragraph with two stock phrases, or "In conclusion, …",
    "Key takeaways: …" and "Ultimately, only time will tell …".
    """
    found = 0
    for line in lines:
        if line.markup or line.bare.endswith(QUESTION_MARKS):
            return False
        marks = _opens_wrap_up(line.bare) + len(STOCK_PHRASE.findall(line.bare))
        if not marks:
            return False
        found += marks
    return found > STOCK_PHRASES_WRAP_UP


#: Pairs a bare FAQ (no heading) needs at the end of a page, and running-text lines of
#: the article above it, at least.
BARE_FAQ_PAIRS, BARE_FAQ_ARTICLE_LINES = 3, 4


def bare_faq(lines: Sequence[Line]) -> bool:
    """True when ``lines`` are only questions each answered by one line, BARE_FAQ_PAIRS
    at least, whose answers restate their questions (more than SERVICE_FAQ_ECHO words
    shared on average: "Si possono congelare i passatelli?" / "I passatelli crudi si
    possono congelare …"), perhaps with a closing line: an FAQ a generator appends
    without a heading. A reporter's interview answers in its own words.

    >>> doc = Document.from_text("Can I freeze the dough?\\nYes, you can freeze the dough "
    ...     "for a month.\\nWhich cheese works best for the dough?\\nA hard aged cheese works "
    ...     "best in the dough.\\nHow long does the broth keep?\\nThe broth keeps for three "
    ...     "days in the fridge.\\n")
    >>> bare_faq(read_lines(doc))
    True
    """
    run = faq_run(lines, 0)
    pairs = len(run) // 2
    rest = len(lines) - 2 * pairs
    if pairs < BARE_FAQ_PAIRS or rest > 1 or (rest == 1 and not faq_close(lines, len(lines) - 1)):
        return False
    if any(ln.markup or ln.label is not None or Q_LABEL.match(ln.bare)
           or INTERVIEWER_LABEL.match(ln.bare) for ln in run):
        return False  # labelled or bold: the other templates' (or a transcript)
    speakers = {ln.bare.split(":", 1)[0] for ln in run if SPEAKER_LABEL.match(ln.bare)}
    if sum(SPEAKER_LABEL.match(ln.bare) is not None for ln in run) > pairs and (
            len(speakers) > 2 or any(len(name.split()) > 1 for name in speakers)):
        # speakers by their names ("Michel Martin: …" / "Rutte: …"): an interview; one
        # word for the question and one for the answer ("Tambaya:" / "Amsa:") are labels
        return False
    echo = sum(len(_stems(run[k].bare) & _stems(run[k + 1].bare))
               for k in range(0, 2 * pairs, 2))
    return echo / pairs > SERVICE_FAQ_ECHO


def article_above(lines: Sequence[Line], start: int) -> bool:
    """True when BARE_FAQ_ARTICLE_LINES lines of running text stand above line ``start``:
    an article, not a lead of a line or two over the page's own questions."""
    return sum(is_running_text(ln) for ln in lines[:start]) >= BARE_FAQ_ARTICLE_LINES


#: A podcast's chapter mark: a time stamp opening a line ("03:15 Ako sa meria …",
#: "(1:02:40) Fragen der Hörer", in any script's digits).
_CHAPTER = LazyPattern(r"[(\[]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?\s*(?:[-–—|]\s*)?[^\W\d_]")
#: Chapter marks a podcast's show notes list at least.
CHAPTER_MARKS = 3


def show_notes_above(lines: Sequence[Line], start: int) -> bool:
    """True when a podcast episode's show notes stand above line ``start``: a lead of two
    lines of running text at least and CHAPTER_MARKS chapter marks or list items ("00:00
    Úvod", "03:15 Ako sa meria podzemná voda"). An episode's page is its show notes; a
    dialogue below them that no transcript announces is no part of the episode's
    description.

    >>> doc = Document.from_text("Episode 4\\nWe talk about the village wells that ran "
    ...     "dry in the hottest summer for decades.\\nOur guest has measured the water "
    ...     "under the marshes for fifteen years.\\n00:00 Intro\\n03:15 Wells\\n"
    ...     "17:40 Canals\\nHost: Why now?\\n")
    >>> show_notes_above(read_lines(doc), 6)
    True
    """
    above = lines[:start]
    return (sum(_CHAPTER.match(ln.bare) is not None for ln in above) >= CHAPTER_MARKS
            # (or the list of what the episode tells: "V epizóde sa dozviete:" / "- …")
            or sum(LIST_ITEM.match(ln.segment.text) is not None for ln in above)
            >= CHAPTER_MARKS) and sum(is_running_text(ln) for ln in above) >= 2


#: A comment section's heading: "Comentarios", "Mga Komento", "Yorumlar", "Bình luận",
#: "تبصرے", "3 comments"; the readers' comments under it are no article.
COMMENTS_HEADING = LazyPattern(
    r"(?:\d+\s+)?(?:\w+\s+){0,2}(?:comments?|comentarios?|comentários?|commentaires?|"
    r"commenti|kommentare?|kommentarer|kommentit|kommentaarid|reacties|reacciones|"
    r"komentarze?|komentáře|komentáre|komentari|komentarji|komentāri|komentarai|komento|"
    r"komentar|hozzászólások|σχόλια|комментарии|коментарі|коментари|yorumlar|yorum|"
    r"bình luận|ý kiến bạn đọc|تبصرے|نظرات|التعليقات|תגובות|टिप्पणियाँ|ความคิดเห็น|"
    r"maoni|评论|評論|留言|コメント|댓글)(?:\s+\(?\d+\)?)?", re.I)


def chrome_under(lines: Sequence[Line], end: int) -> bool:
    """True when no two lines of running text in a row stand in the CLOSE_CHROME_LINES
    lines under line ``end`` (the readers' comments under a comment section's heading
    left out): the page's chrome follows, not more of the article."""
    under = lines[end + 1:end + 1 + CLOSE_CHROME_LINES]
    heading = next((k for k, ln in enumerate(under)
                    if COMMENTS_HEADING.fullmatch(ln.bare) is not None), None)
    rest = [is_running_text(ln) for ln in under[:heading]]
    return not any(a and b for a, b in zip(rest, rest[1:], strict=False))


def labelled_interview(lines: Sequence[Line]) -> bool:
    """True when ``lines`` are a short plain heading ("Intervju med projektledaren") over
    FAQ_TEMPLATE_PAIRS questions and answers or more, each opening on its label
    ("Fråga: …" / "Svar: …", or the interviewer's and the speaker's: "Riporter: …" /
    "Kerekes Gábor: …"), and nothing after them but perhaps a closing line: an
    interview the generator appends under a heading of its own. A reporter's interview
    opens under the article's lead, not under a heading of its own lower down.

    >>> doc = Document.from_text("Interview with the mayor\\nQ: Why now?\\nA: The deck was "
    ...     "rusting.\\nQ: What next?\\nA: A cycle lane.\\n")
    >>> labelled_interview(read_lines(doc))
    True
    """
    head = lines[0]
    named = _names_speaker(head.bare, lines)  # (a Title Case heading is no share row then)
    interview = INTERVIEW_HEADING.match(head.bare) is not None
    # (a figure may stand in an interview's heading: "Phỏng vấn chuyên gia về kỳ tuyển sinh
    # lớp 10 năm nay", not in another's, a stamp's or a score's)
    if (head.markup or not is_title(head.bare)
            or (any(c.isdigit() for c in head.bare) and not interview)
            or len(head.bare.split()) > INTRO_TITLE_MAX_WORDS or Q_LABEL.match(head.bare)
            or "@" in head.bare or "://" in head.bare or head.bare.count(",") > 1
            or _ROW_SEPARATOR.search(head.bare) or (_link_row(head.bare) and not named)
            or is_share_row(head.bare)):
        # (a contact line, "Contact: Name, role, e-mail", is no heading, nor a share row,
        # "Compartir: WhatsApp · Facebook · LinkedIn")
        return False
    pairs = 0
    i = 1
    while i + 1 < len(lines) and _asks_labelled(lines[i].bare) \
            and _answers_labelled(lines[i + 1].bare):
        pairs, i = pairs + 1, i + 2
    if pairs == 0 and (interview or named):
        pairs, i = _dialogue(lines, 1)  # "Forchetta Vagabonda: …" / "Marco Pellegatti: …"
    rest = len(lines) - i
    return pairs >= FAQ_TEMPLATE_PAIRS and (rest == 0 or (rest == 1 and (
        faq_close(lines, len(lines) - 1) or _interviewer_thanks(lines, 1, len(lines) - 1))))


def _speaker(bare: str) -> str:
    """The name of a speaker's label ("Olumide Fashola: …" → "Olumide Fashola"), without
    the role after a comma."""
    return bare.replace("：", ":").partition(":")[0].split(",")[0].split("(")[0].strip()


def _names_speaker(head: str, lines: Sequence[Line]) -> bool:
    """True when a heading names one of the two speakers whose labelled lines follow it
    (the second line and the third), by their full name: "Exclusive: Coach Olumide Fashola
    Speaks After Victory" over "Tunde Adeyemi-Cole: …" / "Olumide Fashola: …"."""
    if len(lines) < 3 or head.endswith(SENTENCE_ENDS) \
            or not all(SPEAKER_LABEL.match(ln.bare) for ln in lines[1:3]):
        return False
    names = {_speaker(ln.bare) for ln in lines[1:3]}
    if ":" in head and _speaker(head).upper() in {name.upper() for name in names}:
        return False  # (a speaker's own line naming the other is no heading)
    return len(names) == 2 and any(len(name.split()) >= 2 and name in head for name in names)


#: Words of the interviewer's last line, a thank-you, at most.
THANKS_WORDS = 12


def _interviewer_thanks(lines: Sequence[Line], first: int, after: int) -> bool:
    """True when the line at ``after`` is the interviewer's again (the label of the first
    question, at ``first``) and a short line that asks nothing: "Redaktion: Vielen Dank
    für das Gespräch."."""
    if after >= len(lines) or _asks(lines[after].bare):
        return False
    label, colon, rest = lines[first].bare.partition(":")
    return bool(colon) and lines[after].bare.startswith(label + ":") \
        and 0 < word_count(lines[after].bare[len(label) + 1:]) <= THANKS_WORDS


#: Items of a row parted by dots or bars: a share row or a menu, never a heading.
_ROW_SEPARATOR = LazyPattern(r"\s[·|•]\s")
def _link_row(bare: str) -> bool:
    """True when a line is a label and a row of links after its colon, each a capitalised
    name: "Partager : Facebook Pinterest WhatsApp E-mail".

    >>> _link_row("Partager : Facebook Pinterest WhatsApp E-mail")
    True
    >>> _link_row("Interview : Marie Dupont, directrice")
    False
    """
    label, colon, rest = bare.replace("：", ":").partition(":")
    words = rest.split()
    return bool(colon) and len(label.split()) <= 2 and len(words) >= 3 \
        and sum(w[:1].isupper() for w in words) >= 0.8 * len(words) \
        and not any(w.endswith(",") for w in words)


#: The interviewer's label of a transcript: "Riporter:", "Interviewer:", "Periodista:".
INTERVIEWER_LABEL = LazyPattern(
    r"^(?:interviewer|reporter(?:ka)?|riporter|entrevistador[a]?|intervistatore|toimittaja|"
    r"haastattelija|ajakirjanik|žurnalistas|žurnālists|novinář|novinár|novinar|новинар|"
    r"intervistatrice|journalist(?:e|in)?|periodista|jornalista|dziennikar(?:z|ka)|"
    r"журналист(?:ка)?|журналіст(?:ка)?|muhabir|wartawan|phóng viên|moderator|moderátor|"
    r"moderatorka|intervjuare|intervjuer|riportere|reportér|"
    r"記者|기자|रिपोर्टर|المحاور|מראיין|مصاحبه‌گر|"
    # Sinhala, Tamil, Bengali, Hindi, Nepali, Marathi, Urdu, Thai, Swahili, Tagalog,
    # Indonesian and Malay, Korean, Japanese and Chinese
    r"සාකච්ඡාකරු|සම්මුඛ සාකච්ඡාකරු|நேர்காணலர்|செய்தியாளர்|সাক্ষাৎকারগ্রহীতা|প্রতিবেদক|"
    r"साक्षात्कारकर्ता|पत्रकार|अन्तर्वार्ताकार|मुलाखतकार|انٹرویو لینے والا|انٹرویوور|نامہ نگار|"
    r"ผู้สัมภาษณ์|ผู้สื่อข่าว|mhoji|mwandishi|tagapanayam|pewawancara|penemu bual|인터뷰어|聞き手|"
    r"インタビュアー|主持人|采访者|採訪者|"
    # the journalist's word of Punjabi, Gujarati, Kannada, Malayalam, Telugu, Tamil,
    # Bengali, Sinhala, Burmese, Khmer, Lao, Amharic, Georgian, Armenian, Azerbaijani,
    # Kazakh, Mongolian, Albanian, Macedonian, Zulu, Yoruba, Hausa and Afrikaans
    r"ਪੱਤਰਕਾਰ|પત્રકાર|ಪತ್ರಕರ್ತ|ലേഖകൻ|റിപ്പോർട്ടർ|విలేకరి|நிருபர்|সাংবাদিক|මාධ්‍යවේදී|"
    r"သတင်းထောက်|អ្នកសារព័ត៌មាន|ນັກຂ່າວ|ጋዜጠኛ|ჟურნალისტი|լրագրող|jurnalist|müxbir|тілші|"
    r"сэтгүүлч|gazetari|gazetarja|новинар|intatheli|oníròyìn|dan jarida|ɗan jarida|"
    r"verslaggewer|onderhoudvoerder)\s*[:：]\s*\S", re.I)
#: A letter of a script without capitals (Hebrew, Arabic, the Indic scripts, Thai, Lao,
#: Burmese, Georgian, Khmer, Japanese, Chinese, Korean), which opens a name as a capital does.
CASELESS_LETTER = (r"[\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f"
                   r"\u10a0-\u10ff\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: A speaker's label: a name (and a role after a comma) and a colon: "Kerekes Gábor, a
#: Tiszaparti SE vezetőedzője:", "Dr. Voss:", "සචින්ද වීරසූරිය:".
SPEAKER_LABEL = LazyPattern(r"^(?:(?:Dr|Dra|Prof|Mr|Mrs|Ms|Sr|Sra|Ing|Lic|Mgr|Ir|Hr|Fr)\.\s*)?"
                            r"(?:(?-i:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЀ-ЏΑ-ΩΆ-Ώ])|" + CASELESS_LETTER + r")"
                            # (a full-width colon needs no space after it: "佐藤（FP）：まずは…")
                            r"[^:：.!?]{0,70}(?::\s+|：\s*)\S")


#: An interview's heading: "Intervista a Marco Pellegatti", "Exclusive interview with …".
INTERVIEW_HEADING = LazyPattern(
    # (perhaps after a kicker and its colon: "The Final Word: Our Chat With …")
    r"^(?:[^:：.!?]{1,30}[:：]\s+)?"
    r"(?:(?:an?|the|our|exclusive|exclusiv[ao]|esclusiv[ao]|exklusiv(?:es)?|exclusief)\s+)?"
    r"(?:interview|intervista|entrevista|intervju|interjú|haastattelu|wywiad|rozhovor|"
    r"interviu|intervija|intervjuu|intervistë|elkarrizketa|viðtal|"
    r"συνέντευξη|интервью|інтерв['’]ю|интервю|röportaj|wawancara|phỏng vấn|"
    r"インタビュー|인터뷰|采访|專訪|专访|访谈|مقابلة|ראיון|साक्षात्कार|"
    # Sinhala, Tamil, Telugu, Bengali, Nepali, Marathi, Urdu, Persian, Arabic, Thai,
    # Swahili, Tagalog, Malay, Georgian and Armenian
    r"සම්මුඛ සාකච්ඡාව|நேர்காணல்|ఇంటర్వ్యూ|সাক্ষাৎকার|अन्तर्वार्ता|मुलाखत|انٹرویو|مصاحبه|"
    r"حوار|สัมภาษณ์|mahojiano|panayam|temu bual|ინტერვიუ|հարցազրույց|"
    # "a conversation with …": Lithuanian, Polish, Croatian/Serbian, Slovene, Latvian
    r"pokalbis su|rozmowa z|razgovor s|pogovor z|saruna ar|"
    # and English, German, Spanish, Portuguese, French, Italian, Dutch, Swedish, Russian
    # and Ukrainian: "Conversation with our guest", "Im Gespräch mit …"
    r"(?:in )?conversation with|(?:a )?chat with|(?:im )?gespräch mit|conversación con|"
    r"conversa com|"
    r"entretien avec|conversazione con|(?:in )?gesprek met|samtal med|беседа с|розмова з)"
    r"(?!\w)"
    # "Ask the expert!" in Japanese and Chinese: "専門家に聞く！固定費見直しのポイント"
    r"|^[^。！？!?]{0,12}(?:に聞く|に聞いた|访谈|訪談|问答|問答)"
    # the word last, where the language puts it there: Turkish, Urdu, Hindi, Japanese,
    # Korean ("Yeni Sefer Hakkında Özel Röportaj", "کوچ سے خصوصی انٹرویو", "開発者インタビュー")
    r"|^[^:：.!?。！？]{2,60}(?:\s(?:özel\s+)?(?:röportaj|söyleşi)|\s(?:خصوصی\s+)?انٹرویو|"
    r"\sसाक्षात्कार|インタビュー|\s?인터뷰)$", re.I)


def _dialogue(lines: Sequence[Line], start: int) -> tuple[int, int]:
    """The pairs of a dialogue of two speakers from ``start``, each line opening on its
    speaker's label, the two alternating, and the index after them."""
    names: list[str] = []
    i = start
    while i < len(lines) and SPEAKER_LABEL.match(lines[i].bare) is not None:
        name = lines[i].bare[:lines[i].bare.find(":") if ":" in lines[i].bare else
                             lines[i].bare.find("：")].split(",")[0].split("(")[0].strip()
        if len(names) < 2:
            if name in names:
                break
            names.append(name)
        elif name != names[(i - start) % 2]:
            break
        i += 1
    pairs = (i - start) // 2
    return pairs, start + 2 * pairs


def _asks_labelled(bare: str) -> bool:
    return Q_LABEL.match(bare) is not None or INTERVIEWER_LABEL.match(bare) is not None


def _answers_labelled(bare: str) -> bool:
    return (A_LABEL.match(bare) is not None or (
        SPEAKER_LABEL.match(bare) is not None and not _asks_labelled(bare)))


#: The networks a share row names ("Поделиться: ВКонтакте Одноклассники Telegram").
_NETWORK = LazyPattern(r"(?<!\w)(?:facebook|whatsapp|telegram|twitter|x|linkedin|pinterest|"
                       r"reddit|viber|line|kakaotalk|weibo|wechat|微信|微博|vk|вконтакте|"
                       r"одноклассники|e-?mail|email|e-post|correo|tumblr|threads|bluesky|"
                       r"messenger|copy link|instagram|"
                       # the networks' names in Arabic, Persian, Hebrew, Russian, Thai,
                       # Korean and Japanese script
                       r"فيسبوك|فيس بوك|واتساب|واتس اب|تويتر|إكس|تلغرام|تيليجرام|فیسبوک|"
                       r"واتس[\u200c ]?اپ|تلگرام|ایکس|פייסבוק|וואטסאפ|טלגרם|фейсбук|телеграм|"
                       r"ватсап|เฟซบุ๊ก|ไลน์|페이스북|카카오톡|트위터|はてブ|フェイスブック)"
                       r"(?!\w)", re.I)
#: Networks a share row names at least, and the words it has at most.
SHARE_ROW_NETWORKS, SHARE_ROW_WORDS = 2, 12
#: Lines that may stand between a share row and what the generator appends under it.
SHARE_ROW_GAP = 2


#: A share button alone on its line, perhaps with what it shares: "Share this article",
#: "Del annonsen", "Deli novico", "Partager", "شیئر کریں", "اشتراک‌گذاری", "Chia sẻ".
SHARE_BUTTON = LazyPattern(
    r"(?:share|compartir|compartilhar|compartilhe|partager|teilen|condividi|delen|deel|del|"
    r"dela|deli|podeli|podijeli|udostępnij|sdílet|zdieľať|megosztás|jaa|jaga|dalintis|"
    r"dalīties|distribuie|paylaş|поделиться|поділитися|споделете|κοινοποίηση|bagikan|"
    r"kongsi|chia sẻ|ibahagi|i-share|shiriki|شارك|مشاركة|שתף|اشتراک[\u200c ]?گذاری|"
    r"شیئر کریں|शेयर करें|แชร์|共有する|共有|分享|공유하기|공유)"
    # (what it shares, in lower case: "Del annonsen", never "Del Monte")
    r"(?:\s+(?-i:[^\W\d_A-ZÀ-ÖØ-ÞА-Я][\w'’-]*)){0,2}\s*[:：]?", re.I)


@functools.lru_cache(maxsize=1024)  # asked again for each line nearby
def share_line(bare: str) -> bool:
    """True when a line is a share row (is_share_row) or a share button alone on its line
    (SHARE_BUTTON: "Del annonsen", "Share this article").

    >>> share_line("Deli novico"), share_line("Del Monte"), share_line("Share this article")
    (True, False, True)
    >>> share_line("Distribuie pe Facebook"), share_line("Share on Facebook what you saw")
    (True, False)
    """
    if SHARE_BUTTON.fullmatch(bare) is not None or is_share_row(bare):
        return True
    # a button that shares on one network: "Distribuie pe Facebook", "Compartir en WhatsApp"
    button = SHARE_BUTTON.match(bare)
    return button is not None and len(bare.split()) <= SHARE_ON_WORDS \
        and _NETWORK.fullmatch(bare.split()[-1]) is not None


#: Words of a button sharing on one network ("Teilen auf Facebook"), at most.
SHARE_ON_WORDS = 4


def is_share_row(bare: str) -> bool:
    """True when a line is a share row: a few words naming SHARE_ROW_NETWORKS networks.

    >>> is_share_row("Поделиться: ВКонтакте Одноклассники Telegram WhatsApp")
    True
    >>> is_share_row("Partager cet article : Facebook | X | WhatsApp | Copier le lien")
    True
    >>> is_share_row("We met on Facebook and talked on WhatsApp for a year before the wedding.")
    False
    """
    words = sum(any(c.isalnum() for c in w) for w in bare.split())  # ("|" and "·" are none)
    return words <= SHARE_ROW_WORDS and not bare.endswith(SENTENCE_ENDS) \
        and len(_NETWORK.findall(bare)) >= SHARE_ROW_NETWORKS


def _share_row_above(lines: Sequence[Line], start: int) -> int | None:
    """The index of a share row or button (share_line) right above line ``start``
    (SHARE_ROW_GAP lines of no running text between at most), or None."""
    for i in range(start - 1, max(start - 2 - SHARE_ROW_GAP, -1), -1):
        if share_line(lines[i].bare):
            return i
        if is_running_text(lines[i]):
            return None
    return None


def _under_share_row(lines: Sequence[Line], start: int) -> bool:
    """True when a share row stands right above line ``start``, whatever stands above it."""
    return _share_row_above(lines, start) is not None


def below_share_row(lines: Sequence[Line], start: int) -> bool:
    """True when a share row or button (share_line) stands right above line ``start``
    (SHARE_ROW_GAP lines of no running text between at most) under an article
    (BARE_FAQ_ARTICLE_LINES lines of running text above it): the article has ended there;
    a share row under the headline has no article above it."""
    i = _share_row_above(lines, start)
    return i is not None and (article_above(lines, i)
                              or _sentences_above(lines, i) >= BARE_FAQ_ARTICLE_LINES)


def shared_dialogue(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a dialogue below the article's share row: two named
    speakers taking turns ("Дмитрий Ковалёв, юрист: …" / "Анна Смирнова, корреспондент:
    …"), or questions and answers on their labels ("V: …" / "A: …"), FAQ_TEMPLATE_PAIRS
    turns each at least, with page chrome under it. A page's own interview or FAQ stands
    above its share row, not under it."""
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - 3):
        if not below_share_row(lines, start):
            continue
        pairs, after = _dialogue(lines, start)
        end = after - 1
        if after < len(lines) and pairs >= FAQ_TEMPLATE_PAIRS \
                and SPEAKER_LABEL.match(lines[after].bare) is not None:
            end = after  # (the first speaker's last word: three turns of theirs)
        if pairs < FAQ_TEMPLATE_PAIRS:
            end, pairs = start, 0
            while end + 1 < len(lines) and _asks_labelled(lines[end].bare) \
                    and _answers_labelled(lines[end + 1].bare):
                end, pairs = end + 2, pairs + 1
            end -= 1
        if pairs >= FAQ_TEMPLATE_PAIRS and not any(ANNOUNCED.search(ln.bare) for ln in lines) \
                and chrome_under(lines, end):
            return start, end
    return None


#: Lines a call to share under the share row has at least, and at most.
SHARED_CALL_LINES = (3, 6)


def _speaks_to_reader(line: Line) -> bool:
    """True when a sentence urges or addresses the reader: an exhortation, a call to
    share with friends, or a sentence to "you" (no newsletter's pitch)."""
    bare = line.bare
    return ends_sentence(bare) and SUBSCRIPTION_PITCH.search(bare) is None and (
        is_exhortation(bare) or _SHARE_WITH_FRIENDS.search(bare) is not None
        or READER_ADDRESS.search(bare) is not None)


def _keyword_bigrams(bare: str) -> Counter[tuple[str, str]]:
    """How often a paragraph says each pair of its words of four letters or more, short
    words between them left out ("svíčková na smetaně"), each by its first
    KEYWORD_STEM - 2 letters ("stanovanje", "stanovanja"; "darbas", "darbo")."""
    words = [w[:KEYWORD_STEM - 2] for w in _lower_words(bare)
             if len(w) >= 4 and w not in _FUNCTION_WORDS]
    return Counter(zip(words, words[1:], strict=False))


#: Paragraphs of SEO copy closing the article, at least and at most, and the times its
#: keyword is said in them together, at least.
STUFFED_RUN_LINES, STUFFED_RUN_REPEATS = (2, 4), 6
#: Characters the first paragraph of such copy has at least (the keyword twice in it).
STUFFED_RUN_CHARS = 60


def stuffed_run(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of SEO copy closing the article: STUFFED_RUN_LINES
    paragraphs, each saying one pair of words (a keyword: "stanovanje Ljubljana", its
    words inflected or apart), the first twice at least, STUFFED_RUN_REPEATS times
    together, with page chrome under them and an article above. A reporter names a place
    and its subject once a paragraph, not in every sentence.

    >>> doc = Document.from_text("A.\\nB.\\nC.\\nD.\\nFlat Ljubljana Bezigrad: looking for a "
    ...     "flat Ljubljana? This flat Ljubljana Bezigrad is ideal.\\nBuying a flat Ljubljana "
    ...     "is wise, and flats Ljubljana Bezigrad sell fast.\\nCall us about the flat "
    ...     "Ljubljana today!\\nSend enquiry\\n")
    >>> stuffed_run(read_lines(doc)) is None  # (no article above it)
    True
    """
    bigrams: dict[int, Counter[tuple[str, str]]] = {}

    def said_in(k: int) -> Counter[tuple[str, str]]:
        if k not in bigrams:
            bigrams[k] = _keyword_bigrams(lines[k].bare)
        return bigrams[k]

    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - 1):
        # (the cheap tests first: a paragraph of some length, then its word pairs)
        if not is_running_text(lines[start]) or len(lines[start].bare) < STUFFED_RUN_CHARS \
                or not any(chrome_under(lines, k) for k in range(
                    start + STUFFED_RUN_LINES[0] - 1, min(start + STUFFED_RUN_LINES[1],
                                                          len(lines)))):
            continue  # (only the article's last paragraphs have the chrome under them)
        top = [pair for pair, n in said_in(start).items() if n >= 2]
        if not top:
            continue
        end = start
        while end + 1 < len(lines) and end + 1 - start < STUFFED_RUN_LINES[1] \
                and is_running_text(lines[end + 1]) and not lines[end + 1].markup:
            end += 1
        for pair in top:
            said = [said_in(k)[pair] for k in range(start, end + 1)]
            last = max(k for k, n in enumerate(said) if n)  # (the run ends where it is said)
            if last + 1 >= STUFFED_RUN_LINES[0] and all(said[:last + 1]) \
                    and sum(said) >= STUFFED_RUN_REPEATS and chrome_under(lines, start + last) \
                    and (article_above(lines, start)
                         or _sentences_above(lines, start) >= BARE_FAQ_ARTICLE_LINES):
                return start, start + last
    return None


def _urges(line: Line) -> bool:
    """True when a line urges the reader on: an exhortation ("Thanks for reading, see you
    on the next trip!") or a call to share with friends."""
    return not line.markup and SUBSCRIPTION_PITCH.search(line.bare) is None and (
        is_exhortation(line.bare) or _SHARE_WITH_FRIENDS.search(line.bare) is not None)


#: Characters a line between a call to share and the sign-off closing it has at most.
CALL_LINE_CHARS = 160


def closing_calls(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a run of calls to the reader closing the article: a
    call to share with friends first and a sign-off last ("… อย่าลืมกดแชร์ให้เพื่อน ๆ" /
    two short lines / "ขอบคุณที่อ่านจนจบค่ะ …"), SHARED_CALL_LINES lines in all, with an
    article above and page chrome under them."""
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - SHARED_CALL_LINES[0] + 1):
        first = lines[start]
        if len(first.bare) > 2 * CALL_LINE_CHARS or not ends_sentence(first.bare) \
                or not any(chrome_under(lines, k) for k in range(
                    start + SHARED_CALL_LINES[0] - 1, min(start + SHARED_CALL_LINES[1],
                                                          len(lines)))) \
                or _SHARE_WITH_FRIENDS.search(first.bare) is None or not _urges(first):
            continue
        for end in range(min(len(lines) - 1, start + SHARED_CALL_LINES[1] - 1),
                         start + SHARED_CALL_LINES[0] - 2, -1):
            if _urges(lines[end]) and all(
                    len(ln.bare) <= CALL_LINE_CHARS and not ln.markup and ends_sentence(ln.bare)
                    for ln in lines[start + 1:end]) \
                    and (article_above(lines, start) or sum(
                        is_article_sentence(ln.bare) for ln in lines[:start])
                        >= BARE_FAQ_ARTICLE_LINES) and chrome_under(lines, end):
                return start, end
    return None


def shared_call(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a call to share under the article's share row:
    SHARED_CALL_LINES sentences that all speak to the reader, two of them at least
    urging ("Semoga panduan ini bermanfaat …!", "… jangan lupa bagikan kepada teman …",
    "Klik tombol bagikan dan ajak …!"), with page chrome or the comments under them."""
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - SHARED_CALL_LINES[0] + 1):
        if not below_share_row(lines, start):
            continue
        end = start - 1
        while end + 1 < len(lines) and end + 1 - start < SHARED_CALL_LINES[1] \
                and _speaks_to_reader(lines[end + 1]):
            end += 1
        urging = sum(is_exhortation(ln.bare) or _SHARE_WITH_FRIENDS.search(ln.bare) is not None
                     for ln in lines[start:end + 1])
        if end + 1 - start >= SHARED_CALL_LINES[0] and urging >= 2 and chrome_under(lines, end):
            return start, end
    return None


#: Items of a list of tips under the share row, at least and at most.
SHARED_LIST_ITEMS = (3, 10)
#: Words of such a list's heading, at most, and of each item, at least.
SHARED_LIST_HEADING_WORDS, SHARED_LIST_ITEM_WORDS = 12, 4
_NUMBER = LazyPattern(r"\d+")


#: A list's closing sentence that applies "the tips above": "Dengan menerapkan tips di
#: atas, …", "By following these tips, …", "Siguiendo estos consejos, …".
TIPS_CLOSING = LazyPattern(
    r"^(?:by following|if you follow|with|following|apply(?:ing)?) (?:these|the above|all these|"
    r"our) (?:\w+ )?(?:tips|steps|tricks|suggestions)|"
    r"^dengan (?:menerapkan|mengikuti|melakukan) (?:tips|cara|langkah(?:-langkah)?|trik)"
    r"(?: \w+)? (?:di atas|tersebut|ini)|"
    r"^(?:siguiendo|con) estos (?:\w+ )?(?:consejos|trucos|pasos)|"
    r"^(?:seguindo|com) (?:essas|estas) (?:\w+ )?(?:dicas|etapas)|"
    r"^mit diesen (?:\w+ )?tipps|^(?:en suivant|avec) ces (?:\w+ )?(?:conseils|astuces)|"
    r"^(?:seguendo|con) questi (?:\w+ )?(?:consigli|suggerimenti)|^met deze (?:\w+ )?tips|"
    r"^(?:stosując|dzięki) (?:te|tym) (?:\w+ )?(?:wskazówki|wskazówkom|porady|poradom)|"
    r"^bu (?:ipuçlarını|önerileri) (?:uygulayarak|takip ederek)|"
    r"^(?:hãy )?(?:với|áp dụng) (?:ngay )?(?:những|các) (?:mẹo|bí quyết|cách) (?:trên|này)|"
    # the same as a command: "Put these tips into practice", "Aplica estos consejos"
    r"^(?:put|try) (?:these|the above) (?:\w+ )?(?:tips|steps|tricks) (?:into practice|out|today)|"
    r"^(?:aplica|prueba|pon en práctica) estos (?:\w+ )?(?:consejos|trucos)|"
    r"^(?:aplique|coloque em prática|experimente) (?:essas|estas) (?:\w+ )?dicas|"
    r"^(?:appliquez|essayez|mettez en pratique) ces (?:\w+ )?(?:conseils|astuces)|"
    r"^(?:metti|mettete) in pratica questi (?:\w+ )?(?:consigli|suggerimenti)|"
    r"^(?:probieren sie|probier|setzen sie) diese (?:\w+ )?tipps|"
    r"^terapkan (?:tips|cara|langkah)(?:-langkah)?(?: \w+)? (?:di atas|tersebut|ini)|"
    r"^bu (?:ipuçlarını|önerileri) (?:uygulayın|deneyin)|"
    r"^(?:aplicând|urmând|cu) aceste (?:\w+ )?(?:sfaturi|trucuri|recomandări)|"
    # a glossary's closing: "With these terms in mind, …", "Dzięki znajomości tych pojęć …"
    r"^(?:with|knowing) these (?:\w+ )?(?:terms|words|concepts)|"
    r"^dzięki (?:znajomości )?(?:tych|tym) (?:pojęć|pojęciom|terminów|terminom)|"
    r"^mit diesen (?:\w+ )?begriffen|^(?:con|conociendo) estos (?:\w+ )?términos|"
    r"^(?:con|conoscendo) questi (?:\w+ )?termini|^(?:avec|en connaissant) ces (?:\w+ )?termes",
    re.I)


#: "Useful tips" as a list's stock heading: "Foydali maslahatlar", "Полезные советы".
USEFUL_TIPS_HEADING = LazyPattern(
    r"(?:(?:useful|helpful|practical|important|quick) tips|foydali maslahatlar|полезные советы|"
    r"consejos (?:rápidos|prácticos)|dicas (?:rápidas|práticas)|(?:praktische|schnelle) tipps|"
    r"conseils pratiques|consigli pratici|(?:praktische|snelle) tips|(?:szybkie|praktyczne) porady|"
    r"(?:hızlı|pratik) ipuçları|tips (?:cepat|praktis)|mẹo (?:nhanh|thực tế)|"
    r"(?:быстрые|практические) советы|практичні поради|sfaturi (?:utile|practice|rapide)|"
    r"важные советы|корисні поради|consejos (?:útiles|importantes)|dicas (?:úteis|importantes)|"
    r"(?:nützliche|wichtige) tipps|conseils (?:utiles|importants)|consigli (?:utili|importanti)|"
    r"(?:handige|belangrijke) tips|(?:przydatne|ważne) wskazówki|(?:faydalı|önemli) ipuçları|"
    r"tips (?:berguna|penting)|mẹo (?:hữu ích|quan trọng)|faydalı məsləhətlər|"
    r"пайдалы кеңестер|këshilla të dobishme|корисни совети|корисни савети|"
    r"نصائح (?:مهمة|هامة|مفيدة))"
    # (and what they are for: "نصائح مهمة لمواجهة الموجة الحارة:", "Important tips for
    # the heatwave")
    r"(?:\s+\S+(?:\s+\S+){0,7})?\s*:?", re.I)


def is_tips_heading(bare: str) -> bool:
    """True when a line is only a stock heading over tips ("Useful tips", "نصائح مهمة قبل
    شراء الذهب": important tips before buying gold).

    >>> is_tips_heading("Important tips for staying safe in the heat")
    True
    >>> is_tips_heading("Tips from our kitchen:"), is_tips_heading("Useful tips help.")
    (False, False)
    """
    return len(bare) <= _FAQ_TOPIC_MAX_CHARS and not ends_sentence(bare) \
        and USEFUL_TIPS_HEADING.fullmatch(bare) is not None


def shared_list(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a list of tips under the article's share row: a plain
    heading over SHARED_LIST_ITEMS list items that are sentences ("Erişte Yaparken Dikkat
    Edilmesi Gereken 5 İpucu" / "1. Hamuru yoğururken sabırlı olun, …" …), as many as the
    heading's number says or closed by a call urging the reader on, with page chrome
    under it. A page's own list stands above its share row; the related links under it
    are titles, not sentences. Right under the article, the list must close on a wrap-up
    that urges ("In conclusione, … non ti resta che organizzare il tuo prossimo weekend!"),
    or applies the tips above to the reader ("Dengan menerapkan tips di atas, … Anda …!");
    under a "Useful tips" heading ("Foydali maslahatlar") it may end on the page's chrome.
    """
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - SHARED_LIST_ITEMS[0]):
        head = lines[start]
        if head.markup or ends_sentence(head.bare) or LIST_ITEM.match(head.segment.text) \
                or len(head.bare.split()) > SHARED_LIST_HEADING_WORDS:
            continue
        shared = below_share_row(lines, start)
        # (under a share row that no article of sentences stands above, such as a job
        # ad's lists, the heading must count the items: "7 tips til deg som søker jobb")
        counted = not shared and not article_above(lines, start)
        if counted and not (_NUMBER.search(head.bare) and _under_share_row(lines, start)):
            continue
        end = start
        numbers = _NUMBER.findall(head.bare)
        while end + 1 < len(lines) and end - start < SHARED_LIST_ITEMS[1] \
                and (LIST_ITEM.match(lines[end + 1].segment.text)
                     # (or, under a heading that counts them, the items without their
                     # bullets, as a scraper leaves them: "5 sfaturi utile …" / "Alege …")
                     or (len(numbers) == 1 and end - start < int(numbers[0])
                         and _plain_item(lines[end + 1]))) \
                and ends_sentence(lines[end + 1].bare) \
                and len(lines[end + 1].bare.split()) >= SHARED_LIST_ITEM_WORDS:
            end += 1
        items = end - start
        if items < SHARED_LIST_ITEMS[0]:
            continue
        if counted and numbers != [str(items)]:
            continue
        shared = shared or counted
        closing = lines[end + 1] if end + 1 < len(lines) else None
        if not shared and USEFUL_TIPS_HEADING.fullmatch(head.bare) \
                and (closing is None or not is_running_text(closing)):
            pass  # "Useful tips" with the page's chrome under them, or ending the page
        elif closing is not None and not shared:
            # right under the article: closed by a wrap-up that urges ("In conclusione,
            # … non ti resta che organizzare il tuo prossimo weekend!")
            # (or "Applying these simple tips, …" under a heading that counts them)
            if not ((_opens_wrap_up(closing.bare) or TIPS_CLOSING.match(closing.bare))
                    and (closing.bare.endswith(("!", "！")) or (
                        numbers == [str(items)] and TIPS_CLOSING.match(closing.bare)))):
                continue
            end += 1
        elif closing is not None and _urges(closing):
            end += 1
        elif numbers != [str(items)]:
            continue
        if chrome_under(lines, end):
            return start, end
    return None


#: A press release's end mark: "###", "- ENDS -", "ENDS"; the release has ended above it.
_END_MARK = LazyPattern(r"#\s?#\s?#|[-–—]\s*ends?\s*[-–—]|(?-i:ENDS?)", re.I)
#: A label inside a line, with a value after it ("Фото: пресслужба міськради").
_INNER_LABEL = LazyPattern(r"\S[:：]\s+\S")
#: A numbered list item ("7. Pantai Seger", "1) …").
_NUMBERED = LazyPattern(r"\s*\d{1,2}[.)]\s")
#: A way to reach someone: an e-mail address, a web address or a telephone number (a
#: press release's notes to editors, a service's office).
_CONTACT = LazyPattern(r"\w@\w|://|\bwww\.|\+?\d[\d ()/-]{7,}\d")
#: Lines of an ended section under its heading (items, sentences, sub-headings), at
#: least and at most, and words of its heading at most.
ENDED_SECTION_LINES = (2, 9)
ENDED_HEADING_WORDS = 8


def _ended_above(lines: Sequence[Line], start: int) -> bool:
    """True when the article has ended right above line ``start``: its share row or a
    press release's end mark stands there (SHARE_ROW_GAP lines of no running text between
    at most), with the article above that."""
    if below_share_row(lines, start):
        return True
    for i in range(start - 1, max(start - 2 - SHARE_ROW_GAP, -1), -1):
        if _END_MARK.fullmatch(lines[i].segment.text.strip()):
            return article_above(lines, i)
        if is_running_text(lines[i]):
            return False
    return False


def _ended_heading(line: Line) -> bool:
    """True when a line may head a section a generator appends: short, no sentence (it
    may ask or end on a colon), no name, no comment box's or author box's heading."""
    bare = line.bare
    # (no label with its values: "Topics: small-cap stocks, …", "Фото: пресслужба …")
    return (bare[:1].isalpha() and not LIST_ITEM.match(line.segment.text)
            and "," not in bare and _INNER_LABEL.search(bare) is None
            and len(bare.split()) <= ENDED_HEADING_WORDS
            and (not ends_sentence(bare) or bare.endswith(QUESTION_MARKS))
            and not _is_name(bare.rstrip(":：")) and not share_line(bare)
            and _END_MARK.fullmatch(line.segment.text.strip()) is None
            and not is_copyright(bare)
            and _TAG_LABEL.match(bare) is None
            and COMMENTS_HEADING.fullmatch(bare) is None
            and _AUTHOR_HEADING.fullmatch(bare) is None)


def ended_section(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a section appended where the article had ended,
    found by its shape alone, in any language: a short heading (no sentence; it may ask
    or end on a colon) over ENDED_SECTION_LINES lines of bulleted items or sentences
    (more such headings among them), with only the page's chrome under it, and either
    closed by an exclamation or a question ("Täname, et loete … – püsige meiega kursis!",
    "Kisa w panse de inisyativ sa a?") after its bulleted items, or standing under the
    article's share row or a press release's end mark ("###"), where the article's text
    has ended. A page's own list of tips stands above its share row and ends on a tip;
    the comments under the share row come with their authors' names and stamps.

    >>> story = "Crews cleared the mud by the evening, and the coastal road reopened.\\n"
    >>> doc = Document.from_text(4 * story + "Share: Facebook | X | WhatsApp\\n"
    ...     "Sa pou w retni\\n* Wout la louvri ankò.\\n* Ekip yo te travay tout lajounen.\\n"
    ...     "© 2024 Lakou Nouvèl\\n")
    >>> ended_section(read_lines(doc))
    (5, 7)
    >>> doc = Document.from_text(4 * story + "What to pack\\n- Water.\\n- A map.\\n"
    ...     "See you on the trail!\\nShare\\n")
    >>> ended_section(read_lines(doc))
    (4, 7)
    >>> doc = Document.from_text(4 * story + "What to pack\\n- Water.\\n- A map.\\n"
    ...     "Rangers close the gate at dusk.\\nShare\\n")
    >>> ended_section(read_lines(doc)) is None
    True
    """
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - ENDED_SECTION_LINES[0]):
        head = lines[start]
        if head.markup or not _ended_heading(head) or not article_above(lines, start):
            continue
        end, items, sentences = start, 0, 0
        while end + 1 < len(lines) and end - start < ENDED_SECTION_LINES[1]:
            line = lines[end + 1]
            if line.markup or is_copyright(line.bare) or share_line(line.bare) \
                    or _NUMBERED.match(line.segment.text) or _CONTACT.search(line.bare):
                break  # (numbered: a list of the article's, or the most-read links)
            if LIST_ITEM.match(line.segment.text):
                items += 1
                sentences += ends_sentence(line.bare) and not _asks(line.bare)
            elif items and ends_sentence(line.bare):
                # after its items, a section closes on an exclamation or a question
                # ("… püsige meiega kursis!"); a plain sentence, a channel's pitch under
                # them are the site's
                if line.bare.endswith(("!", "！", *QUESTION_MARKS)) \
                        and SUBSCRIPTION_PITCH.search(line.bare) is None \
                        and _NETWORK.search(line.bare) is None:
                    end += 1
                break
            elif ends_sentence(line.bare):
                sentences += is_running_text(line)
            elif not (line.bare.endswith((":", "：")) and _ended_heading(line)):
                break
            end += 1
        if end - start < ENDED_SECTION_LINES[0]:
            continue
        last = lines[end].bare
        closed = (items >= 2 and not LIST_ITEM.match(lines[end].segment.text)) or (
            # (or paragraphs of some length closed by an exclamation to the reader:
            # "… Jaga selalu kesehatan keluarga Anda!")
            not items and sentences >= 2 and last.endswith(("!", "！"))
            and MARKDOWN_TAIL_LINE_WORDS <= len(last.split()) <= EXHORTATION_MAX_WORDS
            and SUBSCRIPTION_PITCH.search(last) is None and _NETWORK.search(last) is None)
        # (under the share row, sentences of some length: the questions of other pages
        # and a newsletter's pitch are the site's)
        if not (closed or (sentences >= 2 and _ended_above(lines, start))):
            continue
        after = lines[end + 1:]
        if (after and is_running_text(after[0])) or _text_goes_on(after):
            continue
        return start, end
    return None


#: A count standing alone in a heading ("5 věcí, které byste měli vědět o kulajdě",
#: "Malangizo 5 kwa Alimi"), and the counts a listicle's heading announces at least and
#: at most.
_HEADING_COUNT = LazyPattern(r"(?<![\w.,])(\d{1,2})(?![\w.,:])")
COUNTED_ITEMS = (2, 12)
#: A list's item and its number, if it has one.
_ITEM = LazyPattern(r"\s*(?:(\d{1,2})[.)]|[-*•–—·▪►✓✔])\s+\S")
#: Lines of the article's sentences (is_article_sentence) above a listicle, at least.
COUNTED_ARTICLE_SENTENCES = 3


def counted_list(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a listicle appended below the article, found by its
    shape in any language: a heading (no sentence) that announces a count, over exactly
    that many list items (numbered 1 to N, or bulleted), each a sentence with no figure of
    its own, with only the page's chrome under them ("5 věcí, které byste měli vědět o
    kulajdě" / "1. Kulajda je tradiční česká polévka …" … "5. …"). An article's own lists
    carry figures (quantities, times, scores) or run to another count than their heading's.

    >>> story = "Crews cleared the mud by the evening, and the coastal road reopened.\\n"
    >>> doc = Document.from_text(3 * story + "Malangizo 3 kwa Alimi\\n1. Bzalani msanga.\\n"
    ...     "2. Sungani madzi.\\n3. Musataye mtima!\\nGawanani: Facebook | WhatsApp\\n")
    >>> counted_list(read_lines(doc))
    (3, 6)
    >>> doc = Document.from_text(3 * story + "3 steps to apply\\n1. Fill in form 12.\\n"
    ...     "2. Pay the fee.\\n3. Wait for the letter.\\nShare\\n")
    >>> counted_list(read_lines(doc)) is None
    True
    """
    for start in range(COUNTED_ARTICLE_SENTENCES, len(lines) - COUNTED_ITEMS[0]):
        head = lines[start]
        count = _HEADING_COUNT.search(head.bare)
        if count is None or head.markup or LIST_ITEM.match(head.segment.text) \
                or len(head.bare.split()) > ENDED_HEADING_WORDS + 4 \
                or (ends_sentence(head.bare) and not head.bare.endswith(QUESTION_MARKS)) \
                or not COUNTED_ITEMS[0] <= int(count.group(1)) <= COUNTED_ITEMS[1]:
            continue
        numbers: list[str | None] = []
        end = start
        while end + 1 < len(lines) and (item := _ITEM.match(lines[end + 1].segment.text)):
            numbers.append(item.group(1))
            end += 1
        wanted = int(count.group(1))
        if len(numbers) != wanted or (any(numbers) and numbers != [
                str(k) for k in range(1, wanted + 1)]):
            continue
        items = [_ITEM.sub("", ln.segment.text, count=1) for ln in lines[start + 1:end + 1]]
        if not all(ends_sentence(ln.bare) for ln in lines[start + 1:end + 1]) \
                or any(_FIGURE.search(item) for item in items):
            continue
        after = lines[end + 1:]
        if (after and is_running_text(after[0])) or _text_goes_on(after) or sum(
                is_article_sentence(ln.bare)
                for ln in lines[:start]) < COUNTED_ARTICLE_SENTENCES:
            continue
        return start, end
    return None


#: Paragraphs of a section under the share row before its wrap-up, at least and at most.
SHARED_SECTION_LINES = (2, 5)
#: Words of its heading at least (unless it asks, or ends on a colon; a commenter's name
#: heads a comment) and at most.
SHARED_SECTION_HEADING_WORDS = (3, 12)


def shared_section(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a section under the article's share row that wraps up:
    a plain heading (no sentence; a question may be one; SHARED_SECTION_HEADING_WORDS),
    SHARED_SECTION_LINES paragraphs
    of running text, and a last paragraph opening a wrap-up ("Apa Kata Para Ahli?" /
    "Menurut para ahli properti, …" … / "Dengan demikian, rumah ini …"), with page chrome
    under it. A comment under the share row comes with its name and date lines."""
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - SHARED_SECTION_LINES[0] - 1):
        head = lines[start]
        asks = head.bare.endswith(QUESTION_MARKS)
        if head.markup or (ends_sentence(head.bare) and not asks) \
                or not (asks or head.bare.endswith((":", "："))
                        or SHARED_SECTION_HEADING_WORDS[0] <= len(head.bare.split())) \
                or len(head.bare.split()) > SHARED_SECTION_HEADING_WORDS[1] \
                or not below_share_row(lines, start):
            continue
        end = start
        while end + 1 < len(lines) and end - start < SHARED_SECTION_LINES[1] + 1 \
                and ends_sentence(lines[end + 1].bare) and not lines[end + 1].markup \
                and not LIST_ITEM.match(lines[end + 1].segment.text):
            end += 1
        for last in range(end, start + SHARED_SECTION_LINES[0], -1):
            if _opens_wrap_up(lines[last].bare) and chrome_under(lines, last) and sum(
                    map(is_running_text, lines[start + 1:last])) >= SHARED_SECTION_LINES[0]:
                return start, last
    return None


#: A "What experts say" heading over the generator's paragraphs of unnamed experts, in
#: the common languages: "Kaj pravijo strokovnjaki", "Was Experten sagen".
EXPERTS_HEADING = LazyPattern(
    r"(?:what (?:the )?(?:experts|specialists|analysts) say|expert (?:opinion|view)s?|"
    r"was (?:die )?(?:experten|fachleute) sagen|lo que dicen los expertos|"
    r"qué dicen los expertos|o que dizem os especialistas|ce que disent les experts|"
    r"l['’]avis des experts|cosa dicono gli esperti|il parere degli esperti|"
    r"wat (?:de )?experts zeggen|co mówią eksperci|zdaniem ekspertów|co říkají odborníci|"
    r"čo hovoria odborníci|kaj pravijo strokovnjaki|što kažu stručnjaci|šta kažu stručnjaci|"
    r"uzmanlar ne (?:diyor|söylüyor)|apa kata (?:para )?(?:ahli|pakar)|"
    r"что говорят эксперты|що кажуть експерти|τι λένε οι ειδικοί|mitä asiantuntijat sanovat|"
    r"vad säger experterna|hva sier ekspertene|hvad siger eksperterne|"
    r"mit mondanak a szakértők|ce spun experții|ekspertų nuomonė|ekspertu viedoklis)\s*[?:？：]?",
    re.I)
#: An unnamed expert in a sentence: "experts say", "specialists agree", "Po mnenju
#: strokovnjakov" (the stems of the languages of EXPERTS_HEADING).
EXPERT_WORD = LazyPattern(
    r"\b(?:experts?|specialists?|analysts?|researchers|experten?|fachleute|analysten|"
    r"expertos?|especialistas?|analistas?|expertes?|spécialistes?|analystes?|esperti|"
    r"esperto|analisti|deskundigen?|odborní\w*|strokovnja\w*|stručnja\w*|uzman\w*|ahli|"
    r"pakar|chuyên gia|eksperto|wataalamu|mtaalamu|эксперт\w*|специалист\w*|аналитик\w*|"
    r"експерт\w*|фахівц\w*|ειδικ\w*|εμπειρογνώμ\w*|asiantuntij\w*|experter\w*|"
    r"eksperter\w*|szakért\w*|experți\w*|experții|specialiști|ekspert\w*)\b"
    # in the scripts written without word breaks around them ("يرى محللون", "একজন বিশেষজ্ঞ")
    r"|خبير|خبراء|محلل|المختص|کارشناس|متخصص|מומח|ماہر|विशेषज्ञ|বিশেষজ্ঞ|ผู้เชี่ยวชาญ|"
    r"អ្នកជំនាញ|专家|專家|分析师|分析師|専門家|有識者|アナリスト|전문가", re.I)
#: Paragraphs under an experts' heading, at least and at most.
#: An "About the author" heading, in the languages of the blind probes.
_AUTHOR_HEADING = LazyPattern(
    r"(?:about the (?:author|writer)|über (?:den|die) autor(?:in)?|zum autor|zur autorin|"
    r"sobre (?:el|la|o|a) autora?|à propos de l['’]auteur|a proposito dell['’]autore|"
    r"over de auteur|om forfatteren|om skribenten|o autorze|об авторе|про автора|"
    r"yazar hakkında|tentang penulis|về tác giả|درباره نویسنده|عن الكاتب|(?:אודות|על) הכותב|"
    r"লেখক সম্পর্কে|लेखक के बारे में|مصنف کے بارے میں|ஆசிரியர் பற்றி|เกี่ยวกับผู้เขียน|"
    r"kuhusu mwandishi|tungkol sa may-akda|σχετικά με τον συγγραφέα|o autorovi|a szerzőről|"
    r"despre autor|om författaren|kirjoittajasta|"
    r"著者について|筆者について|作者简介|作者簡介|关于作者|關於作者|작성자 소개|저자 소개)"
    r"\s*[:：]?",
    re.I)
#: What a generator's blurb claims for its writer, by kind: expertise, years of
#: experience, passion, a mission to inform, machine help. A real contributor's note says
#: who the person is and what they do ("architect, taught planning for thirty years").
_PUFFERY = (
    LazyPattern(r"\b(?:expert|specialist|experte|expertin|experto|experta|especialista|esperto|"
                r"esperta|spécialiste|specjalista|эксперт|специалист|uzman|pakar|ahli|"
                r"experienced|erfahrene[rn]?|experimentad[oa]|experiente|expérimenté(?:e)?)\b|"
                r"chuyên gia|متخصص|خبير|専門家|专家|專家|전문가|বিশেষজ্ঞ|অভিজ্ঞ|विशेषज्ञ|अनुभवी", re.I),
    LazyPattern(r"\b(?:years of experience|jahre(?:n)? erfahrung|años de experiencia|"
                r"anni di esperienza|anos de experiência|ans d['’]expérience|lat doświadczenia|"
                r"лет опыта|yıllık deneyim|tahun pengalaman|års erfarenhet|års erfaring|"
                r"jaar ervaring|vuoden kokemus)\b|năm kinh nghiệm|سال (?:تجربه|سابقه)|"
                r"سنوات (?:من )?الخبرة|年の経験|年经验|年經驗|년 경력", re.I),
    LazyPattern(r"\b(?:passionate|passion|leidenschaft|apasionad[oa]|appassionat[oa]|"
                r"apaixonad[oa]|passionné(?:e)?|pasjonat(?:ka)?|увлечённ|tutkulu|bersemangat|"
                r"passionerad|lidenskabelig|lidenskapelig|intohimoinen|gepassioneerd)|"
                r"đam mê|nhiệt huyết|علاقه[\u200c ]?مند|شغف|情熱|热爱|熱愛|열정", re.I),
    LazyPattern(r"\b(?:automated|artificial intelligence|ai[- ]assisted|ai tools?|"
                r"reviewed for quality|(?:our|whose) (?:mission|goal) is|strives? to|"
                r"dedicated to (?:bringing|providing|delivering))\b|"
                r"ابزارهای هوشمند|هدف ما|mục tiêu|mong muốn mang đến", re.I),
    LazyPattern(r"\b(?:accurate|reliable|trustworthy|high-quality|up-to-date|carefully researched|"
                r"thoroughly researched|zuverlässig|sorgfältig recherchiert|fiables?|confiables?|"
                r"affidabili|confiáveis|rzetelne|достоверн\w*|güvenilir|terpercaya)\b|"
                r"hữu ích|chính xác|kỹ lưỡng|قابل اعتماد|معتبر|موثوق|নির্ভুল|নির্ভরযোগ্য|सटीक|"
                r"विश्वसनीय", re.I),
)
#: A disclaimer under the blurb, the site's: "… for reference only, not a substitute for
#: a doctor's advice".
_DISCLAIMER = LazyPattern(
    r"for (?:reference|informational purposes) only|not (?:a )?substitute for|tham khảo|"
    r"không thay thế|ersetzt keine|nur zu informationszwecken|ne remplace pas|no sustituye|"
    r"não substitui|non sostituisce|nie zastępuje|не заменяет|yerine geçmez|"
    r"tidak menggantikan|جایگزین|لا يغني", re.I)
#: Kinds of claim a blurb makes at least, and its lines at most.
AUTHOR_PUFFERY, AUTHOR_BLURB_LINES = 2, 4


def author_blurb(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a machine-written author blurb below the article: an
    "About the author" heading over up to AUTHOR_BLURB_LINES sentences that make
    AUTHOR_PUFFERY kinds of claim at least (an expert, years of experience, passion, a
    mission to inform, machine help), with page chrome under it. A contributor's real
    note ("architect, taught planning for thirty years, lives in Lenno") claims none.

    >>> doc = Document.from_text("The council voted on Monday to close the harbour bridge "
    ...     "for repairs in March.\\nWork will take six weeks, the council said.\\nAbout the "
    ...     "Author\\nJane Roe is a passionate expert with over 10 years of experience in "
    ...     "local news.\\n© 2026 Courier\\n")
    >>> author_blurb(read_lines(doc))
    (2, 3)
    """
    for start in range(2, len(lines) - 1):
        if lines[start].markup or not _AUTHOR_HEADING.fullmatch(lines[start].bare):
            continue
        end = start
        while end + 1 < len(lines) and end - start < AUTHOR_BLURB_LINES \
                and is_running_text(lines[end + 1]) \
                and _DISCLAIMER.search(lines[end + 1].bare) is None:
            end += 1
        text = " ".join(ln.bare for ln in lines[start + 1:end + 1])
        if end > start and sum(bool(p.search(text)) for p in _PUFFERY) >= AUTHOR_PUFFERY \
                and any(is_running_text(ln) for ln in lines[:start]) \
                and chrome_under(lines, end):
            return start, end
    return None


EXPERTS_PARAGRAPHS = (2, 6)


def experts_section(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of the generator's "What experts say" below the article,
    with page chrome under it:

    - a heading (EXPERTS_HEADING, or a short line that names experts: "رأي الخبراء",
      "বিশেষজ্ঞের মতামত") over EXPERTS_PARAGRAPHS paragraphs that cite unnamed experts
      ("Strokovnjaki se strinjajo, da …", "Po mnenju strokovnjakov …") or quote them
      ("«Бал етештереү – …»");
    - or, with no heading, HEADLESS_EXPERTS paragraphs or more, each citing them,
      below EXPERTS_ARTICLE paragraphs of article.

    A reporter's expert has a name ("Dr. Ravi Menon said …"), and the story goes on.

    >>> doc = Document.from_text("A.\\nB.\\nC.\\nD.\\nWhat experts say\\nExperts agree the "
    ...     "scheme matters.\\nMany experts stress that clear communication is key.\\n"
    ...     "Share this story\\n")
    >>> experts_section(read_lines(doc))
    (4, 6)
    """
    low, high = EXPERTS_PARAGRAPHS
    article = 0
    for start, line in enumerate(lines):
        paragraph = _paragraph(line)
        heading = start >= BARE_FAQ_ARTICLE_LINES and not line.markup and (
            EXPERTS_HEADING.fullmatch(line.bare) is not None or _names_experts(line.bare))
        if heading or (paragraph and article >= EXPERTS_ARTICLE
                       and EXPERT_WORD.search(line.bare) is not None):
            first = end = start + 1 if heading else start
            while end < len(lines) and end - first < high and not lines[end].markup \
                    and (_paragraph(lines[end]) or ends_sentence(lines[end].bare)):
                end += 1
            body = lines[first:end]
            cited = sum(EXPERT_WORD.search(ln.bare) is not None for ln in body)
            quoted = sum(ln.bare[:1] in "«\"“„" for ln in body)
            if not any(_NAMED_SOURCE.search(ln.bare) for ln in body) and (
                    (heading and cited and cited + quoted >= low)
                    or (not heading and cited >= HEADLESS_EXPERTS and cited == len(body))) \
                    and chrome_under(lines, end - 1):
                return start, end - 1
        article += paragraph
    return None


def _names_experts(bare: str) -> bool:
    """True when a short line that is no sentence names experts: a section's heading
    ("Expert opinion", "رأي الخبراء", "Эксперт фекере")."""
    return (EXPERT_WORD.search(bare) is not None and len(bare) <= READER_HEADING_CHARS
            and len(bare.split()) <= BUTTON_WORDS + 1
            and not bare.endswith((*SENTENCE_ENDS, ":", "：")))




def appended_interview(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a labelled interview under its own heading
    (labelled_interview) below BARE_FAQ_ARTICLE_LINES lines of running text, with page
    chrome, not the article, under it."""
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - 2):
        if _asks_labelled(lines[start + 1].bare) and not _asks_labelled(lines[start].bare):
            end = start + 1
            while end + 1 < len(lines) and _asks_labelled(lines[end].bare) \
                    and _answers_labelled(lines[end + 1].bare):
                end += 2
            end -= 1
        elif not _asks_labelled(lines[start].bare) and (  # (a question is no heading)
                INTERVIEW_HEADING.match(lines[start].bare)
                or _names_speaker(lines[start].bare, lines[start:start + 3])):
            end = _dialogue(lines, start + 1)[1] - 1  # two speakers by their names
        else:
            continue
        if end + 1 < len(lines) and (faq_close(lines, end + 1)
                                     or _interviewer_thanks(lines, start + 1, end + 1)):
            end += 1
        if not labelled_interview(lines[start:end + 1]) \
                or not (article_above(lines, start) or show_notes_above(lines, start)) \
                or any(_asks_labelled(ln.bare) for ln in lines[:start]):
            continue  # (the page's own interview goes on under an ad's label: "Publicité")
        if chrome_under(lines, end):
            return start, end
    return _headless_interview(lines) or shared_dialogue(lines)


#: Letters of a word that stand for it when questions are compared (Turkish and Finnish
#: add their cases to a name: "Karadenizspor'un", "Karadenizsporun").
KEYWORD_STEM = 6


def keyword_questions(questions: Sequence[str]) -> bool:
    """True when every one of three questions or more names one word of six letters or
    more: an SEO template's questions all name its keyword, an interviewer's do not.

    >>> keyword_questions(["S: Kartalspor maçı kaç kaç bitti?", "S: Kartalspor'un "
    ...     "gollerini kim attı?", "S: Kartalspor'un sıradaki maçı ne zaman?"])
    True
    >>> keyword_questions(["Q: When did you start?", "Q: Why the harbour?",
    ...     "Q: What is next for the harbour?"])
    False
    """
    if len(questions) < HEADLESS_INTERVIEW_PAIRS:
        return False
    stems = [{w[:KEYWORD_STEM] for w in topic_words(_unlabelled(q))
              if len(w) >= KEYWORD_STEM} for q in questions]
    return bool(set.intersection(*stems))


def _unlabelled(question: str) -> str:
    """A labelled question without its label ("প্রশ্ন:", "S:", "Interviewer:"): the label
    is in every question and no keyword."""
    label = Q_LABEL.match(question) or INTERVIEWER_LABEL.match(question)
    return question[label.end() - 1:] if label else question


#: A row of facts under a report: two labels or more, parted by bars ("Stadium: … |
#: Referee: …").
_FACTS_ROW = LazyPattern(r"[:：]\s*[^|]+\s\|\s*[^|:：]{1,30}[:：]")
#: Pairs an interview without a heading of its own needs below the article, and has at
#: most: a generator writes three or four, a reporter's interview under its lead goes on.
HEADLESS_INTERVIEW_PAIRS, HEADLESS_INTERVIEW_MAX_PAIRS = 3, 4


_HASHTAG = LazyPattern(r"(?:^|\s)#[^\W\d]")
#: Rows and buttons that may stand between an article's last sentence and what the
#: generator appends under it ("Tickets kopen", "Deel dit evenement: Facebook WhatsApp").
ARTICLE_END_ROWS = 6


def _article_ends_above(lines: Sequence[Line], start: int) -> bool:
    """True when the article's last sentence stands right above line ``start``, or above
    ARTICLE_END_ROWS rows and buttons at most: a facts row closing the report ("Stadium:
    … | Referee: …"), a share row ("Partager : Facebook Pinterest WhatsApp"), the page's
    buttons ("Tickets kopen", "Voeg toe aan mijn agenda"), a row of hashtags, a short
    labelled field ("Kontakt: Ing. Zuzana Hríbiková, Urpín Reality")."""
    i = start - 1
    while i >= 1 and start - i <= ARTICLE_END_ROWS and not is_article_sentence(lines[i].bare) \
            and (_FACTS_ROW.search(lines[i].bare) is not None or _link_row(lines[i].bare)
                 or _ROW_SEPARATOR.search(lines[i].bare) is not None
                 or _is_button(lines[i].bare) or len(_HASHTAG.findall(lines[i].bare)) >= 2
                 or (":" in lines[i].bare and len(lines[i].bare.split()) <= BUTTON_WORDS * 2
                     and not ends_sentence(lines[i].bare))) \
            and not _asks_labelled(lines[i].bare):
        i -= 1
    return i >= 0 and (is_article_sentence(lines[i].bare) or (
        _CHAPTER.match(lines[i].bare) is not None and show_notes_above(lines, start)))


def _headless_interview(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of an interviewer's questions and the answers
    ("Toimittaja: …" / "Asiantuntija: …"), HEADLESS_INTERVIEW_PAIRS at least and nothing
    after them but the chrome, right under the article's last paragraph with
    BARE_FAQ_ARTICLE_LINES sentences above: a reporter's interview opens under a lead of
    a line or two, and is the page."""
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - 1):
        if not _asks_labelled(lines[start].bare) or (  # (not in the middle of a dialogue)
                _answers_labelled(lines[start - 1].bare)
                and _asks_labelled(lines[start - 2].bare)) \
                or not _article_ends_above(lines, start):
            continue
        end, pairs = start, 0  # (an interviewer's label or a question's: "S:" / "C:")
        while end + 1 < len(lines) and _asks_labelled(lines[end].bare) \
                and _answers_labelled(lines[end + 1].bare):
            end, pairs = end + 2, pairs + 1
        end -= 1
        if pairs == HEADLESS_INTERVIEW_PAIRS - 1 and INTERVIEWER_LABEL.match(lines[start].bare) \
                and _interviewer_thanks(lines, start, end + 1):
            end, pairs = end + 1, pairs + 1  # two questions and the interviewer's thanks
        if pairs < HEADLESS_INTERVIEW_PAIRS or not (
                article_above(lines, start) or show_notes_above(lines, start) or (
                    (INTERVIEWER_LABEL.match(lines[start].bare) is not None
                     or keyword_questions([lines[k].bare for k in range(start, end, 2)]))
                    and sum(is_article_sentence(ln.bare) for ln in lines[:start])
                    >= BARE_FAQ_ARTICLE_LINES)):
            # (an interviewer's label may follow a short report's sentences; a plain
            # "Soru:" needs an article of running text above it: an interview's lead and
            # standfirst are no article)
            return None
        if any(ANNOUNCED.search(ln.bare) for ln in lines):
            return None  # "This interview was edited for length and clarity.": a transcript
        if pairs > HEADLESS_INTERVIEW_MAX_PAIRS:
            return None  # a reporter's interview goes on; a generator's stops at three or four
        return (start, end) if chrome_under(lines, end) else None
    return None




#: A glossary's heading, perhaps with its topic after a colon: "Glossário: entenda os
#: termos", "Glossary of terms".
GLOSSARY_HEADING = GuardedPattern(
    # (perhaps after one word: "Mini glossary", "Kleines Glossar", "महत्वपूर्ण शब्दावली")
    r"^(?:[^\W\d_][\w\u0900-\u0dff]*\s+)?(?:glossary|glossário|glosario|glossario|glossaire|glossar|begriffserklärungen|"
    r"begrippenlijst|woordenlijst|słowniczek|słownik pojęć|slovníček|glosář|szójegyzék|"
    r"glosar|sözlük|terimler sözlüğü|glosarium|daftar istilah|thuật ngữ|giải thích thuật ngữ|"
    r"ordliste|ordlista|ordbog|sanasto|sõnastik|terminų žodynas|pojmovnik|rječnik pojmova|"
    r"словарь терминов|глоссарий|словник термінів|глосарій|γλωσσάριο|מילון מונחים|"
    r"مسرد المصطلحات|واژه‌نامه|शब्दावली|用語集|用語解説|术语表|術語表|용어 사전|용어 정리|"
    r"поимник|појмовник|речник на термините|fjalorth|терминдер сөздігі|ტერმინები|"
    r"glossário de termos|istilah penting|mga termino|"
    # "key terms" headings: "Основные термины", "Términos clave", "Schlüsselbegriffe"
    r"(?:основные|ключевые|главные) (?:термины|понятия)|основні терміни|key terms|"
    r"términos clave|termes clés|schlüsselbegriffe|wichtige begriffe|termini chiave|"
    r"termos-chave|kluczowe pojęcia|temel kavramlar|kulcsfogalmak|klíčové pojmy|"
    r"belangrijke begrippen|nyckelbegrepp|"
    # "Terms" or "Concepts" alone, over definitions: Estonian, Finnish, Lithuanian,
    # Latvian, Czech, Polish, Croatian, Russian, Ukrainian, Turkish
    r"mõisted|käsitteet|sąvokos|jēdzieni|pojmy|pojęcia|pojmovi|понятия|термины|поняття|"
    r"терміни|kavramlar|речник|slovarček|slovar pojmov|slovar izrazov|glosārijs|žodynėlis|"
    r"শব্দকোষ|อภิธานศัพท์|msamiati|"
    # Tamil, Telugu, Kannada and Malayalam: "சமையல் சொற்களஞ்சியம்" ("a cooking glossary")
    r"சொற்களஞ்சியம்|கலைச்சொற்கள்|சொல்லகராதி|పదకోశం|ಪದಕೋಶ|പദാവലി|"
    r"talahuluganan|glosarioa|glossari|"
    # Thai writes the topic on without a space: "คำศัพท์น่ารู้เกี่ยวกับครีมกันแดด"
    r"คำศัพท์(?:น่ารู้|ที่ควรรู้|สำคัญ)(?:เกี่ยวกับ)?\S{0,30})"
    # (or one word after it: "Słowniczek pojęć", "Glossar Elektromobilität"; perhaps the
    # word and a topic after a dash: "Słowniczek skoczka – najważniejsze pojęcia")
    r"(?:(?:\s+[^\W\d_]+)?\s*(?:[:：–—-]|of|de|do|der|dei|des|for|för|til|zu|zum|zur)\s*"
    r"[^.!?]{0,60}|"
    r"\s+[^\W\d_]+|"
    # ("… explained", perhaps "briefly": "Wichtige Begriffe kurz erklärt")
    r"(?:\s+[^\W\d_]+)?\s+(?:erklärt|explained|explicados|explicadas|expliqués|spiegati|"
    r"uitgelegd|förklarade|forklaret|forklart|wyjaśnione|vysvětlené|dijelaskan))?$"
    # Korean puts the "terms" last, after a few words and perhaps an emoji: "📌 함께 알아두면
    # 좋은 용어 정리"
    r"|^\W*(?:\S+\s+){0,4}용어\s?(?:정리|사전|설명)$",
    re.I)
#: A glossary's entry: a term of four words at most, a colon or a dash, and a sentence.
#: (A Persian term may hold a zero-width non-joiner: "کیلووات‌ساعت".)
_DEFINITION = LazyPattern(rf"[^\W_][\w'’ {_MARKS}\u200c\u200d().-]{{0,40}}?\s*[:：–—-]\s+"
                          r"(?:\S+\s+){4,}"
                          r"\S*[.。।۔!！]")


#: The mark after a glossary's term: a colon, or a dash between spaces ("Вирална објава –").
_TERM_MARK = LazyPattern(r"\s*[:：]\s*|\s+[–—-]\s+")
#: A Chinese or Japanese glossary's entry: a term of a few letters, a full-width colon and
#: a sentence ("固定費：家賃や通信費など、毎月決まって発生する支出のこと。").
_CJK_DEFINITION = LazyPattern(r"[\u3040-\u30ff\u3400-\u9fffA-Za-z0-9（）()・]{1,12}："
                              r"[^：]{10,}[。．]")
#: A Thai glossary's entry, whose sentence has no full stop: "SPF คือ ค่าที่บอก…" ("is").
_THAI_DEFINITION = LazyPattern(r"([^\W\d_][\w'’ ()./-]{0,40}?)\s+คือ\s+\S{10,}.*")


def _defines(bare: str) -> bool:
    """True when a line is a glossary's entry: a term of four words at most, a colon or
    a dash, and a sentence (or a Thai term, "คือ" and its explanation).

    >>> _defines("eSIM: a chip inside the phone that holds the operator's profile.")
    True
    >>> _defines("UVB คือ รังสีที่ทำให้ผิวไหม้แดด")
    True
    >>> _defines("固定費：家賃や通信費など、毎月決まって発生する支出のこと。")
    True
    """
    if _DEFINITION.fullmatch(bare):
        # (the term's expansion in brackets is no word of it: "레티놀(Retinol):")
        term = _TERM_MARK.split(bare, maxsplit=1)[0]
        return len(re.sub(r"\([^)]*\)", "", term).split()) <= 4
    if "：" in bare and _CJK_DEFINITION.fullmatch(bare):
        return True
    thai = _THAI_DEFINITION.fullmatch(bare) if "คือ" in bare else None
    # (the term's expansion in brackets is no word of it: "PA (Protection Grade of UVA)")
    return thai is not None and len(re.sub(r"\([^)]*\)", "", thai.group(1)).split()) <= 4


def _sentences_above(lines: Sequence[Line], start: int) -> int:
    """The sentences of the lines of the article above line ``start``."""
    return sum(len(_SENTENCES.split(ln.bare.strip())) for ln in lines[:start]
               if is_article_sentence(ln.bare))


def appended_glossary(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a glossary appended below the article: its heading
    (GLOSSARY_HEADING) over three definitions or more ("eSIM: chip virtual embutido …"),
    below BARE_FAQ_ARTICLE_LINES lines of running text, with page chrome under it. A
    release note's or a how-to's own "term: explanation" lines have no such heading."""
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - 3):
        if lines[start].markup or not GLOSSARY_HEADING.match(lines[start].bare):
            continue
        end = start
        while end + 1 < len(lines) and _defines(lines[end + 1].bare) \
                and SUBSCRIPTION_PITCH.search(lines[end + 1].bare) is None:
            end += 1  # (no newsletter's pitch: "Kein Beitrag verpassen: … in dein Postfach.")
        if end - start < 3 or not (article_above(lines, start) or (
                # (four definitions under a short text of sentences: a classified ad)
                end - start >= 4 and _sentences_above(lines, start) >= BARE_FAQ_ARTICLE_LINES)):
            continue
        if chrome_under(lines, end):
            return start, end
    return None


#: A "Did you know?" heading: a generator's trivia box, in ~35 languages.
DID_YOU_KNOW = LazyPattern(
    r"^[¿¡]?(?:did you know(?: that)?|fun facts?|sabías que|lo sabías|(?:você )?sabia(?: que)?|"
    r"sabíeu que|jeste li znali|ali ste vedeli|visste du(?: at| att)?|הידעת|alam mo ba|"
    r"знаете ли|"
    r"le saviez-vous|wussten sie(?:,? dass| schon)?|wusstest du(?:,? dass| schon)?|"
    r"schon gewusst|lo sapevi(?: che)?|"
    r"wist (?:je|u) dat|(?:bunları |bunu )?biliyor muydunuz|tahukah anda|ήξερες ότι|"
    r"γνωρίζατε ότι|ξέρατε ότι|"
    r"το ξέρατε|το ήξερες|το γνωρίζατε|"
    r"знаете ли вы|а вы знали|чи знаєте ви|czy wiesz(?:,? że)?|visste du (?:att|det)|"
    r"vidste du(?: at)?|tiesitkö|kas teadsid|vai zināji|ar žinojai|věděli jste|vedeli ste|"
    r"tudtad|tudta|tudták|știați că|da li ste znali|знаехте ли|ba al zenekien|क्या आप जानते हैं|"
    r"bạn có biết|知っていましたか|豆知識|你知道吗|你知道嗎|알고 계셨나요|هل تعلم|"
    r"האם ידעת|รู้หรือไม่|คุณรู้หรือไม่|"
    # Khmer, Burmese, Lao, Nepali, Punjabi, Gujarati, Kannada, Malayalam, Telugu, Tamil,
    # Bengali, Urdu, Persian, Amharic, Georgian, Kazakh, Azerbaijani, Albanian,
    # Macedonian, Swahili, Zulu, Yoruba, Hausa and Afrikaans
    r"តើអ្នកដឹងទេ|သင်သိပါသလား|ທ່ານຮູ້ບໍ່|के तपाईंलाई थाहा छ|ਕੀ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ|શું તમે જાણો છો|"
    r"ನಿಮಗೆ ಗೊತ್ತೇ|ನಿಮಗೆ ತಿಳಿದಿದೆಯೇ|നിങ്ങൾക്കറിയാമോ|మీకు తెలుసా|உங்களுக்குத் தெரியுமா|"
    r"আপনি কি জানেন|کیا آپ جانتے ہیں|آیا می[\u200c ]?دانستید|ያውቃሉ|იცოდით|білесіз бе|"
    r"bilirdinizmi|a e dinit|дали знаевте|je,? wajua|ubuwazi|ṣé o mọ̀|ko kun sani|het jy geweet)"
    r"\s*(?:\.\.\.|…)?\s*[?？;;؟:]?$"
    # a bracketed label and its topic: "【豆知識】親子丼の豆知識", "[Fun fact] Bridges"
    r"|^[【\[](?:豆知識|トリビア|雑学|小知识|小知識|冷知识|冷知識|알고 계셨나요|상식|"
    r"did you know|fun facts?)[】\]][^.!?。！？]{0,40}$"
    # trivia "about" the topic: "Curiosità sul pan bauletto", "Fun facts about the bridge"
    r"|^(?:curiosità|curiosidades|curiosités|curiosities|fun facts|ciekawostki|zajímavosti|"
    r"zaujímavosti|érdekességek|интересные факты|цікаві факти|wissenswertes|weetjes|"
    r"curiozități|merak edilenler)(?:\s+(?:about|on|sobre|sur|su|sul|sulla|sui|sugli|sulle|"
    r"del|della|dello|dei|über|zu|zum|zur|o|about|over|despre|про|о)\s+[^.!?。]{1,40})?"
    r"\s*[:?]?$", re.I)
#: Facts a trivia box holds under its heading.
TRIVIA_FACTS = (2, 5)


def appended_trivia(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a "Did you know?" box appended below the article
    (DID_YOU_KNOW over two to five sentences, perhaps closed by an exhortation or an
    invitation), below BARE_FAQ_ARTICLE_LINES sentences, with page chrome under it: the
    sets' pages never hold one of their own."""
    low, high = TRIVIA_FACTS
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - low):
        if lines[start].markup or not DID_YOU_KNOW.match(lines[start].bare):
            continue
        end = start
        bullets = end + 1 < len(lines) and LIST_ITEM.match(lines[end + 1].segment.text)
        while end + 1 < len(lines) and end - start < high and (ends_sentence(
                _TRAILING_SYMBOLS.sub("", lines[end + 1].bare)) or bullets) \
                and bool(LIST_ITEM.match(lines[end + 1].segment.text)) == bool(bullets) \
                and LINK_OR_TAGS.search(lines[end + 1].bare) is None \
                and not (end > start and is_exhortation(lines[end].bare)):
            end += 1  # (the facts as sentences, or all as a list: "• …"; no tag row; an
            # exhortation closes them: "¡Comparte estos datos con tu familia!")
        # (a recipe's steps are its text too: four sentences above, in a list or not)
        if end - start < low or sum(ends_sentence(ln.bare) for ln in lines[:start]) \
                < BARE_FAQ_ARTICLE_LINES:
            continue
        after = lines[end + 1].bare if end + 1 < len(lines) else ""
        if FAQ_HEADING.match(after) or is_wrap_up_heading(after):
            continue  # a section over the next template: the block is found from that one
        if chrome_under(lines, end):
            return start, end
    return None


#: A heading naming pros and cons, perhaps with its topic before a colon or after "of":
#: "Harbourline Rate Cut: Pros and Cons", "Avantages et inconvénients de ce projet".
PROS_AND_CONS_HEADING = GuardedPattern(
    r"(?:pros (?:and|&) cons|pro (?:und|&) (?:contra|kontra)|advantages and disadvantages|"
    r"avantages et inconvénients|"
    r"ventajas y desventajas|vantagens e desvantagens|prós e contras|vantaggi e svantaggi|"
    r"pro e contro|vor- und nachteile|vorteile und nachteile|voor- en nadelen|voordelen en nadelen|"
    r"lo bueno y lo malo|lo positivo y lo negativo|o bom e o mau|"
    r"zalety i wady|plusy i minusy|"
    r"előnyök és hátrányok|výhody a nevýhody|avantaje și dezavantaje|artılar ve eksiler|"
    r"avantajlar ve dezavantajlar|kelebihan dan kekurangan|ưu và nhược điểm|"
    r"ưu điểm và nhược điểm|плюсы и минусы|переваги (?:та|і) недоліки|"
    r"πλεονεκτήματα και μειονεκτήματα|fordele og ulemper|fördelar och nackdelar|"
    r"fordeler og ulemper|hyvät ja huonot puolet|prednosti i nedostaci|"
    r"メリット・デメリット|メリットとデメリット|优缺点|優缺點|장단점|مزايا وعيوب|"
    r"יתרונות וחסרונות|फायदे और नुकसान|फाइदा र बेफाइदा|সুবিধা ও অসুবিধা|"
    r"நன்மைகள் மற்றும் தீமைகள்|ఫాయిదాలు|ప్రయోజనాలు మరియు నష్టాలు|ਫ਼ਾਇਦੇ ਅਤੇ ਨੁਕਸਾਨ|"
    r"ફાયદા અને ગેરફાયદા|फायदे आणि तोटे|فوائد اور نقصانات|مزایا و معایب|faida na hasara|"
    r"voordele en nadele|предности и недостатоци|artıları ve eksileri)", re.I)


def appended_verdict(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a pros-and-cons verdict appended below the article: a
    plain heading naming pros and cons (PROS_AND_CONS_HEADING) right over labelled lists
    of pros and of cons (verdict_lists; items bulleted or one sentence a line) and
    perhaps a closing line, with page chrome under it. A review's own pros and cons
    follow its text or its score, not a heading of their own."""
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - 3):
        head = lines[start]
        if head.markup or not PROS_AND_CONS_HEADING.search(head.bare) \
                or not is_title(head.bare) or not (
                    PROS_CONS_LABEL.fullmatch(lines[start + 1].bare)
                    or _inline_label(lines[start + 1].bare)):
            continue
        for end in range(min(len(lines) - 1, start + VERDICT_MAX_LINES), start + 2, -1):
            if verdict_lists(lines[start:end + 1]):
                if article_above(lines, start) and chrome_under(lines, end):
                    return start, end
                break
    return None


#: The last page asked and its answer, swapped as one tuple (safe across threads).
_appended: tuple[object, tuple[int, int] | None] = (None, None)


def appended_template(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a template found by its shape below the article (a bare
    FAQ, a labelled interview under its own heading, a glossary, a trivia box), or None;
    the answer for the last page asked is kept, as coverage and each try at a block's span
    ask again."""
    global _appended
    page, found = _appended
    if page is not lines:
        found = (trailing_bare_faq(lines) or appended_interview(lines)
                 or appended_glossary(lines) or appended_trivia(lines)
                 or appended_verdict(lines) or appended_summary(lines)
                 or shared_call(lines) or shared_list(lines) or shared_section(lines)
                 or stuffed_run(lines) or closing_calls(lines) or experts_section(lines)
                 or author_blurb(lines) or ended_section(lines) or counted_list(lines))
        _appended = (lines, found)
    return found


def appended_summary(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a summary that says it is one twice, closing the page:
    a plain wrap-up heading ("Summary", "Kokkuvõte") over one to SUMMARY_PARAGRAPHS + 1
    paragraphs and perhaps an exhortation, the first opening on a wrap-up phrase ("In
    summary, the study shows …"), the heading under the article's share row (the
    article ended there) or two paragraphs and an exhortation under the heading ("Nu mai
    aștepta și planifică-ți …!"), below BARE_FAQ_ARTICLE_LINES lines of running text,
    with page chrome under it. A reporter's last paragraph may open "In summary," but
    has no heading over it."""
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines) - 1):
        head = lines[start]
        if head.markup or not is_wrap_up_heading(head.bare) or FAQ_HEADING.match(head.bare):
            continue
        said = any(s.kind == "wrap-up" for s in line_signals(lines[start + 1], PLAIN))
        shared = not said and below_share_row(lines, start)
        end = start
        while end + 1 < len(lines) and end - start < SUMMARY_PARAGRAPHS + 1 \
                and is_running_text(lines[end + 1]) and not lines[end + 1].markup \
                and not LIST_ITEM.match(lines[end + 1].segment.text) \
                and not _asks(lines[end + 1].bare):
            end += 1
        if end > start and end + 1 < len(lines) and not lines[end + 1].markup \
                and lines[end + 1].bare.endswith(("!", "！")) and (
                is_exhortation(lines[end + 1].bare) or STAY_TUNED.search(lines[end + 1].bare)):
            end += 1  # "¡Dulces sueños y hasta la próxima!"
            said = said or end - start > 2  # (urging after two paragraphs of it, too)
        if shared and not said and end + 1 < len(lines) and ends_sentence(lines[end + 1].bare):
            continue  # (under the share row, its sentences go on: some other template's)
        if (said or shared) and end > start and article_above(lines, start) \
                and chrome_under(lines, end):
            return start, end
    return None


#: A listing's field: a label of three words at most, a colon and a short value
#: ("Cena: 289.000 €", "الغرف: 3 غرف نوم + صالون مغربي"); and the fields a listing has.
_FIELD_ROW = LazyPattern(r"[^\W\d][^:：.!?]{0,25}[:：]\s*[^.!?]{1,40}")
LISTING_FIELDS = 3


def trailing_bare_faq(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index of a bare FAQ (bare_faq) closing the article: right
    under a line that asks nothing, with BARE_FAQ_ARTICLE_LINES lines of running text
    above it (an interview or a help page's FAQ follows a lead of a line or two) and no
    question among them (an explainer asks its questions all along), and
    no two lines of running text in a row under it (page chrome follows)."""
    for start in range(BARE_FAQ_ARTICLE_LINES, len(lines)):
        if not lines[start].bare.endswith(QUESTION_MARKS) or lines[start - 1].bare.endswith(
                QUESTION_MARKS):
            continue
        run = faq_run(lines, start)
        end = start + len(run) // 2 * 2 - 1
        if end + 1 < len(lines) and faq_close(lines, end + 1):
            end += 1
        if not bare_faq(lines[start:end + 1]):
            continue
        if not (article_above(lines, start) or (
                # (a listing's few paragraphs under its fields: "المساحة: 112 م²")
                sum(_FIELD_ROW.fullmatch(ln.bare) is not None for ln in lines[:start])
                >= LISTING_FIELDS and _sentences_above(lines, start) >= BARE_FAQ_ARTICLE_LINES)) \
                or any(ln.bare.endswith(QUESTION_MARKS) and not is_running_text(ln)
                       for ln in lines[TITLE_LINES:start]):
            return None
        rest = [is_running_text(ln) for ln in lines[end + 1:]]
        if any(a and b for a, b in zip(rest, rest[1:], strict=False)):
            return None
        return start, end
    return None


#: Questions a "People also ask" box shows at least when it shows no answers.
PAA_QUESTIONS = 3


def paa_questions(lines: Sequence[Line]) -> bool:
    """A "People also ask" heading over PAA_QUESTIONS questions or more with no answers,
    as the search box shows them folded, and at most its "more questions" link after
    them ("点击查看更多相关问题 >>")."""
    asked = 0
    for line in lines[1:]:
        if not line.bare.endswith(QUESTION_MARKS):
            break
        asked += 1
    return asked >= PAA_QUESTIONS and len(lines) - 1 - asked <= 1


def faq_template(lines: Sequence[Line]) -> bool:
    """An FAQ heading, at least FAQ_TEMPLATE_PAIRS questions each with its answer, and
    nothing after them but a closing sentence ("Fazit: ...", "Overall, ..."), perhaps
    urging the reader on after it ("Non perdete questa esperienza: vi aspettiamo!")."""
    pairs, taken = faq_pair_count(lines, 1)
    rest = len(lines) - 1 - taken
    return pairs >= FAQ_TEMPLATE_PAIRS and taken in (pairs, 2 * pairs) and (
        rest == 0 or (rest == 1 and faq_close(lines, len(lines) - 1))
        or (rest == 2 and faq_close(lines, len(lines) - 2)
            and is_exhortation(lines[-1].bare))
        or faq_conclusion(lines, 1 + taken))


#: Questions under an FAQ heading, without an answer among them, at least.
UNANSWERED_QUESTIONS = 3


def unanswered_questions(lines: Sequence[Line]) -> bool:
    """An FAQ heading over UNANSWERED_QUESTIONS questions or more and nothing else: no
    answer under any ("قارئین کے سوالات" / "کیا … ؟" / "آپ کے خیال میں … ؟"). A page's
    own FAQ answers its questions; questions left open are put to the readers.

    >>> doc = Document.from_text("FAQ\\nWill the pier reopen?\\n"
    ...     "Should the toll stay?\\nWho pays for the repairs?\\n")
    >>> unanswered_questions(read_lines(doc))
    True
    """
    return len(lines) > UNANSWERED_QUESTIONS and all(
        ln.bare.endswith(QUESTION_MARKS) and not ln.markup for ln in lines[1:])


#: A service page's FAQ: this many pairs at least, and answers that echo their questions
#: by this many words on average or fewer.
SERVICE_FAQ_PAIRS, SERVICE_FAQ_ECHO = 4, 1.0


def service_faq(run: Sequence[Line], min_pairs: int = SERVICE_FAQ_PAIRS,
                echo_at_most: float = SERVICE_FAQ_ECHO) -> bool:
    """True when an FAQ's answers go beyond their questions: at least SERVICE_FAQ_PAIRS
    pairs whose answers share, on average, one word or less (by its first five letters)
    with their questions. A generator's answer restates its question ("What is the price
    band of the IPO?" / "The price band of the IPO is …"); a city's or a help desk's
    answers tell what to do ("Can I pay in installments?" / "Yes. Taxes of $50 or more …").

    >>> doc = Document.from_text("How do I pay?\\nOnline or at the desk.\\nCan I pay "
    ...     "late?\\nInterest of 1% a month is charged.\\nWhere is the office?\\nOn Main "
    ...     "Street.\\nWho can help?\\nCall 311 any day.\\n")
    >>> service_faq(read_lines(doc))
    True
    """
    pairs = list(zip(run[0::2], run[1::2], strict=False))
    if len(pairs) < min_pairs:
        return False
    echo = sum(len(_stems(q.bare) & _stems(a.bare)) for q, a in pairs) / len(pairs)
    return echo <= echo_at_most


def _stems(text: str) -> set[str]:
    """The topic words of ``text`` cut to their first five letters ("recall", "recalls"),
    and, in scripts written without spaces, its pairs of characters."""
    return ({w[:STEM_LETTERS] for w in topic_words(text) if len(w) >= STEM_MIN_LETTERS}
            | {text[i:i + 2] for i in range(len(text) - 1) if _CJK_PAIR.fullmatch(text[i:i + 2])})


_CJK_PAIR = LazyPattern(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2}")
STEM_LETTERS, STEM_MIN_LETTERS = 5, 4
#: Pairs a product page's own FAQ needs at least (its page shows a price alone).
SHOP_FAQ_PAIRS, SHOP_FAQ_ECHO = 3, 1.5
#: A price alone on its line, with its currency: "₱1,450.00", "34,90 €", "₹3,450", "R$ 399,00".
_PRICE_ALONE = LazyPattern(r"(?:[A-Z]{0,3}\s?[$€£¥₹₱₩₺₽₫฿]|R\$|Rp\.?|Rs\.?)\s?\d[\d.,\u00a0 ]*"
                           r"|\d[\d.,\u00a0 ]*\s?(?:[$€£¥₹₱₩₺₽₫฿]|kr|zł|Kč|TL|Ft|lei|đ|руб\.?|"
                           r"грн|лв\.?)")


def faq_conclusion(lines: Sequence[Line], start: int) -> bool:
    """True when the lines from ``start`` are a plain summary heading ("Conclusão",
    "Conclusione") with at most one paragraph under it: the conclusion an FAQ template
    ends with."""
    rest = lines[start:]
    return (1 <= len(rest) <= 2 and not rest[0].markup and is_wrap_up_heading(rest[0].bare)
            and not FAQ_HEADING.match(rest[0].bare)
            and all(not ln.markup and not ln.bare.endswith(QUESTION_MARKS)
                    and not is_wrap_up_heading(ln.bare) for ln in rest[1:]))


def summary_faq(lines: Sequence[Line]) -> bool:
    """A summary heading ("まとめ", "Summary") over one or two plain paragraphs, then an
    FAQ template to the end of the block: the generator's summary-and-FAQ appendix."""
    for k in range(2, min(len(lines), SUMMARY_PARAGRAPHS + 2)):
        if FAQ_HEADING.match(lines[k].bare):
            return (all(not ln.markup and not ln.bare.endswith(QUESTION_MARKS)
                        and not is_wrap_up_heading(ln.bare) for ln in lines[1:k])
                    and faq_template(lines[k:]))
    return False


def plain_title_faq(lines: Sequence[Line]) -> bool:
    """The title asked again in plain text and answered in its own words, then more plain
    questions each with a one-paragraph answer, and perhaps a closing sentence ("Overall,
    ..."): an FAQ the generator opens with the title. One pair is the title question's
    template above; a real explainer's questions do not repeat its title.
    """
    run = faq_run(lines, 0)
    rest = len(lines) - len(run)
    return (len(run) // 2 >= FAQ_TEMPLATE_PAIRS and len(run) % 2 == 0
            and not any(ln.markup for ln in lines)
            and (rest == 0 or (rest == 1 and faq_close(lines, len(lines) - 1)))
            and len(topic_words(lines[1].bare) & topic_words(lines[0].bare))
            >= TITLE_SHARED_WORDS - 1)


def title_faq(lines: Sequence[Line]) -> bool:
    """The title asked again in bold, then more bold questions, each answered by one plain
    line, to the end of the block: an FAQ the generator opens with the title.

    The first answer repeats the title's words, like the title question's answer above.
    """
    pairs = list(zip(lines[0::2], lines[1::2], strict=False))
    return (len(lines) % 2 == 0 and len(pairs) >= FAQ_TEMPLATE_PAIRS
            and all(q.question and not a.markup and not a.bare.endswith("?")
                    for q, a in pairs)
            and len(topic_words(lines[1].bare) & topic_words(lines[0].bare))
            >= TITLE_SHARED_WORDS - 1)


def takeaways(lines: Sequence[Line]) -> bool:
    """The block's heading is followed at once, or after one lead-in line (lead_in), by a
    list of at least TAKEAWAYS_TEMPLATE_ITEMS items: the generator's "Key Takeaways"
    template."""
    return list_items(lines, 1) >= TAKEAWAYS_TEMPLATE_ITEMS or (
        len(lines) > 1 and lead_in(lines, 1))


#: A sentence that refers to the piece it closes ("In this article, we looked at …",
#: "この記事では…", "Dans cet article"): the generator recapping its own text.
PIECE_RECAP = LazyPattern(
    r"\b(in this (article|post|guide|piece)|in today[’']s (article|post)|dans cet article|"
    r"en este artículo|neste artigo|in questo articolo|in diesem (artikel|beitrag)|"
    r"in dit artikel|i den här artikeln|dalam artikel ini|w tym artykule|bu yazıda)\b|"
    r"この記事では|本記事では|今回の記事では|本文(介绍|介紹|讨论|探讨)|在本文中|"
    r"이 글에서|이 기사에서",
    re.I)


def list_items(lines: Sequence[Line], start: int) -> int:
    """How many list items follow one another from ``start``."""
    items = 0
    for line in lines[start:]:
        if not LIST_ITEM.match(line.segment.text):
            break
        items += 1
    return items


def lead_in(lines: Sequence[Line], i: int) -> bool:
    """True when the line at ``i`` is one plain sentence that leads from a summary heading
    into a list of at least TAKEAWAYS_TEMPLATE_ITEMS items ("いかがでしたか？この記事では
    …を解説しました。", "Here is what we covered:"): the takeaways template with its
    recap line.

    >>> doc = Document.from_text("まとめ\\nこの記事では移行方法を解説しました。\\n"
    ...     "- a\\n- b\\n- c\\n")
    >>> lead_in(read_lines(doc), 1), lead_in(read_lines(doc), 2)
    (True, False)
    """
    line = lines[i]
    if not (i > 0 and is_wrap_up_heading(lines[i - 1].bare)
            and not FAQ_HEADING.match(lines[i - 1].bare) and not line.markup
            and line.label is None and not LIST_ITEM.match(line.segment.text)
            and not line.bare.endswith(QUESTION_MARKS)):
        return False
    items = list_items(lines, i + 1)
    if items < TAKEAWAYS_TEMPLATE_ITEMS:
        return False
    # A report's own "Conclusion" may introduce its list too ("The committee recommended:");
    # the generator's lead-in recaps "this article", or its list is closed the generator's
    # way (an exhortation to the reader, "Overall, …").
    after = i + 1 + items
    return PIECE_RECAP.search(line.bare) is not None or (
        after < len(lines) and closes_list(lines[after].bare))


def removal(doc: Document, block: Block) -> Edit:
    """Delete the block with the blank lines that set it apart, keeping the rest intact."""
    text = doc.text
    after = text[block.last.end :]
    if not after.strip():
        before = text[: block.first.start].rstrip()
        if not before:
            return Edit.deletion(0, len(text))
        keep = len(before) + (1 if text.endswith("\n") else 0)
        return Edit.deletion(keep, len(text))
    following = block.last.end + (len(after) - len(after.lstrip()))
    return Edit.deletion(block.first.start, doc.line_at(following).start)


#: What an SEO line is reported as, by what made it SEO copy (seo_what).
SEO_TITLE_PHRASE = "an SEO paragraph repeating a phrase of the title"
SEO_STUFFED = "an SEO paragraph stuffed with one keyword"
SEO_STOCK_SENTENCE = "a stock sentence of SEO copy"


def seo_what(line: Line) -> str:
    """What made ``line`` SEO copy: a keyword it is stuffed with, a stock sentence ("If
    you are looking for …, this article provides …") or a phrase of the title."""
    if line.stuffed:
        return f"{SEO_STUFFED} (“{line.stuffed}”)"
    if line.stock:
        return SEO_STOCK_SENTENCE
    return SEO_TITLE_PHRASE


def _description(block: Block, kind: str) -> str:
    """How the message names ``kind``: SEO copy by what made it so when all of the block's
    SEO lines are of one sort."""
    if kind == "seo-copy":
        whats = {s.what.split(" (“")[0] for s in block.signals if s.kind == kind}
        if whats == {SEO_STUFFED}:
            return "SEO paragraph stuffed with one keyword"
        if whats == {SEO_STOCK_SENTENCE}:
            return "stock SEO sentence ('if you are looking for …, this article …')"
    return DESCRIPTIONS[kind]


def describe(block: Block) -> str:
    """The message: which kinds of signal, over which lines."""
    signals = ", ".join(_description(block, kind) for kind, _ in block.totals) or (
        "a generator's template by its shape (an FAQ, an interview, a summary, a glossary, "
        "trivia)")
    return (f"appended generated text on lines {block.first.line}-{block.last.line}: "
            f"{signals} (score {block.score:g})")


def evidence(block: Block, options: Mapping[str, Any]) -> dict[str, Any]:
    """What the finding rests on, for JSON and SARIF output."""
    return {
        "start_line": block.first.line,
        "end_line": block.last.line,
        "score": block.score,
        "min_score": options["min-score"],
        "announced_transcript": block.announced,
        "signals": [_grouped(block, kind, weight) for kind, weight in block.totals],
    }


def _grouped(block: Block, kind: str, weight: float) -> dict[str, Any]:
    of_kind = [s for s in block.signals if s.kind == kind]
    matched = list(dict.fromkeys(s.what for s in of_kind))
    return {"signal": kind, "weight": round(weight, 2),
            "lines": sorted({s.line for s in of_kind}), "matched": matched[:5]}


# -- GEN001 --------------------------------------------------------------------------------

_ARTICLE = ("The harbour bridge reopened on Monday after two years of repairs.\n"
            "Commuters said the crossing now takes five minutes instead of twenty.\n")
_BOLD_QA = ("**What are the key lessons of the harbour bridge repairs as discussed in the "
            "article?**\n"
            "**Interviewer:** Thank you for joining us, Mayor Lind. How does it feel?\n"
            "**Lind:** It is a proud day for the whole city.\n"
            "**Interviewer:** What comes next for the harbour?\n"
            "**Lind:** We will focus on the ferry terminal and the cycle paths.\n"
            "**Discussion Question for Readers:** Should the city charge a toll?\n")
_TRANSCRIPT = ("The mayor spoke to us after the reopening. The transcript follows.\n"
               "How does it feel to see the bridge open again?\n"
               "Honestly, it is a relief. We had two hard winters.\n"
               "Reporter: What comes next?\n"
               "Mayor Lind: The ferry terminal, and then the cycle paths.\n")
_TAKEAWAYS = ("**Key Takeaways:**\n- The bridge reopened two months early.\n"
              "- The crossing now takes five minutes.\n- A toll vote follows in March.\n"
              "**Do you think the city should bring back the toll?**\n")
_WRAP_UP = ("In Conclusion\nThe reopening marks an important milestone for the city and shows "
            "what can be achieved when everyone works together.\n"
            "What do you think? Will the bridge change your commute? Share your views below.\n")
_PAGE_HEAD = ("Harbour Times\nNews\nSport\nBusiness\nWeather\nCulture\nTravel\nOpinion\nLive\n"
              "Harbour bridge reopens after two years of repairs\n")
_REPEATED_TITLE = ("In Conclusion\nIn conclusion, the reopening marks an important milestone "
                   "for the city and its commuters.\nHarbour Bridge Reopens After Two Years of "
                   "Repairs – Everything You Need to Know\n")
_LISTING = ("Harbour view house for sale\nThe harbour bridge house has four bedrooms and a "
            "garden that runs down to the water.\nCommuters said the crossing now takes five "
            "minutes instead of twenty minutes.\nTenure: Freehold\n")
_LISTING_SECTIONS = (
    "## Is This Harbour House the Perfect Family Home for You?\nIf you are searching for a "
    "spacious house by the harbour, look no further! This stunning home has it all.\n"
    "## Why Choose the Harbour?\nThe harbour is a thriving community with excellent schools "
    "and fantastic transport links.\n## Book Your Viewing Today\nDon't miss out on this "
    "incredible opportunity to own your dream home by the harbour. Contact us today!\n")
_LISTING_FOOT = ("Request a viewing\nMortgage calculator\nStamp duty calculator\nSimilar "
                 "properties\n3 bedroom house, Orchard Close – £365,000\n5 bedroom house, Quay "
                 "Road – £625,000\nHarbour Homes is a member of The Property Ombudsman scheme. "
                 "Particulars are for guidance only and do not form part of any contract.\n"
                 "© 2025 Harbour Homes Ltd · Privacy · Cookies\n")
_SHARE_FOOT = ("Share this story\nFacebook\nEmail\nGet our morning briefing free in your "
               "inbox every weekday at six in the morning.\nSign up\nAbout us\n")
_REPORT = ("The harbour bridge reopened on Monday morning after two years of repairs and a "
           "long dispute.\nCommuters said the crossing now takes five minutes instead of "
           "twenty at rush hour.\nThe council spent eleven million pounds on the deck, the "
           "rails and the lighting.\nA vote on whether to bring back the toll is due at the "
           "council in March.\n")
#: A short story: five sentences in paragraphs too short to be running text.
_SHORT_STORY = ("Gatiin buna gabaa Adaamaa keessatti torban darbe dabale.\n"
                "Daldaltoonni gabaa sanaa akkas jedhanii himaniiru.\n"
                "Qonnaan bultoonni baay'een buna isaanii kuusaa jiru.\n"
                "Waajjirri daldalaa magaalaa garee hojii ergeera.\n"
                "Gatiin torban dhufu irratti ni beekama jedhame.\n")
_MD_ARTICLE = ("# Harbour bridge reopens\n\nThe bridge reopened on **Monday**.\n\n"
               "## What changes for commuters?\n\nThe crossing takes **five** minutes.\n\n"
               "## Conclusion\n\nIt was worth the wait. What do you think?\n")


@rule(
    code="GEN001",
    name="appended-generated-text",
    summary="A block of machine-written material (fake interview, FAQ, reader prompt) "
            "appended after the article.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    options={
        "min-score": Option(6.0, "total weight of the signals in the block needed to fire",
                            float, minimum=0.0),
        "min-signals": Option(2, "independent kinds of signal needed (unless one is strong)",
                              int, minimum=1),
        "strong-signal": Option(4.0, "a single signal this heavy fires on its own "
                                     "(a 'Discussion Question for Readers' weighs 4)",
                                float, minimum=0.0),
        "min-coverage": Option(0.6, "share of the block's lines that must carry a signal",
                               float, minimum=0.0, maximum=1.0),
        "max-gap": Option(2, "plain lines allowed between two signal lines of one block",
                          int, minimum=0),
        "max-trailing-lines": Option(8, "lines (a footer) allowed after the block",
                                     int, minimum=0),
        "min-article-lines": Option(2, "lines of article needed before the block; a "
                                       "document that is all Q&A is not an appendage",
                                    int, minimum=0),
        "closing-pair": Option(True, "in plain text, a short block from a wrap-up heading "
                                     "('In Conclusion') to an invitation to comment fires "
                                     "on its own", bool),
    },
    cases=[
        Case(_PAGE_HEAD + _ARTICLE + _REPEATED_TITLE, fires=True, fixed=_PAGE_HEAD + _ARTICLE,
             note="the title, under a page's menu, repeated below a conclusion as an SEO "
                  "heading"),
        Case(_PAGE_HEAD + _ARTICLE + "Harbour Bridge Reopens After Two Years of Repairs: "
             "Full Details\n", fires=False,
             note="the title repeated alone: a link to the same story"),
        Case("老旧小区加装电梯提速\n记者从市住房和城乡建设部门获悉，今年本市计划新增加装电梯300台。\n"
             "有关负责人表示，下一步将简化审批流程。\n总结：\n总的来说，老旧小区加装电梯是一项重要的"
             "民生工程。\n您对老旧小区加装电梯有什么看法？欢迎在评论区留言讨论！\n", fires=True,
             fixed="老旧小区加装电梯提速\n记者从市住房和城乡建设部门获悉，今年本市计划新增加装电梯300台。\n"
             "有关负责人表示，下一步将简化审批流程。\n",
             note="a Chinese summary and an invitation to the comment section"),
        Case(_ARTICLE + "Key takeaways\nThe bridge reopened two months early.\nThe crossing "
             "now takes five minutes.\nStay tuned for the latest updates on this story, and "
             "don't forget to share this article with your friends.\n" + _SHARE_FOOT,
             fires=True, fixed=_ARTICLE + _SHARE_FOOT,
             note="plain takeaways and a stay-tuned sign-off above the page's chrome"),
        Case(_ARTICLE + "Key takeaways\nThe bridge reopened two months early.\nThe crossing "
             "now takes five minutes.\nStay tuned for the latest updates on this story.\n"
             "The council meets again in March to decide on the toll for heavy lorries.\n"
             "Hauliers said they would send a delegation to argue against any new charge.\n",
             fires=False, note="the article goes on below: its own summary box"),
        Case("Neuer Fahrplan für die Buslinie 305\n" + _ARTICLE + "Fazit: Was bedeutet der neue "
             "Fahrplan für Sie?\nDer neue Fahrplan bringt für Pendler viele Vorteile im "
             "Alltag und mehr Flexibilität.\nWas denken Sie über den neuen Fahrplan? Schreiben "
             "Sie uns Ihre Meinung in die Kommentare!\n", fires=True,
             fixed="Neuer Fahrplan für die Buslinie 305\n" + _ARTICLE,
             note="a wrap-up heading with its topic, a summary and a German reader prompt"),
        Case("Λειψυδρία στα χωριά του Νότου\nΤο νερό στα χωριά του Νότου δεν φτάνει για όλους "
             "αυτό το καλοκαίρι, λέει ο δήμαρχος.\nΟι βυτιοφόρες μεταφέρουν νερό κάθε μέρα "
             "στα ορεινά χωριά του δήμου.\nΛειψυδρία στα χωριά του Νότου: τι πρέπει να "
             "γνωρίζετε;\nΗ λειψυδρία στα χωριά του Νότου είναι μεγάλο πρόβλημα της εποχής "
             "μας.\n", fires=True,
             fixed="Λειψυδρία στα χωριά του Νότου\nΤο νερό στα χωριά του Νότου δεν φτάνει για "
             "όλους αυτό το καλοκαίρι, λέει ο δήμαρχος.\nΟι βυτιοφόρες μεταφέρουν νερό κάθε "
             "μέρα στα ορεινά χωριά του δήμου.\n",
             note="the title asked again with a Greek question mark, and answered"),
        Case(_PAGE_HEAD + _ARTICLE + "Harbour Bridge Reopens After Two Years of Repairs – "
             "Everything You Need to Know\nIf you are looking for the latest news on the harbour "
             "bridge repairs, this article is for you. The harbour bridge repairs took two "
             "years and the bridge is now open to all traffic again.\nConclusion\nThe "
             "harbour bridge reopening after two years of repairs is good news for all of us "
             "in the city.\n" + _SHARE_FOOT, fires=True,
             fixed=_PAGE_HEAD + _ARTICLE + _SHARE_FOOT,
             note="the title restated as an SEO heading, its paragraph and a conclusion"),
        Case(_LISTING + _LISTING_SECTIONS + _LISTING_FOOT, fires=True,
             fixed=_LISTING + _LISTING_FOOT,
             note="the paragraph under the Markdown heading that follows the block"),
        Case(_PAGE_HEAD + _ARTICLE + "Harbour bridge reopens after two years: what does it "
             "change?\nKey takeaways:\n— The bridge reopened two months early.\n"
             "— The crossing now takes five minutes.\n", fires=True,
             fixed=_PAGE_HEAD + _ARTICLE,
             note="the title asked again, then takeaways set with dashes"),
        Case(_ARTICLE + _BOLD_QA, fires=True, fixed=_ARTICLE,
             note="fabricated bold interview with a reader prompt"),
        Case(_ARTICLE + "\n" + _BOLD_QA + "\nPhoto: City archive\n", fires=True,
             fixed=_ARTICLE + "\nPhoto: City archive\n", note="a footer after the block stays"),
        Case(_ARTICLE + "\n## Frequently Asked Questions\n**When did the bridge reopen?**\n"
             "On Monday.\n**How long is the crossing now?**\nFive minutes.\n"
             "What do you think? Share your thoughts in the comments below!\n",
             fires=True, fixed=_ARTICLE, note="an FAQ and a comment prompt"),
        Case(_ARTICLE + "Discussion Question for Readers: would you pay a toll?", fires=True,
             fixed=_ARTICLE.rstrip("\n"), note="one very strong signal, no final newline"),
        Case("# Bridge\n\n" + _ARTICLE + "\n" + _BOLD_QA, fires=True, kind="markdown",
             fixed="# Bridge\n\n" + _ARTICLE,
             note="in Markdown bold is fine, but the prompt and the question about "
                  "'the article' still give it away"),
        Case(_ARTICLE + _TAKEAWAYS, fires=True, fixed=_ARTICLE,
             note="bold takeaways with their bullets and a closing question to the reader"),
        Case(_ARTICLE + "Interview with the Harbour Master\n" + _BOLD_QA, fires=True,
             fixed=_ARTICLE, note="the plain title above the bold interview goes with it"),
        Case(_ARTICLE + _WRAP_UP, fires=True, fixed=_ARTICLE,
             note="plain text: a wrap-up heading, a paragraph and an invitation to comment"),
        Case(_ARTICLE + "Key points:\n• The bridge reopened early.\n• The crossing takes five "
             "minutes.\n• A toll vote follows in March.\n", fires=True, fixed=_ARTICLE,
             note="plain text: a takeaways heading with three items, the generator's template"),
        Case(_ARTICLE + "Would you pay a toll to cross? Tell us in the comments below!\n",
             fires=True, fixed=_ARTICLE,
             note="plain text: a last line that only prompts readers to comment"),
        Case("Harbour bridge reopens after two years\n" + _ARTICLE + "**Why did the harbour "
             "bridge repairs take two years?**\n### Background\nBridges matter to every "
             "city.\n### Looking Ahead\nThe city will keep investing.\n", fires=True,
             fixed="Harbour bridge reopens after two years\n" + _ARTICLE,
             note="the title repeated as a question, then stock section headings"),
        Case(_ARTICLE + "Frequently Asked Questions\nWhen did the bridge reopen?\nOn Monday, "
             "two months early.\nHow long is the crossing now?\nAbout five minutes.\n",
             fires=True, fixed=_ARTICLE,
             note="plain text: an FAQ heading with two questions and their answers"),
        Case("What happens if I miss my delivery?\nIf you are out, we leave your parcel with "
             "a neighbour or in your chosen safe place.\nFrequently asked questions\nHow long "
             "will my parcel stay at the shop?\nWe keep parcels for seven days.\nCan someone "
             "else collect it?\nYes, with the card we left.\n", fires=False,
             note="a help page (its headline asks) answering more questions"),
        Case(
             "Whitcombe & Sons Funeral Home\n"
             "Serving families in Sauk County since 1921\n"
             "Margaret Anne Ellison\n"
             "March 2, 1938 – April 29, 2025\n"
             "Margaret Ellison, 87, of Baraboo, died on Tuesday at home with her family "
             "around her.\n"
             "She was born in Reedsburg and graduated from Reedsburg High School in 1956.\n"
             "She worked as a bookkeeper for 31 years and sang in the choir of St. John's.\n"
             "She loved her garden, her crossword and, above all, her grandchildren.\n"
             "She is survived by her children, Susan and Robert, and five grandchildren.\n"
             "A visitation will be held from 4:00 to 7:00 p.m. on Friday, May 2, 2025, at "
             "Whitcombe & Sons Funeral Home, 211 Oak Street, Baraboo, and the funeral service "
             "will follow on Saturday at St. John's Lutheran Church.\n"
             "In lieu of flowers, memorials may be made to the choir fund.\n",
             fires=False, note="a sentence naming the home in the page's first line"),
        Case("Harbour bridge reopens after two years of repairs\n" + _ARTICLE + "Why did the "
             "harbour bridge repairs take two years?\nThe harbour bridge repairs took two "
             "years because the steel had to be replaced.\n", fires=True,
             fixed="Harbour bridge reopens after two years of repairs\n" + _ARTICLE,
             note="plain text: the title asked again and answered in its own words"),
        Case(_ARTICLE + "Advertisement\nIn conclusion, the reopening highlights the ongoing "
             "tension between cost and safety. It remains to be seen whether the toll returns."
             "\n", fires=True, fixed=_ARTICLE + "Advertisement\n",
             note="one wrap-up paragraph strung with stock phrases after the article"),
        Case(_ARTICLE + "In conclusion, the council said, the repairs were worth every penny "
             "and the toll will not return.\n", fires=False,
             note="a reporter's last paragraph opening 'In conclusion,' without stock phrases"),
        Case("Harbour bridge reopens after two years of repairs\n" + _ARTICLE + "Why did the "
             "repairs take two years? Engineers found rust in the deck.\nThe council will "
             "publish its report in May.\n", fires=False,
             note="a question inside a paragraph of prose, not the title asked again"),
        Case(_ARTICLE + "Frequently asked questions about tolls were sent to the council.\n"
             "Most were about prices.\n", fires=False,
             note="a sentence that starts with the words, not a heading"),
        Case(_ARTICLE + "FAQ\nWhen did the bridge reopen?\nOn Monday.\n", fires=False,
             note="one question under the heading is too little"),
        Case(_ARTICLE + "Were you stuck in the queues? Share your experiences by e-mail.\n",
             fires=False, note="a newsroom's call for readers' stories is no comment prompt"),
        Case(_ARTICLE + "In conclusion, the repairs were worth it. Will drivers accept a "
             "toll? What do you think? Share your views below.\n", fires=False,
             note="a last paragraph that starts 'In conclusion,' is no heading"),
        Case(_ARTICLE + "Conclusion\nThe repairs were worth the wait.\nWill drivers accept "
             "a toll?\n", fires=False, note="a conclusion ending on a rhetorical question"),
        Case(_TRANSCRIPT, fires=False, note="a real transcript with plain questions"),
        Case("The mayor spoke to us.\nThis interview was edited for length.\n"
             "**Q:** How does it feel?\n**A:** A relief.\n**Q:** What next?\n"
             "**A:** The ferry terminal.\n", fires=False,
             note="an announced interview with bold labels"),
        Case(_MD_ARTICLE, fires=False, kind="markdown", note="a Markdown article"),
        Case(_ARTICLE + "Will the toll come back? What do you think?\n", fires=False,
             note="a question at the end of real prose"),
        Case(_ARTICLE + _BOLD_QA, fires=False, options={"strong-signal": 99.0,
                                                        "min-score": 99.0},
             note="thresholds are options"),
        Case(_REPORT + "ADVERTISEMENT\n## Conclusion\nThe reopening of the harbour bridge is "
             "a major milestone for the city and its commuters.\nBy planning ahead, residents "
             "can make the most of the faster crossing this winter.\nStay safe on the roads, "
             "and we hope this article was useful!\nTags: bridge, harbour\n", fires=True,
             fixed=_REPORT + "ADVERTISEMENT\nTags: bridge, harbour\n",
             note="a Markdown conclusion that fires on its first sentence takes the rest of "
                  "its section, down to the chrome"),
        Case(_REPORT + "Advertisement\nMu ncamake\nIzamuka ry'igiciro cya kawa ni inkuru nziza "
             "ku bahinzi bo mu Karere ka Nyamasheke no mu gihugu cyose.\nNi ngombwa ko "
             "abahinzi bakomeza kwita ku bwiza bw'ikawa yabo kugira ngo barusheho kubyaza "
             "umusaruro.\nMukomeze kwita ku ikawa yanyu, bahinzi bacu!\n© 2024 Harbour "
             "Times\n", fires=True,
             fixed=_REPORT + "Advertisement\n© 2024 Harbour Times\n",
             note="a short heading over paragraphs closed by an exclamation, chrome under it"),
        Case(_REPORT + "Step 3: restart the service\nsudo systemctl restart zramswap\nThen "
             "run zramctl to see the new device and how well it compresses the pages.\nOn "
             "my laptop the browser with fifteen tabs no longer freezes when I switch to "
             "the editor.\nLiked it? Share it!\nTwitter\n", fires=False,
             note="a tutorial's last step; the site's two-word share prompt closes nothing"),
        Case(_REPORT + "## Eachtraí\nTá an droichead oscailte arís.\nBeidh an turas níos "
             "giorra anois.\nTags: bridge, harbour\n", fires=True,
             fixed=_REPORT + "Tags: bridge, harbour\n",
             note="the page's first Markdown, a heading below the article over two sentences, "
                  "chrome under it: whatever the language"),
        Case(_REPORT + "Share: Facebook | X | WhatsApp\nSa pou w retni\n* Pon an louvri "
             "ankò.\n* Vwayaj la pi kout.\nKisa w panse?\n© 2025 Harbour Times\n",
             fires=True, fixed=_REPORT + "Share: Facebook | X | WhatsApp\n© 2025 Harbour "
             "Times\n", note="a short heading over bulleted points closed by a question, "
                              "under the share row"),
        Case(_REPORT + "###\nWhat it means\nThe bridge is the only road crossing of the "
             "harbour for twenty miles in either direction.\nIts reopening ends two years of "
             "detours for the ferry port, the hospital and the town's schools.\n"
             "Share: Facebook | X\n", fires=True,
             fixed=_REPORT + "###\nShare: Facebook | X\n",
             note="under a press release's end mark: two paragraphs under a short heading"),
        Case(_REPORT + "Share: Facebook | X | WhatsApp\nMost read\n1. Ferry fares rise for "
             "good\n2. Council names new harbour master\nNewsletter\n", fires=False,
             note="the most-read links under the share row: numbered titles"),
        Case(_REPORT + "ENDS\nNotes to editors\nHarbour Council runs the bridge, the "
             "ferry port and the harbour's two marinas for the county.\nFor media enquiries "
             "call the press office on 01934 226 700.\n", fires=False,
             note="a press release's notes to editors, with a number to call"),
        Case(_REPORT + "What to pack\n- Warm clothes for the wind on the deck.\n- A "
             "torch for the walk back.\nThe council closes the footpath at dusk.\nShare\n",
             fires=False, note="the article's own list, closed by a plain sentence"),
        Case(_REPORT + "4 dolog, amit tudni érdemes\n1. A híd újra nyitva van.\n2. Az út "
             "rövidebb lett.\n3. A város sokat költött rá.\n4. A jövő fényes!\nMegosztás\n",
             fires=True, fixed=_REPORT + "Megosztás\n",
             note="a heading announcing a count over that many numbered sentences with no "
                  "figure, chrome under it: whatever the language"),
        Case(_SHORT_STORY + "**Gabaabumatti:**\n- Gatiin dabaleera.\n- Bunni "
             "barbaachisaadha.\nQoodi: Facebook | Telegram\n", fires=True,
             fixed=_SHORT_STORY + "Qoodi: Facebook | Telegram\n",
             note="the page's first Markdown under a short story of five sentences in short "
                  "paragraphs"),
        Case(_REPORT + "3 things to bring\n1. A ticket bought before 9 a.m.\n2. Your pass.\n"
             "3. Water.\nShare\n", fires=False,
             note="the article's own counted list: an item holds a figure"),
    ],
)
def appended_generated_text(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Looks for a block of lines at the end of a document that a text generator appended
    after the article, and reports it as one finding from its first to its last line.
    Each line is checked for signals: Markdown bold or headings in a plain-text document,
    interview scaffolding (an "Interviewer:" or "Q:" label alternating with a speaker's
    name, in bold), reader-discussion prompts ("Discussion Question for Readers", "Let us
    know in the comments", "Share your thoughts"), "In conclusion", "Key takeaways" or
    "FAQ" blocks, and questions that restate the article ("... as discussed in the
    interview?") or are made of the title's words (the title repeated as a question). A
    list right under a "Key takeaways" heading, questions with their answers under an
    "FAQ" heading, and stock section headings set as headings or in bold ("### Background",
    "**Looking Ahead**") add to the wrap-up evidence; a bold question to the reader
    closing the block counts as a reader prompt, and in plain text a line that does
    nothing but ask the reader and invite comments ("Would you pay a toll? Tell us in the
    comments below!", "Share your thoughts below.") weighs as much as a "Discussion
    Question for Readers". The block
    starts where such lines begin to dominate the rest of the
    document (`min-coverage`, `max-gap`, `max-trailing-lines`), at a bold line, a speaker
    label or a wrap-up heading, or at the plain title just above it that introduces an
    interview ("Interview with the Harbour Master"). Each kind of signal adds its weight,
    up to a cap; the rule fires at `min-score` with at least `min-signals` independent
    kinds, or on one signal of weight `strong-signal`. In plain text it also fires on a
    *closing pair* (`closing-pair`): a short block that opens with a wrap-up heading line
    ("In Conclusion", "Key Takeaways") and ends with an invitation to comment ("Share
    your views below."), or that opens with such a heading directly followed by a list of
    at least three items, or that is a plain "Frequently Asked Questions" heading with at
    least two questions and their answers, the title asked again as a question with an
    answer that repeats it (also in bold and followed by more bold questions, each with a
    one-line answer), or a single "In conclusion, ..." paragraph strung with stock
    phrases ("serves as a reminder", "it remains to be seen"), or up to three such
    paragraphs, each opening a wrap-up ("In conclusion, …", "Key takeaways: …") or holding
    a stock phrase ("Ultimately, only time will tell …"): the templates generators close
    articles with. A wrap-up label opening a paragraph ("Final thoughts: …") counts as a
    wrap-up, and a question to the readers is never answered by the page's buttons under
    it. FAQ, summary and takeaways headings, wrap-up openers and reader prompts are read
    in some fifty languages ("Häufig gestellte Fragen", "よくある質問", "まとめ", "Points
    clés", "Sammanfattningsvis", "Mitä mieltä olet?"), an FAQ heading
    also with its topic ("Perguntas frequentes sobre o preço do café"); an FAQ's questions
    may end in "？" or open with "Q." (its answers with "A."), and one closing sentence
    ("Fazit: ...", "Overall, ...") or a plain summary heading with one paragraph
    ("Conclusione", "Conclusão") may follow its last answer. A plain takeaways heading over
    two to six plain sentences and a closing sentence ending the page ("Overall, ...", "En
    résumé, ...") is the takeaways template without bullets. Invitations to comment are read
    in several languages ("Dites-le-nous en commentaire", "Tulis pendapat Anda di kolom
    komentar"), so a line that only asks the reader and invites comments fires in those too.
    A headline below the article that repeats the title ("... IPO Subscribed 38 Times on
    Final Day: Complete Details"), perhaps with one paragraph repeating it again, goes with
    a block that fires right under it; inside a block such a headline is SEO copy ("…
    Rise After Fed Holds Rates – Everything You Need to Know" under "In Conclusion"). The
    title is read among the first eight lines or, on a page whose head holds a consent
    banner, a menu, a ticker and stamps, among the title-shaped lines (stamps left out)
    above the article's first paragraph (two lines of running text in a row; up to line
    30). When a Markdown heading follows the block (or closes it), the one paragraph under
    it is the block's too ("## Book Your Viewing Today" / "Don't miss out on …"). A list
    under a takeaways heading may be set with dashes ("— …"); "The bottom line:", "En
    definitiva,", "Отже," open a wrap-up, and a wrap-up heading may carry its topic
    ("Fazit: Was bedeutet der neue Fahrplan für Sie?"). "What do you think?" is read in
    some fifteen languages ("Was denken Sie …?", "Τι πιστεύετε;"), a Greek question ends
    on ";", and a sign-off urging the reader ("Stay tuned …", "Jangan lupa …",
    "Μείνετε συντονισμένοι …") closes takeaways. Plain takeaways closed that way (or by
    "Overall, …") count with the page's chrome under them, unless a sentence of the
    article follows. The title restated as an SEO heading, a paragraph or two and a
    conclusion (within six lines) is a template; a wrap-up heading that ends the block
    takes the paragraph under it. Invitations to the comment section are also
    read in Chinese, Japanese and Korean ("欢迎在评论区留言讨论", "コメント欄", "댓글로"),
    and "总的来说，" opens a wrap-up. A summary heading over one or two paragraphs, then an
    FAQ, is one template; so is the title asked again in plain text and answered in its own
    words, then more plain questions with their answers. An exclamation to the reader ("Plan
    your commute ahead!") right after a takeaways list closes it, and a reader prompt takes
    the "In conclusion, ..." paragraph above it, with
    one paragraph between at most. A summary heading that names the piece ("Resumo da
    notícia", "Summary of the article", "記事のまとめ") heads the takeaways template like "Key
    takeaways"; a summary heading ("まとめ", "Conclusion") over one or two paragraphs and a
    question that only asks the readers (addressed as a group, "皆さん", or invited to think
    it over: "ぜひ考えてみてください", "Take a moment to think about it") is a closing
    template; a sentence of stock comment ("This milestone highlights the growing role of
    …") or a closing sentence right after a takeaways list closes it; plain takeaways
    sentences may end in a summary heading with its paragraph ("Conclusion", "Fazit")
    instead of a closing sentence; and a paragraph below the article that repeats a phrase
    of the title in every sentence, three times at least, while addressing the reader ("If
    you are looking for a Salt Marsh review, …") is SEO copy and fires on its own, as does
    a sentence below the article that holds the whole title word for word among words of
    its own ("In short: <title> – all you need to know"), with the row of search keywords
    after it. A summary heading ("En résumé", "Kesimpulan", "Fazit") with up to four lines
    of summary under it (a verdict, "Points forts : …", a list) goes with the invitation to
    comment closing them; a summary heading, one lead-in line that recaps "this article"
    ("この記事では…", "In this article, we …") or introduces a list that the generator's
    exhortation or "Overall, …" closes, and a list of three items at least is the takeaways
    template. Page chrome may follow the block (link lists,
    buttons, a copyright line: no more than `max-trailing-lines` lines of running text).
    Plain text ending in two Markdown sections or more, each heading
    with its paragraph or a list of sentences, is one block with its paragraphs; a plain
    wrap-up heading
    ("Conclusion") closing a block that fires takes the paragraphs under it, to the
    page's end.

    It stays quiet on genuine material: plain-text transcripts ("Question?" / answer
    paragraphs, or "Name: ..." labels), Q&A announced as a transcript or as edited for
    length, Markdown files and Markdown-formatted text (bold and headings are style there
    and count for nothing), documents that are Q&A from the start, articles that end on
    one question to the reader, last paragraphs that begin "In conclusion," (a sentence,
    not a heading), two-item lists, plain subheadings, prompts mixed with statements,
    calls for readers' stories by e-mail, a plain FAQ on a help page (its headline asks a
    question) or on a shop's product page (its price alone on a line above, three
    questions or more answered beyond their own words), and a sentence naming a name the
    page opens with ("… at Whitcombe & Sons Funeral Home").

    Templates read by their shape: a stock section closing the text, its heading ("Key
    facts at a glance", "What this means for you", "এক নজরে", "هل تعلم؟") over three
    bulleted sentences, a fact box closed by an exhortation, or paragraphs speaking to the
    reader, with only the page's chrome under it (not on a help centre's page); a stock
    section of one to three paragraphs right above a block that fires, and a short heading
    over the readers' question ("Join the Conversation"); a wrap-up paragraph followed by
    an invitation to comment; a bold stock heading or a Markdown "## Pros and cons" over
    lists; a paragraph stuffed with a keyword of the title (six times and 15% of its
    words, also inflected: "Panevėžyje") with the question or heading above it; a sign-off
    under the block ("We hope this article was helpful", "Semoga artikel ini
    bermanfaat"). An interview's heading may end on its word ("… Özel Röportaj") or hold a
    figure; an FAQ heading over questions nobody answers puts them to the readers; a
    "Pro und Contra" verdict lists its "Contra:" items; the readers' comments under a
    comment section's heading ("Comentarios") are page chrome, not more of the article.
    Two templates are read by their shape alone, in any language: a plain text's first
    Markdown, a heading below the article ("## Корутунду", "**Mu ncamake**") over two
    lines or more of sentences, list items or table rows with only chrome under them; and
    a short heading (no sentence, no label with values) over bulleted points closed by an
    exclamation or a question ("Sa pou w retni" / "* …" / "Kisa w panse …?"), or, right
    under the share row or a press release's end mark ("###"), over two sentences of some
    length, again with only chrome under them; a short heading over such sentences closed
    by an exclamation of five words or more ("Mukomeze kwita ku ikawa yanyu, bahinzi
    bacu!") is one too; and a listicle, a heading announcing a count over exactly that many
    numbered or bulleted sentences with no figure of their own ("5 věcí, které byste měli
    vědět o kulajdě" / "1. …" … "5. …"). Numbered titles (the most-read links), a
    line to call or write to (notes to editors) and a plain sentence under a list are
    none of these.
    A "People also ask" box is never the page's own FAQ. A copyright line
    naming the site is no repeated title, and a plain "Overall, …" paragraph above the
    block's first Markdown heading stays the text's.
    Three closing sections are found by their shape alone, with only chrome under them:
    two to four paragraphs opening with a wrap-up and a comma ("En conclusion, …",
    "Ukuqukumbela, …", or "いかがでしたか？" alone on its line), with no figure and no "I" in
    them, below five paragraphs of article and not on an opinion page (an author's "In
    short: …" opens on a colon); the views of unnamed experts, under a short heading that
    names them ("رأي الخبراء", "What experts say") or in three paragraphs that each cite
    them, none named ("Dr. Ravi Menon" is a reporter's source); and a checklist of three
    items or more bulleted with pictographs ("✅ Weniger Autoverkehr …", "❌ …"), with its
    short heading and closing sentence. A heading in lenticular brackets ("【まとめ】") is
    read without them.

    ## Why it matters
    The appended material is fabricated: quotes nobody said, attributed to real people,
    in the voice of the article. Left in a training corpus it teaches a model to invent
    interviews; left in a search index it is misinformation.

    ## Example
    Bad (a plain-text article, then):

        **Interviewer:** How does it feel to open the bridge, Mayor Lind?
        **Lind:** It is a proud day for the whole city.
        **Interviewer:** What comes next?
        **Lind:** The ferry terminal.
        **Discussion Question for Readers:** Should the city charge a toll?

    Good: the article alone, ending with its last real paragraph.

    ## Fix safety
    Unsafe: the fix deletes the whole block (with the blank lines that set it apart), and
    a block that is in fact a real interview would be lost. Review it, then apply it with
    `--fix --unsafe-fixes`. Everything before the block stays byte-identical.
    """
    block = find_block(doc, options)
    if block is None:
        return
    yield Finding(block.first.start, block.last.end, describe(block),
                  Fix.unsafe("remove the appended block", removal(doc, block)),
                  evidence(block, options))


# -- GEN002 --------------------------------------------------------------------------------


def markup_edits(doc: Document, skip: tuple[int, int] | None) -> Iterator[tuple[Segment, str,
                                                                                 list[Edit]]]:
    """Each line's Markdown markup as (line, what, edits that strip the markers)."""
    for seg in doc.lines:
        if skip and skip[0] <= seg.start < skip[1]:
            continue
        edits, kinds = [], []
        heading = HEADING.match(seg.text)
        if heading:
            edits.append(Edit.deletion(seg.start, seg.start + heading.end()))
            kinds.append("heading")
        for bold in BOLD.finditer(seg.text):
            start, end = seg.start + bold.start(), seg.start + bold.end()
            edits += [Edit.deletion(start, start + 2), Edit.deletion(end - 2, end)]
            if "bold" not in kinds:
                kinds.append("bold")
        if edits:
            yield seg, " and ".join(kinds), edits


@rule(
    code="GEN002",
    name="stray-markdown-markup",
    summary="Markdown bold or heading markup in a plain-text document.",
    severity=Severity.INFO,
    fix=FixAvailability.ALWAYS,
    cases=[
        Case("The bridge reopened.\n**Mayor Lind** cut the ribbon.\n", fires=True,
             fixed="The bridge reopened.\nMayor Lind cut the ribbon.\n"),
        Case("## Harbour news\nThe bridge reopened.\n", fires=True,
             fixed="Harbour news\nThe bridge reopened.\n"),
        Case("#harbour #bridge\nA f**king long wait, 2**10 days.\n", fires=False,
             note="hashtags and asterisks inside words are not markup"),
        Case("# Harbour news\n\nThe bridge reopened on **Monday**.\n", fires=False,
             kind="markdown", note="Markdown files may use Markdown"),
    ],
)
def stray_markdown_markup(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags Markdown bold (`**word**`) and ATX headings (`# Title`) in a plain-text or JSON
    Lines document, one finding per line. Asterisks inside words ("2**8") and hashtags
    ("#news") are not markup. Lines inside a block that GEN001 reports are left to GEN001.

    ## Why it matters
    A plain-text corpus should hold text: markup left over from a converter or a text
    generator becomes literal asterisks and hashes in whatever reads the corpus, and is
    often the trace of generated material.

    ## Example
    Bad: `**Mayor Lind** cut the ribbon.` Good: `Mayor Lind cut the ribbon.`

    ## Fix safety
    Unsafe: the fix deletes the markers and keeps the words, but the asterisks could be
    meant literally (a quoted formula, a censored word set apart by spaces).
    """
    if doc.source.kind == "markdown" or ("**" not in doc.prose and "#" not in doc.prose):
        return  # nothing that could be markup: skip the block search
    block = find_block(doc, appended_generated_text.default_options())
    skip = (block.first.start, block.last.end + 1) if block else None
    for seg, what, edits in markup_edits(doc, skip):
        yield Finding(seg.start, seg.end, f"Markdown {what} markup in plain text",
                      Fix.unsafe(f"strip the Markdown {what} markers", *edits),
                      {"markup": what})


RULES = [appended_generated_text, stray_markdown_markup, generated_block_shape]
