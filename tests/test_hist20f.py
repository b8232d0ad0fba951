"""History extractor, round 20 (issue 14): the company's own deal told in a temporal clause; each
rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types


def test_the_companys_own_deal_after_a_bare_after_is_an_event():
    # ", after it merged / after its merger with X": no circumstance of another party, the company's deal
    assert ("merger", "2010") in _types("Sales of Acme doubled in 2010, after the company merged with Bolt Tools.")
    assert ("merger", "2012") in _types("Acme's output grew by half in 2012, after its merger with Nordwerk.")
    assert ("acquisition", "2016") in _types("Acme opened a second office in Leeds in 2016, after it bought Kestrel Data.")
    assert ("acquisition", "2018") in _types("Acme's debt rose sharply in 2018, after its purchase of Harlow Mills.")


def test_a_span_of_time_before_after_keeps_the_clause_a_circumstance():
    # "two years after its merger": the merger is of another date than the sentence's
    assert ("merger", "2012") not in _types("Acme closed its Leeds plant in 2012, two years after its merger with Nordwerk.")
    assert ("acquisition", "2015") not in _types(
        "Acme cut its dividend in 2015, a year after it bought Harlow Mills.")


def test_a_temporal_clause_of_the_company_tells_its_own_deal_beside_the_main_event():
    # one sentence, two items: the main clause's event and the deal of the clause
    types = _types("Acme was renamed Acme Group in 2004, when it merged with Bolt Tools.")
    assert ("rename", "2004") in types and ("merger", "2004") in types
    types = _types("The company moved its head office to Leeds in 2007, following its acquisition of Harlow Mills.")
    assert ("acquisition", "2007") in types and len(types) == 2
    types = _types("The works took the name Acme Dairy in 1993, when it was transferred to the National Livestock Corporation.")
    assert ("rename", "1993") in types and ("other", "1993") in types


def test_a_temporal_clause_that_tells_no_deal_stays_the_reason_of_the_main_event():
    assert _types("The company was renamed Acme Timber in 1988, when it decided to grow its own trees.") == [
        ("rename", "1988")]
    assert _types("Acme changed its name to Acme Learning in 2017, when it began to charge for lessons.") == [
        ("rename", "2017")]


def test_another_partys_deal_in_the_temporal_clause_stays_background():
    assert ("merger", "2006") not in _types(
        "Acme lost its largest customer in 2006, after the utility merged with Nordgas.")
    assert ("acquisition", "2009") not in _types(
        "Acme gained a new owner in 2009, after Kestrel's purchase of the Bolt group.")


def test_a_reopening_whose_relative_or_participle_clause_tells_a_pandemic_or_a_pause_is_no_event():
    # the reason stands after ", which" / ", having" / ", with": the vetoes of the row read it
    assert _types("The casino reopened on 12 June 2020, which the state allowed once its lockdown rules "
                  "were eased.") == []
    assert _types("The Harbour Hotel reopened in May 2021, having been shut temporarily by the owners.") == []
    assert _types("The lodge reopened on 3 July 2021 under a travel bubble, which let vaccinated guests "
                  "skip quarantine.") == []


def test_a_reopening_keeps_a_veto_word_of_another_predicate_out():
    # after ", and" or ";" another predicate tells its own thing
    assert _types("The Bremen plant reopened in 1995, and its workers were vaccinated against typhoid the "
                  "next year.") == [("expansion", "1995")]
    assert ("expansion", "1995") in _types(
        "The Bremen plant reopened in 1995, and in 2020 the company closed its Leeds store during the pandemic.")
    assert _types("The plant reopened in 1995, which made it the oldest working brewery in the county.") == [
        ("expansion", "1995")]


def test_an_opening_circumstance_that_tells_the_companys_own_deal_is_its_event():
    # "Following its purchase of X in 2004, ...": the year is the deal's, the deal an event of it
    assert ("acquisition", "2004") in _types("Following its purchase of Bolt Tools in 2004, Acme moved its head "
                                             "office to Leeds.")
    assert ("merger", "2013") in _types("After its merger with Nordwerk in 2013, Acme moved its head office to Kiel.")
    assert ("acquisition", "1999") in _types("Following its acquisition of Harlow Mills in 1999, the company moved "
                                             "its headquarters to Cardiff.")
    # another circumstance keeps its year to itself
    assert _types("After the banking collapse of 2008 its debts were restructured.") == []
