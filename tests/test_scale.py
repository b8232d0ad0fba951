"""Building dumps: same facts as the article files, engines agree, interruption leaves nothing."""

from __future__ import annotations

import dataclasses

from corpus import DUMPS, wiki

from kg import pipeline
from kg.cli import main
from kg.pipeline import Options, extract_page
from kg.sources import SourceReport, iter_pages
from kg.sources.files import read_wiki_file

DUMP = DUMPS / "dbpedia_minidump_enwiki.xml.bz2"


def _facts(page):
    _, _, facts = extract_page(page, Options())
    # the dump knows each page's revision, the .wiki file does not: compare everything else
    return [dataclasses.replace(f, provenance=dataclasses.replace(f.provenance, revision=None)) for f in facts]


def test_dump_pages_give_the_same_facts_as_their_wiki_files():
    report = SourceReport()
    pages = {p.title: p for p in iter_pages([str(DUMP)], report=report)}
    assert sorted(pages) == ["Asda", "IBM", "IKEA", "Samsung"]
    assert report.skipped == {"no company-like infobox": 20, "redirect": 2, "namespace": 1}
    for title, page in pages.items():
        assert page.revision is not None
        assert _facts(page) == _facts(read_wiki_file(wiki(title))), title


def test_dump_build_reports_skips_and_records_revisions(tmp_path, capsys):
    out = tmp_path / "dump.nq"
    assert main(["build", str(DUMP), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "4 page(s) built" in err and "23 skipped" in err and "2 redirect" in err
    assert "<https://en.wikipedia.org/w/index.php?oldid=1058017767>" in out.read_text(encoding="utf-8")


def test_local_workers_and_dask_give_identical_nquads(tmp_path, capsys):
    outs = {}
    for name, extra in {"one": [], "two": ["--workers", "2"], "dask": ["--engine", "dask", "--workers", "2", "--batch-pages", "2"]}.items():
        outs[name] = tmp_path / f"{name}.nq"
        assert main(["build", str(DUMP), "-o", str(outs[name]), "-q", *extra]) == 0, name
    capsys.readouterr()
    one = outs["one"].read_bytes()
    assert one and outs["two"].read_bytes() == one and outs["dask"].read_bytes() == one


def test_the_dask_cluster_listens_on_loopback_only_and_not_on_a_fixed_dashboard_port(tmp_path, capsys, monkeypatch):
    import dask.distributed as distributed  # the module the engine asks for

    seen = []
    real = distributed.LocalCluster

    class Recording(real):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            dashboard = self.scheduler.services["dashboard"]
            seen.append((self.scheduler_address, [s.getsockname() for s in dashboard._sockets.values()]))

    monkeypatch.setattr(distributed, "LocalCluster", Recording)
    out = tmp_path / "d.nq"
    assert main(["build", str(wiki("Asda")), "-o", str(out), "-q", "--engine", "dask", "--workers", "1"]) == 0
    capsys.readouterr()
    (address, dashboard), = seen
    assert address.startswith("tcp://127.0.0.1:")
    assert dashboard and all(host == "127.0.0.1" and port != 8787 for host, port, *_ in dashboard)


def test_interrupted_build_writes_nothing(tmp_path, capsys, monkeypatch):
    out = tmp_path / "g.ttl"
    calls = {"n": 0}
    real = pipeline.process_page

    def interrupt_on_second(page, options=None):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(page, options or Options())

    monkeypatch.setattr("kg.engines.process_page", interrupt_on_second)
    code = main(["build", str(wiki("SenseTime")), str(wiki("IBM")), str(wiki("IKEA")), "-o", str(out)])
    assert code == 130
    assert "no partial output" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
