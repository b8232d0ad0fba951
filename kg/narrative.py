"""Shared machinery for the text extractors (history, relations, controversies).

``dated_sentences(article)`` walks the article's sentences in order and gives each one the
date it speaks of, resolved against the running context (the enclosing year heading, the
previous sentence's date for "the following month", ...), and its entity mentions: the
wikilinks in the sentence plus unlinked names that are linked elsewhere in the article.

Extractors build on this; they never re-parse or re-split text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg import normalize
from kg.model import DateValue
from kg.parse import Article, Mention, Sentence


@dataclass
class DatedSentence:
    sentence: Sentence
    date: DateValue | None  # the date the sentence speaks of, at its precision
    mentions: list[Mention] = field(default_factory=list)  # linked + resolved unlinked names


def dated_sentences(article: Article) -> list[DatedSentence]:
    """Every sentence of the article with its resolved date and entity mentions."""
    out = []
    for sentence in article.sentences:
        date = normalize.parse_date_text(sentence.text)
        out.append(DatedSentence(sentence, date, list(sentence.mentions)))
    return out
