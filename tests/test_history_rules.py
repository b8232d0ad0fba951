"""General rules of the history extractor, each on a sentence written for the test (issue 14:
events without the usual trigger, dates, hedges, who did what to whom, and the defects seen
in the output: a place as an exchange, a guest as a participant, a stake's seller as the
target, an affiliate's founding as the company's)."""

from __future__ import annotations

from decimal import Decimal

from kg.extractors.event_cues import event_types
from kg.extractors.history import events
from kg.sources import Page
from kg.text.mentions import company_names
from kg.text.parse import parse_article

LEAD = "'''Acme Corp''' is a maker of widgets.\n\n== History ==\n"


def _events(history: str, title: str = "Acme Corp", lead: str = LEAD):
    return [e for e, _ in events(parse_article(Page(title, lead + history)))]


def _summary(evs):
    return [(e.type, e.date.iso) for e in evs]


def _roles(event):
    return {(p.entity.label, p.role) for p in event.participants}


# ---------------------------------------------------------------- defects of the issue


def test_a_place_is_not_an_exchange_and_the_label_names_the_exchange():
    # defect 6: "headquartered in Boston, Massachusetts, and ... listed on the Nasdaq"
    [ipo] = _events("The firm is based in [[Leeds]], [[West Yorkshire]], and has been listed on the "
                    "[[London Stock Exchange]] since 2004.\n")
    assert ipo.type == "ipo" and ipo.date.iso == "2004"
    assert _roles(ipo) == {("London Stock Exchange", "exchange")}
    assert ipo.label == "Listing on London Stock Exchange"


def test_a_guest_of_honour_is_no_participant():
    # defect 8: "Opening in Noida and Narendra Modi"
    [opening] = _events("In 2015, Acme opened its largest factory in [[Pune]], with guests of honour including "
                        "the Chief Minister [[Devendra Fadnavis]].\n")
    assert opening.type == "expansion" and _roles(opening) == {("Pune", "location")}
    assert opening.label == "Opening in Pune"


def test_the_owner_of_a_stake_bought_is_the_seller():
    # defect 8: "Acquisition of Sony" was the purchase of Sony's stake in a joint venture
    [stake] = _events("In 2012, it was announced that Acme had acquired the stake of [[Hitachi]] in the joint venture.\n")
    assert stake.type == "acquisition" and _roles(stake) == {("Hitachi", "seller")}
    assert stake.label == "Acquisition of a stake from Hitachi"
    [other] = _events("In 2019 the [[Norwegian Pension Fund]] bought [[Temasek]]'s 20 per cent stake for an undisclosed sum.\n")
    assert other.type == "acquisition"
    assert _roles(other) == {("Norwegian Pension Fund", "acquirer"), ("Temasek", "seller")}
    assert other.label == "Stake bought by Norwegian Pension Fund from Temasek"
    [minority] = _events("In 2001, Acme bought a 30% stake in [[Widgetron]].\n")
    assert _roles(minority) == {("Widgetron", "target")} and minority.label == "Acquisition of a stake in Widgetron"


def test_a_management_buyout_of_a_unit_is_a_divestiture():
    # defect 8: "Acquisition of Rollei" was Rollei's management buying the company from Samsung
    evs = _events("Acme bought the Dutch lens maker [[Optiflex]] in 1990. In 1997, Optiflex management bought out the company.\n")
    assert _summary(evs) == [("acquisition", "1990"), ("divestiture", "1997")]
    assert _roles(evs[1]) == {("Optiflex", "asset")} and evs[1].label == "Management buyout of Optiflex"


def test_an_affiliates_founding_is_not_the_companys():
    # defect 8: Samsung Biologics, Samsung Life Insurance
    lead = "'''Acme Group''' is a conglomerate.\n\n== Affiliates ==\n"
    assert _events("Acme Biotech is a drug-making division of Acme, founded in 2008.\n", "Acme Group", lead) == []
    assert _events("It was founded in May 1961 as Eastern Mutual and became an affiliate of the Acme Group in 1970.\n",
                   "Acme Group", lead) == []
    assert _summary(_events("Acme was founded in 1921 by [[John Doe]].\n")) == [("founding", "1921")]


def test_the_doer_before_an_active_trigger_takes_the_subject_role():
    # "Samsung Techwin acquired Rollei" made both targets
    [buy] = _events("In 1993, [[Acme Optics]] acquired the camera maker [[Lumix Werke]].\n")
    assert _roles(buy) == {("Acme Optics", "acquirer"), ("Lumix Werke", "target")}
    assert buy.label == "Acquisition of Lumix Werke"
    [sold] = _events("In 2002, [[Widget Ltd]] was sold to [[Bolt Holdings]].\n")
    assert _roles(sold) == {("Widget Ltd", "asset"), ("Bolt Holdings", "buyer")}  # passive: no doer before it


def test_descriptions_are_no_participants():
    [buy] = _events("In 2010 Acme acquired Fernwood Labs, a [[Tucson]]-based developer of sensors, for US$80 million.\n")
    assert _roles(buy) == {("Fernwood Labs", "target")}
    [buy] = _events("In 2011 Acme bought Corvid Systems, a [[Reno, Nevada|Reno]] maker of drones.\n")
    assert _roles(buy) == {("Corvid Systems", "target")}
    [founded] = _events("Acme was founded in 1990 by Jan Holm, a former engineer at [[Volvo]], and "
                        "Eva Lind, who had worked for [[Ericsson]].\n")
    assert _roles(founded) == set()  # the founders are unlinked and the employers describe them


# ---------------------------------------------------------------- dates


def test_a_date_after_since_is_background():
    [chief] = _events("Maria Lopez, the company's finance director since 2011, succeeded Tom Field as chief executive "
                      "in March 2016.\n")
    assert (chief.type, chief.date.iso) == ("leadership_change", "2016-03")
    assert {"Maria Lopez", "Tom Field"} <= {p.entity.label for p in chief.participants}


def test_a_range_after_another_date_is_a_detail():
    [fine] = _events("In June 2015 the [[Food Standards Agency]] fined Acme £2 million for mislabelling products "
                     "between 2009 and 2012.\n")
    assert (fine.type, fine.date.iso) == ("fine", "2015-06")


def test_relative_dates_split_a_sentence_into_two_events():
    evs = _events("Acme adopted the name Acme Corp in May 1952, and its shares were listed on the "
                  "[[Toronto Stock Exchange]] the following year.\n")
    assert _summary(evs) == [("rename", "1952-05"), ("ipo", "1953")]
    evs = _events("Acme emerged from bankruptcy on June 2, 2011, and its new shares began trading on the "
                  "[[Nasdaq]] the same day.\n")
    assert _summary(evs) == [("bankruptcy", "2011-06-02"), ("ipo", "2011-06-02")]
    assert evs[0].label == "Emergence from bankruptcy"


def test_a_law_date_is_no_event_date():
    assert _events("The Rail Reform Act of March 1994 allowed Acme to expand into the north.\n") == []


def test_an_event_told_twice_keeps_the_precise_date_and_its_sentence():
    lead = ("'''Acme Corp''' is a maker of widgets. It grew through a 1972 merger with [[Bolt Works]] "
            "and the 1988 purchase of [[Nutco]].\n\n== History ==\n")
    found = events(parse_article(Page("Acme Corp", lead + "On 3 April 1972, Acme merged with [[Bolt Works]] "
                                      "in an exchange of shares.\n")))
    mergers = [(e, ds) for e, ds in found if e.type == "merger"]
    assert len(mergers) == 1 and mergers[0][0].date.iso == "1972-04-03"
    assert mergers[0][1].sentence.text.startswith("On 3 April 1972")
    assert _roles(mergers[0][0]) == {("Bolt Works", "partner")}
    assert [(e.type, e.date.iso) for e, _ in found if e.type == "acquisition"] == [("acquisition", "1988")]


# ---------------------------------------------------------------- kinds of events


def test_chapter_11_filing_and_emergence():
    evs = _events("On 4 May 2009, Acme filed for Chapter 11 protection in a bankruptcy court in [[Delaware]]. "
                  "Acme emerged from Chapter 11 in March 2010.\n")
    assert _summary(evs) == [("bankruptcy", "2009-05-04"), ("bankruptcy", "2010-03")]
    assert [e.label for e in evs] == ["Bankruptcy", "Emergence from bankruptcy"]
    assert evs[0].participants == ()  # the court's place is no party


def test_another_partys_own_event_is_not_the_companys():
    assert _events("[[Bolt Airways]], its main rival, sought bankruptcy protection in 2003.\n") == []
    evs = _events("In 2004 Acme spun off its sensor division as Sensa AG, whose shares began trading on the "
                  "[[SIX Swiss Exchange]] the same day.\n")
    assert _summary(evs) == [("divestiture", "2004")]


def test_take_private_and_delisting_are_one_buyout():
    evs = _events("On 2 March 2007 the company was taken private by [[Blue Ridge Capital]] in a £3 billion deal; "
                  "its shares were delisted from the [[London Stock Exchange]] the same day.\n")
    assert _summary(evs) == [("acquisition", "2007-03-02")]
    assert _roles(evs[0]) == {("Blue Ridge Capital", "acquirer")} and evs[0].label == "Acquired by Blue Ridge Capital"
    [gone] = _events("In 2016 Acme was delisted from the [[New York Stock Exchange]].\n")
    assert (gone.type, gone.label) == ("other", "Delisting from New York Stock Exchange")


def test_orders_agreements_and_memberships():
    [order] = _events("In May 2015 Acme ordered 12 freighters from [[Shipco]], valued at $400 million.\n")
    assert (order.type, order.label) == ("other", "Order from Shipco")
    assert [m.amount for m in order.amounts] == [400_000_000]
    [deal] = _events("In 2009 Acme signed a seven-year, £90 million contract with [[Serco]] to run its call centres.\n")
    assert deal.type == "partnership" and _roles(deal) == {("Serco", "partner")}
    [member] = _events("Acme became a full member of the [[Star Alliance]] on 1 May 2012.\n")
    assert (member.type, member.date.iso) == ("partnership", "2012-05-01")


def test_hedged_and_counterfactual_sentences_are_no_events():
    assert _events("In 2018 Acme denied reports that it was preparing to sell its paint business.\n") == []
    assert _events("In 2001 Acme and [[Bolt Works]] held talks on a merger, but the talks collapsed.\n") == []
    assert _events("In 2005 Acme reached an agreement with [[Nutco]] for a merger that would have created the "
                   "largest widget maker.\n") == []


def test_a_circumstance_after_the_event_is_not_the_event():
    [deal] = _events("In 2016 Acme signed a codeshare agreement with [[Delta Air Lines]], shortly after "
                     "Delta's merger with [[Northwest Airlines]].\n")
    assert deal.type == "partnership" and _roles(deal) == {("Delta Air Lines", "partner")}


def test_clause_after_but_with_its_own_date():
    evs = _events("The venture won a ten-year contract to run a port in [[Chittagong]] in 2001, but it was wound "
                  "down in 2006.\n")
    assert _summary(evs) == [("partnership", "2001"), ("divestiture", "2006")]


def test_people_named_around_a_change_of_chief():
    [change] = _events("Kim Osei stepped down in June 2019 and was succeeded by Paul Varga, the former head of sales.\n")
    assert change.type == "leadership_change"
    assert {("Kim Osei", "person"), ("Paul Varga", "person")} == _roles(change)


def test_places_after_a_place_qualify_it():
    [opening] = _events("In 1999 Acme opened a store in [[Gateshead]], [[Tyne and Wear]].\n")
    assert _roles(opening) == {("Gateshead", "location")}
    [two] = _events("In 2003 Acme opened stores in [[Leeds]] and [[York]].\n")
    assert _roles(two) == {("Leeds", "location"), ("York", "location")}


# ---------------------------------------------------------------- names and table


def test_the_company_short_name_and_former_bold_names():
    lead = ("'''Fenwick Holdings plc''' (until 1990 '''Northern Cables plc''') is a British company. Fenwick makes "
            "cables. Fenwick exports them. Fenwick employs 900 people.\n\n== History ==\n")
    art = parse_article(Page("Fenwick Holdings", lead + "In 1999 Fenwick opened a plant in [[Hull]].\n"))
    names = company_names(art)
    assert {"fenwick", "northern cables", "northern cables plc", "fenwick holdings"} <= names
    toronto = parse_article(Page("Toronto Star", "The '''Toronto Star''' is a newspaper in [[Toronto]]. "
                                 "Toronto is a city. Toronto grew. Toronto is big.\n"))
    assert "toronto" not in company_names(toronto)


def test_variant_rows_refine_a_type_and_inherit_what_they_leave_empty():
    types = event_types()
    for key, t in types.items():
        base = types[t.type]
        assert base.type == t.type
        if t.type != key:
            assert (t.label, t.category) == (base.label, base.category)
    assert types["emergence"].type == "bankruptcy" and not types["emergence"].once
    assert types["stake"].object_cues == types["acquisition"].object_cues


# ---------------------------------------------------------------- confidence


def _facts(text: str, title: str = "Acme Corp"):
    from kg.extractors.history import extract

    return list(extract(parse_article(Page(title, text))))


def _logit(p: Decimal) -> float:
    import math
    return math.log(float(p) / (1 - float(p)))


def test_confidence_follows_the_strength_of_the_evidence():
    strong = _facts(LEAD + "In March 2004, Acme acquired [[Bolt Works]].\n")
    carried = _facts(LEAD + "===2004===\nAcme acquired [[Bolt Works]].\n")
    lead_only = _facts("'''Acme Corp''' is a maker of widgets. In 2004 it acquired [[Bolt Works]].\n")
    elsewhere = _facts("'''Acme Corp''' is a maker of widgets.\n\n== Products ==\nIn March 2004, Acme acquired [[Bolt Works]].\n")
    announced = _facts(LEAD + "In March 2004, Acme announced that its chief executive would be replaced by Jo Ray.\n")
    means = _facts(LEAD + "In March 2004, Acme expanded into Wales by purchasing six stores from [[Bolt Works]].\n")
    done = _facts(LEAD + "In March 2004, the chief executive of Acme was replaced by Jo Ray.\n")
    [s], [c], [lead], [e], [a], [m], [d] = strong, carried, lead_only, elsewhere, announced, means, done
    # the weights are fitted on the gold (tools/fit_event_confidence.py): a plain acquisition in a
    # History section with its date in the clause is the strongest of these tellings; a weaker
    # telling of the same event is further below, and an announced change below the change told
    # as done. Since round 13's refit (a wrong event weighs three right ones) the plain one sits
    # just under 0.8 (0.77): "acquired" is the broad trigger most often wrong on new text (goods
    # bought, other parties' deals), so an acquisition reaches 0.8 told twice or with a narrower cue;
    # round 15 fits the weights on first-sight records alone (a wrong event weighing 4.5 right ones),
    # where the plain telling sits at 0.59
    assert Decimal("0.55") <= s.provenance.confidence
    for weaker in (c, lead, e, m):
        assert weaker.provenance.confidence < min(s.provenance.confidence, Decimal("0.8")), weaker
    assert a.value.type == d.value.type == "leadership_change"
    # compared on the model's own scale (log-odds), where the announced penalty adds up: near 1 the
    # probabilities of two strong tellings draw together however large the penalty
    # (round 14's refit with blind15 in the fit: the announced penalty is -0.97, the gap 0.97)
    assert _logit(a.provenance.confidence) < _logit(d.provenance.confidence) - 0.9
    assert str(s.provenance.confidence).count(".") == 1 and len(str(s.provenance.confidence).split(".")[1]) == 2


def test_an_event_told_in_the_lead_and_the_history_keeps_a_high_confidence():
    facts = _facts("'''Acme Corp''' is a maker of widgets. In 2004 it acquired [[Bolt Works]].\n\n== History ==\n"
                   "On 2 March 2004, Acme acquired [[Bolt Works]] for $30 million.\n")
    [fact] = facts
    once = _facts(LEAD + "On 2 March 2004, Acme acquired [[Bolt Works]] for $30 million.\n")[0]
    # (0.9 and above until round 15's refit on first-sight records; 0.84 since)
    assert fact.value.date.iso == "2004-03-02" and fact.provenance.confidence >= Decimal("0.8")
    assert fact.provenance.confidence > once.provenance.confidence


def test_a_follow_up_sentence_about_the_company_takes_the_date_before_it():
    evs = _events("In 2009, Acme posted its first loss. It cut 400 jobs at its plant in [[Derby]].\n")
    assert _summary(evs) == [("layoffs", "2009")]
    facts = _facts(LEAD + "In 2009, Acme posted its first loss. It cut 400 jobs at its plant in [[Derby]].\n")
    direct = _facts(LEAD + "In 2009, Acme cut 400 jobs at its plant in [[Derby]].\n")
    assert facts[0].provenance.confidence < direct[0].provenance.confidence  # a carried date is weaker evidence
    # another subject, another paragraph or no date before: no date to carry
    assert _events("In 2009, Acme posted its first loss. [[Bolt Works]] cut 400 jobs.\n") == []
    assert _events("In 2009, Acme posted its first loss.\n\nIt cut 400 jobs.\n") == []


def test_the_person_who_opens_a_site_is_no_location():
    [opening] = _events("The plant was officially opened in 1991 by the then Prime Minister, [[John Major]].\n")
    assert opening.type == "expansion" and opening.participants == ()


def test_the_next_sentence_about_the_deal_gives_its_amount():
    [venture] = _events("In May 2012 Acme formed a joint venture with [[Bolt Works]]. The venture was capitalized "
                        "with €40 million and makes fasteners.\n")
    assert venture.type == "joint_venture" and [(m.amount, m.currency) for m in venture.amounts] == [(40_000_000, "EUR")]
    # a sentence about something else lends it nothing
    [venture] = _events("In May 2012 Acme formed a joint venture with [[Bolt Works]]. Sales reached €40 million.\n")
    assert venture.amounts == ()


def test_a_range_holds_the_start_and_the_end_of_what_the_company_made():
    evs = _events("From 1952 to 1988, Acme produced a small family car, the Acme Minor.\n")
    assert _summary(evs) == [("product_launch", "1952"), ("divestiture", "1988")]
    assert [e.label for e in evs] == ["Launch of Acme Minor", "End of Acme Minor"]
    assert _events("From 1952 to 1988, [[Bolt Works]] produced the car for Acme.\n") == []  # another maker


def test_a_date_relative_to_the_launch_gives_the_launch():
    evs = _events("The Acme Daily, an evening paper, was discontinued in March 2012, fourteen months after its launch.\n")
    assert _summary(evs) == [("divestiture", "2012-03"), ("product_launch", "2011-01")]
    assert evs[1].label == "Launch of The Acme Daily"


def test_a_price_per_share_is_not_the_amount_and_before_a_year_is_no_date():
    [ipo] = _events("On 3 May 2010, Acme listed its shares on the [[Nasdaq]], raising US$200 million at US$12 per share.\n")
    assert [(m.amount, m.currency) for m in ipo.amounts] == [(200_000_000, "USD")]
    assert _events("All Acme cars sold before 2015 were built at the plant in [[Graz]].\n") == []


def test_leveraged_buyouts_and_going_private_are_acquisitions_of_the_company():
    [lbo] = _events("In 1989 [[Kohlberg Kravis Roberts]] completed a leveraged buyout of Acme for $25 billion.\n")
    assert (lbo.type, lbo.label) == ("acquisition", "Acquired by Kohlberg Kravis Roberts")
    [private] = _events("In 2013 the company went private after its founder bought out the other shareholders.\n")
    assert (private.type, private.date.iso) == ("acquisition", "2013")
    [strike] = _events("In March 1984 about 3,000 Acme miners went on strike over pit closures.\n")
    assert strike.type == "strike"
