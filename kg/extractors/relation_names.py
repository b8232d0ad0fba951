"""Who a relation cue names: the counterparties written next to it in a sentence.

Enumerations ("A, B (BB), and the C") split on commas and "and" only between names, never
inside a linked name; descriptors ("the brewing company X", "the American steelmaker X", "the
school kitchens of the [[X]]"), possessors and units are skipped; the company's own side (its
names, its short name, its infobox units and former names) is never a counterparty, nor are
places, people and events (``kg.text.kinds``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kg.extractors.relation_cues import Cues, cues
from kg.model import Entity, quick_init
from kg.text import countries, former_names, kinds, mentions
from kg.text.article_cache import slot
from kg.text.items import LEGAL_SUFFIXES, split_items
from kg.text.money import LETTER_SIGNS
from kg.text.narrative import DatedSentence
from kg.text.parse import Article, Mention
from kg.text.render import plain_text

# An unlinked organisation name: capitalised words, with "of", "for", "&"... inside, a word joined by
# "+" to a capital ("K+S"), an elided French article before a word ("Office National de l'Huile");
# a currency code or a currency's letter sign before a figure is no word of it ("Atlas Ciments for
# MAD 200 million", "the Tarn Supervising Agency for Br 140 million": money.LETTER_SIGNS)
_LETTER_SIGN = "|".join(re.escape(sign) for sign in sorted(LETTER_SIGNS, key=len, reverse=True) if sign[:1].isupper())
_WORD = rf"(?!(?:[A-Z]{{3}}|{_LETTER_SIGN})\s?\d)" + mentions.CAPITAL + r"(?:[\w'’&.-]|\+(?=[A-Z]))*+(?![$€£¥])"
_NAME = re.compile(
    rf"{_WORD}(?:(?:\s+(?:of|for|de|du|des|del|della|di|do|da|dos|das|la|le|von|van|und|y|e)(?:\s+the)?)?\s+(?:[dl]['’])?{_WORD}|\s*&\s*{_WORD})*"
)
# the rest of one name that a table cell holds past "and", "et" or "&", where prose would start
# another name ("Batinah Development| and Investment Holding", "Caisse Nationale de Retraite| et de
# Prévoyance Sociale"); read up to the cell's end only (``CELL_END``)
CELL_NAME_REST = re.compile(rf"(?:\s+(?:and|et|&)\s+(?:(?:de|du|des|of|la|le)\s+)?{_NAME.pattern})+")
CELL_END = re.compile(r"\s*(?:\(|[–—]|\Z)")
_THE = re.compile(r"the\s+", re.IGNORECASE)
# descriptors before a linked name: "the UK-based BP", "the brewing company Heineken"
_DESCRIPTOR = re.compile(r"(?:[a-z][\w-]*\s+){1,4}")
_BASED = re.compile(r"(?:[A-Z][\w.]*-based|[A-Z][\w.]*\s+[A-Z][\w.]*-based)\s+")
_POSSESSIVE = re.compile(rf"['’]s\s+(?={mentions.CAPITAL})")
# a unit told with its owner ("the GE Lighting subsidiary of General Electric", "Wacker subsidiary
# Siltronic") or a possessor whose unit the text names next: "the Inter-American Development Bank's
# private-sector arm IDB Invest" (the unit is the party: mentions.OWNED_UNIT, round 26)
_UNIT_OF = re.compile(r"\s+(?:subsidiary|unit|division|arm)(?:\s+of)?\s+(?:the\s+)?(?=[A-Z])|" + mentions.OWNED_UNIT.pattern)
# a legal form right after a name (``SUFFIX.match``) or anywhere in one (``SUFFIX.sub``): fewer
# forms than the shared table (``kg.text.items.LEGAL_FORMS``), since nothing bounds the form's
# start, so that a short form of the table ("SA", "AB", "II") cuts no word ("NASA", "GRAB")
SUFFIX = re.compile(r",?\s*(?:Ltd|Inc|LLC|Co|Corp|plc|S\.A|AG|GmbH|B\.V|N\.V)\.?(?=[\s,;.]|$)")
_FUNCTION_WORDS = frozenset("in at on of to from by with for or the a an into over under near its their his her was were is are".split())
_PAREN = re.compile(r"\s*\([^()]*\)")
_SEPARATOR = re.compile(
    r"\s*(?:,?\s+and,\s+(?:for|in|on|at|since|until|from|through)\b[^,;.]{1,60},\s+"  # "A and, for its network, B"
    r"(?:(?:partly|mainly|mostly|largely|also)\s+)?(?:on\s+(?=\S))?|"  # "runs on A and, since 2020, partly on B"
    r",\s*(?:and\s+|&\s+)?|\s+and(?:/or)?\s+|\s+&\s+|\s+as well as\s+)(?:(?:by|from|with|through)\s+(?=\S))?")
# a relative clause (", for which it made stoppers", ", which bought 60,000 tonnes"), a share or an
# apposition (", the radar arm of X,", ", its first large client,") between two items of an enumeration
_ASIDE = re.compile(r",\s+(?:(?:(?:for|to|from|through|in|of)\s+(?:which|whom)|which|who|whose|with)\b(?:[^,;()]|,(?=\d{3}\b)){1,120}?"
                    r"|(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}of\s+[^,;()]{1,60}?|(?:its|their)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
                    r"(?=,\s+(?:and\s+)?(?:by\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z])")
# an apposition made of another's name and a noun: ", the McDonald's franchisee"
_APPOSED = re.compile(r"the\s+[^,;()]{1,40}?['’]s\s+(?:[a-z][\w-]*)(?:\s+(?:in|for|of)\b|[,.;]|$)")
# an apposition that names the owner of the name before it: "A, the airport operator of B," (not
# "A, the equity arm of B", where B is the party, as "the unit of B" is)
_APPOSED_OF = re.compile(r"(?:the|an?)\s+(?:[a-z][\w-]*\s+){0,3}"
                         r"(?!(?:arm|unit|subsidiary|division|business|branch|affiliate|vehicle)\s)[a-z][\w-]*\s+of\s+")
# the same apposition with a unit's noun after a LINKED name ("[[Sandoz]], the generics division of
# [[Novartis]]"): the linked unit is a party of its own, the owner only says whose it is (an unlinked
# unit's owner stays the party, as "A, the equity arm of B" reads above)
_UNIT_APPOSED_OF = re.compile(r"(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:arm|unit|subsidiary|division|branch|affiliate)\s+of\s+")
# a share written after an owner: "X (55 per cent)", "X, with 6.1 per cent"
STAKE_AFTER = re.compile(r"\s*(?:\(|,\s+with\s+)(?:about |around |some |nearly |almost )?\d+(?:\.\d+)?\s?(?:per ?cent|percent|%)")
_NUMBERED = re.compile(r"\s\d{1,3}(?![\w.,]\d)(?=\W|$)")
# the words between a subject and its verb: "together", "jointly", an auxiliary ("X and Y have together")
_BEFORE_VERB = r"(?:(?:together|jointly|also|have|has|had|both|all|then|later|would|will|did)\s+)*"
# between a subject and its cue: a comma, "together", an auxiliary, an apposition (", a factory in Sweden,"),
# the place of the named body ("the Institute of Soil Science in Lyon has worked with", "the meat
# group Cambará Alimentos, of Passo Fundo, bought")
_TAIL = re.compile(r"(?:\s*(?:\([^()]{1,40}\)\s*)?(?:(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*|"
                   r",\s+(?:of|from|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s*)?"
                   r"(?:,\s+(?:a|an|the)\s+[^,;()]{1,60}?,)?\s*(?:,\s*)?"
                   # a relative clause between the name and its verb ("X, which had opened the year before, lent it")
                   r"(?:(?<=,\s)which\s+[^,;()]{1,60}?,\s*)?"
                   # the company as the second subject, right after the name ("X and the company formed")
                   r"|(?P<self>\s+and\s+(?:it|the\s+(?:company|group|firm))\s+))" + _BEFORE_VERB + "$")


@quick_init
@dataclass(frozen=True)
class Counterparty:
    entity: Entity
    start: int
    end: int


class Sent:
    """A sentence's text with its mentions indexed by start offset."""

    def __init__(self, ds: DatedSentence):
        self.ds = ds
        self.text = ds.sentence.text

    @cached_property
    def by_start(self) -> dict[int, Mention]:
        by_start: dict[int, Mention] = {}
        for m in sorted(self.ds.mentions, key=lambda m: (m.start, -(m.end - m.start))):
            by_start.setdefault(m.start, m)
        return by_start


# infobox parameters that name the company's own side: its units and its earlier names
_OWN_PARAMS = ("subsid", "divisions", "former_name", "former name", "predecessor")
# a few legal forms that end a name, and "Authority" ("Lune and Eden Water Authority"): not the
# shared table's (``items.LEGAL_TAIL``), which cuts more ("Dingo Mobile Pty Ltd" would be "dingo
# mobile" and the unit's name then reads as the company's own in the text: one supplier less in blind2)
_LEGAL_TAIL = re.compile(r"(?:,?\s+(?:Limited|Ltd\.?|plc|PLC|Inc\.?|LLC|AG|GmbH|S\.A\.|Authority))+$")
_NAMES: list = slot(None, None)  # (article, names): the extractors of one article share them


def company_names(article: Article) -> tuple[str, ...]:
    """Lower-case names that denote the company's side: the company itself ("samsung",
    "ikea", "upc"; ``mentions.company_names``), the short name the article calls it by
    ("Tianlan" for Tianlan Auto), and the subsidiaries, divisions, former names and
    predecessors its infobox lists ("Lune and Eden Water Limited" is "lune and eden water")."""
    if _NAMES[0] is article:
        return _NAMES[1]
    names = set(mentions.company_names(article)) | _own_units(article)
    for short in (_short_name(article), *_core_names(article)):
        if short:
            names.add(short)
    result = tuple(sorted(names))
    _NAMES[0], _NAMES[1] = article, result
    return result


def _own_units(article: Article) -> set[str]:
    """The subsidiaries, divisions and former names of the infobox, but not one the article
    writes in lower case as a common noun (a division "Optics" beside "precision optics" is no
    name: the "Fraunhofer Institute for Applied Optics" is not the company's own)."""
    units = _infobox_names(article, _OWN_PARAMS)
    if not units:
        return units
    text = "\n".join(s.text for s in article.sentences)
    return {u for u in units if not _written_as_word(u, text)}


def _written_as_word(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word`` as it is (case and all) between non-word characters: the
    literal occurrences first (a regular expression that opens with a look-behind scans the
    whole text at every position)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _WORD_CHAR.match(text[at - 1])) and (end == len(text) or not _WORD_CHAR.match(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


_WORD_CHAR = re.compile(r"[\w-]")


_PARENT_PARAMS = ("parent",)
_OWNER_PARAMS = ("owner",)
_LINKED_ITEM = re.compile(r"\[\[")
_OWN_SIDE: list = slot(None, None)  # (article, names)


def own_side(article: Article) -> tuple[str, ...]:
    """``company_names`` and the parent companies the infobox names (`parent`, not `owner`):
    a relation with the parent is intra-group, never a partner, customer, supplier or investor
    of the company (the gold of every set leaves the infobox parent out; an `owner` is an
    investor)."""
    if _OWN_SIDE[0] is article:
        return _OWN_SIDE[1]
    parents = _infobox_names(article, _PARENT_PARAMS)
    # a linked parent that the infobox also lists as an owner is an outside shareholder that
    # bought control (the golds of blind9 and blind10 list it as an investor); an unlinked holding
    # company ("Changzhou Xunneng Holdings") stays the company's own side (docs/relations.md, round 11)
    parents -= _infobox_names(article, _PARENT_PARAMS, linked=True) & _infobox_names(article, _OWNER_PARAMS)
    result = tuple(sorted(set(company_names(article)) | parents))
    _OWN_SIDE[0], _OWN_SIDE[1] = article, result
    return result


def _infobox_names(article: Article, params: tuple[str, ...], linked: bool = False) -> set[str]:
    """The lower-case names the infobox lists under the parameters starting with ``params``,
    without a parenthesis or a legal form ("Lune and Eden Water Limited" is "lune and eden water");
    ``linked``: only the items written as a link."""
    names = set()
    for box in article.infoboxes:
        for param, value in box.params.items():
            if param.startswith(params):
                for item in split_items(value):
                    if linked and not _LINKED_ITEM.match(str(item).strip()):
                        continue
                    text = _PAREN.sub("", plain_text(item)).strip(" ,;")
                    text = _LEGAL_TAIL.sub("", text).strip()
                    if len(text) > 2 and text[:1].isupper():
                        names.add(text.lower())
    return names


def founder_words(article: Article) -> frozenset[str]:
    """The lower-case words of the founders' names the infobox lists, of three letters or more, so
    that "Inversiones Ossandón S.A." reads as the holding of the founder Ramón Ossandón Vial (and
    "Kasuga Kōsan K.K." as that of Kasuga Jinbei, the family name written first)."""
    words = set()
    for name in _infobox_names(article, ("founder",)):
        words.update(w for w in re.findall(r"\w+", name) if len(w) > 2)
    return frozenset(words)


def _short_name(article: Article) -> str | None:
    """The title's first word when the article calls the company by it alone, at least three
    times ("Tianlan signed ..." in Tianlan Auto): not followed or preceded by another
    capitalised word, so "General" in General Motors never qualifies."""
    words = re.sub(r"\s*\(.*\)$", "", article.title).split()
    if len(words) < 2 or not words[0][:1].isupper() or len(words[0]) < 4 or words[0] in cues().notname:
        return None
    if kinds.is_place_adjective(words[0]):
        return None  # "Ukrainian" in Ukrainian Railways
    if kinds.place_by_name(words[0]) and not _acts_as_subject(words[0], article):
        return None  # "Toronto" in Toronto Star: the city, written after "in"
    alone = re.compile(rf"(?<![A-Z][\w.]\s)(?<![\w-]){re.escape(words[0])}(?![\w-])(?!\s+[A-Z&])")
    count = 0
    for sentence in article.sentences:
        if words[0] in sentence.text:
            count += len(alone.findall(sentence.text))
            if count >= 3:
                return words[0].lower()
    return None




def _core_names(article: Article) -> list[str]:
    """The title without a word the article leaves off, when the article calls the company by
    the rest at least three times: "Sawit Nusantara" for Sawit Nusantara Group and "Serra
    Dourada" for Serra Dourada Alimentos (the title without its last word, not followed by it),
    "Los Quillayes" for Viña Los Quillayes and "Verlaine" for Maison Verlaine (without its first
    word, not preceded by it), "Brazos Ridge" for a title of four words or more (its first two
    words, not followed by the third). A single word so left must be a proper name: never written in
    lower case in the article ("Mobile" in Twiga Mobile never qualifies); a name left never
    ends with an organisation word ("Heavy Industries"), and is no place unless the article
    makes it the subject of the company's acts ("Serra Dourada signed ...")."""
    words = re.sub(r"\s*\(.*\)$", "", article.title).split()
    if len(words) < 2:
        return []
    found = []
    candidates = [" ".join(words[:-1])] if len(words) >= 3 else []
    candidates.append(" ".join(words[1:]))
    if len(words) >= 4:
        candidates.append(" ".join(words[:2]))  # "Brazos Ridge" for Brazos Ridge Energy Services
    for core in candidates:
        if " " not in core and (not core[:1].isupper() or len(core) < 4 or core.lower() in cues().notname
                                or _lower_case_use(core, article)):
            continue
        if kinds.has_orgword(core.split()[-1]) or kinds.is_place_adjective(core):
            continue  # "Heavy Industries" in Haneul Heavy Industries: a part of other names
        if kinds.kinds(article).is_place(Entity(core)) or (
                kinds.place_by_name(core) and not _acts_as_subject(core, article)):
            continue  # a place, unless the article makes it the subject of the company's acts
        left_off = words[len(core.split())] if words[0] == core.split()[0] else None
        if _alone(core, article, left_off if core.split()[-1] != words[-1] else None) >= 3:
            found.append(core.lower())
    return found


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.'’&-]*\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z&]")


def _alone(name: str, article: Article, left_off: str | None, at_least: int = 3) -> int:
    """How often (up to ``at_least``) the article writes the name without the word of the title
    it leaves off (``left_off``, the last: not "Sawit Nusantara Group"), or, for a name that
    keeps the title's last word, with no capitalised word right before or after it (not
    "Harrowgate Grill", "Queen City Grill Partners")."""
    pat = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])" + (rf"(?!\s+{re.escape(left_off)}\b)" if left_off else ""))
    count = 0
    for sentence in article.sentences:
        text = sentence.text
        if name not in text:
            continue
        for m in pat.finditer(text):
            if left_off or (not _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
                            and not _CAPITAL_AFTER.match(text, m.end())):
                count += 1
                if count >= at_least:
                    return count
    return count


def _lower_case_use(word: str, article: Article) -> bool:
    """The word is written in lower case somewhere in the article ("mobile")."""
    low = re.compile(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])")
    return any(low.search(sentence.text) for sentence in article.sentences)


_ACTS = ("has|had|was|is|signed|bought|sold|acquired|announced|opened|launched|agreed|formed|became|said|began|"
         "started|entered|closed|raised|cut|won|floated|moved|offered|introduced|reported|expanded|chose|paid")


def _acts_as_subject(word: str, article: Article) -> bool:
    """A place's name that the article uses as the subject of the company's acts ("Boronia
    signed ...", for a company named after its suburb) at least five times, and more than
    twice as often as after a preposition of place ("in Boronia")."""
    w = re.escape(word)
    acts = re.compile(rf"(?<![\w-]){w}\s+(?:{_ACTS})\b")
    place = re.compile(rf"\b(?:in|at|near|from|to|of|around|outside|across)\s+{w}(?![\w-])")
    n_acts = n_place = 0
    for sentence in article.sentences:
        if word in sentence.text:
            n_acts += len(acts.findall(sentence.text))
            n_place += len(place.findall(sentence.text))
    return n_acts >= 5 and n_acts > 2 * n_place


@lru_cache(maxsize=256)
def _joined_names(names: tuple[str, ...]) -> re.Pattern | None:
    """The company's own names that hold a separator ("lune and eden water"), as one pattern."""
    joined = [n for n in names if " and " in n or ", " in n or " & " in n]
    if not joined:
        return None
    return re.compile("|".join(rf"{re.escape(n)}(?![\w-])" for n in sorted(joined, key=len, reverse=True)))


@lru_cache(maxsize=256)
def self_pattern(names: tuple[str, ...]) -> re.Pattern:
    r"""The names, each where no word character or hyphen stands before or after it:
    ``(?<![\w-])name(?![\w-])`` for each, written with the name's first character before the
    lookbehind (which then spans it) so that ``re`` scans for those first characters (its
    charset prefix) instead of testing every alternative's lookbehind at every position."""
    if not names or not all(names):
        return re.compile("|".join(rf"(?<![\w-]){re.escape(n)}(?![\w-])" for n in names) or r"(?!)")
    return re.compile("|".join(
        rf"{re.escape(n[0])}(?<![\w-][\s\S]){re.escape(n[1:])}(?![\w-])" for n in names))


_IS_SELF: list = slot({})  # (names, label, title) -> the answer, for the article's names


def is_self(entity: Entity, names: tuple[str, ...], article: Article) -> bool:
    """The company itself or one of its own units ("Samsung SDI" in the Samsung article).
    Asked again for the same names and the same label and title (an entity named several times,
    by several extractors), the first answer is given."""
    if entity.title and entity.title == article.title:
        return True
    memo = _IS_SELF[0]
    key = (names, entity.label, entity.title)
    known = memo.get(key)
    if known is None:
        if len(memo) >= 4096:
            memo.clear()
        pat = self_pattern(names)
        known = memo[key] = bool(pat.search(entity.label.lower()) or (entity.title and pat.search(entity.title.lower())))
    return known


# the legal forms that end a name (``items.LEGAL_TAIL``) and the words a short name leaves out
# too: "KK", "Pte" (no form after a comma in the table), "Corporation", "Company"
_FORM_TAIL = re.compile(rf"(?:,?\s+(?:{LEGAL_SUFFIXES.pattern}|KK|Pte|Corporation|Company)\.?)+$")


def full_name(entity: Entity, article: Article) -> Entity:
    """A short unlinked name written after the full one ("Kowloon Pacific" after "the garment maker
    Kowloon Pacific Garments", "Dastarkhan" after "Dastarkhan Inflight"): the one longer name the
    article writes that begins with it (with or without its legal form), when there is one; not a
    place or its adjective ("Fiji" in "Fiji Airways")."""
    label = entity.label
    if entity.title or len(label.split()) > 2 or len(label) < 3:
        return entity
    longer = mentions.organisation_names(article).longer_names().get(label.lower())
    if not longer:
        return entity
    bare = {_FORM_TAIL.sub("", n) for n in longer}
    if len(bare) != 1 or bare == {label} or _place_word(label, article) or kinds.kinds(article).kind(entity) in (kinds.PLACE, kinds.PERSON):
        return entity
    return Entity(label=min(longer, key=len))


def holds_title_word(label: str, article: Article) -> bool:
    """The name holds the first word of the article's title ("Lumiere Orvella Frozen" in the Orvella
    Foods article): a name made with the company's own, such as a venture's."""
    first = _DISAMBIGUATOR.sub("", article.title).split()[:1]
    return bool(first) and first[0].lower() in label.lower().split()


def as_organization(entity: Entity, article: Article) -> Entity | None:
    """The entity as a counterparty, or None when it is a place or a person (a partner,
    customer, supplier or investor is an organisation). A piped link whose text names an
    organisation and whose target is a place or a person (``[[Shanghai|Shanghai Municipal
    Government]]``) stands for the organisation, without the target's title. An unlinked country's
    name is never one, whatever the words around it make of it ("bought from India and China,
    the largest supplier being X": the apposition is not China's); a name in capitals is an
    acronym, not a country's code ("the chair maker TON")."""
    if not entity.title and "," not in entity.label and not entity.label.isupper() \
            and countries.country_code(entity.label) is not None:
        return None  # a country's name: "bought from India and China, the largest supplier being X"
    known = kinds.kinds(article)
    kind = known.kind(entity)
    if kind in (kinds.PLACE, kinds.PERSON, kinds.EVENT):
        return None
    if not entity.title and kind != kinds.ORGANIZATION and kinds.reads_as_person(entity.label) \
            and not _TRADE_LAST.search(entity.label):
        return None  # "bought from Pedro Alvarez", "the Dutch trader Jan de Vries" (not "Daesung Shipbuilding": a trade last)
    if entity.title and entity.label != entity.title and known.kind(Entity(entity.title, entity.title)) in (
            kinds.PLACE, kinds.PERSON, kinds.EVENT):
        return Entity(entity.label) if known.label_kind(entity) == kinds.ORGANIZATION else None
    return entity


_PREFIXES: list = slot(None, None)  # (article, {first words: titles}): one article at a time
_DISAMBIGUATOR = re.compile(r"\s*\([^)]*\)$")


def _prefix_titles(article: Article) -> dict[str, set[str]]:
    """The first words of the names the article links, lower case, and the titles they begin
    ("itaú" -> Itaú Unibanco, "chalmers" -> Chalmers University of Technology)."""
    if _PREFIXES[0] is article:
        return _PREFIXES[1]
    found: dict[str, set[str]] = {}
    # a link written only in the rows of a shareholder table ("[[UBS Fund Management]] || 3.4%")
    # is no longer name the text's short one stands for ("UBS and Zürcher Kantonalbank led ...")
    # (the titles of the other sentences are only read when there are such rows: most articles
    # have none)
    share_rows = {i for i, sentence in enumerate(article.sentences)
                  if sentence.list_item and mentions.SHARE_ROW.search(sentence.text)}
    only_rows: set[str] = set()
    if share_rows:
        rows: set[str] = set()
        told: set[str] = set()
        for i, sentence in enumerate(article.sentences):
            (rows if i in share_rows else told).update(m.entity.title for m in sentence.mentions if m.entity.title)
        only_rows = rows - told
    for title, label in article.links.items():
        if not title or title.startswith(("File:", "Image:", "Category:")) or title in only_rows:
            continue
        for name in {label, _DISAMBIGUATOR.sub("", title)}:
            words = name.split()
            if not name[:1].isupper():
                continue
            for n in range(1, len(words)):
                found.setdefault(" ".join(words[:n]).lower(), set()).add(title)
            if 3 <= len(words) <= 5 and all(w[:1].isupper() for w in words):
                # "Amazon Web Services" -> "aws!": the initials a later mention may use
                found.setdefault("".join(w[0] for w in words).lower() + "!", set()).add(title)
    _PREFIXES[0], _PREFIXES[1] = article, found
    return found


_INITIALS = re.compile(r"[A-Z]{3,5}")


def resolve(label: str, article: Article) -> Entity:
    """The entity an unlinked name stands for: the link of the same name, else the one linked
    organisation whose name it begins ("Itaú" for an article that links Itaú Unibanco, "JFE"
    for JFE Steel), when it begins only one and is not itself a place."""
    title = article.label_index.get(label.lower())
    if title is None and len(label) >= 3:
        titles = _prefix_titles(article).get(label.lower())
        if titles is not None and len(titles) == 1 and not _place_word(label, article, town=False):
            title = next(iter(titles))
    if title is None and _INITIALS.fullmatch(label):
        titles = _prefix_titles(article).get(label.lower() + "!")
        if titles is not None and len(titles) == 1:
            title = next(iter(titles))  # "AWS" after [[Amazon Web Services]]
    return Entity(label=label, title=title)


_COMPASS = re.compile(r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+(?=[A-Z])")


def _place_word(name: str, article: Article, town: bool = True) -> bool:
    """A place or a place's adjective ("Gothenburg", "Portuguese", "West German": a compass
    word before one), by the name alone or by what the article says of it. ``town=False``: a
    smaller city's name ("Oshima") counts only when the article writes it as a place, as
    ``kinds`` reads it (the first word of [[Oshima Shipbuilding]] written alone)."""
    compass = _COMPASS.match(name)
    if compass and kinds.is_place_adjective(name[compass.end():]):
        return True
    by_name = kinds.place_by_name(name)
    return bool(kinds.is_place_adjective(name) or (by_name == kinds.PLACE if not town else by_name)
                or kinds.kinds(article).is_place(Entity(name)))


# a maker's name by its shape: the trade it works in as its last word ("Hangzhou Lianfeng Turbine
# Works", "Tavan Packaging", "Norrby Mills") or two family names joined by "&" ("Hallam Kerr & Gordon")
_TRADE_LAST = re.compile(r"\s(?:Works|Factory|Foundry|Mills|Packaging|Machinery|Manufacturing|Shipyard|Shipbuilding|Engineers|"
                         r"Alloys)$")
_FIRM_AMPERSAND = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+&\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


def firm_shaped(name: str) -> bool:
    """An unlinked name whose shape makes it a business: a trade as its last word or family names
    joined by "&" (not a place: "Trinidad & Tobago")."""
    if not (_TRADE_LAST.search(name) or _FIRM_AMPERSAND.fullmatch(name)):
        return False
    return kinds.place_by_name(name.replace("&", "and")) is None


def valid_name(name: str, table: Cues) -> bool:
    words = name.split()
    if not words or words[0] in table.notname or name.lower() in table.generic or name.endswith("-based"):
        return False
    if all(w in table.notname for w in words):
        return False
    if len(words) == 1 and kinds.is_place_adjective(name):
        return False  # "Portuguese" in "the Portuguese retailer Sonae"
    compass = _COMPASS.match(name)
    if compass and len(words) == 2 and kinds.is_place_adjective(words[1]):
        return False  # "West German" in "the West German tram builder Duewag"
    return any(ch.isalpha() for ch in name)


# "the former [[Cincinnati Bengals]] lineman Walt Draper": a name between "former" and one noun
# before another name tells whose the person's former role was (any role noun, not only the listed)
_A_FORMER_ROLE = re.compile(r"(?:the\s+|a\s+|its\s+)?former\s+(?=\S)", re.IGNORECASE)


def item_at(s: Sent, pos: int, article: Article, table: Cues) -> tuple[Entity, int] | None:
    """The name starting at ``pos`` (after "the", a possessor, "X-based" or a descriptor)."""
    text = s.text
    start = pos
    m = _THE.match(text, pos)
    if m and pos not in s.by_start:  # "the [[Globex]]", but "[[The Home Store]]" keeps its article
        pos = m.end()
    m = _BASED.match(text, pos)
    if m:
        pos = m.end()
    got = _qualified_link(s, pos, article, table) or _name_at(s, pos, article, table)
    if got is None or (text[got[1] : got[1] + 1] == " " and (
            _place_word(got[0].label, article) or kinds.kinds(article).is_place(got[0]))):
        # a place or its adjective that qualifies a descriptor: "the American steelmaker
        # Armco", "the Gothenburg football club BK Häcken" (a descriptor follows a space: a name
        # before anything else is not asked whether it is a place)
        q = got[1] if got is not None else _qualifier_end(text, pos, article)
        if q is not None:
            named = _described(s, q + 1, article, table, qualified=True) if text[q : q + 1] == " " else None
            if named is not None:
                return named
    if got is None:
        got = _described(s, pos, article, table)
    if got is not None:
        poss = _POSSESSIVE.match(text, got[1])
        if poss and kinds.kinds(article).is_place(got[0]):
            # "Japan's Toray Industries": a place that possesses is not the item
            return item_at(s, poss.end(), article, table) or got
        if text[got[1] : got[1] + 1] in ("'", "’") and _person_after_possessive().match(text, got[1]):
            return None  # "the venture fund of [[Quarnco]]'s founder Tom Quarn": a person's, not Quarnco's
        unit = _UNIT_OF.match(text, got[1])
        if unit:  # "the GE Lighting subsidiary of General Electric", "Wacker subsidiary Siltronic",
            # "the [[Tarn Bank]]'s private-sector arm [[Tarn Invest]]": the unit named after its kind
            return item_at(s, unit.end(), article, table) or got
        if poss:  # "the University of Basel's Biozentrum": the organisation that owns the unit
            owned = _name_at(s, poss.end(), article, table)
            if owned is not None and owned[0].title is None and _OWN_BODY.search(owned[0].label):
                # "the [[Executive Yuan]]'s National Development Fund": a body of its own that the
                # possessor set up (a fund, a bank, a trust) is the party, not a unit or a programme
                # ("[[Cargill]]'s SeaFeed Alliance" is Cargill's)
                return owned
            return got[0], poss.end() - len(poss.group(0).lstrip("'’s"))
        att = _ATTRIBUTIVE.match(text, got[1])
        if att and (_attributive_noun(att.group(1).split(), table) or _A_FORMER_ROLE.match(text, start)
                    and " " not in att.group(1) and att.group(1) not in _FUNCTION_WORDS):
            # "the K League club [[Ulsan HD FC]]", "the former [[Singtel]] executive Lim": the name
            # describes the one after the noun; "[[Infogrames]], the larger Lyon publisher,": a
            # descriptor of the name before
            if att.end() < len(text) and text[att.end()].isupper():
                return item_at(s, att.end(), article, table)
            if pos > start and _place_word(got[0].label, article):
                return None
    return got


@lru_cache(maxsize=1)
def _person_after_possessive() -> re.Pattern:
    """A person's role and name after a possessor ("'s founder Tom Quarn", "'s chief executive
    Ana Tarn"): the role words of ``kg/data/entity_kinds.tsv``."""
    roles = "|".join(re.escape(w) for w in sorted(kinds.vocabulary().personroles, key=len, reverse=True))
    return re.compile(rf"['’]s\s+(?:former\s+|late\s+)?(?:{roles})\s+(?={mentions.CAPITAL})")


# the last word of a body that holds its own money or charter, owned by another ("X's Development Fund")
_OWN_BODY = re.compile(r"\s(?:Fund|Bank|Foundation|Trust|Corporation|Company|Agency)$")


# one or two capitalised words before a space: a place's adjective that may qualify a link
_QUALIFIER_WORDS = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?=\s)")


def _qualified_link(s: Sent, pos: int, article: Article, table: Cues) -> tuple[Entity, int] | None:
    """The linked name that a place's adjective written at ``pos`` qualifies: "the British
    [[Ministry of Food]]", "the West German [[AEG]]"."""
    m = _QUALIFIER_WORDS.match(s.text, pos)
    if m is None:
        return None
    for end in (m.end(), pos + len(m.group(0).split()[0])):
        if end + 1 in s.by_start and _place_word(s.text[pos:end], article):
            return _name_at(s, end + 1, article, table)
    return None


# lower-case words after a name: "club " before another name, "publisher" before a comma
_ATTRIBUTIVE = re.compile(r"\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)(?:\s+(?=[A-Z])|(?=,))")


def _attributive_noun(words: list[str], table: Cues) -> bool:
    """The words end with an organisation noun ("club", "publisher", "team") or a person's role
    ("executive", "chairman"): the name before them qualifies them."""
    vocab = kinds.vocabulary()
    last = words[-1]
    return not _FUNCTION_WORDS.intersection(words) and (
        _orgnoun(words, table) or last in vocab.orgnouns or last in vocab.personroles)


_QUALIFIER = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?=\s+[a-z])")


def _qualifier_end(text: str, pos: int, article: Article) -> int | None:
    """Where a place's name or adjective written at ``pos`` ends ("American", "South Korean")."""
    m = _QUALIFIER.match(text, pos)
    return m.end() if m and _place_word(m.group(0), article) else None


def _orgnoun(words: list[str], table: Cues) -> bool:
    """The descriptor ends with an organisation noun ("hedge fund", "tire makers", "asset manager")."""
    last = words[-1]
    nouns = table.orgnouns
    return last in nouns or (last.endswith("s") and last[:-1] in nouns) or " ".join(words[-2:]) in nouns


def _described(s: Sent, pos: int, article: Article, table: Cues, qualified: bool = False) -> tuple[Entity, int] | None:
    """The name after a lower-case descriptor at ``pos``: before a linked name any descriptor
    will do; before an unlinked one it must end with an organisation noun ("the hedge fund
    Bridgepoint"); a plural one may be followed by a comma ("the three grocery groups, A, B
    and C"). "the school kitchens of the [[X]]": the linked X that owns what is described."""
    text = s.text
    d = _DESCRIPTOR.match(text, pos)
    words = d.group(0).split() if d else []
    if not words or words[0] == "and":
        return None
    if words[0].endswith(("ed", "ing")) and not qualified and not _ARTICLE_BEFORE.search(text, 0, pos):
        return None  # "... and toured supporting [[X]]": a verb, not a descriptor
    if not _FUNCTION_WORDS.intersection(words):
        if d.end() in s.by_start or _orgnoun(words, table):
            return _without_seat(_name_at(s, d.end(), article, table), article)
    plural = _PLURAL_APPOSITION.match(text, pos)
    if plural:
        words = plural.group(1).split()
        if not _FUNCTION_WORDS.intersection(words) and _orgnoun(words, table):
            return _name_at(s, plural.end(), article, table)
    of = _OF_OWNER.match(text, pos) if qualified or text[max(0, pos - 4) : pos].lower() == "the " else None
    if (of and of.end() in s.by_start and not _FUNCTION_WORDS.intersection(of.group(1).split())
            and not set(of.group(1).split()) & set(kinds.vocabulary().personroles)):
        mention = s.by_start[of.end()]
        if not kinds.kinds(article).is_place(mention.entity):
            return _name_at(s, of.end(), article, table)
    return None


_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)|['’]s)\s+$", re.IGNORECASE)
_OF_OWNER = re.compile(r"((?:[a-z][\w-]*\s+){1,3})of\s+(?:the\s+)?")
_PLURAL_APPOSITION = re.compile(r"((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s),\s+(?=[A-Z])")


_COOPERATIVE_AFTER = re.compile(r"\s+(?:cooperative|co-operative)\b")


# a word link written in lower case is a brand's own spelling ("[[imec]]", "[[Oneworld|oneworld]]"),
# not a common noun, where the sentence uses it as an organisation: an organisation noun before it
# ("the data analytics firm [[dunnhumby]]") or "the" before it and a body's head noun after it
# ("the [[imec]] programme", "the [[Oneworld|oneworld]] alliance")
# (the article may open the sentence: "The data analytics firm [[dunnhumby]] has ...")
_DESCRIBED_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z][\w-]*\s+){1,4})$")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_BODY_AFTER = re.compile(r"\s+(?:alliance|programme|program|consortium|network)\b")


def _lower_case_name(s: Sent, pos: int, end: int, table: Cues) -> bool:
    text = s.text
    if " " in text[pos:end]:
        return False
    before = text[max(0, pos - 60) : pos]
    if _THE_BEFORE.search(before) and _BODY_AFTER.match(text, end):
        return True
    d = _DESCRIBED_BEFORE.search(before)
    return d is not None and _orgnoun(d.group(1).split(), table)


def _name_at(s: Sent, pos: int, article: Article, table: Cues) -> tuple[Entity, int] | None:
    text = s.text
    joined = _joined_names(company_names(article))
    if joined is not None:  # "Lune and Eden Water" is one of the company's own names, not two
        own = joined.match(s.ds.low, pos)
        if own:
            return Entity(text[pos : own.end()]), own.end()
    mention = s.by_start.get(pos)
    if mention is not None:
        label = mention.entity.label
        if label.lower() in table.generic or label.islower() and not _lower_case_name(s, pos, mention.end, table):
            return None  # a common-noun link ("nonprofit", "strategic alliance")
        longer = _NAME.match(text, pos) if text[mention.end + 1 : mention.end + 2].isupper() else None
        if longer and longer.end() > mention.end and kinds.kinds(article).is_place(mention.entity) \
                and valid_name(longer.group(0), table) and longer.group(0).split()[-1] not in table.notname:
            # a place that begins a longer name: "the Tokyo International Photo Festival"
            return resolve(longer.group(0), article), longer.end()
        at = _unit_at_linked(s, mention.end, label, article)
        if at is not None:
            return at
        if mention.entity.title is None and " of " in label:  # an unlinked name: "X Foods of Erie"
            tail = _place_after_of(s, pos, label, article)
            if tail is not None:
                return resolve(label[:tail], article), mention.end
        return mention.entity, mention.end
    seat = _PLACE_POSSESSIVE.match(text, pos)
    if seat and seat.end() in s.by_start and kinds.place_by_name(seat.group(1)) == kinds.PLACE:
        return _name_at(s, seat.end(), article, table)  # "Japan's [[Taisei Corporation]]": the link names it
    m = _NAME.match(text, pos)
    if not m:
        return None
    name = m.group(0)
    numbered = _NUMBERED.match(text, m.end()) if name.endswith((" No.", " Nr.")) else None
    if numbered:  # "the Research Institute for Aquaculture No. 2", "Mine No. 3": the number is the name's
        name = name + numbered.group(0)
    if name.endswith(".") and not mentions.DOTTED_SUFFIX.search(name):
        name = name[:-1]
    form = mentions.LOWER_FORM.match(text, pos + len(name))
    if form:
        name += form.group(0)
    name = name.rstrip("'’")
    if name.endswith(("'s", "’s")) and resolve(name, article).title is None:
        name = name[:-2]  # a possessive, not the "'s" of a name the article links ("Southern Glazer's")
    if not valid_name(name, table):
        return None
    end = pos + len(name)
    listed = _listed_fields(s, name, end, article, table)
    if listed is not None:
        name, end = text[pos:listed], listed
    institute = _FIELD_HEAD.search(name)
    both = _AND_FIELD.match(text, end) if institute or " and " in text[end : end + 6] and _FIELDS_HEAD.search(name) else None
    if both and end + len(both.group(0)) - len(both.group(1)) not in s.by_start \
            and both.group(1) not in table.notname and (institute or kinds.is_common_word(both.group(1))):
        # "the Research Institute of Brewing and Malting": the second field is the name's own; after
        # a company's or a body's head, a dictionary word ("the Egyptian Company for Mining and Quarrying")
        name, end = name + both.group(0), both.end()
    coop = _COOPERATIVE_AFTER.match(text, end)
    if coop:  # "the Bayan-Ovoo cooperative": a cooperative's name holds the word
        name, end = name + coop.group(0), coop.end()
    local = _PLACE_THEN_FORM.match(text, end)
    if local and _place_word(local.group("place"), article):
        # "Hualong Construction (Cambodia) Co., Ltd.": a local company's country in brackets before its legal form
        name, end = name + local.group(0), local.end()
    if _FAMILY_AFTER.match(text, end):
        return None  # "the Grey family trusts", "Natarajan's family company": a family's holding
    owner = _unit_of_linked(s, pos, name, article)
    if owner is not None:
        return owner, end
    fields = _unit_and_field_of_linked(s, name, end, article)
    if fields is not None:
        return fields
    at = _unit_at_linked(s, end, name, article)
    if at is not None:
        return at
    tail = mentions.place_tail(name)  # "Baumann Watch Import Corporation of New York"
    if tail is None:
        tail = _place_after_of(s, pos, name, article)
    if tail is not None:  # "X Imports of [[Charlotte, North Carolina]]": the place ends with its link
        end = max([end] + [m.end for m in s.by_start.values() if m.start < end < m.end])
    return resolve(name[:tail] if tail is not None else name, article), end


# a place's possessive before a linked name: "Japan's [[Taisei Corporation]]", "Norway's [[X]]"
_PLACE_POSSESSIVE = re.compile(r"((?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)['’]s\s+")


# a country in brackets between a company's name and its legal form: "X Construction (Cambodia) Co., Ltd."
_PLACE_THEN_FORM = re.compile(r"\s+\((?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\)\s+"
                              r"(?:Co\.,?\s+Ltd\.|Co\.|Ltd\.|Limited|Pvt\.\s+Ltd\.|Private\s+Limited|Inc\.|Corp\.|"
                              r"Corporation|LLC|GmbH|AG|S\.A\.|Sdn\.?\s+Bhd\.?|Pte\.?\s+Ltd\.|Plc|PLC)")


# an unlinked institution named by its fields ("Institute of Brewing and Malting", "Ministry of
# Finance and Planning"): one capitalised word after "and" that no other capitalised word follows
_FIELD_HEAD = re.compile(r"\b(?:Institute|University|Academy|School|Faculty|College|Centre|Center|Department|Ministry|Council)"
                         r"\s+(?:of|for)\s+(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*$")
_AND_FIELD = re.compile(r"\s+and\s+([A-Z][a-z][\w-]*)(?![\w-]|\s+[A-Z&]|\s+(?:of|for)\b)")
# an unlinked company or body named by a list of its fields ("Holding Company for Pharmaceuticals,
# Chemicals and Medical Appliances", "Organisation for Steel, Iron and Mining"): one name, not three
_FIELDS_HEAD = re.compile(r"\b(?:Company|Corporation|Organi[sz]ation|Authority|Agency|Federation|Association|Society|Board|"
                          r"Department|Ministry|Council)"
                          r"\s+(?:of|for)\s+(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*$")
_FIELD = r"[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?"
_LISTED_FIELDS = re.compile(rf"(?:,\s+{_FIELD}){{1,4}},?\s+and\s+{_FIELD}(?![\w-]|\s+[A-Z&]|\s+(?:of|for)\b)")
_ONE_FIELD = re.compile(_FIELD)


def _listed_fields(s: Sent, name: str, end: int, article: Article, table: Cues) -> int | None:
    """Where the list of fields that ends an unlinked body's name ends (", Chemicals and Medical
    Appliances" after "Holding Company for Pharmaceuticals"): none of them linked, a name with an
    organisation's word ("Deutsche Bank"; a field may be one, "Chemicals"), or a name the
    article writes alone."""
    listed = _LISTED_FIELDS.match(s.text, end) if _FIELDS_HEAD.search(name) else None
    if listed is None:
        return None
    for field in _ONE_FIELD.finditer(s.text, end, listed.end()):
        word = field.group(0)
        if field.start() in s.by_start or (" " in word and kinds.has_orgword(word)) or word in table.notname \
                or word.split()[0] in table.notname or _alone(word, article, None, 2) > 1:
            return None
    return listed.end()


# "Game Research Lab of [[Tampere University]]": a unit of a linked organisation is that organisation
_UNIT_NAME_OF = re.compile(r"\b(?:Lab|Laboratory|Laboratories|Department|Faculty|School|Institute|Centre|Center|Unit|Programme|Program)"
                      r"(?:\s+of(?:\s+[A-Z][\w&-]*){1,3}?)?\s+(?:of|at)\s+(?:the\s+)?$")


def _unit_of_linked(s: Sent, pos: int, name: str, article: Article) -> Entity | None:
    """The linked organisation an unlinked unit's name ends with ("Game Research Lab of [[Tampere
    University]]", "the Harold Vance Department of Petroleum Engineering of [[Texas A&M
    University]]"): the unit is the organisation's (round 6 reads "the unit of X" the same way);
    not a place ("National Supercomputing Centre of [[Singapore]]" stays whole)."""
    for start, mention in s.by_start.items():
        if pos < start < pos + len(name) and mention.entity.title and mention.end >= pos + len(name) - 1 \
                and _UNIT_NAME_OF.search(s.text, pos, start):
            entity = mention.entity
            known = kinds.kinds(article).kind(entity)
            if known == kinds.ORGANIZATION or kinds.has_orgword(entity.title):
                return entity
    return None


# the second field of a unit's name before its linked owner: "the Faculty of Mechanical Engineering
# and Naval Architecture of the [[University of Tarnwick]]"
_AND_FIELD_OF = re.compile(r"\s+and\s+((?:[A-Z][a-z][\w-]*\s+){1,3})(?:of|at)\s+(?:the\s+)?")


def _unit_and_field_of_linked(s: Sent, name: str, end: int, article: Article) -> tuple[Entity, int] | None:
    """The linked organisation after a unit's name whose fields are joined by "and" (dictionary
    words: ``kinds.is_common_word``): "the Faculty of Mechanical Engineering and Naval Architecture
    of the [[University of Tarnwick]]" is the university's, as "Game Research Lab of [[X]]" is X's."""
    m = _AND_FIELD_OF.match(s.text, end) if " and " in s.text[end : end + 6] and _UNIT_WORD.search(name) else None
    if m is None or not all(kinds.is_common_word(w) for w in m.group(1).split()):
        return None
    mention = s.by_start.get(m.end())
    if mention is None or not mention.entity.title or (kinds.kinds(article).kind(mention.entity) != kinds.ORGANIZATION
                                                        and not kinds.has_orgword(mention.entity.title)):
        return None
    return mention.entity, mention.end


# "the Wits Mining Institute at the [[University of the Witwatersrand]]": a named unit placed at a
# linked academic organisation is that organisation's (the golds take the university)
_UNIT_WORD = re.compile(r"\b(?:Lab|Labs|Laboratory|Laboratories|Department|Faculty|School|Institute|Centre|Center|Unit)\b")
_AT_THE = re.compile(r"\s+at\s+(?:the\s+)?")
# a university by its name in the languages the articles write it ("Universidad", "Universidade" are
# not "Universit-" words)
UNIVERSITY = r"(?:Universit(?:y|ies|é|ät|at|e|à|á|i|eit)|Universidade?)"
_ACADEMIC = rf"(?:{UNIVERSITY}|College|Institute of Technology|Polytechnic)\b"
_ACADEMIC_TITLE = re.compile(r"\b" + _ACADEMIC)


def _unit_at_linked(s: Sent, end: int, name: str, article: Article) -> tuple[Entity, int] | None:
    """The linked university a unit's name (linked or not) is placed at ("the [[International Centre
    for Brewing and Distilling]] at [[Heriot-Watt University]]"), with the end of its link; None
    when the name has no unit word or what follows "at" is no linked academic organisation."""
    if not _UNIT_WORD.search(name):
        return None
    at = _AT_THE.match(s.text, end)
    mention = s.by_start.get(at.end()) if at else None
    if mention is None or not mention.entity.title or not _ACADEMIC_TITLE.search(mention.entity.title):
        return None
    if kinds.kinds(article).kind(mention.entity) == kinds.PLACE:
        return None
    return mention.entity, mention.end


_AT_ACADEMIC = re.compile(r"\s+at\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,4}?" + _ACADEMIC)


def unit_at_university(text: str, end: int, name: str) -> bool:
    """Whether the unit named ``name``, ending at ``end``, is placed at a university ("the Wits Mining
    Institute at the University of the Witwatersrand"): the learned reader leaves such a unit to
    the rules, which read the university (``_unit_at_linked``)."""
    return bool(_UNIT_WORD.search(name)) and bool(_AT_ACADEMIC.match(text, end))


# a name followed by "family" or "'s family": persons and their holding, no organisation
_FAMILY_AFTER = re.compile(r"(?:['’]s)?\s+family\b")
# the words after which "of <place>" belongs to the name of an institution
_OF_PLACE_INSTITUTION = frozenset(
    "bank centre center university institute college council authority museum school academy society "
    "board commission ministry department port city republic government court hospital church league "
    "association federation union chamber exchange foundation agency library observatory "
    "state province municipality county region district prefecture diocese kingdom emirate territory governorate "
    "canton".split())
_OF_SPLIT = re.compile(r"\s+of\s+(?:the\s+)?")


def _place_after_of(s: Sent, pos: int, name: str, article: Article) -> int | None:
    """Where an "of <place>" that tells where an unlinked company is based starts: the place
    is linked on its own ("Moto Italia Imports of [[Charlotte, North Carolina]]", "Norwood Alloys
    of [[Tuttlingen]]", a smaller city as well: a writer links the whole name of a "Bank of
    China"), or the article writes the name without the place
    elsewhere ("Lakeview Prepared Foods of Erie", later "made by Lakeview Prepared Foods"), or the
    place is a country written unlinked ("Haarslev Industries of Denmark"; not after an
    institution's word: "Bank of Ghana")."""
    for m in _OF_SPLIT.finditer(name):
        head = name[: m.start()]
        words = head.split()
        if len(words) < 2 or words[-1].lower() in _OF_PLACE_INSTITUTION:
            continue  # "Bank of ...", "First National Bank of Omaha": the place is the name's
        mention = s.by_start.get(pos + m.end())
        if mention is not None and (kinds.kinds(article).is_place(mention.entity)
                                    or kinds.place_by_name(mention.entity.title or "") in (kinds.PLACE, "city")):
            return m.start()  # a smaller city too: linked on its own after a company's name, "of" says it is its seat
        if (mention is None or mention.entity.title is None) and _written_alone(head, name[m.start():], article):
            return m.start()
        if mention is None and "," not in name[m.end():] and countries.country_code(name[m.end():]):
            return m.start()  # "Haarslev Industries of Denmark": a company's country, unlinked
        if mention is None and "," not in name[m.end():] and kinds.place_by_name(name[m.end():]) is not None:
            return m.start()  # "Tarim Grain Trading of Ürümqi" (round 33): a city of the gazetteer, unlinked, is the seat
    return None


def _without_seat(got: tuple[Entity, int] | None, article: Article) -> tuple[Entity, int] | None:
    """An unlinked name read after a descriptor that says what it is, without the "of <place>"
    that tells where it is based ("the Spanish glaze maker Esmaltes Levante of Castellón",
    "the diamond trader Shree Ratnam Exports of Surat"): the descriptor has named the kind of
    business, so the place is its seat, not part of its name (not after an institution's word:
    "the lender Bank of Baroda")."""
    if got is None or got[0].title is not None:
        return got
    name = got[0].label
    for m in _OF_SPLIT.finditer(name):
        words = name[: m.start()].split()
        if len(words) < 2 or words[-1].lower() in _OF_PLACE_INSTITUTION:
            continue
        seat = name[m.end():]
        if kinds.place_by_name(seat) is not None or kinds.kinds(article).is_place(Entity(seat)):
            # a country or a city of the gazetteer, however small ("of Ijuí"), or a place by what the article says
            return resolve(name[: m.start()], article), got[1]
    return got


def _written_alone(head: str, tail: str, article: Article) -> bool:
    pat = re.compile(rf"(?<![\w-]){re.escape(head)}(?!{re.escape(tail)})(?![\w-]|\s+(?:of|for|de)\b)")
    return any(head in sentence.text and pat.search(sentence.text) for sentence in article.sentences)


# a lower-case noun and the cue's preposition after a name: the name qualifies goods ("PET preforms from")
_GOODS_FROM = re.compile(r"\s+[a-z][\w-]*\s+(?:from|by)\s")


# ", and " before a name, and a finite verb after it: the name is the subject of a new clause
# (not a verb of buying or selling: "customers include A, ..., and B buys advertising" is read
# as a customer either way)
_COMMA_AND = re.compile(r",\s+and\s+(?:the\s+)?$")
_FINITE_VERB = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:(?:also|then|later|itself|in\s+turn)\s+)?(?:lent|lends|bought|took|takes|won|became|"
                          r"has|have|had|was|were|is|are|will|would|"
                          # any verb in the past tense in -ed ("signed", "agreed", "acquired", "subscribed"), not a
                          # participle that says how B stands ("B, and C based in")
                          r"(?!(?:based|owned|controlled|listed|headquartered|located|named|called|known|led)\b)[a-z]{3,}ed|"
                          # a verb in the present with its object after it ("B handles its containers"), not a plural noun
                          r"[a-z]{3,}(?<!s)s(?=\s+(?:its|their|the|his|her|all|most|much|some|part)\b))\b")


def enumeration(s: Sent, pos: int, article: Article, table: Cues, limit: int | None = None) -> tuple[list[Counterparty], int]:
    """Names enumerated from ``pos``: "A, B (BB), and the C"; returns them and where they end."""
    text = s.text
    limit = len(text) if limit is None else limit
    items: list[Counterparty] = []
    end = pos
    while True:
        p = pos
        while p < limit and text[p] == " ":
            p += 1
        got = item_at(s, p, article, table)
        if got is None or got[1] > limit:
            break
        entity, stop = got
        if items and _GOODS_FROM.match(text, stop):
            break  # "from A, and PET preforms from B": the goods of the next supply, not a third name
        if items and _COMMA_AND.search(text, 0, p) and (verb := _FINITE_VERB.match(text, stop)) and verb.end() <= limit:
            break  # "to supply gloves to A, and B lent it RM 5 million": B opens a clause of its own
        if items and text[pos - 2 : pos] == ", " and (_APPOSED.match(text, p) or _APPOSED_OF.match(text, p)
                                                      or items[-1].entity.title and _UNIT_APPOSED_OF.match(text, p)):
            break  # "A, the B's franchisee in Chile", "A, the airport operator of B": who A is, not another item
        whole = _linked_whole(s, items[-1], p, stop, article) if items and not entity.title else None
        if whole is None and items and not entity.title:
            whole = _one_company(s, items[-1], entity, p, stop, article)
        firm = _partners_firm(s, items, entity, p, stop) if items and whole is None else None
        if firm is not None:
            items[-len(firm[1]):] = [firm[0]]  # "Hoxha, Bregu & Partners": one firm's name, not two parties
        elif whole is not None:
            items[-1] = whole  # "Chambal Fertilisers and Chemicals": one name the article links elsewhere
        else:
            items.append(Counterparty(entity, p, stop))
        suffix = SUFFIX.match(text, stop)
        if suffix and suffix.end() <= limit:
            stop = suffix.end()
        paren = _PAREN.match(text, stop)
        if paren and paren.end() <= limit:
            stop = paren.end()
        end = stop
        aside = _ASIDE.match(text, stop)
        if aside and aside.end() < limit:  # "A, which buys wire, and B"; "A, with 6 per cent, and B"
            stop = aside.end()
        sep = _SEPARATOR.match(text, stop)
        if not sep or sep.end() >= limit:
            break
        pos = sep.end()
    return items, end


_POSSESSOR_HEAD = re.compile(r"[^\s']+['’]s\s+")  # "India's " before a name


# a firm named after its partners, its last name joined by "&" ("Bregu & Partners", "Meagher & Flom")
_AMPERSAND_NAME = re.compile(r"[A-Z][\w'’-]*\s+&\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_SURNAME = re.compile(r"[A-Z][\w'’-]+")


def _partners_firm(s: Sent, items: list[Counterparty], entity: Entity, start: int, stop: int
                   ) -> tuple[Counterparty, list[Counterparty]] | None:
    """The unlinked one-word names just before an unlinked "X & Y" name, each joined to the next by
    a comma alone, as one firm's name with it: "the law firm Hoxha, Bregu & Partners", "Skadden,
    Arps, Slate, Meagher & Flom". An enumeration of parties ends with "and" before its last item
    ("Deloitte, KPMG and Ernst & Young"); a comma alone before an ampersand name joins the names of
    one partnership. Returns the joined name and the items it takes in."""
    if entity.title or not _AMPERSAND_NAME.fullmatch(entity.label):
        return None
    text = s.text
    taken: list[Counterparty] = []
    nxt = start
    for item in reversed(items):
        if item.entity.title or not _SURNAME.fullmatch(item.entity.label) or \
                not re.fullmatch(r",\s", text[item.end : nxt]):
            break
        taken.insert(0, item)
        nxt = item.start
    if not taken:
        return None
    first = text.find(taken[0].entity.label, taken[0].start)
    return Counterparty(Entity(label=text[first:stop]), first, stop), taken


def _one_company(s: Sent, before: Counterparty, entity: Entity, start: int, stop: int,
                 article: Article) -> Counterparty | None:
    """The previous unlinked item and this one, joined by "and", as one company's name: the
    second holds an organisation word, the first none, opens with a place or its adjective (or
    is a body's fields: ``mentions.fields_of_body``) and is never written alone elsewhere ("the Baltic Glass and Mineral Waters Company", "the Kent
    Iron and Steel Works"), not "Siemens and the General Electric Company"."""
    if before.entity.title or not re.fullmatch(r"\s+and\s+", s.text[before.end : start]):
        return None
    first, second = before.entity.label, entity.label
    placed = len(first.split()) >= 2 and _place_word(first.split()[0], article) \
        and not _place_word(second.split()[0], article)
    fields = not placed and mentions.fields_of_body(first, second)  # a one-word field may be an organisation word ("Mining")
    if s.text[start : start + 4].lower() == "the " or not (placed or fields) \
            or not kinds.has_orgword(second) \
            or kinds.has_orgword(first) and not (fields and " " not in first) or _alone(first, article, None, 2) > 1:
        return None
    return Counterparty(resolve(f"{first} and {second}", article), before.start, stop)


def _linked_whole(s: Sent, before: Counterparty, start: int, stop: int, article: Article) -> Counterparty | None:
    """The previous unlinked item and this one, joined by "and", as one name that the article
    links elsewhere ("[[Chambal Fertilisers and Chemicals]]" in the lead, "India's Chambal
    Fertilisers and Chemicals" later): that linked organisation, not two names."""
    if before.entity.title or not re.fullmatch(r"\s+and\s+", s.text[before.end : start]):
        return None
    head = _POSSESSOR_HEAD.match(s.text, before.start)
    first = head.end() if head and head.end() < before.end else before.start
    title = article.label_index.get(s.text[first:stop].lower())
    if title is None:
        return None
    return Counterparty(Entity(label=s.text[first:stop], title=title), first, stop)


# a letter of any script that no word character, apostrophe or hyphen precedes ("Škoda"),
# the letter first so that ``re`` scans for letters instead of testing the lookbehind everywhere
_WORD_START = re.compile(r"[^\W\d_](?<![\w'’-][^\W\d_])")


def starts(text: str, lo: int, hi: int, s: Sent) -> list[int]:
    """Where a name may start between ``lo`` and ``hi``: a mention, or a word that no mention
    holds (not "Éxito" inside the linked "Grupo Éxito": "Éxito of Colombia" is no name)."""
    out = {lo} | {m for m in s.by_start if lo <= m < hi}
    inside = [(m.start, m.end) for m in s.by_start.values() if m.end > lo and m.start < hi]
    for m in _WORD_START.finditer(text[lo:hi]):
        at = lo + m.start()
        if not any(a < at < b for a, b in inside):
            out.add(at)
    return sorted(out)


# a preposition right before a name: the name is its object, not a clause's subject
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|with|from|by|for|of|into|than|through|via)\s+(?:the\s+)?$", re.IGNORECASE)
# a locative preposition right before a name: the name is a place the clause tells of ("a dealer in X")
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|near|outside)\s+(?:the\s+)?$")
# a name inside a relative clause or an apposition ("a/an ...") that a name opened before it and a
# comma closes before the cue ("X, a fund whose investors include [[Y]], paid", "X, which [[Y]] set
# up, bought", "X, a maker of juices listed on the [[Y]], bought"): Y is said of X, not the subject
# (not "..., of which [[Y]] lent US$95 million": the cue's own clause)
_IN_RELATIVE = re.compile(r",\s+(?:[^,;()]*?\s)?(?:whose|which|who|whom)\s[^,;()]*$|,\s+(?:a|an)\s[^,;()]*$")


# an apposition that gives the subject's former name between it and the cue ("X, the British
# development finance institution known until 2022 as the Y, lent it"): X is the subject
# (its "self" group never matches: the caller reads ``tail.group("self")`` of either tail pattern)
FORMER_TAIL = re.compile(former_names.APPOSITION + r"\s*" + _BEFORE_VERB + r"(?P<self>(?!))?")


def subject_enumeration(s: Sent, clause_start: int, cue_start: int, article: Article, table: Cues) -> list[Counterparty]:
    """The longest enumeration that ends right before the cue (modulo "together", commas), not
    one whose first name is the object of a preposition: in "to supply gloves to X, and Y lent it
    RM 5 million" the subject is Y alone."""
    text = s.text
    for start in starts(text, clause_start, cue_start, s):
        items, end = enumeration(s, start, article, table, limit=cue_start)
        tail = _TAIL.fullmatch(text[end:cue_start]) if items else None
        if items and tail is None:
            tail = FORMER_TAIL.fullmatch(text, end, cue_start)
        if items and tail is None and items[-1].entity.title:
            tail = _national_arm(s, items[-1], cue_start, article)
        if tail and former_names.BEFORE_NAME.search(text, clause_start, items[0].start):
            continue  # "X, the fund known until 2022 as the Y, lent it": Y is X's former name, not a subject
        if tail and tail.group("self") and not _OPENS_CLAUSE.fullmatch(text, clause_start, items[0].start):
            continue  # "... of X in Dubai and it supplies": X is no subject beside the company
        if tail and _PLACE_BEFORE.search(text, clause_start, items[0].start):
            continue  # "X, a dealer in [[Saint-Georges, Quebec]], became its distributor": a place, not the subject
        if tail and "," in tail.group(0) and _IN_RELATIVE.search(text, clause_start, items[0].start):
            continue  # "X, a fund whose investors include [[Y]], paid": Y is said of X, no subject
        if tail:
            if len(items) > 1 and _PREPOSITION_BEFORE.search(text, clause_start, items[0].start) \
                    and _COMMA_AND.search(text, 0, items[-1].start):
                return items[-1:]  # the name the cue's verb follows starts the next clause
            return items
    return []


# a country written right after a linked company: its national arm ("[[KPMG]] Cambodia has audited")
# (a "self" group that never takes part, as the _TAIL match it stands for has one)
_COUNTRY_AFTER = re.compile(r"\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*(?P<self>(?!))?")


def _national_arm(s: Sent, last: Counterparty, cue_start: int, article: Article) -> re.Match | None:
    """A place's name between the linked last subject and the cue, read as a tail: the company's
    arm in that country is the linked company, and the place is no subject."""
    m = _COUNTRY_AFTER.fullmatch(s.text, last.end, cue_start)
    return m if m and _place_word(m.group("place"), article) else None


# what may open a clause before its subject: a date, "then", a descriptor ("In May 2004 the Swiss food group")
_OPENS_CLAUSE = re.compile(r"\s*(?:(?:[IiOoBb]n|[Dd]uring|[Aa]fter|[Ii]n\s+(?:early|late|mid-))\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?"
                           r"(?:[Tt]hen\s+)?(?:(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,4})?")
_CLAUSE = re.compile(r";|\s+(?:while|whereas)\s+")


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in _CLAUSE.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end
