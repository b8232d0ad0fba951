"""History events told only in a table: an "Acquisitions" wikitable with a date, a company and
a price per row gives one acquisition per row.

Which tables and columns count is the data file ``kg/data/event_tables.tsv``: the headings or
captions that name a type of event ("Acquisitions", "Divestitures"), and the header names of
the date, party, amount, buyer and seller columns. A row needs a date and a party; the party
is the links of its cell (or its text), the amount the money in the amount cell, read with the
currency the header gives when the cell writes none ("Value (US$ millions)" and "1,250").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from mwparserfromhell import parse
from mwparserfromhell.nodes import Comment
from mwparserfromhell.wikicode import Wikicode

from kg.extractors.event_cues import event_types
from kg.extractors.event_parties import label, written_name
from kg.model import Entity, Event, Money, Participant
from kg.text.money import parse_money_all
from kg.text.narrative import DatedSentence
from kg.text.parse import Article, Mention, Sentence
from kg.text.refs import MASK_PREFIX
from kg.text.render import plain_text
from kg.text.sections import section_role
from kg.text.tables import Table, cell_date, header_index, wikitables
from kg.titles import canonical_title

_TABLE = "event_tables.tsv"
_CURRENCY_IN_HEADER = re.compile(r"(US\$|A\$|C\$|HK\$|S\$|NT\$|R\$|CN¥|\$|£|€|¥|₹|₩|\bUSD\b|\bEUR\b|\bGBP\b|\bCHF\b|\bJPY\b|\bCNY\b)")
_SCALE_IN_HEADER = re.compile(r"\b(millions?|billions?|bn|m)\b", re.IGNORECASE)
_HAS_CURRENCY = re.compile(r"[$£€¥₹₩]|\b[A-Z]{3}\b")


@dataclass(frozen=True)
class TableKinds:
    types: tuple[tuple[str, tuple[str, ...]], ...]  # (event type, heading aliases)
    columns: dict[str, tuple[str, ...]]  # column role -> header aliases
    deals: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (event type, words of a deal cell)


@lru_cache(maxsize=1)
def table_kinds() -> TableKinds:
    """The event-table aliases of ``kg/data/event_tables.tsv``, loaded and checked once."""
    text = files("kg.data").joinpath(_TABLE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")][1:]
    types, columns, deals = [], {}, []
    known = event_types()
    for kind, key, aliases in rows:
        names = tuple(a.strip() for a in aliases.split(" ; ") if a.strip())
        if kind in ("type", "deal"):
            if key not in known:
                raise ValueError(f"{_TABLE}: {key} is no type of event_types.tsv")
            (types if kind == "type" else deals).append((key, names))
        elif kind == "column":
            columns[key] = names
        else:
            raise ValueError(f"{_TABLE}: kind must be type, column or deal, not {kind!r}")
    return TableKinds(tuple(types), columns, tuple(deals))


def _deal_type(cell: Wikicode, deals: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """The type a deal cell names ("Purchase" -> acquisition, "Sale" -> divestiture), or None."""
    words = " ".join(plain_text(cell).split()).lower()
    for key, names in deals:
        if any(re.search(rf"\b{re.escape(n)}\b", words) for n in names):
            return key
    return None


def _noted_deal(cell: Wikicode, deals: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """The type the note at the end of a party cell names ("Fako Haulage (sold)" -> divestiture),
    where the table has no deal column, or None."""
    text = str(cell).rstrip()
    note = _NOTE_AT_END.search(text) if text.endswith(")") else None
    return _deal_type(parse(note.group("note")), deals) if note is not None else None


# a deal cell that tells something (words, not a dash) but no purchase or sale of the table's kinds
_TOLD_DEAL = re.compile(r"[A-Za-z]{3}")


def _party_column(table: Table, at: dict[str, int | None]) -> int | None:
    """The party column: its header's alias, else the first column that is none of the others
    ("Year | Winery | Location | Stake | Price": the winery)."""
    if at["party"] is not None:
        return at["party"]
    taken = {i for i in at.values() if i is not None}
    return next((i for i in range(len(table.headers)) if i not in taken), None)


def _table_type(table: Table) -> str | None:
    heading = (table.section or "").split(" > ")[-1].lower()
    for key, aliases in table_kinds().types:
        for text in (heading, table.caption.lower()):
            if any(text == a or text.startswith(a + " ") or text.endswith(" " + a) for a in aliases):
                return key
    return None


# "Cadrans Favre SA, [[La Chaux-de-Fonds]]": an unlinked name, then its town after a comma
_NAME_THEN_PLACE = re.compile(r"^\s*([A-Z][^,\[\]{}|]{1,80}?),\s*\[\[")
# what a buyer or seller cell says instead of naming one: "Management buyout", "Spin-off to shareholders"
_NO_PARTY = re.compile(r"^(?:management buy-?out|buy-?out|spin-?off|spun off|flotation|ipo|closed|liquidated|"
                       r"not disclosed|undisclosed|n/a|—|–|-)\b", re.IGNORECASE)


def _cell_name(cell) -> str:
    """The name a cell writes, its legal form kept ("Officine Ghisallo S.r.l.")."""
    text = " ".join(plain_text(cell).split()).strip(" ;")
    name = text.rstrip(" .")
    return written_name(name, text, len(name), sentence=False)


# a note after the party's name in its cell, not part of the name: it opens with a figure or a
# lower-case word ("Kestrel Logistics (50%)", "Tawa orchard (48 ha)", "Ridge line (230 kV)", "Lark Cream
# (brand)", "Haven depot (from Norsk Cargo)"); a capitalised one is the name's ("Harrow (Fiji)", "(EPZ)")
_NOTE_AT_END = re.compile(r"\s*\((?P<note>[a-z0-9][^()]*)\)\s*$")
_FROM_NOTE = re.compile(r"from\s+(?=\S)")
_SHARE_NOTE = re.compile(r"^\d+(?:\.\d+)?\s?(?:%|per ?cent)$")


def _noted_parties(cell: Wikicode, role: str, other: str, company: frozenset[str]) -> tuple[list[Participant], str]:
    """The parties of the party cell with its note at the end set apart: the note names no party,
    unless it tells whom the business came from ("(from Norsk Cargo)": that one in the ``other``
    role); the note is returned too ("50%" tells a stake)."""
    text = str(cell)
    note = _NOTE_AT_END.search(text) if text.rstrip().endswith(")") else None
    if note is None:
        return _parties(cell, role, company), ""
    parts = _parties(parse(text[: note.start()]), role, company)
    seller = _FROM_NOTE.match(note.group("note"))
    if seller is not None:
        parts += _parties(parse(note.group("note")[seller.end():]), other, company)
    return parts, " ".join(plain_text(parse(note.group("note"))).split())


def _parties(cell: Wikicode, role: str, company: frozenset[str]) -> list[Participant]:
    """The links of a cell, or its text when it links nothing; the name before a comma when
    the links come after it (the company's town), none when the cell names a kind of deal."""
    seat = _NAME_THEN_PLACE.match(str(cell))
    if seat is not None:
        name = _cell_name(seat.group(1))
        return [Participant(Entity(label=name), role)] if name and name.lower() not in company else []
    if _NO_PARTY.match(" ".join(plain_text(cell).split())):
        return []
    out = []
    for link in cell.ifilter_wikilinks(recursive=True):
        title = canonical_title(str(link.title))
        name = plain_text(link.text) if link.text is not None else str(link.title).strip()
        if title and name and name.lower() not in company and not title.startswith(("File:", "Image:")):
            out.append(Participant(Entity(label=name, title=title), role))
    if not out:
        name = _cell_name(cell)
        if name and name.lower() not in company and name[:1].isupper() and len(name) <= 80:
            out.append(Participant(Entity(label=name), role))
    return out


def _amounts(cell: Wikicode, header: str) -> tuple[Money, ...]:
    text = " ".join(plain_text(cell).split())
    if not re.search(r"\d", text):
        return ()
    sign = _CURRENCY_IN_HEADER.search(header.upper())
    if sign and not _HAS_CURRENCY.search(text):
        text = sign.group(1) + text  # "Value (US$)" and "1,250,000"
        scale = _SCALE_IN_HEADER.search(header)
        if scale and not _SCALE_IN_HEADER.search(text):  # "Price (£ millions)" and "38"
            text += " billion" if scale.group(1).lower().startswith("b") else " million"
    return tuple(m for m in parse_money_all(text) if m.note != "no currency given")


def _sentence(article: Article, table: Table, row, index: int) -> Sentence:
    """The row as a sentence of its section, with the citations its cells hold."""
    refs = [n for n in row.node.contents.filter_comments() if isinstance(n, Comment)
            and str(n.contents).startswith(MASK_PREFIX)]
    refs += [t for t in row.node.contents.filter_tags() if str(t.tag).lower() == "ref"]
    return Sentence(text=row.text(), section=table.section, index=index, list_item=True, refs=refs,
                    ref_index=article.ref_index)


def table_events(article: Article, company: frozenset[str]) -> list[tuple[Event, DatedSentence]]:
    """One event per dated row of the event tables of the article."""
    kinds = table_kinds()
    out: list[tuple[Event, DatedSentence]] = []
    if "{|" not in article.wikitext:  # (the table mark has no case: the text is lowered only when it holds one)
        return out  # no table
    low = article.wikitext.lower()
    if not any(a in low for _, aliases in kinds.types for a in aliases):
        return out  # no table whose heading or caption can name events
    for table in wikitables(article):
        key = _table_type(table)
        if key is None:
            continue
        at = {role: header_index(table.headers, aliases) for role, aliases in kinds.columns.items()}
        if at["party"] in (at.get("deal"), at.get("counterparty")):
            at["party"] = None  # "party" names the other side in "Counterparty", not the business
        at["party"] = _party_column(table, at)
        if at["date"] is None or at["party"] is None or at["date"] == at["party"]:
            continue
        role = section_role(table.section)
        for n, row in enumerate(table.rows):
            date = cell_date(row.cells[at["date"]])
            if date is None:
                continue
            row_key = _deal_type(row.cells[at["deal"]], kinds.deals) if at.get("deal") is not None else None
            if at.get("deal") is None:
                row_key = _noted_deal(row.cells[at["party"]], kinds.deals)  # "Fako Haulage Ltd (sold)"
            if row_key is None and at.get("deal") is not None and _TOLD_DEAL.search(plain_text(row.cells[at["deal"]])):
                continue  # "Joint venture (50%)", "Formed from the uniform business": no purchase or sale
            etype = event_types()[row_key or key]
            other = "seller" if etype.type == "acquisition" else "buyer"
            parts, note = _noted_parties(row.cells[at["party"]], etype.role or "target", other, company)
            for column, prep_role in (("buyer", "buyer"), ("seller", "seller"), ("counterparty", other)):
                if at.get(column) is not None:
                    parts += _parties(row.cells[at[column]], prep_role, company)
            if not parts:
                continue
            amounts = _amounts(row.cells[at["amount"]], table.headers[at["amount"]]) if at["amount"] is not None else ()
            sentence = _sentence(article, table, row, -1 - n)
            mentions = [Mention(p.entity, 0, 0) for p in parts if p.entity.title]
            ds = DatedSentence(sentence, date, mentions, [], role, True)
            stake = etype.type == "acquisition" and _SHARE_NOTE.match(note)
            template = event_types()["stake"].template if stake else None  # "Kestrel Logistics (50%)": a stake in it
            event = Event(type=etype.type, label=label(etype, sentence.text, parts, company, template=template), date=date,
                          participants=tuple(parts), amounts=amounts, category=etype.category)
            out.append((event, ds))
    return out
