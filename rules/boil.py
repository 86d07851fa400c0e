"""BOIL rules that need context: page chrome a single line cannot give away.

Most page chrome is recognisable on its own line and lives in the rule packs
(``packs/chrome.yaml``). A headline of another article is not: "Harbour bridge reopens
early" is a fine line of text. What makes it chrome is where it stands: right after a
"Related:" or "Read more:" label, in the link box a news site prints between paragraphs
or under the story. BOIL007 reads those runs.

>>> doc = Document.from_text("The bridge reopened.\\nRelated:\\nFerry fares rise again\\n"
...                          "Council backs new cycle lanes\\nTraffic was light.\\n")
>>> [(f.evidence["label"], doc.text[f.start:f.end]) for f in related_headline.check(doc)]
[('Related:', 'Ferry fares rise again'), ('Related:', 'Council backs new cycle lanes')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
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

# -- the label -----------------------------------------------------------------------------

#: A link-box label alone on a line. A closed list: "Further reading" (books and papers)
#: and one-word section names that articles also use as headings are not in it.
RELATED_LABEL = LazyPattern(
    r"(?:related(?:\s+(?:articles?|stories|story|posts?|content|coverage|news|links|reading|"
    r"headlines))?|read\s+more|more\s+to\s+read|read\s+also|also\s+read|see\s+also|read\s+next|"
    r"up\s+next|more\s+on\s+this(?:\s+(?:story|topic))?|more\s+stories|more\s+news|"
    r"you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended\s+(?:for\s+you|"
    r"reading|stories|articles)|editor[s'’]*\s+picks|most\s+(?:read|popular|viewed|shared)|top\s+stories|"
    r"don[’']?t\s+miss|must\s+read|"
    # A live page's list of its key posts.
    r"key\s+(?:events|moments)|"
    r"(?:trending|popular|most\s+popular|latest)\s+(?:stories|"
    r"news|articles|now|headlines)|"
    # The same labels in German, French, Spanish, Italian, Portuguese and Dutch.
    r"mehr\s+zum\s+thema|das\s+könnte\s+sie\s+auch\s+interessieren|weiterlesen|"
    r"(?:à\s+)?lire\s+aussi|sur\s+le\s+même\s+sujet|"
    r"(?:seguí|seguir|sigue|siga)\s+leyendo|lee\s+también|leer\s+más|(?:también\s+)?te\s+puede\s+interesar|"
    # The you-may-also-like box of a Spanish shop, a columnist's other pieces ("Du même
    # auteur", "De la même chroniqueuse"), an Armenian "may interest you" and a Japanese
    # blog's ranking of popular posts ("人気記事ランキング").
    r"(?:también\s+)?te\s+puede\s+gustar|"
    r"d(?:u|e\s+la)\s+même\s+(?:auteur|autrice|chroniqueur|chroniqueuse|journaliste)|"
    r"ձեզ\s+կարող\s+է\s+հետաքրքրել|人気(?:の)?記事(?:ランキング)?|"
    r"leggi\s+anche|potrebbe\s+interessarti|(?:també\s+)?et\s+pot\s+interessar|llegeix\s+també|"
    r"leia\s+(?:também|mais)|lees\s+ook|"
    # Polish and Turkish, and a bare "Trending" box label.
    r"(?:(?:prze)?czytaj|zobacz)\s+(?:także|też|również)|[iİ]lgili\s+haberler|"
    r"bunlar\s+da\s+ilginizi\s+çekebilir|trending|"
    # See-also and most-read labels of Indonesian, Portuguese, Spanish, Swedish, Danish and
    # Norwegian, Polish, French, Italian, Dutch, German, Turkish, Japanese, Korean and
    # Chinese sites, and a section's "More from Cricket".
    r"baca\s+juga|berita\s+terkait|terpopuler|veja\s+também|mais\s+lidas|ver\s+también|"
    r"lo\s+más\s+(?:leído|visto)|más\s+leídas|läs\s+(?:mer|också)|relaterat|"
    r"relaterade\s+artiklar|mest\s+(?:läst|lest|læste)|les\s+også|læs\s+også|polecamy|"
    r"najczęściej\s+czytane|les\s+plus\s+lus|(?:à\s+)?voir\s+aussi|i\s+più\s+letti|"
    r"più\s+letti|meest\s+gelezen|zie\s+ook|meistgelesen|en\s+çok\s+okunanlar|"
    r"関連記事|関連ニュース|관련\s*기사|많이\s+본\s+뉴스|相关(?:新闻|阅读|文章)|"
    r"more\s+from\s+[^\W\d_][\w&'’-]*(?:\s+[^\W\d_][\w&'’-]*){0,2}|"
    # See-also labels of Romanian, Czech, Finnish, Hungarian, Russian and Ukrainian,
    # Croatian and Serbian, Slovenian and Turkish sites.
    r"citește\s+și|citiți\s+și|vezi\s+și|čtěte\s+(?:také|též)|lue\s+myös|"
    r"olvassa\s+el\s+ezt\s+is|читайте\s+(?:также|також)|pročitajte\s+(?:i|još)|"
    r"preberite\s+tudi|ayrıca\s+okuyun|"
    # A section's most-read box ("MOST READ IN NEWS"), a forum's similar threads, the
    # related-news labels of Spanish, Portuguese, French and German sites.
    r"most\s+(?:read|popular|viewed|shared)\s+(?:in|from)\s+[^\W\d_][\w&'’-]*(?:\s+[^\W\d_][\w&'’-]*){0,2}|"
    r"similar\s+(?:threads|posts|articles|stories|topics)|noticias\s+relacionadas|"
    r"notícias\s+relacionadas|articles\s+similaires|ähnliche\s+artikel|"
    # See-also labels of Dutch, Czech, Slovak, Arabic, Hindi, Hebrew, Thai, Argentine
    # Spanish, Romanian, Norwegian, Finnish, Hungarian, Malay, Vietnamese, Greek, Russian
    # and Ukrainian sites: "Ook interessant", "أخبار ذات صلة", "ये भी पढ़ें".
    r"ook\s+interessant|(?:další|nejnovější|ďalšie)\s+(?:zprávy|správy|články)"
    r"(?:\s+z\s+[^\W\d_]+)?|súvisiace\s+články|čítajte\s+aj|"
    r"(?:أخبار|مقالات|حلقات)\s+ذات\s+صلة|(?:ये|यह)\s+भी\s+पढ़ें|संबंधित\s+(?:ख़बरें|खबरें)|"
    r"כתבות\s+(?:נוספות|קשורות)(?:\s+שיעניינו\s+אתכם)?|(?:บทความ|รีวิว|กระทู้)ที่เกี่ยวข้อง|บทความแนะนำ|"
    # Thai's latest news, of a section too: "อ่านข่าวล่าสุด", "ข่าวกีฬาล่าสุด".
    r"(?:อ่าน)?ข่าว\S{0,12}ล่าสุด|ข่าวยอดนิยม|"
    # Urdu's more and related episodes or stories ("مزید اقساط", "متعلقہ خبریں").
    r"(?:مزید|متعلقہ)\s+(?:اقساط|خبریں|مضامین|ویڈیوز)|"
    r"mirá\s+también|articole\s+similare|"
    # A bare "Related" of Spanish, Portuguese and Catalan sites: "Relacionadas".
    r"relacionad[oa]s|relacionats|relacionades|siste\s+nytt(?:\s+fra\s+[^\W\d_]+)?|"
    r"aiheeseen\s+liittyvät|kapcsolódó\s+cikkek|berita\s+berkaitan|"
    r"(?:bài\s+viết|tin)\s+liên\s+quan|tin\s+cùng\s+chuyên\s+mục|(?:đọc|xem)\s+nhiều(?:\s+nhất)?|"
    r"σχετικά\s+άρθρα|(?:схожі|похожие)\s+(?:новини|новости)|"
    # Similar listings of job, property and classified sites, and the see-also labels of
    # the twelfth set: Polish, Romanian, Hungarian, Dutch, Italian and English.
    r"podobne\s+(?:oferty|ogłoszenia|artykuły|wpisy|posty|teksty)|anunțuri\s+similare|oferte\s+similare|"
    r"offres\s+similaires|annonces\s+similaires|similar\s+(?:jobs|listings|properties|ads|"
    r"homes|products)|ezek\s+is\s+érdekelhetnek|(?:meer\s+)?tips\s+van\s+de\s+redactie|"
    r"potrebbe\s+interessarti\s+anche|"
    # See-also and similar-listing labels of Greek, Bengali, Latvian, Mexican Spanish and
    # Chinese pages
    r"δι[αά]β[αά]στε\s+επ[ιί]σης|δε[ιί]τε\s+επ[ιί]σης|σχετ[ιί]κ[αά]\s+θ[εέ]ματα|আরও\s+পড়ুন|আরো\s+পড়ুন|"
    r"līdzīgi\s+sludinājumi|lasi\s+arī|te\s+recomendamos|延伸閱讀|延伸阅读|相關新聞|"
    # A blog's related-posts box in the languages its software ships in: "Podobne wpisy",
    # "Powiązane wpisy", "Ähnliche Beiträge", "Entradas relacionadas", "Post correlati".
    r"powiązane\s+(?:wpisy|artykuły|posty)|ähnliche\s+beiträge|entradas\s+relacionadas|"
    r"publicaciones\s+relacionadas|artigos\s+relacionados|posts\s+relacionados|"
    r"post\s+correlati|articoli\s+correlati|articles\s+connexes|gerelateerde\s+"
    r"(?:berichten|artikelen)|liknande\s+inlägg|relaterade\s+inlägg|relaterede\s+indlæg|"
    r"relaterte\s+innlegg|související\s+(?:články|příspěvky)|benzer\s+yazılar|"
    # The related-news box of German and Swiss municipal and news sites: "Verwandte
    # Meldungen", "Weitere Meldungen", "Ähnliche Artikel".
    r"verwandte\s+(?:meldungen|artikel|themen|beiträge|nachrichten)|"
    r"weitere\s+(?:meldungen|nachrichten)|ähnliche\s+meldungen|"
    # A Q&A site's side lists, and the you-may-also-like and similar-listings labels of
    # Nordic, German, French, Portuguese, Italian, Dutch, Polish, Czech, Romanian, Turkish,
    # Russian, Ukrainian, Thai, Vietnamese, Malay and Indonesian, Chinese, Japanese,
    # Korean, Swahili, Arabic, Persian, Hindi and Bengali sites.
    r"hot\s+network\s+questions|related\s+questions|linked\s+questions|more\s+like\s+this|"
    r"du\s+vil\s+kanskje\s+også\s+like|du\s+kanske\s+också\s+(?:gillar|vill\s+läsa)|"
    r"du\s+vil\s+måske\s+også\s+(?:kunne\s+lide|synes\s+om)|saatat\s+pitää\s+myös|"
    r"vielleicht\s+gefällt\s+ihnen\s+auch|das\s+könnte\s+dich\s+auch\s+interessieren|"
    r"vous\s+aimerez\s+(?:peut-être\s+)?aussi|(?:você\s+)?(?:também\s+)?pode\s+gostar|"
    r"ti\s+potrebbe\s+(?:piacere|interessare)(?:\s+anche)?|"
    r"dit\s+vind\s+je\s+misschien\s+ook\s+leuk|może\s+cię\s+(?:też\s+|również\s+)?zainteresować|"
    r"mohlo\s+by\s+vás\s+(?:také\s+)?zajímat|s-ar\s+putea\s+să\s+(?:vă|îți)\s+placă|"
    r"benzer\s+(?:ilanlar|haberler|ürünler|içerikler)|"
    r"(?:похожие|схожі)\s+(?:объявления|оголошення|статьи|статті|товары|товари|вакансии|"
    r"вакансії|материалы|матеріали|публикации|публікації)|"
    r"вам\s+(?:может|могут)\s+(?:понравиться|быть\s+интересн[оы])|вам\s+також\s+може\s+сподобатися|"
    r"ข่าวที่เกี่ยวข้อง|ข่าวแนะนำ|เรื่องที่เกี่ยวข้อง|bạn\s+có\s+thể\s+(?:quan\s+tâm|thích)|"
    r"(?:anda\s+)?mungkin\s+(?:anda\s+)?(?:juga\s+)?(?:suka|menyukai)|"
    r"猜你喜欢|相关推荐|推荐阅读|推薦閱讀|おすすめ記事|あわせて読みたい|関連する記事|"
    r"추천\s*기사|함께\s*보면\s*좋은\s*(?:글|기사)|habari\s+zinazohusiana|"
    r"قد\s+يعجبك\s+(?:أيضا|أيضًا)|(?:مطالب|اخبار)\s+مرتبط|आपको\s+यह\s+भी\s+पसंद\s+आ\s+सकता\s+है|"
    r"সম্পর্কিত\s+খবর|"
    # A section's own box of more stories: "Dans la même rubrique", "Nella stessa sezione",
    # "Últimas noticias de Policiales", "Também te pode interessar", "Auch interessant".
    r"dans\s+la\s+même\s+rubrique|(?:à\s+)?lire\s+également|nella\s+stessa\s+(?:sezione|categoria)|"
    r"in\s+dezelfde\s+rubriek|(?:więcej\s+)?w\s+tej\s+samej\s+kategorii|"
    r"(?:últimas|más)\s+noticias\s+de\s+[^\W\d_][\w&'’-]*(?:\s+[^\W\d_][\w&'’-]*){0,2}|"
    r"(?:também\s+)?te\s+pode\s+interessar|auch\s+interessant|"
    r"don[’']?t\s+miss\s+these\s+stories"
    r"(?:\s+from\s+[^\W\d_][\w&'’.-]*(?:\s+[^\W\d_][\w&'’.-]*){0,2})?)"
    r"\s*[:»›→>]*",
    re.IGNORECASE)
#: A link box's label made of a word for "more", "other", "similar" or "related" and a
#: kind of page (stories, videos, episodes, events, topics, listings, recipes), perhaps
#: with the site or section it comes from: "More Stories From WARP", "Other events",
#: "Panašūs renginiai", "Podobne teme", "Ďalšie videá", "Vídeos relacionados", "Altri
#: episodi", "Lignende annonser". Written for the pattern of such labels in some thirty
#: languages rather than for any one site's.
_RELATED_KINDS = (
    # English
    r"stories|articles|news|posts|videos|episodes|shows|events|topics|threads|discussions|"
    r"listings|jobs|properties|homes|recipes|products|reviews|podcasts|galleries|guides|"
    # an opinion section's columns: "More columns", "Más columnas", "Outras colunas"
    r"columns|columnas|colunas|rubriche|kolumny|felietony|"
    # German, Dutch, Nordic, Finnish
    r"artikel|beiträge|videos|folgen|episoden|veranstaltungen|termine|themen|rezepte|"
    r"anzeigen|geschichten|artikelen|berichten|nieuws|video's|afleveringen|evenementen|"
    r"onderwerpen|recepten|woningen|vacatures|artikler|artiklar|saker|nyheter|videoer|"
    r"episoder|avsnitt|arrangementer|evenemang|tråder|trådar|annonser|boliger|bostäder|"
    r"oppskrifter|recept|artikkelit|uutiset|videot|jaksot|tapahtumat|ketjut|ilmoitukset|"
    r"reseptit|"
    # Romance
    r"noticias|historias|artículos|vídeos|episodios|eventos|temas|recetas|productos|"
    r"anuncios|notícias|artigos|episódios|receitas|notizie|articoli|video|episodi|eventi|"
    r"ricette|discussioni|annunci|articles|actualités|vidéos|épisodes|événements|sujets|"
    r"recettes|annonces|notícies|episodis|esdeveniments|receptes|articole|știri|"
    r"evenimente|"
    # Slavic, Baltic, Hungarian, Greek, Turkish, Albanian, Basque
    r"videá|videa|epizódy|epizody|diely|díly|články|správy|zprávy|témy|témata|podujatia|"
    r"akce|udalosti|inzeráty|recepty|produkty|teme|novice|objave|članki|oddaje|epizode|"
    r"dogodki|oglasi|recepti|vijesti|vesti|članci|emisije|događaji|tematy|wątki|wideo|"
    r"filmy|odcinki|wydarzenia|przepisy|ogłoszenia|новости|статьи|видео|выпуски|эпизоды|"
    r"события|темы|объявления|новини|статті|відео|випуски|епізоди|події|теми|"
    r"производи|вести|статии|огласи|"
    r"renginiai|straipsniai|naujienos|įrašai|skelbimai|temos|receptai|raksti|ziņas|"
    r"pasākumi|ieraksti|sludinājumi|receptes|tēmas|artiklid|uudised|üritused|videod|"
    r"postitused|kuulutused|teemad|cikkek|hírek|videók|epizódok|témák|események|"
    r"hirdetések|receptek|άρθρα|νέα|βίντεο|επεισόδια|εκδηλώσεις|θέματα|haberler|yazılar|"
    r"videolar|bölümler|etkinlikler|konular|ilanlar|tarifler|lajme|artikuj|ngjarje|"
    r"albisteak|berriak|bideoak|atalak|ekitaldiak|"
    # Indonesian, Vietnamese
    r"berita|artikel|acara|"
    # a newspaper's desks: "More sport", "Mer sport", "Mehr Sport", "Más deportes"
    r"sport|sports|deportes|esportes|desporto|urheilua|urheilu|idrott|politics|politik|"
    # a sport's own desk: "Meer voetbal", "More football", "Altro calcio"
    r"voetbal|football|fußball|fussball|calcio|fútbol|futebol|wielrennen|cycling|"
    r"política|politique|politica|culture|kultur|cultura|kulttuuria|business|economy|"
    r"ekonomi|wirtschaft|économie|economía|economia|talous|opinion|opinión|opinião|"
    r"opinione|opinie|debatt|local\s+news|lokalnytt|lokales|entertainment|lifestyle")
_RELATED_BEFORE = (
    r"more|other|similar|related|latest|recent|next|further|previous|mer|mera|"
    r"weitere|mehr|ähnliche|andere|meer|vergelijkbare|gerelateerde|flere|fler|andre|andra|"
    r"lignende|liknande|relaterte|relaterade|lisää|muut|samankaltaiset|vastaavat|"
    r"más|otras|otros|mais|outras|outros|altri|altre|autres|plus\s+d['’]|més|altres|alte|"
    r"mai\s+multe|ďalšie|další|podobné|súvisiace|související|podobne|druge|več|sorodne|"
    r"sorodni|slične|slični|ostale|ostali|više|povezane|povezani|inne|więcej|powiązane|"
    r"другие|ещё|еще|похожие|інші|ще|схожі|слични|сродни|поврзани|други|panašūs|kiti|daugiau|susiję|līdzīgi|citi|"
    r"vairāk|saistītie|sarnased|teised|veel|seotud|hasonló|további|kapcsolódó|"
    r"περισσότερα|άλλα|σχετικά|benzer|diğer|daha\s+fazla|ilgili|antzeko|beste|"
    r"të\s+tjera|më\s+shumë")
_RELATED_AFTER = (
    r"relacionad[oa]s|similares|semelhantes|correlati|correlate|simili|similaires|connexes|"
    r"liés|liées|relacionats|relacionades|similars|similare|lainnya|terkait|serupa|"
    r"khác|liên\s+quan|gehiago|të\s+ngjashme|të\s+tjera")
RELATED_KIND_LABEL = LazyPattern(
    # "More on Senior Dogs": a topic page's box, the topic in capitals (one to three words).
    r"(?:(?-i:More\s+on\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2})|"
    rf"(?:{_RELATED_BEFORE})\s+(?:[^\W\d_][\w'’-]*\s+)?(?:{_RELATED_KINDS})|(?:{_RELATED_KINDS})\s+"
    rf"(?:{_RELATED_AFTER}))"
    r"(?:\s+(?:from|in|on|about|by|von|aus|zu|de|du|des|del|da|do|di|dal|della|van|fra|"
    r"från|från|z|ze|iz|из|з|od)\s+[^\W\d_][\w&'’.-]*(?:\s+[^\W\d_][\w&'’.-]*){0,2})?"
    r"\s*[:»›→>]*", re.IGNORECASE)
_RELATED_KIND_WORDS = 7


#: Every label starts with one of these letters and is short: a cheap test before the regex.
_LABEL_INITIALS = frozenset("rmsauyedtplwczibvfnokhgRMSAUYEDTPLWCZIBVFNOKHGàÀİčČďĎчЧсСпПδΔআ延相äÄ"
                            "σΣأمयसכบ関관많相"
                            "ขเвВ猜推おあ추함قاआসđĐحรúÚอ"
                            "กձՁ人")
_LABEL_MAX_CHARS = 50

# -- the headlines -------------------------------------------------------------------------

_BULLET = LazyPattern(r"^(?:[-•*–·]|\d{1,2}[.)])\s+")
#: A headline starts like a title: a capital, a digit, or an opening quote (or Spanish's
#: opening question or exclamation mark: "¿Quién …?") before one.
_TITLE_START = LazyPattern(r"^[\"“‘'«(¿¡]?[^\W\d_a-z]|^\d")
#: Two sentences on one line ("The plan failed. Officials resigned") are prose.
_SENTENCE_BREAK = LazyPattern(r"[a-z\d)][.!?]\s+[\"“]?[A-Z]")
#: A line of finished prose ends with one of these; a headline does not.
_PROSE_END = tuple(".;,:…")
#: A line ending in one of these words stops mid-sentence: it is hard-wrapped prose.
_DANGLING = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "over", "than", "that", "the", "their", "this", "to", "under", "was", "were",
    "which", "who", "with"})
#: A headline of a script written without spaces (Japanese, Chinese) is measured in
#: characters; a sentence of it ends on a full stop or a closing quote.
_CJK = LazyPattern(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_CJK_HEADLINE_CHARS = (6, 40)
_CJK_PROSE_END = tuple("。．！？」』")
#: A Thai headline's length in characters and its most phrases (Thai spaces phrases).
_THAI_HEADLINE_CHARS = (10, 90)
_THAI_HEADLINE_PHRASES = 8
#: "Five years on", "Six months on": a headline idiom, not a sentence cut at "on".
_TIME_ON = LazyPattern(r"\b(?:years?|months?|weeks?|days?|decades?|hours?)\s+on$", re.IGNORECASE)


@dataclass(frozen=True)
class Body:
    """One non-blank line: where it is and its text without surrounding space."""

    line: Segment
    text: str
    start: int


def bodies(doc: Document) -> list[Body]:
    """The document's non-blank prose lines, stripped."""
    prose, result = doc.prose, []
    for line in doc.lines:
        raw = prose[line.start : line.end]
        text = raw.strip()
        if text:
            result.append(Body(line, text, line.start + raw.index(text)))
    return result


def is_label(text: str) -> bool:
    """True when ``text`` (a stripped line) is a link-box label such as "Related:".

    >>> is_label("READ MORE:"), is_label("Related stories"), is_label("Related: the vote")
    (True, True, False)
    """
    if len(text) > _LABEL_MAX_CHARS:
        return False
    if text[0] in _LABEL_INITIALS and RELATED_LABEL.fullmatch(text) is not None:
        return True
    return len(text.split()) <= _RELATED_KIND_WORDS \
        and RELATED_KIND_LABEL.fullmatch(text) is not None


def looks_like_headline(text: str, max_words: int, phrases: bool = False) -> bool:
    """True when ``text`` reads as a title: short, capitalised, one phrase, no final stop.
    With ``phrases``, a title may hold several phrases (a place, the title, a teaser:
    "Toruń. New bus lines from April. Check the changes"), as long as it does not end
    like a sentence (nor on "!" or "?"): so a related story's title is read under a
    link-box label.

    >>> looks_like_headline("Ferry fares rise for the third year running", 20)
    True
    >>> looks_like_headline("The council also voted to close the ferry terminal.", 20)
    False
    >>> looks_like_headline("Kirkhaven. New ferry times from April. See the changes", 20, True)
    True
    """
    title = _BULLET.sub("", text)
    if "\u0e01" <= title[:1] <= "\u0e4f":
        # Thai spaces phrases, not words, and ends no sentence with a stop: a title of a
        # few phrases ("เตือน 25 จังหวัดรับมือฝนตกหนัก ถึง 15 พ.ค.") is measured in characters.
        # A count in brackets ("ความคิดเห็น (14)") is a widget's, no title.
        return _THAI_HEADLINE_CHARS[0] <= len(title) <= _THAI_HEADLINE_CHARS[1] \
            and len(title.split()) <= _THAI_HEADLINE_PHRASES and not title.endswith(")")
    if _CJK.search(title) and " " not in title.strip():
        return _CJK_HEADLINE_CHARS[0] <= len(title) <= _CJK_HEADLINE_CHARS[1] \
            and not title.endswith(_CJK_PROSE_END)
    words = title.split()
    if not 3 <= len(words) <= max_words or title.startswith("#"):
        return False
    if title.endswith(_PROSE_END) or title.endswith((".\"", ".”", ".'", ".’")):
        return False
    if (words[-1] in _DANGLING and _TIME_ON.search(title) is None) \
            or not _TITLE_START.match(title):
        return False
    return _SENTENCE_BREAK.search(title) is None or (phrases and not title.endswith(("!", "?")))


#: A link box may print each story's address under its title; an address is no sentence.
_URL_START = LazyPattern(r"(?:https?://|www\.)\S", re.IGNORECASE)


def continues(following: Body | None) -> bool:
    """True when the next line carries on a sentence (starts in lower case, and is not a
    bare web address).

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> continues(line("of the valley.")), continues(line("https://news.example/heatwave"))
    (True, False)
    """
    return (following is not None and following.text[:1].islower()
            and _URL_START.match(following.text) is None)


#: A box of links to topic pages: "Related Topics", "Verwandte Themen", "Topik terkait".
TOPICS_LABEL = LazyPattern(
    r"(?:related\s+topics|more\s+on\s+these\s+topics|verwandte\s+themen|temas\s+relacionados|"
    r"sujets\s+(?:liés|associés)|argomenti\s+correlati|gerelateerde\s+onderwerpen|"
    r"powiązane\s+tematy|ilgili\s+konular|relaterade\s+ämnen|topik\s+terkait)\s*:?",
    re.IGNORECASE)


#: A bare tag or topic label alone on its line ("Tags", "Topics", "Schlagwörter",
#: "Etiquetas", "Štítky", "Теги", "タグ"): with two topic names or more under it, it and
#: they are the page's tag box.
BARE_TAGS_LABEL = LazyPattern(
    r"(?:tags?|topics|keywords|schlagwörter|schlagworte|stichwörter|themen|etiquetas|"
    r"palabras\s+clave|temas|tópicos|argomenti|parole\s+chiave|étiquettes|mots-clés|sujets|"
    r"thèmes|trefwoorden|onderwerpen|emneord|nøkkelord|stikkord|etiketter|ämnen|emner|"
    r"avainsanat|tunnisteet|aiheet|tagi|słowa\s+kluczowe|tematy|štítky|klíčová\s+slova|"
    r"témata|kľúčové\s+slová|témy|címkék|kulcsszavak|témák|etichete|cuvinte\s+cheie|"
    r"subiecte|теги|ключевые\s+слова|темы|мітки|теми|ετικέτες|θέματα|etiketler|"
    r"anahtar\s+kelimeler|konular|label|topik|kata\s+kunci|thẻ|chủ\s+đề|từ\s+khóa|タグ|"
    r"キーワード|标签|標籤|关键词|關鍵字|태그|키워드|الوسوم|وسوم|كلمات\s+مفتاحية|תגיות|टैग|"
    r"ট্যাগ|oznake|teme|ključne\s+riječi|žymos|birkas|sildid|teemad|etiketak|gaiak|"
    r"etiketa|etiketat|temat)\s*[:：]?", re.IGNORECASE)
#: The fewest topic names under a bare tag label.
_BARE_TAGS_MIN = 2
#: The page's foot (a copyright line, a line of navigation words) starts within this many
#: lines under the box.
_BARE_TAGS_FOOT = 6


#: A tag or topic line ends a link box: what follows it is the page's foot, not the box.
_TAG_LINE = LazyPattern(r"(?:tags?|topics?|keywords|tagi|etiketler|etiquetas|schlagwörter|แท็ก|ٹیگز|"
                        r"schlagworte|kategorier|kategorien|štítky|címkék|tunnisteet|теги|мітки|"
                        r"themen|sujets|mots-clés|argomenti)\s*:", re.IGNORECASE)


def headline_run(lines: list[Body], after: int, options: Mapping[str, Any]) -> list[Body]:
    """The headline lines right after the label at index ``after`` (empty if none, or if
    there are more than ``max-headlines``: a long list is content, not a link box). Under
    a topics label the links are topic names of one to three words ("Irish Rugby")."""
    topics = TOPICS_LABEL.fullmatch(lines[after].text) is not None \
        or BARE_TAGS_LABEL.fullmatch(lines[after].text) is not None
    run: list[Body] = []
    for i in range(after + 1, len(lines)):
        body = lines[i]
        following = lines[i + 1] if i + 1 < len(lines) else None
        title = is_menu_item(body.text) if topics else looks_like_headline(
            body.text, options["max-words"], phrases=True)
        if is_label(body.text) or not title or _TAG_LINE.match(body.text) \
                or _numbered_heading(lines, i):
            break
        if continues(following):
            break  # the first line of a hard-wrapped paragraph, not a title
        if body.text.endswith(("?", "？")) and following is not None \
                and _answers(body.text, following.text):
            break  # a question answered by the line under it: an FAQ's, not a title
        run.append(body)
    if _article_head(run, lines[after + 1 + len(run)] if after + 1 + len(run) < len(lines)
                     else None):
        return []
    return run if len(run) <= options["max-headlines"] else []


#: An answer under a question restates this many of its words (four letters or more).
_ANSWER_ECHO = 2


def _answers(question: str, line: str) -> bool:
    """True when ``line`` answers ``question`` as an FAQ does: a line of prose, no question,
    restating two of the question's words ("¿Cuándo abrió la lonja?" / "La lonja abrió el
    jueves, …"); a newsletter's pitch under a box's last title restates none.

    >>> _answers("When did the new quay market open?",
    ...          "The new quay market opened on Thursday after two years of works.")
    True
    >>> _answers("Secured cards: are they worth it?",
    ...          "Smarter money moves, every Tuesday. Get the Harbour newsletter.")
    False
    """
    if line.endswith(("?", "？")) or not is_prose_line(line):
        return False
    asked = {w for w in re.findall(r"\w{4,}", question.casefold())}
    return len(asked & set(re.findall(r"\w{4,}", line.casefold()))) >= _ANSWER_ECHO


#: A numbered heading of the text: a word, a number and a mark ("Passo 3: monte a
#: drenagem", "Step 2 – …", "Schritt 4:").
_NUMBERED_HEADING = LazyPattern(r"([^\W\d_]+)\s+(\d{1,2})\s*[:.)–—-]\s")


def _numbered_heading(lines: list[Body], i: int) -> bool:
    """True when line ``i`` is one of the text's numbered headings: another line of the
    page opens on the same word with another number ("Passo 2: …" above "Passo 3: …")."""
    match = _NUMBERED_HEADING.match(lines[i].text)
    if match is None:
        return False
    word, number = match.group(1).casefold(), match.group(2)
    return any(other is not None and other.group(1).casefold() == word
               and other.group(2) != number
               for other in (_NUMBERED_HEADING.match(b.text) for j, b in enumerate(lines)
                             if j != i))


#: A labelled stamp: "Published: 9 January 2025", "Updated: 10 Jan, 6:40am".
_LABELLED_STAMP = LazyPattern(r"[^\W\d_][^\d:]{0,30}:(?:\s+\S+){1,5}")
#: Titles an article's head may hold above its stamps (a section label and the headline).
_HEAD_TITLES = 2


def _article_head(run: list[Body], following: Body | None) -> bool:
    """True when the run is an article's head, not a link box: one or two titles (a
    section label, the headline), then labelled stamps only, then the article's prose.
    A link box that dates its stories puts a stamp under each title."""
    stamps = 0
    while stamps < len(run) and _labelled_stamp(run[-1 - stamps].text):
        stamps += 1
    titles = run[:len(run) - stamps]
    return (stamps > 0 and 0 < len(titles) <= _HEAD_TITLES and following is not None
            and is_prose_line(following.text)
            and not any(_labelled_stamp(t.text) for t in titles))


def _labelled_stamp(text: str) -> bool:
    """A label, a colon and a short value made half of figures: "Published: 9 January
    2025"; a title with a number in its words ("Compotes maison : nos 5 mélanges
    préférés") is none.

    >>> _labelled_stamp("Updated: 10 Jan, 6:40am"), _labelled_stamp("Tips: our 5 best picks")
    (True, False)
    """
    if _LABELLED_STAMP.fullmatch(text) is None:
        return False
    value = text.split(":", 1)[1].split()
    return 2 * sum(any(c.isdigit() for c in word) for word in value) >= len(value)


def finding(doc: Document, label: Body, body: Body) -> Finding:
    """The finding for one headline line, with a safe fix that removes the line."""
    start, end = doc.line_removal(body.line)
    return Finding(
        body.start, body.start + len(body.text),
        f"related-article headline {body.text!r} under the {label.text!r} label: "
        "a link to another page, not article text",
        Fix.safe("remove the line", Edit.deletion(start, end)),
        {"label": label.text, "headline": body.text})


def label_finding(doc: Document, label: Body, what: str, first: Body) -> Finding:
    """The finding for a box's label line (``what`` it is), with a safe fix that removes
    the line; ``first`` is the box's first item."""
    start, end = doc.line_removal(label.line)
    return Finding(label.start, label.start + len(label.text),
                   f"{what}: page chrome, not article text",
                   Fix.safe("remove the line", Edit.deletion(start, end)),
                   {"label": label.text, "headline": first.text})


_STORY = "The harbour bridge reopened on Monday after two years of repairs.\n"
_AFTER = "Commuters said the crossing now takes five minutes.\n"


@rule(
    code="BOIL007",
    name="related-headline",
    summary="Headlines of other articles listed under a \"Related:\" or \"Read more:\" label.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    options={
        "max-headlines": Option(8, "a longer run of title lines after the label is taken for "
                                   "a list in the article and left alone", int, minimum=1),
        "max-words": Option(20, "words a headline line may have at most", int, minimum=3),
    },
    cases=[
        Case(_STORY + "Related:\nFerry fares rise for the third year running\n"
             "Council backs new cycle lanes on the quay\n" + _AFTER, fires=True,
             fixed=_STORY + "Related:\n" + _AFTER,
             note="a link box between paragraphs; the label is BOIL006's"),
        Case(_STORY + _AFTER + "READ MORE:\n'We waited long enough': Commuters on the new "
             "bridge", fires=True, fixed=_STORY + _AFTER + "READ MORE:",
             note="one headline at the end of the page, no final line break"),
        Case(_STORY + "Read more:\n\n- Ferry fares rise again\n\n- Quay market to close in "
             "May\n", fires=True, fixed=_STORY + "Read more:\n\n\n", kind="markdown",
             note="a bulleted box separated by blank lines"),
        Case(_STORY + "Related:\nFerry fares rise again\nThe quay market, five years on\n"
             + _AFTER, fires=True, fixed=_STORY + "Related:\n" + _AFTER,
             note="a headline ending on the idiom 'five years on'"),
        Case(_STORY + _AFTER + "Trending Stories\nFerry fares rise for the third year running\n"
             "Council backs new cycle lanes on the quay", fires=True,
             fixed=_STORY + _AFTER + "Trending Stories", note="a trending box at the foot"),
        Case("El puente reabrió el lunes.\nSeguí leyendo\nEl tránsito vuelve al puerto\n",
             fires=True, fixed="El puente reabrió el lunes.\nSeguí leyendo\n",
             note="a Spanish 'keep reading' label"),
        Case(_STORY + "Trending stories on the site were mostly about the bridge.\n"
             "Ferry fares rise again\n", fires=False,
             note="a sentence that starts like the label is no label"),
        Case(_STORY + "See also:\nThe council kept the ferry running for five years on\n"
             "the old timetable.\n", fires=False,
             note="a hard-wrapped sentence whose first line ends on 'years on'"),
        Case(_STORY + "Related:\nThe council also voted to close the ferry terminal on "
             "Sundays.\n" + _AFTER, fires=False,
             note="a real sentence after the label"),
        Case(_STORY + "See also:\nThe council, which met on Tuesday, also voted to close\n"
             "the ferry terminal on Sundays.\n", fires=False,
             note="the first line of a hard-wrapped paragraph"),
        Case(_STORY + "The front pages on Tuesday:\nBridge Reopens At Last\n"
             "Harbour Back In Business\n" + _AFTER, fires=False,
             note="headlines quoted in a media review, under a line that is no link label"),
        Case("Latest news\nRoads and travel\nSnow and ice: gritting and travel update\n"
             "Published: 9 January 2025\nUpdated: 10 January 2025, 6:40am\n" + _STORY,
             fires=False, note="an article's head under a menu's label: a section label, the "
                               "headline and its stamps above the prose"),
        Case(_STORY + "Related:\nFerry fares rise\nPublished: 3 March 2025\nQuay market "
             "to close\nPublished: 1 March 2025\n" + _AFTER, fires=True,
             fixed=_STORY + "Related:\n" + _AFTER, note="a link box that dates each story"),
        Case(_STORY + "Related:\n" + "".join(f"Item number {n} of the list\n"
                                             for n in range(1, 10)), fires=False,
             note="more than max-headlines lines: a list, not a link box"),
    ],
)
def related_headline(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags the headline lines that follow a link-box label: "Related:", "Read more:",
    "See also:", "More on this story", "You may also like", "More from Cricket", and the
    labels of other languages ("Lire aussi", "Veja também", "Lo más leído", "Baca juga",
    "Läs mer", "Polecamy", "関連記事", "Noticias relacionadas", "Citește și", "Читайте
    также", "Ook interessant", "Další zprávy", "أخبار ذات صلة", "ये भी पढ़ें", "כתבות
    נוספות", "บทความที่เกี่ยวข้อง", "Mirá también", "Articole similare", "Siste
    nytt"), a blog's related posts ("Podobne wpisy", "Ähnliche Beiträge"), a section's
    "Most read in News", a forum's "Similar threads" and a live page's "Key events"; the
    label
    itself is BOIL004's or BOIL006's. Under a related-topics label ("Related Topics",
    "Verwandte Themen") the links are topic names of one to three capitalised words
    ("Irish Rugby"). A headline line is short (3 to `max-words` words), starts with a
    capital or a digit, and does not end like a sentence (with a period, comma, semicolon
    or colon, or on a word such as "the" or "and"); it may hold several phrases ("Toruń.
    Nowe linie autobusowe od kwietnia. Sprawdź zmiany") unless it ends on "!" or "?".
    A numbered heading of the text ends the box: a word, a number and a mark ("Passo 3:
    monte a drenagem") when another line of the page opens on the same word with another
    number ("Passo 2: …").
    The run ends at the first line that is not a headline, or at a tag or topic line
    ("Topics: …", "Tags: …": the page's foot follows it); one longer than
    `max-headlines` lines is left alone, and so is an article's head under a menu's label
    (one or two titles, then only labelled stamps such as "Published: 9 January 2025",
    then prose). A headline in a script written without
    spaces (Japanese, Chinese) is 6 to 40 characters long and does not end on a full stop.

    ## Why it matters
    News pages print boxes of links to other stories after a label, between paragraphs
    or under the article. Extracted as text, their titles become lines of the article
    that belong to other articles: they break the story in the middle, and across a
    corpus the same titles repeat on thousands of pages.

    ## Example
    Bad:

        The harbour bridge reopened on Monday.
        Related:
        Ferry fares rise for the third year running
        Council backs new cycle lanes on the quay
        Commuters said the crossing now takes five minutes.

    Good (with BOIL006 removing the label):

        The harbour bridge reopened on Monday.
        Commuters said the crossing now takes five minutes.

    ## Fix safety
    Safe: the fix removes the headline line and its line break, nothing else. Only lines
    right after a label from a closed list are considered ("Further reading" and other
    labels an author might write are not in it), and a line of prose after the label, a
    sentence ending in a period, or the first line of a hard-wrapped paragraph (the next
    line starts in lower case) ends the run, so no prose is removed. An article's own
    subheading placed directly under a link box would look the same; with a label in
    front of it that is rare.
    """
    lines = bodies(doc)
    for i, label in enumerate(lines):
        if is_label(label.text) or (len(label.text) <= _LABEL_MAX_CHARS
                                    and TOPICS_LABEL.fullmatch(label.text)):
            run = headline_run(lines, i, options)
            if run and RELATED_KIND_LABEL.fullmatch(label.text) \
                    and not TOPICS_LABEL.fullmatch(label.text) and not (
                    label.text[0] in _LABEL_INITIALS and RELATED_LABEL.fullmatch(label.text)):
                # A kind label ("More Stories From WARP", "Other events") is no list's
                # phrase (BOIL004's): it goes with its headlines.
                yield label_finding(doc, label, f"link-box label {label.text!r} over "
                                    f"{len(run)} headlines", run[0])
            for body in run:
                yield finding(doc, label, body)
        elif len(label.text) <= _LABEL_MAX_CHARS and BARE_TAGS_LABEL.fullmatch(label.text):
            # A bare "Tags" / "Topics" label: a tag box only with two topic names or more
            # under it, and then the label goes with them.
            run = headline_run(lines, i, options)
            after = i + 1 + len(run)
            if run and after < len(lines) and lines[after].text.endswith(("?", "？")):
                run = run[:-1]  # a heading over questions ("Frequently Asked Questions")
            # In the page's foot: the page ends under the box, or a copyright line or a
            # line of navigation words stands a few lines under it; in the article's text
            # a "Topics" line over a few names is an agenda.
            foot = after >= len(lines) or any(
                _COPYRIGHT.match(b.text) or nav_line(b.text) or nav_menu(b.text)
                for b in lines[after:after + _BARE_TAGS_FOOT])
            if len(run) >= _BARE_TAGS_MIN and foot:
                yield label_finding(doc, label, f"tag-box label {label.text!r} over "
                                    f"{len(run)} topic names", run[0])
                for body in run:
                    yield finding(doc, label, body)


# -- BOIL009: runs of menu items -----------------------------------------------------------

#: A menu item: one to three words, starting with a capital or a digit, with no sentence
#: punctuation anywhere (a comma, period, colon or semicolon makes it text or a label).
_MENU_ITEM = LazyPattern(r"[^\W_a-z][^\s.,;:!?…\"“”()\[\]]*(?:\s+[^\s.,;:!?…\"“”()\[\]]+){0,2}")
#: The question a widget may open with: "What's your reaction?", "Is this page useful?".
_MENU_QUESTION = LazyPattern(r"[^\W\d_a-z][^.!?:;\"“”]{2,50}\?")
_MENU_QUESTION_MAX_WORDS = 6
#: A number standing as a word ("3 May 2025", "3 min read", "Arsenal 2") makes a line a
#: date, a count or a score; "10-Day" is a tab.
_NUMBER = LazyPattern(r"(?<![\w-])\d+(?![\w-])")
#: "By Nation Team" is a byline (META's), not a menu item.
_BY = LazyPattern(r"by\s", re.IGNORECASE)
#: A line of article prose: several words and a sentence's final punctuation.
_PROSE_LINE = LazyPattern(r".*[.!?…।॥۔።။][\"”’')\]]*")
_PROSE_MIN_WORDS = 6
#: A menu's tab named by a number alone ("112", "360"), inside a run of tabs.
_NUMBER_TAB = LazyPattern(r"\d{2,4}")
#: A run in which several items hold a number is a results table or an ingredient list
#: ("2 eggs", "Arsenal 2"), not a menu.
_DIGIT = LazyPattern(r"\d")


#: How close two lines of prose stand in an article's running text.
_PROSE_NEAR = 3


def is_prose_line(text: str) -> bool:
    """True when ``text`` reads as a line of the article: six words or more ending like a
    sentence.

    >>> is_prose_line("The bridge reopened on Monday after two years."), is_prose_line("Fixtures")
    (True, False)
    """
    return len(text.split()) >= _PROSE_MIN_WORDS and _PROSE_LINE.fullmatch(text) is not None \
        and not _about_menu(text)


def _about_menu(text: str) -> bool:
    """True when ``text`` is a row of capitalised items ending on the about page asked as
    a question ("Accueil Recettes Vie de famille Qui suis-je ?"): a menu, not a sentence.

    >>> _about_menu("Accueil Recettes Vie de famille Qui suis-je ?")
    True
    >>> _about_menu("On se pose tous la même question : qui suis-je ?")
    False
    """
    about = _about_question(text)
    words = text[:-len(about)].split() if about else []
    capitals = sum(w[:1].isupper() or _caseless(w[:1]) for w in words)
    return bool(words) and not _NAV_PUNCT.search(text[:-len(about)]) \
        and 2 * capitals >= len(words)


#: A sentence of a script written without spaces (Chinese, Japanese) is counted in its
#: characters: twenty or more, ending on a full stop.
_CJK_PROSE_CHARS = 20


def _article_line(text: str) -> bool:
    """A line of the article's running text in any script: six words or more ending like
    a sentence, or twenty Chinese or Japanese characters or more ending on a full stop.

    >>> _article_line("记者从市住房和城乡建设部门获悉，今年本市计划新增加装电梯三百台。")
    True
    """
    return is_prose_line(text) or (len(_CJK.findall(text)) >= _CJK_PROSE_CHARS
                                   and text.rstrip("”’」』)）").endswith(_CJK_PROSE_END))


def is_menu_item(text: str) -> bool:
    """True when ``text`` could be a menu tab or a widget button: 1-3 words, a capital or a
    digit first, no sentence punctuation, no bullet or list number, no number standing as
    a word (a date, a count or a score) and no "By" first (a byline).

    >>> [is_menu_item(t) for t in ("Text Size", "10-Day", "Salt, to taste", "- Fixtures",
    ...                            "3 min read", "By Nation Team")]
    [True, True, False, False, False, False]
    """
    return (_BULLET.match(text) is None
            and (_MENU_ITEM.fullmatch(text) is not None or _LISTED_ITEM.fullmatch(text) is not None)
            and not text.startswith("#") and _NUMBER.search(text) is None
            and _BY.match(text) is None and not _long_cjk_word(text)
            and _CJK_MEASURE.search(text) is None and _CJK_BYLINE.search(text) is None
            and not text.endswith(_FULLWIDTH_LABEL_END)
            # a field with its value after a full-width colon ("發布時間：2025-07-12")
            and "：" not in text.strip("：")[1:])


#: A tab naming three subjects, the first two parted by a comma: "Bygga, bo och miljö",
#: "Housing, planning and building", "Bauen, Wohnen und Umwelt" (a council's menu).
_LISTED_ITEM = LazyPattern(r"[^\W\d_a-z][\w-]*, [\w-]+ (?:and|och|og|und|et|y|e|en|ja|és|ve|dan|"
                           r"oraz|и|та) [\w-]+")
#: A byline of Korean, Chinese or Japanese pages: the name and the word for reporter
#: ("이도윤 기자", "记者 王芳", "山田太郎記者"), not a tab.
#: A Chinese byline with a slash after the word for text ("文／許嘉恩", "撰文/王芳") too.
_CJK_BYLINE = LazyPattern(r"기자$|특파원$|^记者|记者$|^記者|記者$|特派員$|特派员$"
                          r"|^(?:文|撰文|圖文|图文|採訪|采访)\s*[／/]")
#: A field label closed by a full-width colon ("岗位职责：", "材料："): the heading of the
#: text under it, not a tab.
_FULLWIDTH_LABEL_END = ("：", "︰")


#: A measure of a Japanese or Chinese recipe's ingredient line ("片栗粉　大さじ4", "揚げ油
#: 適量", "盐 少许"): an ingredient list, not a menu.
_CJK_MEASURE = LazyPattern(r"大さじ|小さじ|適量|少々|適宜|ひとつまみ|少许|适量|少許")


def _long_cjk_word(text: str) -> bool:
    """True when a word of ``text`` holds as many Chinese, Japanese or Korean characters
    as a headline (six or more): a menu tab of those scripts is one short word ("首页",
    "ニュース", "로그인"), a headline written without spaces is longer; or when the line
    holds thirty Thai, Lao or Khmer characters or more."""
    return any(len(_CJK.findall(word)) >= _CJK_HEADLINE_CHARS[0] for word in text.split()) \
        or len(_UNPUNCTUATED.findall(text)) >= _UNPUNCTUATED_TITLE_CHARS


#: A line of Thai, Lao or Khmer this long is a title, not a menu tab ("ทริปเชียงรายสามวัน
#: สองคืน ขึ้นดอย…"; a tab such as "ฟุตบอลต่างประเทศ" is half as long).
_UNPUNCTUATED_TITLE_CHARS = 30


def _short_cjk_item(text: str) -> bool:
    """A Chinese, Japanese or Korean menu tab: too short to be the page's title."""
    return _CJK.search(text) is not None and is_menu_item(text) \
        and len(text) < _CJK_HEADLINE_CHARS[0]


#: A consent banner's words next to its cookies: the site, a choice or a setting ("Diese
#: Website verwendet Cookies. … Sie entscheiden selbst, …", "… via Privacy settings").
_CONSENT_BANNER = LazyPattern(r"(?i)\b(?:web\s?site|webseite|site|seite|sito|sitio|consent|"
                              r"einwillig|zustimm|akzept|accept|settings|einstellungen|"
                              r"preferences|präferenzen|privacy|datenschutz|partners|tracking)")


def article_span(lines: list[Body]) -> tuple[int, int, bool] | None:
    """The indexes of the article's first and last lines of prose, and whether it starts
    at a section's heading; None on a page without prose.

    The article starts at a line of prose with more prose near it (a consent banner alone
    above the site's menu is no start), or earlier at a paragraph alone between its
    heading and the next one, with its heading; it ends at its last line of prose, but a
    consent banner at the page's end (cookies and the site, a choice or a setting) is none.
    """
    prose = [i for i, body in enumerate(lines) if _article_line(body.text)]
    # A consent banner printed at the page's very end is no last line of the article.
    while len(prose) > 1 and _CONSENT_BANNER.search(lines[prose[-1]].text) \
            and _COOKIE_LINE.search(lines[prose[-1]].text):
        prose.pop()
    if not prose:
        return None
    near = [i for i in prose if any(0 < abs(i - j) <= _PROSE_NEAR for j in prose)]
    first, last = (near or prose)[0], prose[-1]
    section = next((i - 1 for i in prose if i < first and _section(lines, i)), None)
    return (first if section is None else section), last, section is not None


def menu_runs(lines: list[Body], min_items: int) -> Iterator[list[Body]]:
    """Runs of menu items before the article's first prose line (but after the title, the
    first line) or after its last one.

    A run may open with a short question (a feedback or reaction widget). A run right
    after a line ending in a colon is a list the text introduces; a run in which two
    items or more hold a digit is a table of results or quantities.
    """
    span = article_span(lines)
    if span is None:
        return
    first, last, headed = span
    # The first line is the page's title, however short; but a Chinese or Japanese tab
    # ("首页") is shorter than any title of those scripts.
    i = 0 if _short_cjk_item(lines[0].text) else 1
    while i < len(lines):
        if first <= i <= last:
            i = last + 1
            continue
        j = i
        if _MENU_QUESTION.fullmatch(lines[j].text) \
                and len(lines[j].text.split()) <= _MENU_QUESTION_MAX_WORDS:
            j += 1
        bridge = None
        while j < len(lines) and not first <= j <= last:
            if not is_menu_item(lines[j].text):
                # One tab named by a number ("112", a Dutch site's emergency news) between
                # two tabs; a second one makes the run a table.
                if bridge is not None or not _NUMBER_TAB.fullmatch(lines[j].text) or j == i \
                        or j + 1 >= len(lines) or first <= j + 1 <= last \
                        or not is_menu_item(lines[j - 1].text) \
                        or not is_menu_item(lines[j + 1].text):
                    break
                bridge = j
            j += 1
        # The number tab stands between two tabs or more on each side, and no number
        # follows the run (names and scores in turn are a table).
        if bridge is not None and (bridge - i < 2 or j - bridge - 1 < 2 or (
                j < len(lines) and _NUMBER_TAB.fullmatch(lines[j].text))):
            j = bridge
        run = lines[i:j]
        items = [b for b in run if is_menu_item(b.text)]
        # A review's pros and cons under their headings are its verdict, not a menu.
        introduced = i > 0 and (lines[i - 1].text.endswith(":")
                                or _verdict_heading(lines[i - 1].text)) \
            or any(_verdict_heading(b.text) for b in run)
        numbered = sum(1 for b in items if _DIGIT.search(b.text)) >= 2
        # A run cut short by the first section's heading counts the heading.
        cut = j == first and headed
        if len(run) + cut >= min_items and items and not introduced and not numbered:
            yield run
        i = max(j, i + 1)


#: The headings of a review's verdict list, in English, German, French, Spanish, Italian,
#: Portuguese, Dutch, Korean, Japanese, Chinese and fifteen more languages: "Pros" /
#: "Cons", "Vorteile" / "Nachteile", "Points forts" / "Points faibles", "장점" / "단점",
#: "メリット" / "デメリット", "ข้อดี" / "ข้อเสีย".
_VERDICT_HEADINGS = frozenset({
    "pros", "cons", "the good", "the bad", "what we like", "what we don't like",
    "what we liked", "what we didn't like", "likes", "dislikes", "we like", "we don't like",
    "strengths", "weaknesses", "vorteile", "nachteile", "pluspunkte", "minuspunkte",
    "stärken", "schwächen", "points forts", "points faibles", "les plus", "les moins",
    "on aime", "on aime moins", "ventajas", "desventajas", "pros y contras", "a favor",
    "en contra", "pregi", "difetti", "punti di forza", "punti deboli", "prós", "contras",
    "pontos positivos", "pontos negativos", "voordelen", "nadelen", "pluspunten",
    "minpunten", "장점", "단점", "メリット", "デメリット", "良い点", "悪い点", "优点", "缺点",
    "優點", "缺點",
    # Thai, Indonesian, Vietnamese, Russian, Polish, Czech, Turkish, Nordic, Finnish,
    # Hungarian, Romanian, Arabic and Hebrew
    "ข้อดี", "ข้อเสีย", "จุดเด่น", "จุดด้อย", "kelebihan", "kekurangan", "ưu điểm",
    "nhược điểm", "плюсы", "минусы", "zalety", "wady", "výhody", "nevýhody", "artıları",
    "eksileri", "fördelar", "nackdelar", "fordele", "ulemper", "fordeler", "plussat",
    "miinukset", "előnyök", "hátrányok", "avantaje", "dezavantaje", "المزايا", "العيوب",
    "מעלות", "חסרונות"})


def _verdict_heading(text: str) -> bool:
    """True when ``text`` heads a review's list of pros or cons ("Pros", "Cons",
    "Vorteile", "Points faibles")."""
    return text.strip().rstrip(":：").strip().casefold() in _VERDICT_HEADINGS


_PARAGRAPH_WORDS = 30


def _section(lines: list[Body], i: int) -> bool:
    """True when line ``i`` is a section of the text: a paragraph (two sentences or more,
    thirty words or more) between its heading and the next one; a consent banner naming
    cookies between the menu's last tab and its buttons is none."""
    text = lines[i].text
    return len(text.split()) >= _PARAGRAPH_WORDS and _SENTENCE_BREAK.search(text) is not None \
        and _COOKIE_LINE.search(text) is None \
        and 2 <= i < len(lines) - 1 and is_menu_item(lines[i - 1].text) \
        and is_menu_item(lines[i + 1].text)


#: How often a pair of buttons must recur on a page to be each entry's widget.
_WIDGET_REPEATS = 3


def repeated_widgets(lines: list[Body]) -> Iterator[list[Body]]:
    """The buttons printed under each entry of a list (a review's "Helpful" and "Report",
    a comment's "Reply" and "Share"): two menu items in a row, the same two, three times
    or more on the page; or one line of buttons printed with single spaces, the same
    three times or more ("Leave a tribute Send flowers Share"), or joined by bars or dots
    ("Quote | Reply" under each post of a thread). Anywhere on the page: the
    entries are the page's text, their buttons are not."""
    pairs: dict[tuple[str, str], list[list[Body]]] = {}
    for i in range(1, len(lines) - 1):
        pair = lines[i:i + 2]
        if all(is_menu_item(b.text) for b in pair) and pair[0].text != pair[1].text:
            pairs.setdefault((pair[0].text, pair[1].text), []).append(pair)
    for found in pairs.values():
        if len(found) >= _WIDGET_REPEATS:
            yield from found
    # One line of several buttons printed with single spaces under each entry ("Leave a
    # tribute Send flowers Share" under each notice), the same three times or more.
    # Or its buttons joined by bars or middle dots ("Quote | Reply" under each post).
    rows: dict[str, list[Body]] = {}
    for body in lines:
        if _button_row(body.text) or _joined_buttons(body.text):
            rows.setdefault(body.text.strip(), []).append(body)
    for found_rows in rows.values():
        if len(found_rows) >= _WIDGET_REPEATS:
            yield from ([b] for b in found_rows)


#: A row of buttons joined by bars or dots: this many buttons.
_JOINED_BUTTONS = (2, 4)


def _joined_buttons(text: str) -> bool:
    """True when ``text`` could be two to four buttons joined by spaced bars or middle
    dots, each a menu item of one to three words ("Quote | Reply", "Svara · Gilla").

    >>> _joined_buttons("Quote | Reply"), _joined_buttons("Quote | Reply to the council.")
    (True, False)
    """
    parts = _JOINED_SPLIT.split(text.strip())
    return _JOINED_BUTTONS[0] <= len(parts) <= _JOINED_BUTTONS[1] \
        and all(is_menu_item(p) and len(p.split()) <= _LABEL_WORDS for p in parts)


#: A row of buttons printed with single spaces: this many words.
_BUTTON_ROW_WORDS = (3, 8)
_BUTTON_ROW_WORD = LazyPattern(r"[^\W\d_]+")


def _button_row(text: str) -> bool:
    """True when ``text`` could be buttons printed on one line with single spaces: three to
    eight words of letters alone, a word of three letters or more in lower case followed by
    a capitalised one where a second button starts ("Leave a tribute Send flowers Share"),
    not a name ("Anna van der Berg", "Henk vd Berg").

    >>> _button_row("Leave a tribute Send flowers Share"), _button_row("Anna van der Berg")
    (True, False)
    """
    words = text.split()
    if not _BUTTON_ROW_WORDS[0] <= len(words) <= _BUTTON_ROW_WORDS[1] \
            or not all(_BUTTON_ROW_WORD.fullmatch(w) for w in words):
        return False
    return any(len(a) >= 3 and a.islower() and a not in _MASTHEAD_LOWER and b[:1].isupper()
               for a, b in zip(words, words[1:], strict=False))


#: A menu printed on one line: its items joined by runs of two spaces or more, or by
#: ideographic spaces ("News    Opinion    Arts", "利用規約　プライバシーポリシー").
_ROW_GAP = LazyPattern(r" {2,}|\s*\u3000[\s\u3000]*")
#: A menu row's item: one to four words, a capital, a digit or a caseless letter first,
#: no sentence punctuation; "U.S." is an item too.
_ROW_ITEM = LazyPattern(r"[^\W_a-zß-ÿ][^\s.,;:!?…\"“”()\[\]]*(?: [^\s.,;:!?…\"“”()\[\]]+){0,3}"
                        r"|(?:[A-Z]\.){2,}")
_ROW_MIN_ITEMS = 3
_ROW_ITEM_MAX_CHARS = 30


def row_items(text: str) -> list[str] | None:
    """The items of ``text`` when it is a menu on one line, else None: three items or
    more joined by runs of spaces, each one to four words with a capital (or a digit, or
    a letter of a script without capitals) first and no sentence punctuation; no more
    than one of them holds a digit.

    >>> row_items("News    Opinion    Arts    Living")
    ['News', 'Opinion', 'Arts', 'Living']
    >>> row_items("The council met.  It agreed.  Then it rose."), row_items("Player    Goals")
    (None, None)
    """
    if "  " not in text and "\u3000" not in text:
        return None  # no gap (most lines): one item; quicker to see than to split
    items = _ROW_GAP.split(text)
    if len(items) < _ROW_MIN_ITEMS or sum(1 for i in items if _DIGIT.search(i)) > 1:
        return None
    for item in items:
        if len(item) > _ROW_ITEM_MAX_CHARS or _ROW_ITEM.fullmatch(item) is None:
            return None
    return items


def _columns(text: str) -> list[str]:
    return [c for c in _ROW_GAP.split(text) if c]


#: The last item of a site's menu: its contact page, in the languages of the word tables.
CONTACT_WORDS = frozenset({
    "contact", "contacts", "contact us", "kontakt", "kontakty", "contacto", "contactos",
    "contáctanos", "contato", "contatos", "contatti", "contattaci", "contactez-nous",
    "yhteystiedot", "ota yhteyttä", "kontakta oss", "kontakt oss", "kontakt os",
    "kapcsolat", "iletişim", "kontak", "hubungi kami", "liên hệ", "επικοινωνία",
    "контакты", "контакти", "kontaktai", "kontakti", "kontaktid", "mawasiliano",
    "wasiliana nasi", "ติดต่อ", "ติดต่อเรา", "संपर्क", "お問い合わせ", "联系我们", "聯絡我們",
    "문의", "צור קשר", "اتصل بنا", "تماس با ما", "تماس"})
#: The last item of a site's menu may be its about page instead: "Αρχική Ελλάδα Ευρώπη
#: Ασία Συμβουλές Σχετικά".
ABOUT_WORDS = frozenset({
    "about", "about us", "über uns", "über mich", "à propos", "qui sommes-nous",
    "sobre", "sobre nosotros", "sobre nós", "sobre mí", "quiénes somos", "chi siamo",
    "over ons", "over mij", "om oss", "om os", "om meg", "om mig", "tietoa", "meistä",
    "o nas", "o mnie", "o nás", "o mne", "rólunk", "despre noi", "hakkımda", "hakkımızda",
    "tentang kami", "tentang", "giới thiệu", "σχετικά", "о нас", "про нас", "kuhusu sisi",
    "เกี่ยวกับเรา", "हमारे बारे में", "私たちについて", "关于我们", "關於我們", "소개",
    "אודות", "من نحن", "درباره ما", "درباره"})
#: A menu on one line with single spaces between its items runs from the home page to
#: the contact page: "Start Artykuły Podcast O mnie Kontakt", "Home Blog About Contact".
_SPACED_MENU_WORDS = (3, 10)
_SPACED_MENU_LOWER = 4


def spaced_menu(text: str) -> bool:
    """True when ``text`` is a menu printed with single spaces: three to ten words, no
    punctuation, the first item the home page and the last the contact page, every word
    capitalised but short ones ("O mnie", "About us"). The last may be the about page
    when an item between is one of the navigation table's ("Αρχική Ελλάδα Ευρώπη Ασία
    Συμβουλές Σχετικά"; not a title such as "Home Truths Nobody Talks About"). A Persian
    word may hold a zero-width non-joiner ("قسمت‌ها").

    >>> spaced_menu("Start Artykuły Podcast O mnie Kontakt"), spaced_menu("Home Contact")
    (True, False)
    >>> spaced_menu("Home is where the heart is and contact")
    False
    >>> spaced_menu("Home Travel Europe Tips About"), spaced_menu("Home Truths Nobody Talks About")
    (True, False)
    """
    words = text.split()
    if not _SPACED_MENU_WORDS[0] <= len(words) <= _SPACED_MENU_WORDS[1] \
            or any(not w.replace("\u200c", "").isalpha() for w in words):
        return False
    lower = [w.lower() for w in words]
    home = 2 if " ".join(lower[:2]) in HOME_WORDS else int(lower[0] in HOME_WORDS)
    contact = 2 if " ".join(lower[-2:]) in CONTACT_WORDS else int(lower[-1] in CONTACT_WORDS)
    if home and not contact:
        about = 2 if " ".join(lower[-2:]) in ABOUT_WORDS else int(lower[-1] in ABOUT_WORDS)
        if about and any(w in NAV_WORDS for w in lower[home:len(words) - about]):
            contact = about
    # The items between are capitalised, but for short words ("O mnie", "About us").
    if not (home and contact) or not (words[0][:1].isupper() or _caseless(words[0][:1])):
        return False
    return all(w[:1].isupper() or _caseless(w[:1]) or len(w) <= _SPACED_MENU_LOWER
               for w in words[home:len(words) - contact])


# -- a footer's row of legal links ---------------------------------------------------------

#: The pages a site's footer links to by law or custom: its privacy and cookie policies,
#: terms, imprint, accessibility statement, site map, in some forty languages. Any one of
#: them may head a page ("Privacy Policy"); two links on one line make a footer's row.
_LEGAL_TABLE = (
    # English
    "privacy|privacy policy|privacy notice|privacy statement|privacy settings|privacy centre|"
    "privacy center|your privacy choices|privacy choices|cookies|cookie policy|cookie notice|"
    "cookie settings|cookie preferences|manage cookies|cookie statement|terms|terms of use|"
    "terms of service|terms and conditions|terms & conditions|terms of sale|t&cs|t&c|legal|"
    "legal notice|legal notices|imprint|disclaimer|accessibility|accessibility statement|"
    "sitemap|site map|copyright|copyright policy|modern slavery statement|"
    "do not sell my personal information|do not sell or share my personal information|"
    "complaints|corrections|code of conduct|editorial guidelines|ethics policy|gdpr|"
    # German
    "impressum|datenschutz|datenschutzerklärung|datenschutzhinweise|datenschutzeinstellungen|"
    "agb|nutzungsbedingungen|barrierefreiheit|barrierefreiheitserklärung|"
    "erklärung zur barrierefreiheit|"
    "cookie-einstellungen|cookie-richtlinie|cookie einstellungen|privatsphäre-einstellungen|"
    "haftungsausschluss|rechtliche hinweise|widerrufsbelehrung|widerrufsrecht|mediadaten|"
    # French
    "mentions légales|politique de confidentialité|confidentialité|données personnelles|"
    "gestion des cookies|gérer les cookies|politique cookies|politique de cookies|"
    "paramètres des cookies|cgu|cgv|conditions générales|conditions générales d'utilisation|"
    "conditions générales de vente|conditions d'utilisation|accessibilité|plan du site|"
    "déclaration d'accessibilité|charte de confidentialité|"
    # Spanish, Catalan, Portuguese, Italian
    "aviso legal|política de privacidad|privacidad|política de cookies|términos y condiciones|"
    "condiciones de uso|términos de uso|accesibilidad|mapa del sitio|mapa web|"
    "configuración de cookies|protección de datos|avís legal|política de privacitat|"
    "accessibilitat|política de galetes|política de privacidade|privacidade|termos de uso|"
    "termos e condições|termos de utilização|acessibilidade|mapa do site|estatuto editorial|"
    "ficha técnica|note legali|termini e condizioni|termini di utilizzo|condizioni d'uso|"
    "condizioni di utilizzo|accessibilità|dichiarazione di accessibilità|mappa del sito|"
    "informativa privacy|informativa sulla privacy|impostazioni cookie|preferenze cookie|"
    # Dutch, Nordic, Finnish, Baltic
    "privacyverklaring|privacybeleid|privacystatement|cookiebeleid|cookieverklaring|"
    "cookie-instellingen|cookie instellingen|toegankelijkheid|toegankelijkheidsverklaring|"
    "algemene voorwaarden|gebruiksvoorwaarden|colofon|proclaimer|"
    "integritetspolicy|personuppgifter|personuppgiftspolicy|cookie-inställningar|"
    "tillgänglighetsredogörelse|tillgänglighet|villkor|användarvillkor|om cookies|"
    "personvern|personvernerklæring|informasjonskapsler|vilkår|brukervilkår|"
    "tilgjengelighetserklæring|privatlivspolitik|cookiepolitik|handelsbetingelser|"
    "tilgængelighedserklæring|tilgængelighed|"
    "tietosuoja|tietosuojaseloste|evästeet|evästeasetukset|käyttöehdot|saavutettavuus|"
    "saavutettavuusseloste|privātuma politika|sīkdatnes|lietošanas noteikumi|"
    "privatumo politika|slapukai|naudojimosi taisyklės|privaatsuspoliitika|küpsised|"
    "kasutustingimused|"
    # Polish, Czech, Slovak, Hungarian, Romanian, South Slavic
    "polityka prywatności|polityka cookies|regulamin|prywatność|deklaracja dostępności|"
    "dostępność|mapa strony|ustawienia cookies|rodo|"
    "ochrana osobních údajů|ochrana osobných údajov|ochrana súkromia|zásady cookies|"
    "podmínky užívání|podmínky použití|obchodní podmínky|obchodné podmienky|"
    "prohlášení o přístupnosti|vyhlásenie o prístupnosti|mapa stránek|mapa stránky|"
    "adatvédelem|adatvédelmi tájékoztató|adatkezelési tájékoztató|impresszum|"
    "felhasználási feltételek|ászf|süti beállítások|sütik|akadálymentesség|"
    "politica de confidențialitate|confidențialitate|termeni și condiții|politica cookies|"
    "politica de cookies|politika privatnosti|pravila privatnosti|uvjeti korištenja|"
    "uslovi korišćenja|impresum|kolačići|pristupačnost|politika zasebnosti|piškotki|"
    # Turkish, Greek, Russian, Ukrainian
    "gizlilik politikası|gizlilik|çerez politikası|çerezler|kullanım koşulları|"
    "hizmet şartları|künye|kvkk|aydınlatma metni|site haritası|çerez ayarları|"
    "όροι χρήσης|πολιτική απορρήτου|απόρρητο|όροι και προϋποθέσεις|ταυτότητα|προσβασιμότητα|"
    "политика конфиденциальности|конфиденциальность|пользовательское соглашение|"
    "условия использования|карта сайта|политика конфіденційності|умови використання|"
    "мапа сайту|правила користування|"
    # Vietnamese, Indonesian, Malay
    "chính sách bảo mật|điều khoản sử dụng|điều khoản|sơ đồ trang|chính sách riêng tư|"
    "kebijakan privasi|dasar privasi|syarat dan ketentuan|terma dan syarat|"
    "pedoman media siber|penafian|syarat penggunaan|"
    # Japanese, Chinese, Korean
    "利用規約|プライバシーポリシー|個人情報保護方針|個人情報の取り扱い|サイトマップ|"
    "特定商取引法に基づく表記|クッキーポリシー|アクセシビリティ|免責事項|サイトポリシー|"
    "隐私政策|隱私政策|私隐政策|隐私权政策|隱私權政策|使用条款|使用條款|服务条款|服務條款|"
    "免责声明|免責聲明|网站地图|網站地圖|版权声明|版權聲明|"
    "이용약관|개인정보처리방침|개인정보 처리방침|개인정보취급방침|청소년보호정책|"
    "이메일무단수집거부|사이트맵|저작권정책|"
    # Arabic, Hebrew, Persian, Urdu, Hindi, Thai
    "سياسة الخصوصية|الشروط والأحكام|شروط الاستخدام|خريطة الموقع|"
    "מדיניות פרטיות|תנאי שימוש|נגישות|הצהרת נגישות|"
    "حریم خصوصی|شرایط استفاده|قوانین و مقررات|رازداری کی پالیسی|شرائط و ضوابط|"
    "गोपनीयता नीति|नियम और शर्तें|उपयोग की शर्तें|अस्वीकरण|"
    "นโยบายความเป็นส่วนตัว|ข้อกำหนดและเงื่อนไข|เงื่อนไขการใช้งาน|นโยบายคุกกี้"
)
LEGAL_WORDS = frozenset(w.casefold() for w in _LEGAL_TABLE.split("|"))
#: The other links of that row: contact, about, advertising, careers, help, press.
_FOOTER_TABLE = (
    "contact|contact us|about|about us|advertise|advertise with us|advertising|careers|jobs|"
    "help|faq|faqs|rss|newsletter|press|subscribe|support|feedback|accessibility help|"
    "kontakt|über uns|hilfe|presse|karriere|werbung|newsletter|leichte sprache|gebärdensprache|"
    "nous contacter|à propos|qui sommes-nous|publicité|aide|contactez-nous|"
    "contacto|contato|quiénes somos|quem somos|publicidad|publicidade|ayuda|ajuda|fale conosco|"
    "contatti|chi siamo|pubblicità|redazione|lavora con noi|"
    "over ons|adverteren|om oss|om os|annonsera|yhteystiedot|ota yhteyttä|"
    "o nas|reklama|kontakty|o nás|kapcsolat|rólunk|médiaajánlat|despre noi|publicitate|"
    "iletişim|hakkımızda|reklam|επικοινωνία|σχετικά|контакты|о нас|реклама|контакти|про нас|"
    "liên hệ|giới thiệu|hợp tác|quảng cáo|tentang kami|hubungi kami|kontak|redaksi|info iklan|"
    "お問い合わせ|会社概要|運営会社|联系我们|聯絡我們|關於我們|关于我们|广告服务|"
    "회사소개|고객센터|광고문의|제휴문의|문의|"
    "اتصل بنا|من نحن|צור קשר|אודות|تماس با ما|درباره ما|ہم سے رابطہ|ہمارے بارے میں|"
    "संपर्क करें|हमारे बारे में|ติดต่อเรา|เกี่ยวกับเรา"
)
FOOTER_WORDS = frozenset(w.casefold() for w in _FOOTER_TABLE.split("|")) \
    | LEGAL_WORDS
_FOOTER_PHRASE_WORDS = max(len(w.split()) for w in FOOTER_WORDS)
#: The marks that may join the links: a bar, a dot, a slash, a dash, standing alone.
_FOOTER_MARKS = frozenset("|·•/–—-")
_FOOTER_ROW_CHARS = 240


def legal_row(text: str) -> list[str] | None:
    """The links of ``text`` when it is a footer's row of legal links, else None: two
    links or more of the footer table, at least one of them a legal page's (privacy,
    terms, imprint, cookies, accessibility, site map), and nothing else but the single
    spaces, bars or dots between them ("Impressum Datenschutz Barrierefreiheitserklärung
    Cookie-Einstellungen", "Privacy Policy Terms of Use Do Not Sell or Share My Personal
    Information", "이용약관 개인정보처리방침").

    >>> legal_row("About Us Contact Privacy Policy")
    ['About Us', 'Contact', 'Privacy Policy']
    >>> legal_row("Privacy Policy"), legal_row("About us Contact"), legal_row("Our privacy policy")
    (None, None, None)
    """
    if len(text) > _FOOTER_ROW_CHARS:
        return None
    words = [w for w in text.replace("\u3000", " ").split() if w not in _FOOTER_MARKS]
    if len(words) < 2:
        return None
    items = phrases_of([w.strip("|·•") for w in words], FOOTER_WORDS, _FOOTER_PHRASE_WORDS)
    if items is None or len(items) < 2 or not any(it.casefold() in LEGAL_WORDS for it in items):
        return None
    return items


def phrases_of(words: list[str], table: Set[str], longest: int) -> list[str] | None:
    """``words`` read as a run of the table's phrases (case-folded, of ``longest`` words at
    most, the longest first at each word), or None when a word belongs to none.

    >>> phrases_of("Privacy Policy Contact".split(), {"privacy policy", "contact"}, 2)
    ['Privacy Policy', 'Contact']
    >>> phrases_of("Privacy Contact".split(), {"privacy policy", "contact"}, 2)
    """
    folded = [w.casefold() for w in words]
    items: list[str] = []
    i = 0
    while i < len(folded):
        n = next((n for n in range(min(longest, len(folded) - i), 0, -1)
                  if " ".join(folded[i:i + n]) in table), 0)
        if not n:
            return None
        items.append(" ".join(words[i:i + n]))
        i += n
    return items


#: The buttons a page prints around an article, a post or a listing, in some thirty
#: languages: share, save, print, e-mail, reply, quote, report, like, subscribe, the
#: networks' names, a recipe's jump and print links. A line of nothing else is a row of
#: them ("Share Pin Email Print", "Imprimir receta Guardar Compartir", "구독하기 공유하기 퍼가기").
_BUTTON_TABLE = (
    # English
    "share|share this|share article|share this article|share story|save|saved|save article|"
    "save for later|save story|save recipe|print|print recipe|print article|print this page|"
    "email|e-mail|mail|pin|pin it|pin recipe|tweet|like|reply|quote|report|report abuse|"
    "follow|unfollow|subscribe|copy link|bookmark|comment|comments|gift this article|"
    "gift article|jump to recipe|jump to video|rate|rate this|rate recipe|listen|download|"
    "watch thread|watch|"
    "embed|apply|apply now|cancel reply|edit|delete|flag|upvote|downvote|helpful|not helpful|"
    "back to top|whatsapp|facebook|twitter|x|linkedin|pinterest|reddit|telegram|threads|"
    "bluesky|messenger|flipboard|sms|"
    # German, French, Spanish, Portuguese, Italian, Dutch
    "teilen|seite teilen|artikel teilen|drucken|seite drucken|artikel drucken|merken|speichern|"
    "nach oben|antworten|zitieren|melden|gefällt mir|kommentieren|anhören|"
    "partager|imprimer|enregistrer|sauvegarder|répondre|citer|signaler|j'aime|commenter|"
    "écouter|haut de page|courriel|"
    "compartir|imprimir|guardar|responder|citar|denunciar|me gusta|comentar|escuchar|"
    "ir a la receta|saltar a la receta|imprimir receta|guardar receta|correo|"
    "compartilhar|partilhar|salvar|curtir|ouvir|ir para a receita|"
    "condividi|stampa|salva|rispondi|cita|segnala|mi piace|commenta|ascolta|"
    "delen|printen|afdrukken|bewaren|opslaan|reageren|beantwoorden|citeren|melden|"
    # Nordic, Finnish, Baltic, Central European
    "dela|skriv ut|spara|svara|citera|rapportera|gilla|del|lagre|svar|siter|rapporter|"
    "liker|udskriv|del artikel|jaa|tulosta|tallenna|vastaa|lainaa|ilmoita|tykkää|"
    "dalīties|drukāt|saglabāt|atbildēt|citēt|ziņot|ziņot par pārkāpumu|patīk|"
    "dalintis|spausdinti|išsaugoti|atsakyti|pranešti|jagamine|prindi|salvesta|vasta|"
    "udostępnij|drukuj|zapisz|odpowiedz|cytuj|zgłoś|lubię to|"
    "sdílet|tisk|vytisknout|uložit|uložit recept|odpovědět|sledovat|citovat|nahlásit|zdieľať|"
    "tlačiť|uložiť|"
    "odpovedať|nahlásiť|megosztás|nyomtatás|mentés|válasz|idézet|jelentés|tetszik|"
    "distribuie|printează|salvează|răspunde|citează|raportează|"
    # Turkish, Greek, Russian, Ukrainian
    "paylaş|yazdır|kaydet|yanıtla|cevapla|alıntı|şikayet et|beğen|"
    "κοινοποίηση|εκτύπωση|αποθήκευση|απάντηση|"
    "поделиться|печать|распечатать|сохранить|ответить|цитировать|пожаловаться|нравится|"
    "поширити|поділитися|друк|зберегти|відповісти|поскаржитися|"
    # Vietnamese, Indonesian, Malay
    "chia sẻ|lưu|lưu bài|trả lời|trích dẫn|báo cáo|thích|"
    "bagikan|kongsi|cetak|simpan|balas|kutip|laporkan|"
    # Japanese, Chinese, Korean
    "シェア|共有|印刷|保存|返信|引用|通報|いいね|ブックマーク|"
    "分享|打印|列印|收藏|回复|回覆|引用|举报|檢舉|点赞|讚|"
    "공유|공유하기|인쇄|저장|답글|답글쓰기|인용|신고|좋아요|구독|구독하기|퍼가기|스크랩"
)
BUTTON_WORDS = frozenset(_BUTTON_TABLE.split("|"))
_BUTTON_PHRASE_WORDS = max(len(w.split()) for w in BUTTON_WORDS)
_BUTTON_ROW_CHARS = 120
#: Bars or dots between a row's buttons, and the buttons of such a row this rule takes.
_BUTTON_BAR = LazyPattern(r"\s+[|·•]\s+")
_BUTTON_BAR_ITEMS = 2
_BUTTON_ROW_ITEMS = 3


def button_words_row(text: str) -> list[str] | None:
    """The buttons of ``text`` when it is three buttons or more of the button table printed
    with single spaces and nothing else, or two with a bar or a dot between them, else
    None (two known buttons on a line with a space between are BOIL004's list's:
    "Reply Quote").

    >>> button_words_row("Share Pin Email Print"), button_words_row("Jump to recipe Print Save")
    (['Share', 'Pin', 'Email', 'Print'], ['Jump to recipe', 'Print', 'Save'])
    >>> button_words_row("Share Save"), button_words_row("Share your story")
    (None, None)
    >>> button_words_row("Print edition")
    >>> button_words_row("Tisk | Uložit recept"), button_words_row("Print | Edition")
    (['Tisk', 'Uložit recept'], None)
    """
    if len(text) > _BUTTON_ROW_CHARS:
        return None
    cells = _BUTTON_BAR.split(text)
    if len(cells) == _BUTTON_BAR_ITEMS:
        # (two buttons printed with a bar or a dot between them, each one button; three
        # or more are BOIL004's bar rows)
        cell_items = [phrases_of(cell.split(), BUTTON_WORDS, _BUTTON_PHRASE_WORDS)
                      for cell in cells]
        return cells if all(items is not None and len(items) == 1
                            for items in cell_items) else None
    words = text.split()
    if len(words) < _BUTTON_ROW_ITEMS:
        return None
    items = phrases_of(words, BUTTON_WORDS, _BUTTON_PHRASE_WORDS)
    return items if items is not None and len(items) >= _BUTTON_ROW_ITEMS else None


def menu_rows(lines: list[Body]) -> Iterator[tuple[Body, list[str]]]:
    """The lines that are menus on one line, except the rows of a table: a row next to a
    line split into the same number of columns, or into columns holding figures."""
    for i, body in enumerate(lines):
        items = row_items(body.text)
        if items is None:
            if spaced_menu(body.text):
                yield body, body.text.split()
            continue
        near = [lines[j].text for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(len(_columns(t)) == len(items) or (len(_columns(t)) >= 2 and _NUMBER.search(t))
               for t in near):
            continue
        yield body, items


#: A pager's words: a page label ("Page:", "Halaman:") and the next and previous links,
#: in the languages of the sets and their neighbours, with the arrows sites print.
_PAGER_WORD = (
    r"(?:(?:page|pages|seite|seiten|página|páginas|pagina|pagine|strona|strony|sayfa|halaman|"
    r"laman|sida|sidor|side|sider|sivu|oldal|stránka|strana|страница|сторінка|σελίδα|trang|"
    r"หน้า|页|頁|ページ|페이지)\s*[:：]?"
    r"|(?:next|previous|prev|older|newer|weiter|zurück|vorherige|nächste|suivant|suivante|"
    r"précédent|précédente|siguiente|anterior|próxima|próximo|successivo|successiva|"
    r"precedente|avanti|indietro|volgende|vorige|następna|następny|poprzednia|poprzedni|"
    r"dalej|sonraki|önceki|berikutnya|selanjutnya|sebelumnya|nästa|föregående|neste|forrige|"
    r"næste|seuraava|edellinen|következő|előző|další|předchozí|ďalšia|predchádzajúca|"
    r"следующая|предыдущая|далее|назад|наступна|попередня|επόμενη|προηγούμενη|tiếp|"
    r"sau|trước|susunod|nakaraan|下一页|上一页|下一頁|上一頁|次へ|前へ|다음|이전)"
    r"(?:\s+(?:page|seite|página|pagina|strona|sayfa|halaman|trang|stránka))?)")
_PAGER_LINE = LazyPattern(
    rf"(?:[«»‹›←→<>]+\s*)?(?:{_PAGER_WORD}|\d{{1,3}}|…|\.\.\.)(?:\s*[«»‹›←→<>]+)?"
    rf"(?:\s+(?:[«»‹›←→<>]+\s*)?(?:{_PAGER_WORD}|\d{{1,3}}|…|\.\.\.)(?:\s*[«»‹›←→<>]+)?)*",
    re.IGNORECASE)
_PAGE_NUMBER = LazyPattern(r"\d{1,3}")


def pagers(lines: list[Body]) -> Iterator[list[Body]]:
    """Runs of lines that are a page's pager: bare page numbers (two or more, rising)
    with a page label or a next or previous link, on one line or on several
    ("Halaman:", "1", "2", "Selanjutnya"; "« Previous 1 2 3 Next »")."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _PAGER_LINE.fullmatch(lines[j].text):
            j += 1
        run = lines[i:j]
        numbers = [int(n) for b in run for n in _PAGE_NUMBER.findall(b.text)]
        worded = any(_DIGIT.sub("", b.text).strip(" .…«»‹›←→<>") for b in run)
        if len(numbers) >= 2 and worded and numbers == sorted(set(numbers)):
            yield run
        i = max(j, i + 1)


#: A table of contents' entry: its section number and the section's title ("1 History",
#: "2.1 Early years").
_TOC_ENTRY = LazyPattern(r"\d{1,2}(?:\.\d{1,2})*\.?\s+([^\W\d_].{0,80})")
#: The label above a table of contents, in the languages of the sets and their
#: neighbours, with the toggle a wiki prints beside it ("Contents [hide]").
_TOC_LABEL = LazyPattern(
    r"(?:contents|table of contents|inhalt|inhaltsverzeichnis|sommaire|contenido|contenidos|"
    r"índice|indice|contenuti|conteúdo|spis treści|inhoud|innehåll|indhold|innhold|sisällys|"
    r"sisällysluettelo|tartalomjegyzék|obsah|cuprins|содержание|зміст|περιεχόμενα|içindekiler|"
    r"daftar isi|nội dung|mục lục|nilalaman|目次|目录|目錄|목차)"
    r"(?:\s*[\[(]?\s*(?:hide|show|toggle|verbergen|masquer|ocultar|nascondi|ukryj)\s*[\])]?)?",
    re.IGNORECASE)


def _unnumbered(text: str) -> str:
    """``text`` casefolded, without a section number before it ("1. Chi phí" -> "chi phí")."""
    entry = _TOC_ENTRY.fullmatch(text.strip())
    return (entry.group(1) if entry else text.strip()).casefold()


def contents_tables(lines: list[Body]) -> Iterator[list[Body]]:
    """A page's table of contents: two numbered section titles or more in a row, most
    of which stand again as headings further down (numbered or not), with the contents
    label above them; or the contents label with one line of entries under it (joined by
    dots or bars, or numbered: "1. Quelles pommes de terre choisir ? · 2. Faut-il mettre
    du fromage ?"; or a row of headings: "Technische Daten Bildqualität Gaming Fazit")
    whose entries open headings further down.
    A numbered list of the text (steps, references) has no headings of its own below."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (entry := _TOC_ENTRY.fullmatch(lines[j].text)) \
                and not entry.group(1).endswith(_PROSE_END):
            j += 1
        titles = [_TOC_ENTRY.fullmatch(b.text).group(1).casefold()  # type: ignore[union-attr]
                  for b in lines[i:j]]
        below = {_unnumbered(b.text) for b in lines[j:]}
        if len(titles) >= 2 and 2 * sum(1 for t in titles if t in below) > len(titles):
            label = i > 0 and _TOC_LABEL.fullmatch(lines[i - 1].text) is not None
            yield lines[i - 1 if label else i:j]
        i = max(j, i + 1)
    for i, body in enumerate(lines[:-2]):
        if _TOC_LABEL.fullmatch(body.text.strip()) and _contents_row(lines[i + 1].text,
                                                                     lines[i + 2:]):
            yield [body, lines[i + 1]]


#: A contents row's entries: joined by spaced dots or bars, or each after its number.
_CONTENTS_SPLIT = LazyPattern(r"\s+[·|•]\s+(?:\d{1,2}\.\s+)?|^\d{1,2}\.\s+")
#: A heading under a contents row: a short line, not a sentence.
_CONTENTS_HEADING_WORDS = 12


def _contents_row(text: str, below: list[Body]) -> bool:
    """True when ``text`` is a table of contents on one line: two entries or more, most
    of which open a heading further down (a heading may say more: "Quelles pommes de
    terre choisir pour un gratin dauphinois ?" for "Quelles pommes de terre choisir ?"),
    or a row of words most of which are headings' words, every heading's first word
    among them."""
    text = text.strip()
    if is_sentence(text) and not text.endswith("?"):
        return False
    headings = [_unnumbered(b.text).rstrip(" ?？") for b in below
                if len(b.text.split()) <= _CONTENTS_HEADING_WORDS
                and not b.text.rstrip().endswith(".")]
    entries = [e.strip().rstrip(" ?？").casefold()
               for e in _CONTENTS_SPLIT.split(text) if e.strip()]
    if len(entries) >= 2:
        return 2 * sum(1 for e in entries if any(h.startswith(e) for h in headings)) \
            > len(entries)
    words = text.casefold().split()
    firsts = [h.split()[0] for h in headings if h]
    opening = [h for h in headings if h and h.split()[0] in words
               and all(w in words or w in _NAV_JOINERS for w in h.split())]
    return len(words) >= 3 and len(opening) >= 3 and \
        2 * sum(1 for w in words if w in firsts or any(w in h.split() for h in opening)) \
        > len(words)


_TITLE = "Harbour bridge reopens after two years of repairs\n"
_SECTIONS = ("About the inn\nA family-run guesthouse in an old sail loft above the harbour, "
             "with seven rooms. Most of the bread at breakfast is baked on site, and parking "
             "is at the top of the village.\nAmenities\nFree Wi-Fi\nSea views\nNon-smoking "
             "rooms\nPets allowed in two rooms\nPerfect stay\n" + _STORY + _AFTER)
_ZH_STORY = ("记者从市住房和城乡建设部门获悉，今年本市计划在老旧小区新增加装电梯三百台。\n"
             "有关负责人表示，下一步将简化审批流程，并加强对施工安全的监管。\n")


@rule(
    code="BOIL009",
    name="menu-run",
    summary="A run of menu tabs or widget buttons at the head or foot of the page.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    options={
        "min-items": Option(3, "fewest one-to-three-word lines in a row that make a menu",
                            int, minimum=2),
    },
    cases=[
        Case(_TITLE + "Radar\nHourly\n10-Day\n" + _STORY + _AFTER, fires=True,
             fixed=_TITLE + _STORY + _AFTER, note="navigation tabs under the headline"),
        Case(_TITLE + _STORY + _AFTER + "What's your reaction?\nHappy\nSad\nAngry\n",
             fires=True, fixed=_TITLE + _STORY + _AFTER, note="a reaction widget at the foot"),
        Case(_TITLE + _STORY + _AFTER + "Was this helpful?\nYes\nNo\n", fires=True,
             fixed=_TITLE + _STORY + _AFTER, note="a feedback widget: a question and buttons"),
        Case(_TITLE + "Share\nAA\nText Size\nSmall\nLarge\n" + _STORY, fires=True,
             fixed=_TITLE + _STORY, note="text-size controls before the story"),
        Case(_TITLE + _STORY + _AFTER + "Match Centre\nFixtures\nResults\nTables",
             fires=True, fixed=_TITLE + _STORY + _AFTER,
             note="a club site's footer menu with no final line break"),
        Case(_STORY + "Warnings are up in these areas:\nNorth Coast\nUpper Valley\nAbra\n"
             + _AFTER, fires=False, note="a list in the article, introduced by a colon"),
        Case(_TITLE + _STORY + "The shortlist for next season:\nAbbey\nMarsh\nOkoro\n",
             fires=False, note="a list at the foot introduced by a colon"),
        Case(_TITLE + "The headphones cancel noise well but the controls are touchy.\nPros\n"
             "Excellent noise cancelling\nLong battery life\nCons\nBulky case\n"
             "No wear detection\n" + _STORY + _AFTER, fires=False,
             note="a review's pros and cons under their headings"),
        Case(_TITLE + _STORY + _AFTER + "Vorteile\nGuter Klang\nNachteile\nTeuer\n",
             fires=False, note="the verdict list in German at the foot"),
        Case("Pancakes\nIngredients\n2 eggs\n1 cup milk\n100 g flour\n"
             "Whisk the eggs and milk together until smooth.\n", fires=False,
             note="a recipe's ingredients: quantities first"),
        Case("Results\nArsenal 2\nChelsea 1\nSpurs 0\n"
             "The league table tightened after the weekend's games.\n", fires=False,
             note="football results start with names but hold scores"),
        Case("The Tide\nSlow water\ngrey stone\nold moon rising\n"
             "The poem was written on the harbour wall in 1952.\n", fires=False,
             note="a short poem: its lines run on in lower case"),
        Case("The Tide\nThe water slows at dusk,\nGrey stone holds the light\n"
             "And the old moon rises\nThe poem was written on the harbour wall in 1952.\n",
             fires=False, note="a poem's lines are longer than menu items"),
        Case(_STORY + "Harbour\nBridge\nFerry\n" + _AFTER, fires=False,
             note="short lines between paragraphs are left alone"),
        Case("HOST\nGood evening and welcome to the harbour programme tonight.\nGUEST\n"
             "Thank you, it is good to be here with you all.\n", fires=False,
             note="speaker names in a transcript alternate with speech"),
        Case(_TITLE + _STORY + _AFTER + "Happy\nbirthday\nto you", fires=False,
             note="lines that start in lower case are not menu items"),
        Case(_TITLE + "By Harbour Desk\n3 min read\nNairobi\n" + _STORY, fires=False,
             note="a byline, a reading time and a dateline are not menu items"),
        Case("Storm warnings\nThe storm warning was raised on Friday morning.\n", fires=False,
             note="a title of three words or fewer is the page's first line, not a menu"),
        Case(_TITLE + "Radar\nHourly\n", fires=False,
             note="no article prose at all: no head or foot to tell apart"),
        Case("首页\n新闻\n财经\n登录\n老旧小区加装电梯提速\n" + _ZH_STORY, fires=True,
             fixed="老旧小区加装电梯提速\n" + _ZH_STORY,
             note="a Chinese page's menu of one-word tabs, from its first line"),
        Case("老旧小区加装电梯提速\n加装电梯的主要难点\n居民意见协调工作机制\n社区工作者共同商议\n"
             + _ZH_STORY, fires=False,
             note="Chinese headlines and subheads are six characters or more: no tabs"),
        Case(_TITLE + _STORY + "Halaman:\n1\n2\nSelanjutnya\n" + _AFTER, fires=True,
             fixed=_TITLE + _STORY + _AFTER,
             note="a pager inside the article: a page label, page numbers, a next link"),
        Case(_TITLE + _STORY + "« Previous   1 2 3   Next »\n" + _AFTER, fires=True,
             fixed=_TITLE + _STORY + _AFTER, note="a pager on one line"),
        Case(_TITLE + _STORY + "Next\n3\n1\n" + _AFTER, fires=False,
             note="numbers that do not rise are no pager"),
        Case(_TITLE + _STORY + "1\n2\n3\n" + _AFTER, fires=False,
             note="bare numbers with no page label or next link are left alone"),
        Case(_STORY + "Contents\n1 History\n2 Repairs\nHistory\n" + _AFTER + "Repairs\n"
             + _AFTER, fires=True, fixed=_STORY + "History\n" + _AFTER + "Repairs\n" + _AFTER,
             note="a wiki's table of contents: its titles stand again as headings below"),
        Case(_STORY + "Steps\n1 Open the valve\n2 Drain the tank\n" + _AFTER, fires=False,
             note="numbered steps with no headings of their own below are the text's"),
        Case(_TITLE + _STORY + _AFTER + "Helpful\nReport\n" + _STORY + "Helpful\nReport\n"
             + _AFTER + "Helpful\nReport\n" + _STORY + _AFTER, fires=True,
             fixed=_TITLE + _STORY + _AFTER + _STORY + _AFTER + _STORY + _AFTER,
             note="the same two buttons under each of three reviews"),
        Case(_TITLE + _STORY + "North Quay\nSouth Quay\n" + _AFTER + "North Quay\nSouth Quay\n"
             + _AFTER, fires=False, note="a pair of short lines seen twice is left alone"),
        Case(_TITLE + "Hotels\nRestaurants\nSign in\n" + _SECTIONS, fires=True,
             fixed=_TITLE + _SECTIONS,
             note="under the menu, a paragraph between two headings starts the text: the "
                  "amenities listed under the second heading are the text's"),
        Case(_TITLE + "Apply now\nSave job\n" + _SECTIONS, fires=True, fixed=_TITLE + _SECTIONS,
             note="two buttons above the first section's heading: the run counts the heading"),
        Case("U.S.    World    Politics    Real Estate\n" + _TITLE + _STORY, fires=True,
             fixed=_TITLE + _STORY, note="a menu on one line, items joined by spaces"),
        Case(_TITLE + _STORY + "Terms and rules    Privacy policy    Help    RSS\n", fires=True,
             fixed=_TITLE + _STORY, note="a footer's links on one line"),
        Case(_TITLE + "Player    Club    Goals\nAna Ruiz    Harbour FC    12\n" + _STORY,
             fires=False, note="a table's header above a row of figures"),
        Case(_TITLE + "The council met.  It agreed.  Then it rose.\n" + _STORY, fires=False,
             note="sentences joined by two spaces"),
        Case("News Sport Business Opinion Letters Jobs\n" + _TITLE + _STORY, fires=True,
             fixed=_TITLE + _STORY,
             note="a menu joined by single spaces, of the navigation table's words"),
        Case("Startseite Politik Wirtschaft Sport Kultur Wetter\n" + _TITLE + _STORY,
             fires=True, fixed=_TITLE + _STORY, note="the same in German"),
        Case("World Cup Football Results and Video Highlights\n" + _TITLE + _STORY,
             fires=False, note="a headline: too few of its words are the table's"),
        Case("News Sport Business Opinion Letters Jobs\n" + _STORY, fires=False,
             note="the text right under it: the page's title"),
    ],
)
def menu_run(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags a run of `min-items` or more lines of one to three words (starting with a
    capital or a digit, with no sentence punctuation, no bullet and no list number, no
    number standing alone as a word and no "By" first) that
    stands before the article's first line of prose (below the title, the first line) or
    after its last one. A run may open
    with a short question ("What's your reaction?", "Is this page useful?"), and hold one
    tab named by a number ("112") with two tabs or more on each side of it. A line of
    prose has six words or more and ends like a sentence (in Chinese and Japanese,
    twenty characters or more ending on a full stop). In those scripts, written without
    spaces, an item is a word of five characters or fewer ("首页 / 新闻 / 财经"): a
    headline is longer; such a tab may stand on the page's first line, which is
    otherwise taken for its title.

    The article starts at a line of prose with more prose within three lines, or earlier
    at a section of it: a paragraph (two sentences or more, thirty words or more)
    between its heading and the next one, so that a list under the second heading
    ("Amenities", "Free Wi-Fi", "Sea views") is the text's; the run above the first
    heading counts the heading among its items.

    Left alone: a run right after a line ending in a colon (a list the text introduces),
    a review's list of pros and cons (a run under or holding their heading: "Pros",
    "Cons", "Vorteile", "Points faibles", "Pregi", "장점", "メリット"),
    a run in which two items or more hold a digit (results, quantities), a line
    starting in lower case, and short lines between paragraphs of the article.

    Also flags, anywhere on the page, a menu printed on one line: three items or more
    of one to four words (a capital, a digit or a letter of a script without capitals
    first, no sentence punctuation, no more than one item with a digit) joined by runs
    of two spaces or more or by ideographic spaces ("News    Opinion    Arts    Living",
    "Terms and rules    Privacy policy    Help    RSS",
    "利用規約　プライバシーポリシー　お問い合わせ"), or joined by single spaces when it
    runs from the home page to the contact page ("Start Artykuły Podcast O mnie
    Kontakt", "Home Blog About us Contact": three to ten words, no punctuation, the
    items between capitalised but for short words).
    A row next to a line of the same number of columns, or of columns holding figures,
    is a table's and is left alone. A footer's row of legal links is flagged too, its links
    joined by single spaces, bars, dots or dashes: two links or more of a table of the legal
    pages (privacy, cookies, terms, imprint, accessibility, site map) and the links beside
    them (contact, about, advertise, careers) in some forty languages, one of them a legal
    page's ("Impressum Datenschutz Barrierefreiheitserklärung Cookie-Einstellungen", "이용약관
    개인정보처리방침"); one link alone ("Privacy Policy") may be a page's heading. So is a row of
    three buttons or more of a table of the buttons pages print (share, save, print, e-mail,
    reply, quote, report, like, the networks' names) in some thirty languages, joined by
    single spaces and nothing else ("Share Pin Email Print", "Imprimir receta Guardar
    Compartir", "구독하기 공유하기 퍼가기").

    Among the page's first six lines, above its first line of prose, a menu joined by
    single spaces need not run from home to contact when its words are those of site
    menus: a table of some two thousand words and phrases in some fifty languages (the
    desks of a newspaper, the sections of a blog, a shop, a council's site, a Q&A site;
    the home, search, log-in and contact links). Three of its items or more, holding
    three fifths of the line's words or more, the first word capitalised (or of a script
    without capitals), no punctuation, at most one other word in lower case that joins
    no item ("News Sport Court Council Opinion Letters Deaths Jobs", "Home Wonen en leven
    Afval Parkeren Werk en inkomen Nieuws Contact", "หน้าแรก พยากรณ์อากาศ ฝุ่น PM2.5
    วิดีโอ"); a longer line that is no menu (the headline) stands within three lines under
    it. A line of the table's words with text right under it is the page's title, and
    a headline ("World Cup Football Results and Video Highlights") holds too few of them.
    Two items of the table will do when the page's section label, up to three lines under
    the line (past chrome of eight words or fewer), repeats one of its items right above
    the headline ("Portada Villaverde Ríoseco Deportes Economía Opinión" over "Economía"):
    the section named twice shows the row to be the site's menu, town names and all.

    And anywhere on the page, a pager: lines made only of page numbers, a page label
    and next or previous links (of some thirty languages, with their arrows), holding
    two page numbers or more in rising order and at least one such word ("Halaman:",
    "1", "2", "Selanjutnya"; "« Previous 1 2 3 Next »"); and a table of contents:
    two numbered section titles or more in a row ("1 History", "2 Restoration"), most
    of them standing again as headings further down, with the contents label above
    them ("Contents", "Inhalt", "Sommaire", "目次" …); and the buttons under each entry
    of a list, reviews or comments: the same two menu items in a row ("Helpful",
    "Report"), or the same line of two to four buttons joined by bars or dots ("Quote |
    Reply"), three times or more on the page.

    ## Why it matters
    Navigation tabs ("Radar / Hourly / 10-Day"), text-size controls ("AA / Small /
    Large"), reaction widgets ("Happy / Sad / Angry") and feedback buttons ("Yes / No")
    are printed on separate lines when a page is extracted as text. No single word is
    chrome by itself ("Results" is a fine word), but a stack of them around the article
    is a menu.

    ## Example
    Bad:

        Harbour bridge reopens after two years of repairs
        Radar
        Hourly
        10-Day
        The harbour bridge reopened on Monday after two years of repairs.

    Good:

        Harbour bridge reopens after two years of repairs
        The harbour bridge reopened on Monday after two years of repairs.

    ## Fix safety
    Safe: the fix removes the run's lines (or the row) and their line breaks. A sentence
    is never a row (its words run on in lower case, or a period ends an item), and a
    table's header keeps its rows. Short lines inside the
    article are never touched; outside it, a list introduced by a colon, a numbered
    list, or a table of quantities or scores is kept. A poem or a list of names quoted
    at the very top or bottom of a page with no introduction, its lines capitalised and
    unpunctuated, would be removed: rare on news pages, and what `min-items` tunes.
    """
    lines = bodies(doc)
    rows = list(menu_rows(lines))
    taken_rows = {body.start for body, _ in rows}
    rows += [(body, items) for body in lines if body.start not in taken_rows
             and (items := legal_row(body.text) or button_words_row(body.text)) is not None]
    taken_rows = {body.start for body, _ in rows}
    rows += [(body, (nav_items(body.text) or ([body.text],))[0])
             for body in head_nav_menus(lines) + [lines[m] for m, _ in echoed_menus(lines)]
             if body.start not in taken_rows]
    taken_rows = {body.start for body, _ in rows}
    rows += [(body, (nav_items(body.text) or (body.text.split(),))[0])
             for body in trail_menus(lines) if body.start not in taken_rows]
    taken_rows = {body.start for body, _ in rows}
    # A line of the table's words between two menu rows (a wiki's log-in links between its
    # site links and its tabs: "ログイン アカウント作成") is the same menu.
    rows += [(body, (nav_items(body.text) or (body.text.split(),))[0])
             for i, body in enumerate(lines[1:_NAV_HEAD_LINES], 1)
             if body.start not in taken_rows and i + 1 < len(lines)
             and lines[i - 1].start in taken_rows and lines[i + 1].start in taken_rows
             and nav_line(body.text)]
    taken_rows = {body.start for body, _ in rows}
    span = article_span(lines)
    rows += [(body, prefixed_menu(body.text) or [])
             for body in lines[:min(_NAV_HEAD_LINES, span[0] if span else len(lines))]
             if body.start not in taken_rows and prefixed_menu(body.text)]
    for body, items in rows:
        start, end = doc.line_removal(body.line)
        yield Finding(
            body.start, body.start + len(body.text),
            f"menu of {len(items)} items on one line ({' / '.join(items)}): page chrome, "
            "not article text",
            Fix.safe("remove the line", Edit.deletion(start, end)), {"items": " / ".join(items)})
    runs = list(menu_runs(lines, options["min-items"]))
    taken = {b.start for run in runs for b in run} | {body.start for body, _ in rows}
    for run in (*pagers(lines), *contents_tables(lines), *repeated_widgets(lines)):
        if not any(b.start in taken for b in run):
            runs.append(run)
            taken.update(b.start for b in run)
    for run in runs:
        first, last = run[0], run[-1]
        start, _ = doc.line_removal(first.line)
        _, end = doc.line_removal(last.line)
        texts = [b.text for b in run]
        yield Finding(
            first.start, last.start + len(last.text),
            f"menu or widget of {len(run)} short lines ({' / '.join(texts)}): page "
            "chrome, not article text",
            Fix.safe("remove the lines", Edit.deletion(start, end)),
            {"items": " / ".join(texts)})


# -- BOIL011: breadcrumbs and section labels at the head of the page -----------------------

#: A breadcrumb separator: one of these marks with space on both sides.
_CRUMB_SEPARATOR = LazyPattern(r"\s+(>>?|»|›|‹|/|\||→|＞)\s+")
#: On a page written right to left (Arabic, Hebrew) the trail's ">" is printed as "<"
#: ("مركز المساعدة < الأمان وتسجيل الدخول"); elsewhere "<" is a comparison.
_RTL_CRUMB_SEPARATOR = LazyPattern(r"\s+(>>?|<<?|»|«|›|‹|/|\||→|←|＞)\s+")
_RTL = LazyPattern(r"[\u0590-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")


def _crumb_split(text: str) -> list[str]:
    """``text`` split at a trail's marks (segments and marks in turn); on a line of a
    right-to-left script, "<", "«" and "←" are marks too."""
    separator = _RTL_CRUMB_SEPARATOR if _RTL.search(text) else _CRUMB_SEPARATOR
    return separator.split(text)
#: A breadcrumb segment: one to three words, no digit, no sentence punctuation.
#: A section's words may end on an age range ("Дети 1–7", "Kids 6–12"), its one number.
_CRUMB_SEGMENT = LazyPattern(r"[^\W\d_][^\s\d.,;:!?\"“”()\[\]]*(?:\s+[^\s\d.,;:!?\"“”()\[\]]+){0,2}"
                             r"(?:\s+\d{1,2}[–-]\d{1,2})?")
_CRUMB_SEGMENTS = (2, 5)
_CRUMB_SEGMENT_MAX_CHARS = 25
#: Hebrew's gershayim typed as an ASCII quote inside a word ('נדל"ן', 'ת"א'): a letter of
#: the word, no quotation.
_GERSHAYIM = LazyPattern(r'(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])')


def _crumb_chars(segment: str) -> int:
    """The length of a trail's segment in letters: the vowel signs and tone marks a
    script writes on its letters (Thai, Devanagari) are none.

    >>> _crumb_chars("Football"), _crumb_chars("คุยกัน")
    (8, 4)
    """
    return sum(1 for c in segment if unicodedata.category(c) not in ("Mn", "Mc"))

#: Words a section label ends on ("City News", "Community News", "Sport").
SECTION_WORDS = frozenset({
    "news", "sport", "sports", "opinion", "business", "politics", "world", "culture", "life",
    "lifestyle", "tech", "technology", "science", "health", "travel", "money", "entertainment",
    "arts", "food", "reviews", "features", "analysis", "weather", "education", "environment",
    "motoring", "property", "obituaries", "comment", "editorial", "letters", "updates",
    "finance", "markets", "economy", "local", "national", "international", "nieuws",
    "actualités", "noticias", "notizie", "notícias", "nachrichten", "wiadomości", "haberler",
    # sports a sports desk files under, and their compounds ("Rugby Union")
    "football", "soccer", "cricket", "rugby", "rugby union", "rugby league", "tennis", "golf",
    "cycling", "athletics", "basketball", "baseball", "hockey", "boxing", "motorsport",
    "racing", "formula one", "nfl", "nba", "afl", "nrl"})
#: The first item of a trail: the site's home page, in the languages of the word tables.
HOME_WORDS = frozenset({
    "home", "start", "accueil", "inicio", "portada", "início", "startseite", "home page",
    "homepage", "strona główna", "ana sayfa", "beranda", "hem", "forside", "forsiden",
    "etusivu", "ホーム", "トップ", "홈", "首页", "首頁", "thuis", "voorpagina",
    "startsida", "startside", "startpagina", "página inicial", "pagina iniziale",
    "strona startowa", "úvodní stránka", "kezdőoldal", "トップページ",
    # The home page of the thirteenth set's languages and their neighbours
    "αρχική", "หน้าแรก", "domov", "domů", "úvod", "sākums", "pagrindinis", "avaleht",
    "forsíða", "inici", "početna", "почетна", "начало", "главная", "головна", "kezdőlap",
    "acasă", "anasayfa", "trang chủ", "utama", "laman utama", "होम", "মূলপাতা", "হোম",
    "முகப்பு", "خانه", "صفحه اصلی", "الرئيسية", "ہوم", "صفحہ اول", "דף הבית", "nyumbani", "mwanzo",
    # A forum's index, the first item of its trail in phpBB's and its neighbours' packs
    # ("Strona główna forum ‹ Warzywnik", "Board index › Gardening").
    "board index", "forum index", "strona główna forum", "foren-übersicht",
    "forum-übersicht", "index du forum", "índice general", "índice del foro",
    "indice del forum", "forumoverzicht", "список форумов", "forum ana sayfası",
    "forumindex", "fórumok listája", "seznam fór"})
# -- the words of a site's menu --------------------------------------------------------------

#: The words and short phrases site menus are made of, in some fifty languages: the home
#: page and the contact page, the desks of a newspaper, the sections of a blog, a shop, a
#: municipal site, a Q&A site, a recipe or travel site, and the account and search links
#: ("News Sport Opinion Jobs", "Inicio Reseñas Guías Contacto", "หน้าแรก ข่าว กีฬา"). No
#: single word is chrome; a line made mostly of them, in the page's head, is a menu.
#: Written from sites' menus at large, one group a language (casefolded when read).
_NAV_GROUPS = (
    # English: a newspaper's desks, a magazine's, a blog's, a shop's, a council's, a Q&A site's
    "home|homepage|home page|front page|start|news|latest|latest news|breaking news|local|"
    "local news|national|world|world news|international|uk|us|u.s.|region|regions|politics|"
    "business|economy|finance|money|markets|personal finance|opinion|opinions|comment|"
    "editorial|editorials|letters|letters to the editor|columns|columnists|analysis|sport|"
    "sports|football|soccer|cricket|rugby|tennis|golf|basketball|baseball|hockey|motorsport|"
    "racing|athletics|boxing|gaa|results|fixtures|scores|live scores|tables|transfers|"
    "culture|arts|entertainment|music|film|films|movies|tv|television|tv & radio|books|"
    "theatre|celebrity|lifestyle|life|living|style|fashion|beauty|health|wellness|fitness|"
    "food|food & drink|food and drink|recipes|cooking|drinks|breakfast|lunch|dinner|"
    "desserts|baking|snacks|vegetarian|vegan|travel|destinations|hotels|tech|technology|"
    "science|gaming|games|puzzles|crosswords|crossword|cars|motoring|motors|autos|property|"
    "real estate|homes|homes & gardens|garden|gardening|education|schools|universities|"
    "exams|admissions|courses|jobs|careers|career advice|post a job|classifieds|notices|"
    "public notices|deaths|obituaries|death notices|family notices|announcements|events|"
    "what's on|listings|weather|forecast|radar|maps|air quality|traffic|environment|"
    "climate|video|videos|photos|pictures|gallery|galleries|podcast|podcasts|episodes|"
    "radio|live|newsletter|newsletters|e-paper|epaper|e-edition|digital edition|archive|"
    "archives|subscribe|subscriptions|shop|store|deals|offers|sale|gifts|brands|"
    "accessories|new arrivals|reviews|guides|how to|how-to|tips|blog|forum|forums|"
    "community|about|about us|contact|contact us|help|faq|faqs|support|search|log in|"
    "login|sign in|sign up|register|my account|account|cart|basket|advertise|services|"
    "products|pricing|resources|docs|documentation|downloads|download|projects|portfolio|"
    "questions|tags|users|unanswered|ask question|badges|companies|categories|topics|"
    "popular|trending|most read|features|interviews|magazine|horoscope|horoscopes|family|"
    "parenting|pets|religion|faith|agriculture|farming|crime|courts|residents|housing|"
    "waste|bins|recycling|bins and recycling|parking|permits|planning|council tax|"
    "benefits|leisure|transport|roads|your council|report it|guests|support us|"
    "jump to recipe|print recipe|premier league|champions league|la liga|serie a|"
    "bundesliga|ligue 1|nba|nfl|formula 1|f1",
    # German
    "startseite|aktuell|aktuelles|nachrichten|politik|wirtschaft|finanzen|geld|börse|"
    "fußball|kultur|panorama|gesellschaft|wissen|wissenschaft|gesundheit|reise|reisen|"
    "auto|mobilität|digital|technik|leben|stil|meinung|kommentar|kommentare|leserbriefe|"
    "lokales|lokal|welt|ausland|inland|deutschland|wetter|verkehr|fotos|bilder|"
    "bildergalerien|termine|veranstaltungen|freizeit|immobilien|stellenangebote|karriere|"
    "anzeigen|traueranzeigen|trauer|kleinanzeigen|service|kontakt|impressum|über uns|suche|"
    "anmelden|einloggen|registrieren|abo|abonnement|hilfe|rezepte|essen|trinken|themen|"
    "bürgerservice|rathaus|wohnen|bauen|abfall|parken|familie|bildung|tourismus|"
    "verwaltung|presse|produkte|angebote|marken|neuheiten|zubehör|warenkorb|mein konto",
    # French
    "accueil|actualités|actualité|actu|infos|politique|économie|monde|france|régions|"
    "région|société|loisirs|sorties|cinéma|musique|livres|santé|sciences|high-tech|"
    "environnement|planète|météo|vidéos|vidéo|débats|idées|tribunes|éditorial|"
    "courrier des lecteurs|emploi|emplois|immobilier|annonces|petites annonces|"
    "avis de décès|nécrologie|agenda|événements|voyage|voyages|recettes|cuisine|"
    "automobile|mode|beauté|maison|famille|éducation|nous contacter|à propos|"
    "qui sommes-nous|recherche|rechercher|connexion|se connecter|s'abonner|abonnement|"
    "inscription|mon compte|panier|boutique|aide|démarches|mairie|vie municipale|déchets|"
    "stationnement|urbanisme|jeux|nouveautés|promotions|soldes|marques|accessoires|"
    "tests|guides d'achat|bons plans",
    # Spanish
    "inicio|portada|noticias|actualidad|última hora|política|economía|mundo|internacional|"
    "nacional|regional|sociedad|deportes|fútbol|cultura|espectáculos|entretenimiento|cine|"
    "música|tecnología|ciencia|salud|vida|estilo|estilo de vida|gente|opinión|columnas|"
    "cartas|clima|tiempo|el tiempo|galerías|empleo|empleos|bolsa de trabajo|inmobiliaria|"
    "clasificados|esquelas|obituarios|necrológicas|eventos|viajes|turismo|gastronomía|"
    "recetas|cocina|motor|coches|moda|belleza|hogar|educación|contáctanos|contactanos|"
    "quiénes somos|nosotros|sobre nosotros|acerca de|buscar|búsqueda|iniciar sesión|"
    "ingresar|entrar|registrarse|regístrate|suscríbete|suscripción|mi cuenta|carrito|"
    "tienda|ofertas|promociones|reseñas|guías|comparativas|análisis|foro|ayuda|"
    "preguntas frecuentes|servicios|trámites|sede electrónica|ayuntamiento|novedades|"
    "marcas|accesorios|rebajas",
    # Portuguese
    "início|página inicial|notícias|últimas|últimas notícias|economia|brasil|portugal|país|"
    "sociedade|cidades|esportes|esporte|desporto|futebol|entretenimento|cinema|tecnologia|"
    "ciência|saúde|opinião|colunas|colunistas|tempo|vídeos|galerias|empregos|emprego|"
    "imóveis|classificados|obituário|necrologia|viagem|turismo|receitas|culinária|carros|"
    "beleza|casa|educação|fale conosco|contacte-nos|quem somos|sobre|sobre nós|pesquisar|"
    "pesquisa|busca|cadastre-se|assine|assinatura|minha conta|carrinho|loja|promoções|"
    "análises|guias|fórum|serviços|acessórios",
    # Italian
    "notizie|cronaca|politica|esteri|italia|interni|regione|calcio|spettacoli|musica|"
    "scienza|benessere|viaggi|motori|donna|ricette|opinioni|commenti|editoriale|lettere|"
    "foto|lavoro|annunci|necrologi|eventi|ambiente|scuola|contatti|contattaci|chi siamo|"
    "cerca|ricerca|accedi|registrati|abbonati|abbonamenti|carrello|negozio|offerte|"
    "recensioni|guide|aiuto|servizi|comune|rifiuti|novità|marchi|accessori|saldi",
    # Dutch
    "voorpagina|nieuws|binnenland|buitenland|politiek|economie|financiën|voetbal|cultuur|"
    "media|wetenschap|gezondheid|wonen|opinie|brieven|weer|het weer|verkeer|video's|"
    "foto's|vacatures|werken bij|werk|woningen|advertenties|familieberichten|"
    "overlijdensberichten|evenementen|uitgaan|reizen|koken|recepten|onderwijs|over ons|"
    "zoeken|inloggen|registreren|aanmelden|abonneren|mijn account|winkelwagen|winkel|"
    "aanbiedingen|veelgestelde vragen|diensten|producten|loket|gemeente|afval|parkeren|"
    "vergunningen|bestuur|bestuur en organisatie|zorg|zorg en welzijn|ondernemen|bouwen|"
    "werk en inkomen|direct regelen|melding doen|nieuw|merken|accessoires|"
    "uitverkoop",
    # Swedish, Norwegian, Danish
    "hem|startsida|forside|forsiden|nyheter|nyheder|nytt|inrikes|utrikes|innenriks|"
    "utenriks|indland|udland|politikk|ekonomi|økonomi|næringsliv|erhverv|sporten|fotboll|"
    "fotball|fodbold|nöje|underholdning|musik|musikk|teknik|teknologi|vetenskap|videnskab|"
    "hälsa|helse|sundhed|livsstil|resor|rejser|debatt|debat|ledare|leder|meninger|"
    "mening|åsikt|insändare|väder|vær|vejr|trafik|trafikk|videoer|billeder|poddar|podkast|"
    "podcaster|jobb|job|lediga jobb|ledige stillinger|bostad|bolig|eiendom|annonser|"
    "annoncer|dödsannonser|minnesord|dødsfall|dødsannonser|evenemang|arrangementer|"
    "kalender|program|billetter|biljetter|mat|oppskrifter|opskrifter|recept|bil|"
    "utbildning|utdanning|uddannelse|om oss|om os|om|sök|søk|søg|logga in|logg inn|"
    "log ind|bli medlem|registrera|prenumerera|abonner|min sida|min side|varukorg|"
    "handlekurv|kurv|butik|butikk|erbjudanden|tilbud|recensioner|anmeldelser|guider|blogg|"
    "hjälp|hjelp|hjælp|kundeservice|kundtjänst|tjenester|tjänster|kommune|kommun|utleie|"
    "udlejning|nyhetsbrev|nyhedsbrev",
    # Finnish, Estonian, Latvian, Lithuanian
    "etusivu|uutiset|kotimaa|ulkomaat|politiikka|talous|urheilu|kulttuuri|viihde|tiede|"
    "terveys|elämä|matkailu|matkat|mielipide|mielipiteet|pääkirjoitus|sää|liikenne|videot|"
    "kuvat|podcastit|työpaikat|asunnot|ilmoitukset|kuolinilmoitukset|tapahtumat|menot|"
    "ruoka|reseptit|autot|koulutus|tietoa meistä|meistä|haku|hae|kirjaudu|kirjaudu sisään|"
    "rekisteröidy|tilaa|ostoskori|kauppa|tarjoukset|arvostelut|blogi|palvelut|asiointi|"
    "avaleht|uudised|eesti|majandus|kultuur|ilm|arvamus|meist|otsi|logi sisse|"
    "sākums|ziņas|sports|kultūra|laikapstākļi|par mums|meklēt|pieteikties|"
    "pagrindinis|naujienos|sportas|orai|apie mus|paieška|prisijungti",
    # Polish, Czech, Slovak
    "strona główna|wiadomości|aktualności|kraj|świat|polityka|gospodarka|biznes|finanse|"
    "pieniądze|piłka nożna|rozrywka|nauka|technologie|zdrowie|styl życia|podróże|"
    "motoryzacja|opinie|komentarze|publicystyka|pogoda|wideo|filmy|zdjęcia|galerie|"
    "podcasty|praca|oferty pracy|nieruchomości|ogłoszenia|nekrologi|wydarzenia|imprezy|"
    "kalendarz|przepisy|kuchnia|edukacja|o nas|szukaj|wyszukaj|zaloguj|zaloguj się|"
    "zarejestruj|zarejestruj się|subskrybuj|prenumerata|moje konto|koszyk|sklep|promocje|"
    "recenzje|poradniki|pomoc|usługi|urząd|nowości|akcesoria|wyprzedaż|"
    "úvod|domů|titulní strana|zprávy|správy|domácí|zahraničí|zahraničie|ekonomika|byznys|"
    "finance|šport|fotbal|futbal|kultura|zábava|věda|veda|zdraví|zdravie|cestování|"
    "cestovanie|názory|komentáře|počasí|počasie|videa|fotky|práce|práca|reality|inzerce|"
    "inzercia|akce|podujatia|recepty|móda|vzdělávání|o nás|hledat|vyhledávání|hľadať|"
    "přihlásit|prihlásiť|přihlášení|registrace|registrácia|předplatné|predplatné|košík|"
    "obchod|e-shop|recenze|recenzie|fórum|nápověda|služby|novinky|značky|příslušenství|"
    "doplnky",
    # Hungarian, Romanian
    "címlap|főoldal|hírek|belföld|külföld|gazdaság|foci|kultúra|szórakozás|tudomány|"
    "egészség|életmód|utazás|vélemény|időjárás|videó|videók|fotók|galéria|állás|állások|"
    "ingatlan|apróhirdetés|hirdetések|gyászhírek|programok|események|receptek|autó|divat|"
    "oktatás|rólunk|keresés|belépés|bejelentkezés|regisztráció|előfizetés|fiókom|kosár|"
    "webshop|bolt|akciók|akció|újdonságok|márkák|kiegészítők|tesztek|súgó|segítség|"
    "szolgáltatások|ügyintézés|gyik|"
    "acasă|prima pagină|știri|actualitate|politică|externe|internațional|fotbal|cultură|"
    "divertisment|monden|tehnologie|știință|sănătate|călătorii|opinii|vremea|galerii|"
    "locuri de muncă|joburi|imobiliare|anunțuri|mica publicitate|evenimente|rețete|modă|"
    "educație|despre noi|caută|căutare|autentificare|conectare|contul meu|coș|magazin|"
    "oferte|promoții|recenzii|ghiduri|ajutor|servicii|noutăți|mărci|accesorii",
    # Russian, Ukrainian, Bulgarian, Serbian, Croatian, Slovenian
    "главная|новости|политика|экономика|бизнес|финансы|общество|в мире|мир|россия|регион|"
    "регионы|происшествия|спорт|футбол|культура|развлечения|наука|технологии|здоровье|"
    "путешествия|авто|мнения|колонки|погода|видео|фото|подкасты|работа|вакансии|"
    "недвижимость|объявления|афиша|события|мероприятия|рецепты|мода|образование|о нас|"
    "о проекте|поиск|войти|вход|регистрация|подписка|подписаться|личный кабинет|корзина|"
    "магазин|акции|скидки|обзоры|блог|форум|помощь|справка|услуги|купить|снять|продать|"
    "новостройки|ипотека|каталог|доставка|избранное|"
    "головна|новини|політика|економіка|бізнес|фінанси|суспільство|світ|україна|регіони|"
    "події|розваги|технології|здоров'я|подорожі|думки|погляди|відео|подкасти|подкаст|"
    "епізоди|випуски|робота|вакансії|нерухомість|оголошення|афіша|заходи|освіта|про нас|"
    "про проєкт|пошук|увійти|реєстрація|підписатися|підтримати|кошик|знижки|"
    "огляди|допомога|послуги|"
    "начало|икономика|свят|здраве|времето|снимки|за нас|търсене|почетна|вести|свет|о нама|"
    "претрага|пријава|početna|vijesti|vesti|novice|gospodarstvo|ekonomija|svijet|svet|"
    "zdravlje|zdravje|vrijeme|vreme|o nama|pretraga|iskanje|prijava|registracija|oglasi|"
    "posao|nekretnine|nepremičnine",
    # Greek, Turkish
    "αρχική|ειδήσεις|επικαιρότητα|πολιτική|οικονομία|κόσμος|ελλάδα|κοινωνία|αθλητικά|σπορ|"
    "ποδόσφαιρο|πολιτισμός|ψυχαγωγία|τεχνολογία|επιστήμη|υγεία|ταξίδια|απόψεις|γνώμη|"
    "καιρός|βίντεο|φωτογραφίες|εργασία|ακίνητα|αγγελίες|εκδηλώσεις|συνταγές|αυτοκίνητο|"
    "μόδα|εκπαίδευση|επικοινωνία|σχετικά|ποιοι είμαστε|αναζήτηση|σύνδεση|είσοδος|εγγραφή|"
    "συνδρομή|καλάθι|κατάστημα|προσφορές|"
    "ana sayfa|anasayfa|gündem|haberler|son dakika|siyaset|ekonomi|dünya|türkiye|yerel|"
    "spor|futbol|basketbol|voleybol|transfer|canlı skor|puan durumu|fikstür|kültür|"
    "kültür sanat|sanat|magazin|yaşam|teknoloji|bilim|sağlık|seyahat|otomobil|yazarlar|"
    "köşe yazıları|görüş|hava durumu|foto galeri|galeri|iş ilanları|kariyer|emlak|ilanlar|"
    "vefat|etkinlikler|tarifler|yemek|eğitim|iletişim|hakkımızda|hakkında|ara|arama|giriş|"
    "giriş yap|üye ol|kayıt ol|abone ol|hesabım|sepet|sepetim|mağaza|kampanyalar|"
    "fırsatlar|incelemeler|rehber|yardım|sss|hizmetler",
    # Arabic, Persian, Hebrew, Urdu
    "الرئيسية|الصفحة الرئيسية|أخبار|الأخبار|سياسة|اقتصاد|رياضة|الرياضة|ثقافة|فن|فنون|"
    "منوعات|تكنولوجيا|تقنية|علوم|صحة|سياحة|سفر|رأي|مقالات|آراء|الطقس|فيديو|صور|بودكاست|"
    "وظائف|عقارات|إعلانات|وفيات|فعاليات|وصفات|مطبخ|سيارات|موضة|تعليم|اتصل بنا|تواصل معنا|"
    "من نحن|بحث|تسجيل الدخول|دخول|تسجيل|اشترك|حسابي|السلة|المتجر|عروض|مدونة|منتدى|مساعدة|"
    "خدمات|محليات|دولي|العالم|"
    "خانه|صفحه اصلی|اخبار|سیاسی|سیاست|اقتصادی|اقتصاد|ورزشی|ورزش|فرهنگی|فرهنگ|هنری|"
    "اجتماعی|بین‌الملل|جهان|علمی|فناوری|سلامت|گردشگری|یادداشت|دیدگاه|ویدیو|ویدئو|عکس|"
    "پادکست|استخدام|آگهی|املاک|رویدادها|آشپزی|خودرو|آموزش|درباره ما|جستجو|ورود|ثبت نام|"
    "عضویت|سبد خرید|فروشگاه|وبلاگ|انجمن|راهنما|"
    "ראשי|חדשות|פוליטיקה|כלכלה|ספורט|תרבות|בידור|טכנולוגיה|מדע|בריאות|תיירות|דעות|"
    "מזג אוויר|וידאו|סרטונים|תמונות|פודקאסטים|דרושים|משרות|לוח|אירועים|מתכונים|אוכל|רכב|"
    "אופנה|חינוך|אודות|מי אנחנו|חיפוש|התחברות|הרשמה|מינוי|עגלה|חנות|מבצעים|בלוג|פורום|"
    "עזרה|שירותים|"
    "صفحہ اول|خبریں|پاکستان|دنیا|کھیل|شوبز|کاروبار|صحت|ٹیکنالوجی|کالم|ویڈیو|رابطہ|"
    "ہمارے بارے میں|تلاش|ہوم|ویڈیوز|تصاویر|بلاگ|پوڈکاسٹ|پوڈکاسٹس|اقساط|سائن ان|سائن اِن|"
    "لاگ ان|رجسٹر|",
    # Hindi, Bengali, Tamil
    "मुख्य पृष्ठ|समाचार|ख़बरें|खबरें|न्यूज़|देश|विदेश|दुनिया|राजनीति|राज्य|शहर|बिज़नेस|बिजनेस|"
    "व्यापार|खेल|क्रिकेट|मनोरंजन|बॉलीवुड|टेक|टेक्नोलॉजी|विज्ञान|स्वास्थ्य|सेहत|लाइफस्टाइल|"
    "जीवनशैली|यात्रा|धर्म|ज्योतिष|राशिफल|ऑटो|शिक्षा|करियर|नौकरी|नौकरियां|रोज़गार|परीक्षा|"
    "परिणाम|रिजल्ट|प्रवेश|विश्वविद्यालय|वीडियो|फोटो|तस्वीरें|पॉडकास्ट|मौसम|विचार|राय|"
    "ओपिनियन|संपादकीय|संपर्क करें|हमारे बारे में|खोजें|खोज|लॉगिन|साइन इन|रजिस्टर|सदस्यता|"
    "ब्लॉग|"
    "প্রচ্ছদ|সংবাদ|খবর|জাতীয়|আন্তর্জাতিক|রাজনীতি|অর্থনীতি|খেলা|বিনোদন|প্রযুক্তি|"
    "স্বাস্থ্য|মতামত|ভিডিও|ছবি|চাকরি|শিক্ষা|যোগাযোগ|আমাদের সম্পর্কে|অনুসন্ধান|লগইন|"
    "সারাদেশ|বাণিজ্য|লাইফস্টাইল|"
    "செய்திகள்|இந்தியா|உலகம்|அரசியல்|விளையாட்டு|சினிமா|வணிகம்|தொழில்நுட்பம்|"
    "ஆரோக்கியம்|வீடியோ|புகைப்படங்கள்|தொடர்புக்கு",
    # Thai, Vietnamese
    "หน้าหลัก|ข่าว|ข่าวล่าสุด|การเมือง|เศรษฐกิจ|ธุรกิจ|กีฬา|ฟุตบอล|บันเทิง|ต่างประเทศ|"
    "ในประเทศ|ภูมิภาค|สังคม|เทคโนโลยี|ไอที|วิทยาศาสตร์|สุขภาพ|ไลฟ์สไตล์|ท่องเที่ยว|อาหาร|"
    "ความคิดเห็น|บทความ|คอลัมน์|พยากรณ์อากาศ|สภาพอากาศ|ฝุ่น|pm2.5|เรดาร์|แผนที่|"
    "วิดีโอ|คลิป|รูปภาพ|แกลเลอรี่|พอดแคสต์|สมัครงาน|อสังหาริมทรัพย์|ประกาศ|กิจกรรม|"
    "อีเวนต์|สูตรอาหาร|ยานยนต์|รถยนต์|แฟชั่น|การศึกษา|เกี่ยวกับเรา|ค้นหา|เข้าสู่ระบบ|"
    "สมัครสมาชิก|ตะกร้าสินค้า|ร้านค้า|โปรโมชั่น|รีวิว|บล็อก|กระทู้|ช่วยเหลือ|บริการ|ดูดวง|หวย|"
    "tin tức|thời sự|chính trị|kinh doanh|kinh tế|tài chính|thế giới|xã hội|pháp luật|"
    "thể thao|bóng đá|văn hóa|giải trí|công nghệ|khoa học|sức khỏe|đời sống|du lịch|"
    "điểm đến|ẩm thực|khách sạn|kinh nghiệm|góc nhìn|ý kiến|thời tiết|ảnh|hình ảnh|"
    "việc làm|tuyển dụng|bất động sản|rao vặt|sự kiện|xe|ô tô|xe máy|thời trang|giáo dục|"
    "giới thiệu|về chúng tôi|tìm kiếm|đăng nhập|đăng ký|giỏ hàng|cửa hàng|khuyến mãi|"
    "đánh giá|diễn đàn|trợ giúp|dịch vụ",
    # Indonesian, Malay, Filipino, Swahili
    "halaman utama|berita|terkini|nasional|internasional|dunia|politik|ekonomi|bisnis|"
    "perniagaan|olahraga|sukan|sepak bola|bola|hiburan|gaya hidup|teknologi|tekno|sains|"
    "kesehatan|kesihatan|wisata|pelancongan|makanan|kuliner|resep|resipi|opini|pendapat|"
    "cuaca|galeri|lowongan|kerjaya|karier|properti|hartanah|iklan|acara|otomotif|fesyen|"
    "pendidikan|hubungi|kontak kami|tentang kami|tentang|cari|carian|masuk|log masuk|"
    "daftar|langganan|troli|keranjang|kedai|toko|promo|ulasan|panduan|bantuan|layanan|"
    "perkhidmatan|daerah|nusantara|"
    "balita|bansa|palakasan|libangan|opinyon|panahon|"
    "habari|kitaifa|kimataifa|siasa|biashara|michezo|burudani|teknolojia|afya|maoni|"
    "hali ya hewa|picha|ajira|nafasi za kazi|matangazo|matukio|kuhusu sisi|kuhusu|tafuta|"
    "ingia|jisajili|duka|makala",
    # Chinese, Japanese, Korean
    "新闻|新聞|要闻|要聞|国内|國內|国际|國際|财经|財經|经济|經濟|政治|社会|社會|体育|體育|"
    "娱乐|娛樂|文化|科技|健康|旅游|旅遊|美食|汽车|汽車|房产|房產|教育|时尚|時尚|军事|軍事|"
    "评论|評論|观点|觀點|天气|天氣|视频|視頻|影音|图片|圖片|直播|招聘|活动|活動|游戏|遊戲|"
    "博客|论坛|論壇|关于我们|關於我們|聯繫我們|搜索|搜尋|登录|登入|注册|註冊|购物车|商城|"
    "本地|港聞|两岸|兩岸|专题|專題|目的地|攻略|酒店|游记|遊記|社区|社區|"
    "ニュース|海外|経済|ビジネス|スポーツ|エンタメ|芸能|ライフ|暮らし|くらし|"
    "テクノロジー|科学|旅行|グルメ|レシピ|天気|動画|写真|ポッドキャスト|求人|不動産|"
    "イベント|コラム|オピニオン|社説|会社概要|検索|ログイン|新規登録|会員登録|カート|"
    "ショップ|ブログ|よくある質問|ヘルプ|サービス|地域|新規会員登録|無料会員登録|マイページ|"
    "ログアウト|トップページ|国内|国際|"
    # a wiki's links and tabs (MediaWiki's Japanese and Chinese interface)
    "メインページ|おまかせ表示|最近の更新|アカウント作成|特別ページ|記事|ノート|閲覧|編集|"
    "ソースを編集|履歴表示|随机页面|最近更改|创建账户|条目|讨论|阅读|编辑|查看历史|"
    "뉴스|정치|경제|사회|국제|문화|스포츠|연예|라이프|생활|건강|여행|과학|오피니언|사설|"
    "칼럼|날씨|영상|동영상|포토|사진|채용|부동산|이벤트|레시피|자동차|교육|회사소개|소개|"
    "검색|로그인|회원가입|장바구니|쇼핑|블로그|커뮤니티|고객센터|지역",
    # The sections of an organisation's, a broadcaster's and a video or podcast site's menu
    # in English (a charity, a museum, a public radio station, a video platform)
    "about|about us|visit|learn|get involved|support us|support|donate|give|membership|"
    "become a member|volunteer|what we do|who we are|our work|our story|resources|projects|"
    "publications|research|press|media|press releases|newsroom|programs|programmes|"
    "collections|exhibitions|shop|store|podcasts|podcast|episodes|hosts|shows|schedule|"
    "listen|listen live|watch|watch live|live|video|videos|photos|gallery|trending|"
    "subscriptions|library|explore|categories|awards|reviews|guides|deals|offers|"
    "comparisons|forum|forums|new posts|members|faq|help|search|log in|login|sign in|"
    "register|sign up|subscribe|my account|account|cart|basket|contact|contact us",
    # More Romance menus: an Italian recipe blog's courses, Catalan and Galician desks, a
    # Spanish and Portuguese agenda's, a French event and video site's
    "primi|secondi|primi piatti|secondi piatti|antipasti|contorni|dolci|lievitati|pane|"
    "pizza|torte|biscotti|menu|menù|menu delle feste|ricette veloci|ricette light|"
    "conserve|bevande|cocktail|"
    "inici|portada|notícies|actualitat|política|economia|societat|cultura|esports|opinió|"
    "món|internacional|comarques|agenda|música|teatre|cinema|exposicions|fires|"
    "fires i festes|festes|festivals|infants|famílies|gastronomia|turisme|vídeos|fotos|"
    "el temps|contacte|qui som|cerca|cercar|salut|ciència|tecnologia|esdeveniments|"
    "activitats|concerts|dansa|llibres|"
    "novas|actualidade|sociedade|deportes|opinión|concellos|axenda|"
    "últimas noticias|última hora|internacional|españa|economía|cultura|sociedad|"
    "deportes|opinión|tribuna|conciertos|teatro|exposiciones|niños|ferias|fiestas|"
    "agenda cultural|eventos|espectáculos|"
    "concerts|théâtre|expositions|enfants|festivals|sorties|spectacles|tendances|"
    "abonnements|bibliothèque|chaînes|émissions|épisodes|balados",
    # Basque, Icelandic, Albanian, Maltese, Welsh, Irish
    "hasiera|albisteak|berriak|azken berriak|politika|ekonomia|gizartea|kultura|kirolak|"
    "iritzia|mundua|euskal herria|futbola|pilota|txirrindularitza|saskibaloia|"
    "arraunketa|eskubaloia|mendia|eguraldia|bideoak|argazkiak|agenda|musika|zinema|"
    "antzerkia|liburuak|harremanetarako|kontaktua|bilatu|sartu|"
    "forsíða|fréttir|innlent|erlent|íþróttir|viðskipti|menning|skoðun|veður|spár|kort|"
    "viðvaranir|jarðskjálftar|sjólag|færð|færð á vegum|myndbönd|myndir|fólk|tækni|"
    "heilsa|ferðalög|matur|bílar|störf|um okkur|hafa samband|leit|innskráning|"
    "kryefaqja|ballina|lajme|lajmet|politikë|politika|ekonomi|ekonomia|sport|kulturë|"
    "kultura|bota|rajoni|shëndetësi|shëndeti|teknologji|turizëm|opinion|opinione|kronikë|"
    "aktualitet|showbiz|moti|kontakt|rreth nesh|kërko|hyr|shoqëri|shqipëri|kosovë|"
    "aħbarijiet|politika|sport|kultura|opinjoni|"
    "newyddion|chwaraeon|gwleidyddiaeth|busnes|diwylliant|barn|cysylltu|chwilio|"
    "nuacht|spórt|polaitíocht|gnó|cultúr|tuairimí|teagmháil|cuardaigh",
    # Baltic and Slavic menus beyond a newspaper's desks: an event guide's, a shop's, a
    # video platform's, a podcast site's
    "sākumlapa|jaunumi|latvijā|pasaulē|ekonomika|bizness|politika|izklaide|viedokļi|"
    "veselība|tehnoloģijas|dzīvesstils|ceļojumi|video|foto|kontakti|ienākt|"
    "reģistrēties|grozs|akcijas|preces|kategorijas|virtuves tehnika|sadzīves tehnika|"
    "mazā sadzīves tehnika|veļas mašīnas|ledusskapji|televizori|datori|telefoni|"
    "piegāde|veikali|pasākumi|koncerti|teātris|izstādes|bērniem|"
    "pradžia|lietuvoje|pasaulyje|verslas|ekonomika|pramogos|nuomonės|sveikata|mokslas|"
    "technologijos|gyvenimo būdas|kelionės|nuotraukos|renginiai|koncertai|teatras|"
    "parodos|vaikams|mugės|festivaliai|kinas|kontaktai|registruotis|krepšelis|akcijos|"
    "uudised|sport|arvamus|kultuur|elu|tervis|reisid|ilm|sündmused|kontaktid|"
    "domov|úvod|trendy|kategórie|kategorie|odbery|odběry|knižnica|knihovna|podcasty|"
    "pořady|relácie|archiv|archív|epizody|epizódy|moderátoři|kontakty|bydlení|bývanie|"
    "auto|cestování|video|krimi|regiony|regióny|"
    "novice|slovenija|svet|gospodarstvo|šport|kultura|zabava|mnenja|vreme|forum|"
    "vijesti|hrvatska|svijet|gospodarstvo|sport|kultura|zabava|mišljenja|vrijeme|"
    "forum|teme|članovi|nove teme|prijava|registracija|pretraži|iskanje|"
    "вести|новости|общество|экономика|политика|спорт|культура|мнения|видео|фото|"
    "погода|контакты|о нас|поиск|войти|регистрация|форум|"
    "новини|суспільство|економіка|політика|культура|думки|погода|контакти|пошук|увійти",
    # The sections of a job board's, a weather service's, a travel guide's and a podcast's
    # menu across Europe ("Locuri de muncă Companii Salarii Sfaturi carieră Pentru
    # angajatori", "Sää Tutka Varoitukset Kartat", "Προορισμοί Νησιά Οδηγοί Προσφορές",
    # "Avsnitt Om podden Kontakt Stöd oss")
    "companies|salaries|career advice|for employers|employers|find jobs|warnings|alerts|"
    "weather alerts|weather warnings|snow report|islands|about the podcast|about the show|"
    "companii|firme|salarii|sfaturi carieră|pentru angajatori|angajatori|destinații|"
    "insule|hărți|avertizări|radar|episoade|"
    "tutka|varoitukset|kartat|ennuste|ennusteet|lumitilanne|jaksot|yritykset|palkat|"
    "työnantajille|kohteet|oppaat|tue meitä|"
    "avsnitt|episoder|om podden|om podcasten|stöd oss|støtt oss|støt os|företag|bedrifter|"
    "virksomheder|löner|lønn|løn|för arbetsgivare|for arbeidsgivere|varningar|farevarsler|"
    "kartor|prognos|resmål|reisemål|rejsemål|"
    "προορισμοί|νησιά|ορεινά|γαστρονομία|οδηγοί|διαμονή|ξενοδοχεία|επεισόδια|χάρτες|"
    "ραντάρ|προειδοποιήσεις|εταιρείες|μισθοί|θέσεις εργασίας|παραλίες|εκδρομές|"
    "cégek|fizetések|karrier|munkaadóknak|figyelmeztetések|térképek|úticélok|szigetek|"
    "epizódok|"
    "firmy|zarobki|wynagrodzenia|porady|dla pracodawców|ostrzeżenia|mapy|kierunki|wyspy|"
    "odcinki|przewodniki|wesprzyj nas|platy|pro zaměstnavatele|výstrahy|destinace|ostrovy|"
    "díly|průvodce|"
    "unternehmen|firmen|gehälter|karrieretipps|für arbeitgeber|arbeitgeber|warnungen|"
    "unwetterwarnungen|karten|vorhersage|reiseziele|inseln|folgen|episoden|ratgeber|"
    "entreprises|salaires|recruteurs|employeurs|vigilance|alertes|cartes|prévisions|"
    "destinations|îles|soutenez-nous|"
    "empresas|salarios|alertas|avisos|mapas|previsión|pronóstico|destinos|islas|episodios|"
    "apóyanos|aziende|stipendi|allerte|mappe|previsioni|destinazioni|isole|episodi|"
    "sostienici|salários|previsão|ilhas|episódios|"
    "bedrijven|salarissen|voor werkgevers|werkgevers|waarschuwingen|kaarten|bestemmingen|"
    "eilanden|afleveringen|steun ons|"
    "şirketler|maaşlar|işverenler|uyarılar|haritalar|adalar|bölümler",
    # African and South Asian menus: Hausa, Yoruba, Amharic, Afrikaans, Somali, Nepali,
    # Marathi, Tamil, Telugu, Malayalam, Gujarati, Punjabi, Urdu
    "gida|labarai|siyasa|kasuwanci|wasanni|nishadi|lafiya|duniya|najeriya|afirka|"
    "ra'ayi|bidiyo|hotuna|tuntube mu|game da mu|nema|"
    "iroyin|ìròyìn|oselu|ìṣèlú|ere idaraya|eré ìdárayá|"
    "ዜና|ፖለቲካ|ኢኮኖሚ|ስፖርት|መዝናኛ|"
    "tuis|nuus|sport|sake|vermaak|leefstyl|meningsbriewe|weer|kontak|oor ons|soek|"
    "wararka|siyaasadda|dhaqaalaha|ciyaaraha|"
    "गृहपृष्ठ|मुख्य पृष्ठ|समाचार|राजनीति|अर्थ|अर्थतन्त्र|खेलकुद|मनोरञ्जन|विचार|"
    "प्रदेश|विश्व|प्रविधि|स्वास्थ्य|शिक्षा|जीवनशैली|भिडियो|फोटो|सम्पर्क|हाम्रोबारे|"
    "हाम्रो बारेमा|एपिसोडहरू|होस्टहरू|पोडकास्ट|खोज्नुहोस्|लगइन|"
    "मुख्यपृष्ठ|बातम्या|महाराष्ट्र|राजकारण|क्रीडा|मनोरंजन|अर्थकारण|व्हिडिओ|संपर्क|"
    "முகப்பு|விமர்சனம்|விமர்சனங்கள்|நேர்காணல்|ஓடிடி|கேலரி|தமிழகம்|ஆன்மிகம்|ஜோதிடம்|"
    "கல்வி|வேலைவாய்ப்பு|வர்த்தகம்|கருத்து|தலையங்கம்|"
    "హోమ్|వార్తలు|రాజకీయాలు|క్రీడలు|సినిమా|వ్యాపారం|"
    "ഹോം|വാർത്ത|വാർത്തകൾ|കേരളം|ദേശീയം|രാഷ്ട്രീയം|കായികം|സിനിമ|"
    "હોમ|સમાચાર|ગુજરાત|રાજનીતિ|રમતગમત|મનોરંજન|"
    "ਮੁੱਖ ਪੰਨਾ|ਖ਼ਬਰਾਂ|ਪੰਜਾਬ|ਖੇਡਾਂ|ਮਨੋਰੰਜਨ|"
    "صفحہ اول|خبریں|پاکستان|سیاست|کھیل|کاروبار|تفریح|رائے",
    # The menus of a university's site (studies, research, student life), a travel blog's
    # (destinations, itineraries, tips), a sports portal's (its sports and leagues) and a
    # podcast app's (home, popular, categories, new episodes), in the common languages.
    "formations|formation|études|recherche|vie étudiante|vie de campus|campus|admissions|"
    "admission|inscriptions|bibliothèque|médias|presse|facultés|studium und lehre|forschung|"
    "lehre|studienangebot|internationales|campusleben|studentenleben|estudios|investigación|"
    "admisión|vida universitaria|vida estudiantil|oferta académica|ensino|pesquisa|extensão|"
    "graduação|pós-graduação|vida acadêmica|vida académica|didattica|ricerca|"
    "internazionale|vita studentesca|ateneo|iscrizioni|opleidingen|onderzoek|studeren|"
    "studentenleven|studia|rekrutacja|badania|życie studenckie|studenci|kandydaci|výzkum|"
    "studentský život|uchazeči|képzések|kutatás|felvételi|araştırma|öğrenci yaşamı|"
    "aday öğrenciler|обучение|наука|абитуриентам|студентам|research|study|study with us|"
    "students|student life|alumni|faculties|departments|undergraduate|postgraduate|"
    "international|"
    "destinazioni|itinerari|borghi|consigli di viaggio|weekend|destinations|itineraries|"
    "trip ideas|travel tips|destinos|itinerarios|consejos de viaje|escapadas|roteiros|"
    "dicas de viagem|reiseziele|routen|reisetipps|ausflüge|bestemmingen|reistips|kierunki|"
    "trasy|porady|destinasyonlar|rotalar|gezi rehberi|vize rehberi|yurt içi|yurt dışı|"
    "hakkımda|itinéraires|conseils voyage|escapades|"
    "siatkówka|żużel|koszykówka|piłka ręczna|lekkoatletyka|sporty walki|hokej|tenis|"
    "żeglarstwo|kolarstwo|volleyball|volley|vôlei|voleibol|pallavolo|volleybal|volejbal|"
    "röplabda|voleybol|волейбол|speedway|handball|balonmano|andebol|handebol|pallamano|"
    "handbal|házená|kézilabda|hentbol|гандбол|baloncesto|basquete|basquetebol|"
    "pallacanestro|basket|basketbal|kosárlabda|basketbol|баскетбол|futsal|mma|esports|"
    "e-sports|série a|série b|mercado da bola|colunistas|ekstraklasa|"
    "인기|카테고리|신규 에피소드|에피소드|최신|전체|추천|랭킹|구독|라이브|공지사항|"
    "探索|排行榜|分類|分类|热门|熱門|推荐|推薦|最新|订阅|訂閱|節目|节目|"
    "ランキング|カテゴリ|カテゴリー|新着|人気|おすすめ|番組",
)
#: Every word and phrase of the table, casefolded, with the home and contact pages'.
NAV_WORDS = frozenset(w.casefold() for group in _NAV_GROUPS for w in group.split("|")) \
    | HOME_WORDS | CONTACT_WORDS
_NAV_PHRASE_WORDS = max(len(w.split()) for w in NAV_WORDS)
#: Small words that join the words of one item ("Wonen en leven", "Food & Drink", "Post
#: a job"): lower case inside an item, they are neither a menu's word nor its evidence.
_NAV_JOINERS = frozenset({
    "&", "and", "a", "an", "the", "of", "to", "in", "on", "for", "up", "en", "et", "und",
    "y", "e", "i", "og", "och", "ja", "és", "și", "şi", "и", "і", "та", "ve", "dan", "và",
    "na", "de", "da", "do", "du", "la", "le", "el", "del", "di", "der", "die", "das", "van",
    "het", "af", "av", "z", "w", "з", "в", "на"})
#: A menu on one line with single spaces: three to fourteen words, three items or more of
#: the table, and at least this share of its words the table's.
_NAV_MENU_WORDS = (3, 14)
#: A longer menu (a newspaper's full row of desks: "News Local Crime Politics Sports Prep
#: Zone Business Food & Drink Opinion Obituaries Puzzles e-Edition") is one when this
#: many of its items, holding this share of its words or more, are the table's.
_LONG_NAV_MENU = (24, 6, 0.75)
_NAV_MENU_ITEMS = 3
_NAV_MENU_SHARE = 0.6
#: A menu's line holds no sentence punctuation and none of the marks that join the items of
#: a trail or a row (those are other tests').
_NAV_PUNCT = LazyPattern(r"[,;:!?…\"“”()\[\]|·•/>»›<«]")
#: A number in a menu's item ("1. Lig", a second division).
_NAV_NUMBER = LazyPattern(r"\d{1,2}\.?")


#: The about page may end a menu as a question: "… Recettes Vie de famille Qui suis-je ?".
_ABOUT_QUESTIONS = frozenset({
    "who am i", "who are we", "qui suis-je", "qui sommes-nous", "wer bin ich",
    "wer sind wir", "quién soy", "quiénes somos", "chi sono", "chi siamo", "quem sou eu",
    "quem somos", "wie ben ik", "wie zijn wij", "kim jestem", "kim jesteśmy"})
_ABOUT_QUESTION = LazyPattern(r"\s((?:¿)?\S+(?:\s\S+){0,2})\s?\?$")


def _about_question(text: str) -> str:
    """The about page asked as a question at the end of ``text`` ("Qui suis-je ?"), with
    the space before it, or ''.

    >>> _about_question("Accueil Recettes Qui suis-je ?"), _about_question("Why me?")
    (' Qui suis-je ?', '')
    """
    if not text.endswith(("?", "？", "؟")):
        return ""  # (the cheap test first: almost no line ends on a question mark)
    match = _ABOUT_QUESTION.search(text)
    if not match:
        return ""
    for start in range(len(match.group(1))):
        if (start == 0 or match.group(1)[start - 1] == " ") \
                and match.group(1)[start:].lstrip("¿").casefold() in _ABOUT_QUESTIONS \
                and match.group(1)[start:][:1].isupper() | (match.group(1)[start:][:1] == "¿"):
            return text[match.start(1) + start - 1:]
    return ""


def nav_items(text: str) -> tuple[list[str], int, int] | None:
    """The items of ``text`` read as a menu on the navigation table (a phrase of the table
    and the lower-case or joining words after it, or a word the table lacks), the number
    of them that are the table's, and the share of its words (in hundredths) the table
    holds, read greedily (the longest phrase first); None when the line cannot be a
    menu: punctuation, a word ending like a sentence, two words or more in lower case
    that neither start an item of the table nor join words.

    >>> nav_items("Home Wonen en leven Afval Werk en inkomen Contact")
    (['Home', 'Wonen en leven', 'Afval', 'Werk en inkomen', 'Contact'], 5, 77)
    >>> nav_items("Sport news and jobs in the region"), nav_items("Home, news.")
    (None, None)
    """
    about = _about_question(text)
    if about:
        text = text[:-len(about)]  # "… Vie de famille Qui suis-je ?": the about page
    if _NAV_PUNCT.search(text):
        return None
    words = text.split()
    items: list[str] = []
    known = nav = other = lower = 0
    if about:
        parsed = nav_items(text) if words else None
        if parsed is None:
            return None
        n = len(about.split())
        return parsed[0] + [about.strip()], parsed[1] + 1, \
            100 * (parsed[2] * len(words) + 100 * n) // (100 * (len(words) + n))
    i = 0
    while i < len(words):
        n = next((n for n in range(min(_NAV_PHRASE_WORDS, len(words) - i), 0, -1)
                  if " ".join(words[i:i + n]).replace("İ", "i").casefold() in NAV_WORDS), 0)
        first = words[i][:1]
        if n and (first.isupper() or _caseless(first) or first.isdigit()):
            items.append(" ".join(words[i:i + n]))
            known += 1
            nav += n
            i += n
            continue
        word = words[i]
        i += 1
        joining = word in _NAV_JOINERS or first.islower()
        if items and joining:
            items[-1] += " " + word  # "Wonen en leven": the item goes on
        else:
            items.append(word)
        if word in _NAV_JOINERS or _NAV_NUMBER.fullmatch(word):
            other += word in _NAV_JOINERS
            continue
        if word.endswith("."):
            return None
        other += 1
        lower += first.islower()
        if lower > 1:
            return None
    return (items, known, 100 * nav // (nav + other)) if nav + other else None


def nav_menu(text: str) -> bool:
    """True when ``text`` reads as a site's menu printed with single spaces: three to
    fourteen words, the first capitalised (or of a script without capitals), three items
    of the navigation table or more, holding three fifths of its words or more.

    >>> nav_menu("Ana Sayfa Süper Lig 1. Lig Transfer Basketbol Voleybol Canlı Skor")
    True
    >>> nav_menu("World Cup Football Results and Video Highlights")
    False
    """
    words = text.split()
    if not _NAV_MENU_WORDS[0] <= len(words) <= _LONG_NAV_MENU[0] \
            or not (words[0][:1].isupper() or _caseless(words[0][:1])):
        return False
    parsed = nav_items(text)
    if len(words) > _NAV_MENU_WORDS[1]:
        return parsed is not None and parsed[1] >= _LONG_NAV_MENU[1] \
            and parsed[2] >= 100 * _LONG_NAV_MENU[2]
    return parsed is not None and parsed[1] >= _NAV_MENU_ITEMS \
        and parsed[2] >= 100 * _NAV_MENU_SHARE


def nav_line(text: str) -> bool:
    """True when every word of ``text`` is the navigation table's, item by item, perhaps
    joined by bars or dots: a search or log-in link, a section's name ("Zoeken", "Log in
    Sign up", "Jump to Recipe · Print Recipe").

    >>> nav_line("Log in Sign up"), nav_line("Log in to comment")
    (True, False)
    """
    parts = _JOINED_SPLIT.split(text.strip())
    for part in parts:
        parsed = nav_items(part)
        if parsed is None or parsed[2] < 100:
            return False
    return True



#: A menu on one line stands among the page's first lines, above its first line of prose.
_NAV_HEAD_LINES = 6
#: Under the menu, within this many lines, stands the headline; short lines of the head
#: (a live-stream or donate button, a section's label: three words or fewer) between them
#: do not count, up to this many.
_NAV_TO_HEADLINE, _NAV_HEAD_BUTTONS = 3, 3


def _question_headline(text: str) -> bool:
    """A headline asking a question: four to eleven words ending on a question mark
    ("एपिसोड ४२: … — फाइदा कि भार?"), not the article's first sentence."""
    return text.rstrip().endswith(("?", "？")) \
        and _HEADLINE_WORDS <= len(text.split()) < _PROSE_WORDS


def head_nav_menus(lines: list[Body]) -> list[Body]:
    """The menus printed on one line with single spaces (``nav_menu``) among the page's
    first six lines, above its first line of prose, with a longer line that is no menu
    (the headline, four words or more; a question of up to eleven words is a headline,
    not prose) within three lines under them, not counting up to three short lines
    (three words or fewer: "Listen Live", "Donate", "Local News"): a line of the table's
    words with the article's text right under it is the page's title."""
    prose = next((i for i, b in enumerate(lines)
                  if _article_line(b.text) and not _question_headline(b.text)), len(lines))
    found = []
    for i, body in enumerate(lines[:min(_NAV_HEAD_LINES, prose)]):
        if not nav_menu(body.text):
            continue
        counted = skipped = 0
        for b in lines[i + 1:prose]:
            words = len(b.text.split())
            # A Chinese or Japanese headline is one or two "words" long: it is told by its
            # characters (not a line of the table's words, not a trail).
            # A wiki's title, a word or a name of a few characters, stands right above the
            # article's first line ("雪華もち" over "雪華もち（せっかもち）は、…").
            cjk = _CJK.search(b.text) is not None and (
                _headline_like(b.text) or (b is lines[prose - 1] if prose < len(lines)
                                           else False) and " " not in b.text) \
                and not nav_line(b.text) and breadcrumb(b.text) is None
            if (words >= _HEADLINE_WORDS or cjk) and not nav_menu(b.text):
                found.append(body)
                break
            if words <= _LABEL_WORDS and skipped < _NAV_HEAD_BUTTONS:
                skipped += 1
                continue
            counted += 1
            if counted >= _NAV_TO_HEADLINE:
                break
    return found

#: A menu's own item repeated under it names the page's section: it may stand this many
#: lines under the menu (past a search box or a log-in link), above the headline.
_ECHO_UNDER_MENU = 3
#: Lines between the menu and the label are chrome: this many words at most, no prose.
_ECHO_CHROME_WORDS = 8
#: The menu holds this many items of the navigation table at least.
_ECHO_KNOWN_ITEMS = 2


def echoed_menus(lines: list[Body]) -> list[tuple[int, int]]:
    """The menus printed on one line with single spaces in any language that the page's
    section label repeats, as (menu, label) indexes: among the page's first six lines,
    above its first line of prose, a line of three to twenty-four words that parses as a
    menu (``nav_items``: no punctuation, the first word capitalised) with two items of the
    navigation table or more, and up to three lines under it (past chrome of eight words
    or fewer that is no prose) a label of one to three words that is one of its items
    ("Economía" under "Portada Cuencas Langreo … Economía Opinión …"), right above a
    headline longer than the label (a badge in capitals may stand between): the section
    named twice shows the row to be the site's menu, whatever the share of its words the
    table knows (town names, a site's own sections).

    >>> menu = "Portada Villaverde Ríoseco Deportes Economía Opinión Cultura Esquelas"
    >>> story = "La fábrica de envases anuncia su cierre y deja en el aire 85 empleos"
    >>> def head(*texts): return bodies(Document.from_text("\\n".join(texts) + "\\n"))
    >>> echoed_menus(head("El Diario", menu, "Economía", story, story + "."))
    [(1, 2)]
    >>> echoed_menus(head("El Diario", menu, "Opinión de un lector", story, story + "."))
    []
    """
    prose = next((i for i, b in enumerate(lines) if _article_line(b.text)), len(lines))
    found: list[tuple[int, int]] = []
    for m in range(min(_NAV_HEAD_LINES, prose)):
        text = lines[m].text
        words = text.split()
        if not _NAV_MENU_WORDS[0] <= len(words) <= _LONG_NAV_MENU[0] \
                or not (words[0][:1].isupper() or _caseless(words[0][:1])):
            continue
        parsed = nav_items(text)
        if parsed is None or parsed[1] < _ECHO_KNOWN_ITEMS:
            continue
        items = {item.casefold() for item in parsed[0]}
        for j in range(m + 1, min(m + 1 + _ECHO_UNDER_MENU, prose)):
            label = lines[j].text.strip()
            if label.casefold() in items and len(label.split()) <= _LABEL_WORDS \
                    and label.casefold() != parsed[0][0].casefold():
                k = j + 1
                if k < prose and lines[k].text.strip().isupper() \
                        and len(lines[k].text.split()) <= _LABEL_WORDS:
                    k += 1  # a badge: "DIRECTO", "EXCLUSIVA SUSCRIPTORES"
                title = lines[k].text if k < len(lines) else ""
                if k < prose and _headline_like(title) and len(title) > len(label) + 10:
                    found.append((m, j))
                break
            if is_prose_line(label) or len(label.split()) > _ECHO_CHROME_WORDS:
                break
    return found


#: A trail among the page's first lines shows the menu above it.
_TRAIL_MENU_LINES = 12
_TRAIL_MENU_WORDS = (3, 14)
#: A menu opening on the trail's first item and holding another may be this long (a
#: site's fifteen-word row of two-word sections: "Trang chủ Sao Việt Âm nhạc …").
_TRAIL_MENU_LONG = 20


def trail_menus(lines: list[Body]) -> list[Body]:
    """The lines above the page's breadcrumb trail (among its first twelve lines, above
    its first line of prose) that are the site's menu printed with single spaces in any
    language: ``trail_menu`` of a trail's segments (a trail from the home page may end on
    the article's title)."""
    span = article_span(lines)
    limit = min(_TRAIL_MENU_LINES, span[0] if span else len(lines))
    found: list[Body] = []
    for t in range(limit):
        segments = breadcrumb(lines[t].text) or titled_trail(lines[t].text)
        if segments:
            keys = [segment.casefold() for segment in segments]
            found += [body for body in lines[:t]
                      if body not in found and trail_menu(body.text, keys)]
    return found


#: A menu whose items all open on the site's name: three items or more, of two to four
#: words each with the name.
_PREFIXED_ITEMS, _PREFIXED_ITEM_WORDS = 3, 4


def prefixed_menu(text: str) -> list[str] | None:
    """The items of a menu whose every item opens on the same word, the site's brand
    ("ANB Home ANB News ANB Listen ANB Watch"), else None: three items or more of two to
    four capitalised words, no punctuation.

    >>> prefixed_menu("ANB Home ANB News ANB Listen ANB Watch ANB Kids")[:2]
    ['ANB Home', 'ANB News']
    >>> prefixed_menu("Rain Rain Go Away")
    """
    words = text.split()
    if not words or _NAV_PUNCT.search(text) or words.count(words[0]) < _PREFIXED_ITEMS:
        return None
    items: list[list[str]] = []
    for word in words:
        if word == words[0]:
            items.append([word])
        else:
            items[-1].append(word)
    if len(items) < _PREFIXED_ITEMS or not all(
            2 <= len(item) <= _PREFIXED_ITEM_WORDS
            and all(w[:1].isupper() or _caseless(w[:1]) for w in item) for item in items):
        return None
    return [" ".join(item) for item in items]


_ITEM_JOINER = LazyPattern(r"(?<=[^\W\d_])[·・](?=[^\W\d_])")


def trail_menu(text: str, trail: list[str]) -> bool:
    """True when ``text`` is a menu holding the trail under it: three to fourteen words,
    no punctuation, half of them capitalised or more (or of a script without capitals),
    opening on the trail's first item ("Ana Sayfa Yurt İçi Yurt Dışı …" over "Ana Sayfa »
    Yurt İçi » Kapadokya") or holding one of its other items as words of its own
    ("Actualité Faits divers Politique Sports Loisirs" over "Accueil > Sports >
    Football"); when the trail skips the home page, holding its first item anywhere
    ("Főoldal Labdarúgás Kézilabda …" over "Labdarúgás › Megyei bajnokság"). Items of
    several words in lower case after their first may leave two thirds of the words in
    lower case when the menu opens on the trail's first item and holds another ("Trang
    chủ Ứng dụng Trò chơi …" over "Trang chủ › Ứng dụng › Tài chính"). A menu that opens
    on the trail's first item and holds another may run to twenty words (sections of two
    words each: "Trang chủ Sao Việt Âm nhạc Điện ảnh Truyền hình …"). ``trail`` is
    casefolded.

    >>> trail_menu("Actualité Faits divers Politique Sports Loisirs", ["accueil", "sports"])
    True
    >>> trail_menu("Sports minister resigns over stadium deal", ["accueil", "sports"])
    False
    >>> trail_menu("Accueil Bébé Recettes Vie de famille Qui suis-je ?", ["accueil", "bébé"])
    True
    """
    about = _about_question(text)
    if about:  # the about page asked as a question ends the menu: "… Qui suis-je ?"
        text = text[:-len(about)] + " " + about.strip(" ¿?")
    words = text.split()
    line = " " + " ".join(words).casefold() + " "
    opens = line.startswith(" " + trail[0] + " ")
    held = any(" " + item + " " in line for item in trail[1:])
    # A middle dot between letters joins an item's two names ("복지·건강", "Kultur·Freizeit").
    # A longer row (sections of two words each) holds the trail's first item and another.
    longest = _TRAIL_MENU_LONG if opens and held else _TRAIL_MENU_WORDS[1]
    if not _TRAIL_MENU_WORDS[0] <= len(words) <= longest \
            or _NAV_PUNCT.search(_ITEM_JOINER.sub("", text)) or text.rstrip().endswith(_TERMINAL) \
            or not (words[0][:1].isupper() or _caseless(words[0][:1])):
        return False
    capitals = sum(w[:1].isupper() or _caseless(w[:1]) or w[:1].isdigit() for w in words)
    if 2 * capitals < len(words) + 1:
        # Items of several words written in lower case after their first ("Mes démarches
        # Tarifs et factures …", "Trang chủ Ứng dụng Trò chơi …"): a third capitalised is
        # enough when the menu opens on the trail's first item and holds another one.
        return opens and held and 3 * capitals >= len(words)
    # A trail that does not open on the home page opens on a section of the menu, which
    # may stand anywhere in it ("Főoldal Labdarúgás Kézilabda …" over "Labdarúgás ›
    # Megyei bajnokság").
    return opens or held or (trail[0] not in HOME_WORDS and " " + trail[0] + " " in line)


#: How far down the page a trail that starts at the home page may stand (under a date,
#: a reading time, the headline).
_HOME_TRAIL_LINES = 4
#: A trail of this many segments may stand anywhere among the page's first lines, above
#: the article's first sentence.
_LONG_TRAIL, _LONG_TRAIL_LINES = 3, 14
_TITLE_MAX_CHARS = 120


def titled_trail(text: str) -> list[str] | None:
    """The segments of a trail from the home page whose last segment is the article's
    title (any words, digits too), else None.

    >>> titled_trail("Startseite > Regionalliga > 31. Spieltag: Rheinhafen – Lohberg 2:2")
    ['Startseite', 'Regionalliga', '31. Spieltag: Rheinhafen – Lohberg 2:2']
    >>> titled_trail("Prices > 4% in April > May")
    >>> titled_trail("Home > 31. Spieltag > Rheinhafen – Lohberg 2:2")
    ['Home', '31. Spieltag', 'Rheinhafen – Lohberg 2:2']
    >>> titled_trail('Home > Shows "Night Shift" > Episode 48')
    ['Home', 'Shows "Night Shift"', 'Episode 48']
    >>> titled_trail('Home > He said "no." > Episode 48')
    """
    parts = _crumb_split(text.strip())
    segments, marks = parts[0::2], set(parts[1::2])
    if len(segments) < _LONG_TRAIL or len(marks) != 1 or segments[0].lower() not in HOME_WORDS \
            or len(segments[-1]) > _TITLE_MAX_CHARS or segments[-1].endswith(_TERMINAL):
        return None
    middle = segments[1:-1]
    return segments if all(1 <= len(m.split()) <= _LABEL_WORDS + 1
                           and _crumb_chars(m) <= _CRUMB_SEGMENT_MAX_CHARS
                           and not _unquoted(m).endswith(_TERMINAL) for m in middle) else None


def _unquoted(segment: str) -> str:
    """``segment`` without the quotation mark that closes a name quoted in it (a show's,
    a series': 'Shows "Night Shift"'): a name, not a sentence's end."""
    if segment[-1:] in ('"', "”", "»") and any(q in segment[:-1] for q in ('"', "“", "«")):
        return segment[:-1]
    return segment
_LABEL_WORDS = 3
#: The last item of a date archive's trail: a year, perhaps after a month ("2024",
#: "April 2024", "März 2025").
_ARCHIVE_ITEM = LazyPattern(r"(?:[^\W\d_]{3,10}\.?\s+)?(?:19|20)\d{2}")


def dated_trail(text: str) -> list[str] | None:
    """The segments of a trail of three items or more whose last item is a year or a
    month and year (a date archive: "Events > Cebu City > April 2024"), the others a
    trail's, else None.

    >>> dated_trail("Events > Cebu City > April 2024"), dated_trail("Home > News > 2024")
    (['Events', 'Cebu City', 'April 2024'], ['Home', 'News', '2024'])
    >>> dated_trail("Prices > Rents > up 4% in 2024"), dated_trail("News > 2024")
    (None, None)
    """
    parts = _crumb_split(text.strip())
    if len(parts) < 2 * _LONG_TRAIL - 1 or _ARCHIVE_ITEM.fullmatch(parts[-1]) is None:
        return None
    segments = breadcrumb(" ".join(parts[:-2]))  # the same mark throughout: breadcrumb's
    return [*segments, parts[-1]] if segments is not None and parts[-2] == parts[1] else None


def breadcrumb(text: str) -> list[str] | None:
    """The segments of ``text`` when it is a breadcrumb trail, else None: two to five
    segments of one to three words, each starting with a capital letter, joined by one
    separator mark (">", "»", "›", "‹", "/", "|") with spaces around it; no digits (but an
    age range ending a segment: "Дети 1–7") and no sentence punctuation anywhere
    (Hebrew's gershayim typed as an ASCII quote, 'נדל"ן', is a letter); a segment's
    length counts no vowel signs.

    >>> breadcrumb("Accueil > Sport > Football"), breadcrumb("A / B testing")
    (['Accueil', 'Sport', 'Football'], None)
    >>> breadcrumb("Prices rose 4% in April / May"), breadcrumb("Home > Away ratios fell.")
    (None, None)
    >>> breadcrumb("Acasă › Joburi › Financiar / Contabilitate › Cluj-Napoca")
    ['Acasă', 'Joburi', 'Financiar / Contabilitate', 'Cluj-Napoca']
    """
    parts = _crumb_split(text)
    segments, marks = parts[0::2], set(parts[1::2])
    if len(marks) == 2 and "/" in marks:  # "Financiar / Contabilitate": one item of two names
        mark = next(m for m in marks if m != "/")
        segments, marks = [p.strip() for p in text.split(f" {mark} ")], {mark}
    if not _CRUMB_SEGMENTS[0] <= len(segments) <= _CRUMB_SEGMENTS[1] or len(marks) != 1:
        return None
    for segment in segments:
        # A home page of one sign ("홈 > 구정소식 > 고시·공고") is a trail's first item.
        if ((len(segment) < 2 and segment.lower() not in HOME_WORDS)
                or _crumb_chars(segment) > _CRUMB_SEGMENT_MAX_CHARS
                or not (segment[0].isupper() or _caseless(segment[0]))
                or _CRUMB_SEGMENT.fullmatch(_GERSHAYIM.sub("״", segment)) is None):
            return None
    return segments


#: A trail's label: a few words and a colon ("You are here:", "U bent hier:", "Sie sind
#: hier:").
_TRAIL_LABEL = LazyPattern(r"[^\W\d_](?:[^\W\d_]|['’ -]){0,30}:\s+")
_TRAIL_LABEL_WORDS = 4


def labelled_trail(text: str) -> list[str] | None:
    """The segments of a trail from the home page printed after a short label of its own
    ("U bent hier: Home > Nieuws > Mededelingen"), else None: the label (four words at
    most, no digits) is dropped, and what follows must be a breadcrumb whose first
    segment is the home page.

    >>> labelled_trail("You are here: Home > News > Notices")
    ['Home', 'News', 'Notices']
    >>> labelled_trail("Update: Sport > Football"), labelled_trail("Home > News")
    (None, None)
    """
    label = _TRAIL_LABEL.match(text.strip())
    if label is None or len(label.group().split()) > _TRAIL_LABEL_WORDS:
        return None
    segments = breadcrumb(text.strip()[label.end():])
    return segments if segments is not None and segments[0].lower() in HOME_WORDS else None


def _caseless(char: str) -> bool:
    """A letter of a script without capitals ("経", "음"): it starts a segment as a capital
    would. Georgian's Mkhedruli letters count too: Unicode reads them as lower case (its
    capitals, Mtavruli, are kept for titles in capitals), but Georgian text is written
    without capitals.

    >>> _caseless("経"), _caseless("ქ"), _caseless("a"), _caseless("Ქ")
    (True, True, False, False)
    """
    return char.isalpha() and (not char.isupper() and not char.islower()
                               or "\u10d0" <= char <= "\u10ff")


def is_section_label(text: str) -> bool:
    """True when ``text`` could be a site section's label: one to three words, in capitals
    ("CITY NEWS", "OPINION"), or capitalised and ending on a section word ("Community
    News", "University News").

    >>> is_section_label("CITY NEWS"), is_section_label("Community News")
    (True, True)
    >>> is_section_label("Storm Warnings"), is_section_label("A")
    (False, False)
    """
    words = text.split()
    if not 1 <= len(words) <= _LABEL_WORDS or any(not w.isalpha() for w in words):
        return False
    if text.isupper() and len(text) >= 3:
        return True
    return all(w[0].isupper() for w in words) and (
        words[-1].lower() in SECTION_WORDS or text.lower() in SECTION_WORDS)


#: How far under the site's menu row a trail or a section label may stand (under a
#: search box or a banner).
_UNDER_NAV = 2
_NAV_LINES = 6


def _nav_row(lines: list[Body]) -> int:
    """The index of the last menu row (BOIL009's one-line menu, or items joined by bars
    or middle dots) among the page's first lines, or -1."""
    rows = [i for i, b in enumerate(lines[:_NAV_LINES])
            if row_items(b.text) is not None or joined_row(b.text)]
    return rows[-1] if rows else -1


#: A site's menu printed on one line with bars or dots between its items: "News | Local |
#: Sports | e-Edition", "Health · Space · Earth & Climate".
_JOINED_SPLIT = LazyPattern(r"\s+[|·•]\s+")
_JOINED_ITEM = LazyPattern(r"(?:[^\W\d_a-zß-ÿ]|[ei]-?[A-Z])[^\s.,;:!?…\"“”()\[\]|·•]*"
                           r"(?: [^\s.,;:!?…\"“”()\[\]|·•]+){0,3}")


def joined_row(text: str) -> bool:
    """True when ``text`` is four or more menu items joined by spaced bars or dots.

    >>> joined_row("News | Local | Sports | e-Edition"), joined_row("Ferries | The long wait")
    (True, False)
    """
    items = _JOINED_SPLIT.split(text)
    return len(items) >= 4 and all(len(i) <= _ROW_ITEM_MAX_CHARS and _JOINED_ITEM.fullmatch(i)
                                   for i in items)


def _label_under_nav(lines: list[Body], nav: int) -> Body | None:
    """A section label under the site's menu row: a menu item ("Local News", "Premier
    League", "Provincia") right under it (or under one banner line holding a colon) and
    above a headline that has text under it; a live badge or a date line may stand
    between label and headline."""
    for j in range(nav + 1, min(nav + _UNDER_NAV + 2, len(lines))):
        if any(is_prose_line(b.text) or (len(b.text.split()) > _BANNER_WORDS
                                         and ":" not in b.text) for b in lines[nav + 1:j]):
            return None  # text, not chrome, between the menu row and the label
        label = lines[j]
        if (not is_menu_item(label.text) or len(label.text.split()) > _LABEL_WORDS
                or not any(c.isalpha() for c in label.text)  # a date line, not a label
                or _BYLINE_START.match(label.text)):  # "Por Ana Lima": a byline
            continue
        k = j + 1
        while k < len(lines) and k <= j + 2 and (_short_meta(lines[k].text)
                                                 or lines[k].text in _BADGES):
            k += 1
        if k + 1 < len(lines) and looks_like_headline(lines[k].text, 20) \
                and len(lines[k].text.split()) >= len(label.text.split()) + 2 \
                and not (_FIELD.match(lines[k].text) and _FIELD.match(lines[k + 1].text)):
            return label
    return None


#: A notice's field: one word and a colon ("Betroffen: Nordviertel, …", "Aktualisiert:
#: 14.01.2025"). Two of them under a short line make that line the notice's title, not
#: a section label above a headline.
_FIELD = LazyPattern(r"[^\W\d_]+:\s")


#: Lines of chrome (a subscribe prompt, "Sign in") may stand between the menu row and the
#: label; a line longer than this is text, unless a colon makes it a banner ("WEATHER
#: ALERT: …").
_BANNER_WORDS = 10

#: Badges that may stand between a section label and the headline.
_BADGES = frozenset({"LIVE", "Live", "BREAKING", "EXCLUSIVE", "UPDATED", "WATCH", "VIDEO"})


#: A short line: a date or a time, a weather widget ("Thunder Bay -3°C Cloudy").
_SHORT_META_WORDS = 8


def _short_meta(text: str) -> bool:
    """A short line with a digit (a date or a time) may stand between label and headline."""
    return len(text.split()) <= _SHORT_META_WORDS and any(c.isdigit() for c in text)


def head_chrome(lines: list[Body]) -> Iterator[tuple[Body, str, list[str]]]:
    """``_head_chrome``'s trails and labels, and under a trail the section label that
    repeats one of its items past the first ("Necrologia" under "Início › Necrologia",
    "어르신복지" under "홈 > 복지·건강 > 어르신복지 > 병원동행 서비스") above a headline."""
    index = {id(b): i for i, b in enumerate(lines)}
    seen: set[int] = set()
    found = list(_head_chrome(lines))
    for body, kind, segments in found:
        seen.add(index[id(body)])
        yield body, kind, segments
    for i, segments in _row_held_trails(lines):
        if i not in seen:
            seen.add(i)
            found.append((lines[i], "breadcrumb", segments))
            yield lines[i], "breadcrumb", segments
    for _, j in echoed_menus(lines):
        if j not in seen:
            seen.add(j)
            yield lines[j], "section label", [lines[j].text]
    for body, kind, segments in found:
        i = index[id(body)] + 1
        if kind != "breadcrumb" or i in seen or i + 2 >= len(lines):
            continue
        label, title = lines[i].text.strip().casefold(), lines[i + 1].text.strip()
        # The trail's last item repeated is a section's name only when it is one word (of
        # a script without spaces, a short one): a longer one is the page's own title
        # ("Monitoring and Evaluation Officer", a show's "下班後的經濟學").
        last = len(label.split()) == 1 and len(_CJK.findall(label)) <= _CJK_LABEL_CHARS
        if any(label == s.casefold() for s in segments[1:None if last else -1]) \
                and (looks_like_headline(title, 25) or _headline_like(title)
                     or (_CJK.search(title) and not is_sentence(title))) \
                and len(title) > len(label):
            seen.add(i)
            yield lines[i], "section label", [lines[i].text]


def _row_items(text: str) -> set[str]:
    """The items (casefolded) of a menu printed on one line with spaced bars or dots
    between them, or with wide gaps; empty when ``text`` is no such menu."""
    if joined_row(text):
        return {item.casefold() for item in _JOINED_SPLIT.split(text.strip())}
    return {item.casefold() for item in row_items(text) or []}


def row_trail(text: str, items: set[str]) -> list[str] | None:
    """The segments of a trail under a menu row whose ``items`` (casefolded) hold its
    first item, or its second after the home page whatever the language's word for it
    ("Kryefaqja > Shitje > Tiranë" under "Shitje | Qira | Projekte të reja | …"), else
    None: ``menu_trail``'s shape, its items in any script, with or without capitals.

    >>> row_trail("Diễn đàn › Xe máy › Tư vấn mua xe", {"trang chủ", "diễn đàn", "bài mới"})
    ['Diễn đàn', 'Xe máy', 'Tư vấn mua xe']
    >>> row_trail("Kryefaqja > Shitje > Tiranë", {"shitje", "qira"})
    ['Kryefaqja', 'Shitje', 'Tiranë']
    >>> row_trail("Shitje > Qira", {"projekte"}), row_trail("Kryefaqja > Shitje", {"shitje"})
    (None, None)
    """
    segments = _crumb_split(text.strip())[0::2]
    if len(segments) >= _LONG_TRAIL and segments[1].casefold() in items:
        items = items | {segments[0].casefold()}
    return menu_trail(text, items) if len(segments) <= _CRUMB_SEGMENTS[1] else None


def _row_held_trails(lines: list[Body]) -> Iterator[tuple[int, list[str]]]:
    """The trails above the article's first sentence that open on an item of a menu row
    at most five lines above them (``row_trail``), as (index, segments): the menu shows
    them to be the site's, whatever the language ("ໜ້າຫຼັກ > ການບໍລິການ > …" under
    "ໜ້າຫຼັກ | ກ່ຽວກັບພວກເຮົາ | ການບໍລິການ | …", "Futebol > Série B" under a menu with
    single spaces, "Futebol Brasileirão Série B …", past a log-in link and a banner)."""
    prose = next((i for i, b in enumerate(lines) if is_prose_line(b.text)), len(lines))
    index = {id(b): i for i, b in enumerate(lines)}
    for i in range(1, min(prose, _LONG_TRAIL_LINES, len(lines) - 1)):
        for menu in lines[max(0, i - _TRAIL_UNDER_MENU):i]:
            items = _row_items(menu.text)
            segments = row_trail(lines[i].text, items) if items else None
            if segments is None:
                keys = [s.casefold() for s in _crumb_split(lines[i].text.strip())[0::2]]
                # A menu printed with single spaces has no digits ("Se Kanal Vest Nytt
                # direkte kl. 18.30" is a promo), and no stamp stands between it and the
                # trail: under the article's stamps, "NTB / Kanal Vest" is a credit.
                between = lines[index[id(menu)] + 1:i]
                segments = (row_trail(lines[i].text, set(keys[:1]))
                            if len(keys) >= 2 and keys[0] not in HOME_WORDS
                            and not _DIGIT.search(menu.text)
                            and (_titles_trail(lines, i, between)
                                 or not any(_short_meta(b.text) and not _controls_row(b.text)
                                            for b in between))
                            and trail_menu(menu.text, keys) else None)
            if segments is not None:
                yield i, segments
                break


def _titles_trail(lines: list[Body], i: int, between: list[Body]) -> bool:
    """True when the trail at ``i`` stands right above the headline, the lines between
    the menu and the trail short ones (a date line, a weather widget, a search box), none
    a headline of five words or more: the site's stamps of the day above its trail, not
    the article's stamps above a credit ("NTB / Kanal Vest" under the headline)."""
    if i + 2 >= len(lines) or any(len(b.text.split()) > _SHORT_META_WORDS for b in between):
        return False
    title = lines[i + 1].text
    return not _short_meta(title) and looks_like_headline(title, 25) \
        and len(title.split()) > len(lines[i].text.split()) + 2 \
        and not any(len(b.text.split()) > _LABEL_WORDS + 1 and not _short_meta(b.text)
                    and looks_like_headline(b.text, 25) for b in between)


#: Two figures joined by a mark: a date or a time ("20·11·24", "13:58"), not a price.
_JOINED_FIGURES = LazyPattern(r"\d[./·:-]\d")


def _controls_row(text: str) -> bool:
    """True when ``text`` is a row of the site's controls joined by bars, the first a
    control of the navigation table, its figures no date or time: a log-in link beside a
    subscription's price ("Log in | Subscribe from $3/month") is no stamp of the article.

    >>> _controls_row("Log in | Subscribe from $3/month"), _controls_row("Sport | 12.01.2025")
    (True, False)
    >>> _controls_row("Oslo | 14 January 2025")
    False
    """
    parts = _JOINED_SPLIT.split(text.strip())
    return len(parts) >= 2 and nav_line(parts[0]) and not _JOINED_FIGURES.search(text)


def _head_chrome(lines: list[Body]) -> Iterator[tuple[Body, str, list[str]]]:
    """The breadcrumb (among the first two lines, or the first six when it starts at the
    home page, or above the first sentence under a menu holding one of its items) and
    the section label (the first line, or the second under a date line,
    above a headline) of a page, as (line, kind, segments)."""
    nav = _nav_row(lines)
    # A site's slogan of clipped phrases ("Technik verstehen. Besser kaufen.") is no prose.
    prose = next((i for i, b in enumerate(lines) if is_prose_line(b.text)
                  and not _slogan(b.text)), len(lines))
    # A trail from the home page may stand a few lines down, under a consent banner and
    # its buttons: as far as the test below lets it.
    found: list[str] | None = None  # the first trail yielded
    # The site's menu on one line, with wide gaps, bars or single spaces ("Início Região
    # Sociedade Justiça …"): a trail from the home page may stand anywhere under it.
    menu = next((i for i, b in enumerate(lines[:_NAV_LINES])
                 if row_items(b.text) is not None or joined_row(b.text) or nav_menu(b.text)), -1)
    for i, body in enumerate(lines[:max(_HOME_TRAIL_LINES + _UNDER_NAV, nav + _UNDER_NAV + 1,
                                        _LONG_TRAIL_LINES)]):
        segments = breadcrumb(body.text) or labelled_trail(body.text)
        if len(lines) <= i + 1:
            continue
        home = segments is not None and segments[0].lower() in HOME_WORDS
        if found is not None:
            # A line of controls read as a trail ("글자크기 + - | 인쇄"): the real trail,
            # from the home page, may follow under the menu, above the first sentence.
            if home and segments is not None and 0 <= menu < i < prose:
                yield body, "breadcrumb", segments
                found = segments
                break
            continue
        if i < prose:
            # Three segments or more above the article's first sentence are a trail
            # wherever the head puts it; so is one from the home page that ends on the
            # article's own title ("Início » Cidades » Prefeitura anuncia reforma …").
            long = segments if segments is not None else (titled_trail(body.text)
                                                          or dated_trail(body.text))
            if long is not None and len(long) >= _LONG_TRAIL and not (
                    i <= nav and (joined_row(body.text) or row_items(body.text))):
                yield body, "breadcrumb", long
                continue  # a menu row may read as a trail: the real trail may follow
        # A menu above that holds the trail from the home page ("Destinations Road Trips
        # Travel News Deals" over "Home › Travel News") is the site's, whatever its words.
        held = home and segments is not None and i < prose and any(
            trail_menu(b.text, [s.casefold() for s in segments]) for b in lines[:i])
        if segments is None or i >= _HOME_TRAIL_LINES + _UNDER_NAV and not 0 <= nav < i \
                and not (home and 0 <= menu < i < prose) and not held:
            continue
        above = lines[i - 1].text if i else ""
        # Under a headline or a line of text a trail may be a credit or a phrase; under a
        # site name, a date line, the site's menu row, or far down only when it starts at
        # the home page.
        # A trail from the home page may stand under the menu row, past a search box and
        # a subscription banner, as long as it is above the article's first sentence.
        if (i == 0 or (i == 1 and (len(above.split()) <= _LABEL_WORDS or _short_meta(above)))
                or (home and i < _HOME_TRAIL_LINES + _UNDER_NAV)
                or 0 <= nav < i <= nav + _UNDER_NAV or (home and 0 <= menu < i < prose) or held
                or (0 <= menu < i <= menu + _UNDER_NAV and i < prose
                    and _menu_holds(lines[menu].text, segments[0]))):
            yield body, "breadcrumb", segments
            if i != nav and not (i == 0 and len(segments) == 2 and " | " in body.text):
                # The menu row read as a trail: the real trail may follow; so may it under
                # a site name joined to its owner by a bar ("Help Centre | Northway Energy").
                if home:
                    break
                found = segments
    # A label may stand under the menu row or under the trail below it.
    trails = [i for i, b in enumerate(lines[:_NAV_LINES + _UNDER_NAV]) if i > nav >= 0
              and i <= nav + _UNDER_NAV and breadcrumb(b.text)]
    anchor = trails[-1] if trails else nav
    under_nav = _label_under_nav(lines, anchor) if anchor >= 0 else None
    if under_nav is not None:
        yield under_nav, "section label", [under_nav.text]
    elif nav < 0:
        yield from _under_head_menu(lines)
    caps = _caps_label(lines, nav) if nav >= 0 else None
    if caps is not None and caps is not under_nav:
        yield caps, "section label", [caps.text]
    first = 1 if len(lines) > 1 and _short_meta(lines[0].text) else 0
    label = lines[first] if len(lines) > first else None
    if len(lines) < first + 3 or label is None or not is_section_label(label.text):
        return
    rest = lines[first + 1:]
    # A heading in capitals under the label ("TOWN AND COUNTRY PLANNING ACT 1990" under
    # "WRENSFORD DISTRICT COUNCIL") is a notice's own head, not a date line nor a headline.
    if rest[0].text.isupper():
        return
    following = rest[0:2] if _short_meta(rest[0].text) else rest[0:1]
    title = following[-1]
    if len(following) == 2 and len(rest) < 3:
        return
    if looks_like_headline(title.text, 20) and len(title.text.split()) > len(label.text.split()) \
            and label is not under_nav:
        yield label, "section label", [label.text]


def _menu_holds(menu: str, item: str) -> bool:
    """True when the menu line ``menu`` holds ``item`` as words of its own: a trail under
    the menu that opens on one of its items ("Business / Companies" under "News Sport
    Business Opinion") is the page's, whatever its length.

    >>> _menu_holds("News Sport Business Opinion", "Business")
    True
    >>> _menu_holds("News Sport Business Opinion", "Bus")
    False
    """
    return f" {item.casefold()} " in f" {' '.join(menu.split()).casefold()} "


def _head_menus(lines: list[Body]) -> list[tuple[int, set[str]]]:
    """The menus printed down the page's head, as the index of each one's last line and
    its items (casefolded): runs of three menu items or more (BOIL009's) that end above
    the article's first line of prose, however far down (under a consent banner, a
    masthead, a long menu)."""
    span = article_span(lines)
    if span is None:
        return []
    index = {id(b): i for i, b in enumerate(lines)}
    menus = ((index[id(run[-1])], {b.text.casefold() for b in run})
             for run in menu_runs(lines, _ROW_MIN_ITEMS))
    return [(end, items) for end, items in menus if end < span[0]]


def menu_trail(text: str, items: set[str]) -> list[str] | None:
    """The segments of a trail that opens on an item of the menu above it ("Service
    updates › Route 38" under "Timetables / Service updates / Contact", "Help Centre ›
    Transfers › Problems with a transfer"), else None: two segments or more joined by
    one mark (not a bar), the first one of the menu's ``items`` (casefolded), those
    between short, the last one a title (digits allowed) that does not end like a
    sentence.

    >>> menu_trail("Service updates › Route 38", {"timetables", "service updates"})
    ['Service updates', 'Route 38']
    >>> menu_trail("Service updates › Route 38 is closed.", {"service updates"})
    """
    parts = _crumb_split(text.strip())
    segments, marks = parts[0::2], set(parts[1::2])
    # A bar joins a badge and a headline ("LIVE | Stormers v Bulls: …"), not a trail.
    if len(segments) < 2 or len(marks) != 1 or marks == {"|"} \
            or segments[0].casefold() not in items \
            or len(segments[-1]) > _TITLE_MAX_CHARS or segments[-1].endswith(_TERMINAL):
        return None
    return segments if all(1 <= len(m.split()) <= _LABEL_WORDS + 1
                           and _crumb_chars(m) <= _CRUMB_SEGMENT_MAX_CHARS
                           and not m.endswith(_TERMINAL) for m in segments[1:-1]) else None


#: A trail whose marks the scraper dropped is at most this many words long.
_MARKLESS_TRAIL_WORDS = 12


def markless_trail(text: str, items: set[str]) -> list[str] | None:
    """The home page, the menu's item and the rest of a trail printed without its marks
    ("Startsida Bygga, bo och miljö Gator och trafik Vägarbeten" under a menu holding
    "Bygga, bo och miljö"), else None: the home page's word first, then an item of the
    menu above (``items``, casefolded), then at most a few words that do not end like a
    sentence.

    >>> markless_trail("Home Bins and recycling Garden waste", {"bins and recycling"})
    ['Home', 'Bins and recycling', 'Garden waste']
    >>> markless_trail("Home Bins and recycling are closed today.", {"bins and recycling"})
    """
    words = text.split()
    if not 2 <= len(words) <= _MARKLESS_TRAIL_WORDS or text.rstrip().endswith(_TERMINAL):
        return None
    for n in (2, 1):
        if " ".join(words[:n]).casefold() not in HOME_WORDS:
            continue
        rest = " ".join(words[n:])
        item = next((it for it in sorted(items, key=len, reverse=True)
                     if rest.casefold() == it or rest.casefold().startswith(it + " ")), None)
        if item is not None:
            tail = rest[len(item):].strip()
            return [" ".join(words[:n]), rest[:len(item)]] + ([tail] if tail else [])
    return None


#: A consent banner: a line naming cookies ("This site uses cookies. By continuing …").
_COOKIE_LINE = LazyPattern(r"(?i)\bcookies?\b")
#: The buttons a consent banner may have under it ("OK", "Accept all", "Manage
#: preferences").
_CONSENT_BUTTONS = 2


def _past_consent(lines: list[Body], i: int) -> int:
    """The index past a consent banner standing at ``i`` and its buttons (one to three
    words each, two at most); ``i`` when no banner stands there."""
    if i >= len(lines) or _COOKIE_LINE.search(lines[i].text) is None \
            or len(lines[i].text.split()) <= _LABEL_WORDS:
        return i
    j = i + 1
    while j < min(i + 1 + _CONSENT_BUTTONS, len(lines)) and is_menu_item(lines[j].text) \
            and breadcrumb(lines[j].text) is None:
        j += 1
    return j


#: A service line in the page's head: a label, a colon and a phone number, perhaps with a
#: note in brackets ("Störung melden: 0800 7724 500 (kostenfrei, rund um die Uhr)",
#: "Emergencies: 0800 555 123").
_HOTLINE = LazyPattern(r"[^\W\d_][^\d:]{0,40}:\s*(?:\+\d{1,3}[ ]?|0|1-)\d[\d ()/-]{5,}\d"
                       r"(?:\s+\([^()]{1,60}\))?")


def _under_head_menu(lines: list[Body]) -> Iterator[tuple[Body, str, list[str]]]:
    """A trail on either of the two lines under a menu printed down the page's head
    ("Home › News › Council" under "News / Sport / Opinion"; under a version number or a
    service line with its phone number, not under the headline), and the section label
    under the trail, above the headline."""
    for end, items in _head_menus(lines):
        start = _past_consent(lines, end + 1)
        for i in range(start, min(start + _UNDER_NAV, len(lines) - 1)):
            hotline = i > start and _HOTLINE.fullmatch(lines[i - 1].text.strip()) is not None
            if i > start and not hotline and looks_like_headline(lines[i - 1].text, 20):
                break  # under the headline: a line of the article's head
            segments = (breadcrumb(lines[i].text) or titled_trail(lines[i].text)
                        or menu_trail(lines[i].text, items)
                        or markless_trail(lines[i].text, items))
            if segments is not None:
                for button in lines[end + 2:start]:  # the banner's own line is BOIL004's
                    yield button, "consent button", [button.text]
                if hotline:
                    yield lines[i - 1], "service line", [lines[i - 1].text]
                yield lines[i], "breadcrumb", segments
                label = _label_under_nav(lines, i)
                if label is not None:
                    yield label, "section label", [label.text]
                return


#: A section label set in capitals, its parts perhaps joined: "MIND & BRAIN", "THINGS TO
#: DO | DINING", "HIGH SCHOOL SPORTS".
_CAPS_LABEL = LazyPattern(r"[^\W\d_]+(?:\s+(?:[&|/]\s+)?[^\W\d_]+){0,4}")
_CAPS_LABEL_MAX_CHARS = 30


def _caps_label(lines: list[Body], nav: int) -> Body | None:
    """A label in capitals below the site's menu row (at ``nav``) among the page's first
    lines, right above a headline that has text under it, with no line of prose above
    it."""
    for i, body in enumerate(lines[nav + 1:_NAV_LINES + 2], nav + 1):
        if is_prose_line(body.text):
            return None
        text = body.text
        if not (text.isupper() and len(text) <= _CAPS_LABEL_MAX_CHARS
                and _CAPS_LABEL.fullmatch(text)) or i + 2 > len(lines) - 1:
            continue
        title = lines[i + 1].text
        if looks_like_headline(title, 25) and not title.isupper() and not _short_meta(title) \
                and len(title.split()) >= len(text.split()) + 2:
            return body
    return None


_HEADLINE = "Harbour bridge reopens after two years of repairs\n"
_MENU = "Home\nAbout\nSeed Swap\nContact\nMenu\n"
_CONSENT = ("We use cookies to give you the best experience. By continuing you agree to "
            "our use of cookies.\nAccept all\nManage preferences\n")
_LONG_MENU = ("The Harbour Herald\nSubscribe\nSign in\nNews\nSport\nBusiness\nOpinion\n"
              "Culture\nWeather\nTravel\nPodcasts\n")
_TWO = _STORY + _AFTER


@rule(
    code="BOIL011",
    name="breadcrumb",
    summary="A breadcrumb trail (\"Home » Sport » Football\") or a section label above the "
            "headline.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    # A trail of three or more items joined by bars is also BOIL004's row of page links.
    yields_to=("BOIL004",),
    cases=[
        Case("Accueil > Sport > Football\n" + _HEADLINE + _STORY, fires=True,
             fixed=_HEADLINE + _STORY, note="a French trail above the headline"),
        Case("Verkkonet\nOhjeet ja tuki\nHae ohjeista\nKirjaudu sisään\n"
             "Etusivu > Ohjeet ja tuki > Sähköposti\n" + _HEADLINE + _STORY, fires=True,
             fixed="Verkkonet\nOhjeet ja tuki\nHae ohjeista\nKirjaudu sisään\n" + _HEADLINE
             + _STORY, note="three items or more: a trail on any of the first lines"),
        Case("Startseite > Regionalliga > 31. Spieltag: Rheinhafen – Lohberg 2:2\n"
             + _HEADLINE + _STORY, fires=True, fixed=_HEADLINE + _STORY,
             note="a trail from the home page ending on the article's title"),
        Case(_STORY + "Fares > Costs > Wages\n" + _STORY, fires=False,
             note="below the article's first sentence"),
        Case("Strona główna / Wiadomości / Warszawa\n12.05.2025 07:45\n" + _HEADLINE + _STORY,
             fires=True, fixed="12.05.2025 07:45\n" + _HEADLINE + _STORY,
             note="a Polish trail joined by slashes"),
        Case("Reviews | Phones\n" + _HEADLINE + _STORY, fires=True, fixed=_HEADLINE + _STORY,
             note="two items joined by a bar"),
        Case("Home » Moda » Sfilate\n" + _HEADLINE + _STORY, fires=True,
             fixed=_HEADLINE + _STORY),
        Case("CITY NEWS\n" + _HEADLINE + _STORY, fires=True, fixed=_HEADLINE + _STORY,
             note="a section label in capitals above the headline"),
        Case("Community News\n" + _HEADLINE + _STORY, fires=True, fixed=_HEADLINE + _STORY,
             note="a capitalised section label ending on a section word"),
        Case("University News\n22 January 2025\n" + _HEADLINE + _STORY, fires=True,
             fixed="22 January 2025\n" + _HEADLINE + _STORY,
             note="a section label above a date and the headline"),
        Case("A / B testing: what the harbour app learned\n" + _STORY, fires=False,
             note="an 'A / B testing' headline"),
        Case("Home > Away ratios fell this season, the league said.\n" + _STORY, fires=False,
             note="a sentence with '>' in it"),
        Case("Home > Away ratios\n", fires=False, note="a one-line page: no headline follows"),
        Case(_HEADLINE + _STORY + "Tickets cost 3 / 4 of last year's price.\n", fires=False,
             note="a fraction"),
        Case("Sales 2024 / 2025 / 2026\n" + _STORY, fires=False, note="years, not sections"),
        Case("docs / api / reference\n" + _STORY, fires=False, note="a path in lower case"),
        Case("Storm Warnings\nForecasters expect gales on the coast tonight\n" + _STORY,
             fires=False, note="a short title above its standfirst"),
        Case("CITY NEWS\nThe council met on Tuesday and agreed the budget.\n" + _STORY,
             fires=False, note="a capitalised title above prose, not above a headline"),
        Case("Community News\n" + _HEADLINE, fires=False,
             note="nothing under the headline: the short line may be the page's title"),
        Case(_HEADLINE + "CITY NEWS\n" + _HEADLINE + _STORY, fires=False,
             note="a label below the first line is left alone"),
        Case("ホーム > 社会\n" + _HEADLINE + _STORY, fires=True, fixed=_HEADLINE + _STORY,
             note="a trail in a script without capitals"),
        Case("14 March 2025 | 09:42 WAT\nHome › News › Harbour\n" + _HEADLINE + _STORY,
             fires=True, fixed="14 March 2025 | 09:42 WAT\n" + _HEADLINE + _STORY,
             note="a trail under the page's date line"),
        Case("6 min read\n" + _HEADLINE + "Home / Reviews / Ferries\n" + _STORY, fires=True,
             fixed="6 min read\n" + _HEADLINE + _STORY,
             note="a trail from the home page below the headline"),
        Case("5 hours ago\nCricket\n" + _HEADLINE + _STORY, fires=True,
             fixed="5 hours ago\n" + _HEADLINE + _STORY,
             note="a one-word section label under the date line"),
        Case(_HEADLINE + "By Ana Ruiz\nReviews / Ferries\n" + _STORY, fires=False,
             note="a slash between words below the headline, not from the home page"),
        Case("5 hours ago\nStorm Warnings\nForecasters expect gales on the coast tonight\n"
             + _STORY, fires=False, note="a short title under the date line"),
        Case("HARBOUR DISTRICT COUNCIL\nTOWN AND COUNTRY PLANNING ACT 1990\nNotice of planning "
             "applications\n" + _TWO, fires=False,
             note="a notice's issuer above its heading in capitals"),
        Case("The Harbour Herald\nNews\nSport\nBusiness\nOpinion\n" + _CONSENT
             + "Home / News / Harbour\nHarbour\n" + _HEADLINE + _TWO, fires=True,
             fixed="The Harbour Herald\nNews\nSport\nBusiness\nOpinion\n"
             + _CONSENT.split("\n")[0] + "\n" + _HEADLINE + _TWO,
             note="a trail and its label under a consent banner and its buttons, under the "
                  "menu down the head"),
        Case(_CONSENT + _LONG_MENU + "Home › News › Harbour\nHarbour\n" + _HEADLINE + _TWO,
             fires=True, fixed=_CONSENT + _LONG_MENU + _HEADLINE + _TWO,
             note="a trail and its section label under a long menu, however far down"),
        Case(_CONSENT + _LONG_MENU + "Community › Sport & Leisure\n" + _HEADLINE + _TWO,
             fires=True, fixed=_CONSENT + _LONG_MENU + _HEADLINE + _TWO,
             note="a trail of two items under the menu, not from the home page"),
        Case(_CONSENT + _LONG_MENU + _HEADLINE + "Ferries › Timetables\n" + _TWO,
             fires=False, note="a trail-like line under the headline, not under the menu"),
        Case(_CONSENT + _LONG_MENU + "Home › News › Harbour\n" + _HEADLINE + "By Ana Ruiz\n"
             + "Harbour Desk\n" + _TWO, fires=True,
             fixed=_CONSENT + _LONG_MENU + _HEADLINE + "By Ana Ruiz\nHarbour Desk\n" + _TWO,
             note="a short line under the headline is no section label"),
    ],
)
def head_breadcrumb(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags, on the first line of a page (or the second, under a site name of three
    words at most or a short date line), a breadcrumb trail: two to five
    items of one to three words, each starting with a capital (or a letter of a script
    without capitals: "ホーム > 経済"), joined by one separator
    (">", "»", "›", "‹", "/", "|"; in Arabic or Hebrew also "<", as a right-to-left
    page prints ">": "مركز المساعدة < الأمان وتسجيل الدخول") with spaces around it, with
    no digits and no sentence
    punctuation ("Accueil > Sport > Football", "Strona główna / Wiadomości /
    Warszawa", "Reviews | Phones"); a trail that starts at the home page ("Home",
    "Accueil", "Beranda", "Ana Sayfa", "ホーム", …) may stand on any of the first six
    lines (under a masthead, the menu row and a consent banner with its buttons); a trail
    of three items or more may stand on any of the first ten lines above the article's
    first sentence, and so may one from the home page whose last item is the article's
    title, digits and all ("Startseite > Regionalliga > 31. Spieltag: Rheinhafen –
    Lohberg 2:2"). Also
    flags a site section's label on the first line (or the second, under a short date
    line) when a headline follows it (directly or under a short date line) and
    text follows the headline: one to three words in capitals ("CITY NEWS"), or
    capitalised and ending on a section word ("Community News", "University News") or a
    sport ("Cricket", "Rugby Union"). Under the site's menu row (BOIL009's one-line menu,
    among the first six lines), a trail (also joined by "＞") may stand on either of the
    next two lines, and a menu item of one to three words ("Premier League",
    "Provincia") right under the row (a row may also join its items with spaced bars
    or middle dots: "News | Local | Sports | e-Edition"), or under the trail below the
    row, or under lines of chrome of ten words or fewer (or holding a colon) and no
    prose, is a section label when a headline follows it (a live badge or a date line
    may stand between). Below the menu row, a label in capitals, its parts perhaps
    joined by "&" or "|" ("LOCAL", "HIGH SCHOOL SPORTS", "MIND & BRAIN", "THINGS TO DO
    | DINING"), right above a headline longer by two words or more with text under it,
    is a section label too. Under a menu printed with single spaces ("News Sport Business
    Opinion Courts"), a trail of two items or more on either of the next two lines is
    flagged when it opens on one of the menu's items ("Business / Companies"). Above the
    article's first sentence, a trail (not joined by bars) up to five lines under a menu
    row whose items hold its first item, or its second after the home page, is flagged
    whatever its language ("Kryefaqja > Shitje > Tiranë" under "Shitje | Qira | …",
    "Diễn đàn › Xe máy › Tư vấn mua xe" under "Trang chủ | Diễn đàn | …"); so is one
    under a menu printed with single spaces, without digits, that holds its first item,
    past log-in links and a banner (a log-in row beside a subscription's price too: "Log in
    | Subscribe from $3/month") but not under a date line, unless the trail stands right
    above the headline and only short lines stand between (the day's date, a weather
    widget: "Thunder Bay -3°C Cloudy"), none a headline. The section label that repeats
    an item of such a menu above the headline ("Economía" under "Portada Villaverde
    Ríoseco Deportes Economía Opinión", past a search box) is flagged with it.

    A menu may also be printed down the page, one item a line: under any run of three menu
    items or more (BOIL009's) that ends above the article's first line of prose, however
    far down the page (under a consent banner and its buttons, the masthead, a long
    menu), a trail of two items or more on either of the next two lines (but not under
    the headline; a consent banner and up to two of its buttons may stand between the
    menu and the trail: "This site uses cookies. …" / "OK" / "Home / Consumer news",
    and then those buttons are flagged too; so may a service line, a label with its phone
    number, flagged too: "Störung melden: 0800 7724 500 (kostenfrei, rund um die Uhr)") is
    flagged
    ("Home › News › Council", "Community › Sport & Leisure", or a trail from the home page
    ending on a title or a year: "Home > Newsroom > 2024"), and with it a menu item of
    one to three words under the trail ("Council", "Product News") when a headline
    follows it.

    ## Why it matters
    The trail and the section label are the site's navigation printed above the
    headline. Extracted as text they become the first line of the article: every page of
    the section starts with the same words, and the headline no longer opens the text.

    ## Example
    Bad:

        Accueil > Sport > Football
        Lens beat Nantes in the rain

    Good:

        Lens beat Nantes in the rain

    ## Fix safety
    Safe: the fix removes the line and its line break. Only the head of the page is
    looked at; a slash between digits (a date, a fraction), a path in lower case, a
    single letter ("A / B testing") and a sentence are never a trail. A headline is never
    taken for a section label: the label must be shorter than a headline line under it,
    and a capitalised label must end on a section word ("Storm Warnings" above its
    standfirst is a title); a label in capitals above a heading in capitals
    ("WRENSFORD DISTRICT COUNCIL" above "TOWN AND COUNTRY PLANNING ACT 1990") is a
    notice's own head.
    """
    for body, kind, segments in head_chrome(bodies(doc)):
        start, end = doc.line_removal(body.line)
        yield Finding(
            body.start, body.start + len(body.text),
            f"{kind} {body.text!r} at the head of the page: the site's navigation, not "
            "article text",
            Fix.safe("remove the line", Edit.deletion(start, end)),
            {"kind": kind, "segments": " / ".join(segments)})


# -- BOIL012 the page's foot -----------------------------------------------------------------

#: A sentence of the article: it ends like one, after five words (or, in a script written
#: without spaces, twenty characters).
_TERMINAL = tuple('.!?。！？…"”»।॥۔።။')
#: Scripts whose sentences end without a mark (Thai, Lao, Khmer): a line of this many
#: characters in them is a sentence.
_UNPUNCTUATED = LazyPattern(r"[\u0e00-\u0eff\u1780-\u17ff]")
_UNPUNCTUATED_CHARS = 40
#: A line ending like a sentence with this many CJK characters is one, spaces or not
#: ("T68 採用 65% 配置，…。").
_CJK_SENTENCE_CHARS = 20
_SPEAKER = LazyPattern(r"^[A-Z][A-Z .'\-]+:")
_FOOT_CHROME = "Harbour Herald Media Group\nMade in Portsmouth with care\n"
_LAST = "Passengers were told to check the timetable before they travel.\n"
_SHARE_ROW = "Share this post:\nFacebook\nLinkedIn\nEmail\nRelated Posts\nFerry fares rise\n"


def is_sentence(text: str) -> bool:
    """A line that ends a sentence of some length.

    >>> is_sentence("Talks resume on Monday, the union said."), is_sentence("Contact us")
    (True, False)
    """
    text = text.strip()
    if _UNPUNCTUATED.search(text):  # Thai, Lao, Khmer: no full stop; a long line is prose
        return len(text) >= _UNPUNCTUATED_CHARS
    return text.endswith(_TERMINAL) and (text.count(" ") >= 4 or
                                         (" " not in text and len(text) >= 20)
                                         or len(_CJK.findall(text)) >= _CJK_SENTENCE_CHARS)


#: A bulleted point of some length is the text's (a summary list), not a footer link.
_POINT_WORDS = 5
_POINT_CJK_CHARS = 10


def _points_under(lines: Sequence[Segment], covered: set[int], end: int) -> set[int]:
    """The line numbers of a bulleted list right under the article's last line, two
    items or more in a row that no rule reports, one of them a point of the text
    (`_list_item`): a listing's features ("• Ducted air conditioning" / "• Secure parking
    for one car plus storage cage"), the short items as much the article's as the long.

    >>> doc = Document.from_text("Rooms are bright.\\n• Laundry\\n• Parking for one car "
    ...                          "plus storage\\nAbout us\\n")
    >>> sorted(_points_under(doc.lines, set(), 1))
    [2, 3]
    """
    run: list[int] = []
    for segment in lines[end:]:
        if segment.line in covered or _BULLET.match(segment.text.strip()) is None:
            break
        run.append(segment.line)
    if len(run) >= _RECORD_RUN and any(_list_item(lines[n - 1].text.strip()) for n in run):
        return set(run)
    return set()


def _list_item(text: str) -> bool:
    """A bulleted line of five words or more, or of ten CJK characters: a point of a list
    the text makes, never a footer's link.

    >>> _list_item("- Job results are kept in one place"), _list_item("- About us")
    (True, False)
    """
    bullet = _BULLET.match(text)
    if bullet is None:
        return False
    rest = text[bullet.end():]
    return len(rest.split()) >= _POINT_WORDS or len(_CJK.findall(rest)) >= _POINT_CJK_CHARS


@rule(
    code="BOIL012",
    name="page-foot",
    summary="A line of the page's footer: below the article's last sentence, with a line of "
            "chrome another rule found below it.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    after=("BOIL", "META", "GEN", "DUP"),
    cases=[
        Case(_STORY + _LAST + "Advertisement\n" + _FOOT_CHROME, fires=True,
             fixed=_STORY + _LAST, note="unknown footer lines under a known one"),
        Case(_STORY + _LAST + "Harbour Herald Media Group\nAdvertisement\n", fires=True,
             fixed=_STORY + _LAST, note="between the last sentence and the chrome below it"),
        Case(_STORY + _LAST + "Harbour Herald Media Group\n", fires=False,
             note="no chrome below: could be the article's"),
        Case(_STORY + _LAST + "AP Photo/Dana Reyes\nFriday 26 September\n"
             "18:00 official opening on the esplanade\n19:30 lanterns lit along the quays\n"
             "Saturday 27 September\n14:00 lantern workshop for children\n"
             "20:30 boat parade on the river\nSunday 28 September\n11:00 producers' brunch\n"
             "Practical information: entry is free, and shuttle buses run from the station "
             "to the site every fifteen minutes.\nAdvertisement\n", fires=False,
             note="one photo credit under the text does not make the programme below it "
                  "and its closing note the footer's"),
        Case(_STORY + _LAST + "Dana Reyes\nGeneral Secretary, Harbour Workers' Union\n"
             "Advertisement\nHarbour Herald Media Group\nAdvertisement\n", fires=True,
             fixed=_STORY + _LAST + "Dana Reyes\nGeneral Secretary, Harbour Workers' Union\n",
             note="a statement's signature, a name over an office and a body, stays"),
        Case(_STORY + _LAST + "Results:\nHarbour 2 Quay 1\nDocks 0 Town 3\nAdvertisement\n",
             fires=False, note="a list the article ends with, under its lead-in"),
        Case(_STORY + _LAST + "Written by Ana Ruiz\nEditor: Tom Hale\n"
             "Media contact: press@harbour.example\n(Reporting by Ana Ruiz)\nAdvertisement\n",
             fires=False, note="credits and contacts under the article"),
        Case(_STORY + _LAST + "See you at the quay,\nAna and the ferry team\n"
             "Lyon, le 3 mars 2025\nAdvertisement\n", fires=False,
             note="a closing, its signers, a place and date"),
        Case(_STORY + _LAST + "Advertisement\nShare this story\nRelated stories\nFerry fares "
             "rise\nQuay works end\nIng. Ana Ruiz, forecaster\nAdvertisement\n", fires=False,
             note="a signer's line: a name and a role in lower case after a comma"),
        Case(_STORY + "The ferry company said it would publish a new timetable for the\n"
             "Advertisement\n", fires=False, note="a long line cut before its full stop"),
        Case(_STORY + _LAST + "Advertisement\nWrite your opinion\nYour email will not be shown.\n"
             "Send comment\nAbout us\n", fires=True,
             fixed=_STORY + _LAST + "Your email will not be shown.\n",
             note="a short sentence alone among footer lines does not end the article"),
        Case(_STORY + _LAST + "Advertisement\nShare this story\nRelated stories\nFerry fares "
             "rise\nQuay works end\nNo registered users viewing this page.\nAdvertisement\n",
             fires=True, fixed=_STORY + _LAST,
             note="a short sentence five lines of chrome deep, with chrome below it"),
        Case(_STORY + "Advertisement\nShare this story\nRelated stories\nFerry fares rise\n"
             "The ferry company plans two more crossings.\nAdvertisement\n", fires=False,
             note="a short sentence under four lines of chrome (an embed) may be the article's"),
        Case(_STORY + _LAST + _SHARE_ROW + "Tell us what happened. An attorney will review "
             "your information and call you back within one business day.\nFull Name\n"
             "Send My Request\nThe information on this blog is for general informational "
             "purposes only and is not legal advice.\nAdvertisement\n", fires=True,
             fixed=_STORY + _LAST + "Tell us what happened. An attorney will review your "
             "information and call you back within one business day.\nThe information on this "
             "blog is for general informational purposes only and is not legal advice.\n",
             note="below a run of chrome only sentences standing alone follow: a form's "
                  "fields between them are the footer's"),
        Case(_STORY + _SHARE_ROW + "Officials said the work would start in the spring.\n"
             "Taxi firms welcomed the decision.\n" + _LAST + "Advertisement\n",
             fires=False, note="the article goes on below the run: sentences next to each "
                               "other"),
        Case(_STORY + _LAST + "Hodan's Kitchen\nAddress: 1820 Morse Road\nHours: 11 a.m. to "
             "9 p.m.\nAdvertisement\n", fires=False, note="a review's fact box"),
        Case(_STORY + _LAST + _SHARE_ROW + "Advertisement\nGet the Herald in your inbox\n"
             "Our free morning briefing brings the day's top stories from across the valley "
             "straight to you.\nEnter your email address\nSign up\n", fires=True,
             fixed=_STORY + _LAST, note="a sign-up box's pitch above its e-mail field"),
        Case(_STORY + _LAST + "Advertisement\nKirkhaven Town Hall · Quay Street, 1\n"
             "Tel. 976 000 412 · council@kirkhaven.example\nAdvertisement\n", fires=True,
             fixed=_STORY + _LAST, note="the footer's contact row between lines of chrome"),
        Case(_STORY + _LAST + "Media contact: Ana Ruiz · press@harbour.example\nAdvertisement\n",
             fires=False, note="a contact row right under the article"),
        Case(_STORY + _LAST + _SHARE_ROW + "Privacy Policy\nAccessibility\nHarbour State is a "
             "proud member of the Coast Athletic Conference and NCAA Division II.\n"
             "© 2024 Harbour State University\n", fires=True, fixed=_STORY + _LAST,
             note="deep in the footer, the sentence right above its copyright line"),
        Case(_STORY + _LAST + "Ana Ruiz is a reporter based in Kirkhaven who covers the port.\n"
             "© 2024 Harbour Herald\n", fires=False,
             note="a note right under the article, above the copyright line"),
        Case(_STORY + _LAST + "\n```text\n#budget #vote\nBudget line 14.2: +310,000\n"
             "Budget line 14.3: +120,000\n```\n\nSee the full minutes for the vote.\n\n"
             "#libraries #county #budget #vote\n", fires=False, kind="markdown",
             note="a Markdown code block is no chrome above the sentence under it"),
        Case(_STORY + _LAST + "Council tax band: F\nEPC rating: C\nTenure: Freehold\n"
             "Advertisement\n", fires=False,
             note="a listing's key facts with short values and no figure"),
        Case(_STORY + _LAST + "Advertisement\nContact Us\nHow to Complain\nPrivacy Notice\n"
             "Cookie Notice\nTerms & Conditions\nNotices & Announcements\nFishermen on the "
             "quay said the new crossing had saved them half an hour on every trip to the "
             "market.\nShow Purposes\n", fires=True,
             fixed=_STORY + _LAST + "Fishermen on the quay said the new crossing had saved them "
             "half an hour on every trip to the market.\n",
             note="a long sentence alone at the end, six lines of chrome under the article (a "
             "consent banner there is no line of the article: the lines are BOIL009's)"),
        Case(_STORY + _LAST + "Advertisement\nFinal standings\nTeam\tWon\tLost\n"
             "North Ridge\t12\t2\nWestlake\t9\t5\n", fires=False,
             note="a table with its cells parted by tabs, and its heading"),
        Case(_STORY + _LAST + "Advertisement\nTop three\n1 | Holme Park | 24 | 55\n"
             "2 | Ashworth Town | 24 | 51\nConvenor: Dr. K. Sreenivas, CSE\n", fires=False,
             note="a table with its cells parted by bars; a convenor's credit"),
        Case(_STORY + _LAST + "Advertisement\nMatch summary\nHarbour 4 – Quay 3 (OT)\n"
             "First period: HAR – Lind (Ruiz), 8:41\nShots on goal: Harbour 36, Quay 34\n"
             "Harbour host the Westlake Falcons on Tuesday at 7 pm.\nAdvertisement\n",
             fires=False, note="a match summary's rows under an inline advertisement, and "
                               "the note under them: the article's"),
        Case(_STORY + _LAST + "Advertisement\nElite men\n1. Ana Ruiz (Harbour CC) in 1:02:14\n"
             "2. Tom Hale (Quay Riders) at 0:09\n3. Lea Berg (Harbour CC) at 0:31\n"
             "The next round is raced in Westlake on 23 November.\nAdvertisement\n",
             fires=False, note="a race's results, places with their times, are no links"),
        Case(_STORY + _LAST + "• Ducted air conditioning\n• Internal laundry\n"
             "• Secure parking for one car plus storage cage\nAdvertisement\n",
             fires=False, note="a listing's features, short and long bullets, under its text"),
        Case(_STORY + "Results:\nHarbour 2 Quay 1\n" + _LAST + "Advertisement\n",
             fires=False, note="a table inside the article"),
        Case(_STORY + "Advertisement\n" + _LAST + "Harbour Herald Media Group\n", fires=False,
             note="chrome between paragraphs: the article goes on below it"),
        Case(_STORY + _LAST + "Advertisement\nThe ferry company did not reply to questions.\n",
             fires=False, note="a sentence below the chrome"),
    ],
)
def page_foot(doc: Document, options: Mapping[str, Any],
              prior: Sequence[Finding]) -> Iterator[Finding]:
    """## What it does
    Below the article's last sentence (a line of five words or more that ends like a
    sentence, or a line of twelve words or more, that no rule reports; the article ends
    above a run of six chrome lines when only sentences standing alone follow the run, such
    as a contact form's pitch and a disclaimer), when a line another BOIL, META or GEN rule
    reports lies somewhere below it, flags every line after that sentence that no rule
    reports and that is none of these: a sentence, a line of twelve words or more, a
    speaker's line (a short sentence counts only when chrome lies below it and five lines of
    chrome part it from the article), a bulleted point of five words or more (ten CJK
    characters), an entry of a timed list next to another ("06:40 How Ellen got started":
    a podcast's chapters, a programme; under a line of chrome they are a news ticker's),
    a letter's signature after an honorific ("Rev.
    Alan Treloar", "Mrs J. Bolitho, Penhallow"), a sentence of six words or more that
    ends on a web address, a person's credit ("Written by", "Edited by:",
    "Editor: …", "(Reporting by …)"), a signer's name with a role in lower case ("Ing.
    Petra Nováková, meteoroložka"), a statement's signature (a name on its own line over
    its office and body: "Dana Whitcombe" / "General Secretary, Allied Transit Workers'
    Union"),
    a contact line (a contact label, an e-mail address, a phone number), a place and
    date ("Lyon, le 3 mars 2025"), a signatory's name and office on one line ("Niamh
    Gorman, Director of Services, Roads and Transportation"), a notice's dating line
    ("Dated this 20th day of June 2025"), a comment's or forum post's author right
    above its stamp (a META finding) and the post's sentence under the stamp
    ("whio_watcher" / "Sun 7 Apr 2024 5:44 pm" / "Sold, thanks all."), a comment's head
    on one line, a user name and a time joined by a middle dot, and the sentence under it
    ("kai_77 · 3 hours ago" / "Mine was fixed today."), a comment with no stamp, its
    author over its text over its reply button ("jmorales_mb" / "Same story at my
    building." / "Reply Like"), a closing that
    ends in a comma and the two lines under it, or, above the first line of chrome, a
    lead-in ending in a colon ("Results:") and the list under it, or a fact box of two
    lines or more ("Address: 1820 Morse Road", "Tenure: Freehold", "EPC rating: C"), or
    rows of a record or a data list that go on from the article's own rows or stand right
    under its end (or under an inline advertisement there), two rows at least, with their
    headings: fields and their values ("Kelebihan: …", "Árbitro: …"), figures with their
    units ("디자인 8.5점", "09:00 15°C …"), named entries ("Léo Matias (lateral, Real
    Cerrado) – descartado"), timed entries; prices, file sizes, share rows and tag lines
    are no such rows (a shop's teasers, downloads, the footer's). A lone sentence under
    such rows (a forecaster's note under the forecast) still ends the article. Nor are
    two sections or more in a row right under the article's end, no chrome among them, each
    a short heading over two items of three words or more that are no sentences (a job
    ad's duties, qualifications and offer, their bullets lost; the first heading may carry
    one paragraph, the article's last line, above its items, and the last section may hold
    one item above the chrome); a share row, a tag line or a link row is no such item.
    What is flagged is the footer's site name, slogans, link rows, counters and labels
    in wordings no list knows. Between lines of
    chrome, two more are flagged whatever their words: a sentence right above a sign-up
    form's e-mail field ("Enter your email address", "Seu melhor e-mail"), the pitch of
    the newsletter box; and a contact row (parts joined by middle dots or bars, one a
    phone number or an e-mail address) with chrome right above and below it, the
    footer's ("Tel. 976 000 412 · council@town.example"); a linked title that asks or
    quotes (one sentence of sixteen words at most ending on "?" or a closing quote: "Hail
    damage on old cherry trees – what now?") right under chrome, with chrome or a line that
    ends like no sentence under it, another page's teaser; the line under an author box's
    heading ("About the author", "Tentang Penulis", "プロフィール") with chrome below, the
    author's note on every page of the site; and, six lines of chrome or
    more below the article, the line between chrome and the copyright line ("© 2024 …"),
    whatever it says ("… is a proud member of the … Conference.", "… is a member of The
    Property Ombudsman scheme."); so is a sentence between a line of chrome and the
    copyright line that closes the page (only chrome under it), with chrome between it
    and the article ("The West Coast Clarion is published by Lorn Valley Media Ltd, …").
    A numbered box of links right under a line of chrome ("Trending in Business" / "1.
    Petrol price: what motorists can expect in April" / "2. …"), numbered from one and
    on, twenty words at most each and none ending like a sentence (a title may ask a
    question), is the footer's, not a list the text makes.

    It reads the findings of the BOIL, META, GEN and DUP rules of the run (it runs after
    them), so it finds nothing on its own and nothing when those rules are off.

    ## Why it matters
    A footer is chrome whatever its words, and each site words it its own way: a list of
    phrases finds its "Advertisement" line but not "Made in Portsmouth with care" under
    it. Where the article has ended and chrome has begun, the rest is the page.

    ## Example
    Bad:

        Passengers were told to check the timetable before they travel.
        Advertisement
        Harbour Herald Media Group

    Good: the article without the last two lines (BOIL004 reports "Advertisement").

    ## Fix safety
    Safe: the fix removes the line. Nothing is flagged on a page whose last sentence has no
    chrome below it; sentences, long lines, speakers' lines, credits, contacts, signatures
    and a list under a lead-in are never flagged, so a results table, a signature or the
    article's last words stay.
    """
    lines = doc.lines
    covered = _covered_lines(doc, prior)
    stamps = _covered_lines(doc, [f for f in prior if f.code.startswith("META")])
    # Dates and times alone, with no label (not counters, not "Last updated: …"): the
    # stamps of comments and condolences.
    dates = {n for n in _covered_lines(doc, [f for f in prior if f.code == "META001"])
             if n <= len(lines) and not _STAMP_LABEL.search(lines[n - 1].text)}
    chrome = _covered_lines(doc, [f for f in prior if f.code.startswith(("BOIL", "GEN"))])
    generated = _covered_lines(doc, [f for f in prior if f.code.startswith("GEN")])
    if not chrome:
        return  # no line of chrome (most pages): no footer, and no need to find the article's end
    # A review's date no rule reports ("julio de 2025") between its author and its text is
    # the review's stamp all the same.
    loose = _loose_stamps([s for s in lines if s.text.strip()], covered)
    stamps, dates = stamps | loose, dates | loose
    body = _body_sentences([s for s in lines if s.text.strip() and s.line not in stamps],
                           covered, chrome)
    if not body:
        return
    anchors = [n for n in chrome if n > body[-1]]
    if not anchors:
        return
    # A long line between the last sentence and the chrome is the article's, cut before
    # its full stop: the article ends there.
    end = max([body[-1]] + [s.line for s in lines[body[-1]:min(anchors) - 1]
                            if s.line not in covered and len(s.text.split()) >= _PROSE_WORDS])
    first_anchor, last_anchor, keep_until, signed = min(anchors), max(anchors), 0, 0
    posted, numbered, verdict, replied = False, 0, 0, False
    # The fact box counts from the last sentence: a long fact line ("Mål: 0–1 Emil
    # Kronqvist 34, 1–1 …") may have moved the end down into it.
    facts = _fact_box(lines[body[-1]:first_anchor - 1], covered)
    if lines[end - 1].text.strip().endswith((":", "：")) or facts >= _FACT_BOX_LINES:
        # "… the done deals so far today:" and its list; a review's fact box ("Address:
        # 1820 Morse Road", "Hours: 11 a.m. to 9 p.m."): the article's, down to the chrome.
        keep_until = first_anchor
    menus = _covered_lines(doc, [f for f in prior if f.code == "BOIL009"])
    records = _record_runs(lines, covered, end) | _sections_under(lines, covered, end, menus) \
        | _points_under(lines, covered, end)
    rest, chrome_above, above_is_chrome = lines[end:], 0, False
    previous = lines[end - 1].text.strip()
    for number, segment in enumerate(rest):
        text = segment.text.strip()
        if segment.line in covered:
            chrome_above += 1
        if not text or not doc.prose[segment.start : segment.end].strip():
            continue  # a blank line, or one of a Markdown code block (no prose to judge)
        was_chrome, above_is_chrome = above_is_chrome, segment.line in covered
        if segment.line in covered:
            verdict = 0
        if segment.line in loose:
            previous = text
            continue
        if segment.line in covered or segment.line < keep_until:
            # (a comment's head META reports, "kai_77 · 3 hours ago", still heads its text)
            if segment.line in stamps and _POST_HEAD.fullmatch(text) is not None:
                posted = True
            previous = text
            continue
        nxt = next((s for s in rest[number + 1:] if s.text.strip()), None)
        following = nxt.text if nxt is not None else ""
        if posted and segment.line >= 2 and lines[segment.line - 2].line in stamps \
                and _post_text(text, lines[segment.line - 2].line in dates):
            previous, posted = text, False
            continue  # a post's text under its stamp, its author above (see below)
        if was_chrome and nxt is not None and (
                (is_sentence(text) and _email_field(following))
                or (nxt.line in covered and _contact_row(text))
                or (segment.line < last_anchor and len(previous) <= _AUTHOR_BOX_CHARS
                    and _AUTHOR_BOX.fullmatch(previous) is not None)
                or (_linked_title(text) and (nxt.line in covered or (
                    segment.line < last_anchor and not following.rstrip().endswith(_TERMINAL))))
                or (chrome_above >= _FOOT_GAP and _footer_contact(text, rest[number + 1:],
                                                                  covered))
                or (nxt.line in covered and _COPYRIGHT.match(following) is not None
                    and (chrome_above >= _FOOT_GAP
                         or (is_sentence(text)
                             and all(s.line in chrome for s in rest[number + 1:]
                                     if s.text.strip()))))):
            # A sign-up box's pitch right above its e-mail field; the footer's contact row
            # between its lines ("Tel. 976 000 412 · council@town.example"), or its block
            # of contact lines six lines of chrome or more under the article; deep in the
            # footer, or right above the copyright line that closes the page, the line
            # above that copyright line (a membership, a registration: "… is a proud
            # member of the … Conference.", "… is published by Lorn Valley Media Ltd").
            above_is_chrome = True
            chrome_above += 1
            yield _removal(doc, segment, "page chrome: a line of the page's footer, between "
                           "lines of chrome", "remove the footer line")
            continue
        link = _numbered_link(text)
        if link and segment.line < last_anchor and (
                link == numbered or (was_chrome and link == 1
                                     and _numbered_link(following) == 2)):
            # A numbered box of links right under a line of chrome ("Trending in Business"
            # / "1. Petrol price: what motorists can expect" / "2. …"): the footer's
            # most-read list, however long its titles, not a list the article makes.
            numbered = link + 1
            above_is_chrome = True
            chrome_above += 1
            yield _removal(doc, segment, "page chrome: a numbered link under a line of the "
                           "page's footer", "remove the footer line")
            continue
        numbered = 0
        if nxt is not None and nxt.line in generated and _is_label(text) \
                and is_sentence(following) and not following.lstrip().startswith(("#", "*")):
            # A label right above an appended generated block that opens on a sentence,
            # not on a heading of its own ("Discuție" / "Întrebare pentru cititori: …?"):
            # the block's heading, GEN's to report.
            continue
        if _table_row(text) or _table_row(following):
            continue  # a table the article ends with, and its heading
        if segment.line in records:
            previous = text  # rows of a record or a data list, and their heading
            continue
        if _timed_entry(text) and (_timed_entry(following) or _timed_entry(previous)) \
                and not was_chrome:
            # A list of timed entries: a podcast's chapters, a programme; under a line of
            # chrome ("Latest news" / "07:55 Lorry overturns near Totma") a news ticker's.
            previous = text
            continue
        if signed:
            signed -= 1  # the names under a closing ("Best wishes," / "Maribel and the team")
            continue
        if _verdict_heading(text):
            verdict = _VERDICT_ITEMS  # "Schwächen" / "Hoher Verbrauch, kleiner Kofferraum"
            continue
        if verdict:
            verdict -= 1  # a review's pros or cons under their heading, down to the chrome
            continue
        if segment.line < first_anchor and (text.endswith((":", "："))
                                            or text.casefold() in _LIST_HEADINGS):
            keep_until = first_anchor  # "Results:", "Brief scores:": the article's own list
            continue
        if text.endswith(","):
            signed = _SIGNATURE_LINES
            continue
        if _PLACE_DATE.match(text) and nxt is not None and nxt.line not in covered \
                and _ISSUER.fullmatch(following.strip()):
            signed = 1  # the notice's place and date, its issuer under it
            continue
        if replied:
            replied = False
            previous = text
            continue  # the comment's text under its author, its buttons under it (below)
        after = next((s for s in lines[nxt.line:] if s.text.strip()), None) \
            if nxt is not None else None
        if nxt is not None and after is not None and nxt.line not in covered \
                and _REPLY_ROW.fullmatch(after.text.strip()) \
                and _author(text) and _comment_text(following):
            # A comment with no stamp: its author, its text, and its reply button under it
            # ("jmorales_mb" / "Same story at my building." / "Reply Like"): the reader's.
            previous, replied = text, True
            continue
        above = next((s for s in reversed(rest[:number]) if s.text.strip()), None)
        if _SIGN_NAME.fullmatch(text) and above is not None and above.line in stamps \
                and nxt is not None and nxt.line in stamps:
            previous = text  # a post's author between its stamp and its score (a Q&A site)
            continue
        if nxt is not None and nxt.line in stamps and _author(text):
            # (the post's text under its stamps: a date, then a rating, "Оцінка: 4 з 5")
            post = next((s for s in lines[nxt.line:] if s.text.strip()
                         and (s.line not in stamps or nxt.line not in dates)), None)
            if post is not None and post.line not in covered \
                    and _post_text(post.text, nxt.line in dates):
                # A comment's or a forum post's author right above its stamp, the post's
                # text under it ("whio_watcher" / "Sun 7 Apr 2024 5:44 pm" / "Sold,
                # thanks all."): the post's, and so is that text.
                previous, posted = text, True
                continue
        if _POST_HEAD.fullmatch(text) and nxt is not None and nxt.line not in covered \
                and is_sentence(following):
            # A comment's head on one line, the user name and the time joined by a middle
            # dot ("kai_77 · vor 3 Stunden"), over the comment: the post's, and so is its
            # text under it.
            previous, posted = text, True
            continue
        if posted and _POST_HEAD.fullmatch(previous) and is_sentence(text):
            previous, posted = text, False
            continue
        posted = False
        if nxt is not None and nxt.line in dates and (_signed_post(text)
                                                      or _named_comment(text)):
            # A condolence or a comment signed at its end, or one headed by its author
            # ("kai_77: Finally! Saving up for it."), its stamp under it.
            previous = text
            continue
        if (_SPEAKER.match(text) or _list_item(text) or _CREDIT.match(text)
                or _signer(text) or _CONTACT.search(text) or _PLACE_DATE.match(text)
                or (len(text.split()) <= _AGENT_WORDS and _AGENT.fullmatch(text))
                or _STAY_TIMES.match(text) or _continued_item(text, lines[:end])
                or _verdict_heading(re.split(r"[:：]", text, maxsplit=1)[0])
                or (_signed_post(text) and _DASH_SIGNED.search(text) is not None)
                or _HONORIFIC_NAME.fullmatch(text) or _URL_SENTENCE.fullmatch(text)
                or _office_signature(text, following, previous)
                or _NAMED_OFFICE.fullmatch(text) or _DATED.fullmatch(text)
                or _metadata_shape(text)
                or (len(text) <= _FAMILY_SIGN_CHARS and _FAMILY_SIGN.fullmatch(text))):
            previous = text
            continue
        previous = text
        if text.endswith(_TERMINAL) and (segment.line > last_anchor or _long_sentence(text)
                                         or chrome_above < _FOOT_SENTENCE_DEPTH):
            continue  # a sentence with no chrome below it, or a long one, may be the article's
        chrome_above += 1
        above_is_chrome = True
        yield _removal(doc, segment, "page chrome: a line of the page's footer, below the "
                       "article's last sentence, with chrome below it", "remove the footer line")


#: A date alone, in words: "julio de 2025", "14 March 2025", "March 14, 2025", "2025年7月".
_BARE_DATE = LazyPattern(r"(?:\d{1,2}\.?\s+(?:de\s+)?)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?\d{4}"
                         r"|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{4}年\d{1,2}月(?:\d{1,2}日)?")


def _loose_stamps(lines: Sequence[Segment], covered: set[int]) -> set[int]:
    """The line numbers of dates alone that no rule reports, each right under a post's
    author and right over the post's text ("Mariela G." / "julio de 2025" / "Hermosa
    vista, todo impecable."): a review's or a comment's stamp.

    >>> doc = Document.from_text("Ana R.\\njulio de 2025\\nTodo impecable, volveremos.\\n")
    >>> sorted(_loose_stamps(doc.lines, set()))
    [2]
    """
    found: set[int] = set()
    for i in range(1, len(lines) - 1):
        above, here, below = lines[i - 1], lines[i], lines[i + 1]
        if here.line in covered or _BARE_DATE.fullmatch(here.text.strip()) is None:
            continue
        if above.line not in covered and below.line not in covered \
                and _author(above.text.strip()) and _post_text(below.text, True):
            found.add(here.line)
    return found


def _fact_box(lines: Sequence[Segment], covered: set[int]) -> int:
    """The longest run of fact lines in a row ("Address: 1820 Morse Road" / "Hours: 11
    a.m. to 9 p.m."); lines other rules report (a stamp among the facts) do not break it,
    any other line does. Fact lines scattered through a footer ("Published: 02.03.2025",
    a related event "Jazz night: Almaty nights – 28 March") are no fact box.

    >>> box = ["Address: 1820 Morse Road", "Hours: 11 a.m. to 9 p.m.", "About us"]
    >>> _fact_box(Document.from_text("\\n".join(box)).lines, set())
    2
    >>> foot = ["Date: 2 March 2025", "Buy tickets", "Jazz: 28 March"]
    >>> _fact_box(Document.from_text("\\n".join(foot)).lines, set())
    1
    """
    best = run = 0
    for segment in lines:
        text = segment.text.strip()
        if not text or segment.line in covered:
            continue
        if _FACT.match(text) or _ADDRESS.search(segment.text) or _SHORT_FACT.fullmatch(text):
            run += 1
            best = max(best, run)
        else:
            run = 0
    return best


#: Metadata in the footer's place: a label and a figure alone ("Жарияланған күні:
#: 02.03.2025", "Ref. no.: 8832174"): META's kind of line, whether META knows its words
#: or not; no footer link.
_FIGURE_VALUE = LazyPattern(r"[^\W\d_][^:：\d]{0,30}[:：]\s*\d[\d\s./:,-]*"
                            r"(?:\s*\([^\W\d_][\w ]{0,20}\))?")
#: A review's grade without a colon, a score out of its maximum ("คะแนนรวม 8/10",
#: "Overall 4.5/5").
_SCORE_VALUE = LazyPattern(r"[^\W\d_][^:：\d/]{0,30}\s\d{1,2}(?:[.,]\d)?\s*/\s*(?:5|10|20|100)")


#: A stay's times of arrival and departure, a listing's fact: "Check-in desde las 14 h ·
#: Check-out hasta las 10 h", "Anreise ab 15 Uhr", "入住 14:00".
_STAY_TIMES = LazyPattern(r"(?i)(?:check-?in|check-?out|arrivée|départ|anreise|abreise|"
                          r"入住|退房|チェックイン|チェックアウト|체크인|체크아웃)\b[^\n]{0,40}?\d")
#: How far above a numbered item the article's item before it may stand.
_ITEM_REACH = 12


def _continued_item(text: str, article: Sequence[Segment]) -> bool:
    """True when ``text`` is a numbered item ("7. Jalangkote") whose number follows one
    of the article's own items above it ("6. Es pisang ijo"): the list goes on.

    >>> doc = Document.from_text("1. Coto\\nBroth of peanuts.\\n2. Konro\\n")
    >>> _continued_item("3. Pallubasa", doc.lines), _continued_item("1. Home", doc.lines)
    (True, False)
    """
    match = _NUMBERED_LINK.match(text.strip())
    if match is None or int(match.group(1)) < 2:
        return False
    before = re.compile(rf"{int(match.group(1)) - 1}[.)]\s+\S")
    return any(before.match(s.text.strip()) for s in article[-_ITEM_REACH:])


#: A label and a date in words ("Date of notice: 14 March 2025", "Fecha: 3 de marzo de
#: 2025", "Date: March 14, 2025").
_DATE_VALUE = LazyPattern(r"[^\W\d_][^:：\d]{0,30}[:：]\s*(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+"
                          r"(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?\d{4}"
                          r"|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})")


def _metadata_shape(text: str) -> bool:
    """True when ``text`` is a label and a figure alone (a grade in words may follow it
    in brackets), or a label and a score out of its maximum: not a footer's link.

    >>> _metadata_shape("Published: 02.03.2025"), _metadata_shape("Privacy Policy")
    (True, False)
    >>> _metadata_shape("Note finale: 1,8 (sehr gut)"), _metadata_shape("Overall 8/10")
    (True, True)
    """
    text = text.strip()
    return bool(_FIGURE_VALUE.fullmatch(text) or _SCORE_VALUE.fullmatch(text)
                or _DATE_VALUE.fullmatch(text))


#: A numbered link of a footer's box: a number, a stop or a bracket, and a title.
_NUMBERED_LINK = LazyPattern(r"(\d{1,2})[.)]\s+\S")
_NUMBERED_LINK_WORDS = 20


def _numbered_link(text: str) -> int:
    """The number of a numbered title ("2. Two-pot withdrawals top R50bn, says fund
    administrator"; twenty words at most, no sentence's final mark but a question
    mark), else 0.

    >>> _numbered_link("2. Port backlog eases as cranes arrive"), _numbered_link("2. Stir.")
    (2, 0)
    """
    text = text.strip()
    match = _NUMBERED_LINK.match(text)
    # A title may ask a question ("2. Mardin'de 2 Gün: Ne Yenir, Nereler Gezilir?").
    if match is None or text.endswith(tuple(m for m in (*_TERMINAL, ":", "：", ";", ",")
                                            if m not in "?？")) \
            or len(text.split()) > _NUMBERED_LINK_WORDS or _RANKED_ENTRY.fullmatch(text):
        return 0  # (a race's result with its time is no link: "1. Ana Ruiz (Harbour) 2:31:07")
    return int(match.group(1))


#: A copyright line: the sign or the word first ("© 2024 Harbour Herald Ltd").
_COPYRIGHT = LazyPattern(r"(?i)\s*(?:©|\(c\)\s|copyright\b)")
#: A sign-up form's e-mail field: a short line naming the address ("Enter your email
#: address", "Seu melhor e-mail", "Votre adresse e-mail", "Ihre E-Mail-Adresse").
_EMAIL_FIELD = LazyPattern(r"(?i)\b(?:e-?mail|courriel|correo|sähköposti|e-posta|adres\s+e-mail|"
                           r"電子メール|이메일|邮箱|почт)")
_EMAIL_FIELD_WORDS = 5
#: A contact row: a phone number, an e-mail address or a postal line joined by middle dots or
#: bars.
_ROW_JOIN = LazyPattern(r"\s+[·|•]\s+")


def _email_field(text: str) -> bool:
    """True when ``text`` is a sign-up form's e-mail field (five words at most, naming the
    address, no sentence)."""
    text = text.strip()
    return len(text.split()) <= _EMAIL_FIELD_WORDS and not is_sentence(text) \
        and _EMAIL_FIELD.search(text) is not None


#: A footer's contact line is short: "Telefon 041 555 12 00", "gemeinde@town.example".
_CONTACT_LINE_WORDS = 6


def _footer_contact(text: str, below: Sequence[Segment], covered: set[int]) -> bool:
    """True when ``text`` is a short contact line (a phone number, an e-mail address) of a
    block of them that chrome closes below (or a footer line with chrome under it): the
    footer's address block
    ("Dorfstrasse 12" / "Telefon 041 555 12 00" / "gemeinde@town.example" / "Impressum")."""
    if _contact_words(text) > _CONTACT_LINE_WORDS or not _CONTACT.search(text):
        return False
    for number, segment in enumerate(below):
        line = segment.text.strip()
        if not line or (_contact_words(line) <= _CONTACT_LINE_WORDS and _CONTACT.search(line)
                        and segment.line not in covered):
            continue
        # The block ends on chrome, or on a footer line (no sentence) with chrome under it.
        return segment.line in covered or (not is_sentence(line) and any(
            s.line in covered for s in below[number + 1:]))
    return False


def _contact_words(text: str) -> int:
    """The words of a contact line, a phone number's groups of digits not counted ("tel.
    +48 22 555 81 00, e-mail: …" is three words)."""
    return sum(1 for w in text.split() if not w.strip("+()/.,-").isdigit())


def _contact_row(text: str) -> bool:
    """True when ``text`` is a footer's contact row: two parts or more joined by middle
    dots or bars, one of them a phone number or an e-mail address."""
    parts = _ROW_JOIN.split(text.strip())
    return len(parts) >= 2 and any(_CONTACT.search(p) for p in parts)


#: The heading of an author box ("About the author", "Tentang Penulis", "プロフィール"):
#: under it, in the footer, the author's note about themselves, the site's on every page.
_AUTHOR_BOX = LazyPattern(
    r"(?:about\s+the\s+(?:author|writer)|über\s+(?:den\s+autor|die\s+autorin)"
    r"|à\s+propos\s+de\s+l['’](?:auteur|autrice|auteure)|sobre\s+(?:el|la|o|a)\s+autora?"
    r"|sull['’]autore|sull['’]autrice|over\s+de\s+(?:auteur|schrijver)|o\s+autorze"
    r"|o\s+autorce|om\s+(?:forfatteren|författaren|skribenten)|kirjoittajasta"
    r"|a\s+szerzőről|despre\s+autor|yazar\s+hakkında|об\s+авторе|про\s+автора"
    r"|tentang\s+(?:penulis|pengarang)|mengenai\s+penulis|về\s+tác\s+giả"
    r"|เกี่ยวกับผู้เขียน|著者について|著者紹介|作者简介|作者簡介|关于作者|關於作者|プロフィール"
    r"|この記事を書いた人|저자\s*소개|필자\s*소개|o\s+autorovi|o\s+avtorju)\s*[:：]?",
    re.IGNORECASE)
_AUTHOR_BOX_CHARS = 40
#: A title between two lines of the footer ends on a question mark or a closing quote.
_TITLE_ENDS = tuple('?？"”»」')
#: ... and has at most this many words.
_TITLE_WORDS = 16
_INNER_STOP = LazyPattern(r"[.!?。！？]\s")


def _linked_title(text: str) -> bool:
    """True when ``text`` is a linked title that asks or quotes: one short sentence ending
    on a question mark or a closing quote ("Hail damage on old cherry trees – what now?",
    "Keeper Ana Ruiz: “We never talk about the title”"); between two lines of the footer
    it is a teaser of another page, not the article's.

    >>> _linked_title("Hail damage on old cherry trees – what now?")
    True
    >>> _linked_title("Questions? Write to the desk at desk@example.org.")
    False
    """
    return (text.endswith(_TITLE_ENDS) and len(text) <= 160
            and len(text.split()) <= _TITLE_WORDS and _INNER_STOP.search(text) is None)


#: Lines between the article's last sentence and a note right above the closing copyright
#: line, for the note to be the footer's.
_COPYRIGHT_GAP = 2


def _body_sentences(lines: Sequence[Segment], covered: set[int],
                    chrome: set[int]) -> list[int]:
    """The line numbers of the article's sentences: sentences no rule reports that are long,
    stand next to another such sentence, or state something (a full stop) right under two
    rows of the article's data list (a match summary's note under its rows). A short
    sentence alone among short lines ("Your email address will not be published.", a
    cookie notice) is the footer's, not the article's; the article's last line is kept by
    the sentence test in any case. The caller leaves out metadata lines, so a live blog's
    entries under their times stand next to each other.
    """
    sentences = [s.line not in covered and is_sentence(s.text) for s in lines]
    for i in range(1, len(lines)):
        # The author's note under an author box's heading ("About the author") is the
        # footer's, however long: no sentence of the article.
        if sentences[i] and lines[i - 1].line in chrome \
                and len(heading := lines[i - 1].text.strip()) <= _AUTHOR_BOX_CHARS \
                and _AUTHOR_BOX.fullmatch(heading) is not None:
            sentences[i] = False
    strong = [s.line for i, s in enumerate(lines) if sentences[i] and (
        _long_sentence(s.text)
        or (i > 0 and sentences[i - 1]) or (i + 1 < len(sentences) and sentences[i + 1])
        # (a statement under rows of the article's data list, no call to the reader: "Tirs
        # au but : Québec 36, …" / "Les Harfangs reçoivent les Faucons mardi, à 19 h.")
        or (i >= _RECORD_RUN and s.text.rstrip().endswith((".", "。"))
            and all(r.line not in covered and _record_row(r.text)
                    for r in lines[i - _RECORD_RUN:i])))]
    # In a script without word spaces (Thai), a space parts phrases, so no count of words
    # tells a paragraph from a lone sentence: a paragraph under a heading (a short line no
    # rule reports) right under the article's paragraph goes on with the article, section
    # by section ("การใช้งาน" / … / "ข้อดี" / …).
    kept = set(strong)
    for i in range(2, len(lines)):
        if sentences[i] and lines[i].line not in kept and lines[i - 2].line in kept \
                and _UNPUNCTUATED.search(lines[i].text) and _unspaced_heading(
                    lines[i - 1].text) and lines[i - 1].line not in covered:
            kept.add(lines[i].line)
    strong = sorted(kept)
    # A page of short lone sentences (a brief, a live blog's first entries) has no footer
    # sentences to tell apart: all of them are the article's.
    body = strong or [s.line for i, s in enumerate(lines) if sentences[i]]
    index = {s.line: i for i, s in enumerate(lines)}

    def alone(i: int) -> bool:
        return not (i + 1 < len(sentences) and sentences[i + 1]) and not sentences[i - 1]

    # Below a run of chrome lines (a share row, tags, a related list) where only sentences
    # standing alone follow (a contact form's pitch, a disclaimer), the article has ended
    # above the run.
    run = 0
    for segment in lines:
        run = run + 1 if segment.line in chrome else 0
        if run < _FOOT_GAP:
            continue
        later = [n for n in body if n > segment.line]
        if not later:
            break
        if len(later) < len(body) and all(alone(index[n]) for n in later):
            body = body[:len(body) - len(later)]
            break
    # The footer's note right above the copyright line that closes the page ("The West
    # Coast Clarion is published by …", "Plata24 es una publicación de …"), alone under
    # lines of chrome, is the footer's: chrome below it and chrome between it and the
    # article's last sentence.
    if len(body) > 1:
        last, before = index[body[-1]], index[body[-2]]
        tail = lines[last + 1:]
        if tail and _COPYRIGHT.match(tail[0].text) is not None \
                and all(s.line in chrome for s in tail) and alone(last) \
                and last - before - 1 >= _COPYRIGHT_GAP \
                and any(s.line in chrome for s in lines[before + 1:last]):
            body.pop()
    # A long sentence alone at the end, parted from the article by lines of chrome (a
    # consent banner under the footer's links) is the footer's too; a forum's last post,
    # parted from the first by the other posts' short replies (sentences), is not, nor is
    # a note under the rows of a data list (a forecaster's comment under the forecast).
    while len(body) > 1:
        last, before = index[body[-1]], index[body[-2]]
        # Chrome must stand between: lines no rule reports (a fact box or a list of the
        # article's own under its headings: "会場" / "東雲野中央公園" / "主な内容" / "・…")
        # keep the article going down to the sentence.
        between = lines[before + 1:last]
        # (most of the lines between no rule reports: the article's own rows and headings,
        # a forecast's days over its forecaster's comment, not a footer)
        if not alone(last) or last - before - 1 < _FOOT_GAP \
                or 2 * sum(s.line not in covered and _record_row(s.text)
                           for s in between) >= len(between) \
                or any(sentences[before + 1:last]) \
                or _CHROME_SHARE * sum(s.line in chrome for s in between) < len(between) \
                or all(s.line not in covered and _record_row(s.text)
                       for s in lines[last - 2:last]):
            break
        body.pop()
    return body


#: Rows of a record or a data list under the article: two rows at least.
_RECORD_RUN = 2
#: A long sentence alone at the end is the footer's only when at least one line in this
#: many between it and the article is chrome: a photo credit under the last paragraph
#: does not make a programme's times and its practical note below them a footer.
_CHROME_SHARE = 8
#: A heading over such rows: a short line with no final punctuation ("Ωριαία πρόγνωση",
#: "Quem chega, quem sai", "평가").
_RECORD_HEADING_WORDS = 6


#: An inline advertisement's label has at most this many words ("Advertisement", "-
#: Anzeige -"); a longer line of chrome under the article (a share row) is no such label.
_AD_LABEL_WORDS = 3


def _record_runs(lines: Sequence[Segment], covered: set[int], end: int) -> set[int]:
    """The lines below the article's end (line ``end``) that are rows of a record or a
    data list (see ``_record_row``) in a run of two or more that no rule reports, with the
    headings over its parts: a weather page's hourly table, a review's scores, a transfer
    list, a horoscope's lucky numbers under the signs. The run may begin in the article
    (its own rows go on below its last sentence), and a short heading right above a row
    stays inside it ("時間軸" between the guest and the chapters).
    """
    kept: set[int] = set()
    run: list[Segment] = []
    shown = [s for s in lines if s.text.strip()]
    below = next((i for i, s in enumerate(shown) if s.line > end), len(shown))
    # The rows go on from the article, or stand right under its end, or under the one
    # short line of chrome there (an inline advertisement, not a share row); lower down
    # they are the footer's lists (related headlines, products, episodes).
    start = {s.line for s in shown[:below + 1]}
    if below < len(shown) and shown[below].line in covered \
            and len(shown[below].text.split()) <= _AD_LABEL_WORDS:
        start.add(shown[below + 1].line if below + 1 < len(shown) else 0)

    def close() -> None:
        while run and not _record_row(run[-1].text):
            run.pop()  # a heading with no row under it is no part of the run
        if run and run[0].line in start and sum(
                s.line > end and _record_row(s.text) for s in run) >= _RECORD_RUN:
            kept.update(s.line for s in run if s.line > end)

    for segment in shown:
        text = segment.text.strip()
        if segment.line not in covered and _record_row(text):
            run.append(segment)
        elif segment.line not in covered and len(text.split()) <= _RECORD_HEADING_WORDS \
                and not text.endswith((*_TERMINAL, ":", "：")) and not _URL_START.match(text):
            if run and not _record_row(run[-1].text):
                close()
                run = []
            run.append(segment)  # a heading: kept if rows follow it
        else:
            close()
            run = []
    close()
    return kept


#: Sections of the article under its last sentence: a heading of at most this many words
#: over at least this many items, twice or more in a row ("Arbeidsoppgaver" / "Planlegge
#: og fordele arbeid …" / "Kvalifikasjoner" / …: a job ad's lists with their bullets lost).
_SECTION_HEADING_WORDS, _SECTION_ITEMS, _SECTION_RUN = 4, 2, 2
_SECTION_ITEM_WORDS = 3


def _sections_under(lines: Sequence[Segment], covered: set[int], end: int,
                    menus: Set[int] = frozenset()) -> set[int]:
    """The lines of two sections or more in a row right under the article's end (line
    ``end``), no line of chrome among them: each a short heading with no final mark over
    two items or more of three words or more that are no sentences and no headings. They
    go on with the article's text (a job ad's duties, qualifications and offer). A share
    row, a tag or topic line, a link row joined by bars, a web address or a download's
    file size is no such item: under a button ("Watch the trailer" / "▶ Play video" /
    "Share Facebook Bluesky Email") the lines are the footer's."""
    shown = [s for s in lines if s.text.strip() and s.line > end]

    def heading(segment: Segment, chrome: Set[int] = frozenset()) -> bool:
        text = segment.text.strip()
        return (segment.line in chrome or segment.line not in covered) \
            and len(text.split()) <= _SECTION_HEADING_WORDS \
            and not text.endswith((*_TERMINAL, ":", "："))

    def items(at: int) -> int:
        count = 0
        for segment in shown[at:]:
            text = segment.text.strip()
            if segment.line in covered or is_sentence(text) \
                    or len(text.split()) < _SECTION_ITEM_WORDS or _footer_item(text):
                break
            count += 1
        return count

    kept: list[int] = []
    i = sections = 0
    # The article's last line may be the one paragraph its section's heading carries
    # above the items ("Duties" / "You will run our depot …" / "Plan the shifts" / …);
    # a menu's run may have taken that heading for its last tab. A stamp is no heading.
    above = [s for s in lines[:end - 1] if s.text.strip()][-1:]
    if above and heading(above[0], menus) and not _DIGIT.search(above[0].text) \
            and items(0) >= _SECTION_ITEMS:
        i = items(0)
        kept += [s.line for s in shown[:i]]
        sections = 1
    while i < len(shown):
        if not heading(shown[i]):
            break
        count = items(i + 1)
        # The last section may hold one item when the page's chrome or its end follows.
        last = i + 1 + count >= len(shown) or shown[i + 1 + count].line in covered
        if count < _SECTION_ITEMS and not (count == 1 and last and sections >= _SECTION_RUN):
            break
        kept += [s.line for s in shown[i:i + 1 + count]]
        sections += 1
        i += 1 + count
    return set(kept) if sections >= _SECTION_RUN else set()


def _footer_item(text: str) -> bool:
    """True when ``text`` has the shape of a footer's line, never an item of the article's
    own list: a share row (two networks), a tag or topic line, a link row joined by bars,
    a web address, a download's file size.

    >>> _footer_item("Share Facebook Bluesky Email"), _footer_item("Topics: Film, Theatre")
    (True, True)
    >>> _footer_item("Plan and share out work for some 25 cleaners")
    False
    """
    text = text.strip()
    label = re.split(r"[:：]", text, maxsplit=1)[0].strip() if re.search(r"[:：]", text) else ""
    return ("://" in text or " | " in text or _FILE_SIZE.search(text) is not None
            or len(_NETWORK.findall(text)) >= _SHARE_NETWORKS or _TAG_LINE.match(text) is not None
            or (bool(label) and (BARE_TAGS_LABEL.fullmatch(label) is not None
                                 or TOPICS_LABEL.fullmatch(label) is not None)))


#: A section's heading in a script without word spaces: one phrase of a few characters.
_UNSPACED_HEADING_CHARS = 20


def _unspaced_heading(text: str) -> bool:
    """A heading of a page in Thai, Lao or Khmer: one short phrase, no sentence.

    >>> _unspaced_heading("ข้อดี"), _unspaced_heading("เกี่ยวกับเรา ติดต่อเรา")
    (True, False)
    """
    text = text.strip()
    return " " not in text and 0 < len(text) <= _UNSPACED_HEADING_CHARS \
        and _UNPUNCTUATED.search(text) is not None


#: A Thai, Lao or Khmer line this long stands alone as the article's: its spaces part
#: phrases, not words, so no count of words tells.
_LONE_UNPUNCTUATED_CHARS = 120


def _long_sentence(text: str) -> bool:
    """A sentence long enough to stand alone as the article's: 15 words, 30 characters
    of a script written without spaces, or 120 characters of one that parts phrases, not
    words, with its spaces (Thai), with no label ("Summary: …") heading it."""
    text = text.strip()
    return (len(text.split()) >= _LONE_SENTENCE_WORDS
            or len(_CJK.findall(text)) >= _LONE_SENTENCE_CHARS
            or (" " not in text and len(text) >= _LONE_SENTENCE_CHARS)
            or (len(text) >= _LONE_UNPUNCTUATED_CHARS and ":" not in text[:_LABEL_MAX_CHARS]
                and _UNPUNCTUATED.search(text) is not None))


def _table_row(text: str) -> bool:
    """A row of a table: cells parted by tabs, three cells or more parted by bars, two
    of them figures ("1 | Holme Park | 24 | 17 | 4"), or a Markdown table's row, opened
    and closed by a bar ("| site | name | language |", "|---|---:|").

    >>> _table_row("North Ridge\\t12\\t2"), _table_row("1 | Holme Park | 24 | 55")
    (True, True)
    >>> _table_row("| measure | count |"), _table_row("|---|---:|")
    (True, True)
    >>> _table_row("Home | News | Sport"), _table_row("| Home |")
    (False, False)
    """
    text = text.strip()
    if text[:1] == "|" and text[-1:] == "|" and text.count("|") >= _TABLE_CELLS:
        return True  # a Markdown table's row: a page's own table, never a footer's links
    cells = [c.strip() for c in text.split("|")]
    return "\t" in text or (len(cells) >= _TABLE_CELLS and sum(
        bool(_FIGURE_CELL.fullmatch(c)) for c in cells) >= _TABLE_FIGURES)


_FIGURE_CELL = LazyPattern(r"[+−–-]?\d[\d.,:/%-]*")
#: A record's field: a label of one to four words (no brackets, no link row) and its value
#: ("Alapterület: 58 m²", "Kelebihan: nasi sekata, banyak mod", "本集來賓：吳宜臻").
_RECORD_FIELD = LazyPattern(r"[^\W\d_][^:：()（）\[\]|/]{0,40}?\s?[:：]\s*\S.*")
_RECORD_LABEL_WORDS = 4
#: A field whose value is a figure may have a longer label, with brackets: "Transportasi
#: (sewa mobil, bensin): Rp 350.000".
_FIGURE_FIELD = LazyPattern(r"([^\W\d_][^:：]{0,80}?)\s?[:：]\s*(\D{0,12}\d[\d.,]*\S*(?:\s+\S+)*)")
_FIGURE_LABEL_WORDS, _FIGURE_VALUE_WORDS = 8, 4
#: Social networks and messengers a share row names ("Deel dit bericht: Facebook X
#: LinkedIn WhatsApp", "分享到：微信 微博 QQ空间"): two in a line make it one.
_NETWORK = LazyPattern(r"(?i)(?<!\w)(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|"
                       r"reddit|e-?mail|messenger|viber|line|kakao(?:talk)?|카카오톡|zalo|vk|"
                       r"вконтакте|одноклассники|xing|threads|bluesky|mastodon|tumblr)(?!\w)"
                       r"|微信|微博|QQ|LINE|카카오|페이스북")
_SHARE_NETWORKS = 2
#: A price with its currency, or a salary in thousands: "– € 9,90", "245.000 €", "20-35K".
_PRICE = LazyPattern(r"[€$£¥₩₹₪]|\b(?:R\$|HK\$|kr|zł|Kč|Ft|UF|RM|Rp|CHF|USD|EUR)(?!\w)"
                     r"|\d\s?(?:kr|zł|Kč|Ft|€|лв|руб|грн|원|円|元)(?!\w)|\d[Kk](?!\w)")
#: A download's file size: "(PDF, 640 KB)", "（PDF：1.2MB）".
_FILE_SIZE = LazyPattern(r"\d(?:[\d.,]*\d)?\s?[KMG]i?B\b|\d\s?(?:Ko|Mo|Go)\b")
#: A list entry naming someone, their details in brackets, then their status after a dash:
#: "Léo Matias (lateral, Real Cerrado) – descartado".
_RECORD_ENTRY = LazyPattern(r"[^\W\d_][^()]{0,50}\([^()]{1,60}\)\s+[–—-]\s+\S.*")
#: A ranked result: a place, a name (perhaps a team in brackets) and a time or a gap at
#: the end ("2. Toon Vanderstraeten (Team Leiestreek) op 0:09", "1. Ana Ruiz 2:31:07"),
#: a race's result list, never a most-read list's headline.
_RANKED_ENTRY = LazyPattern(r"\d{1,3}[.)]\s+[^\W\d_][^()\d]{1,50}(?:\([^()]{1,60}\))?\s*"
                            r"(?:[^\W\d_]{1,4}\s+|\+\s?)?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?")
#: A data row: a figure with its unit ("디자인 8.5점", "09:00 15°C Λιακάδα ΒΔ 2 Μπφ", "Lift
#: 2 m²").
_MEASURE = LazyPattern(r"\d(?:[\d.,]*\d)?\s?(?:%|°[CF]?|[^\W\d_]{1,3})(?!\w)")
_RECORD_WORDS = 10


def _record_row(text: str) -> bool:
    """True when ``text`` is a row of a record or a data list the article gives: a field
    and its value, a timed entry, a named entry with its details and status, a short row
    holding a figure with its unit. A footer's links and slogans are none of these.

    >>> _record_row("Kapasiti: 1.8 liter"), _record_row("총점 8.4점 (10점 만점)")
    (True, True)
    >>> _record_row("Privacy Policy"), _record_row("Home | About: us")
    (False, False)
    """
    text = text.strip()
    if not text or "://" in text or " | " in text or "｜" in text or _FILE_SIZE.search(text) \
            or len(_NETWORK.findall(text)) >= _SHARE_NETWORKS:
        return False  # a link row, a download's file size, a share row
    field = _RECORD_FIELD.fullmatch(text)
    figure = _FIGURE_FIELD.fullmatch(text)
    if figure is not None and len(figure.group(1).split()) <= _FIGURE_LABEL_WORDS \
            and len(figure.group(2).split()) <= _FIGURE_VALUE_WORDS:
        return True  # "Penginapan 2 malam di guesthouse dekat Prawirotaman: Rp 480.000"
    if field is not None:
        label, value = re.split(r"[:：]", text, maxsplit=1)
        return len(label.split()) <= _RECORD_LABEL_WORDS and not (
            BARE_TAGS_LABEL.fullmatch(label.strip()) or _TAG_LINE.match(text)
            or TOPICS_LABEL.fullmatch(label.strip()) or is_label(label.strip())
            or value.strip().startswith("#"))
    if _PRICE.search(text):
        return False  # a product's or a listing's price: a shop's or a portal's teaser
    if _RECORD_ENTRY.fullmatch(text) or _timed_entry(text) or _RANKED_ENTRY.fullmatch(text):
        return True
    return len(text.split()) <= _RECORD_WORDS and not text.endswith(_TERMINAL) \
        and _MEASURE.search(text) is not None
#: An entry of a timed list: a time code, then its words ("06:40 How Ellen got started",
#: "1:02:15 Listener questions", "09.30 Registration and coffee").
_TIMED_ENTRY = LazyPattern(r"(?:\d{1,2}[:.])?\d{1,2}[:.]\d{2}\s+[-–—]?\s*[^\W\d_]\S*(?:\s+\S+)*")


def _timed_entry(text: str) -> bool:
    """True when ``text`` is an entry of a timed list (a chapter list, a programme): a time
    code and words after it.

    >>> _timed_entry("06:40 How Ellen got started"), _timed_entry("Music by Tomas Lindqvist.")
    (True, False)
    """
    return _TIMED_ENTRY.fullmatch(text.strip()) is not None
_TABLE_CELLS, _TABLE_FIGURES = 3, 2


#: A short sentence in the foot with this many lines of chrome between it and the article,
#: and chrome below it, is the footer's ("No registered users viewing this page."); fewer
#: (an inline ad, a photo credit, an embedded post's four lines) can stand inside the
#: article's last lines.
_FOOT_SENTENCE_DEPTH = 5
#: Lines of chrome that part a lone sentence at the end from the article.
_FOOT_GAP = 6
#: A sentence standing alone among short lines is the article's when it has this many words.
_LONE_SENTENCE_WORDS = 15
#: ... or this many characters of a script written without spaces (CJK: counted alone).
_LONE_SENTENCE_CHARS = 30
#: A line of this many words is running text even without a full stop (a cut paragraph).
_PROSE_WORDS = 12
#: Headings of a list an article may end with (a review's pros and cons, a recipe's notes,
#: a match's results): like a lead-in ending in a colon, the list under one is the article's.
_LIST_HEADINGS = frozenset({
    "pros", "cons", "verdict", "specs", "specifications", "ingredients", "method", "notes",
    "sources", "references", "results", "scores", "standings", "fixtures", "line-ups",
    "lineups", "teams", "key facts", "fact box", "factbox", "at a glance",
    "vorteile", "nachteile", "fazit", "zutaten", "quellen", "ergebnisse",
    "points forts", "points faibles", "ingrédients", "résultats",
    "ventajas", "desventajas", "ingredientes", "fuentes", "resultados",
    "pregi", "difetti", "ingredienti", "fonti", "risultati",
    "prós", "contras", "voordelen", "nadelen", "bronnen", "uitslagen",
    # A press release's contacts, under which its contact lines follow.
    "contact", "contacts", "media contact", "media contacts", "press contact", "kontakt",
    "pressekontakt", "contato", "contacto", "contatti", "contact presse"})
#: Lines kept under a review's heading of pros or cons ("Schwächen"), down to the chrome.
_VERDICT_ITEMS = 6
#: Lines kept under a closing that ends in a comma ("Best wishes," and the signer).
_SIGNATURE_LINES = 2
#: A person's credit under an article: "Written by", "Edited by:", "Reporting by",
#: "Translated by", a role label ("Editor: Dewi Lestari", "Autor:", "责任编辑："), a
#: signature ("gez.")
#: or a line in brackets or after a dash ("(Reporting by …)", "— The Editors").
_CREDIT = LazyPattern(
    r"(?i)(?:[\w ]*?\b(?:written|edited|reported|reporting|writing|editing|translated|"
    r"compiled|produced|photographed|illustrated)\b[\w ]*?\bby\b|"
    r"(?:by|von|par|por|door|di|av|af|de)\s|"
    r"(?:editor|reporter|author|autor|autorin|writer|penulis|redaktor|redaktorka|"
    r"photographer|fotograf|fotógrafo|photos?|fotos?|texto?|testo|tekst|convenor|convener|"
    r"coordinator|co-ordinator|organi[sz]er|chair|moderator|host|speaker)\s*:|gez\.|[(（\[—–]|"
    r"(?:责任编辑|責任編輯|编辑|編輯|记者|記者|作者|撰文|摄影|攝影|기자|편집)\s*[:：])")
#: A signer's line: a person's name (after an academic title, perhaps) and a role of one
#: or two words in lower case after a comma: "Ing. Petra Nováková, meteoroložka",
#: "Jane Doe, forecaster".
_SIGNER = LazyPattern(r"(?:(?:Ing|Dr|Mgr|Bc|Prof|MUDr|RNDr|PhDr|Dipl\.-Ing|Mag)\.\s+)*"
                      r"((?:[^\W\d_][\w'’-]+\s+){1,3}[^\W\d_][\w'’-]+),((?:\s+[^\W\d_][\w'’-]*){1,2})")


#: A signatory's name on a line of its own: two to four capitalised words.
_SIGN_NAME = LazyPattern(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+")
#: The office under a signatory's name, capitalised, then a comma and the body:
#: "General Secretary, Allied Transit Workers' Union", "Directora, Fundación …".
_SIGN_OFFICE = LazyPattern(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:Secretary|Director|President|Chair|"
    r"Chairman|Chairwoman|Chairperson|Officer|Executive|Manager|Leader|Spokesperson|"
    r"Councillor|Minister|Head|Founder|Editor|Coordinator|Organiser|Organizer|Treasurer|"
    r"Secretario|Secretaria|Directora?|Presidente|Presidenta|Portavoz|Sekretär|Sekretärin|"
    r"Vorsitzender|Vorsitzende|Präsident|Präsidentin|Geschäftsführer|Geschäftsführerin|"
    r"Secrétaire|Directeur|Directrice|Président|Présidente|Segretario|Segretaria|"
    r"Direttore|Direttrice))\b[^,\n]{0,20},\s+\S[^\n]{1,100}")


#: A signatory's name and office on one line: "Niamh Gorman, Director of Services, Roads
#: and Transportation" (the office capitalised, then its body after a comma).
_NAMED_OFFICE = LazyPattern(_SIGN_NAME.pattern + r",\s+" + _SIGN_OFFICE.pattern)
#: A statutory notice's dating line: "Dated this 20th day of June 2025", "Given under my
#: hand this 3rd day of May, 2024".
_DATED = LazyPattern(r"(?i)(?:dated|signed|given|made)\b[^\n]{0,30}?\bthis\s+\d{1,2}"
                     r"(?:st|nd|rd|th)?\s+day\s+of\s+[^\W\d_]+(?:,?\s+\d{4})?\.?")


#: A post's author: a name or a user name of one to four words, no sentence.
_AUTHOR_WORDS, _AUTHOR_CHARS = 4, 40


def _author(text: str) -> bool:
    """True when ``text`` could be a comment's or a forum post's author: one to four
    words, forty characters at most, a letter in it, no final punctuation or colon
    ("whio_watcher", "Marisol R.", "Verena aus Leoben", "바다사람")."""
    if len(text) > _AUTHOR_CHARS or len(text.split()) > _AUTHOR_WORDS \
            or not any(c.isalpha() for c in text):
        return False
    return _INITIAL_END.search(text) is not None or not text.endswith((*_TERMINAL, ":", "："))


#: A stamp's label: "Last updated: …", "Publié : …" (a page's stamp, not a post's).
_STAMP_LABEL = LazyPattern(r"[^\W\d_]\s*[:：]")
#: Inside a line, a sentence's end and the next one's start: "Grabe, six years. Sana all".
_INNER_STOP = LazyPattern(r"[.!?。！？…]+[\"”»]?\s+\S")
#: A post signed at its end stands over its stamp when it holds this many words or more.
_SIGNED_POST_WORDS = 10


#: A comment's head on one line: a user name of one token, a middle dot, and a short time
#: holding a figure ("kai_77 · vor 3 Stunden", "m.lind · 5 h").
_POST_HEAD = LazyPattern(r"[^\W\d][\w.\-]{2,30} · (?=[^·|]{0,24}\d)[^·|]{1,30}")


#: A comment's buttons under its text: reply, and like or report beside it ("Reply Like",
#: "Răspunde", "讚好 回覆", "추천 비추천 답글쓰기").
_REPLY_ROW = LazyPattern(
    r"(?i)(?:(?:like|j'aime|me gusta|gefällt mir|mi piace|curtir|vind ik leuk|gilla|synes godt"
    r" om|tykkää|lubię to|apreciez|suka|thích|report|signaler|denunciar|melden|segnala|"
    r"rapporteer|rapportera|zgłoś|raportează|laporkan|báo cáo|讚好|赞|讃|いいね|좋아요|추천|"
    r"비추천|신고|举报|檢舉)\s*(?:[·|•]\s*)?){0,3}"
    r"(?:reply|répondre|responder|antworten|rispondi|responder|beantwoorden|reageer|svara|"
    r"svar|svare|vastaa|odpowiedz|răspunde|balas|trả lời|답글쓰기|답글|回覆|回复|返信|ответить|"
    r"відповісти|yanıtla|válasz|odpovědět)"
    r"(?:\s*(?:[·|•]\s*)?(?:like|j'aime|me gusta|gefällt mir|mi piace|curtir|gilla|"
    r"lubię to|apreciez|suka|thích|report|signaler|denunciar|melden|segnala|zgłoś|"
    r"讚好|赞|いいね|좋아요|신고|举报|檢舉)){0,3}")
#: A comment's text of a script without spaces holds this many characters at least.
_COMMENT_CJK_CHARS = 10


def _comment_text(text: str) -> bool:
    """True when ``text`` reads as a reader's comment: a sentence, a line of four words or
    more, or ten Chinese, Japanese or Korean characters or more ("总务 맨날 제가 하는데").

    >>> _comment_text("Should have been triple."), _comment_text("Most Read")
    (True, False)
    """
    text = text.strip()
    return text.endswith(_TERMINAL) or len(text.split()) >= _AUTHOR_WORDS \
        or len(_CJK.findall(text)) >= _COMMENT_CJK_CHARS


def _post_text(text: str, dated: bool) -> bool:
    """True when ``text`` reads as a post's text under its author and stamp: a sentence,
    a long line, or, under a date or time (not a counter), one holding a sentence's end
    ("Deserve! The ring is lovely").

    >>> _post_text("Deserve! The ring is lovely", True), _post_text("Load more", True)
    (True, False)
    >>> _post_text("Have more questions? Submit a request", False)
    False
    """
    text = text.strip()
    return text.endswith(_TERMINAL) or len(text.split()) >= _PROSE_WORDS \
        or (dated and (_INNER_STOP.search(text) is not None
                       or _CJK_INNER_STOP.search(text) is not None))


#: Inside a line of Chinese or Japanese, a sentence's end and the next one's start, no
#: space between ("上個月去吃過！真的要早點去").
_CJK_INNER_STOP = LazyPattern(r"[。！？][^\s。！？」』）)]")


def _signed_post(text: str) -> bool:
    """True when ``text``, right above a stamp, is a post signed at its end: ten words or
    more holding a sentence's end inside ("Our thoughts are with you. She was a kind
    neighbour. — The Martins").

    >>> _signed_post("Our thoughts are with you all. She was a kind neighbour. — The Martins")
    True
    >>> _signed_post("Ferry fares rise again in spring as the operator counts costs")
    False
    """
    text = text.strip()
    return len(text.split()) >= _SIGNED_POST_WORDS and _INNER_STOP.search(text) is not None


#: A condolence or a note signed at its end after a dash: "… Rest easy, friend. – Gord
#: and Shirley Nyman".
_DASH_SIGNED = LazyPattern(r"[.!?…]\s+[–—-]\s*[A-Z][\w'’.-]*(?:\s+(?:and|&|[A-Z][\w'’.-]*)){0,5}$")


def _named_comment(text: str) -> bool:
    """True when ``text`` is a comment headed by its author and a colon, the comment's
    text after it ("kai_77: Finally! Saving up for the tickets.").

    >>> _named_comment("Ana María Ruiz: Ojalá vengan a Pasto, los esperamos")
    True
    >>> _named_comment("Editor: Ana María Ruiz")
    False
    """
    colon = text.find(": ")
    return 0 < colon <= _AUTHOR_CHARS and _author(text[:colon]) \
        and _comment_text(text[colon + 2:])


#: A name ending on an initial: "Marisol R.", "Markus K."
_INITIAL_END = LazyPattern(r"\s[A-Z]\.$")


#: A notice signed on its behalf: "gez. Franz Aigner", "Sgd. Ana Ruiz", "f.to Mario Rossi".
_SIGNED = LazyPattern(r"(?:gez|sgd|f\.to|fdo|podp)\.?\s+[^\W\d_]")
#: The signer's office under it: a few capitalised words ("Erster Bürgermeister").
_SIGNED_OFFICE_WORDS = 5


def _office_signature(text: str, following: str, previous: str) -> bool:
    """True when ``text`` is a statement's signature: a name on its own line with the
    signatory's office and body under it ("Dana Whitcombe" / "General Secretary, Allied
    Transit Workers' Union"), or that office line under the name, or a short office line
    under a name signed on the notice's behalf ("gez. Franz Aigner" / "Erster
    Bürgermeister").

    >>> _office_signature("Erster Bürgermeister", "Downloads", "gez. Franz Aigner")
    True
    >>> _office_signature("Erster Bürgermeister", "Downloads", "Franz Aigner")
    False
    """
    following, previous = following.strip(), previous.strip()
    if _SIGN_NAME.fullmatch(text) and _SIGN_OFFICE.fullmatch(following):
        return True
    if _SIGNED.match(previous) and text[:1].isupper() and not text.endswith(_TERMINAL) \
            and len(text.split()) <= _SIGNED_OFFICE_WORDS:
        return True
    return _SIGN_OFFICE.fullmatch(text) is not None and _SIGN_NAME.fullmatch(previous) is not None


def _signer(text: str) -> bool:
    """True when ``text`` is a signer's line: every word of the name capitalised, the role
    in lower case; or a sign-off naming the role first, its title perhaps abbreviated
    ("Vaš župnik, vlč. Tomislav Barišić", "Your parish priest, Fr. Liam Byrne").

    >>> _signer("Vaš župnik, vlč. Tomislav Barišić"), _signer("Jane Doe, forecaster")
    (True, True)
    >>> _signer("Later, the Council Met Again"), _signer("Pressure was fine, Tom Smith")
    (False, False)
    """
    match = _SIGNER.fullmatch(text)
    if match is not None and all(w[0].isupper() for w in match.group(1).split()) \
            and all(w[0].islower() for w in match.group(2).split()):
        return True
    match = _ROLE_SIGNER.fullmatch(text)
    return match is not None and match.group(1).casefold() in _SIGN_OFF_POSSESSIVES \
        and all(w[0].islower() for w in match.group(2).split()) \
        and all(w[0].isupper() for w in match.group(3).split())


#: An obituary's sign-off by the bereaved, perhaps with their name: "От семейството", "From
#: the family", "Die Trauerfamilie", "La famille Martin", "Rodzina".
_FAMILY_SIGN = LazyPattern(
    r"(?:(?:от|from|von|de|od|z|iz|af|fra|från)\s+)?(?:the\s+|die\s+|la\s+|a\s+|de\s+)?"
    r"(?:семейството|опечалените|близките|family|familie|trauerfamilie|famille|familia|"
    r"família|famiglia|rodziny|rodzina|rodiny|rodina|obitelji|obitelj|familjen|familien|perhe|"
    r"семьи|семья|родини|родина)(?:\s+[^\W\d_][\w'’-]*){0,2}", re.IGNORECASE)
_FAMILY_SIGN_CHARS = 40


#: A sign-off naming the signer's role first: a possessive, the role in lower case, a
#: comma, an abbreviated title perhaps, then the name ("Vaš župnik, vlč. Tomislav
#: Barišić", "Your parish priest, Fr. Liam Byrne", "Ihr Pfarrer, Pfr. Anton Gruber").
_ROLE_SIGNER = LazyPattern(r"([^\W\d_]+)((?:\s+[^\W\d_][\w'’-]*){1,2}),"
                           r"(?:\s+[^\W\d_]{1,5}\.)*((?:\s+[^\W\d_][\w'’-]+){2,3})")
_SIGN_OFF_POSSESSIVES = frozenset({
    "your", "yours", "vaš", "vaša", "vaši", "váš", "vaše", "ваш", "ваша", "twój", "wasz",
    "ihr", "ihre", "euer", "eure", "votre", "vos", "vuestro", "vuestra", "su", "seu", "sua",
    "vostro", "vostra", "il", "la", "uw", "jullie", "din", "deres", "teidän", "az",
    "tu"})


#: A letter's signature: a name after an honorific, perhaps with a place ("Rev. Alan
#: Treloar", "Mrs J. Bolitho, Penhallow").
_HONORIFIC_NAME = LazyPattern(r"(?:Rev|Revd|Fr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Cllr|Capt)\.?"
                              r"(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w'’-]+){1,3}"
                              r"(?:,\s+[A-Z][\w'’ -]{1,30})?")
#: A sentence of the text that ends on a web address instead of a full stop: "The whole
#: list is in my dotfiles repository: https://example.org/dotfiles".
_URL_SENTENCE = LazyPattern(r"(?:\S+\s+){5,}(?:https?://|www\.)\S+")
#: A contact line: a contact label and what follows it, an e-mail address or a phone number.
_CONTACT = LazyPattern(r"(?i)^(?:media |press )?(?:contacts?|kontakt|contato|contacto|contatti|"
                       r"pressekontakt)\s*:\s*\S|\S@\S|(?:\+|\b(?:tel|phone|fon|telefon|"
                       r"téléphone|teléfono|telefone|ph)\.?:?\s*)\d[\d ()./-]{5,}\d")
#: A listing's agent or agency under its text: the agent's label and name ("Megler: …",
#: "Agente: …"), the agency's name ending on its trade ("… Propiedades", "… Real Estate",
#: "… Immobilien", "… Eiendomsmegling"), a broker's licence and its number ("Matrícula
#: CUCICBA 7712", "RERA No. A5180…", "Licence no. 20412"): the listing's, not the footer's.
_AGENT = LazyPattern(
    r"(?i)(?:megler|eiendomsmegler|mäklare|fastighetsmäklare|mægler|ejendomsmægler|makelaar|"
    r"makler|maklerin|agente|agent|listing\s+agent|corredora?|asesora?|corretora?|"
    r"välittäjä|kiinteistönvälittäjä|pośrednik|emlak\s+danışmanı|courtier|négociateur|"
    r"négociatrice)\s*:\s*\S.*"
    r"|(?:(?:[^\W\d_][\w&'’.-]*|&)\s+){1,5}(?:propiedades|inmobiliaria|inmobiliarios|bienes\s+raíces|"
    r"real\s+estate|realty|realtors?|properties|immobilien|immobiliare|immobilier|imóveis|"
    r"imobiliária|eiendomsmegling|eiendom|fastighetsmäkleri|fastighetsbyrå|ejendomsmægler|"
    r"makelaardij|makelaars|nieruchomości|emlak|gayrimenkul|nekretnine|kiinteistövälitys|lkv)"
    r"(?:\s+(?:s\.?a\.?|s\.?r\.?l\.?|s\.?l\.?|ltd|llc|gmbh|as|ab|oy|bv)\.?)?"
    r"|(?:matrícula|licencia|licence|license|lic\.|licencja|rera(?:\s+reg(?:istration)?)?|creci|"
    r"ORIAS|carte\s+professionnelle)\s*(?:n[º°o]\.?\s*)?[:#]?\s*(?:[A-Z]{2,10}\s*)?"
    r"[\w/-]*\d[\w/.-]*")
_AGENT_WORDS = 14
#: A fact box under a review or a listing: fields whose value holds a figure ("Hours: 11
#: a.m. to 9 p.m.", "Prices: $5 to $8") and addresses ("Blk 85 Bedok North Street 4").
_FACT = LazyPattern(r"[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2} ?: ?[^\n]*\d")
_ADDRESS = LazyPattern(r"\d+[A-Za-z]? [A-Z][\w'’-]+ (?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Way|"
                       r"Boulevard|Blvd)\b|\b(?:Blk|Block) \d+|#\d{2}-\d{2,4}")
_FACT_BOX_LINES = 2
#: A listing's key fact with a short value and no figure: "Tenure: Freehold", "EPC
#: rating: C", "Council tax band: F".
_SHORT_FACT = LazyPattern(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}: [\w'’/+-]+(?: [\w'’/+-]+){0,2}")
#: A notice's place and date at its foot: "Neuenweiler, den 04.03.2025", "Lyon, le 3 mars".
_PLACE_DATE = LazyPattern(r"[^\W\d_][\w .'-]*, (?:den |le |el |il |am |a )?\d{1,2}"
                          r"(?:\.\d{1,2}\.\d{2,4}|\.? [^\W\d_]+\.? \d{4})\b"
                          # one word of place in its case and a full date, no comma:
                          # "Ruonalahdella 5.9.2025", "Tallinnas 3.10.2024"
                          r"|[^\W\d_][\w'-]+ \d{1,2}\.\s?\d{1,2}\.\s?\d{4}\.?$")
#: The body that issues a notice, under its place and date: a few capitalised words, no
#: figure or final mark ("Tekninen lautakunta", "Der Gemeinderat").
_ISSUER = LazyPattern(r"[^\W\d_a-z][^\W\d_]*(?:[ -][^\W\d_]+){0,4}")


# -- BOIL013 the masthead --------------------------------------------------------------------

#: Words that name a publication ("Register", "Gazette", "Tagblatt", "Jornal"), in the
#: languages of the word tables; a masthead holds one as a word of its own or, in
#: languages that write compounds, at the end of one ("Norrlandsbladet", "Noordkrant").
PUBLICATION_WORDS = frozenset({
    "gazette", "courier", "times", "news", "post", "herald", "tribune", "journal", "chronicle",
    "daily", "weekly", "ledger", "observer", "express", "mirror", "telegraph", "register",
    "reporter", "examiner", "sentinel", "bulletin", "dispatch", "monitor", "globe", "press",
    "wire", "digest", "almanac", "quarterly", "review", "magazine", "newsletter", "gazeta",
    "jornal", "diario", "diário", "corriere", "courrier", "tagblatt", "zeitung", "kurier",
    "posta", "postası", "warta", "gazzetta", "giornale", "nachrichten", "rundschau",
    "anzeiger", "bote", "krant", "nieuws", "avis", "avisen", "tidning", "tidningen", "dagblad",
    "dagbladet", "noticias", "notícias", "folha", "correio", "tribuna", "presse", "quotidien",
    "nouvelles", "dépêche", "écho", "dziennik", "gazetesi", "harian", "koran", "hírlap",
    "noviny", "lehti", "sanomat",
    # The tenth set's languages: Ukrainian and Russian, Czech and Slovak, Polish, Hindi,
    # Hebrew, Greek, Hungarian, Indonesian and Malay, Vietnamese, French and Portuguese
    # reviews; and broadcasters and forums, which head their pages the same way.
    "вісник", "вестник", "газета", "новини", "новости", "известия", "zpravodaj", "listy",
    "denník", "zprávy", "správy", "wiadomości", "दैनिक", "समाचार", "अख़बार", "חדשות",
    "ידיעות", "εφημερίδα", "hírek", "berita", "báo", "revue", "revista", "magazin",
    "radio", "tv", "fm", "forum"})
_PUBLICATION_SUFFIXES = ("blatt", "bladet", "zeitung", "krant", "bode", "bote", "posten",
                         "post", "wire", "news", "tidning", "avisen", "nieuws", "kurier")
#: Publication words of scripts without spaces: a newspaper's "daily", "news", "evening
#: paper" (新報, 日報, 晚报, 일보, 신문) and Arabic "newspaper".
_PUBLICATION_CJK = LazyPattern(r"新報|日報|日报|新聞|新闻|晚报|晚報|時報|时报|일보|신문|"
                               r"صحيفة|جريدة|周刊|週刊|早报|晨报|商报|快报|데일리|뉴스|ข่าว")
#: Small words a masthead may hold in lower case ("Jornal do Planalto", "Gazeta de
#: Nord-Vest", "Le Courrier alpin" keeps its adjective too).
_MASTHEAD_LOWER = frozenset({"of", "the", "and", "de", "do", "da", "das", "dos", "del", "du",
                             "des", "di", "der", "die", "den", "van", "von", "y", "e", "och",
                             "og", "i", "la", "le", "el", "il", "al", "&", "·"})
#: A byline's first word; "By-election" is a compound, not a byline.
_BYLINE_START = LazyPattern(r"(?i)(?:by|von|par|por|door|di|av|af|posted|updated)\b(?!-)")
_MASTHEAD_WORDS, _MASTHEAD_CHARS, _HEADLINE_WORDS, _HEAD_LINES = 5, 40, 4, 8


_FREQUENCY = LazyPattern(r"\d{2,3}[.,]\d|FM|AM|MHz|kHz")


def is_masthead(text: str) -> bool:
    """True when ``text`` reads as a publication's name: at most five words, set as a
    name (capitalised words, or all in capitals; small connecting words aside), one of
    them a publication word; no sentence punctuation, colon or bar, no byline.

    >>> [is_masthead(t) for t in ("The Columbus Register", "THE VALLEY COURIER",
    ...                           "Norrlandsbladet", "Jornal do Planalto", "江城晚报",
    ...                           "Le Courrier alpin")]
    [True, True, True, True, True, True]
    >>> [is_masthead(t) for t in ("Post office to close", "By The Register",
    ...                           "Storm Warnings", "News: the ferry is back", "Avis de décès")]
    [False, False, False, False, False]
    """
    text = text.strip()
    if (not text or len(text) > _MASTHEAD_CHARS or text.endswith(_TERMINAL)
            or any(c in text for c in ":|") or _BYLINE_START.match(text)):
        return False
    if _PUBLICATION_CJK.search(text):
        return len(text.split()) <= _MASTHEAD_WORDS
    # A broadcaster's frequency is no word of its name ("WARP 90.7 Allegheny Ridge Public
    # Radio", "Radio Sol 101,5 FM").
    words = [w.strip("'’\"().,") for w in text.split() if not _FREQUENCY.fullmatch(w)]
    if not 1 <= len(words) <= _MASTHEAD_WORDS:
        return False
    # Set as a name: in capitals, or every word capitalised but small connecting words and
    # at most one adjective after the first ("Le Courrier alpin").
    # Words of scripts without capitals (Devanagari, Hebrew, Arabic) count as capitalised.
    lowered = [w for w in words[1:] if w and not (w[:1].isupper() or w[:1].isdigit()
                                                  or _caseless(w[:1]))
               and w.lower() not in _MASTHEAD_LOWER]
    if not (text.isupper() or ((words[0][:1].isupper() or _caseless(words[0][:1]))
                               and len(lowered) <= 1)):
        return False
    # A word in lower case after a connecting word is a phrase's, not a name's ("Avis de
    # décès", a death notice's head; "Journal de Montréal" is a name).
    if not text.isupper() and any(
            w in lowered and words[i - 1].lower() in _MASTHEAD_LOWER
            for i, w in enumerate(words[1:], 1)):
        return False
    lower = [w.lower() for w in words if w]
    return any(w in PUBLICATION_WORDS or (len(w) > 6 and w.endswith(_PUBLICATION_SUFFIXES))
               for w in lower)


@rule(
    code="BOIL013",
    name="masthead",
    summary="The publication's name at the head of the page (\"The Columbus Register\"), "
            "above its headline, and the section label under it.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    after=("BOIL", "META"),
    cases=[
        Case("The Harbour Gazette\n" + _HEADLINE + _STORY, fires=True,
             fixed=_HEADLINE + _STORY),
        Case("Skip to main content\nDE KUSTKRANT\n" + _HEADLINE + _STORY, fires=True,
             fixed=_HEADLINE + _STORY, note="under a line of chrome, in capitals"),
        Case("Gazeta de Nord-Vest\n" + _HEADLINE + _STORY, fires=True,
             fixed=_HEADLINE + _STORY, note="the publication word first"),
        Case("THE VALLEY COURIER\nNation & World\n" + _HEADLINE + _STORY, fires=True,
             fixed=_HEADLINE + _STORY, note="with the section label under it"),
        Case("The Harbour Gazette\nBy Ana Ruiz\n" + _HEADLINE + _STORY, fires=True,
             fixed="By Ana Ruiz\n" + _HEADLINE + _STORY, note="a byline is no section label"),
        Case("Harbour Gazette Strike Ends\nBy Ana Ruiz\n" + _STORY, fires=False,
             note="a headline in title case: no other headline under it"),
        Case("Storm Warnings\n" + _HEADLINE + _STORY, fires=False,
             note="no publication word"),
        Case(_HEADLINE + "The Harbour Gazette\n" + _STORY, fires=False,
             note="not at the head of the page"),
        Case("The Harbour Gazette\n", fires=False, note="nothing under it"),
        Case("Saffron Table\nAdvertisement\n" + _HEADLINE + _STORY, fires=True,
             fixed=_HEADLINE + _STORY,
             note="a site's name without a publication word, right above chrome"),
        Case("Storm Warnings\n" + _HEADLINE + "Advertisement\n" + _STORY, fires=False,
             note="a short title with no chrome right under it"),
        Case("The Thrifty Allotment\nGrowing food on a budget, one bed at a time\n" + _MENU
             + _HEADLINE + _STORY, fires=True, fixed=_HEADLINE + _STORY,
             note="a site's name and tagline above the menu, a headline under it"),
        Case("The Long Table\nEpisodes | About | Guests | Support the Show | Shop\n"
             + _HEADLINE + _STORY, fires=True, fixed=_HEADLINE + _STORY,
             note="a site's name above a one-line menu another rule reports"),
        Case("Ferry strike ends\nShare on Facebook\nShare on X\n" + _STORY, fires=False,
             note="a headline above share buttons: a sentence under them, no headline"),
        Case("Harbour bridge reopens after two years of repairs\nShare on Facebook\n"
             "Share on X\nCommuters cheer the shorter crossing\n" + _STORY, fires=False,
             note="the line above is too long for a site's name"),
        Case(_CONSENT + "The Harbour Courier\nServing Kirkhaven and the valley since 1871\n"
             + _LONG_MENU + "Home › News › Harbour\n" + _HEADLINE + _TWO, fires=True,
             fixed=_HEADLINE + _TWO,
             note="a long tagline under the masthead, under a consent banner, a trail under "
                  "the menu (the other lines are other rules')"),
        Case("Kirkhaven Animal Rescue\n" + _LONG_MENU + "Adopt › Dogs › Biscuit\nMeet Biscuit\n"
             + _TWO, fires=True, fixed="Meet Biscuit\n" + _TWO,
             note="a trail under the menu: the title under it may be short"),
        Case("English\nKirkhaven Marine Tools Co., Ltd.\n" + _LONG_MENU
             + "Home > Newsroom > 2024\n" + _HEADLINE + _TWO, fires=True, fixed=_HEADLINE + _TWO,
             note="a language switch and a company's name ending on its legal form"),
        Case("HarbourTalk – The forum for boats, moorings and marinas\n" + _LONG_MENU
             + "Forum › Moorings\n" + _HEADLINE + _TWO, fires=True, fixed=_HEADLINE + _TWO,
             note="the site's name and its tagline on one line"),
        Case("Harbourkit\n" + _LONG_MENU + "v3.2\nDocs › Release notes\nRelease notes\n" + _TWO,
             fires=True, fixed="v3.2\nRelease notes\n" + _TWO,
             note="a trail under a version number under the menu"),
        Case("Ferry strike – what the council said about the talks\n" + _LONG_MENU
             + _HEADLINE + _TWO, fires=False,
             note="a long first line with a dash and no trail under the menu: a headline"),
    ],
)
def masthead(doc: Document, options: Mapping[str, Any],
             prior: Sequence[Finding]) -> Iterator[Finding]:
    """## What it does
    Flags the publication's name standing alone at the head of a page: the first line
    (or the first one no other rule reports as chrome), read as a name (at most five
    capitalised words or capitals, small connecting words aside) that holds a publication
    word ("Register", "Gazette", "Courier", "Tagblatt", "Jornal", "Kurier", "新報", "일보",
    "Вісник", "Zpravodaj", "दैनिक", "周刊", "Revue", and a broadcaster's or forum's "Radio",
    "TV", "Forum"; also at the end of a compound: "Norrlandsbladet"), when a headline (a line of
    four words or more that is not a sentence) follows within the next lines, before the
    article's first sentence.

    It reads the BOIL and META findings of the run (it runs after them): lines they
    report are skipped when looking for the head, and never reported twice.

    The section label right under the masthead ("Nation & World", "Esportes": one to
    three capitalised words) goes with it when the headline follows it.

    A site's name without a publication word ("Saffron Table", "WellPath": one to four
    capitalised words, no digits) counts only on the page's first line, right above a
    line another BOIL rule reports (the menu row, a trail, a log-in button); above a
    trail from the home page it may be an organisation's name of up to six words ("St
    Aldhelm's Hospitals NHS Foundation Trust" over "Home / News / Press releases").

    Whatever their words, the lines above the page's menu are its head: when two lines in
    a row that other BOIL rules report (a menu, log-in buttons), or a menu row they report
    ("Home | News | Sport"), start within eight lines of the page's head, a
    headline-like line (four words or more, not a sentence, or a question of four to
    eleven words: "How do I set up a recurring invoice?") is the first line under
    them, and above them
    stand a first line of at most five words (the site's name, "Open in app", "Free
    shipping") and no sentence nor line of over twelve words (its tagline), every
    unreported line above the menu is flagged. The head starts at the page's first line
    no rule reports (a consent banner and its buttons may stand above it). When a trail
    another rule reports stands under the menu ("Home › News › Council"; perhaps under a
    version number or a badge, within two lines of the first line no rule reports), the
    line under the menu may be a short title ("Meet Biscuit"), and the first line above
    the menu may be longer: a tagline under the masthead another rule reported
    ("Serving Glenarrow and the valley since 1871"), or the site's name and its tagline
    joined by a dash or a bar ("HaustechnikTreff – Das Forum rund um Heizung, Lüftung und
    Sanitär"). A company's name ending on its legal form ("Co., Ltd.", "Inc.") is no
    sentence. The menu may also be a row of four items or more joined by a trail's marks
    ("Home / Nation / Regions / Business").

    Under the menu, down to the headline (four words or more, no sentence, with text
    under it), a line made of the navigation table's words alone (BOIL009's: "Zoeken",
    "Log in Sign up", "Jump to Recipe · Print Recipe", "Letters to the Editor") is the
    head's, and so are the short lines no rule reports (three words or fewer, or items joined by
    bars) are the head's too when a line of chrome another BOIL rule reports stands
    between them and the headline ("Sign in | Subscribe from £1 a week", "Search the
    Packet" above the trail), and so is a section's label or a short trail right above
    the headline under such a line ("Regions", "U.S. | Veterans"). A line right above a
    trail another rule reports (its parts joined by a trail's mark, not bars), with a
    headline under the trail, is no headline however long: a widget of the head
    ("Ciudad de México 19°C"); so are the short lines over it, up to three, that are no
    sentences (log-in links, a text-size switch: "ログイン 新規会員登録（無料）" / "文字サイズ 標準
    拡大"). The line right under such a trail, four words or more with no full stop, is
    the headline, even a long question ("Review Blender Kirana Pro 600: …, Tapi Apakah
    Sepadan dengan Harganya?").

    ## Why it matters
    Scrapers keep the site's name above every article; across a corpus it is the
    commonest line of all, and it is not the article's. CORP001 finds it too when the
    crawl holds enough of the site's pages; this rule finds it on a single page.

    ## Example
    Bad:

        The Columbus Register
        City council approves new bus rapid transit line

    Good: the page from its headline.

    ## Fix safety
    Safe: the fix removes the line. A title-case headline holding a publication word
    ("Harbour Gazette Strike Ends") has no other headline under it, and is left.
    """
    lines = [s for s in doc.lines if s.text.strip()]
    covered = _covered_lines(doc, prior)
    boil = _covered_lines(doc, [f for f in prior if f.code.startswith("BOIL")])
    under = _under_the_menu(lines, covered, boil)
    # A one-line menu over a search box and log-in links, holding the trail under them.
    held = not under and bool(under := _under_the_menu(lines, covered, boil, True))
    for segment in under:
        yield _removal(doc, segment, f"page chrome: {segment.text.strip()!r} stands under the "
                       "page's menu, among its chrome, over the headline")
    above = _above_the_menu(lines, covered | {s.line for s in under},
                            boil | {s.line for s in under}, held)
    for segment in above:
        yield _removal(doc, segment, f"page chrome: {segment.text.strip()!r} stands above the "
                       "page's menu, over the headline")
    if above:
        return
    # The masthead check runs even when lines under the menu were found: the menu may
    # stand under the publication's name.
    covered = covered | {s.line for s in under}
    head = next((i for i, s in enumerate(lines[:3]) if s.line not in covered), None)
    if head is None:
        return
    if not is_masthead(lines[head].text):
        # A site's name without a publication word ("Saffron Table", "WellPath"): only
        # on the page's first line, right above a line of chrome another rule found
        # (the menu row, a trail, a log-in button).
        # Above a trail from the home page ("Home > Your council > Elections"), the
        # name may be an organisation's, longer ("St Aldhelm's Hospitals NHS Foundation
        # Trust").
        chrome = _covered_lines(doc, [f for f in prior if f.code.startswith("BOIL")])
        if (head != 0 or len(lines) < 2 or lines[1].line not in chrome
                or not is_site_name(lines[head].text, _home_trail(lines[1].text))):
            return
    for number, below in enumerate(lines[head + 1: head + 1 + _HEAD_LINES], head + 1):
        text = below.text.strip()
        if below.line in covered:
            continue
        if is_sentence(text):
            return  # prose before any headline: the short line is the page's title
        if len(text.split()) >= _HEADLINE_WORDS and not _BYLINE_START.match(text):
            yield _removal(doc, lines[head], f"page chrome: the publication's name "
                           f"{lines[head].text.strip()!r} above the headline")
            label = lines[head + 1]
            if number == head + 2 and label.line not in covered and _is_label(label.text):
                yield _removal(doc, label, f"page chrome: the section label "
                               f"{label.text.strip()!r} under the masthead")
            return


#: The page's menu (two lines in a row other BOIL rules report) starts within this many
#: lines for what stands above it to be the page's head.
_MENU_WITHIN = 8
#: Above the menu: a first line of at most this many words (a site's name, "Open in app"),
#: and lines of at most ``_PROSE_WORDS`` under it (a tagline).
_TOP_WORDS = 5


def _above_the_menu(lines: Sequence[Segment], covered: set[int],
                    chrome: set[int], trail_menu_start: bool = False) -> list[Segment]:
    """The lines above the page's menu that no rule reports, when a headline is under it.

    The menu is the first pair of lines in a row that other BOIL rules report, or a menu
    row they report ("Home | News | Sport"), within the first eight lines; above it stand
    a short first line and no sentence nor long line; under it, past the lines rules
    report, the first line reads as a headline.
    """
    head, start = (_trail_menu_start if trail_menu_start else _menu_start)(
        lines, covered, chrome)
    if not start:
        return []
    # Under the page's trail ("Startseite › Freizeit › Veranstaltungen") the head has
    # ended: a short line there is the page's title above a list's filter bar. Items
    # joined by bars alone are no trail there: a language switch ("ΕΛ | EN", "Қазақша |
    # Русский") opens the head over the site's name.
    if any(s.line in chrome and _reported_trail(s.text) and not _bar_row(s.text)
           for s in lines[:head]):
        return []
    top = [s for s in lines[head:start] if s.line not in covered]
    under = next((i for i in range(start, len(lines)) if lines[i].line not in covered), None)
    if not top or under is None:
        return []
    # A trail another rule reports under the menu ("Home › News › Council"; perhaps under
    # a version number or a badge) shows the
    # page's head: the line under it may be a short title ("Meet Biscuit"), and the line
    # above the menu a tagline under the site's name, or the name with its tagline.
    trail = any(s.line in chrome and _reported_trail(s.text)
                for s in lines[start:under + _UNDER_NAV])
    named = trail and (is_masthead(lines[head - 1].text) if head else _named_tagline(top[0].text))
    # Above a menu with a trail under it, an organisation's name may be longer ("Ministerstwo
    # Gospodarki Wodnej i Spraw Lokalnych").
    named = named or (trail and is_site_name(top[0].text, organisation=True))
    if ((len(top[0].text.split()) > _TOP_WORDS and not named and not is_masthead(top[0].text))
            or any((is_sentence(s.text) and not _COMPANY.search(s.text)
                    and not (k and _slogan(s.text)))
                   or (len(s.text.split()) > _PROSE_WORDS and not joined_row(s.text))
                   for k, s in enumerate(top))):
        return []
    # The headline may ask a question ("How do I set up a recurring invoice?", a help
    # centre's), as under the menu.
    title = lines[under].text.strip()
    question = title.endswith("?") and _HEADLINE_WORDS <= len(title.split()) < _PROSE_WORDS
    # A Thai or Khmer headline is as long as a sentence and has no full stop to tell them
    # apart: under a menu, a line of four words or more is taken for it.
    thai = _UNPUNCTUATED.search(title) is not None and len(title.split()) >= _HEADLINE_WORDS
    # A wiki's title in Chinese or Japanese, a word of a few characters, right above the
    # article's first line ("雪華もち" over "雪華もち（せっかもち）は、…").
    wiki = _CJK.search(title) is not None and " " not in title and under + 1 < len(lines) \
        and _article_line(lines[under + 1].text)
    if not (trail or question or thai or wiki or _headline_like(title)):
        return []
    return top


#: A slogan: two to four phrases of one to three words, each closed by a full stop or an
#: exclamation mark ("Technik verstehen. Besser kaufen. Sicher surfen.").
_SLOGAN_PHRASE = LazyPattern(r"[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}[.!]")
_SLOGAN_PHRASES = (2, 4)


def _slogan(text: str) -> bool:
    """True when ``text`` is a site's slogan of a few clipped phrases, each closed by a
    mark, not a sentence ("Technik verstehen. Besser kaufen. Sicher surfen.").

    >>> _slogan("Technik verstehen. Besser kaufen. Sicher surfen."), _slogan("Eat. Sleep.")
    (True, True)
    >>> _slogan("The bridge reopened on Monday. Traffic is back.")
    False
    """
    phrases = text.strip().split()
    joined = " ".join(phrases)
    parts = re.findall(r"[^.!]+[.!]", joined)
    return (_SLOGAN_PHRASES[0] <= len(parts) <= _SLOGAN_PHRASES[1]
            and "".join(parts) == joined
            and all(_SLOGAN_PHRASE.fullmatch(p.strip()) for p in parts))


def _bar_row(text: str) -> bool:
    """True when ``text`` is items joined by spaced bars alone ("ΕΛ | EN").

    >>> _bar_row("ΕΛ | EN"), _bar_row("Home › News"), _bar_row("Home | News › Sport")
    (True, False, False)
    """
    marks = _crumb_split(text.strip())[1::2]
    return bool(marks) and set(marks) == {"|"}


def _reported_trail(text: str) -> bool:
    """True when ``text``, a line another rule reports, reads as a trail: BOIL011's, or
    segments joined by one trail mark other than a bar ("Service updates › Route 38")."""
    text = text.strip()
    if breadcrumb(text) or titled_trail(text):
        return True
    parts = _crumb_split(text)
    return len(parts) >= 3 and set(parts[1::2]) != {"|"} and len(set(parts[1::2])) == 1 \
        and not text.endswith(_TERMINAL)


def _menu_start(lines: Sequence[Segment], covered: set[int],
                chrome: set[int]) -> tuple[int, int | None]:
    """The index of the head's first line no rule reports, and of the page's menu under
    it: the first pair of lines in a row other BOIL rules report, or a menu row they
    report ("Home | News | Sport", "Home / Nation / Regions / Business"), within the
    first eight lines (None when there is none)."""
    # The head starts at the first line no rule reports: a consent banner and its
    # buttons (or the site's name another rule took for a menu item) may stand above it.
    head = next((i for i, s in enumerate(lines) if s.line not in covered), len(lines))
    start = next((i for i in range(head + 1, min(len(lines) - 1, head + _MENU_WITHIN))
                  if lines[i].line in chrome and (
                      lines[i + 1].line in chrome or _menu_row(lines[i].text)
                      or _reported_trail(lines[i].text))), None)
    return head, start


def _trail_menu_start(lines: Sequence[Segment], covered: set[int],
                      chrome: set[int]) -> tuple[int, int | None]:
    """The head's first line and the menu right under it when that menu is one line
    another rule reports, printed with single spaces, holding the trail a few lines
    under it (None when there is none): the menu ``_menu_start`` misses when a search
    box and log-in links part it from the next line of chrome."""
    head = next((i for i, s in enumerate(lines) if s.line not in covered), len(lines))
    menu = head + 1
    if menu < len(lines) and lines[menu].line in chrome and _holds_trail(lines, menu, chrome):
        return head, menu
    return head, None


#: A trail under the menu that holds it stands within this many lines of it.
_TRAIL_UNDER_MENU = 5


def _holds_trail(lines: Sequence[Segment], i: int, chrome: set[int]) -> bool:
    """True when line ``i``, reported, is a menu printed with single spaces that holds
    the trail another rule reports a few lines under it ("Beranda Elektronik Rumah
    Tangga …" over a search box, log-in links and "Beranda » Elektronik » Kulkas")."""
    for below in lines[i + 1:i + 1 + _TRAIL_UNDER_MENU]:
        segments = breadcrumb(below.text) if below.line in chrome else None
        if segments and trail_menu(lines[i].text, [s.casefold() for s in segments]):
            return True
    return False


#: A menu row of this many items joined by slashes ("Home / Nation / Regions / Business").
_SLASH_ROW_ITEMS = 4


def _menu_row(text: str) -> bool:
    """A site's menu on one line: items joined by runs of spaces, by spaced bars or dots,
    or four or more joined by a trail's marks."""
    text = text.strip()
    return (joined_row(text) or row_items(text) is not None or spaced_menu(text)
            or nav_menu(text) or len(_crumb_split(text)[0::2]) >= _SLASH_ROW_ITEMS)


def _under_the_menu(lines: Sequence[Segment], covered: set[int],
                    chrome: set[int], trail_menu_start: bool = False) -> list[Segment]:
    """The short lines no rule reports between the page's menu and the headline under it.

    From the menu down, lines of chrome other rules report and short lines (three words
    or fewer, items joined by bars, a trail: "Sign in | Subscribe from £1 a week",
    "Search the Packet", "LOGIN | REGISTER", "Artykuły › Bazy danych"; a strip of short
    items joined by dots however long: "FTSE 100 ▲ 0.3% · Oil $79.10 · …") lead to the
    headline (a line of four words or more, or a title of a script without spaces, that
    is no sentence, or a question of four to eleven words), which text follows. A short
    line with a line of chrome (another BOIL rule's, not a date) between it and the
    headline is the head's chrome; so is the last one, right above the headline, when a
    line of chrome stands right above it and
    it is a section's label or a trail (three capitalised words or fewer, or parts joined
    by a bar or a trail's mark, two words fewer than the headline: "Regions", "Artykuły ›
    Narzędzia", "U.S. | Veterans"; not a title such as "Météo Lyon (69000)"). A sentence
    or a long line before any headline leaves the head alone.
    """
    _, start = (_trail_menu_start if trail_menu_start else _menu_start)(lines, covered, chrome)
    if not start:
        return []
    short: list[int] = []
    # The window starts at the menu's end: a long menu printed one item per line ("Home" /
    # "News" / … / "What's On") does not use it up.
    end = next((i for i in range(start, len(lines)) if lines[i].line not in covered), start)
    for i in range(start, min(len(lines), end + _HEAD_LINES)):
        text = lines[i].text.strip()
        if lines[i].line in covered:
            continue
        if text.endswith("?") and _HEADLINE_WORDS <= len(text.split()) < _PROSE_WORDS:
            break  # a headline asking a question ("SQLite na produkcji – czy to żart?")
        if i > 0 and _BY_LEAD_IN.search(lines[i - 1].text):
            continue  # the name under "News provided by": a byline's, not the head's chrome
        if _placeholder(text):
            short.append(i)  # a search box's prompt ("Cari produk, tips, atau artikel...")
            continue
        if _under_trail(lines, i, chrome):
            break  # the trail leads to the headline, a long question or not ("Review …?")
        if is_sentence(text):
            return []
        if _ROW_JOIN.search(text) is None and breadcrumb(text) is None \
                and not nav_line(text) and not _short_trail(text) and (
                len(text.split()) >= _HEADLINE_WORDS or (
                (_CJK.search(text) or _UNPUNCTUATED.search(text)) and _headline_like(text))) \
                and not _over_trail(lines, i, covered, chrome):
            break  # the headline: four words or more, or a title of a script without spaces
        if len(text.split()) > _BANNER_WORDS and not _strip_row(text):
            return []
        short.append(i)
    else:
        return []
    headline = i
    # Lines other rules report (stamps, share buttons) do not count towards the five.
    after = [s for s in lines[headline + 1:] if s.line not in covered][:_HEADLINE_TEXT]
    # The headline's text may open on a standfirst without a full stop (fifteen words or
    # more: "El Ayuntamiento desviará ocho líneas de autobús … para emergencias").
    if not short or not any(is_sentence(s.text) or _PROSE_LINE.fullmatch(s.text.strip())
                            and len(s.text.split()) >= _PROSE_WORDS
                            or len(s.text.split()) >= _LONE_SENTENCE_WORDS for s in after):
        return []
    # A line of the navigation table's words alone ("Zoeken", "Log in Sign up") is the
    # head's wherever it stands in it.
    found = [lines[i] for i in short
             if any(s.line in chrome for s in lines[i + 1:headline])
             or nav_line(lines[i].text)]
    last = short[-1]
    label = lines[last].text.strip()
    words = len([w for w in label.split() if any(c.isalnum() for c in w)])
    # A trail's segments are short each, the trail may be longer ("Podcasty › Ze zákulisí
    # obce" under the menu that holds "Podcasty").
    # The line above it may be one this test found (log-in links of the table's words);
    # a Chinese or Japanese headline is told by its characters, not its words.
    title = lines[headline].text
    if (last == headline - 1 and (lines[last - 1].line in chrome or lines[last - 1] in found)
            and (words <= _LABEL_WORDS or _short_trail(label))
            and lines[last] not in found
            and (_is_label(label) or breadcrumb(label) is not None
                 or _ROW_JOIN.search(label) is not None
                 or _short_trail(label))
            and (len(title.split()) >= words + 2
                 or (_CJK.search(title) is not None and _headline_like(title)))):
        found.append(lines[last])
    return found


#: A line ending on a byline's word ("News provided by", "Ein Beitrag von"): the line
#: under it names the author or the source.
_BY_LEAD_IN = LazyPattern(r"(?i)\b(?:by|von|par|por|door|di|av|af)\s*:?\s*$")


#: A strip of the head (market quotes, weather) holds this many items or more, of at most
#: ``_STRIP_ITEM_WORDS`` words each.
_STRIP_ITEMS, _STRIP_ITEM_WORDS = 3, 5


def _strip_row(text: str) -> bool:
    """True when ``text`` is a strip of short items joined by spaced dots or bars, three or
    more, none ending a sentence: a market ticker or weather strip of the head, however
    many words it has in all.

    >>> _strip_row("FTSE 100 ▲ 0.3% · EUR/GBP 0.85 · Oil $79.10 · Gold $2,301")
    True
    >>> _strip_row("Rates rose again. · Markets fell · Oil slid")
    False
    """
    items = _ROW_JOIN.split(text.strip())
    return len(items) >= _STRIP_ITEMS and all(
        1 <= len(item.split()) <= _STRIP_ITEM_WORDS and not item.endswith(_TERMINAL)
        for item in items)


#: A search box's prompt is short: "Search products, tips or articles...", "Zoeken…".
_PLACEHOLDER_WORDS = 6


def _placeholder(text: str) -> bool:
    """True when ``text`` is a form field's prompt: a short line that trails off in an
    ellipsis, no sentence before it ("Cari produk, tips, atau artikel...", "Search the
    archive…"). Under the page's menu, above its headline, it is no sentence of the text.

    >>> _placeholder("Cari produk, tips, atau artikel..."), _placeholder("Search…")
    (True, True)
    >>> _placeholder("The council met. More to come..."), _placeholder("Read more")
    (False, False)
    """
    text = text.strip()
    body = text.rstrip(".…").rstrip()
    return text.endswith(("...", "…")) and bool(body) and len(text.split()) <= _PLACEHOLDER_WORDS \
        and not any(mark in body for mark in ".!?;")


#: A line of the head stands over the trail when the trail is at most this many lines
#: under it, the lines between short ones of the head (log-in links, a text-size switch).
_OVER_TRAIL_LINES = 3


def _over_trail(lines: Sequence[Segment], i: int, covered: set[int],
                chrome: set[int]) -> bool:
    """True when line ``i`` of the head stands above a trail another rule reports (its
    segments joined by a trail's mark, not bars: a wiki's "Edit | Talk | History" tabs
    stand under the page's title), right above it or over short lines of the head that
    are no sentences ("ログイン 新規会員登録（無料）" / "文字サイズ 標準 拡大" /
    "ホーム ＞ くらし"), with a headline under that trail: a trail leads to the headline,
    so a line above it is a widget of the head ("Ciudad de México 19°C", a date or
    weather strip), however many words it has."""
    for j in range(i + 1, min(len(lines) - 1, i + 1 + _OVER_TRAIL_LINES)):
        trail = lines[j].text
        if lines[j].line in chrome and _leading_trail(trail):
            below = next((k for k in range(j + 1, len(lines))
                          if lines[k].line not in covered), None)
            return below is not None and (_headline_like(lines[below].text)
                                          or _under_trail(lines, below, chrome))
        text = lines[j].text.strip()
        if lines[j].line not in covered and (is_sentence(text)
                                             or len(text.split()) > _LABEL_WORDS):
            return False
    return False


def _leading_trail(text: str) -> bool:
    """True when ``text``, a line another rule reports, is a trail whose segments are
    joined by a trail's mark, not bars (log-in links and a wiki's "Edit | Talk | History"
    tabs are joined by bars)."""
    return _reported_trail(text) and set(_crumb_split(text.strip())[1::2]) != {"|"}


#: A headline under the trail ends on no full stop and is shorter than this.
_TRAIL_HEADLINE_WORDS = 30


def _under_trail(lines: Sequence[Segment], i: int, chrome: set[int]) -> bool:
    """True when line ``i`` stands right under a trail another rule reports, four words or
    more (six CJK characters) that end on no full stop: the page's headline, which a
    trail leads to, even when it is a long question ("Review Blender Kirana Pro 600: Kuat
    Hancurkan Es, Tapi Apakah Sepadan dengan Harganya?")."""
    text = lines[i].text.strip()
    words = len(text.split())
    return i > 0 and lines[i - 1].line in chrome and _leading_trail(lines[i - 1].text) \
        and not text.endswith((".", "。", "．")) and words < _TRAIL_HEADLINE_WORDS \
        and (words >= _HEADLINE_WORDS or len(_CJK.findall(text)) >= _CJK_HEADLINE_CHARS[0])


def _short_trail(text: str) -> bool:
    """True when ``text`` is short segments (three words or fewer, digits allowed) joined
    by one trail mark: "Futbol / 1. Lig", "Sport › GAA"."""
    parts = _crumb_split(text.strip())
    segments = parts[0::2]
    return len(segments) >= 2 and len(set(parts[1::2])) == 1 and all(
        1 <= len(s.split()) <= _LABEL_WORDS and _crumb_chars(s) <= _CRUMB_SEGMENT_MAX_CHARS
        and not s.endswith(_TERMINAL) for s in segments)


#: The headline's text starts within this many lines under it (under a byline and stamps).
_HEADLINE_TEXT = 5


#: A company's name ends on the abbreviation of its legal form, not on a full stop:
#: "Minato Precision Sensors Co., Ltd.", "Harbour Tools Inc.".
_COMPANY = LazyPattern(r"\b(?:Co|Ltd|Inc|Corp|Pty|Pvt|LLC|PLC|GmbH|AG|S\.A|S\.L|B\.V|N\.V|K\.K|"
                       r"S\.p\.A|S\.r\.l|Oy|AB|AS|A/S)\.$")
#: The site's name and its tagline on one line, joined by a dash or a bar:
#: "HaustechnikTreff – Das Forum rund um Heizung, Lüftung und Sanitär".
_NAME_TAGLINE = LazyPattern(r"\s+[–—|-]\s+")


def _named_tagline(text: str) -> bool:
    """True when ``text`` is a site's name (one to four capitalised words) and a tagline
    joined to it by a dash or a bar."""
    parts = _NAME_TAGLINE.split(text.strip(), maxsplit=1)
    return len(parts) == 2 and is_site_name(parts[0]) and not is_sentence(parts[1])


_OPEN_QUOTES, _CLOSE_QUOTES = ('"', "“", "”", "„", "«", "»"), ('"', "”", "“", "»", "«")


def _headline_like(text: str) -> bool:
    """A line that may be a headline: not a sentence; four words or more, or eight
    characters or more of a script without spaces (CJK). A headline wholly in quotes
    (a line of the interview: '”Publiken ska få skratta – och sedan skämmas lite”') is
    judged without them.

    >>> _headline_like('“We will rebuild the pier by the spring”')
    True
    >>> _headline_like('“We will rebuild the pier by the spring.”')
    False
    """
    text = text.strip()
    if len(text) > 2 and text[0] in _OPEN_QUOTES and text[-1] in _CLOSE_QUOTES:
        text = text[1:-1].strip()
    return not is_sentence(text) and (len(text.split()) >= _HEADLINE_WORDS
                                      or (" " not in text and len(text) >= 8)
                                      or len(_CJK.findall(text)) >= 8)


#: A section's label under the masthead: one to three capitalised words or capitals ("Nation
#: & World", "Esportes", "ELECTION 2025").
_SECTION_UNDER = LazyPattern(r"(?:[^\W\d_][\w'’-]*|&|\d{4})(?: (?:[^\W\d_][\w'’-]*|&|\d{4})){0,3}")


#: A section's label in a script without spaces is short ("商業", "国際ニュース"); a longer
#: word is a title (a show's, a series': "下班後的經濟學").
_CJK_LABEL_CHARS = 6


def _is_label(text: str) -> bool:
    text = text.strip()
    if " " not in text and len(_CJK.findall(text)) > _CJK_LABEL_CHARS:
        return False
    words = [w for w in text.split() if w != "&"]
    return (bool(_SECTION_UNDER.fullmatch(text)) and 1 <= len(words) <= _LABEL_WORDS
            and not _BYLINE_START.match(text)
            and all(w[:1].isupper() or w.isdigit() or _caseless(w[:1]) for w in words))


def _removal(doc: Document, segment: Segment, message: str,
             title: str = "remove the line") -> Finding:
    """A finding on ``segment`` whose safe fix removes its line."""
    start, end = doc.line_removal(segment)
    return Finding(segment.start, segment.end, message,
                   Fix.safe(title, Edit.deletion(start, end)))


_SITE_NAME_WORDS = 4
#: An organisation's name above a trail from the home page may be this long.
_ORGANISATION_WORDS = 6


def _home_trail(text: str) -> bool:
    """True when ``text`` is a breadcrumb trail that starts at the home page."""
    segments = breadcrumb(text.strip()) or titled_trail(text)
    return segments is not None and segments[0].lower() in HOME_WORDS


def is_site_name(text: str, organisation: bool = False) -> bool:
    """True when ``text`` could be a site's name: one to four words (six with
    ``organisation``: "St Aldhelm's Hospitals NHS Foundation Trust"), each capitalised (or
    of a script without capitals; small connecting words aside) or all in capitals, no
    digits, no sentence or label punctuation, no byline.

    >>> [is_site_name(t) for t in ("Saffron Table", "THREAD & GRAIN", "ゆるっと開発日記")]
    [True, True, True]
    >>> [is_site_name(t) for t in ("Storm warnings", "Top 10 Deals", "By Ana Ruiz", "Menu:")]
    [False, False, False, False]
    """
    text = text.strip()
    words = [w for w in text.split() if w not in ("&", "·", "-", "–")]
    most = _ORGANISATION_WORDS if organisation else _SITE_NAME_WORDS
    if (not 1 <= len(words) <= most or text.endswith((*_TERMINAL, ":"))
            or any(c.isdigit() for c in text) or any(c in text for c in "|>›»/")
            or _BYLINE_START.match(text)):
        return False
    return text.isupper() or all(w[:1].isupper() or _caseless(w[:1])
                                 or w.lower() in _MASTHEAD_LOWER for w in words)


def _covered_lines(doc: Document, prior: Sequence[Finding]) -> set[int]:
    covered: set[int] = set()
    for f in prior:
        covered.update(range(doc.position(f.start)[0],
                             doc.position(max(f.start, f.end - 1))[0] + 1))
    return covered


RULES = [related_headline, menu_run, head_breadcrumb, page_foot, masthead]
