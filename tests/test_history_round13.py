"""History extractor, round 13 (issue 14): causes of wrong events counted on blind4 to blind14
(first-sight records and today's output), each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_rules import _events, _summary


def _types(history: str) -> list[tuple[str, str]]:
    return _summary(_events("==History==\n" + history + "\n"))


# ---------------------------------------------------------------- a sanction dated by a death


def test_a_fine_after_a_death_takes_no_date_from_the_death():
    # the death is a fatal accident at the company's depot (round 20 reads a driver's death as one); the
    # fine told after it is undated and takes nothing from it
    assert _types("A driver was killed when a crane fell at its Leeds depot in March 2016, and the company "
                  "was later fined for safety failures.") == [("other", "2016-03")]
    assert _types("Two miners died in a rock fall at the Ridge pit in 2011, and the company has been "
                  "investigated by the mines inspectorate.") == []
    assert _types("It was fined by the state regulator for dust emissions, and a court awarded $2 million "
                  "to the widow of a welder killed in a 2009 blast at its yard.") == []


def test_a_fine_with_its_own_date_over_a_death_stays():
    assert _types("In 2021 Acme was fined £400,000 over the death of a driver at its Leeds depot.") == [
        ("fine", "2021")]
    assert _types("A driver was killed at its Leeds depot in 2016, and in 2018 the company was fined "
                  "£400,000.") == [("other", "2016"), ("fine", "2018")]


# ---------------------------------------------------------------- goods bought are no acquisition


def test_goods_the_company_buys_are_no_acquisition():
    # a relative clause or a participle after the goods
    assert _types("In 1902 Acme began to sell wine kept in barrels he bought from a cooper in Cognac.") == []
    assert _types("Acme was set up in 1961 to cut logs bought from the state forests.") == [("founding", "1961")]
    assert _types("Because much of its machinery was bought in euros, Acme lost money in 2015.") == []
    # from a class of sellers, not a named party
    assert _types("In 1930 the firm bought cocoa and coffee from farmers in the Volta region.") == []


def test_a_business_bought_from_a_named_seller_stays_an_acquisition():
    assert _types("In 2004 Acme bought the Orchard Brewery from Diageo.") == [("acquisition", "2004")]


# ---------------------------------------------------------------- "sanctions" not on the company


def test_sanctions_on_another_party_or_as_a_circumstance_are_no_fine():
    assert _types("In 2014 Acme wrote off two leased ships detained in Iran after American sanctions.") == []
    assert _types("In March 2019 the European Union imposed sanctions on the national shipping agency.") == []
    assert _types("The scheme of arrangement was sanctioned by the High Court on 2 May 2011.") == []


def test_sanctions_on_the_company_stay_a_fine():
    assert _types("In 2018 the United States imposed sanctions on Acme over its sales to Syria.") == [("fine", "2018")]
    assert _types("In 2016 Acme was fined $3 million after breaching sanctions on Iran.") == [("fine", "2016")]


# ---------------------------------------------------------------- a possessive is not the company


def test_a_party_buying_the_company_s_stake_is_the_company_selling_it():
    assert _types("In 2016 Zeta Retail bought Acme's 49 per cent for an undisclosed sum.") == [("divestiture", "2016")]
    assert _types("The venture was wound up when Zeta Retail bought the company's half in 2012.") == [
        ("divestiture", "2012")]


def test_the_company_bought_by_a_party_stays_an_acquisition():
    assert _types("In 2016 Zeta Retail bought Acme for $90 million.") == [("acquisition", "2016")]


# ---------------------------------------------------------------- a successor's career after a ';'


def test_a_successor_s_career_after_a_clause_with_no_event():
    assert _types("Omar Tazi died in 1994; his nephew Karim Tazi, who had run the Fes mill since 1985, "
                  "became chairman.") == [("leadership_change", "1994")]
