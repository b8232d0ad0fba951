"""One reading of a joint venture's own name (``kg.text.ventures``), shared by the history
participants and the relations' own ventures."""

from kg.extractors.event_parties import _ventures, written_in_full
from kg.text.ventures import venture_names


def names(text: str) -> list[str]:
    return list(dict.fromkeys(v.name for v in venture_names(text)))


def test_named_after_the_forming_verb():
    assert names("In 1994 Halvard and Okuma formed Halvard Okuma K.K. to sell lathes.") == ["Halvard Okuma K.K"]
    assert names("The two firms set up Brandt Marine in Gdynia.") == ["Brandt Marine"]
    assert names("Later it established Tessaro Iberica with a Spanish bank.") == ["Tessaro Iberica"]


def test_set_off_by_commas_beside_joint_venture():
    assert names("In 2003 it formed a joint venture, Corvan Energy, to drill in the North Sea.") == ["Corvan Energy"]
    assert names("The Ghent joint venture with Solvay, Ostra Polymers, was set up in 1990.") == ["Ostra Polymers"]
    assert names("They announced a 60:40 joint venture, Pelham Rail Services, in May.") == ["Pelham Rail Services"]
    # a list of partners is no name
    assert names("It formed a joint venture with Ansaldo, Breda and Fiat in 1981.") == []


def test_after_a_partner_of_any_length():
    assert names("It formed a joint venture with Compañía General de Obras del Norte, Norte Vial, to build "
                 "toll roads.") == ["Norte Vial"]
    assert names("The firm set up a joint venture with the Korean group Hanwha Solutions Chemical Division, "
                 "Hanora Coatings, which makes paint.") == ["Hanora Coatings"]
    assert names("It created a logistics joint venture with Deutsche Bahn Schenker Global, Rhein Cargo Link, "
                 "in which it holds 49 per cent.") == ["Rhein Cargo Link"]


def test_in_apposition_before_what_it_is():
    assert names("2019 – Forms Baltica Wind Services, a joint venture with Orsted.") == ["Baltica Wind Services"]
    assert names("Launched Marewa Foods, a 50:50 joint venture with Fonterra, in 2012.") == ["Marewa Foods"]
    assert names("Kesselring Anlagenbau GmbH, a joint venture owned equally with Linde, was set up in 1961."
                 ) == ["Kesselring Anlagenbau GmbH"]


def test_brackets_and_legal_form_belong_to_the_name():
    assert names("In 2015 it set up Halden Optics (Wuxi) Co., Ltd., a joint venture with a local firm.") == [
        "Halden Optics (Wuxi) Co., Ltd."]
    assert names("It formed Orka Packaging (Private) Limited, a joint venture with Uflex.") == [
        "Orka Packaging (Private) Limited"]
    assert names("They set up Tavira Solar (Algarve), a joint venture, in 2020.") == ["Tavira Solar (Algarve)"]


def test_history_reads_the_venture_as_a_party():
    text = "2019 – Forms Baltica Wind Services, a joint venture with Orsted, which holds half."
    parts = _ventures(text, 0, len(text), [], frozenset({"kestrel"}), set())
    assert [(p.entity.label, p.role) for p in parts] == [("Baltica Wind Services", "venture")]
    # the company's own name is no venture
    text = "In 2001 it formed Kestrel, a joint venture with Volvo."
    assert _ventures(text, 0, len(text), [], frozenset({"kestrel"}), set()) == []


def test_a_forming_verb_opening_an_item_is_no_part_of_the_name():
    assert written_in_full("Baltica Wind Services", "2019 – Forms Baltica Wind Services, a joint venture.") == set()
    assert written_in_full("Marewa Foods", "Launched Marewa Foods in 2012.") == set()
    assert written_in_full("Wind Services", "Baltica Wind Services was formed.") == {"Baltica Wind Services"}
