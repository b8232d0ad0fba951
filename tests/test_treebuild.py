"""``kg.text.treebuild.parse`` must build exactly the tree ``mwparserfromhell.parse`` builds:
the same node types, attribute by attribute, on every corpus article, masked or not, and on
every ref."""

from __future__ import annotations

import mwparserfromhell
import pytest
from corpus import FIXTURES
from mwparserfromhell.wikicode import Wikicode

from kg.sources.files import read_wiki_file
from kg.text.refs import mask_refs
from kg.text.treebuild import fast_builder_usable, parse


def same_tree(a: object, b: object, path: str = "root") -> None:
    """Raise AssertionError, saying where, unless ``a`` and ``b`` are the same tree."""
    assert type(a) is type(b), f"{path}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, Wikicode):
        assert set(vars(a)) == set(vars(b)) == {"_nodes"}, path
        assert type(a.nodes) is type(b.nodes), path
        assert len(a.nodes) == len(b.nodes), f"{path}: {len(a.nodes)} vs {len(b.nodes)} nodes"
        for i, (x, y) in enumerate(zip(a.nodes, b.nodes, strict=True)):
            same_tree(x, y, f"{path}[{i}]")
    elif isinstance(a, list | tuple):
        assert len(a) == len(b), f"{path}: {len(a)} vs {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same_tree(x, y, f"{path}[{i}]")
    elif hasattr(a, "__dict__"):
        assert set(vars(a)) == set(vars(b)), f"{path}: {sorted(vars(a))} vs {sorted(vars(b))}"
        for key, value in vars(a).items():
            same_tree(value, vars(b)[key], f"{path}.{key}")
        if hasattr(a, "_closing_tag"):  # a tag's closing tag is its tag unless written apart
            assert (a._closing_tag is a._tag) == (b._closing_tag is b._tag), path
    else:
        assert a == b, f"{path}: {a!r} vs {b!r}"


def _articles() -> list[str]:
    paths = sorted(FIXTURES.rglob("*.wiki"))
    texts = []
    for path in paths:
        try:
            texts.append(read_wiki_file(path).wikitext)
        except Exception:  # noqa: BLE001 - the fixtures hold deliberately bad files
            continue
    return texts


def test_the_fast_builder_is_used_with_this_mwparserfromhell():
    assert fast_builder_usable(), mwparserfromhell.__version__


def test_same_tree_as_mwparserfromhell_on_every_corpus_article_and_ref():
    texts = _articles()
    assert len(texts) >= 30
    refs = 0
    for text in texts:
        masked, raw = mask_refs(text)
        same_tree(parse(text), mwparserfromhell.parse(text))
        same_tree(parse(masked), mwparserfromhell.parse(masked))
        for ref in raw.values():
            same_tree(parse(ref), mwparserfromhell.parse(ref))
            refs += 1
    assert refs > 1000


AWKWARD = [
    "",
    "plain",
    "{{unclosed|a=1",
    "[[unclosed link",
    "{{a|b|c=d|e}} {{a|1=x|2=y}} {{ a | = x }} {{a|b=}}",
    "{{{arg|default}}} {{{1}}}",
    "[[A|b [[c]]]] [[File:x.png|thumb|caption with [[link]]]]",
    "<ref name=\"a\" group=b>x</ref><ref name=a /><ref>{{cite web|url=u}}</ref>",
    "<br><br/><br /> <div class='x' style=\"y\">z</div> <p>open",
    "''italic'' '''bold''' '''''both''''' ''unclosed",
    "{| class=wikitable\n|-\n! h1 !! h2\n|-\n| a || b\n|}",
    "* item\n** sub\n# num\n; term : def\n----\n",
    "== H ==\n=== H3 ===\n====== H6 ======\n======= seven =======\n= H1 =",
    "&amp; &#123; &#x1F600; &nbsp; &bogus;",
    "[https://example.org label] https://bare.org [//proto.rel] <nowiki>[[x]]</nowiki>",
    "<!-- comment --> <!-- unclosed",
    "<ref name=a>{{cite news |title=T <!-- c --> |url=u}}</ref>",
    "<span\n  id=x>y</span > </ b> <b>x</B>",
    "{{#if:x|y|z}} {{subst:x}} {{Template:X|y}}",
    "<gallery>\nFile:a.jpg|cap\n</gallery> <math>x^2</math> <pre>{{x}}</pre>",
    "[http://a.example b [[c]] ''d''] [http://a.example] http://b.example/x?y=1 [//c.example{{x}} e]",
    "<span style='a b' class=x title=\"q 'r'\" data-x = \"y\"  hidden>z</span><br clear=all/>",
    "<div a=b{{c}}d e=\"{{f|g}} h\" i='<!-- j -->'>k</div> <ref name=\"a b\" group=c />",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_same_tree_on_awkward_wikitext(text):
    same_tree(parse(text), mwparserfromhell.parse(text))


@pytest.mark.parametrize(
    ("a", "b"),
    [("a [[b]]", "a [[c]]"), ("{{x|a}}", "{{x|1=a}}"), ("<ref name=a>x</ref>", "<ref name=b>x</ref>"), ("==a==", "===a===")],
)
def test_same_tree_tells_trees_apart(a, b):
    with pytest.raises(AssertionError):
        same_tree(parse(a), parse(b))


def test_build_from_tokens_as_mwparserfromhell_builds_them():
    from mwparserfromhell.parser import Parser
    from mwparserfromhell.parser.builder import Builder

    from kg.text.treebuild import build

    tokenizer = Parser()._tokenizer
    for text in _articles()[:10]:
        for ref in mask_refs(text)[1].values():
            same_tree(build(tokenizer.tokenize(ref, 0, False)), Builder().build(tokenizer.tokenize(ref, 0, False)))


def test_as_code_wraps_nodes_as_parse_anything_does():
    from mwparserfromhell.nodes import Text
    from mwparserfromhell.utils import parse_anything

    from kg.text.wikicode import as_code

    for text in _articles()[:5]:
        nodes = list(mwparserfromhell.parse(text).nodes)
        for value in (nodes, tuple(nodes[:7]), nodes[3], [], [nodes[0], Text("x")], "a [[b]]", None):
            got, expected = as_code(value), parse_anything(value)
            same_tree(got, expected)
            if isinstance(value, list) and value:
                assert got.nodes[0] is value[0]  # the nodes themselves, as parse_anything keeps them
