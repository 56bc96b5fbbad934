"""Page debris in scraped text: named line rules (widgets, prompts, navigation, bylines, date lines).

A rule judges one whole line; it never cuts inside a line. Phrase rules only apply to short lines, so a
real sentence that happens to contain "share" or "donate" is kept. Nothing here is tied to one site.
"""

from __future__ import annotations

import re

# Phrase rules apply to lines of at most this many words: debris is short, reporting is not.
MAX_DEBRIS_WORDS = 16
# A date/byline line keeps at most this many words besides its date and time words (an author's name;
# three would already take title-case headlines such as "Attack On September 28 Kills Five").
MAX_NAME_WORDS_IN_DATELINE = 2
_I = re.IGNORECASE

# Rules that judge a short line by its wording. Each names the phenomenon it removes.
SHORT_LINE_RULES: dict[str, re.Pattern[str]] = {
    # Donation widgets: an amount alone on a line ("750 $", "$ 10", "€5").
    "currency_amount": re.compile(
        r"^(?:[$€£¥₽₴]\s*\d[\d,.'\s]*|\d[\d,.'\s]*\s*(?:[$€£¥₽₴]|usd|eur|gbp|rub|uah))\s*$", _I
    ),
    # Appeals for money or support ("Enjoyed this story? Consider supporting us!", "Donate now").
    "donation_appeal": re.compile(
        r"^(?:please\s+)?(?:donate|support us|support (?:our|independent) (?:work|journalism|reporting)|help us\b|become a "
        r"(?:patron|member|supporter|subscriber))|\bconsider (?:helping|supporting|donating to|donating) us\b"
        r"|\b(?:do|did) you (?:like|enjoy) (?:this|our) (?:content|article|story|post|work)\b"
        r"|\b(?:patreon|paypal|buy me a coffee)\b",
        _I,
    ),
    # Social sharing prompts ("Share this article", "Share on Facebook", "Tweet").
    "share_prompt": re.compile(
        r"^(?:share|tweet|pin it|email|e-mail|print)(?:\s+(?:this|on|via|to)\b.*)?\W*$|^(?:click|tap) to share\b",
        _I,
    ),
    # A row of social network names ("Facebook Twitter WhatsApp Telegram").
    "social_links": re.compile(
        r"^(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|print|copy link|vk|pinterest"
        r"|instagram|youtube|tiktok|messenger|viber)\W*){2,}$",
        _I,
    ),
    # Subscription and follow prompts ("Subscribe to our newsletter", "Follow us on Telegram").
    "subscribe_prompt": re.compile(
        r"^(?:please\s+)?(?:subscribe|sign up|follow us|join us|join our)\b|\bnewsletters?\b"
        r"|\bsubscribe to (?:our|the)\b",
        _I,
    ),
    # Image and gallery prompts and credits ("Click to see full-size image", "Photo: AFP").
    "image_prompt": re.compile(
        r"\b(?:click|tap)(?: here)? to (?:see|view|enlarge|open|expand)\b|\bfull[- ]size image\b"
        # a credit after "Photo:" names its maker ("Photo: AFP", "Photo / Reuters/File"); a caption after it tells what the
        # picture shows ("Photo: Smoke rises after a strike on ...") and is text (GOLD_FORMAT)
        r"|^(?:photo|image|picture|file photo|photograph)(?: credit)?\s*[:|/©](?-i:(?=(?:\s*(?:[^\sa-z]\S*|(?:via|by|and|of|for|the|de|al|bin|courtesy|file|photo)\b\S*))*\s*$))"
        # Gallery counters ("Image 2 of 8", "Photo 3/12", "Slide 1 of 5").
        r"|^(?:image|photo|picture|slide|gallery)\s+\d+\s*(?:of|/)\s*\d+\W*$",
        _I,
    ),
    # Links to other articles ("Read more", "Related articles", "READ ALSO: ...").
    "more_links": re.compile(
        r"^(?:read more|read also|also read|see also|related(?: articles?| stories| news| posts| content)?"
        r"|more (?:news|stories)|most (?:read|popular)|you (?:may|might) also like|continue reading"
        r"|recommended(?: for you)?|trending(?: now)?|top stories|latest news|all news|more from)\b\W*(?:$|[:»>|])",
        _I,
    ),
    # Cookie consent banners.
    "cookie_notice": re.compile(
        r"\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b"
        r"|\bcookies?\b.*\b(?:accept|consent|use|policy|settings|privacy|agree)\b"
        r"|\b(?:accept|consent|agree)\b.*\bcookies?\b",
        _I,
    ),
    # Copyright and legal footers.
    "legal_footer": re.compile(
        r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\bterms of (?:use|service)\b|\bprivacy policy\b"
        # Wire-service notices ("This material may not be published, broadcast ...", "Our Standards: ...").
        r"|\bmay not be (?:published|reproduced|republished|redistributed)\b|^our standards\b|\btrust principles\b",
        _I,
    ),
    # Advertising labels.
    "advertising_label": re.compile(
        r"^(?:advertisement|advertising|sponsored(?: content| links| stories)?|ad|promoted(?: stories| content)?"
        r"|around the web|paid content|partner content)\W*$"
        r"|^(?:advertisement\W+)?(?:scroll|story|article|content|text) continues (?:below|after)\b"
        r"|^(?:continue reading|scroll) (?:below|to continue)\b",
        _I,
    ),
    # Navigation residue: a menu word alone on a line, or a breadcrumb trail ("Home > World > Europe").
    "navigation": re.compile(
        r"^(?:home|menu|search|log ?in|sign ?in|register|skip to (?:main )?content|back to top|next (?:article|story)"
        r"|previous (?:article|story)|comments?|\d+ comments?|leave a (?:comment|reply)|tags?:.*|filed under:?.*)\W*$"
        r"|^[\w .'&-]{1,30}(?:\s*[>»›]\s*[\w .'&-]{1,30}){2,}$",
        _I,
    ),
    # A bare site name or address on its own line ("ExampleNews.com", "www.example.org/news").
    "site_address": re.compile(
        r"^(?:https?://)?(?:www\.)?[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})*\.[a-z]{2,12}(?:/\S*)?$", _I
    ),
    # Tracking or article identifiers: one long token mixing letters and many digits.
    "tracking_code": re.compile(r"^(?=[A-Za-z_-]*\d)(?=(?:\D*\d){8})(?=.*[A-Za-z])[A-Za-z0-9_-]{16,}$"),
    # Author lines ("By Jane Doe", "By GlobalDesk", "Reporting by ...; Editing by ..."): names capitalised.
    "byline": re.compile(
        r"^[Bb][Yy]\s+@?[A-Z][\w.'’@-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4}\.?$"
        r"|^\(?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting|[Cc]ompiled) by\b.*\)?$"
        # "Posted by Jane Roe", "Written by ...", "Author: Jane Roe", "Photos by ...".
        r"|^(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Ee]dited|[Ww]ords|[Pp]hotos?|[Vv]ideo|[Ss]tory|[Tt]ext|[Ii]mages?"
        r"|[Tt]ranslated|[Pp]roduced|[Ff]iled)"
        r" by:?\s+@?[A-Z][\w.'’@-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]*){0,4}\.?$"
        r"|^(?:[Aa]uthor|AUTHOR|[Ww]riter|[Cc]orrespondent|[Ee]ditor)s?\s*:\s*\S.{0,60}$"
    ),
    # Filing of a post ("Posted in Africa, Conflict", "Category: Security", "Filed in: World").
    "taxonomy": re.compile(
        r"^(?:(?:posted|filed|published) in\s*:?|(?:categor(?:y|ies)|sections?|topics?|keywords?|labels?)\s*:)"
        r"\s*\S.{0,80}$(?<![.!?])",
        _I,
    ),
    # Reading aids and app and media prompts ("5 min read", "Listen to this article", "Download our app",
    # "Your browser does not support the video tag", "Click here to ...", "Show key events only").
    "ui_prompt": re.compile(
        r"^(?:\d+\s*(?:-|\s)?min(?:ute)?s?\s+read|reading time\b|estimated reading time\b"
        r"|listen to (?:this|the) (?:article|story)|listen to article|audio version\b"
        r"|(?:download|get|install|open in) (?:our|the)\s?(?:free\s)?(?:news\s)?app\b|open in app"
        r"|your browser does(?: not|n[’']t) support\b|(?:please )?enable javascript\b|this video (?:is|can ?not|cannot)\b"
        r"|click here\b|tap here\b|show (?:key events|all|more|less)\b|pinned post|key events\W*$"
        r"|report (?:an error|a typo|a correction)|send (?:us )?(?:your )?(?:feedback|a tip|tips)|got a (?:news )?tip\b"
        r"|follow @|follow [\w ]{1,30} on (?:twitter|x|telegram|facebook|instagram|whatsapp)\b"
        r"|like this\W*$|like loading\b|loading\W*$|please wait\W*$|.{0,60}\bdelivered (?:straight )?to your inbox\b"
        r"|this (?:article|story|piece) (?:was |has been )?(?:first |originally )(?:published|appeared|posted)\b"
        r"|this (?:article|story|piece) (?:first )?appeared\b)",
        _I,
    ),
}

# The signature line of an embedded post ("— Jane Roe (@janeroe) October 16, 2023"); the post's text stays.
EMBED_SIGNATURE = re.compile(r"^[—–-]+\s*[^()]{0,60}\(@\w{1,30}\)\s*[\w ,.]{0,20}(?:19|20)\d{2}\W*$")

# Words of a date or time line ("Tue 3rd March 2021 | 08:15 AM", "5 minutes ago", "Updated: Jan 9th").
MONTH_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
WEEKDAY_WORDS = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
)
# Tokens that make a line a date line (at least one is needed).
STRONG_DATE_TOKEN = re.compile(
    rf"^(?:(?:{MONTH_WORDS}|{WEEKDAY_WORDS})\.?,?|\d{{1,4}}(?:[/.\-]\d{{1,4}}){{1,2}},?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    r"|\d{1,2}(?:st|nd|rd|th),?|(?:19|20)\d{2},?)$",
    _I,
)
# Tokens a date line may also hold (times, zones, "updated", "ago" ...).
WEAK_DATE_TOKEN = re.compile(
    r"^(?:\d{1,4},?|a\.?m\.?|p\.?m\.?|gmt|utc|est|edt|bst|cet|cest|msk|eet|eest|ist|[+-]\d{2}:?\d{2}|ago|just|now"
    r"|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|updated:?|published:?|posted:?|last|modified:?|on"
    r"|at|date:?|time:?|yesterday|today|[|•·/,–—-]+)$",
    _I,
)
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def is_date_line(line: str) -> bool:
    """A line that is only a date/time stamp, possibly with a short name ("Jo Lee 5 minutes ago ...")."""
    tokens = line.split()
    if not tokens or len(tokens) > MAX_DEBRIS_WORDS:
        return False
    strong = 0
    other: list[str] = []
    for token in tokens:
        if STRONG_DATE_TOKEN.match(token):
            strong += 1
        elif not WEAK_DATE_TOKEN.match(token):
            other.append(token)
    if strong == 0 and not re.search(r"\bago\b", line, _I):
        return False
    if len(other) > MAX_NAME_WORDS_IN_DATELINE:
        return False
    if other and SENTENCE_END.search(line) and not STRONG_DATE_TOKEN.match(tokens[-1]):
        return False
    # What is left must be a name (capitalised words), not a phrase of the text.
    return all(word[:1].isupper() or not word[:1].isalpha() for word in other)


# ---- Vocabularies of page furniture (whole-line phrases, compared casefolded without punctuation) ----

# Words of a page's controls and menus; a line made only of them (at most MAX_CONTROL_WORDS) is a control
# row ("Logo", "Close", "Copy link", "Load more", "Newsletters", "Menu Search").
CONTROL_WORDS = frozenset(
    """logo close open menu search newsletter newsletters subscribe subscribed login logout signin signup log
    sign register account profile skip top back home sections section topics topic tags tag trending popular
    latest settings language edition notifications alerts accessibility loading load show hide more less expand
    collapse toggle navigation nav play pause mute unmute replay watch listen video videos photo photos gallery
    podcast podcasts live next previous prev reply report like likes bookmark save saved print download copy
    copied link url share shares shared comment comments follow following followers view views read full
    screen fullscreen zoom enlarge caption captions transcript audio mode dark light font size text a+ a- here
    cancel submit send ok go up down left right continue x""".split()
)
MAX_CONTROL_WORDS = 5
# A control row needs one of these (so "Read here" or "Go up" are not enough: they are also plain words).
CONTROL_ANCHORS = frozenset(
    """logo close menu search newsletter newsletters subscribe login logout signin signup toggle navigation nav
    mute unmute replay bookmark copy url fullscreen transcript a+ a- cancel submit sections load hide gallery""".split()
)

# Section and category labels of news sites alone on a line ("Uncategorized", "World News", "Opinion").
SECTION_LABELS = frozenset(
    {
        "uncategorized", "uncategorised", "news", "world", "world news", "local news", "national", "international",
        "politics", "opinion", "opinions", "analysis", "editorial", "editorials", "features", "feature",
        "explainer", "explainers", "exclusive", "top news", "headlines", "news in brief", "briefs", "in depth",
        "middle east", "africa", "asia", "europe", "americas", "latin america", "asia pacific", "south asia",
        "defence", "defense", "security", "conflict", "conflicts", "war", "world war", "special report",
        "long read", "investigations", "investigation", "fact check", "commentary", "columns", "column", "blog",
        "blogs", "press release", "press releases", "from our correspondents", "eye witness", "live",
        "breaking", "breaking news", "just in", "developing story", "developing",
    }
)

# Headings of summary boxes set beside the story ("Key Points", "Highlights"); the box's entries stay text.
BOX_HEADINGS = frozenset(
    {
        "key points", "key takeaways", "takeaways", "highlights", "story highlights", "at a glance", "in brief",
        "in short", "summary", "quick read", "what we know", "what you need to know", "need to know",
        "fast facts", "key facts", "the big picture", "tl dr", "tldr", "in numbers", "catch up", "quick facts",
    }
)

# Comment forms under a story ("Leave a Reply", "Your email address will not be published. ...").
COMMENT_FORM = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|add comment|post comment|submit comment"
    r"|cancel reply|comments are closed|be the first to comment|log ?in to (?:comment|reply)|join the discussion"
    r"|view comments|show comments|load comments|comment policy|notify me of\b|save my name\b"
    r"|you must be logged in\b|(?:your )?name\s*\*|(?:your )?e-?mail(?: address)?\s*\*|website\s*\*?$"
    r"|\d+\s+characters? (?:remaining|left))"
    r"|\byour e-?mail address will not be published\b|\brequired fields are marked\b",
    _I,
)

# Photo agencies and picture desks named in credit lines ("REUTERS/Jane Roe", "AFP via Getty Images").
PHOTO_AGENCIES = (
    "associated press", "getty images", "afp", "agence france-presse", "ap", "reuters", "epa", "epa-efe", "efe",
    "anadolu agency", "anadolu", "xinhua", "tass", "sputnik", "ria novosti", "ani", "pti", "ians", "irna", "wafa",
    "dpa", "shutterstock", "alamy", "aap", "bloomberg", "nurphoto", "sopa images", "zuma press", "zuma", "imago",
    "abaca", "sipa", "rex features", "unsplash", "wikimedia commons", "pool", "handout", "file", "ukrinform",
    "unian", "kyodo", "yonhap", "bernama", "apa", "mena", "qna", "sana", "isna", "tasnim", "fars", "ap photo",
    "afp photo", "reuters photo", "getty", "corbis", "ddp", "picture alliance", "photothek", "social media",
    "screenshot", "screengrab", "video grab", "video screenshot", "courtesy",
)
# Words that mark a line as a credit ("Photo: ...", "Image source, ...", "Credit: ...").
CREDIT_MARKERS = (
    "photo credit", "image credit", "image source", "picture credit", "photograph", "photographer", "photo",
    "image", "picture", "credit", "credits", "courtesy of", "courtesy", "via", "file photo", "for", "by", "source",
)
MAX_CREDIT_WORDS = 10

# Role words of a byline without "By" ("GLOBE STAFF", "Staff Reporter", "Jane Roe, Special Correspondent").
BYLINE_ROLES = (
    "staff", "staff writer", "staff writers", "staff reporter", "staff correspondent", "correspondent",
    "special correspondent", "our correspondent", "reporter", "news desk", "web desk", "newsdesk", "desk",
    "bureau", "news service", "wire services", "agencies", "news agencies", "editor", "contributor",
    "contributing writer", "senior reporter", "editorial team", "editorial board", "news network",
)
# "Staff" after these is an institution, not a byline ("the General Staff", "Chief of Staff").
STAFF_OF_INSTITUTION = ("general", "joint", "of", "chiefs", "military", "naval", "army", "defence", "defense")
MAX_BYLINE_WORDS = 6
MAX_NAMES_BEFORE_ROLE = 2

# A label leading a link to another story, a video or a gallery, on a line of any length
# ("ALSO READ: ...", "READ | ...", "WATCH: ...", "RELATED: ...", "More: ..."): the rest is that story's title.
LINK_LEADIN = re.compile(
    r"^(?:also read|read also|read more|read|more|related(?: articles?| stories| news| coverage)?|see also"
    r"|don[’']?t miss|must read|recommended|suggested(?: reading)?|trending|watch(?: now| video)?|video|videos"
    r"|listen|photos|gallery|in pictures|more on this(?: story)?|further reading|more coverage)"
    r"\s*(?::|\||»|>|–|—|-\s)\s*\S",
    _I,
)
# Titles of embedded videos ("Moment a drone hits a depot", "The moment the bridge collapsed"): a short
# line with no sentence end starting so.
MEDIA_TITLE = re.compile(r"^(?:the\s+)?moments?\s+(?:when\s+|that\s+)?[\w'’-]+\s", _I)
MAX_MEDIA_TITLE_WORDS = 16
# A parenthesised agency note cut off by the scraper ("(With inputs from", "(With inp").
CUT_AGENCY_NOTE = re.compile(r"^\((?:with|from|inputs?|source)\b[^()]{0,40}$", _I)
# An agency note closing a story ("(With inputs from agencies)", "(With Reuters inputs)", "With agency inputs").
AGENCY_NOTE = re.compile(
    r"^\(\s*with (?:[\w-]+\s+){0,3}inputs?\b[^.()]*\)\.?$|^with (?:[\w-]+\s+){0,3}inputs?(?: from [\w ]{1,30})?\.?$",
    _I,
)
# Text cut short by the scraper with an ellipsis straight after a word ("... the army is still able to…"):
# in the body, the excerpt of another story or of an embedded post (a cut caption at the top, or one with
# its credit line after it, stays text). At least this many words.
TRUNCATED_EXCERPT = re.compile(r"[\w,;]\s?(?:…|\.\.\.|\[…\]|\[\.\.\.\])$")
MIN_EXCERPT_WORDS = 8

_PUNCT = re.compile(r"[^\w\s+'’-]+")


def _phrase(line: str) -> str:
    """The line casefolded, punctuation turned to spaces, whitespace collapsed."""
    return " ".join(_PUNCT.sub(" ", line.casefold()).split())


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() or not word[:1].isalpha()


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern matching any of `phrases` as whole words of a _phrase (longest first)."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])")


_AGENCY_PATTERN = _phrase_pattern(PHOTO_AGENCIES)
_MARKER_PATTERN = _phrase_pattern(CREDIT_MARKERS)


def _strip_phrases(text: str, pattern: re.Pattern[str]) -> tuple[str, int]:
    """`text` (a _phrase) with every whole occurrence of the pattern's phrases removed, and how many."""
    text, count = pattern.subn(" ", text)
    return " ".join(text.split()), count


def is_credit_line(line: str) -> bool:
    """A photo credit on its own ("REUTERS/Jane Roe", "Getty Images", "(AFP Photo)", "Jo Bloggs/AP")."""
    words = line.split()
    # A credit has no sentence end, except a short one in brackets ("(AFP Photo.)").
    if not words or len(words) > MAX_CREDIT_WORDS or (SENTENCE_END.search(line) and len(words) > 3):
        return False
    phrase = _phrase(line.replace("/", " / "))
    rest, agencies = _strip_phrases(phrase, _AGENCY_PATTERN)
    if not agencies:
        return False
    rest, markers = _strip_phrases(rest, _MARKER_PATTERN)
    # The original words left once agencies and markers are gone must be names (capitalised).
    leftover = set(rest.split())
    names = [w for w in re.split(r"[\s/|,;:()©]+", line) if w and _phrase(w) in leftover]
    if not all(_is_name_word(w) for w in names) or len(names) > 4:
        return False
    only_agencies = not rest
    separated = bool(re.search(r"[/|©]", line)) or line.lstrip("(").casefold().startswith(
        ("photo", "image", "picture", "credit", "courtesy")
    )
    return only_agencies or separated or markers > 0


def is_role_byline(line: str) -> bool:
    """A byline without "By": names followed by a role ("GLOBE STAFF", "Jane Roe, Staff Writer").

    A headline can end in a role word too ("Militants Abduct Radio Reporter"), so the names must be set off
    from the role (a comma, bar or dash, with nothing else after it), or the line be in capitals, or the role
    stand alone or be one of several words ("Staff Writer") after at most MAX_NAMES_BEFORE_ROLE names.
    """
    words = line.split()
    if not words or len(words) > MAX_BYLINE_WORDS or SENTENCE_END.search(line):
        return False
    if not all(_is_name_word(w) for w in re.split(r"[\s,|–—-]+", line) if w):
        return False
    phrase = _phrase(line)
    for role in sorted(BYLINE_ROLES, key=len, reverse=True):
        if phrase == role:
            return True
        if not phrase.endswith(" " + role):
            continue
        before = phrase[: len(phrase) - len(role)].split()
        if role == "staff" and before[-1] in STAFF_OF_INSTITUTION:
            return False
        # "Jane Roe, Staff Writer": the role alone after the separator, a few names before it.
        parts = re.split(r"[,|–—]|\s-\s", line)
        set_off = len(parts) == 2 and _phrase(parts[1]) == role and len(parts[0].split()) <= MAX_NAMES_BEFORE_ROLE + 1
        capitals = line.upper() == line
        multiword = " " in role and len(before) <= MAX_NAMES_BEFORE_ROLE
        return set_off or (capitals and len(before) <= MAX_NAMES_BEFORE_ROLE) or multiword
    return False


def is_control_row(line: str) -> bool:
    """Page controls alone on a line ("Logo", "Close", "Copy link", "Newsletters")."""
    words = _phrase(line).split()
    return (
        0 < len(words) <= MAX_CONTROL_WORDS
        and all(word in CONTROL_WORDS for word in words)
        and any(word in CONTROL_ANCHORS for word in words)
    )


def furniture_kind(line: str) -> str | None:
    """Rules over the page-furniture vocabularies above (short lines, whole-line phrases)."""
    phrase = _phrase(line)
    if is_control_row(line):
        return "page_control"
    if phrase in SECTION_LABELS and not SENTENCE_END.search(line):
        return "section_label"
    if phrase in BOX_HEADINGS and not SENTENCE_END.search(line):
        return "box_heading"
    if COMMENT_FORM.search(line):
        return "comment_form"
    if is_credit_line(line):
        return "photo_credit"
    if is_role_byline(line):
        return "byline"
    if CUT_AGENCY_NOTE.match(line) or AGENCY_NOTE.match(line):
        return "agency_note"
    return None


def debris_kind(line: str) -> str | None:
    """The name of the debris rule a (stripped) line matches, or None for text worth keeping."""
    if LINK_LEADIN.search(line):
        return "more_links"
    words = len(line.split())
    if (words <= MAX_MEDIA_TITLE_WORDS and MEDIA_TITLE.search(line)
            and not SENTENCE_END.search(line) and not line.endswith((":", ";", ","))):
        return "media_title"
    if words > MAX_DEBRIS_WORDS:
        return None
    for name, pattern in SHORT_LINE_RULES.items():
        if pattern.search(line):
            return name
    kind = furniture_kind(line)
    if kind:
        return kind
    if EMBED_SIGNATURE.match(line):
        return "embed_signature"
    if is_date_line(line):
        return "date_line"
    return None


# ---- Rules that judge a line by its neighbours ----

# Headings of lists of links to other stories and of news boxes ("Related", "Latest news", "Most read",
# "Live updates", "Read more:"): the headline-like lines that follow them (and their authors and timestamps)
# are the list.
LIST_HEADING = re.compile(
    r"^(?:related(?: articles?| stories| news| posts| content| coverage| topics)?|latest(?: news| stories| updates"
    r"| articles| headlines| posts)?|live(?: updates| blog)|more (?:news|stories|headlines|articles)"
    r"|more (?:from|on|about) [^.!?]{1,40}"
    r"|most (?:read|popular|viewed|shared|commented)|you (?:may|might) also (?:like|be interested in)"
    r"|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|top stories|editor[’']?s picks?"
    r"|in other news|also in [^.!?]{1,40}|what to read next|read next|up next|don[’']?t miss|news feed|newsfeed"
    r"|recent posts|popular posts|latest posts|read more|read also|also read|see also|further reading|more)\W*$",
    _I,
)
# A list heading has at most this many words.
MAX_LIST_HEADING_WORDS = 6
# Entries of such a list: at most this many words and no sentence end; at most this many lines in a list.
MAX_LIST_ENTRY_WORDS = 20
MAX_LIST_LINES = 30
# A run of teaser headlines with no heading (boxes of other stories set between paragraphs): at least this
# many consecutive lines of headline shape, each of MIN..MAX words, after the story has begun.
MIN_TEASER_RUN = 3
MIN_TEASER_HEADLINE_WORDS = 4
MAX_TEASER_HEADLINE_WORDS = 16
# The story has begun once a line of this many words has ended a sentence.
MIN_BODY_WORDS = 12
# A menu: at least this many consecutive lines of at most MAX_MENU_WORDS words each, no digits, no sentence end.
MIN_MENU_RUN = 3
MAX_MENU_WORDS = 3
# A bare tag: one to this many lowercase words alone between blank lines ("militia", "east africa").
MAX_TAG_WORDS = 3
# An image title before a caption and its credit line: at most this many capitalised words.
MAX_IMAGE_TITLE_WORDS = 6
MIN_CAPTION_WORDS = 8
# List items start with a bullet or a number: a box of points, not a teaser run.
LIST_MARKER = re.compile(r"^(?:[•·▪►‣◦*–—-]|\d{1,2}[.)]\s)")
# A tally line ("Tanks — 1,873 (+6)", "Personnel: about 48,210"): a figure after a dash or colon, or a daily
# increase in brackets. Such lists are reporting, never teasers.
TALLY_LINE = re.compile(r"[—–:-]\s*(?:about|approximately|around|some|over|more than|up to|~)?\s*\d|\(\+\s?\d", _I)
ANY_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
# A text hard-wrapped at a fixed width has many lines that stop mid-sentence and go on in lowercase on the
# next line; with at least this many, the rules over runs of lines without a sentence end are not used.
MIN_WRAPPED_LINES = 2


def _headline_shaped(line: str, min_words: int, max_words: int) -> bool:
    words = line.split()
    return (
        min_words <= len(words) <= max_words
        and not ANY_SENTENCE_END.search(line)
        and not LIST_MARKER.match(line)
        and not TALLY_LINE.search(line)
        and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"'“‘")
    )


def _hard_wrapped(lines: list[str]) -> bool:
    cut = 0
    for k in range(len(lines) - 1):
        nxt = lines[k + 1]
        if len(lines[k].split()) >= 6 and not ANY_SENTENCE_END.search(lines[k]) and nxt[:1].islower():
            cut += 1
    return cut >= MIN_WRAPPED_LINES


def neighbour_debris(lines: list[str], isolated: list[bool], kinds: list[str | None]) -> list[str | None]:
    """Kinds of `lines` (stripped, in order) with debris that only its neighbours reveal added: lists of
    linked headlines after a list heading, runs of teaser headlines, cut excerpts, menus, bare tags, image
    titles.

    `isolated[i]`: line i has a blank line (or the document's edge) both before and after it; `kinds`:
    the single-line rule of each line (None = text). Lines already judged debris stay so. Lists and runs
    count only once the story has begun (a line of MIN_BODY_WORDS words ending a sentence), so the
    headline, subtitle and captions at the top are never taken for them.
    """
    out = list(kinds)
    n = len(lines)
    wrapped = _hard_wrapped(lines)
    started = [False] * n  # the story has begun before line k
    begun = False
    for k in range(n):
        started[k] = begun
        if kinds[k] is None and len(lines[k].split()) >= MIN_BODY_WORDS and SENTENCE_END.search(lines[k]):
            begun = True
    last_text = max((k for k in range(n) if kinds[k] is None), default=-1)
    # Lists of links after a heading (the heading may itself match a single-line rule: "Related").
    k = 0
    while k < n:
        heading = lines[k]
        if len(heading.split()) > MAX_LIST_HEADING_WORDS or SENTENCE_END.search(heading) or not LIST_HEADING.match(heading):
            k += 1
            continue
        if started[k]:
            out[k] = out[k] or "more_links"
        j = k + 1
        while started[k] and j < n and j - k <= MAX_LIST_LINES:
            if kinds[j] is None and not _headline_shaped(lines[j], 1, MAX_LIST_ENTRY_WORDS):
                break
            out[j] = out[j] or "link_list"
            j += 1
        k = j
    if not wrapped:
        # Excerpts cut short in the body (not the last paragraph: a paywall cuts the story itself).
        for k in range(n):
            if (out[k] is None and started[k] and k != last_text and len(lines[k].split()) >= MIN_EXCERPT_WORDS
                    and TRUNCATED_EXCERPT.search(lines[k]) and not (k + 1 < n and kinds[k + 1] == "photo_credit")):
                out[k] = "truncated_excerpt"
        # Runs of teaser headlines with no heading, not introduced by a line ending in a colon.
        run: list[int] = []
        for k in range(n + 1):
            if k < n and out[k] is not None:
                continue
            if k < n and started[k] and _headline_shaped(lines[k], MIN_TEASER_HEADLINE_WORDS, MAX_TEASER_HEADLINE_WORDS):
                run.append(k)
                continue
            if len(run) >= MIN_TEASER_RUN:
                before = run[0] - 1
                while before >= 0 and out[before] is not None:
                    before -= 1
                if not (before >= 0 and lines[before].endswith(":")):
                    for x in run:
                        out[x] = "teaser_run"
            run = []
        # Menus: runs of very short lines without digits or a sentence end (short debris lines among them
        # count: "Home", "World", "Politics", "Sport").
        k = 0
        while k < n:
            m = k
            while m < n and len(lines[m].split()) <= MAX_MENU_WORDS and (
                out[m] is not None
                or (not any(c.isdigit() for c in lines[m]) and not ANY_SENTENCE_END.search(lines[m]))
            ):
                m += 1
            if m - k >= MIN_MENU_RUN and any(out[x] is None for x in range(k, m)):
                for x in range(k, m):
                    out[x] = out[x] or "navigation"
            k = max(m, k + 1)
    for k in range(n):
        words = lines[k].split()
        # Bare tags: lowercase words alone between blank lines.
        if (out[k] is None and isolated[k] and len(words) <= MAX_TAG_WORDS
                and all(w.isalpha() and w.islower() for w in words)):
            out[k] = "tag_label"
        # An image title: a few capitalised words, then a caption, then a credit line.
        if (out[k] == "photo_credit" and k >= 2 and out[k - 1] is None and out[k - 2] is None
                and len(lines[k - 1].split()) >= MIN_CAPTION_WORDS):
            title = lines[k - 2]
            title_words = title.split()
            if (len(title_words) <= MAX_IMAGE_TITLE_WORDS and all(_is_name_word(w) for w in title_words)
                    and not any(c.isdigit() for c in title) and not ANY_SENTENCE_END.search(title)):
                out[k - 2] = "image_title"
    return out
