"""History extractor, round 17 (issue 14): changes of legal form and renames told in the ways
the blind sets write them, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types
from tests.test_history_rules import _events

# ---------------------------------------------------------------- renames


def test_a_new_name_ending_in_s_is_a_rename():
    assert _types("The firm was renamed Halvors Freight in 1978.") == [("rename", "1978")]
    assert _types("It was renamed Medicos Ltd in 1992, after the founder's clinic.") == [("rename", "1992")]
    # lower-case things renamed are still no rename
    assert _types("In 2009 Acme redesigned its paper with larger type and renamed sections.") != [("rename", "2009")]


def test_a_business_turned_into_a_form_with_a_name_is_a_rename():
    assert _types("In 1968 the brothers turned the partnership into a stock corporation, Lindner AG.") == [
        ("rename", "1968")]
    assert _types("In 1979 the firm was turned into a joint-stock company under the name Ostara Makina A.Ş.") == [
        ("rename", "1979")]
    assert _types("The owners voted in 2004 to turn the company into a joint-stock company, Brunau Bank AG.") == [
        ("rename", "2004")]


def test_reorganised_as_a_name_is_a_rename():
    assert _types("The company was reorganised as Fjellstad Bryggeri A/S in 1962.") == [("rename", "1962")]
    assert _types("In 1958 the firm was reorganised as a limited partnership, Berger Lacke GmbH & Co. KG.") == [
        ("rename", "1958")]


def test_a_change_of_form_and_renamed_is_one_rename_though_the_sentence_runs_on():
    # a sentence the splitter cannot cut after "S.A.": the listing keeps its own clause
    assert _types("In 1987 the partnership was converted into a sociedad anónima and renamed Cafetera Ruiz S.A. "
                  "Shares were offered to the public in May 1990 and were listed on the Bogotá Stock Exchange.") == [
        ("rename", "1987"), ("ipo", "1990-05")]


def test_a_name_bought_and_renamed_is_not_the_company_renamed():
    assert _types("In 2011 Acme bought Polvani, a glass maker in Turin, for €40 million; it was renamed "
                  "Acme Vetri Italia.") == [("acquisition", "2011")]
    assert _types("In March 2015 Acme agreed to buy Zentrip, a Lisbon travel app, for €12 million. Regulators "
                  "approved the deal in June 2015, and Zentrip was renamed Acme Travel.") == [("acquisition", "2015-03")]
    # the company's own rename after a purchase stays
    assert _types("In March 2015 Acme agreed to buy Zentrip, a Lisbon travel app. In June 2016 the company was "
                  "renamed Acme Mobility.") == [("acquisition", "2015-03"), ("rename", "2016-06")]


# ---------------------------------------------------------------- changes of legal form


def test_a_change_of_legal_form_without_a_name_is_other():
    assert _types("The state enterprise was converted into a company limited by shares in 1992.") == [("other", "1992")]
    assert _types("It was converted into a public shareholding company in 2001.") == [("other", "2001")]
    assert _types("The company became a sociedad anónima bursátil (S.A.B.) in 2008.") == [("other", "2008")]
    assert _types("The firm became an osaühing, a private limited company, in 2003.") == [("other", "2003")]
    assert _types("It became a limited company (GmbH) in 1961.") == [("other", "1961")]
    assert _types("The yard was registered as a joint-stock company in 1994.") == [("other", "1994")]


def test_becoming_a_public_company_or_part_of_a_corporation_is_no_change_of_form():
    assert _types("In 1999 it became a public company.") == []
    assert ("other", "2005") not in _types("In 2005 it became a subsidiary of a joint-stock company.")
    assert ("other", "2005") not in _types("In 2005 it became a unit of Bolt Corporation.")


def test_the_year_of_a_law_does_not_date_the_change():
    assert _types("Under the Companies Act of 2006 the firm became a public limited company in 2008.") == [
        ("other", "2008")]


# ---------------------------------------------------------------- delistings


def test_an_exchange_delisting_the_company_is_a_delisting():
    assert _types("[[Nasdaq]] delisted its shares in October 2011.") == [("other", "2011-10")]
    assert _types("The [[Tokyo Stock Exchange]] delisted the company's shares in May 2003.") == [("other", "2003-05")]
    assert _types("The [[London Stock Exchange]] suspended trading in its shares on 2 March 2009 and delisted "
                  "them in April.") == [("other", "2009-04")]
    assert _types("The shares were removed from [[Alternative Investment Market|AIM]] in June 2012.") == [
        ("other", "2012-06")]
    assert _types("In 2015 it withdrew its ADRs from the [[New York Stock Exchange]], citing the cost.") == [
        ("other", "2015")]


def test_another_company_delisting_or_a_list_is_no_delisting():
    assert _types("[[Bolt Motors]] delisted its shares in March 2014.") == []
    assert _types("In 2001 it delisted them from the list of approved suppliers.") == []


# ---------------------------------------------------------------- the company's own orders


def test_the_company_ordering_ships_or_aircraft_in_words_is_an_order():
    assert _types("In 2011 it ordered three feeder container ships from [[Hyundai Mipo Dockyard]].") == [
        ("other", "2011")]
    assert _types("In 1974 Acme ordered six Fokker F28 jets from [[Fokker]].") == [("other", "1974")]
    assert _types("In 2008 the company ordered a new ro-ro ferry from [[Fincantieri]] for €90 million.") == [
        ("other", "2008")]
    assert _types("In May 2021 Acme placed an order with [[ATR (aircraft manufacturer)|ATR]] for 12 ATR 72 aircraft.") == [
        ("other", "2021-05")]
    assert _types("Three trawlers were ordered from [[Damen Group]] in 2016.") == [("other", "2016")]


def test_another_party_ordering_is_not_the_company_s_order():
    assert ("other", "2012") not in _types("The yard turned to offshore work: Seadrill ordered two rigs in 2012.")
    assert ("other", "1981") not in _types("Its first export order came in 1981, when Brittany Ferries ordered "
                                           "two ferries.")
    assert ("other", "2013") not in _types("In 2013 it ordered three times as much as before.")


# ---------------------------------------------------------------- loans converted into shares


def test_lenders_converting_loans_into_shares_is_an_event_of_its_own():
    [e] = _events("==History==\nIn 1987 a consortium of banks led by [[Crédit Lyonnais]] converted FRF 40 million "
                  "of loans into shares.\n")
    assert (e.type, e.date.iso) == ("other", "1987")
    assert {(p.entity.label, p.role) for p in e.participants} == {("Crédit Lyonnais", "investor")}
    assert _types("In 1999 its main bank, [[Sparebank 1]], converted NOK 45 million of loans into a 30 per cent "
                  "stake.") == [("other", "1999")]
    assert _types("In 2016 creditors agreed a debt-for-equity swap that left them with 80 per cent.") == [
        ("other", "2016")]


def test_a_conversion_told_as_part_of_a_plan_is_that_plan():
    assert ("other", "2014") not in _types(
        "In 2014 the state agreed to guarantee new loans under a restructuring plan, which also converted "
        "200 million kuna of state claims into shares.")
    assert ("other", "2019") not in _types(
        "In 2019 the banks took control of the group; as part of the rescue the banks converted €300 million "
        "of debt into equity.")


# ---------------------------------------------------------------- chiefs elected


def test_a_chief_elected_is_a_leadership_change():
    assert _types("Maria Holm was elected chairwoman of the board in May 2020.") == [("leadership_change", "2020-05")]
    assert _types("In 2016 Jonas Berg, until then deputy chairman, was elected chairman.") == [
        ("leadership_change", "2016")]
    assert _types("In 2016 Jonas Berg was elected to the city council.") == []


# ---------------------------------------------------------------- relocations


def test_staff_or_an_office_of_a_named_place_moved_is_a_relocation():
    assert _types("In 2012 the company moved its Tallinn staff to a larger office in Ülemiste.") == [("other", "2012")]
    assert _types("In 2006 it moved its Oslo office to Aker Brygge.") == [("other", "2006")]


def test_the_day_a_change_took_effect_dates_it():
    assert _types("The partners voted in 2004 to turn the firm into a joint-stock company, Brunau Bank AG, a change "
                  "that took effect on 1 July 2004.") == [("rename", "2004-07-01")]
    # a day of another year is not the clause's
    assert _types("The partners voted in 2004 to turn the firm into a joint-stock company, Brunau Bank AG, "
                  "effective from 1 January 2005.") == [("rename", "2004")]
