"""The article model: one parse, sections, sentences with links and citations."""

from __future__ import annotations

import pytest
from corpus import wiki

from kg.sources import Page
from kg.sources.files import read_wiki_file
from kg.text.parse import parse_article, split_sentences


@pytest.fixture(scope="module")
def sensetime():
    return parse_article(read_wiki_file(wiki("SenseTime")))


def _sentence(article, start):
    return next(s for s in article.sentences if s.text.startswith(start))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("He moved to the U.S. in 1990. Then he left.", ["He moved to the U.S. in 1990.", "Then he left."]),
        ("Acme Inc. bought Foo Ltd. in 2001. It grew.", ["Acme Inc. bought Foo Ltd. in 2001.", "It grew."]),
        ("It ranked No. 1 in 2019. Sales rose.", ["It ranked No. 1 in 2019.", "Sales rose."]),
        ("Founded by J. R. Smith in 1901. It failed.", ["Founded by J. R. Smith in 1901.", "It failed."]),
        ('He said "we won." Then it ended.', ['He said "we won."', "Then it ended."]),
        ("Revenue was 2.5 billion. In 2020 it fell.", ["Revenue was 2.5 billion.", "In 2020 it fell."]),
        # after a company suffix a sentence opener starts a sentence; a name does not
        ("It acquired SPSS Inc. Later in 2009, it grew.", ["It acquired SPSS Inc.", "Later in 2009, it grew."]),
        ("Apple Inc. The order came.", ["Apple Inc.", "The order came."]),
        ("Apple Inc. Board members left.", ["Apple Inc. Board members left."]),
        # a currency written before its amount with a point does not end a sentence
        ("Workers struck for a daily wage of Rs.\xa01,000 in 2019. It agreed.",
         ["Workers struck for a daily wage of Rs.\xa01,000 in 2019.", "It agreed."]),
        ("It paid Rp. 2 trillion and Tk. 40 crore. Sales rose.", ["It paid Rp. 2 trillion and Tk. 40 crore.", "Sales rose."]),
    ],
)
def test_split_sentences_around_abbreviations(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_sections_form_a_tree(sensetime):
    paths = [s.path for s in sensetime.sections]
    assert paths[0] is None  # the lead
    assert "History" in paths
    assert "History > 2017" in paths
    assert "History > 2018" in paths
    assert "Controversies" in " ".join(p or "" for p in paths)


def test_sentence_keeps_links_as_mentions(sensetime):
    s = _sentence(sensetime, "SenseTime was co-founded in October 2014")
    titles = [m.entity.title for m in s.mentions]
    assert titles[:3] == ["Tang Xiao'ou", "Chinese University of Hong Kong", "Xu Li (computer scientist)"]
    m = s.mentions[2]
    assert s.text[m.start : m.end] == "Xu Li"
    assert s.section == "History > 2014"


def test_ref_attaches_to_the_sentence_it_closes(sensetime):
    s = _sentence(sensetime, "In October of that year, Qualcomm worked with SenseTime.")
    assert [c.url for c in s.citations] == [
        "https://www.qualcomm.com/news/releases/2017/10/20/sensetime-and-qualcomm-collaborate-drive-device-artificial-intelligence"
    ]
    following = _sentence(sensetime, "The following month, the Shanghai Municipal Government")
    assert [c.url for c in following.citations] == ["https://www.sensetime.com/road"]


def test_named_refs_resolve_to_their_definition():
    text = (
        "{{Infobox company|name=X}}\n'''X''' is a firm.<ref name=\":0\">{{cite web|url=https://a.example/1|title=One}}</ref>"
        " It grew in 2001.<ref name=\":0\" /> It shrank.<ref name=b/>\n\n"
        "==Later==\nIt closed.<ref name=b>{{cite news|url=https://b.example/2|title=Two|work=Paper}}</ref>"
    )
    art = parse_article(Page(title="X", wikitext=text))
    by_text = {s.text: s for s in art.sentences}
    assert [c.url for c in by_text["It grew in 2001."].citations] == ["https://a.example/1"]
    assert [c.url for c in by_text["It shrank."].citations] == ["https://b.example/2"]
    assert by_text["It shrank."].citations[0].publisher == "Paper"


def test_infobox_after_leading_comment_is_found():
    text = "<!-- a comment -->\n{{short description|x}}\n{{infobox Company\n| name = Y\n| founded = 2001\n}}\n'''Y''' is a firm."
    art = parse_article(Page(title="Y", wikitext=text))
    assert [b.name for b in art.infoboxes] == ["infobox company"]
    assert str(art.infoboxes[0].params["founded"]).strip() == "2001"


def test_categories_and_files_are_not_sentences():
    text = "'''Z''' is a firm.\n[[File:Z.jpg|thumb|A caption here]]\n[[Category:Companies of Foo]]"
    art = parse_article(Page(title="Z", wikitext=text))
    assert art.categories == ["Companies of Foo"]
    assert [s.text for s in art.sentences] == ["Z is a firm."]


def test_unlinked_repeats_resolve_through_the_label_index(sensetime):
    assert sensetime.label_index["mit"] == "Massachusetts Institute of Technology"
    assert sensetime.label_index["alibaba"] == "Alibaba"
