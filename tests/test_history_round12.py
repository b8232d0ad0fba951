"""History extractor, round 12 (issue 14): causes of wrong and missed events counted on blind4 to
blind12, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ---------------------------------------------------------------- an agreement with prosecutors to pay


def test_a_leniency_or_non_prosecution_agreement_is_a_sanction_not_a_partnership():
    assert _types("In May 2016 the company signed a leniency agreement with the Comptroller General, "
                  "agreeing to pay R$90 million.") == [("fine", "2016-05")]
    assert _types("In 2012 it paid US$40 million under a non-prosecution agreement with the Department of "
                  "Justice.") == [("fine", "2012")]
    assert _types("In 2020 Acme entered into a deferred prosecution agreement with the Serious Fraud "
                  "Office.") == [("fine", "2020")]
    # an application for leniency is no agreement
    assert _types("In 2019 it filed a leniency application with the competition authority.") == []


# ---------------------------------------------------------------- the company, its staff or its production moved


def test_a_move_of_the_company_its_staff_or_its_production_is_a_relocation():
    assert _types("Head office staff moved from the old town to a new building in Ostrava in 2015.") == [
        ("other", "2015")]
    assert _types("In 1988 production moved to a new factory in Tilburg.") == [("other", "1988")]
    assert _types("In 2004 the company moved from Leith to larger offices in Edinburgh.") == [("other", "2004")]
    assert _types("In 1977 the family moved the business to Kumasi.") == [("other", "1977")]
    assert _types("In 2009 it moved into leased premises near the airport.") == [("other", "2009")]
    # a move told after "and", the company still its subject
    assert ("other", "1983") in _types("It was founded in 1979 and moved to a depot in Tulsa four years later.")
    assert ("other", "2018") in _types(
        "In 2018 it cut 40 jobs and moved its remaining staff to offices in Brno.")
    # a move to an exchange or into new markets is no relocation
    assert _types("In 2005 the company moved to the Nasdaq.") == []
    assert ("other", "2001") not in _types("In 2001 it bought Nordwind and moved into new markets.")
    # another party's move is no relocation of the company
    assert ("other", "2014") not in _types("In 2014 Nissan moved its production to a new plant in Sunderland.")


# ---------------------------------------------------------------- a customer buys the company's goods


def test_a_customer_buying_the_company_goods_is_an_order_not_an_acquisition():
    assert _types("[[Toyota]] bought 30 of them for its Tahara plant in 1981.") == [("partnership", "1981")]
    assert _types("In 2019 [[Volvo Cars]] agreed to buy half of the mine's output for five years.") == [
        ("partnership", "2019")]
    # a customer named after a description ("the carmaker X") is read as the subject too (round 12,
    # third pass): an order, no acquisition
    assert _types("In 2019 the carmaker [[Volvo Cars]] agreed to buy half of the mine's output.") == [
        ("partnership", "2019")]
    # goods the company buys are no acquisition either; a stake or a company still is
    assert _types("In 2001 Acme bought 20 of its trucks from Volvo.") == []
    assert _types("In 2003 [[Valvex]] bought 51 per cent of its shares.") == [("acquisition", "2003")]
    assert _types("In 2010 the company bought three of its distributors.") == [("acquisition", "2010")]


def test_later_that_year_opens_a_clause_before_its_subject():
    assert _types("In March 2014 it opened a plant in Gdańsk. Later that year [[Siemens]] bought 25 of its "
                  "turbines.") == [("expansion", "2014-03"), ("partnership", "2014")]


# ---------------------------------------------------------------- "X, in Y, followed in 1968"


def test_a_second_site_with_an_apposition_followed_in_a_year_is_an_opening():
    assert _types("A second mill, in Tampere, followed in 1931.") == [("expansion", "1931")]
    assert _types("A second depot, at Grangemouth, followed in 1988.") == [("expansion", "1988")]
    assert _types("A subsidiary in Lisbon, Acme Portugal Lda, followed in 2002.") == [("expansion", "2002")]
    assert _types("It opened a plant in Kassel in 1960. A second, in Linz, Austria, followed in 1966.") == [
        ("expansion", "1960"), ("expansion", "1966")]
    # told after "and" in the clause of another date, it is not read (its date would be the other's)
    assert ("expansion", "1961") not in _types(
        "It won a licence in 1961, and a hatchery at Hamar, built for kr 2 million, followed three years later.")


def test_a_round_a_product_or_a_contract_that_followed():
    assert _types("A placement of A$80 million, managed by Bell Potter, followed in May 2019.") == [
        ("funding_round", "2019-05")]
    assert _types("A pre-IPO round of US$120 million followed in June 2022.") == [("funding_round", "2022-06")]
    assert _types("Acme's first mobile app followed in 2013.") == [("product_launch", "2013")]
    assert _types("The Vita brand of fruit juice followed in 1999.") == [("product_launch", "1999")]
    assert _types("A contract to supply cells to Volvo followed in March 2020.") == [("partnership", "2020-03")]


# ---------------------------------------------------------------- a contract told in the passive


def test_a_contract_opening_its_sentence_and_signed_won_or_awarded_in_a_year_is_an_agreement():
    assert _types("A ten-year contract to haul ore for [[Rio Tinto]] was signed in June 2015.") == [
        ("partnership", "2015-06")]
    assert _types("A five-year maintenance contract for the Hornsea wind farm was won in 2019.") == [
        ("partnership", "2019")]
    assert _types("The contract for drilling at Bluff Creek was awarded to [[Boart Longyear]] in 2011.") == [
        ("partnership", "2011")]
    # a contract that was lost or ended is not read so
    assert _types("A ten-year contract to haul ore for [[Rio Tinto]] was cancelled in 2016.") == []


# ---------------------------------------------------------------- "A plant in X, run by Y, opened in 2019"


def test_a_site_with_an_apposition_before_its_dated_opening_is_an_opening():
    assert _types("A Paris boutique, on the [[Rue de Rivoli]], opened in March 2016.") == [("expansion", "2016-03")]
    assert _types("A plant in Tangier, Morocco, run by the subsidiary Acme Maroc, started production in 2021.") == [
        ("expansion", "2021")]
    assert _types("A base at Leeds opened in June 2009.") == [("expansion", "2009-06")]
    assert _types("A third line, Line C, opened beside the others in 2004.") == [("expansion", "2004")]


def test_a_second_site_after_a_semicolon_followed_in_a_year():
    assert _types("Its first plant abroad, in [[Pilsen]], opened in 1994; a second, in [[Cluj-Napoca]], Romania, "
                  "followed in 1999.") == [("expansion", "1994"), ("expansion", "1999")]
    # a round read from its own clause is not read twice
    assert _types("A second round of US$30 million, from [[Accel]] and [[Index Ventures]], followed in 2015.") == [
        ("funding_round", "2015")]


# ---------------------------------------------------------------- a successor's career after a ';'


def test_a_successor_who_had_run_a_unit_since_a_year_does_not_date_the_change():
    assert _types("Ray Moss retired as chief executive in May 2019; he was succeeded by Ana Ruiz, who had run "
                  "the Mexican business since 2011.") == [("leadership_change", "2019-05")]
    # a clause with a year of its own besides the career keeps it
    assert ("acquisition", "2020") in _types(
        "Ray Moss retired as chief executive in May 2019; in 2020 Ana Ruiz, who had run the Mexican business "
        "since 2011, bought Nordwind.")
