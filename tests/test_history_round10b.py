"""History extractor, round 10 second pass (issue 14): a chief replaced by a person, and a sum
paid for a company or a share of it, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ---------------------------------------------------------------- a person replaced by a person


def test_a_person_replaced_by_a_person_is_a_change_of_chief():
    assert _types("Halvorsen was replaced in March 2012 by Ingrid Solberg, a former banker.") == [
        ("leadership_change", "2012-03")]
    assert _types("Tomas Berg was replaced in 1999 by Karin Lund.") == [("leadership_change", "1999")]
    assert _types("Oskar Vale left the firm in June 2005; he was replaced by Maren Holt.") == [
        ("leadership_change", "2005-06")]
    # a timeline in the historical present
    assert _types("* 2018 – President Ueda Jun resigns and is replaced by Sato Emi.") == [
        ("leadership_change", "2018")]


def test_a_thing_or_a_supplier_replaced_is_no_change_of_chief():
    assert _types("In 2014 the Leeds depot was replaced by a larger hub at Castleford.") == []
    assert _types("In 2016 Valvex was replaced as its main supplier by Nordkorn Foods.") == []
    assert _types("This was replaced in 2009 by Fresh Every Day, a new slogan.") == []
    assert _types("In 2013 Valvex was replaced by Nordkorn Holdings as its main supplier.") == []


# ---------------------------------------------------------------- a sum paid for a company


def test_a_sum_paid_for_a_company_or_a_share_of_it_is_an_acquisition():
    assert _types("In 2003 Acme paid 220 million marks for Brenner Optik, a lens maker.") == [
        ("acquisition", "2003")]
    assert _types("It paid A$95 million in 2011 for Kookaburra Mills.") == [("acquisition", "2011")]
    assert _types("In June 2019 Acme agreed to pay US$40 million for 25 per cent of Valvex.") == [
        ("acquisition", "2019-06")]
    assert _types("The pension fund Previsa paid €80 million for 20 per cent of the company in 2015.") == [
        ("acquisition", "2015")]


def test_a_sum_paid_for_a_royalty_a_licence_or_a_collaboration_is_no_acquisition():
    for sentence in (
        "In 2015 Aurum Royalty paid it US$60 million for a 3 per cent royalty on the mine.",
        "In 2017 Valvex agreed to pay $30 million upfront for a research collaboration.",
        "In 2020 the company agreed to pay Nordwind €12 million for a licence to its patents.",
    ):
        assert "acquisition" not in [t for t, _ in _types(sentence)], sentence


# ---------------------------------------------------------------- agreements and licences told as nouns


def test_an_agreement_told_as_a_noun_is_a_partnership():
    assert _types("A distribution agreement with Nordwind Trading in 1957 opened the Danish market.") == [
        ("partnership", "1957")]
    assert _types("A two-year agreement with Valvex brought its films to cinemas across Spain in 2004.") == [
        ("partnership", "2004")]
    assert _types("A supply agreement with Brenner Optik, signed in 2012, made it the largest customer.") == [
        ("partnership", "2012")]
    assert _types("* 2015 – Battery supply agreement with Valvex.") == [("partnership", "2015")]
    assert _types("The first sales contract, signed in 1966 with the Hamburg trader Ostwind, followed.") == [
        ("partnership", "1966")]


def test_a_licence_taken_or_given_is_a_partnership():
    assert _types("In 1985 the company licensed a welding process from Brenner Werke.") == [
        ("partnership", "1985")]
    assert _types("In 2011 Acme licensed the Korean rights to its game to Valvex.") == [("partnership", "2011")]
    assert _types("It built its first gas carriers under a licence signed with Valvex in 1991.") == [
        ("partnership", "1991")]


def test_a_licensed_maker_or_an_agreement_in_passing_is_no_partnership():
    assert _types("In 1992 a licensed dealer opened in Leeds.") == []
    # an agreement that came to nothing stays no event (event_cues.came_to_nothing)
    assert _types("A planned supply agreement with Valvex was called off in 2019.") == []
    assert _types("In 2019 it was in talks over a supply agreement with Valvex.") == []


# ---------------------------------------------------------------- sanctions by order, suspension or withdrawal


def test_an_authority_ordering_suspending_or_withdrawing_is_a_sanction():
    assert _types("In March 2012 the health inspectorate ordered the company's Tilbury plant to close for ten days.") == [
        ("fine", "2012-03")]
    assert _types("In 2014 the provincial council ordered the firm to hand back 300 hectares of forest.") == [
        ("fine", "2014")]
    assert _types("In May 2017 the veterinary authority ordered the culling of 40,000 hens at its farms.") == [
        ("fine", "2017-05")]
    assert _types("In 2009 the regulator suspended the company's broadcasting licences in two provinces.") == [
        ("fine", "2009")]
    assert _types("Canada suspended imports from two of the company's abattoirs in June 2013.") == [
        ("fine", "2013-06")]
    assert _types("In 2021 the ministry withdrew one of the company's fishing licences.") == [("fine", "2021")]


def test_a_recall_ordered_or_a_suspension_until_a_date_is_no_sanction_event():
    assert "fine" not in [t for t, _ in _types("In 2016 the agency ordered the recall of 12 batches of its soup.")]
    # "until" names the end of the suspension, not its date: no event rather than a wrong year
    assert _types("A spill in 2015 led the agency to suspend the mine's permit until March 2016.") == []
