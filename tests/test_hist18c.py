"""History extractor, round 18 (issue 14): leadership changes and renames told in the ways the
blind sets write them, each rule on sentences written for the test."""

from __future__ import annotations

from tests.test_history_round10 import _types

# ---------------------------------------------------------------- leadership changes


def test_a_family_successor_taking_over_the_business_is_a_leadership_change():
    assert _types("Piet Voskuil died in 1961, and his son Jan took over the business.") == [
        ("leadership_change", "1961")]
    assert _types("Their daughters Ilse and Marta took over the firm in 1954.") == [("leadership_change", "1954")]
    assert _types("In 1910 his eldest son Arvid took over the brewery.") == [("leadership_change", "1910")]
    assert _types("Halvorsen's son, Knut Halvorsen, took over the management of the mill in 1926.") == [
        ("leadership_change", "1926")]
    # a company taking over a business is still an acquisition
    assert _types("In 1961 Acme took over the business of a rival bakery in Leeds.") == [("acquisition", "1961")]


def test_made_a_chief_is_a_leadership_change():
    assert _types("In 1999 the sales director, Ola Brandt, was made chairman.") == [("leadership_change", "1999")]
    assert _types("Her nephew Omar Said was made managing director in 2011.") == [("leadership_change", "2011")]


def test_a_general_manager_or_director_general_is_a_chief():
    assert _types("In 1971 the board appointed Tomás Ibarra, an engineer from Bilbao, as general manager.") == [
        ("leadership_change", "1971")]
    assert _types("His nephew Luis Ortega became director general in 1980.") == [
        ("leadership_change", "1980")]
    assert _types("Karin Moe, a lawyer by training, joined as general manager in 1994.") == [
        ("leadership_change", "1994")]


def test_brought_in_as_chief_and_took_the_chair_are_leadership_changes():
    assert _types("In March 2009 the lenders brought in Ian Dorr, a restructuring specialist, as chief executive.") == [
        ("leadership_change", "2009-03")]
    assert _types("The investor's Li Ping took the chair of the supervisory board in 2016.") == [
        ("leadership_change", "2016")]


# ---------------------------------------------------------------- renames


def test_a_form_registered_or_made_under_a_name_is_a_rename():
    assert _types("It was registered as a share company under the name Gondar Textiles in 1999.") == [
        ("rename", "1999")]
    assert _types("In 1958 the state made it a public enterprise under the name Tovarna Kovin Celje.") == [
        ("rename", "1958")]
    # a form alone is no rename
    assert _types("The yard was registered as a joint-stock company in 1994.") == [("other", "1994")]


_FOUNDED_1921 = "{{Infobox company\n| name = Acme Corp\n| founded = 1921\n}}\n'''Acme Corp''' is a company.\n"


def test_incorporated_as_a_form_with_a_name_after_the_founding_is_a_rename():
    from tests.test_history_rules import _events, _summary
    history = ("==History==\nAcme was founded in 1921 by Ada Lind.\n"
               "The business was incorporated as a private limited company, Acme Mills Ltd, in 1948.\n"
               "It was incorporated as a société anonyme in 1972 under the name Acme Moulins.\n")
    assert _summary(_events(history, lead=_FOUNDED_1921)) == [
        ("founding", "1921"), ("rename", "1948"), ("rename", "1972")]


# ---------------------------------------------------------------- foundings


_FOUNDED_DAY = ("{{Infobox company\n| name = Acme Corp\n| founded = {{start date and age|1934|5|9}}\n}}\n"
                "'''Acme Corp''' is a maker of boats.\n")


def test_a_founding_act_on_the_infobox_founding_day_is_the_founding():
    from tests.test_history_rules import _events, _summary
    told = "==History==\nThe brothers Ivo and Ante Kralj opened a boatyard at Betina on 9 May 1934.\n"
    assert _summary(_events(told, lead=_FOUNDED_DAY)) == [("founding", "1934-05-09")]
    earlier_name = "==History==\nKralj Brodogradilište was founded in Betina on 9 May 1934 by Ivo Kralj.\n"
    assert _summary(_events(earlier_name, lead=_FOUNDED_DAY)) == [("founding", "1934-05-09")]
    # another day is no founding
    other_day = "==History==\nThe brothers Ivo and Ante Kralj opened a boatyard at Betina on 9 May 1936.\n"
    assert ("founding", "1936-05-09") not in _summary(_events(other_day, lead=_FOUNDED_DAY))
