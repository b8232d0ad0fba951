"""Round 30 review: one reader of "since YEAR" (a state's start, background to its clause) shared by
the narrative dates, the history segments and the controversies (kg.text.dates)."""

from kg.extractors.controversies import since_blanked
from kg.text.dates import SINCE_DATE, SINCE_DECADE, SINCE_YEAR, since_before
from kg.text.narrative import explicit_date


def _before(text: str, year: str) -> bool:
    return since_before(text, text.index(year))


def test_since_before_reads_qualifiers_parts_of_the_year_and_months():
    assert _before("Torvane has leased the yard since 2009", "2009")
    assert _before("Torvane has leased the yard since at least 12 September 2009", "2009")
    assert _before("Torvane has leased the yard since as early as mid-2009", "2009")
    assert _before("Torvane has leased the yard since around March 4, 2009", "2009")
    assert _before("Torvane has leased the yard since early 2009", "2009")
    # a year that names the event the state began with
    assert _before("its accounts have been audited by Brisk & Co since the 2012 conversion", "2012")
    assert not _before("Torvane leased the yard in 2009", "2009")
    assert not _before("Torvane has leased the yard since it bought Oslan Ltd in 2009", "2009")


def test_since_year_month_slot_takes_month_names_only():
    assert SINCE_YEAR.search("Halvern Foods, a customer since June 2011, was fined")
    assert SINCE_YEAR.search("Halvern Foods, a customer since Sept. 2011, was fined")
    assert SINCE_YEAR.search("a customer since Halvern 2011") is None


def test_since_decade_and_since_date():
    assert SINCE_DECADE.search("where the wells of Kestrin Oil had stood idle since the early 1990s")
    text = "Pell Rail, which had run the line since the mid-1980s, bought Ostby Bus on 4 June 1992"
    assert SINCE_DATE.sub(lambda m: " " * len(m.group(0)), text).count("198") == 0


def test_narrative_date_skips_the_since_year():
    d = explicit_date("Dunmore Air, whose chairman since at least 2009 was Ana Lind, ordered twelve jets in March 2013")
    assert d is not None and d.iso == "2013-03"


def test_controversies_blank_a_background_since_year():
    text = "Belcourt Foods, a supplier since at least March 2014, was fined in 2019"
    blanked = since_blanked(text)
    assert len(blanked) == len(text) and "2014" not in blanked and "2019" in blanked
    # the phrase that opens its clause tells the state the clause is about: kept
    assert since_blanked("Since 2015 Belcourt Foods has been in a dispute") == "Since 2015 Belcourt Foods has been in a dispute"


# one reader of a gapped party's sum (kg.text.money.sum_after_name) for the history segments and the relations

def test_sum_after_name_reads_a_sum_with_its_multiplier():
    import re

    from kg.text.money import sum_after_name
    gap = re.compile(sum_after_name())
    for tail in (" RO 8 million", " US$12.5 million", " €40 million", " GH₵25 million", " a further N$180 million",
                 " (TDB) another KES 1.2 billion", " INR 300 crore", " a GH₵25 million term loan"):
        assert gap.match(tail), tail
    for tail in (" 4 per cent", " agreed to lend US$10 million", " 12 tractors"):
        assert gap.match(tail) is None, tail
    # without the article (the relations' reader): "a GH₵25 million" is not read, "a further" still is
    bare = re.compile(sum_after_name(article=False))
    assert bare.match(" a GH₵25 million") is None and bare.match(" a further N$180 million")


def test_history_and_relations_read_the_same_gapped_sum():
    from kg.extractors.event_segments import _GAP_NAMED_SUM, _GAP_SUM
    from kg.extractors.relations import _GAPPED_SUM
    for tail in (" (VMB) a further US$35 million", " RO 8 million", " €8 million"):
        assert _GAP_SUM.match(tail) and _GAPPED_SUM.match(tail), tail
    assert _GAP_NAMED_SUM.match("Vellmark Bank (VMB) a further US$35 million")
    assert _GAP_NAMED_SUM.match("Ostra Credit 4 per cent") is None
    # the one difference, on purpose (relations.py): the article before the sum
    assert _GAP_SUM.match(" a GH₵25 million term loan") and _GAPPED_SUM.match(" a GH₵25 million term loan") is None
