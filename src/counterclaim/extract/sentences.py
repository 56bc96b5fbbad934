"""Sentence segmentation with character offsets: spaCy's English tokenizer and sentencizer plus rules.

Line breaks are hard boundaries (scraped pages put headlines and paragraphs on their own lines), unless a
line stops inside its sentence and the next goes on with it (text wrapped at a fixed width); inside a line,
spaCy's rule-based sentencizer splits, and the tokenizer's exceptions keep abbreviations such as "Oct." or
"U.S." inside their sentence. Does not tag or parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

# Lines longer than this are cut into pieces before tokenizing, so one huge line stays cheap.
MAX_LINE_CHARS = 20_000
# No real sentence is longer; longer runs (lists without full stops, unpunctuated dumps) are cut at
# whitespace so that the claim patterns, which look back within a sentence, stay linear in the text.
MAX_SENTENCE_CHARS = 1_500
LINE = re.compile(r"[^\n]+")
OPENING_QUOTE_AT_END = re.compile(r"\s[“\"]\s*$")
# Abbreviated ranks and offices that head a name ("Lt. Col. Ali Khan said"): spaCy's exceptions lack
# most of them, and a split there cuts the speaker off from the verb.
TITLE_ABBREVIATIONS = (
    "Lt.", "Col.", "Gen.", "Maj.", "Capt.", "Sgt.", "Brig.", "Cpl.", "Pvt.", "Cmdr.", "Cdr.", "Adm.", "Cmdt.",
    "Supt.", "Insp.", "Amb.", "Pres.", "Lt.-Col.", "Lt.-Gen.", "Maj.-Gen.", "Col.-Gen.", "Brig.-Gen.",
)
# ... and abbreviations inside the names of companies, offices and places ("Travelers Cos. Inc.", "Fort Wayne Dept. of
# Health", "Ft. Myers"), which end no sentence.
NAME_ABBREVIATIONS = ("Cos.", "Bros.", "Dept.", "Govt.", "Dist.", "Prov.", "Ft.", "Mt.")


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text and where it starts in the text it was cut from."""

    start: int
    end: int
    text: str
    paragraph: int  # index of the line it belongs to (headline, paragraph ...)


@lru_cache(maxsize=1)
def english_pipeline() -> Language:
    import spacy
    from spacy.symbols import ORTH

    from counterclaim.extract.syntax import language_model

    # The statistical model's vocabulary, shared: a word's entry (lexeme) is made once, not once here and again when
    # its sentence is parsed. The tokenizer, its exceptions and the sentencizer are blank English's own.
    nlp = spacy.blank("en", vocab=language_model().vocab)
    for abbreviation in (*TITLE_ABBREVIATIONS, *NAME_ABBREVIATIONS):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer")
    return nlp


# The splitter's own exceptions, anywhere in a piece of text (most pieces have none).
OWN_EXCEPTION = re.compile("|".join(re.escape(abbreviation) for abbreviation in (*TITLE_ABBREVIATIONS, *NAME_ABBREVIATIONS)))


@lru_cache(maxsize=1)
def _sentencizer() -> Sentencizer:
    return Sentencizer()


def _tokens_with_sentences(piece: str) -> Doc:
    """The piece tokenized and cut into sentences as `english_pipeline()` does. The model's tokenizer is blank English's
    (the same exceptions and affix rules) less the splitter's own exceptions, so a piece holding none of them is
    tokenized by it, and the splitter's pipeline (some 0.05 s to build, for its thousands of exceptions) is built only
    for a text that needs it."""
    from counterclaim.extract.syntax import language_model

    if OWN_EXCEPTION.search(piece):
        return english_pipeline()(piece)
    return _sentencizer()(language_model().tokenizer(piece))


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of `text`, in order, with offsets into `text`."""
    sentences: list[Sentence] = []
    for paragraph, (line_start, line_end) in enumerate(_unwrapped_lines(text)):
        if not text[line_start:line_end].strip():
            continue
        for piece_start in range(line_start, line_end, MAX_LINE_CHARS):
            piece = text[piece_start : min(piece_start + MAX_LINE_CHARS, line_end)]
            for sent in _tokens_with_sentences(piece).sents:
                start = piece_start + sent.start_char
                end = piece_start + sent.end_char
                chunk = text[start:end]
                stripped = chunk.strip()
                if not stripped:
                    continue
                lead = len(chunk) - len(chunk.lstrip())
                start += lead
                end = start + len(stripped)
                for cut_start, cut_end in _cut_long(text, start, end):
                    sentences.append(Sentence(start=cut_start, end=cut_end, text=text[cut_start:cut_end], paragraph=paragraph))
    return _move_opening_quotes(text, _merge_fragments(text, sentences))


def _unwrapped_lines(text: str) -> list[tuple[int, int]]:
    """The lines of `text` as (start, end), a line broken inside its sentence joined to the next ("... killing\nthree
    soldiers"): text wrapped at a fixed width breaks lines anywhere, and a sentence must not be cut there. A break
    before a lowercase word is always such a break; in a text with several of them (a wrapped text), so is any break
    after a line that stops inside its sentence ("destroyed\n15 combat vehicles near\nMellit")."""
    spans = [line.span() for line in LINE.finditer(text)]
    adjacent = [i for i in range(1, len(spans)) if text[spans[i - 1][1] : spans[i][0]] == "\n"
                and WRAPPED_LINE_END.search(text, spans[i - 1][0], spans[i - 1][1])]
    wrapped_text = sum(1 for i in adjacent if WRAPPED_LINE_START.match(text, spans[i][0])) >= MIN_WRAPPED_BREAKS
    joined = {i for i in adjacent if wrapped_text or WRAPPED_LINE_START.match(text, spans[i][0])}
    lines: list[tuple[int, int]] = []
    for i, span in enumerate(spans):
        if i in joined:
            lines[-1] = (lines[-1][0], span[1])
        else:
            lines.append(span)
    return lines


# A line that stops inside its sentence (a word or a comma, no full stop, colon or closing quote) ...
WRAPPED_LINE_END = re.compile(r"[\w,]$")
# ... and a next line that goes on with it (a lowercase word); a text with this many such breaks is wrapped.
WRAPPED_LINE_START = re.compile(r"[a-z]")
MIN_WRAPPED_BREAKS = 2


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence as pieces of at most MAX_SENTENCE_CHARS, cut after whitespace where possible."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut + 1 if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


def _merge_fragments(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Re-attach pieces the sentencizer cut off after a closing quote mark or a lone bracket."""
    merged: list[Sentence] = []
    for sentence in sentences:
        if (
            merged
            and merged[-1].paragraph == sentence.paragraph
            and (len(sentence.text) <= 2 or sentence.text[0].islower())
            and sentence.end - merged[-1].start <= MAX_SENTENCE_CHARS
        ):
            previous = merged[-1]
            merged[-1] = Sentence(
                start=previous.start,
                end=sentence.end,
                text=text[previous.start : sentence.end],
                paragraph=previous.paragraph,
            )
            continue
        merged.append(sentence)
    return merged


def _move_opening_quotes(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Give an opening quote mark left at the end of a sentence ('... he said. “') to the sentence it opens."""
    moved = list(sentences)
    for index in range(len(moved) - 1):
        sentence, following = moved[index], moved[index + 1]
        if sentence.paragraph != following.paragraph or not OPENING_QUOTE_AT_END.search(sentence.text):
            continue
        quote = sentence.start + len(sentence.text.rstrip()) - 1
        end = sentence.start + len(sentence.text[: quote - sentence.start].rstrip())
        moved[index] = Sentence(sentence.start, end, text[sentence.start : end], sentence.paragraph)
        moved[index + 1] = Sentence(quote, following.end, text[quote : following.end], following.paragraph)
    return [s for s in moved if s.text.strip()]
