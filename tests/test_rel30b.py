"""Relations recall, round 30 (rel30b). Each article is written for the test (invented companies).

* An unlinked name keeps its legal form as the article writes it (tests/gold/README.md, round 18):
  a form written in lower case after the name ("Vestverk ehf.", "Laxá hf.", "Torysa Holding s.r.o.",
  "Lašva Holding d.o.o.") and the Hungarian and Malaysian forms whose full stop is their own
  ("Bakony-Bau Zrt.", "Kft.", "Nyrt.", "Bhd."), not cut at the form or at its full stop.
* A thing that came from a maker named by its trade ("a new saw line from the Austrian maker X",
  "cast bogie frames from the Ukrainian foundry X", "pellets from the Akureyri mill X") makes the
  maker a supplier; not a business, a plant, a stake or a licence bought or licensed from it.
* A builder named as a firm or a maker ("built by the Doha firm X", "built by the Italian maker X"),
  or after a time ("built over fourteen months by the Lautoka contractor X"), is a supplier, as
  round 29's builders by their trade are.
* A second lender whose verb is left out, named after "and" and before its own sum ("X lent the
  company €20 million, and Y €8 million", "..., and Y a further N$180 million") is a lender too; not
  a name after "and" that no sum follows, nor the company's own.
* A stake told by the price paid ("X paid US$120 million for 30 per cent of the company", "... for
  20 per cent of Orvella"; "paid €7.5 million for new shares", a sum with a decimal point) makes X
  an investor; not the company paying for a share of another, nor a share of something else.
* A carrier named by its ships or lorries ("leave from the port of Pärnu on ships of X and Y", "most of
  them on ships of X") or by a passive carriage whose adverb stands after a comma ("shipped in
  refrigerated containers from the Port of Tallinn, mostly by X") is a supplier.
* A buyer that chose the company for work, named by its name or short name ("In June 2017 PSA chose
  BCA to supply the harnesses ...") or told with "had chosen it in April of that year to fly ...", is a
  customer; not after an apposition ("SEAT, the Spanish brand of the Volkswagen Group, chose BCA ...":
  the subject reader would take the apposition's name), nor a firm the company chose.
"""

from __future__ import annotations

import pytest

from tests.test_rel28a import _facts

_LEAD = ("{{Infobox company\n| name = Orvella Foods\n| founders = Henrik Maasing\n}}\n"
         "'''Orvella Foods''' is an Estonian maker of frozen vegetables.\n\n== History ==\n")


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1].rsplit("#", 1)[-1], n) for p, n in _facts(body, lead=_LEAD)}


@pytest.mark.parametrize("body, name", [
    ("In 2012 a cold store at Valga was built by the Tartu contractor Kivimets ehf. and equipped with two chillers.",
     "Kivimets ehf."),
    ("Until 2015 the plant's packing lines were supplied by Torvik Hydraulik s.r.o. of Zlín.", "Torvik Hydraulik s.r.o."),
    ("In 2016 a packing hall, built by the Pécs contractor Mecsek-Bau Zrt. with robots from a German maker, opened.",
     "Mecsek-Bau Zrt."),
    ("Until 2015 the freezing tunnels were supplied by Kerekes Hűtő Kft.", "Kerekes Hűtő Kft."),
    ("In 2019 the cartons were supplied by Sava Karton d.o.o. under a five-year contract.", "Sava Karton d.o.o."),
])
def test_legal_form_kept_with_the_name(body, name):
    assert any(n == name for _, n in _pairs(body)), _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 2007 the company bought a new blanching line from the Danish maker Holmsted and a second cold store.",
     "Holmsted"),
    ("A tray-sealing line from the Swiss maker Kelterhof was added in 2010.", "Kelterhof"),
    ("Deliveries of cast pump housings from the Latvian foundry Daugavlējums stopped in 2014.", "Daugavlējums"),
    ("Until 2016 the peas were packed in cartons from the Pärnu mill Rannapaber.", "Rannapaber"),
    ("The Tartu plant opened in 2018, with a freezing tunnel from the Norwegian maker [[Frostnor]].", "Frostnor"),
])
def test_thing_from_a_maker_named_by_its_trade(body, name):
    assert ("supplier", name) in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 2010 Orvella bought the frozen-pizza business from the Danish maker Frostbo.", "Frostbo"),
    ("In 2012 it bought a plant at Võru from the Latvian maker Rigas Ledus.", "Rigas Ledus"),
    ("In 2013 it bought a 30 per cent stake from the Finnish maker Pakkasmarja.", "Pakkasmarja"),
])
def test_no_supplier_for_a_business_bought_from_a_maker(body, name):
    assert ("supplier", name) not in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 2000 Orvella opened a cold store at Valga, built by the Tartu firm Laane Ehitus.", "Laane Ehitus"),
    ("In 2014 it installed a blast freezer built by the Italian maker Freddomeccanica.", "Freddomeccanica"),
    ("The Rae plant was built over fourteen months by the Viljandi contractor Soosaar Builders and opened in 2009.",
     "Soosaar Builders"),
])
def test_builder_named_as_a_firm_or_maker(body, name):
    assert ("supplier", name) in _pairs(body)


def test_builder_firm_of_a_building_later_bought():
    body = "The mill, built in 1931 by the Tartu firm Kivi Ehitus, was bought by Orvella in 2004."
    assert ("supplier", "Kivi Ehitus") not in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 2014 the Nordic Investment Bank lent the company €20 million, and Swedbank €8 million.", "Swedbank"),
    ("The [[European Investment Bank]] lent the company €35 million for the Valga plant in March 2016, and "
     "[[Luminor Bank]] a further €18 million (about US$20 million).", "Luminor Bank"),
    # a loan to a venture of the company, read from the history's loan
    ("In 2014 the [[International Finance Corporation]] lent Valga Terminal US$35 million, and [[Luminor Bank]] a "
     "further US$18 million.", "Luminor Bank"),
])
def test_second_lender_with_its_verb_left_out(body, name):
    assert ("lender", name) in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 2014 the Nordic Investment Bank lent the company €20 million, and Swedbank arranged the bond issue.",
     "Swedbank"),
    ("In 2014 the Nordic Investment Bank lent the company €20 million, and Orvella spent €8 million of its own.",
     "Orvella"),
])
def test_no_gapped_lender_without_its_sum(body, name):
    assert ("lender", name) not in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 2004 the private-equity firm Gulf Horizon Capital paid US$120 million for 30 per cent of the company.",
     "Gulf Horizon Capital"),
    ("In March 2003 the Estonian National Provident Fund paid €7.5 million for new shares equal to 20 per cent of "
     "the enlarged company.", "Estonian National Provident Fund"),
])
def test_stake_told_by_the_price_paid(body, name):
    assert ("investor", name) in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("In 1998 it paid €64 million for 51 per cent of Heritage Merchant Bank, a Tallinn lender.",
     "Heritage Merchant Bank"),
    ("In 2009 Sumitomo Metal Mining paid US$520 million for a 30 per cent interest in the Valga mine.",
     "Sumitomo Metal Mining"),
])
def test_no_investor_for_a_share_of_another(body, name):
    assert ("investor", name) not in _pairs(body)


@pytest.mark.parametrize("body, name", [
    ("Containers leave from the port of Pärnu and from [[Muuga Harbour]] on ships of [[Maersk]] and [[CMA CGM]].",
     "CMA CGM"),
    ("Frozen peas are packed in cartons and leave through Muuga, most of them on ships of [[Hapag-Lloyd]].",
     "Hapag-Lloyd"),
    ("Peas for Asia are shipped in refrigerated containers from the [[Port of Tallinn]], mostly by [[Maersk]].",
     "Maersk"),
])
def test_carrier_named_by_its_ships(body, name):
    assert ("supplier", name) in _pairs(body)


_KCA = ("{{Infobox company\n| name = Kenitra Câblage Automobile\n}}\n"
        "'''Kenitra Câblage Automobile''' ('''KCA''') is a Moroccan maker of wiring harnesses.\n\n== History ==\n"
        "KCA was founded in 2003. KCA grew. KCA makes harnesses.\n")


def _kca(body: str) -> set[tuple[str, str]]:
    return {(p.rsplit("/", 1)[-1].rsplit("#", 1)[-1], n)
            for p, n in _facts(body, title="Kenitra Câblage Automobile", lead=_KCA)}


@pytest.mark.parametrize("body, name", [
    ("In June 2017 [[Stellaris Motors]] chose KCA to supply the harnesses of its new city car.", "Stellaris Motors"),
    ("The oil consortium [[Karachaganak Petroleum]] had chosen it in April of that year to fly its rotation workers.",
     "Karachaganak Petroleum"),
])
def test_buyer_that_chose_the_company(body, name):
    assert ("customer", name) in _kca(body)


@pytest.mark.parametrize("body, name", [
    ("In 2015 Ravel, the French brand of the [[Stellaris Motors|Stellaris]] group, chose KCA to make the harness of "
     "its van.", "Stellaris Motors"),
    ("In 2018 KCA chose [[Nexwire]] to supply its copper wire.", "Nexwire"),
])
def test_no_customer_for_an_apposition_or_a_firm_the_company_chose(body, name):
    assert ("customer", name) not in _kca(body)
