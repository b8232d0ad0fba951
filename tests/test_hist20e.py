"""History extractor, round 20 (issue 14): leadership changes told with a wider set of officer
titles and hand-overs, renames told as a conversion of the company itself or an adopted name, and
a carried month that a planned year in the same sentence must not displace; each rule on sentences
written for the test."""

from __future__ import annotations

from tests.test_hist17a import _history
from tests.test_history_rules import _summary

# ---------------------------------------------------------------- leadership

def test_an_officer_title_beyond_the_chief_executive_is_a_leadership_change():
    assert _summary(_history("Konrad Weiss became managing partner in 1991.")) == [("leadership_change", "1991")]
    assert _summary(_history("In March 2020 Lena Fischer was appointed chief financial officer.")) == [
        ("leadership_change", "2020-03")]
    assert _summary(_history("In 2003 Peter Wolff replaced the retiring Hans Adler as general director.")) == [
        ("leadership_change", "2003")]
    assert _summary(_history("Tomasz Nowak, formerly of a bank, became chief operating officer in 2015.")) == [
        ("leadership_change", "2015")]


def test_appointed_director_or_made_manager_is_a_leadership_change():
    assert _summary(_history("In 1975 Tran Van Minh was appointed director by the provincial people's committee.")) == [
        ("leadership_change", "1975")]
    assert _summary(_history("Otto Brandt died in 1931, and his nephew, Karl Brandt, became manager.")) == [
        ("leadership_change", "1931")]
    assert _summary(_history("In 1962 Aldo Ricci was made manager.")) == [("leadership_change", "1962")]


def test_a_manager_or_director_of_something_else_is_no_leadership_change():
    assert _summary(_history("In 2005 the company became an asset manager.")) == []
    assert _summary(_history("In 2008 Ana Ruiz was appointed director of the national museum.")) == []


def test_handing_the_chair_or_a_post_to_someone_is_a_leadership_change():
    assert _summary(_history("In 1998 Anders Holm handed the chair to his daughter Lisa.")) == [
        ("leadership_change", "1998")]
    assert _summary(_history("In May 2011 Ivo Marić passed the presidency to Goran Horvat.")) == [
        ("leadership_change", "2011-05")]
    assert _summary(_history("In 2019 Chen Wei handed the posts of chairman and chief executive to Liu Fang.")) == [
        ("leadership_change", "2019")]


def test_returning_to_a_post_and_a_successor_as_officer_are_leadership_changes():
    assert _summary(_history("Jonas Berg, the founder's grandson, returned as chief executive in 2009.")) == [
        ("leadership_change", "2009")]
    assert _summary(_history("She left in 2016, but returned to the post in 2018.")) == [("leadership_change", "2018")]
    assert _summary(_history("Okafor retired in 2014; her successor as managing director was Musa Bello.")) == [
        ("leadership_change", "2014")]


# ---------------------------------------------------------------- renames

def _renames(text):
    return [(e.type, e.date.iso, e.label) for e in _history(text)]


def test_the_company_converted_under_a_new_name_is_a_rename():
    assert _renames("In 2005 the enterprise was equitised as Song Lam Paper Joint Stock Company.") == [
        ("rename", "2005", "Rename to Song Lam Paper Joint Stock Company")]
    assert _renames("The mill was corporatised as Tay Ninh Sugar Corporation in 1999.") == [
        ("rename", "1999", "Rename to Tay Ninh Sugar Corporation")]
    assert _renames("In 1987 the firm was converted into a public company as Harlow Engineering plc.") == [
        ("rename", "1987", "Rename to Harlow Engineering plc")]


def test_turning_the_cooperative_itself_into_a_named_company_is_a_rename():
    assert _renames("In 1994 the members voted to turn the co-operative into a company, Waikato Dairy Limited.") == [
        ("rename", "1994", "Rename to Waikato Dairy Limited")]
    assert _renames("In 2001 the shareholders agreed to convert the society into a limited company named "
                    "Antrim Farmers Ltd.") == [("rename", "2001", "Rename to Antrim Farmers Ltd.")]
    assert _renames("The partnership became a limited company, Brandt & Sons Ltd, on 1 April 1993.") == [
        ("rename", "1993-04-01", "Rename to Brandt & Sons Ltd")]


def test_a_part_turned_into_a_company_is_no_rename():
    assert _summary(_history("In 2010 it turned its research unit into a separate company, Acme Labs Ltd.")) != [
        ("rename", "2010")]
    assert _summary(_history("In 2003 the company turned the old mill into a museum, Millworks.")) == []
    assert _summary(_history("In 1985 the company was converted into a joint-stock company.")) == [("other", "1985")]


def test_a_name_adopted_as_its_name_is_a_rename():
    assert _renames("The company adopted Telvia as its trading name in 2012.") == [
        ("rename", "2012", "Rename to Telvia")]
    assert _renames("In 1999 the bank adopted Nordkap as its new name.") == [("rename", "1999", "Rename to Nordkap")]
    assert _renames("In 2008 the group adopted Arvola as its corporate name.") == [
        ("rename", "2008", "Rename to Arvola")]
    assert _summary(_history("In 2015 the company adopted Vision 2030 as its strategy.")) == []


# ---------------------------------------------------------------- dates

def test_a_carried_month_wins_over_a_planned_year():
    assert _summary(_history("The group opened a plant in Tema in 2019. That June it began building a terminal "
                             "due to open in 2026.")) == [("expansion", "2019"), ("product_launch", "2019-06")]
    assert ("acquisition", "2004-05") in _summary(_history(
        "The firm was listed in 2004. In May it agreed to buy a mill, the deal planned for 2031."))
    assert ("partnership", "2004-05-03") in _summary(_history(
        "The firm was listed in 2004. On 3 May it signed a contract to build a smelter, to be completed by 2030."))


def test_a_planned_year_alone_still_dates_its_clause():
    assert _summary(_history("The company opened a plant in Ghent in 1996.")) == [("expansion", "1996")]
    assert _summary(_history("In 1994 the company opened a plant in Ghent; a second was due to open in 1996.")) == [
        ("expansion", "1994")]


def test_an_officer_staying_until_a_death_retirement_or_year_is_a_leadership_change():
    assert _summary(_history("Halvard Moe remained chairman until his retirement in 2004.")) == [
        ("leadership_change", "2004")]
    assert _summary(_history("She stepped down as chief executive in 2009 and remained chair until her death in "
                             "May 2015.")) == [("leadership_change", "2009"), ("leadership_change", "2015-05")]
    assert _summary(_history("His nephew Ole Dahl, president since 1960, stayed in charge until 1984.")) == [
        ("leadership_change", "1984")]


def test_a_thing_staying_until_a_year_is_no_leadership_change():
    assert _summary(_history("The plant remained in operation until 1995.")) == []
    assert _summary(_history("Bolt remained its main supplier until 2004.")) == []


def test_a_person_leaving_the_company_is_a_leadership_change():
    assert _summary(_history("Hartmann left the partnership in 1895.")) == [("leadership_change", "1895")]
    assert _summary(_history("The firm was set up in 1985 by Aksoy and Demir. Aksoy left the company two years "
                             "later to start a software business.")) == [("founding", "1985"),
                                                                         ("leadership_change", "1987")]
    assert _summary(_history("Jonas Lind left the firm on 3 March 2001 and joined a rival.")) == [
        ("leadership_change", "2001-03-03")]


def test_the_company_left_in_a_state_is_no_leadership_change():
    assert _summary(_history("The collapse of the stock during the 1972 El Niño left the company unable to pay "
                             "its debts.")) == []
    assert _summary(_history("In 1990 the strike left the company short of cash.")) == []
    assert _summary(_history("In 2012 the company left the business of making tyres.")) == []


def test_an_officer_who_had_become_one_a_while_before_is_a_leadership_change():
    assert _summary(_history("The company opened a store in Lyon in 2022. His daughter, Anna Berg, had become chair "
                             "the year before.")) == [("expansion", "2022"), ("leadership_change", "2021")]
    assert _summary(_history("In 2022 the company opened a store in Lyon; Anna Berg had become chair the year "
                             "before.")) == [("expansion", "2022"), ("leadership_change", "2021")]
    assert _summary(_history("The company was listed in 2010. Its founder, Ali Kaya, had become president two "
                             "years earlier.")) == [("leadership_change", "2008")]
    assert _summary(_history("In 2015 Lars Eng had become chairman of Nordbank.")) == []
