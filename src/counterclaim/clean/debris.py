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
    # Donation widgets: an amount alone on a line ("2,500 $", "$ 10", "€5").
    "currency_amount": re.compile(
        r"^(?:[$€£¥₽₴]\s*\d[\d,.'\s]*|\d[\d,.'\s]*\s*(?:[$€£¥₽₴]|usd|eur|gbp|rub|uah))\s*$", _I
    ),
    # Appeals for money or support ("Do you like this content? Consider helping us!", "Donate now").
    "donation_appeal": re.compile(
        r"^(?:please\s+)?(?:donate|support us|support our (?:work|journalism|reporting)|help us\b|become a "
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
        r"^(?:please\s+)?(?:subscribe|sign up|follow us|join us|join our)\b|\bnewsletter\b"
        r"|\bsubscribe to (?:our|the)\b",
        _I,
    ),
    # Image and gallery prompts and credits ("Click to see full-size image", "Photo: AFP").
    "image_prompt": re.compile(
        r"\b(?:click|tap)(?: here)? to (?:see|view|enlarge|open|expand)\b|\bfull[- ]size image\b"
        r"|^(?:photo|image|picture|file photo|photograph)(?: credit)?\s*[:|/©]",
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
        r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\bterms of (?:use|service)\b|\bprivacy policy\b",
        _I,
    ),
    # Advertising labels.
    "advertising_label": re.compile(
        r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted)\W*$", _I
    ),
    # Navigation residue: a menu word alone on a line, or a breadcrumb trail ("Home > World > Europe").
    "navigation": re.compile(
        r"^(?:home|menu|search|log ?in|sign ?in|register|skip to (?:main )?content|back to top|next (?:article|story)"
        r"|previous (?:article|story)|comments?|\d+ comments?|leave a (?:comment|reply)|tags?:.*|filed under:?.*)\W*$"
        r"|^[\w .'&-]{1,30}(?:\s*[>»›]\s*[\w .'&-]{1,30}){2,}$",
        _I,
    ),
    # A bare site name or address on its own line ("UrduPoint.com", "www.example.org/news").
    "site_address": re.compile(
        r"^(?:https?://)?(?:www\.)?[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})*\.[a-z]{2,12}(?:/\S*)?$", _I
    ),
    # Tracking or article identifiers: one long token mixing letters and many digits.
    "tracking_code": re.compile(r"^(?=[A-Za-z_-]*\d)(?=(?:\D*\d){8})(?=.*[A-Za-z])[A-Za-z0-9_-]{16,}$"),
    # Author lines ("By Jane Doe", "By IndepthAfrica", "Reporting by ...; Editing by ..."): names capitalised.
    "byline": re.compile(
        r"^[Bb][Yy]\s+@?[A-Z][\w.'’@-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4}\.?$"
        r"|^\(?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting|[Cc]ompiled) by\b.*\)?$"
    ),
}

# Words of a date or time line ("Mon 28th September 2020 | 11:37 PM", "3 minutes ago", "Updated: Nov 16th").
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
    """A line that is only a date/time stamp, possibly with a short name ("Sumaira FH 3 minutes ago ...")."""
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


def debris_kind(line: str) -> str | None:
    """The name of the debris rule a (stripped) line matches, or None for text worth keeping."""
    if len(line.split()) > MAX_DEBRIS_WORDS:
        return None
    for name, pattern in SHORT_LINE_RULES.items():
        if pattern.search(line):
            return name
    if is_date_line(line):
        return "date_line"
    return None
