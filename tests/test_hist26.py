"""History extractor, round 26 (issue 14): recall on text nobody tuned for; each rule on sentences
written for the test (invented companies and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a successor named around commas


def test_a_successor_replacing_a_named_chief_as_a_title_is_a_change_of_leadership():
    # the one replaced named with an apposition, a title of respect or an abbreviation before "as"
    assert _types("Marta Quill, head of the dairy division, replaced the retiring Oskar Venn as general "
                  "director in March 2019.") == [("leadership_change", "2019-03")]
    assert _types("Lena Hart succeeded her uncle, Tomas Hart, as chairwoman in May 2021.") == [
        ("leadership_change", "2021-05")]
    assert _types("In 2016 Piet Brandt, a Harlow executive, replaced Joris Kemp Jr. as general manager.") == [
        ("leadership_change", "2016")]


def test_replacing_a_thing_or_a_supplier_is_no_change_of_leadership():
    assert "leadership_change" not in [t for t, _ in _types(
        "In 2019 Acme replaced its own billing system, built in 2008, as its main platform.")]
    assert "leadership_change" not in [t for t, _ in _types(
        "In 2020 Kestrel Foods replaced Bolt Wholesale, a Leeds firm, as Acme's main supplier.")]


# ---------------------------------------------------------------- a count of cuts goes on with the date before


def test_job_cuts_told_by_their_count_take_the_date_of_the_sentence_before():
    assert ("layoffs", "2009-04") in _types(
        "In April 2009 a fire destroyed the Hove plant and Acme halted production. "
        "About 600 of its workers were sent home on short-time pay.")
    assert ("layoffs", "2014-01-12") in _types(
        "Exports of raw ore ended on 12 January 2014 under a new mining law. "
        "About 900 contract drivers and loaders were laid off within the month.")
    assert ("divestiture", "2011-06-03") in _types(
        "Acme filed for bankruptcy protection on 3 June 2011. Twelve stores were closed in the weeks after the filing.")


def test_a_count_without_a_cut_or_after_another_paragraph_takes_no_date():
    assert _types("In April 2009 Acme opened a plant at Hove. About 600 of its workers were hired locally.") == [
        ("expansion", "2009-04")]
    assert ("layoffs", "2009-04") not in _types(
        "In April 2009 a fire destroyed the Hove plant.\n\nAbout 600 of its workers were sent home.")


# ---------------------------------------------------------------- a succession after a death


def test_a_change_of_leadership_after_a_death_takes_the_date_of_the_death():
    assert ("leadership_change", "1984") in _types(
        "The founder, Emil Brandt, died in 1984. He was succeeded as chairman by his eldest son, Karl Brandt.")
    assert ("leadership_change", "2008") in _types(
        "Oskar Venn died in 2008. His sister Marta Venn became chairwoman.")


def test_a_change_of_leadership_after_background_takes_no_date():
    # the sentence before tells no death (nor a dated event): the change stays undated
    assert ("leadership_change", "1952") not in _types(
        "Hale Radio, which Eleanor Hale had started in 1952, made radar sets. Her nephew became chairman.")


# ---------------------------------------------------------------- a site that opens, its place told between


def test_a_site_told_with_its_place_that_opened_is_an_opening():
    assert _types("A tea farm of 60 ha near Kericho opened in 2004.") == [("expansion", "2004")]
    assert _types("Branches in Lusaka, Ndola and Kitwe opened in 2015, taking Acme into the Copperbelt.") == [
        ("expansion", "2015")]
    assert ("expansion", "2009") in _types(
        "Acme bought two screens in Lyon in 2007; a first cinema in Paris opened in 2009.")


def test_a_site_opened_by_another_or_closed_is_no_opening_of_the_company():
    assert "expansion" not in [t for t, _ in _types("The store that Kestrel opened in 2004 was closed in 2010.")]
    assert "expansion" not in [t for t, _ in _types("In 2012 the plant in Leeds was closed and sold.")]


# ---------------------------------------------------------------- the end of a term extended is no date


def test_the_year_a_term_is_extended_to_is_not_the_date_of_the_extension():
    from kg.text.narrative import explicit_date
    assert explicit_date("Kestrel Power extended its contract to 2033 in May 2022.").iso == "2022-05"
    assert explicit_date("In 2018 the banks renewed the credit lines until 2025.").iso == "2018"
    assert ("partnership", "2022-05") in _types("Kestrel Power extended its supply contract with Acme to 2033 in May 2022.")


def test_the_year_a_term_is_extended_to_does_not_move_the_narrative_on():
    # "Seven months later" counts from the signing, not from the year the loans now run to
    types = _types("On 2 March 2011 Acme signed a refinancing agreement with its banks that extended "
                   "US$1.2 billion of loans to 2016. Seven months later a rights issue raised US$300 million.")
    assert ("funding_round", "2011-10") in types


# ---------------------------------------------------------------- a grant is funding (its giver no relation)


def test_a_sum_granted_towards_work_is_funding():
    assert _types("The national innovation agency Vinnova granted the firm 3.1 million kronor in 2012 towards "
                  "a new welding robot.") == [("funding_round", "2012")]
    assert _types("Enterprise Estonia awarded €2.4 million in 2019 for work on a hydrogen burner.") == [
        ("funding_round", "2019")]
    assert ("funding_round", "2015") in _types(
        "Acme moved to a new plant at Tartu in 2015, financed in part by a €6 million grant from the county.")
    assert ("funding_round", "2008") in _types(
        "In 2008 the cooperative paid for its first dryer with a grant of 900,000 francs from a Swiss charity.")


def test_a_sum_awarded_by_a_court_or_a_loan_granted_is_no_grant():
    assert "funding_round" not in [t for t, _ in _types(
        "In 2019 the tribunal awarded €4.5 million for breach of contract.")]
    assert "funding_round" not in [t for t, _ in _types(
        "In 2020 the court awarded the firm $2 million in damages for the delay.")]


def test_the_giver_of_a_grant_is_no_investor_of_the_relations():
    from kg.extractors.relations import _NO_FUNDER
    assert _NO_FUNDER.search("Vinnova granted the firm 3.1 million kronor in 2012 towards a new robot.")
    assert not _NO_FUNDER.search("In 2012 Nordea granted it a loan of 3.1 million kronor.")



def test_a_site_named_with_the_or_its_is_one_told_before():
    # "Its branches in X opened ...": sites told before (anaphoric), no new opening of this rule
    assert _types("Its branches in Lusaka and Ndola opened in 2015.") == []
