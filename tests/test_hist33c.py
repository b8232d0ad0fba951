"""History extractor, round 33 branch hist33c (issue 14): recall of leadership changes and loans on
new text; each rule on sentences written for the test (invented companies and people)."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- a loan of a written sum that paid for the act


def test_a_loan_of_a_written_sum_that_paid_for_the_act_is_an_event_of_its_own():
    assert _types("In April 2004 Acme bought Orrin Lines, a rival ferry operator, for US$21 million, of which "
                  "Brisk Bank lent US$9 million.") == [("acquisition", "2004-04"), ("funding_round", "2004-04")]
    assert _types("In 2005 Acme bought the Tarn Hotel from a Greek owner for US$17.5 million, of which US$11 million "
                  "was lent by the Bank of Orrin.") == [("acquisition", "2005"), ("funding_round", "2005")]
    assert _types("Its first mill was built in 1958 at a cost of 6.1 million pesetas, of which 4.2 million pesetas "
                  "was lent by the state Banco Agrario.") == [("expansion", "1958"), ("funding_round", "1958")]
    assert _types("In June 1992 Acme bought the Orrin depot from Brisk for K 14 million, with a K 9 million loan "
                  "from Westpac.") == [("acquisition", "1992-06"), ("funding_round", "1992-06")]
    assert _types("A furniture factory at Turbe opened in 1971, built with a loan of 38 million dinars from "
                  "Brisk Banka.") == [("expansion", "1971"), ("funding_round", "1971")]
    # told before the act
    assert ("funding_round", "2003") in _types(
        "With a loan of RF 45 million from the Brisk Development Bank, the company built its first washing "
        "station at Orrin in 2003.")


def test_a_loan_without_its_sum_a_founding_s_loan_or_a_buyer_s_loan_is_left_to_the_act():
    assert _types("In 2006 Acme bought the Tarn Hotel with a loan from Piraeus Bank.") == [("acquisition", "2006")]
    assert _types("In 1959, with a loan from the Brisk National Bank, the company built a cement plant at "
                  "Orrin.") == [("expansion", "1959")]
    assert _types("The company was founded in 1993, with a loan of ₮180 million from the Brisk "
                  "Bank.") == [("founding", "1993")]
    # the company bought by its managers: the loan was theirs
    assert "funding_round" not in [t for t, _ in _types(
        "In 1997 eleven of its managers bought Acme Corp for CZK 140 million, most of which was lent by Brisk Banka.")]


# ---------------------------------------------------------------- a lender's loan told with other words


def test_a_loan_made_a_working_capital_line_given_or_a_combined_sum_lent_is_a_loan():
    assert _types("In 2016 the Asian Development Bank made the company a loan of US$5 million.") == [
        ("funding_round", "2016")]
    assert _types("In 2009 Halyk Bank gave it a ₸6 billion working-capital line.") == [("funding_round", "2009")]
    assert _types("In May 2020 Banco Orrin gave the company a working-capital line of US$15 million to pay "
                  "wages.") == [("funding_round", "2020-05")]
    assert _types("In June 2017 the EBRD and the Orrin Development Fund lent it a combined US$9 million for a "
                  "milk-powder tower.") == [("funding_round", "2017-06")]
    # the company's loans to others are not its funding
    assert _types("In 2012 Acme made its growers a loan of US$5 million.") == []


# ---------------------------------------------------------------- a chief's departure and the successor


def test_a_chief_followed_or_replaced_by_a_deputy_is_a_leadership_change():
    assert _types("Ruano retired at the end of 2008 and was followed by his deputy, Manuel Castro.") == [
        ("leadership_change", "2008")]
    assert _types("Aydemir returned to Turkey in 2014 and was replaced by his deputy, Aigul Toktova.") == [
        ("leadership_change", "2014")]
    assert _types("In 1993 Desmond Brisk handed over to his son Richard.") == [("leadership_change", "1993")]
    assert _types("In 2019 Castro handed over as chief executive to Marta Quesada, who had been the company's "
                  "export director.") == [("leadership_change", "2019")]
    # a territory handed over is no leadership change
    assert "leadership_change" not in [t for t, _ in _types(
        "It moved to Walvis Bay after the enclave was handed over to Namibia in 1994.")]


def test_a_successor_chosen_or_elected_after_a_death_or_a_resignation_is_a_leadership_change():
    assert _types("Tomas Brisk died in Nampula on 3 February 2019, and the board elected Sitoe to succeed him "
                  "as chair.") == [("leadership_change", "2019-02-03")]
    assert _types("In 2016 Kalua resigned to join Orrin's head office, and the board chose his deputy, Thokozani "
                  "Phiri, to succeed him.") == [("leadership_change", "2016")]
    assert _types("Cobo, who had chaired the cooperative since its founding, stood down in 1979, and the members "
                  "elected as president Juan Exposito.") == [("leadership_change", "1979")]
    assert _types("Marta Orrin, a chemical engineer, became its director in 1979.") == [("leadership_change", "1979")]
    # another body's director
    assert _types("In 1979 Marta Orrin became director of the Orrin Institute.") == []


def test_a_successor_named_after_a_semicolon_tells_the_change_but_not_in_a_sentence_of_its_own():
    assert _types("Brisk retired at the end of 2016; his successor, Mphatso Kalua, had been head of retail banking "
                  "at Orrin Bank.") == [("leadership_change", "2016")]
    # the departure is the sentence before; the year here is the successor's career
    assert _types("Her successor, Daniel Orrin, had managed the Katikati packhouse since 2012.") == []


def test_a_year_in_the_successor_s_apposition_is_the_career_not_the_date():
    assert _types("Osvaldo Brisk died on January 30, 2009; his son Federico Brisk, managing director since 1999, "
                  "succeeded him as chairman.") == [("leadership_change", "2009-01-30")]


# ---------------------------------------------------------------- a customer or a distributor told without "agreement"


def test_a_supplier_of_a_named_buyer_a_buyer_of_the_works_output_or_a_distributor_signed_up_is_a_partnership():
    assert _types("In 2008 Acme became a supplier of the Valencian supermarket chain Orrin, whose own-label oil it "
                  "has filled since that spring.") == [("partnership", "2008")]
    assert _types("In 1979 Orrin Seafoods of San Diego began to buy frozen loins from the cannery, which it "
                  "finished in its own plant.") == [("partnership", "1979")]
    assert _types("In 2005 the company signed up Orrin Savdo of Tashkent as its distributor in Uzbekistan.") == [
        ("partnership", "2005")]
    # no named buyer
    assert _types("In 2010 Brisk became a supplier of cheese vats.") == []


# ---------------------------------------------------------------- the owner of a scheme a loan was drawn under lends nothing


def test_the_owner_of_the_scheme_a_credit_line_was_drawn_under_is_no_lender():
    from tests.test_relations_lender import _found

    found = _found("In April 2020 [[Orrin Bank]] granted the company a ₮25 billion working-capital line under a "
                   "support scheme of the [[Bank of Brisk]].")
    assert ("lender", "Orrin Bank") in found and ("lender", "Bank of Brisk") not in found, found
