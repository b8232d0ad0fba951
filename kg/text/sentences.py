"""Where sentences end in running text: abbreviations ("U.S.", "Inc.", "No.") and initials
do not end one, a company suffix followed by a sentence opener does ("... SPSS Inc. Later in
2009, ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.text.items import DOTTED, legal_forms

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "e.u", "inc", "ltd", "co", "corp", "no", "nos", "st", "mr", "mrs", "ms",
    "dr", "prof", "jr", "sr", "vs", "v", "etc", "e.g", "i.e", "approx", "est", "gen", "gov",
    "sgt", "lt", "col", "capt", "rev", "hon", "mt", "ft", "dept", "univ", "assn", "bros",
    "plc", "llc", "s.a", "n.v", "a.g", "ag", "p.l.c", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "pp", "ch", "art", "ca",
    "c", "cf", "al", "op", "ed", "eds", "ave", "blvd", "rd", "hwy", "pty", "bhd", "s.p.a",
    "pte", "d.c", "l.a", "n.y", "p.m", "a.m", "ph.d", "b.a", "m.a", "u.s.a", "r.o.c", "p.r.c",
    # currencies written before the amount ("kr. 700 million", "SFr. 640 million",
    # "Rs. 1,000", "Rp. 2 trillion", "Tk. 40 crore", "KSh. 3 billion")
    "kr", "sfr", "rs", "rp", "tk", "ksh",
}
# a sentence opens with a capital or a digit, of any script ("Škoda", "Łódź", "Ωmega"): the
# pattern lets any letter through, and split_sentences keeps only a capital or a digit
_BOUNDARY = re.compile(r"([.!?])([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]*[^\W_])")
_QUOTES = "\"'“‘(["

_WORD_BEFORE = re.compile(r"([\w.]+)$")
# Company suffixes after which a sentence opener ("Later", "The") opens a sentence. These sets
# are words as split here (lower case, inner full stops kept: "s.a", "p.l.c"), not the patterns
# of the shared table (``kg.text.items.LEGAL_FORMS``, read below through ``_DOTTED_FORM``): they
# differ from it on purpose ("bros" ends no name, "s.a.c" and "c.v" are read here only), and
# every word of them moves where a sentence of any article ends
_SUFFIXES = {"inc", "ltd", "corp", "co", "plc", "llc", "ag", "bros"}
# Legal forms that close a company's name. After one that follows a name ("Acme Holdings S.A.",
# "Acme & Co."), a period and a capitalised word that is neither another legal form ("Co. Ltd",
# "GmbH & Co. KG") nor a title before a name ("Apple Inc. CEO Tim Cook") end the sentence:
# "... took the name Acme S.A. Its shares were listed ...". "S.A. de C.V." and "Inc. and X"
# go on in lower case and are never cut.
# ("Bros." is no form: a name goes on after it, "Warner Bros. Pictures", "Baker Bros. Advisors")
_LEGAL_FORMS = (_SUFFIXES - {"bros"}) | {
    "s.a", "n.v", "b.v", "s.p.a", "s.r.l", "p.l.c", "s.a.b", "bhd", "pte", "pty",
    "ltda", "s.l", "d.o.o", "d.d", "a.s", "a.ş", "k.k", "s.a.s", "s.a.c", "s.a.a", "c.v",
}
_NAME_BEFORE = re.compile(r"(?:[A-Z&)\]][\w.'’)\]]*|[A-Z][\w.'’-]*,)\s+$")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_NEXT_WORD = re.compile(r"([A-Z][\w'’]*)(\.[A-Z]| [A-Z])?")
# capitalised words that go on a name after a legal form ("Acme Co. Ltd", "Acme GmbH & Co. KG")
_FORM_WORDS = frozenset({
    "Ltd", "Ltda", "Co", "Corp", "Inc", "KG", "KGaA", "GmbH", "LLC", "LLP", "LP", "PLC", "AG", "Pte",
    "Pty", "Bhd", "Sdn", "SA", "NV", "BV", "SE", "Limited", "Company", "Corporation", "Incorporated",
})
_OPENER = re.compile(
    r"(?:In|On|Later|By|During|After|Before|Since|However|Following|The|This|These|It|Its|They|"
    r"Their|He|She|In addition|Also|Meanwhile|Today|Currently|From|As of|(?:A|An|Two|Three)(?= [a-z]))\b(?! Inc\b)"
)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
# Abbreviations inside names, read as written (a capital, then lower case), after which a name
# goes on: "Sault Ste. Marie", "the Ss. Cyril and Methodius University", "Chr. Hansen", "Gebr.
# Heinemann", "Hnos. Pérez", "Wm. Wrigley", "Sdn. Bhd.", "Pvt. Ltd.", "Sawmill Nr. 2". Written so
# they are no English word nor name ("SS." or "STE." stay ends); none of them ends a sentence.
_NAME_ABBREVIATIONS = frozenset({
    "Ste", "Sta", "Ss", "Sts", "Chr", "Gebr", "Gebrs", "Hnos", "Hno", "Wm", "Chas", "Thos", "Jas",
    "Benj", "Sdn", "Pvt", "Nr", "Nrs", "Mfg", "Intl", "Natl", "Hldgs", "Ets", "Soc", "Sté", "Pt",
    "Mme", "Mlle", "Msgr", "Fr", "Maj", "Brig", "Adm", "Cdr", "Supt",
})
# the dotted legal forms of the shared table (``kg.text.items``), read as written: "Kft.", "Zrt.",
# "Nyrt.", "Cía." close a name as "Inc." does ("Kőrös Járműgyár Nyrt. (...) is a maker")
_DOTTED_FORM = re.compile(legal_forms(DOTTED))
_WORD_WINDOW = 64


def _word_before(text: str, end: int) -> re.Match | None:
    """``_WORD_BEFORE.search(text, 0, end)`` without scanning the text from its start.

    A match is the run of word characters (``\\w``: ``str.isalnum`` or "_") and dots that ends
    at ``end``, or just before a newline at ``end - 1`` (where ``$`` matches too), and does not
    depend on where the search starts: the run is walked back from its end, then matched once
    where it starts.
    """
    stop = end - 1 if end and text[end - 1] == "\n" else end
    i = stop
    while i and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    return _WORD_BEFORE.match(text, i, end) if i < stop else None


def _legal_form_ends(text: str, start: int, form: int, nxt: int) -> bool:
    """Whether the legal form starting at ``form`` closes a name that ends the sentence begun at
    ``start``: a name stands before it, the sentence tells something before the name (a word in
    lower case: "Apple Inc. Board members left" is one sentence) and a capitalised word that
    starts no name of its own follows the period."""
    nm = _NEXT_WORD.match(text, nxt)
    if nm is None or nm.group(1) in _FORM_WORDS or nm.group(2) and (
            nm.group(2)[0] == "." or len(nm.group(1)) > 1 and nm.group(1).isupper()):
        return False  # "Co. Ltd", initials ("A.G. Edwards"), a title before a name ("CEO Tim")
    return (_NAME_BEFORE.search(text, max(0, form - _WORD_WINDOW), form) is not None
            and _LOWER_WORD.search(text, start, form) is not None)


def split_sentences(text: str, keep: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentence spans in ``text``; abbreviations ("U.S.", "Inc.", "No.") do not end one, nor does
    a full stop inside one of the ``keep`` spans (the texts of links: "[[Chr. Hansen]]")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if keep and any(k0 < m.start(3) and m.end(3) < k1 for k0, k1 in keep):
            continue  # a name goes on after the space: "the [[Ss. Cyril and Methodius University]]"
        first = text[m.end(3)]
        if first in _QUOTES:
            first = text[m.end(3):m.end(3) + 8].lstrip(_QUOTES)[:1]
        if not (first.isupper() or first.isdigit()):
            continue  # "... e.g. the plant", "... 3 p.m. on": no capital, no new sentence
        if m.group(1) == ".":
            word = _word_before(text, m.start(1))
            raw = word.group(1).rstrip(".") if word else ""
            w = raw.lower()
            # a dotted form of the shared table that this module's tables do not know ("Nyrt.")
            dotted = w not in ABBREVIATIONS and _DOTTED_FORM.fullmatch(raw) is not None
            if (w in _LEGAL_FORMS or dotted) and _legal_form_ends(text, start, word.start(1), m.end(3)):
                pass
            elif dotted or w in ABBREVIATIONS or raw in _NAME_ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                # "... it acquired SPSS Inc. Later in 2009, ...": after a company suffix, a
                # word that opens sentences opens one
                if not ((w in _SUFFIXES or dotted) and _OPENER.match(text, m.end(3))):
                    continue
            elif _INITIALS.fullmatch(w):  # initials such as "J.R.R"
                continue
        end = m.end(2)
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end(3)
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
