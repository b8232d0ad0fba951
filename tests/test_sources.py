"""Input sources: article files, folders, stdin, XML dumps (plain, bz2, multistream)."""

from __future__ import annotations

import bz2
import io
import re
import shutil
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest

from kg.errors import InputError, NotUtf8Error, NotWikitextError, RedirectError
from kg.sources import Page, SourceReport, iter_pages
from kg.sources.dump import (
    company_infoboxes,
    filter_pages,
    find_multistream_index,
    has_company_infobox,
    iter_dump,
    iter_dump_parallel,
    prefilter,
    read_multistream_index,
)
from kg.sources.files import filename_for_title, iter_paths, read_wiki_file

FIXTURES = Path(__file__).parent / "fixtures"
WIKI = FIXTURES / "wikipedia"
DUMPS = FIXTURES / "dumps"
MINIDUMP = DUMPS / "dbpedia_minidump_enwiki.xml.bz2"
BLIKI = DUMPS / "bliki_enwiki-20150112-pages-articles1.xml"
PEAR = DUMPS / "pywikibot_article-pear.xml"

COMPANIES = {"Asda": 1058483404, "IBM": 1058017767, "IKEA": 1057442120, "Samsung": 1059082523}


# --------------------------------------------------------------------------- files

def test_title_from_file_name(tmp_path):
    page = read_wiki_file(WIKI / "Alsea_(company).wiki")
    assert page.title == "Alsea (company)"
    assert page.revision is None
    assert page.source == str(WIKI / "Alsea_(company).wiki")
    assert page.wikitext == (WIKI / "Alsea_(company).wiki").read_text("utf-8")


def test_header_convention(tmp_path):
    body = "{{Infobox company\n| name = Alibaba Group\n}}\n'''Alibaba Group''' is..."
    f = tmp_path / "whatever_name.wiki"
    f.write_text(
        "<!-- title: Alibaba_Group -->\n<!-- revision: 1234567 -->\n"
        "<!-- source: https://en.wikipedia.org/w/index.php?oldid=1234567 -->\n"
        "<!-- license: CC BY-SA 4.0, Wikipedia contributors -->\n" + body,
        "utf-8",
    )
    page = read_wiki_file(f)
    assert (page.title, page.revision) == ("Alibaba Group", 1234567)
    assert page.wikitext == body


def test_ordinary_leading_comment_is_article_text(tmp_path):
    text = "<!-- Note: please keep the infobox short -->\n{{Infobox company\n| name = X\n}}"
    f = tmp_path / "Some_Firm.wiki"
    f.write_text(text, "utf-8")
    page = read_wiki_file(f)
    assert page.title == "Some Firm" and page.wikitext == text


def test_bad_revision_header(tmp_path):
    f = tmp_path / "X.wiki"
    f.write_text("<!-- revision: latest -->\nText", "utf-8")
    with pytest.raises(InputError, match=r"X\.wiki.*revision: latest.*not a number"):
        read_wiki_file(f)


def test_missing_file():
    with pytest.raises(InputError, match=r"Nope\.wiki: no such file; check the path"):
        read_wiki_file("/nonexistent/Nope.wiki")


def test_not_utf8_names_the_byte_offset(tmp_path):
    f = tmp_path / "Caf\u00e9.wiki"
    f.write_bytes(b"'''Caf" + b"\xe9'''  is a company.")  # Latin-1 e-acute
    with pytest.raises(NotUtf8Error) as err:
        read_wiki_file(f)
    assert str(f) in str(err.value) and "byte offset 6" in str(err.value)


def test_utf16_is_reported_as_not_utf8(tmp_path):
    f = tmp_path / "U.wiki"
    f.write_bytes("'''U''' is a company.".encode("utf-16"))
    with pytest.raises(NotUtf8Error, match="UTF-16"):
        read_wiki_file(f)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"  \n\n\t", "empty file"),
        (b"<!-- title: X -->\n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (bytes(range(1, 32)) * 20, "non-text"),
        (b"\x1f\x8b\x08\x00somegzip", "compressed"),
        (b"<!DOCTYPE html><html><body>IBM</body></html>", "HTML page"),
    ],
)
def test_not_wikitext(tmp_path, data, message):
    f = tmp_path / "Bad.wiki"
    f.write_bytes(data)
    with pytest.raises(NotWikitextError, match=message) as err:
        read_wiki_file(f)
    assert str(f) in str(err.value)


@pytest.mark.parametrize("text", ["#REDIRECT [[Alibaba Group]]", "#redirect[[alibaba_Group#History]]\n{{R from short name}}",
                                  "  #Redirect: [[Alibaba Group|x]]"])
def test_redirect_file(tmp_path, text):
    f = tmp_path / "Alibaba.wiki"
    f.write_text(text, "utf-8")
    with pytest.raises(RedirectError) as err:
        read_wiki_file(f)
    msg = str(err.value)
    assert str(f) in msg and 'redirect to "Alibaba Group"' in msg and 'build "Alibaba Group" instead' in msg


def test_filename_round_trip(tmp_path):
    for title in ["AC/DC", "Alibaba Group", "100% Pure", "? (film)", ".hack", "Ranma ½"]:
        name = filename_for_title(title)
        assert "/" not in name and not name.startswith(".")
        f = tmp_path / name
        f.write_text("'''x'''", "utf-8")
        assert read_wiki_file(f).title == title, name


def test_iter_paths_expands_folders_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    for rel in ["Zeta.wiki", "a.wikitext", "b/Beta.txt", "b/dump.xml.bz2", "b/c.xml", "notes.md",
                ".Hidden.wiki", ".cache/X.wiki", "b/x-multistream-index.txt.bz2", "b/.Zeta.wiki.abc.part"]:
        (tmp_path / rel).write_bytes(b"x")
    got = [Path(p).relative_to(tmp_path).as_posix() for p in iter_paths([str(tmp_path)])]
    assert got == ["Zeta.wiki", "a.wikitext", "b/Beta.txt", "b/c.xml", "b/dump.xml.bz2"]
    assert list(iter_paths(["-", "nope.wiki"])) == ["-", Path("nope.wiki")]


def test_folder_with_bad_files_yields_good_ones_and_reports_each_bad_one(tmp_path):
    shutil.copy(WIKI / "SenseTime.wiki", tmp_path)
    shutil.copy(WIKI / "Toronto_Star.wiki", tmp_path)
    (tmp_path / "Corrupt.wiki").write_bytes(b"'''Corrupt''' \xff\xfe\xfa is not UTF-8")
    (tmp_path / "Empty.wiki").write_bytes(b"")
    (tmp_path / "Binary.wiki").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "Alibaba.wiki").write_text("#REDIRECT [[Alibaba Group]]", "utf-8")
    report = SourceReport()
    pages = list(iter_pages([str(tmp_path), str(tmp_path / "Missing.wiki")], report=report))
    assert [p.title for p in pages] == ["SenseTime", "Toronto Star"]
    failed = {Path(src).name: msg for src, msg in report.errors}
    assert set(failed) == {"Alibaba.wiki", "Binary.wiki", "Corrupt.wiki", "Empty.wiki", "Missing.wiki"}
    assert "not UTF-8" in failed["Corrupt.wiki"] and "byte offset 14" in failed["Corrupt.wiki"]
    assert "empty file" in failed["Empty.wiki"]
    assert "binary" in failed["Binary.wiki"]
    assert "redirect" in failed["Alibaba.wiki"]
    assert "no such file" in failed["Missing.wiki"]
    assert all(str(tmp_path) in msg for msg in failed.values())
    assert report.pages_yielded == 2


def test_empty_folder_is_an_error(tmp_path):
    report = SourceReport()
    assert list(iter_pages([str(tmp_path)], report=report)) == []
    assert len(report.errors) == 1 and "holds no" in report.errors[0][1]


def test_whole_corpus_folder_reads_every_article():
    report = SourceReport()
    pages = list(iter_pages([str(WIKI)], report=report))
    assert len(pages) == 17 and report.errors == []
    assert pages[0].title == "Alsea (company)" and pages[-1].title == "Ukrainian Red Cross Society"


# --------------------------------------------------------------------------- stdin

def test_stdin_wikitext_with_header():
    data = b"<!-- title: SenseTime -->\n<!-- revision: 42 -->\n" + (WIKI / "SenseTime.wiki").read_bytes()
    report = SourceReport()
    (page,) = iter_pages(["-"], stdin=io.BytesIO(data), report=report)
    assert (page.title, page.revision, page.source) == ("SenseTime", 42, "<stdin>")
    assert page.wikitext.encode() == (WIKI / "SenseTime.wiki").read_bytes()


def test_stdin_without_title_uses_stdin_title_or_reports():
    text = (WIKI / "IBM.wiki").read_bytes()
    (page,) = iter_pages(["-"], stdin=io.BytesIO(text), stdin_title="IBM")
    assert page.title == "IBM"
    report = SourceReport()
    assert list(iter_pages(["-"], stdin=io.BytesIO(text), report=report)) == []
    assert report.errors and "no title" in report.errors[0][1]


def test_stdin_dump_is_recognised():
    report = SourceReport()
    pages = list(iter_pages(["-"], stdin=io.BytesIO(MINIDUMP.read_bytes()), report=report))
    assert [p.title for p in pages] == list(COMPANIES)
    assert pages[0].source == "<stdin>#Asda"


# --------------------------------------------------------------------------- dumps

EXPECTED_SKIPS = {
    "? (film)": "no company-like infobox",
    "`Abdu'l-Bahá": "redirect",
    "Angela Merkel": "no company-like infobox",
    "Arthur Schopenhauer": "no company-like infobox",
    "Asda": None,
    "Atlantic Ocean": "no company-like infobox",
    "Berlin": "no company-like infobox",
    "Borysthenia goldfussiana": "no company-like infobox",
    "Category:Pininfarina": "namespace",
    "Dahlak SC": "no company-like infobox",
    "Ferdinand Piëch": "no company-like infobox",
    "Food (disambiguation)": "no company-like infobox",
    "IBM": None,
    "IKEA": None,
    "Ingoldiomyces": "no company-like infobox",
    "Jim Pewter": "no company-like infobox",
    "Kerala Agricultural University": "no company-like infobox",
    "Marian Breland Bailey": "no company-like infobox",
    "Mini (Mark I)": "no company-like infobox",
    "N.EX.T": "no company-like infobox",
    "Ranma ½": "no company-like infobox",
    "Redd Kross": "no company-like infobox",
    'Ren & Stimpy "Adult Party Cartoon"': "no company-like infobox",
    "Samsung": None,
    "The Amazing Spider-Man (2012 film)": "redirect",
    "The Ren & Stimpy Show": "no company-like infobox",
    "Vehicle registration plates of China": "no company-like infobox",
}


def test_minidump_every_page_and_its_prefilter_verdict():
    pages = list(iter_dump(MINIDUMP))
    assert {p.title: prefilter(p) for p in pages} == EXPECTED_SKIPS
    assert [p.title for p in pages] == list(EXPECTED_SKIPS)  # dump order
    by_title = {p.title: p for p in pages}
    assert by_title["Category:Pininfarina"].namespace == 14
    assert by_title["The Amazing Spider-Man (2012 film)"].redirect == "The Amazing Spider-Man (film)"
    assert by_title["`Abdu'l-Bahá"].redirect == "\u02bbAbdu'l-Bah\u00e1"
    assert by_title["IBM"].redirect is None
    assert by_title["Asda"].source == f"{MINIDUMP}#Asda"


def test_minidump_through_iter_pages_counts_skips_by_reason():
    report = SourceReport()
    pages = list(iter_pages([str(MINIDUMP)], report=report))
    assert [p.title for p in pages] == ["Asda", "IBM", "IKEA", "Samsung"]
    assert report.skipped == Counter({"no company-like infobox": 20, "redirect": 2, "namespace": 1})
    assert (report.pages_seen, report.pages_yielded, report.errors) == (27, 4, [])
    assert "4 pages read; 23 skipped" in report.summary()
    assert len(list(iter_pages([str(MINIDUMP)], prefilter=False))) == 27


def test_dump_texts_equal_corpus_files_byte_for_byte():
    pages = {p.title: p for p in iter_pages([str(MINIDUMP)])}
    for title, revision in COMPANIES.items():
        assert pages[title].revision == revision
        assert pages[title].wikitext.encode("utf-8") == (WIKI / f"{title}.wiki").read_bytes(), title


def test_bliki_export_0_10_sample():
    pages = list(iter_dump(BLIKI))
    assert [(p.title, p.revision, p.namespace, p.redirect) for p in pages] == [
        ("AccessibleComputing", 631144794, 0, "Computer accessibility"),
        ("Anarchism", 642270218, 0, None),
        ("AfghanistanHistory", 74466652, 0, "History of Afghanistan"),
    ]
    assert pages[1].wikitext.startswith("{{Redirect2|Anarchist|Anarchists")
    assert [prefilter(p) for p in pages] == ["redirect", "no company-like infobox", "redirect"]


def test_pywikibot_export_0_3_history_sample_yields_the_last_revision():
    (page,) = iter_dump(PEAR)
    assert (page.title, page.revision, page.namespace, page.redirect) == ("Pear", 188924, 0, None)
    assert page.wikitext.startswith("Pears are [[tree]]s of the [[genus]] <em>Pyrus</em>")


def test_namespace_from_title_prefix_when_no_ns_element():
    xml = PEAR.read_text("utf-8").replace("<title>Pear</title>", "<title>Category:Pears</title>")
    (page,) = iter_dump(io.BytesIO(xml.encode()), name="pear")
    assert page.namespace == 14 and prefilter(page) == "namespace"


def test_broken_and_truncated_dumps_are_reported_and_iteration_goes_on(tmp_path):
    data = MINIDUMP.read_bytes()
    truncated = tmp_path / "truncated.xml.bz2"
    truncated.write_bytes(data[: len(data) // 2])
    notxml = tmp_path / "other.xml"
    notxml.write_text("<?xml version='1.0'?><rss><channel/></rss>", "utf-8")
    report = SourceReport()
    pages = list(iter_pages([str(truncated), str(notxml), str(WIKI / "IBM.wiki")], report=report))
    titles = [p.title for p in pages]
    assert titles[-1] == "IBM" and set(titles[:-1]) <= {"Asda", "IBM"}  # pages before the cut
    msgs = dict(report.errors)
    assert "ends too early" in msgs[str(truncated)]
    assert "not a MediaWiki XML export" in msgs[str(notxml)]


def test_dump_recognised_by_content_not_name(tmp_path):
    f = tmp_path / "pages.txt"
    f.write_bytes(BLIKI.read_bytes())
    assert [p.title for p in iter_pages([str(f)], prefilter=False)] == [
        "AccessibleComputing", "Anarchism", "AfghanistanHistory"]


# --------------------------------------------------------------------------- prefilter

def test_company_infobox_table():
    names = company_infoboxes()
    for required in ["company", "dot-com company", "organization", "organisation", "newspaper",
                     "magazine", "airline", "bank", "law firm", "publisher", "record label",
                     "brewery", "winery"]:
        assert required in names
    for not_company in ["museum", "venue", "university", "government agency", "sports club"]:
        assert not_company not in names
    assert all(n == n.lower().strip() and n for n in names)


def test_prefilter_keeps_every_template_the_infobox_extractor_knows():
    """A dump page the extractor would treat as company-like must not be dropped unread."""
    table = Path(__file__).parent.parent / "kg" / "data" / "infobox_templates.tsv"
    if not table.is_file():
        pytest.skip("no infobox_templates.tsv")
    templates = [line.split("\t")[0].strip() for line in table.read_text("utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]
    assert templates
    for name in templates:
        call = "{{" + name[0].upper() + name[1:] + "\n| name = X\n}}"
        assert has_company_infobox(call), name


@pytest.mark.parametrize("text, expected", [
    ("{{Infobox company\n| name = X}}", True),
    ("<!-- lead comment -->\n{{ infobox_Company|name=X}}", True),
    ("{{Infobox Organization\n|name=Red Cross}}", True),
    ("{{Infobox dot-com company | name = X }}", True),
    ("{{Infobox law firm<!-- x -->\n|name=X}}", True),
    ("{{Template:Infobox bank}}", True),
    ("{{Infobox museum\n|name=Arts Club}}", False),
    ("{{Infobox venue\n|name=Royal}}", False),
    ("{{Infobox companyish\n|name=X}}", False),
    ("See [[Infobox company]] for details.", False),
])
def test_has_company_infobox(text, expected):
    assert has_company_infobox(text) is expected


def test_prefilter_on_corpus_articles():
    verdicts = {p.title: prefilter(p) for p in iter_pages([str(WIKI)])}
    assert {t for t, v in verdicts.items() if v} == {
        "Arts Club of Chicago", "Royal Cinema", "The Atlas (newspaper)"}
    assert prefilter(Page("X", "#REDIRECT [[Y]]")) == "redirect"
    assert prefilter(Page("Talk:X", "{{Infobox company}}", namespace=1)) == "namespace"


# --------------------------------------------------------------------------- multistream

def _split_minidump() -> tuple[bytes, list[bytes], bytes]:
    """The minidump's XML cut into header (to </siteinfo>), pages and footer."""
    xml = bz2.decompress(MINIDUMP.read_bytes())
    first = xml.index(b"</siteinfo>") + len(b"</siteinfo>\n")
    last = xml.rindex(b"</page>") + len(b"</page>\n")
    pages = re.findall(rb"\s*<page>.*?</page>\n", xml[first:last], re.S)
    assert len(pages) == 27 and b"".join(pages) == xml[first:last]
    return xml[:first], pages, xml[last:]


def _make_multistream(tmp_path: Path, per_stream: int) -> Path:
    """A Wikimedia-style multistream dump of the minidump's pages, with its index."""
    header, pages, footer = _split_minidump()
    dump = tmp_path / "enwiki-test-pages-articles-multistream.xml.bz2"
    index_lines = []
    with open(dump, "wb") as out:
        out.write(bz2.compress(header))
        for i in range(0, len(pages), per_stream):
            offset = out.tell()
            group = pages[i : i + per_stream]
            for p in group:
                pid = re.search(rb"<ns>\d+</ns>\s*<id>(\d+)</id>", p).group(1).decode()
                title = re.search(rb"<title>(.*?)</title>", p).group(1).decode()
                index_lines.append(f"{offset}:{pid}:{title}\n")
            out.write(bz2.compress(b"".join(group)))
        out.write(bz2.compress(footer))
    index = tmp_path / "enwiki-test-pages-articles-multistream-index.txt.bz2"
    index.write_bytes(bz2.compress("".join(index_lines).encode()))
    return dump


def test_multistream_parallel_equals_sequential(tmp_path):
    dump = _make_multistream(tmp_path, per_stream=4)
    assert find_multistream_index(dump) == tmp_path / "enwiki-test-pages-articles-multistream-index.txt.bz2"
    offsets = read_multistream_index(find_multistream_index(dump))
    assert len(offsets) == 7  # 27 pages, 4 per stream
    sequential = list(iter_dump(dump))  # bz2.open reads all streams as one
    assert [p.title for p in sequential] == list(EXPECTED_SKIPS)
    parallel = list(iter_dump_parallel(dump, workers=2))
    assert parallel == sequential

    seq_skips: Counter = Counter()
    par_skips: Counter = Counter()
    kept_seq = list(filter_pages(iter_dump(dump), seq_skips))
    kept_par = list(iter_dump_parallel(dump, workers=2, use_prefilter=True, skipped=par_skips))
    assert kept_par == kept_seq and [p.title for p in kept_par] == list(COMPANIES)
    assert par_skips == seq_skips == Counter({"no company-like infobox": 20, "redirect": 2, "namespace": 1})


def test_multistream_through_iter_pages_with_workers(tmp_path):
    dump = _make_multistream(tmp_path, per_stream=10)
    report = SourceReport()
    pages = list(iter_pages([str(dump)], report=report, workers=2))
    assert [p.title for p in pages] == list(COMPANIES)
    assert (report.pages_seen, sum(report.skipped.values())) == (27, 23)
    for p in pages:
        assert p.wikitext.encode() == (WIKI / f"{p.title}.wiki").read_bytes()


def test_index_that_does_not_match_the_dump_is_an_error(tmp_path):
    dump = _make_multistream(tmp_path, per_stream=5)
    bad = tmp_path / "bad-index.txt"
    bad.write_text("7:1:X\n", "utf-8")
    with pytest.raises(InputError):
        list(iter_dump_parallel(dump, workers=2, index=bad))


# --------------------------------------------------------------------------- memory

def _peak_while_streaming(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        n = 0
        for page in iter_dump(path):
            n += len(page.wikitext) > 0
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, n


def test_streaming_memory_does_not_grow_with_dump_size(tmp_path):
    header, pages, footer = _split_minidump()
    small = tmp_path / "x1.xml"
    big = tmp_path / "x10.xml"
    small.write_bytes(header + b"".join(pages) + footer)
    big.write_bytes(header + b"".join(pages) * 10 + footer)
    peak1, n1 = _peak_while_streaming(small)
    peak10, n10 = _peak_while_streaming(big)
    assert (n1, n10) == (27, 270)
    assert big.stat().st_size > 9 * small.stat().st_size
    # one page at a time: the peak is about the largest page, not the dump
    assert peak10 < 1.5 * peak1, (peak1, peak10)
    assert peak1 < small.stat().st_size, (peak1, small.stat().st_size)
