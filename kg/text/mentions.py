"""Who a sentence names: unlinked names resolved to entities linked elsewhere in the
article, the names that denote the company itself, and links that describe rather than name
a party (place adjectives, offices, laws).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from mwparserfromhell.nodes import Heading, Tag, Text

from kg.model import Entity
from kg.text import kinds
from kg.text.article_cache import slot
from kg.text.countries import country_code, demonym_country
from kg.text.items import DOTTED, LEGAL_SUFFIXES, LOWER, legal_forms, split_items
from kg.text.parse import Article, Mention
from kg.text.render import plain_text

# Capitalised words that are never entity names on their own.
NOT_NAMES: frozenset[str] = frozenset(
    "the a an in on at of and or for by with from to it its this that these those he she they "
    "his her their company group government university city state national international "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday inc ltd plc llc corp co "
    "series round first new later earlier after before during since then also however today "
    "following next last this".split()
)


@dataclass
class NameIndex:
    """Unlinked names that resolve to an entity linked elsewhere in the article.

    Names are looked up by their first word, so finding them costs one scan of the
    capitalised words of a sentence whatever the number of names.
    """

    entities: dict[str, Entity]
    by_first: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in sorted(self.entities, key=len, reverse=True):
            first = _FIRST_WORD.match(name)
            if first:
                self.by_first.setdefault(first.group(0), []).append(name)
        self._alternatives: dict[str, re.Pattern] = {}

    def _names_at(self, first: str) -> re.Pattern:
        """The names starting with ``first``, longest first, as one pattern that also checks
        that a name ends where a word ends."""
        pattern = self._alternatives.get(first)
        if pattern is None:
            alternation = "|".join(re.escape(n) for n in self.by_first[first])
            pattern = self._alternatives[first] = re.compile(rf"(?:{alternation})(?![\w-])")
        return pattern

    def find(self, text: str, taken: list[Mention]) -> list[Mention]:
        found: list[Mention] = []
        by_first = self.by_first
        if not by_first:
            return found
        covered: list[int] | None = None
        reach: list[int] = []
        pos = 0
        for m in _CAP_WORD.finditer(text):
            names = by_first.get(m.group(0))
            if names is None:
                continue
            start = m.start()
            if start < pos:
                continue
            if len(names) == 1:
                name = names[0]
                end = start + len(name)
                if not text.startswith(name, start) or (end < len(text) and (text[end].isalnum() or text[end] in "-_")):
                    continue
            else:
                hit = self._names_at(m.group(0)).match(text, start)
                if hit is None:
                    continue
                name, end = hit.group(0), hit.end()
            if covered is None:  # the spans taken, by start, and the furthest end up to each
                spans = sorted((t.start, t.end) for t in taken)
                covered = [a for a, _ in spans]
                reach = list(accumulate((b for _, b in spans), max))
            k = bisect_left(covered, end)  # the spans that start before this name ends
            if k and reach[k - 1] > start:
                continue  # one of them ends after it starts: they overlap
            if start > 1 and text[start - 1] == " ":
                before = text[text.rfind(" ", 0, start - 1) + 1: start - 1]
                if _NAME_WORD.fullmatch(before) and before.lower() not in _OPENERS:
                    continue  # the tail of a longer name: "Daily Star" in "the Toronto Daily Star"
            if end + 1 < len(text) and text[end] == " " and text[end + 1].isupper():
                after = _NAME_WORD.match(text, end + 1)
                if after is not None and after.group(0).lower() not in NAME_TAILS:
                    continue  # the head of a longer name: "Toronto" in "the Toronto Star"
            ent = self.entities[name]
            found.append(Mention(Entity(label=name, title=ent.title, kind=ent.kind), start, end))
            pos = end
        return found


# A capital letter that no word character or hyphen precedes, and the word it starts:
# ``(?<![\w-])[A-Z]\w*``, written with the capital first so that ``re`` scans for capitals
# (its charset prefix) instead of testing the lookbehind at every position of the text.
_CAP_WORD = re.compile(r"[A-Z](?<![\w-][A-Z])\w*")
_NAME_WORD = re.compile(r"[A-Z][\w&'-]*")
# words that may follow a name and still mean the same organisation ("Alibaba Group")
NAME_TAILS = frozenset(
    "group inc inc. ltd ltd. co co. corp corp. corporation company holdings plc llc ag sa se nv "
    "international limited".split()
)
# capitalised words that start a sentence or a phrase rather than a name
_OPENERS = frozenset(
    "the a an in on at by for from with and of to as after before when while since during "
    "its their his her this that these those former then".split()
)
_FIRST_WORD = re.compile(r"[A-Z]\w*")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
_DISAMBIGUATION = re.compile(r"\s*\([^)]*\)$")


def _usable_name(name: str, company_words: set[str]) -> bool:
    if not name or not name[0].isupper():
        return False
    low = name.lower()
    if low in NOT_NAMES or low in company_words:
        return False
    if any(w and w in low for w in company_words if len(w) > 3):
        return False
    return len(name) >= 4 or (len(name) >= 2 and all(c.isupper() for c in name))


def name_index(article: Article) -> NameIndex:
    """Names to look for in unlinked text: labels and titles of the article's links, and
    acronyms written after a link ("Nanyang Technological University (NTU)"). The company's
    own names are never resolved to another entity: "Boronia" in Boronia Networks is the
    company even where one sentence links it to the suburb it is named after."""
    company = _DISAMBIGUATION.sub("", article.title)
    company_words = {company.lower(), article.title.lower()}
    own = company_names(article)
    names: dict[str, Entity] = {}

    def add(name: str, title: str) -> None:
        name = name.strip()
        if name not in names and name.lower() not in own and _usable_name(name, company_words):
            names[name] = Entity(label=name, title=title)

    concept_titles: set[str] = set()
    for sentence in article.sentences:
        for mention in sentence.mentions:
            title = mention.entity.title
            if not title:
                continue
            label = mention.entity.label
            if label[:1].islower():
                concept_titles.add(title)
                continue
            add(label, title)
            add(_DISAMBIGUATION.sub("", title), title)
            acro = _ACRONYM_AFTER.match(sentence.text, mention.end)
            if acro:
                add(acro.group(1), title)
    for title, label in article.links.items():
        if title in concept_titles or title.startswith(("File:", "Image:", "Category:")):
            continue
        if label[:1].isupper():
            add(label, title)
    # a name the label index maps to another entity is ambiguous: leave it unresolved
    for name in [n for n, e in names.items() if article.label_index.get(n.lower(), e.title) != e.title]:
        names.pop(name)
    return NameIndex(names)



# Nouns by which an article refers to its subject ("the company", "the newspaper").
SELF_NOUNS = (
    "company", "firm", "group", "chain", "retailer", "business", "corporation", "conglomerate",
    "newspaper", "paper", "bank", "airline", "startup", "start-up", "manufacturer", "publisher",
    "broadcaster", "railway", "insurer", "automaker", "carmaker",
)
_LEAD_COPULA = re.compile(r"\s(?:is|was|are|were)\s")
_SUBJECT_END = re.compile(r",\s+(?=[a-z])")  # "Alsea, S.A.B. de C.V., known as Alsea"
_LEAD_ALIAS = re.compile(r"\(\s*(?:or simply |also known as |commonly |known as )?([A-Z][A-Za-z0-9&.-]{1,11})\s*[,;)]")
_GENERIC_LAST = {"company", "group", "inc", "ltd", "limited", "corporation", "plc", "holdings", "ag", "sa"}


_LAST_NAMES: list = slot(None, None)  # (article, names): the extractors of one article share them


def company_names(article: Article) -> frozenset[str]:
    """Lower-case names that denote the company itself: its title with and without the
    disambiguation ("alsea"), short names given in parentheses in the lead's first clause
    ("Ukrainian Processing Center (UPC, ...) is ...": "upc"), "the" with the title's last
    word ("the star" for Toronto Star), the names the lead's first sentence sets in bold
    (former names included, with and without a legal suffix: "Lune and Eden Water plc"), and
    the title's first word when the article uses it alone as a name ("Tarnwater" for
    Tarnwater Group), and its former names (``_former_names``). Generic nouns ("the company") are in SELF_NOUNS."""
    if _LAST_NAMES[0] is article:
        return _LAST_NAMES[1]
    names = _company_names(article) | _bold_names(article) | _short_name(article) | _former_names(article)
    names.discard("")
    names |= _acronyms_of(article, names)
    result = frozenset(names)
    _LAST_NAMES[0], _LAST_NAMES[1] = article, result
    return result


_LEGAL_SUFFIX = re.compile(
    r"(?:,?\s+(?:inc|ltd|limited|plc|llc|corp|corporation|co|ag|sa|se|nv|gmbh|s\.a\.(?:b\. de c\.v\.)?|"
    r"s\.p\.a|pty ltd|co\., ltd)\.?)+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def _bold_names(article: Article) -> set[str]:
    """The names set in bold in the lead's first sentence: the company's name and its former
    names ("Tarnwater Group Limited (known until 1996 as Lune and Eden Water plc)")."""
    names: set[str] = set()
    started = False
    for node in article.code.nodes:
        if isinstance(node, Heading):
            break
        if isinstance(node, Tag) and str(node.tag).lower() == "b" and node.contents is not None:
            name = re.sub(r"\s+", " ", plain_text(node.contents)).strip(" ,'\"").lower()
            if 2 <= len(name) <= 80:
                names.add(name)
                names.add(_LEGAL_SUFFIX.sub("", name).strip())
            started = True
        elif started and isinstance(node, Text) and _SENTENCE_END.search(str(node.value)):
            break
    return names


_FORMER_PARAMS = ("former_name", "former_names", "former name", "formerly")
_YEARS_PAREN = re.compile(r"\s*\([^()]*\)")
# the lead naming an earlier name of the company: "Incorporated in 1883 as the Manitoba and
# Lake Superior Railway, ...", "known until 2004 as Vaalkop Consolidated"
_LEAD_AS_NAME = re.compile(
    r"\b(?:[Ii]ncorporated|[Ff]ounded|[Ee]stablished|[Ff]ormed|[Rr]egistered|[Kk]nown|[Ss]tarted)"
    r"(?:\s+(?:in|on|until|till|before)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},\s+)?\d{4})?"
    r"\s+as\s+(?:the\s+)?([A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|and|&|de))*)")


def _former_names(article: Article) -> set[str]:
    """The company's earlier names: the infobox's ``former_name`` values ("Meridian Merchant
    Bank Limited (1993–2001)<br />Meridian Bank Plc (2001–2012)", the years dropped) and the
    names the lead says the company started or was known as ("Incorporated in 1883 as the
    Manitoba and Lake Superior Railway", "known until 2004 as Vaalkop Consolidated")."""
    names: set[str] = set()
    raw: list[str] = []
    for box in article.infoboxes:
        for param in _FORMER_PARAMS:
            value = box.params.get(param)
            if value is not None:
                raw.extend(plain_text(item) for item in split_items(value))
    lead = article.sections[0] if article.sections and article.sections[0].path is None else None
    if lead is not None:
        for sentence in lead.sentences:
            if " as " in sentence.text:
                raw.extend(m.group(1) for m in _LEAD_AS_NAME.finditer(sentence.text))
    for item in raw:
        name = re.sub(r"\s+", " ", _YEARS_PAREN.sub("", item)).strip(" ,.'\"").lower()
        if 4 <= len(name) <= 80 and any(c.isalpha() for c in name):
            names.add(name)
            names.add(_LEGAL_SUFFIX.sub("", name).strip())
    return names


def _acronyms_of(article: Article, names: set[str]) -> set[str]:
    """The short forms the article writes in parentheses right after one of the company's names
    ("the Société Marocaine des Engrais d'Abda (SMEA) was incorporated", "renamed Empresa
    Frigorífica del Litoral (EFL)"): an acronym of the company's name, former ones included."""
    long = [n for n in names if len(n) >= 8 and " " in n]
    if not long:
        return set()
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(long, key=len, reverse=True))
                         + r")\s+\((?-i:([A-Z][A-Z&]{1,7}))\)", re.IGNORECASE)
    found: set[str] = set()
    for sentence in article.sentences:
        if " (" in sentence.text:
            found.update(m.group(1).lower() for m in pattern.finditer(sentence.text)
                         if _acronym_of_name(m.group(1)))
    return found


def _acronym_of_name(short: str) -> bool:
    """Whether a capitalised short form in parentheses can be a name of its own: three letters or
    more, not a country's code ("Acme Holdings (UK)", "(USA)") nor a legal form ("(PLC)")."""
    return len(short) >= 3 and country_code(short) is None and not LEGAL_SUFFIXES.fullmatch(short)


def _writes_the(article: Article, word: str) -> bool:
    """Whether a sentence of the article writes "the <word>" with the capital: "the Star"."""
    pattern = re.compile(rf"\b[Tt]he {re.escape(word)}\b")
    return any(word in s.text and pattern.search(s.text) for s in article.sentences)


# what a company does and a place does not: "Boronia bought", "Boronia floated on the ASX"
_BUSINESS_VERB = (r"(?:was |were |had |has )?(?:acquired|bought|sold|opened|closed|launched|signed|floated|"
                  r"founded|started|merged|raised|announced|agreed|formed|filed|listed|cut|hired|appointed|"
                  r"invested|entered|expanded|introduced|began|won|took|became)\b")


def _short_name(article: Article) -> set[str]:
    """The title's first word when the article uses it alone at least three times and no link
    of the article names another entity with it ("Tarnwater" in Tarnwater Group; not "Toronto"
    in Toronto Star, which names the city, nor the adjective of "Ukrainian Railways"). A word
    that a link uses as its label still names the company when the article makes it the
    subject of a company's acts at least twice ("Boronia bought ...", "Boronia floated on the
    ASX" in Boronia Networks, though "the suburb of [[Boronia, Victoria|Boronia]]"). A title of
    three words or more may be shortened to its first two the same way ("Brazos Ridge" of
    Brazos Ridge Energy Services), where its first word alone is no name of it."""
    words = _DISAMBIGUATION.sub("", article.title).split()
    if (len(words) < 2 or not words[0].isalpha()
            or not all(w[:1].isupper() for w in words)):  # "Arts Club of Chicago": a phrase, not a name
        return set()
    first = words[0]
    if len(first) < 4:  # "Ikh" alone is too short a name, "Ikh Bogd" of Ikh Bogd Cashmere is not
        sizes: tuple[int, ...] = (2,) if (len(words) >= 3 and words[1].isalpha() and len(words[1]) >= 4
                                          and not _family_name(article, " ".join(words[:2]), given=True)) else ()
    elif first.lower() in NOT_NAMES or (_DEMONYM.fullmatch(first) and (
            _is_demonym_word(first) or _family_name(article, first))):
        return set()  # a word with a demonym's ending names the company when it is no demonym nor a family's name
    else:
        sizes = (1, 2) if len(words) >= 3 and words[1].isalpha() else (1,)
    # a word ending in "-an" that no table of demonyms knows ("Glenmorvan", but also "Andean")
    # names the company only as the subject of its acts
    acting = first.endswith("an") and _DEMONYM.fullmatch(first) is not None
    for size in sizes:
        short = " ".join(words[:size])
        if _used_alone(article, short, words[size], acting and size == 1):
            return {short.lower()}
    return set()


def _used_alone(article: Article, short: str, after: str, acting: bool = False) -> bool:
    """Whether the article names the company ``short`` alone (not followed by ``after``, the
    title's next word): three times, or twice as the subject of a company's act when a link
    of the article uses it as its label or ``acting`` asks for that."""
    linked = acting or short.lower() in article.label_index
    alone = re.compile(rf"(?<![\w-])(?<!the ){re.escape(short)}(?![\w-])(?!\s+{re.escape(after)})")
    acts = re.compile(rf"(?<![\w-]){re.escape(short)}\s+{_BUSINESS_VERB}")
    count = 0
    for sentence in article.sentences:
        if short in sentence.text:
            count += len((acts if linked else alone).findall(sentence.text))
            if count >= (2 if linked else 3):
                return True
    return False


def _family_name(article: Article, word: str, given: bool = False) -> bool:
    """Whether the article writes ``word`` as a person's family name ("Aurélio Fazzolari" in
    Fazzolari Alimentos): then the word alone may name the founders, not the company. With
    ``given``, a given name before it is enough ("Fathi El Sherbiny" of El Sherbiny Ceramics)."""
    before = re.compile(rf"(?<![\w-])(?:{CAPITAL}[\w'-]+\s+){{1,2}}{re.escape(word)}(?![\w-])")
    person = kinds.opens_with_a_given_name if given else kinds.reads_as_person
    return any(person(m.group(0)) for sentence in article.sentences if word in sentence.text
               for m in before.finditer(sentence.text))


def _is_demonym_word(word: str) -> bool:
    """Whether a capitalised word reads as a demonym: one with a demonym's ending ("Japanese",
    "Danish", "Baltic"; "-an" only where the place lists know its stem: "Ukrainian", not
    "Glenmorvan"), or one whose ending is also a name's ("-i", "-ch", "-ss": "Israeli",
    "Czech", "Swiss", but "Kaveri", "Moerangi") that the table of demonyms knows."""
    if word.endswith(("ese", "ish", "ic")) or demonym_country(word) is not None:
        return True
    return word.endswith("an") and kinds.is_place_adjective(word)  # "Victorian", not "Glenmorvan"


def _company_names(article: Article) -> set[str]:
    title = article.title.lower()
    names = {title, _DISAMBIGUATION.sub("", article.title).lower()}
    words = _DISAMBIGUATION.sub("", article.title).split()
    if len(words) > 1 and words[-1][:1].isupper() and words[-1].isalpha() and "of" not in words:
        # "the Star" for Toronto Star, where the article writes it so; not "the steel" for
        # Tsurugaoka Steel, a common noun the article never capitalises after "the"
        if words[-1].lower() not in _GENERIC_LAST and _writes_the(article, words[-1]):
            names.add(f"the {words[-1].lower()}")
    lead = article.sections[0] if article.sections and article.sections[0].path is None else None
    if lead is not None and lead.sentences:
        first = lead.sentences[0].text
        m = _LEAD_COPULA.search(first)
        stop = m.start() if m else min(len(first), 200)
        aliases = {a.group(1).rstrip(".").lower() for a in _LEAD_ALIAS.finditer(first, 0, stop)
                   if not _bracketed_place(a.group(1).rstrip("."), title)}
        # the name the lead opens with: "Microsoft Corporation (MS) is ...", "International
        # Business Machines Corporation (IBM) is ..."
        paren = first.find("(", 0, stop)
        subject = _SUBJECT_END.split(first[: paren if paren > 0 else stop], 1)[0]
        subject = re.sub(r"^the\s+", "", subject.strip(" ,"), flags=re.I).lower()
        if m and 0 < len(subject) <= 80 and (any(n in subject for n in names) or names & aliases):
            names.add(subject)
        names |= aliases
    return names


def _bracketed_place(alias: str, title: str) -> bool:
    """A country, a region or a city in brackets in the lead's name ("Nabou Springs (Fiji) Pte
    Limited", "Hualong Construction (Cambodia) Co."): where the company is, not a short name of
    it, unless the title itself is written with that word ("Nokia")."""
    return kinds.place_by_name(alias) is not None and alias.lower() not in title.split()


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic|i|ch|ss)")
ABBREVIATED_PLACE = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")  # "U.S", "U.K", "U.S.A"


def is_demonym_link(entity: Entity) -> bool:
    """A link written as an adjective of a place or people ("[[Mexico|Mexican]] chain",
    "[[Ukraine|Ukrainian]] company", "[[United States|U.S.]]-based", "[[Korean language|Korean]]"):
    it describes a party, it is not one."""
    label, title = entity.label.rstrip("."), entity.title
    if not title or label == title:
        return False
    if ABBREVIATED_PLACE.fullmatch(label):
        return True
    if not _DEMONYM.fullmatch(label):
        return False
    return label.lower() not in title.lower() or title.lower() in {
        f"{label.lower()} {noun}" for noun in ("language", "people", "peoples", "cuisine")}


_OFFICE = re.compile(
    r"(?:Mayor|President|Vice President|Prime Minister|Minister|Governor|Secretary|Chancellor|King|Queen|"
    r"Emperor|Premier|Senator|Speaker|Attorney General|Chief Justice) of\b")


_LAW = re.compile(r".* Act(?: of \d{4})?")


def is_office_link(entity: Entity) -> bool:
    """A link to an office ("[[Mayor of Toronto]]") or a law ("[[Sherman Antitrust Act]]"):
    it names a role or a rule, not a party."""
    return bool(entity.title and (_OFFICE.match(entity.title) or _LAW.fullmatch(entity.title)))


_THE_COMPANY = re.compile(rf"\bthe (?:{'|'.join(SELF_NOUNS)})\b")


@lru_cache(maxsize=256)
def _company_patterns(company: frozenset[str]) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((c, re.compile(rf"(?<![\w-]){re.escape(c)}(?![\w-])")) for c in company)


def names_company(text: str, company: frozenset[str], low: str | None = None) -> bool:
    """Whether ``text`` names the company: one of its ``company_names`` as a whole word, or
    "the company" (any of ``SELF_NOUNS``). ``low`` is ``text.lower()`` when the caller has it."""
    if low is None:
        low = text.lower()
    return any(c in low and p.search(low) for c, p in _company_patterns(company)) or (
        "the " in low and _THE_COMPANY.search(low) is not None)


def names_company_itself(text: str, company: frozenset[str]) -> bool:
    """Whether ``text`` names the company, not only an affiliate whose name starts with the
    company's ("Samsung Electro-Mechanics, established in 1973, ..." names Samsung's unit)."""
    low = text.lower()
    if "the " in low and _THE_COMPANY.search(low) is not None:
        return True
    for c, pattern in _company_patterns(company):
        if c not in low:
            continue
        for m in pattern.finditer(low):
            after = _AFFILIATE_TAIL.match(text, m.end())
            if after is None or after.group(1).lower() in NAME_TAILS:
                return True
    return False


_AFFILIATE_TAIL = re.compile(r"(?:\s+|-)([A-Z][\w&'.-]*)")


# ---------------------------------------------------------------- unlinked organisation names

# A capital of the Latin (with its extensions), Greek and Cyrillic scripts, as a character class
# built once: an unlinked name may open with "Á", "É", "Š" or "Ł" ("Électricité de Tahiti",
# "Škoda Plzeň", "Łódzkie Zakłady"); ``re`` has no \p{Lu}, and "[^\W\d_]" would take lower case too
CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper() and c.isalpha()) + "]"
# an unlinked proper name as a pattern: capitalised words of any script, "of", "de", "du", "del"
# or "&" between them, and a legal form after them ("Škoda Transportation", "Électricité de
# Tahiti", "Harlan Foods, Inc.")
# the common legal forms as a word of a name (``event_parties`` reads them too): not the shared
# table's forms after a comma (``kg.text.items.LEGAL_SUFFIXES``), which holds the suffixes of
# persons' names too ("Jr", "II", "IV": "John Hale, Jr." and "Henry Ford II" are persons)
COMMON_FORMS = r"plc|Inc\.?|Ltd\.?|LLC|AG|SA|S\.A\.|GmbH|N\.V\.|Co\."
PROPER_NAME = (CAPITAL + r"[\w&'.-]*[\w&](?:\s+(?:" + CAPITAL + r"[\w&'.-]*[\w&]|of|de|du|del|&)){0,4}"
               rf"(?:,?\s+(?:{COMMON_FORMS})(?![\w.]))?")

# a run of capitalised words, with "of", "for", "de", "&"... inside: "Carrick Whitlow & Co.",
# "National Bank of Greece", "Office National de l'Huile"
_ORG_WORD = CAPITAL + r"[\w'’&.-]*+(?![$€£¥])"  # not "Mex" of "Mex$9.8 billion"
_ORG_RUN = re.compile(
    rf"(?<![\w'’.-]){_ORG_WORD}(?:(?:\s+(?:of|for|de|du|des|del|la|le|von|van|und)(?:\s+the)?)?\s+(?:[dl]['’])?{_ORG_WORD}"
    rf"|\s*&\s*{_ORG_WORD})*")
_POSSESSOR = re.compile(rf"['’]s\s+(?={CAPITAL})")
# a possessor's unit named after its kind: the unit, not the possessor, is the party ("the
# [[Tarn Bank]]'s private-sector arm [[Tarn Invest]]", "Quarnco's venture-capital unit Quarnco Ventures")
OWNED_UNIT = re.compile(rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}(?:subsidiary|unit|division|arm|affiliate)\s+(?={CAPITAL})")
# a legal form whose full stop is its own, also at the end of a sentence ("Inc.", "Ltda.", "B.V.", "S.p.A.",
# the Hungarian "Zrt.", "Kft." and "Nyrt.", the Malaysian "Bhd.")
DOTTED_SUFFIX = re.compile(rf"(?:{legal_forms(DOTTED)}|(?:\b[A-Za-z]\.){{1,3}}[A-Za-z])\.$")
# a legal form written in lower case after a name, with its full stops: "Vestverk ehf.", "Laxá hf.",
# "Torysa Holding s.r.o.", "Lašva Holding d.o.o.", "Kovárna a.s." (the name keeps it, as the article writes it)
LOWER_FORM = re.compile(rf"\s+(?:{legal_forms(LOWER)})\.(?![\w.])")
_LAST_WORD = re.compile(r"([A-Za-z][\w-]*)\s*$")
# where a run stops being one name: after an abbreviation of two letters or more ("Holding S.r.l.
# Franco Redaelli"), before "for" and a currency ("Rapid Response Medical for ZAR 40 million")
_RUN_BREAK = re.compile(r"(?<!\s[A-Z]\.)(?<=\.)\s+(?=[A-Z])|\s+for\s+(?=[A-Z]{3}\b)")
# "and" between two runs of one body's name ("the Agricultural and Industrial Development Bank")
_AND_RUN = re.compile(rf"\s+and\s+(?={CAPITAL})")
# the head word that ends a body's name ("Industrial Development Bank", "Supervising Agency")
_BODY_HEAD = re.compile(r"\s(?:Bank|Corporation|Agency|Fund|Institute|Association|Authority|Board|Council|Commission|"
                        r"Federation|Organi[sz]ation|Society|Foundation|Ministry|Department|Union|Chamber|Bureau|"
                        r"Office|Administration|Trust)$")
_OF_TAIL = re.compile(r"\s+of\s+([A-Z][^,;()]*)$")
_LEGAL_FORM = re.compile(r"\s(?:Corporation|Company|Inc\.?|Ltd\.?|Limited|Co\.)$")


def fields_of_body(first: str, second: str) -> bool:
    """Two capitalised runs joined by "and" as one body's name: the words before "and" and the
    first one after it are dictionary words (the body's fields, ``kinds.is_common_word``) and the
    second run ends with a body's head word ("Agricultural" and "Industrial Development Bank",
    "Privatization" and "Public Enterprises Supervising Agency"); "Banco Tarn and Banco Quarn",
    "Rabobank and Tarn Development Bank" stay two names."""
    words, after = first.split(), second.split()
    return len(words) <= 3 and len(after) >= 2 and bool(_BODY_HEAD.search(second)) \
        and all(kinds.is_common_word(w) for w in words) and kinds.is_common_word(after[0])


_RUN_BEFORE_AND = re.compile(r"((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+and\s+$")


def body_span(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of the unlinked name at ``text[a:b]`` widened over "and" when the two runs are
    one body's name (``fields_of_body``): "Industrial Development Bank" after "the Agricultural
    and " is "Agricultural and Industrial Development Bank"; "Agricultural" before "and
    Industrial Development Bank" likewise."""
    if " and " in text[max(0, a - 40) : a]:
        before = _RUN_BEFORE_AND.search(text, max(0, a - 60), a)
        first = before.group(1).split() if before else []
        while first and first[0].lower() in _OPENERS:  # "The Agricultural and ...": not "The"
            first = first[1:]
        if first and fields_of_body(" ".join(first), text[a:b]):
            return before.end(1) - len(" ".join(first)), b
    joined = _AND_RUN.match(text, b) if " and " in text[b : b + 6] else None
    second = _ORG_RUN.match(text, joined.end()) if joined else None
    if second and (fields_of_body(text[a:b], second.group(0)) or _trades_and_form(second.group(0))):
        return a, second.end()
    return a, b


def _trades_and_form(run: str) -> bool:
    """A run after "and" that is dictionary words and a legal form ("Water Company", "Barges
    Co."): no name of its own, the end of the name before "and" ("the Rewa Ice and Water
    Company", "Qurain Towage and Barges Co.")."""
    form = _LEGAL_FORM.search(run)
    words = run[: form.start()].split() if form else []
    return bool(words) and all(kinds.is_common_word(w) for w in words)


def place_tail(name: str) -> int | None:
    """Where an "of <place>" that tells where a company is registered or based starts, in an
    unlinked name: after a legal form ("Baumann Watch Import Corporation of New York"). After any
    other word the place may be part of the name ("Bank of China", "First National Bank of Omaha":
    tried, cutting after an organisation word and before a city lost as many names as it won)."""
    m = _OF_TAIL.search(name)
    if m is None or not _LEGAL_FORM.search(name, 0, m.start()) or kinds.place_by_name(m.group(1)) is None:
        return None
    return m.start()


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


# a shareholder table's row: "UBS Fund Management || 3.4%"
SHARE_ROW = re.compile(r"\d(?:[.,]\d+)?\s?(?:%|per ?cent|percent)\s*\.?\s*$")
_ORG_SLOT: list = slot(None, None)  # (article, OrganisationNames): one article at a time


class OrganisationNames:
    """Names of organisations an article writes without a link, as mentions: a run of capitalised
    words that holds an organisation word or legal form ("Calder Ridge Capital", "Carrick Whitlow
    & Co.", "Thuthuka Healthcare Investments"; ``kinds.has_orgword``), or that the article
    introduces as an organisation with a noun right before it ("the ride-hailing company Tumpang",
    "the Chinese supplier X": the ``orgnoun`` words of ``kg/data/entity_kinds.tsv``) -- and, once
    introduced, the same name written alone later. Never a place, a person or an event (by
    ``kg.text.kinds``: its name, the infobox, what the article says of it), never a bare
    organisation word ("Commission") or a currency code ("CHF", pycountry), never the company's
    own names (``company_names``) or a name that holds one or starts with the title's first word
    (its units: "Tarnbeck Holdings" in Tarnbeck Mills), never a run that overlaps a mention
    already found (a link, or an unlinked repeat of one: ``NameIndex``). A possessor before the name is dropped ("the Executive
    Yuan's National Development Fund" is the fund), and so are an opening "The" or preposition and
    a sentence's closing full stop; a run ends after an abbreviation ("Holding S.r.l.") and before
    the place after a legal form (``place_tail``). The entity has no title and the kind
    "organization"."""

    def __init__(self, article: Article):
        self.kinds = kinds.kinds(article)
        vocabulary = kinds.vocabulary()
        self._orgnouns, self._orgwords = frozenset(vocabulary.orgnouns), vocabulary.orgwords
        own = company_names(article) | {_DISAMBIGUATION.sub("", article.title).lower()}
        self._own = _company_patterns(frozenset(n for n in own if len(n) > 3))
        # a name that starts with the title's first word is the company's unit ("Tarnbeck Holdings"
        # in Tarnbeck Mills), unless that word is a place or its adjective ("Toronto", "Swiss")
        first = _DISAMBIGUATION.sub("", article.title).split()[:1]
        self._unit = first[0] + " " if first and len(first[0]) > 3 and first[0].lower() not in NOT_NAMES \
            and not kinds.is_place_adjective(first[0]) and kinds.place_by_name(first[0]) is None else None
        self.article = article
        self._introduced: set[str] | None = None
        self._longer: dict[str, set[str]] | None = None
        self._decided: dict[str, bool] = {}

    def _orgnoun_before(self, text: str, start: int) -> bool:
        word = _LAST_WORD.search(text, max(0, start - 40), start)
        if word is None:
            return False
        w = word.group(1).lower()
        return w in self._orgnouns or (w.endswith("s") and w[:-1] in self._orgnouns)

    def _is_org(self, name: str, introduced_here: bool) -> bool:
        low = name.lower()
        if low in NOT_NAMES or name in self._orgwords or name in _currency_codes():
            return False  # a bare "Commission" or "Steel", a currency ("CHF")
        if any(n in low and p.search(low) for n, p in self._own) or (
                self._unit is not None and name.startswith(self._unit)):
            return False  # the company's own names and units ("Tarnbeck Holdings")
        if not (kinds.has_orgword(name) or introduced_here or name in self._introductions()):
            return False
        decided = self._decided.get(name)
        if decided is None:
            decided = self._decided[name] = not (" " not in name and kinds.is_place_adjective(name)) \
                and kinds.place_by_name(name) != kinds.PLACE and self.kinds.kind(Entity(name)) == kinds.ORGANIZATION
        return decided

    def _runs(self, text: str) -> Iterator[tuple[int, str]]:
        """The capitalised runs of ``text`` trimmed to names, with where each starts."""
        resume = 0
        for m in _ORG_RUN.finditer(text):
            if m.start() < resume:
                continue  # the second run of a name joined by "and"
            start, name = m.start(), m.group(0)
            if " and " in text[m.end() : m.end() + 6]:  # "the Agricultural and Industrial Development Bank"
                resume = body_span(text, start, m.end())[1]
                name = text[start:resume]
            cut = _RUN_BREAK.search(name)
            if cut is not None:
                name = name[:cut.start()]
            tail = place_tail(name)
            if tail is not None:
                name = name[:tail]
            owner = name.rfind("'s ") + 1 or name.rfind("’s ") + 1  # "the Executive Yuan's National Development Fund"
            if owner and _POSSESSOR.match(name, owner - 1):
                start, name = start + owner + 2, name[owner + 2:]
            while True:  # "The Baumann Corporation", "In Hallworth Provisions"
                first, _, rest = name.partition(" ")
                if not rest or first.lower() not in _OPENERS:
                    break
                start, name = start + len(first) + 1, rest.lstrip()
            if name.endswith(".") and not DOTTED_SUFFIX.search(name):
                name = name[:-1]
            name = name.rstrip("'’")
            if name.endswith(("'s", "’s")):
                name = name[:-2]
            if len(name) >= 3:
                yield start, name

    def _introductions(self) -> set[str]:
        """The names the article introduces with an organisation noun anywhere ("the ride-hailing
        company Zapgo"), read once over all its sentences, so that a name written alone counts
        wherever it stands, whatever sentences were read before."""
        if self._introduced is None:
            self._introduced = set()
            for sentence in self.article.sentences:
                for start, name in self._runs(sentence.text):
                    if self._orgnoun_before(sentence.text, start) and self._is_org(name, True):
                        self._introduced.add(name)
        return self._introduced

    def longer_names(self) -> dict[str, set[str]]:
        """The first words (one or two, lower case) of the capitalised runs of two to five words the
        article writes ("Kowloon Pacific Garments": "kowloon", "kowloon pacific"), and the runs they
        begin, read once over all its sentences; not the company's own names or units."""
        if self._longer is None:
            self._longer = {}
            linked = self.article.label_index
            for sentence in self.article.sentences:
                if sentence.list_item and SHARE_ROW.search(sentence.text):
                    continue  # a shareholder table's row ("UBS Fund Management || 3.4%") is no name the text shortens
                for _, name in self._runs(sentence.text):
                    words = name.split()
                    low = name.lower()
                    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() or w == "&" for w in words) or any(
                            n in low and p.search(low) for n, p in self._own) or low in linked:
                        continue
                    for n in (1, 2):
                        if n < len(words):
                            self._longer.setdefault(" ".join(words[:n]).lower(), set()).add(name)
        return self._longer

    def find(self, text: str, taken: list[Mention]) -> list[Mention]:
        """The unlinked organisation names of a sentence's ``text`` that no mention in ``taken``
        covers, in order."""
        found: list[Mention] = []
        spans = [(t.start, t.end) for t in taken]
        for start, name in self._runs(text):
            end = start + len(name)
            if any(a < end and start < b for a, b in spans):
                continue
            if self._is_org(name, self._orgnoun_before(text, start)):
                found.append(Mention(Entity(label=name, title=None, kind="organization"), start, end))
        return found


def organisation_names(article: Article) -> OrganisationNames:
    """The :class:`OrganisationNames` of an article (one article at a time, shared by callers)."""
    if _ORG_SLOT[0] is not article:
        _ORG_SLOT[0], _ORG_SLOT[1] = article, OrganisationNames(article)
    return _ORG_SLOT[1]
