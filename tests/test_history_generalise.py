"""Rules of the history extractor written for text it was not tuned on (issue 14, second
round): each on sentences written for the test, never copied from the development articles."""

from __future__ import annotations

from kg.extractors.history import events
from kg.sources import Page
from kg.text.mentions import company_names
from kg.text.parse import parse_article
from tests.test_history_rules import _events, _roles, _summary

# ---------------------------------------------------------------- the company's names


def test_a_short_name_that_a_link_also_uses_for_a_place_is_still_the_company():
    lead = ("'''Wattle Systems Ltd''' is a software company.\n\n== History ==\n"
            "Wattle was set up in 1990 in an office in the town of [[Wattle, Queensland|Wattle]]. "
            "Wattle floated on the [[Australian Securities Exchange|ASX]] in 1996. "
            "In 2001 Wattle bought [[Gumtree Data]] for $12 million.\n")
    art = parse_article(Page("Wattle Systems", lead))
    assert "wattle" in company_names(art)
    evs = [e for e, _ in events(art)]
    assert ("ipo", "1996") in _summary(evs)
    [buy] = [e for e in evs if e.type == "acquisition"]
    assert _roles(buy) == {("Gumtree Data", "target")}  # not the town
    # a place that only grows and lies somewhere is not the company
    toronto = parse_article(Page("Toronto Star", "The '''Toronto Star''' is a newspaper in [[Toronto|the city]]. "
                                 "Toronto is a city. Toronto grew. Toronto is big. Toronto lies on a lake.\n"))
    assert "toronto" not in company_names(toronto)


def test_the_title_last_word_after_the_only_where_the_article_capitalises_it():
    star = parse_article(Page("Harbour Star", "The '''Harbour Star''' is a newspaper. The Star was first printed "
                              "in 1901.\n"))
    assert "the star" in company_names(star)
    steel = parse_article(Page("Kanto Steel", "'''Kanto Steel''' is a steelmaker. It sells the steel it makes.\n"))
    assert "the steel" not in company_names(steel)


# ---------------------------------------------------------------- hedges and failures


def test_a_failure_before_the_trigger_counts_only_in_the_trigger_stretch():
    [buy] = _events("When [[Zeta Telecom]] collapsed in May 2001, Acme bought 5,000 of its customers from the "
                    "administrators for $3 million.\n")
    assert (buy.type, buy.date.iso) == ("acquisition", "2001-05")
    assert _events("In 2010 Acme abandoned its acquisition of [[Foo Widgets]].\n") == []
    assert _events("In 2011, Acme's attempted takeover of [[Bar Gears]] was blocked by regulators.\n") == []


# ---------------------------------------------------------------- dates


def test_the_following_year_counts_from_the_last_date_of_the_clause_before():
    evs = _events("Acme was founded in 1950, nationalised by the state in 1970 and listed on the "
                  "[[Oslo Stock Exchange]] the following year.\n")
    assert ("ipo", "1971") in _summary(evs)


def test_a_clause_with_several_years_dates_its_trigger_by_the_nearest():
    lead = ("'''Acme Corp''' is a maker of widgets. The company was set up in 1960, was listed on the "
            "[[Oslo Stock Exchange]] from 1990 to 2004, and grew through the 1986 purchase of [[Bolt Works]] "
            "into the largest maker in Norway by 2010.\n\n== History ==\n")
    evs = _events("", lead=lead)
    assert {("founding", "1960"), ("ipo", "1990"), ("acquisition", "1986")} <= set(_summary(evs))
    # a year after "since" is background, not the appointment's date
    [ceo] = _events("In June 2016 it was announced that Jo Bloggs, chief executive since 2010, would be replaced "
                    "by [[Sam Smith (businessman)|Sam Smith]].\n")
    assert ceo.date.iso == "2016-06"


def test_a_date_before_before_does_not_date_what_follows():
    evs = _events("Acme went through a restructuring in 2010 before being bought by [[Orkla]].\n")
    assert [e for e in evs if e.type == "acquisition"] == []


def test_a_take_private_told_in_the_lead_and_in_the_history_is_one_event():
    lead = ("'''Acme Corp''' is a maker of widgets. It was listed on the [[Oslo Stock Exchange]] from 1999 "
            "until April 2021, when it was taken private by [[Nordic Capital]] for $4 billion.\n\n== History ==\n")
    evs = _events("In 1999 Acme was listed on the [[Oslo Stock Exchange]]. In November 2020 [[Nordic Capital]] "
                  "agreed to buy Acme for $4 billion.\n", lead=lead)
    buys = [e for e in evs if e.type == "acquisition"]
    assert [e.date.iso for e in buys] == ["2020-11"]
    assert _roles(buys[0]) == {("Nordic Capital", "acquirer")}


def test_a_coordinated_predicate_of_another_kind_is_an_event_of_its_own():
    evs = _events("In 2015 Acme closed 60 stores and shed about 4,200 jobs.\n")
    assert set(_summary(evs)) == {("divestiture", "2015"), ("layoffs", "2015")}
    # the act of another subject is not the company's: Lee's plant belongs to what Lee founded
    evs = _events("In 1954, Lee founded [[Acme Textiles]] and built a plant in [[Daegu]].\n")
    assert [e.type for e in evs] == ["founding"]


# ---------------------------------------------------------------- more ways to tell an event


def test_closures_are_divestitures_and_a_temporary_shutdown_is_none():
    assert _summary(_events("In 1978 Acme closed the old rolling mill at [[Hull]].\n")) == [("divestiture", "1978")]
    assert _summary(_events("In May 2009 the Acme printing plant was closed.\n")) == [("divestiture", "2009-05")]
    assert _summary(_events("In October 2023 it announced the closure of the magazine ''Widget World''.\n")) == [
        ("divestiture", "2023-10")]
    assert _events("The Hull works was shut for almost three months after the flood of January 2007.\n") == []


def test_a_trigger_in_a_phrase_of_terms_yields_to_the_event_before_it():
    [launch] = _events("Zip Mobile was launched by Acme in May 2009, using [[Vodafone]]'s network under a "
                       "wholesale agreement.\n")
    assert launch.type == "product_launch"
    [alliance] = _events("In 2004 Acme formed a capital alliance with [[Kansai Wire]], under which each company "
                         "took a stake of about 2 per cent in the other.\n")
    assert alliance.type == "partnership" and _roles(alliance) == {("Kansai Wire", "partner")}


def test_a_successor_taking_over_is_no_acquisition_and_other_changes_of_chief():
    evs = _events("O'Brien resigned as chief executive in 2008; Patel, who had been finance director, took over.\n")
    assert [e.type for e in evs] == ["leadership_change"]
    assert _summary(_events("Jo Smith retired in 2016 and was replaced by Sam Lee, the head of sales.\n")) == [
        ("leadership_change", "2016")]
    assert _summary(_events("Hans Acme handed the management to his daughter Greta in 1978.\n")) == [
        ("leadership_change", "1978")]
    [buy] = _events("In 2009 Acme took over [[Bolt Works]], a rival in [[Leeds]].\n")
    assert buy.type == "acquisition"


def test_agreements_told_without_the_usual_words():
    cases = {
        "In 1984 the company joined a consortium of banks that founded the card issuer [[Nordcard]].": "joint_venture",
        "In 2008 Acme launched a co-branded credit card with [[Big Bank]].": "partnership",
        "In 2020 Acme began selling through [[Shopee]].": "partnership",
        "In 2015 Acme began bundling [[Spotify]] subscriptions with its mobile plans.": "partnership",
        "In 2012 it chose [[Nokia]] to supply a new core network.": "partnership",
        "A licensing agreement with [[Bolt Corp]] was signed in 1961.": "partnership",
    }
    for sentence, kind in cases.items():
        assert [e.type for e in _events(sentence + "\n")] == [kind], sentence
    # selling in a new country through a retailer is an expansion
    assert [e.type for e in _events("In 2020 Acme began selling in Norway through [[Rema 1000]].\n")] == ["expansion"]


def test_launches_recalls_and_refoundings_in_other_words():
    cases = {
        "In 1950 Acme relaunched ''Widget Weekly'' as a monthly.": "product_launch",
        "Acme started ''Widget Weekly'', one of the first trade magazines, in 1926.": "product_launch",
        "In 2013 Acme began a discount format, Acme Express.": "product_launch",
        "In March 2017 Acme withdrew from its shelves the frozen pies of its own brand.": "recall",
        "In 2019 Acme withdrew the frozen pies from sale.": "recall",
        "The company was refounded in [[Hamburg]] in 1949.": "founding",
    }
    for sentence, kind in cases.items():
        assert [e.type for e in _events(sentence + "\n")] == [kind], sentence


def test_insolvency_told_in_other_words_and_its_end():
    cases = {
        "In June 2019 Acme was placed in voluntary administration.": ("bankruptcy", "2019-06"),
        "On 3 May 2016 the company filed for ''concordata'' in a Lisbon court.": ("bankruptcy", "2016-05-03"),
        "In March 2023 the district court approved Acme's application for company reconstruction.":
            ("bankruptcy", "2023-03"),
        "The reconstruction ended in September 2023.": ("bankruptcy", "2023-09"),
        "In August 2019 the court declared the judicial recovery concluded.": ("bankruptcy", "2019-08"),
    }
    for sentence, want in cases.items():
        assert _summary(_events(sentence + "\n")) == [want], sentence


def test_strikes_job_losses_awards_and_inquiries_in_other_words():
    cases = {
        "In 1962 the company union struck for 30 days over pay.": "strike",
        "In March 2019 technicians at Acme held rolling strikes.": "strike",
        "In 2020 the company cut 80 of its 250 jobs.": "layoffs",
        "In 2009 most of its 600 employees lost their jobs.": "layoffs",
        "In 2023 Acme announced the loss of 170 jobs.": "layoffs",
        "In 2015 it was named broadband provider of the year by a consumer magazine.": "award",
        "In 2019 the widget won the Swedish food industry's Golden Apple innovation prize.": "award",
        "In 2009 the magazine ''Money'' named Acme the best company in its sector.": "award",
        "In 2016 the regulator began looking into Acme's speed advertising.": "investigation",
    }
    for sentence, kind in cases.items():
        assert [e.type for e in _events(sentence + "\n")] == [kind], sentence


def test_money_in_other_words_is_a_funding_round():
    cases = [
        "In 1998 [[Big Bank]] invested $45 million for a 30 per cent stake.",
        "In 2016 the innovation agency [[Vinnova]] gave the company a grant of SEK 2.5 million.",
        "In 2023 Acme raised SEK 120 million in a directed share issue to [[Nordic Ventures]].",
    ]
    for sentence in cases:
        assert [e.type for e in _events(sentence + "\n")] == ["funding_round"], sentence
    # the company buying a stake in another is no funding round of its own
    assert [e.type for e in _events("In 2001 Acme invested $5 million for a 10 per cent stake in [[Bolt Works]].\n")
            ] != ["funding_round"]


def test_licences_expropriations_legal_forms_and_formats_are_other_events():
    [licence] = _events("In 1997 Acme was granted a carrier licence by the [[Telecoms Authority]].\n")
    assert (licence.type, licence.label) == ("other", "Licence granted by Telecoms Authority")
    [route] = _events("In June 1934 the [[Post Office Department]] awarded the new company Air Mail Route 29 between "
                      "[[Wichita, Kansas|Wichita]] and [[Tulsa, Oklahoma|Tulsa]].\n")
    assert route.type == "other" and _roles(route) == {("Post Office Department", "regulator")}
    [taken] = _events("In 1948 the military administration expropriated the company without compensation.\n")
    assert taken.type == "other" and taken.label == "Expropriation"
    [form] = _events("In 1998 Acme was converted into a stock corporation again.\n")
    assert (form.type, form.label) == ("other", "Change of legal form")
    [shop] = _events("In 1964 the couple converted the shop to self-service.\n")
    assert (shop.type, shop.label) == ("other", "Change of format")
    [gone] = _events("Acme's shares ceased to be traded on the [[Oslo Stock Exchange]] on 31 March 2020.\n")
    assert (gone.type, gone.date.iso) == ("other", "2020-03-31")


def test_a_new_legal_form_under_a_new_name_is_a_rename():
    for sentence in ("In 1898 the business became a stock corporation, Acme Verlag AG.",
                     "Acme Verlag AG became a European company (SE) under the name Acme Medien SE in 2016.",
                     "In 1921 the partnership was converted into a joint-stock company, Acme Chemie AG."):
        assert [e.type for e in _events(sentence + "\n")] == ["rename"], sentence


def test_a_participle_after_a_comma_tells_its_own_event_but_never_a_founding():
    lead = ("'''Acme Corp''' is a publisher. The company was founded as a printing house in [[Leipzig]] in 1864, "
            "nationalised in 1948 and refounded in [[Hamburg]] the following year.\n\n== History ==\n")
    assert set(_summary(_events("", lead=lead))) == {("founding", "1864"), ("other", "1948"), ("founding", "1949")}
    evs = _events("In 2005 Acme bought [[Bolt Works]], founded in 1990 by two engineers.\n")
    assert _summary(evs) == [("acquisition", "2005")]


def test_a_place_is_no_party_but_a_state_may_be():
    [route] = _events("In 1950 Acme signed a contract with [[Leeds]] and [[Bolt Works]].\n")
    assert _roles(route) == {("Bolt Works", "partner")}
    [suit] = _events("In 1969 the [[United States]] sued Acme over its pricing.\n")
    assert ("United States", "party") in _roles(suit)


def test_an_event_noun_or_a_when_clause_of_another_kind_is_its_own_event():
    evs = _events("In October 2023 Acme announced the closure of the magazine ''Widget World'' and the loss of "
                  "120 jobs.\n")
    assert set(_summary(evs)) == {("divestiture", "2023-10"), ("layoffs", "2023-10")}
    evs = _events("The founder's partners were bought out in 1898, when the business became a stock corporation, "
                  "Acme Verlag AG.\n")
    assert {e.type for e in evs} == {"acquisition", "rename"}
    evs = _events("On 1 April 1970 the company merged with [[Bolt Works]], a pipe maker in [[Sakai]], and took its "
                  "present name, Acme Bolt Corporation.\n")
    assert {e.type for e in evs} == {"merger", "rename"}


def test_openings_told_by_what_was_built_or_what_followed():
    cases = {
        "A second store followed in the [[Batel]] neighbourhood in 1966.": ("expansion", "1966"),
        "A second furnace followed in 1967.": ("expansion", "1967"),
        "The chain reached [[Florianópolis]] in 1971.": ("expansion", "1971"),
        "In October 1962 the first blast furnace at the Hull Works was lit.": ("expansion", "1962-10"),
        "The paper's printing plant was rebuilt in [[Stahmeln]] in 1994.": ("expansion", "1994"),
        "Demand during the war allowed it to build its own steel plant at [[Hull]] in 1916.": ("expansion", "1916"),
        "The ''Widget'' burger followed in 2018.": ("product_launch", "2018"),
        "In 2014 Acme was added to the ministry's dirty list of employers.": ("fine", "2014"),
    }
    for sentence, want in cases.items():
        assert _summary(_events(sentence + "\n")) == [want], sentence


def test_a_relative_date_after_and_starts_a_clause_and_a_verbless_one_repeats_the_event():
    evs = _events("The chain reached [[Florianópolis]] in 1971, and a central warehouse was built in [[Curitiba]] "
                  "three years later.\n")
    assert _summary(evs) == [("expansion", "1971"), ("expansion", "1974")]
    evs = _events("Acme began selling in Norway through [[Rema 1000]] in 2020, and in Finland through [[Kesko]] a "
                  "year later.\n")
    assert _summary(evs) == [("expansion", "2020"), ("expansion", "2021")]
    # a dated clause with a verb of its own repeats nothing
    evs = _events("In 2015 Acme bought [[Bolt Works]], and in October 2018 Acme announced its intention to acquire "
                  "[[Red Hat]].\n")
    assert _summary(evs) == [("acquisition", "2015")]


def test_the_owners_selling_the_company_and_a_creditors_plan():
    [sale] = _events("In 1936 the family was forced to sell a majority of the shares to the publisher [[Eher Verlag]].\n")
    assert sale.type == "acquisition" and _roles(sale) == {("Eher Verlag", "acquirer")}
    evs = _events("On 18 April 2016 Acme filed for bankruptcy protection. Creditors approved a restructuring plan that "
                  "December.\n")
    assert _summary(evs) == [("bankruptcy", "2016-04-18"), ("bankruptcy", "2016-12")]


def test_a_table_row_told_in_the_prose_is_one_event_with_the_row_target():
    history = ("In 1970 Acme bought a 60 per cent stake in Kobe Special Steel of [[Yokohama]].\n\n"
               "=== Major acquisitions ===\n"
               "{| class=\"wikitable\"\n! Year !! Company !! Stake !! Price\n|-\n"
               "| 1970 || Kobe Special Steel || 60% || undisclosed\n|-\n"
               "| 1984 || Kobe Special Steel || remaining 40% || ¥9.6 billion\n|}\n")
    evs = [e for e in _events(history) if e.type == "acquisition"]
    assert sorted(e.date.iso for e in evs) == ["1970", "1984"]


def test_an_opening_by_the_founders_on_the_founding_date_is_the_founding():
    lead = ("{{Infobox company\n| name = Acme\n| founded = {{Start date and age|1958|5|12}}\n}}\n"
            "'''Acme''' is a retailer.\n\n== History ==\n")
    evs = _events("On 12 May 1958 Manuel Sousa and his wife Ilse Sousa opened a dry-goods store called Armazém Acme.\n"
                  "In 1966 Acme opened a second store in [[Batel]].\n", title="Acme", lead=lead)
    assert _summary(evs) == [("founding", "1958-05-12"), ("expansion", "1966")]
    assert _roles(evs[0]) == {("Manuel Sousa", "founder"), ("Ilse Sousa", "founder")}


def test_an_incorporation_under_a_name_after_the_founding_is_a_rename():
    lead = ("{{Infobox company\n| name = Acme\n| founded = March 1907\n}}\n"
            "'''Acme Steel''' is a steelmaker.\n\n== History ==\n")
    evs = _events("Kihei Tsuru established Acme Wire Works in March 1907. The business was incorporated as Acme "
                  "Steel Works, Ltd. in 1919.\n", title="Acme Steel", lead=lead)
    assert _summary(evs) == [("founding", "1907-03"), ("rename", "1919")]


def test_another_partys_purchase_and_a_count_reached_by_a_year_are_no_events():
    evs = _events("Merger talks with [[Zeta Net]] in 2013 ended without a deal, and Zeta Net was later bought by "
                  "[[TPG Telecom|TPG]].\n")
    assert [e for e in evs if e.type == "acquisition"] == []
    [buy] = _events("In 2014 [[Bolt Works]] was bought by Acme for $5 million.\n")
    assert buy.type == "acquisition" and _roles(buy) == {("Bolt Works", "target")}
    evs = _events("In 1991 Acme formed a joint venture with [[Sonae]]; the venture opened six stores by 1995.\n")
    assert _summary(evs) == [("joint_venture", "1991")]


def test_what_is_told_as_part_of_the_deal_before_is_no_event_of_its_own():
    evs = _events("On 6 February 2024 [[Orkla]] agreed to buy Acme for about SEK 210 million. The acquisition was "
                  "completed in April, and the shares were delisted from [[Nasdaq First North]].\n")
    assert _summary(evs) == [("acquisition", "2024-02-06")]
    evs = _events("Acme was listed on [[Nasdaq First North]] on 10 June 2021. The offering raised SEK 750 million.\n")
    assert _summary(evs) == [("ipo", "2021-06-10")]
    # a delisting a year after a stake bought by another firm is an event of its own
    evs = _events("In August 2019 [[KKR]] had acquired 43 per cent of the shares. Acme's shares ceased to be traded on "
                  "the [[Frankfurt Stock Exchange]] on 31 March 2020.\n")
    assert ("other", "2020-03-31") in _summary(evs)


def test_a_store_opened_on_a_marketplace_is_a_partnership():
    [deal] = _events("In 2020 Acme opened a store on [[Mercado Livre]].\n")
    assert deal.type == "partnership" and _roles(deal) == {("Mercado Livre", "partner")}
