"""History extractor, round 10 (issue 14): recall on causes that recur across blind4 to blind9,
each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ---------------------------------------------------------------- closures, and closures with job losses


def test_a_unit_closed_in_the_active_or_the_passive_is_a_divestiture():
    assert _types("In 2011 Acme closed its Bremen warehouse.") == [("divestiture", "2011")]
    assert _types("In May 2015 it shut the Tilbury studio of its games arm.") == [("divestiture", "2015-05")]
    assert _types("In 2016 the company closed Valvex's old factory in Ghent.") == [("divestiture", "2016")]
    # an apposition between the unit and the verb
    assert _types("The Ormond sawmill, the oldest of its four, was closed in 2008.") == [("divestiture", "2008")]
    assert _types("Line 2, the last coal-fired plant, was shut down in 2019.") == [("divestiture", "2019")]
    assert _types("The Leeds distribution centre was closed in 2021.") == [("divestiture", "2021")]


def test_a_closure_for_a_while_or_a_deal_closed_is_no_divestiture():
    assert _types("In 2012 Acme closed its Bremen warehouse for six weeks after a flood.") == []
    assert "divestiture" not in [t for t, _ in _types("In 2013 Acme closed the deal with its lenders.")]


def test_a_closure_told_with_its_job_losses_is_two_events():
    assert _types("In March 2014 Acme closed the Ormond plant, cutting 300 jobs.") == [
        ("divestiture", "2014-03"), ("layoffs", "2014-03")]
    assert sorted(_types("In 2010 the company cut 900 jobs and shut the coating line at Hove.")) == [
        ("divestiture", "2010"), ("layoffs", "2010")]
    assert sorted(_types("In 2009 the Ormond sawmill, one of two, was closed, and 150 workers lost their jobs.")) == [
        ("divestiture", "2009"), ("layoffs", "2009")]


def test_a_sale_with_job_cuts_is_no_closure():
    # the twin is read for closures only: a sale told with job cuts stays the one event it was
    assert _types("In 2015 Acme sold off its paint arm to [[Valvex]], cutting 200 jobs.") == [("divestiture", "2015")]
    assert [t for t, _ in _types("In 2016 Acme cut 120 jobs in its sales teams.")] == ["layoffs"]


def test_a_gerund_a_span_of_time_after_the_event_is_not_cut_off_as_another_event():
    # "a year after signing": the signing is a year earlier, not another event of this year
    assert _types("In 2002 Acme closed its Austin warehouse, a year after signing a supply agreement "
                  "with [[Valvex]].") == [("divestiture", "2002")]


def test_a_closure_is_no_rival_type_to_its_job_losses():
    from kg.extractors.event_cues import rival_types
    text = "In 2012 the Ormond plant was closed and its 900 workers were dismissed."
    assert not rival_types(text, "layoffs")
    # another kind of event in the sentence still is
    assert rival_types("In 2012 Acme cut 900 jobs and opened a plant in Hove.", "layoffs")


# ---------------------------------------------------------------- a plan of reorganisation confirmed


def test_a_court_or_creditors_confirming_the_plan_is_the_end_of_the_bankruptcy():
    history = ("In March 2010 Acme filed for Chapter 11 bankruptcy protection.\n\n"
               "The court confirmed its plan of reorganization in February 2011.\n")
    assert _summary(_events("==History==\n" + history)) == [("bankruptcy", "2010-03"), ("bankruptcy", "2011-02")]
    assert _types("In May 2015 creditors holding most of its bonds approved a restructuring agreement.") == [
        ("bankruptcy", "2015-05")]
    # a board's own plan is no court's or creditors'
    assert _types("In 2011 the board approved a restructuring plan.") == []


# ---------------------------------------------------------------- job losses told otherwise


def test_job_losses_told_without_the_usual_verbs():
    assert _types("In 2016 Acme cut a further 90 jobs.") == [("layoffs", "2016")]
    assert _types("In 1931, when exports collapsed, the company cut its workforce by half.") == [("layoffs", "1931")]
    assert _types("The workforce was cut from 300 to 120 in 1987.") == [("layoffs", "1987")]
    assert _types("About 400 jobs went in 2003, most of them at the Hove plant.") == [("layoffs", "2003")]
    assert sorted(_types("In May 2019 it closed the Hove works, a decision that cost 85 jobs.")) == [
        ("divestiture", "2019-05"), ("layoffs", "2019-05")]
    # costs that are no jobs
    # (the strike itself is the controversy reading's event since round 24: no job losses either way)
    assert "layoffs" not in {t for t, _ in _types("In 2004 the strike cost the company 40 million euros.")}


def test_a_year_after_since_is_no_context_for_the_next_sentence():
    history = ("In November 2023 Jane Roe stepped down as chief executive; she was succeeded by John Doe, "
               "who had run the American business since 2018. Two months later Acme cut a further 90 jobs.\n")
    assert ("layoffs", "2024-01") in _types(history)


# ---------------------------------------------------------------- strikes and inquiries


def test_members_who_struck_far_from_the_word_members():
    assert _types("Members of the Amalgamated Union of Engineering Workers at the Hove works struck for six "
                  "weeks in 1977.") == [("strike", "1977")]
    assert _types("Drivers represented by the National Union of Road Transport Workers (NURTW) struck for "
                  "nine days in May 1983.") == [("strike", "1983-05")]
    # a deal struck is no strike
    assert "strike" not in [t for t, _ in _types("In 1990 the union and the management of Acme struck a deal "
                                                   "on pensions.")]


def test_an_inquiry_opened_and_an_office_searched_are_investigations():
    assert _types("In April 2023 the Ministry of Economic Affairs began its own inquiry.") == [
        ("investigation", "2023-04")]
    assert _types("In March 2021 the regulator opened an inquiry.") == [("investigation", "2021-03")]
    assert _types("In June 2016 prosecutors raided the head office.") == [("investigation", "2016-06")]
    assert _types("In February 2019 officials of the European Commission searched the company's Hove office.") == [
        ("investigation", "2019-02")]


def test_a_range_of_months_is_dated_from_its_first_month():
    from kg.text.narrative import explicit_date
    date = explicit_date("Its drivers struck the depots from June to October 1986 over pay.")
    assert (date.iso, date.end.iso) == ("1986-06", "1986-10")
    # a range after another date stays a detail of that date
    assert explicit_date("In March 1990 it paid for work done from June to October 1986.").iso == "1990-03"


# ---------------------------------------------------------------- a site that opened or began production


def test_a_site_that_opened_after_a_long_description_or_began_production():
    assert _types("A transfer station at Hove opened in 1984.") == [("expansion", "1984")]
    assert _types("A flour mill at Kano, in the north, with capacity for 90,000 tonnes of wheat a year, "
                  "opened in May 2018.") == [("expansion", "2018-05")]
    assert _types("Production at Szeged began in May 2022.") == [("expansion", "2022-05")]
    assert _types("Commercial production at Cerro Alto started in June 2012.") == [("expansion", "2012-06")]
    # production of a thing, not at a place, is no opening
    assert "expansion" not in [t for t, _ in _types("In 2013 production of the old model began to fall.")]
