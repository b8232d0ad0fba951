"""The synthetic dump generator (benchmarks/synthdump.py), tested small."""

from __future__ import annotations

import bz2
from collections import Counter

import pytest

from benchmarks.synthdump import main, make_dump, parse_size
from kg.sources import SourceReport, iter_pages
from kg.sources.dump import (
    find_multistream_index,
    iter_dump,
    iter_dump_parallel,
    prefilter,
    read_multistream_index,
)

EXPECTED_SKIP = {"article": "no company-like infobox", "namespace": "namespace", "redirect": "redirect"}


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synth")
    return make_dump(folder / "small-multistream.xml.bz2", companies=30, per_stream=7)


def test_kinds_read_back_as_the_dump_reader_sees_them(small):
    pages = list(iter_dump(small.path))
    assert len(pages) == sum(small.pages.values())
    assert small.pages["company"] == 30 and all(small.pages[k] > 0 for k in EXPECTED_SKIP)
    titles = [p.title for p in pages]
    assert len(set(titles)) == len(titles)  # new titles for every copy
    reasons = Counter(prefilter(p) for p in pages)
    assert reasons[None] == 30
    for kind, reason in EXPECTED_SKIP.items():
        assert reasons[reason] == small.pages[kind], kind
    # redirects point at pages of the dump; other namespaces carry their prefix
    for p in pages:
        if p.redirect:
            assert p.redirect in titles and p.wikitext.startswith("#REDIRECT [[")
        if p.namespace:
            assert ":" in p.title
    assert {p.namespace for p in pages} >= {0, 1, 2, 4, 10, 14}
    assert all(p.revision for p in pages)


def test_multistream_index_and_parallel_reader(small):
    index = find_multistream_index(small.path)
    assert index == small.index
    lines = bz2.decompress(index.read_bytes()).decode().splitlines()
    assert len(lines) == sum(small.pages.values())
    offsets = read_multistream_index(index)
    assert len(offsets) == -(-len(lines) // 7)  # 7 pages per stream
    sequential = list(iter_dump(small.path))
    assert list(iter_dump_parallel(small.path, 2)) == sequential
    assert [line.split(":", 2)[2] for line in lines] == [p.title for p in sequential]


def test_every_company_page_builds(small):
    from kg.pipeline import process_page

    report = SourceReport()
    kept = list(iter_pages([str(small.path)], report=report))
    assert len(kept) == 30 and report.pages_seen == sum(small.pages.values())
    assert all(process_page(p).error is None for p in kept[:14])  # one copy of each source article


def test_size_and_share(tmp_path):
    summary = make_dump(tmp_path / "s-multistream.xml.bz2", size=3_000_000, company_share=0.3)
    assert 3_000_000 <= summary.xml_bytes < 3_600_000
    assert summary.xml_bytes == sum(len(bz2.decompress(summary.path.read_bytes())) for _ in [0])
    company = sum(len(p.wikitext) for p in iter_dump(summary.path) if prefilter(p) is None)
    assert 0.2 < company / summary.xml_bytes < 0.35


def test_same_arguments_same_bytes(tmp_path):
    a = make_dump(tmp_path / "a-multistream.xml.bz2", companies=5, workers=2)
    b = make_dump(tmp_path / "b-multistream.xml.bz2", companies=5, workers=1)
    assert a.path.read_bytes() == b.path.read_bytes()
    assert a.index.read_bytes() == b.index.read_bytes()


def test_command_line(tmp_path, capsys):
    out = tmp_path / "cli-multistream.xml.bz2"
    assert main([str(out), "--companies", "3", "--workers", "1"]) == 0
    assert "3 company" in capsys.readouterr().err and out.is_file()
    with pytest.raises(SystemExit) as err:
        main([str(tmp_path / "x.xml"), "--companies", "3"])
    assert err.value.code == 2 and "must end in .xml.bz2" in capsys.readouterr().err
    assert parse_size("1G") == 10**9 and parse_size("200M") == 2 * 10**8
