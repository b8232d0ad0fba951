"""The fields of matched history events (issue 14, round 30, hfields30): a note after the party's
name in an events table's cell ("(50%)", "(48 ha)", "(brand)", "(from X)") is no part of the name;
"(from X)" names the seller and a share names a stake."""

from __future__ import annotations

from kg.extractors.history import events
from kg.sources import Page
from kg.text.parse import parse_article


def _table_events(rows, title="Harrow Freight Group"):
    body = "\n".join(f"|-\n| {year} || {cell} || – || {price}" for year, cell, price in rows)
    text = (f"'''{title}''' is a trucking company.\n\n== Acquisitions ==\n{{| class=\"wikitable\"\n"
            f"! Year !! Company !! Seller !! Value\n{body}\n|}}\n")
    return [e for e, _ in events(parse_article(Page(title=title, revision=1, wikitext=text)))]


def _parts(event):
    return [(p.entity.label, p.role) for p in event.participants]


def test_a_share_after_the_name_is_no_part_of_it_and_tells_a_stake():
    (event,) = _table_events([("May 2016", "Kestrel Copper Logistics (50%)", "US$9 million")])
    assert _parts(event) == [("Kestrel Copper Logistics", "target")]
    assert event.label == "Acquisition of a stake in Kestrel Copper Logistics"


def test_a_measure_or_a_kind_after_the_name_is_no_part_of_it():
    found = _table_events([("2013", "Tawa Ridge orchard (48 ha)", "$5.1 million"),
                           ("2015", "Ridgeway export line (230 kV)", "$3 million"),
                           ("2017", "Larkspur Cream (brand)", "$4 million")])
    assert [_parts(e) for e in found] == [[("Tawa Ridge orchard", "target")], [("Ridgeway export line", "target")],
                                          [("Larkspur Cream", "target")]]


def test_a_from_note_names_the_seller():
    (event,) = _table_events([("2011", "Haven repair depot (from Norsk Cargo)", "€8.2 million")])
    assert _parts(event) == [("Haven repair depot", "target"), ("Norsk Cargo", "seller")]


def test_a_capitalised_note_is_the_name_s_own():
    (event,) = _table_events([("2015", "Harrow Pacific (Fiji)", "$2 million")])
    assert _parts(event) == [("Harrow Pacific (Fiji)", "target")]


# ---------------------------------------------------------------- a national currency is no party


def _sentence_events(text, title="Brevik Haulage"):
    page = Page(title=title, revision=1, wikitext=(
        f"'''{title}''' is a trucking company.\n{{{{Infobox company\n| revenue = [[Hungarian forint|HUF]] 18 billion\n}}}}\n\n"
        f"== History ==\n{text}\n"))
    return [e for e, _ in events(parse_article(page))]


def test_a_demonym_and_its_country_s_currency_word_is_no_party():
    found = _sentence_events("In 2011 [[Tarnok Development Bank]] lent the company a further HUF 6 billion. "
                             "In 2014 Brevik Haulage bought the seat maker [[Ulles Seats]] for [[Mozambican metical|MT]] 42 million.")
    names = [p.entity.label for e in found for p in e.participants]
    assert "Tarnok Development Bank" in names and "Ulles Seats" in names, names
    assert not any(n in ("HUF", "MT", "Hungarian forint", "Mozambican metical") for n in names), names


def test_a_name_that_ends_in_a_currency_word_without_a_demonym_is_a_party():
    from kg.text.kinds import is_unit_name

    assert is_unit_name("Hungarian forint") and is_unit_name("Sri Lankan rupee")
    assert not is_unit_name("Family Dollar") and not is_unit_name("Hungarian Forint Bank")


# ---------------------------------------------------------------- a person named again without the middle names


def _persons(text, title="Harrow Catering Services"):
    page = Page(title=title, revision=1, wikitext=f"'''{title}''' is a caterer.\n\n== History ==\n{text}\n")
    return [p.entity.label for e, _ in events(parse_article(page)) if e.type == "leadership_change"
            for p in e.participants]


def test_a_person_named_again_without_a_middle_name_is_named_in_full():
    text = ("The business was started in 1984 by the Doha merchant Karim Saleh Al Harrowi. "
            "In 1995 Karim Al Harrowi handed the running of the company to his eldest son, Hamad, and kept the title of owner.")
    assert "Karim Saleh Al Harrowi" in _persons(text)
    text = ("Anna Maria Lindqvist founded the bakery in 1961. "
            "Anna Lindqvist retired as chairwoman in 1990 and was succeeded by Per Holm.")
    assert "Anna Maria Lindqvist" in _persons(text, "Lindqvist Bakery")


def test_two_persons_with_the_name_s_ends_keep_the_short_name():
    text = ("Karim Saleh Al Harrowi and his cousin Karim Yusuf Al Harrowi started the business in 1984. "
            "In 1995 Karim Al Harrowi handed the running of the company to his eldest son, Hamad.")
    assert "Karim Al Harrowi" in _persons(text)


# ---------------------------------------------------------------- the arranger of an issue is a supplier


def _roles(text, title="Harrow Freight Group"):
    page = Page(title=title, revision=1, wikitext=f"'''{title}''' is a trucking company.\n\n== History ==\n{text}\n")
    return [(p.entity.label, p.role) for e, _ in events(parse_article(page)) if e.type == "funding_round"
            for p in e.participants]


def test_the_arranger_or_underwriter_of_an_issue_is_a_supplier():
    roles = _roles("In March 2022 the company issued a N$250 million five-year green bond, listed on the "
                   "Namibian Stock Exchange and arranged by [[Karas Securities]].")
    assert ("Karas Securities", "supplier") in roles, roles
    roles = _roles("In 2022 it raised Rs 2.4 billion in a rights issue at Rs 60 a share, underwritten by the "
                   "Karachi brokerage Bolanor Securities.")
    assert ("Bolanor Securities", "supplier") in roles, roles


def test_the_leader_of_a_round_stays_an_investor():
    roles = _roles("In 2023 Harrow raised a US$20 million Series B round led by [[Tiber Ventures]].")
    assert ("Tiber Ventures", "investor") in roles, roles
