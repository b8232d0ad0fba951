"""Dates, clauses and mentions of the shared narrative layer (kg.text.narrative)."""

from __future__ import annotations

import pytest
from corpus import wiki

from kg.model import DateValue
from kg.sources import Page
from kg.sources.files import read_wiki_file
from kg.text.narrative import dated_sentences, resolve_date, split_clauses
from kg.text.parse import parse_article
from kg.text.sections import heading_role, heading_year, section_role


def _article(text: str, title: str = "Acme") -> object:
    return parse_article(Page(title, text))


@pytest.fixture(scope="module")
def sensetime():
    page = read_wiki_file(wiki("SenseTime"))
    art = parse_article(page)
    return {ds.sentence.text: ds for ds in dated_sentences(art)}


def _find(ds_by_text, start: str):
    return next(ds for text, ds in ds_by_text.items() if text.startswith(start))


@pytest.mark.parametrize(
    ("text", "context", "iso"),
    [
        ("In April 2018, it grew.", None, "2018-04"),
        ("On 20 September 2018, it grew.", None, "2018-09-20"),
        ("In 2017, it grew.", None, "2017"),
        ("during 2015 it grew.", None, "2015"),
        ("In October of that year, it grew.", DateValue("2017", "year"), "2017-10"),
        ("The following month, it grew.", DateValue("2017-10", "month"), "2017-11"),
        ("The next month it grew.", DateValue("2017-12", "month"), "2018-01"),
        ("In the same month, it grew.", DateValue("2018-05", "month"), "2018-05"),
        ("Later that year it grew.", DateValue("2018-05", "month"), "2018"),
        ("The following year it grew.", DateValue("2018-05", "month"), "2019"),
        ("Two years later it grew.", DateValue("2010", "year"), "2012"),
        ("It was listed on 31 March.", DateValue("2021-03", "month"), "2021-03-31"),
        ("It was announced in March of 2021.", None, "2021-03"),
    ],
)
def test_resolve_date(text, context, iso):
    date = resolve_date(text, context)
    assert date is not None and date.iso == iso


def test_relative_phrase_without_context_gives_no_date():
    assert resolve_date("The following month, it grew.", None) is None


def test_modal_may_is_not_a_month():
    assert resolve_date("The company may open a store.", DateValue("2017", "year")) is None


def test_ranges_keep_start_and_end():
    for text in ("Between 2009 and 2014 it grew.", "From 1990 to 1995 it grew.", "In 1990–1995 it grew."):
        date = resolve_date(text, None)
        assert date.end is not None and int(date.end.iso) > int(date.iso)


def test_lifespans_are_not_event_dates():
    date = resolve_date("Lee Byung-chul (1910–1987) founded it.", DateValue("1938", "year"))
    assert date is None


def test_headings():
    assert heading_year("History > 2017") == 2017
    assert heading_year("History > 1938–1970") is None
    assert heading_year("History > 1990s") is None
    assert heading_role("Early history (1940s-1990s)") == "history"
    assert heading_role("Recent history (2000s–present)") == "history"
    assert heading_role("Wartime and nationalisation (1914–1979)") == "history"
    assert heading_role("Privatisation (1980–present)") == "history"
    assert heading_role("Products (2010)") is None
    assert heading_role("Criticisms") == "controversy"
    assert section_role("Criticisms > Strike") == "controversy"
    assert section_role("Business > Funding") == "history"
    assert section_role("External links") == "skip"
    assert section_role(None) == "lead"
    assert section_role("Store design > Layout") == "other"


def test_clauses_split_at_which_and_semicolons():
    text = "In April 2018, Series C financing amounted to US$600 million, which was then followed up in the next month by a Series C+ round."
    spans = split_clauses(text)
    assert len(spans) >= 2
    assert text[spans[0][0]:spans[0][1]].endswith("US$600 million")
    assert split_clauses("In 1982, it built a plant in Portugal; in 1984, a plant in New York.")[1][2] == ";"
    # never inside parentheses
    assert len(split_clauses("It opened (in 1982, which was late; very late) a plant.")) == 1


def test_year_heading_and_relative_context(sensetime):
    assert _find(sensetime, "SenseTime set a record").date.iso == "2017"
    assert not _find(sensetime, "SenseTime set a record").explicit
    assert _find(sensetime, "In October of that year").date.iso == "2017-10"
    assert _find(sensetime, "The following month, the Shanghai").date.iso == "2017-11"
    c = _find(sensetime, "In April 2018, Series C").clauses
    assert [x.date.iso for x in c if x.date] == ["2018-04", "2018-05"]
    assert _find(sensetime, "In the same month, SenseTime, Alibaba").date.iso == "2018-05"
    assert _find(sensetime, "The following month, SenseTime debuted").date.iso == "2018-06"
    assert _find(sensetime, "In August of that same summer").date.iso == "2018-08"


def test_unlinked_names_resolve_to_linked_entities(sensetime):
    ds = _find(sensetime, "The programme was cancelled by MIT")
    titles = {m.entity.title for m in ds.mentions}
    assert "Massachusetts_Institute_of_Technology" in titles or "Massachusetts Institute of Technology" in titles
    # the acronym written after a link resolves too ("Nanyang Technological University (NTU)")
    ds = _find(sensetime, "NTU hopes")
    assert any(m.entity.label == "NTU" and m.entity.title for m in ds.mentions)
    # the company's own name is never a mention
    assert all(m.entity.label != "SenseTime" for d in sensetime.values() for m in d.mentions)


def test_unlinked_names_use_word_boundaries():
    art = _article("'''Acme''' is a firm. In 2001 it worked with [[Apple Inc.|Apple]].\n\n"
                   "In 2002 Apple again; in 2003 Pineapples and Apples were sold.")
    ds = dated_sentences(art)
    last = ds[-1]
    assert [m.entity.label for m in last.mentions] == ["Apple"]  # not "Pineapples", "Apples"


def test_dates_are_not_carried_to_undated_sentences():
    art = _article("==History==\nIn 2005 Acme opened a store in Paris. Acme opened a store in Rome.")
    ds = dated_sentences(art)
    assert ds[0].date.iso == "2005"
    assert ds[1].date is None


@pytest.mark.parametrize("stem", ["IBM", "Asda", "Samsung", "Toronto_Star"])
def test_clause_breaks_are_found_where_the_full_scan_finds_them(stem):
    # split_clauses tries the break pattern only at ';', ',' and the blank before "and",
    # "followed" and "then": it must find what scanning every position finds
    from kg.text import narrative

    art = parse_article(read_wiki_file(wiki(stem)))
    texts = [s.text for s in art.sentences]
    texts.append("It grew, and then followed in 2001 by a merger;  and more and, in 2003, it sold it")
    for text in texts:
        fast = [(m.start(), m.end()) for m in narrative._clause_breaks(text)]
        full = [(m.start(), m.end()) for m in narrative._CLAUSE_BREAK.finditer(text)]
        assert fast == full, text


def test_background_dates_give_way_to_the_event_date():
    from kg.text.narrative import explicit_date

    assert explicit_date("Jo Ray, its chair since 2009, became chief executive in May 2013.").iso == "2013-05"
    assert explicit_date("In June 2015 the regulator fined it for errors between 2009 and 2012.").iso == "2015-06"
    assert explicit_date("The Rail Act of March 1994 let it add routes.") is None
    assert explicit_date("Cars sold before 2015 were built in Graz.") is None
    assert explicit_date("It has been listed on the Nasdaq since 2019.").iso == "2019"
    between = explicit_date("It made cars between 2009 and 2012.")
    assert (between.iso, between.end.iso) == ("2009", "2012")


def test_the_same_day_and_a_clause_for_the_following_year():
    assert resolve_date("Its shares began trading the same day.", DateValue("2007-05-01", "day")).iso == "2007-05-01"
    assert resolve_date("It opened the following day.", DateValue("2007-12-31", "day")).iso == "2008-01-01"
    text = "The firm took the name Acme in March 1946, and its shares were listed the following year."
    assert [text[a:b] for a, b, _ in split_clauses(text)][1].startswith("its shares were listed")
    assert len(split_clauses("It was approved by the US Food and Drug Administration in 2001.")) == 1
