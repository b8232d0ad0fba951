"""The bundled queries on a large synthetic graph (Oxigraph), and rdflib on a subset."""

from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import statistics
import time
from decimal import Decimal
from pathlib import Path

from benchmarks.common import (
    bench,
    size,
    verdict,
    workdir,
)

# =========================================================================== queries

_INDUSTRIES = [f"Industry {i}" for i in range(60)]
_CITIES = [f"City {i}" for i in range(300)]
_RELATIONS = ("partner", "customer", "supplier", "investor", "jointVenturePartner")
_HUBS = 2000  # companies 0..1999 are the popular counterparties
_CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CNY", None)


def company_title(i: int) -> str:
    return f"Synthetic Company {i}"


def synthetic_facts(i: int, n: int, rng: random.Random):
    """The facts of synthetic company ``i`` of ``n``: shaped like kg's extractor output."""
    from kg.model import (
        Citation,
        DateValue,
        Entity,
        Event,
        Fact,
        Money,
        Participant,
        Provenance,
        Quantity,
        Role,
    )

    title = company_title(i)
    rev = 1_000_000 + i

    def prov(extractor="infobox", param=None, section=None, sentence=None, cites=()):
        return Provenance(article=title, revision=rev, section=section, sentence=sentence,
                          citations=cites, extractor=extractor, param=param)

    def cite(k):
        return Citation(url=f"https://news.example.com/{i}/{k}", title=f"Report {k} on {title}",
                        date="2021-03-01", publisher=f"Publisher {rng.randrange(500)}")

    def date():
        y = rng.randint(1850, 2023)
        p = rng.choice(("year", "month", "day"))
        iso = str(y) if p == "year" else f"{y}-{rng.randint(1, 12):02d}" + (f"-{rng.randint(1, 28):02d}" if p == "day" else "")
        return DateValue(iso, p, raw=iso)

    def money():
        return Money(Decimal(rng.randint(1, 9999)) * Decimal(1_000_000), rng.choice(_CURRENCIES),
                     str(rng.randint(2015, 2023)), rng.choice(("increase", "decrease", None)), raw="1 billion")

    def other():
        j = rng.randrange(_HUBS) if rng.random() < 0.5 else rng.randrange(n)
        j = j if j != i else (j + 1) % n
        return Entity(company_title(j), company_title(j), "organization")

    facts = [Fact(title, "foundingDate", date(), prov(param="founded"))]
    ind = rng.choice(_INDUSTRIES)
    facts.append(Fact(title, "industry", Entity(ind, ind), prov(param="industry")))
    if rng.random() < 0.4:
        city = rng.choice(_CITIES)
        facts.append(Fact(title, "headquarters", Entity(city, city, "place"), prov(param="hq_location_city")))
    if rng.random() < 0.25:
        facts.append(Fact(title, "revenue", money(), prov(param="revenue", cites=(cite(0),))))
    if rng.random() < 0.15:
        facts.append(Fact(title, "employees", Quantity(rng.randint(5, 300_000), "2022", raw="1,000 (2022)"),
                          prov(param="num_employees")))
    if rng.random() < 0.1:
        person = Entity(f"Person {i}", f"Person {i}" if rng.random() < 0.5 else None, "person")
        facts.append(Fact(title, "keyPerson", Role(person, rng.choice(("CEO", "Chairman", "Founder"))),
                          prov(param="key_people")))
    if rng.random() < 0.1:
        for k in range(rng.randint(1, 3)):
            rel = rng.choice(_RELATIONS)
            target = other()
            sentence = f"In {rng.randint(1990, 2023)}, {title} became a {rel} of {target.label}."
            facts.append(Fact(title, rel, target, prov("relations", section="Partnerships", sentence=sentence,
                                                       cites=(cite(k + 1),))))
    if rng.random() < 0.03:
        for k in range(rng.randint(1, 2)):
            investors = tuple(Participant(other(), "investor") for _ in range(rng.randint(1, 2)))
            d = date()
            ev = Event("funding_round", f"Series {'ABC'[k]} funding round", d, investors, (money(),))
            sentence = f"In {d.iso[:4]}, {title} raised money in a Series {'ABC'[k]} round."
            facts.append(Fact(title, "significantEvent", ev, prov("history", section="History", sentence=sentence,
                                                                  cites=(cite(10 + k),))))
    if rng.random() < 0.02:
        d = date()
        ev = Event(rng.choice(("fine", "lawsuit")), f"Fine by Regulator {i % 40}", d,
                   (Participant(Entity(f"Regulator {i % 40}", f"Regulator {i % 40}", "organization"), "regulator"),),
                   (money(),), category="controversy")
        facts.append(Fact(title, "controversy", ev, prov("controversies", section="Controversies",
                                                         sentence=f"In {d.iso[:4]}, {title} was fined.",
                                                         cites=(cite(20),))))
    return title, rev, facts


def _generate_chunk(task) -> tuple[int, int]:
    """Worker: companies [start, end) of n into N-Quads (one graph per article, as kg writes
    them) and N-Triples (the same triples without graph names); returns (companies, quads)."""
    import pyoxigraph as ox

    from kg.graph.rdf import Mapper

    path, start, end, n, seed = task
    rng = random.Random(seed * 1_000_003 + start)
    mapper = Mapper()
    quads = 0
    with open(path, "wb") as out, open(path[:-3] + ".nt", "wb") as out_nt:
        for i in range(start, end):
            title, rev, facts = synthetic_facts(i, n, rng)
            qs = mapper.page_quads(title, rev, "Company", facts)
            quads += len(qs)
            out.write(ox.serialize(qs, format=ox.RdfFormat.N_QUADS))
            out_nt.write(ox.serialize((q.triple for q in qs), format=ox.RdfFormat.N_TRIPLES))
    return end - start, quads


def generate_graph(folder: Path, n: int, subset: int, workers: int = 2, chunk: int = 2500) -> tuple[list[Path], list[Path], int]:
    """Part files (``.nq`` and ``.nt``) for ``n`` companies; the first parts hold companies < ``subset``."""
    chunk = min(chunk, subset)
    tasks = [(str(folder / f"graph-{s:07d}.nq"), s, min(n, s + chunk), n, 7) for s in range(0, n, chunk)]
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(workers) as pool:
        done = pool.map(_generate_chunk, tasks, chunksize=1)
    parts = [Path(t[0]) for t in tasks]
    sub = [Path(t[0]) for t in tasks if t[2] <= subset]
    return parts, sub, sum(q for _, q in done)


def load_store(location: str | None, parts: list[Path]):
    """A Store holding the parts plus the ontology, every triple once in the default graph:
    what ``kg build --store`` and ``kg.graph.query.load_graphs`` give the queries (a merged default
    graph, queried without Oxigraph's union of named graphs)."""
    import pyoxigraph as ox

    from kg.graph.query import ontology_quads

    store = ox.Store(location) if location else ox.Store()
    for p in parts:
        store.bulk_load(path=str(p.with_suffix(".nt")), format=ox.RdfFormat.N_TRIPLES)
    store.extend(ontology_quads())
    store.flush()
    return store


_LOOKUP = """PREFIX schema: <http://schema.org/>
SELECT ?page ?property ?value WHERE { ?page schema:about ?company . ?company ?property ?value }"""


def _holders(store, prop: str) -> list[int]:
    """Numbers of the synthetic companies that have at least one ``kgo:prop`` value."""
    import pyoxigraph as ox

    from kg.graph.rdf import KGO

    found = set()
    for q in store.quads_for_pattern(None, ox.NamedNode(KGO + prop), None, None):
        m = re.search(r"Synthetic_Company_(\d+)$", q.subject.value)
        if m:
            found.add(int(m.group(1)))
    return sorted(found)


_QUERY_PROP = {"controversies": "controversy", "funding": "significantEvent", "timeline": "significantEvent",
               "partners": "partner", "profile": "keyPerson", "co_partners": "partner"}


def query_jobs(store, n: int, per_query: int, seed: int) -> list[tuple[str, object, dict[str, str]]]:
    """(name, query, params) for every bundled query: parameterised ones once per sampled
    company (half random, half among the companies that have rows for the query)."""
    from kg.graph.query import bundled_queries

    rng = random.Random(seed)
    jobs = []
    for name, q in bundled_queries().items():
        if not any(p.name == "company" for p in q.params):
            jobs.append((name, q, {}))
            continue
        holders = _holders(store, _QUERY_PROP.get(name, "industry"))
        picks = [rng.randrange(n) for _ in range(per_query - per_query // 2)]
        picks += rng.sample(holders, min(len(holders), per_query // 2)) if holders else []
        for i in picks:
            jobs.append((name, q, {"company": company_title(i)}))
    return jobs


def _time_ox(store, q, params) -> tuple[float, int]:
    from kg.graph.query import run_query

    t0 = time.perf_counter()
    _, rows = run_query(store, q, params)
    return time.perf_counter() - t0, len(rows)


def _ox_child(location: str, jobs, conn) -> None:
    """Spawned child: open the store read-only and answer each job with (seconds, rows)."""
    import pyoxigraph as ox

    store = ox.Store.read_only(location)
    conn.send("ready")
    for name, q, params in jobs:
        if name == "lookup":
            t0 = time.perf_counter()
            sub = {ox.Variable("page"): ox.NamedNode(params["iri"])}
            rows = len(list(store.query(_LOOKUP, substitutions=sub)))
            conn.send((time.perf_counter() - t0, rows))
        else:
            conn.send(_time_ox(store, q, params))
    conn.close()


def run_with_timeout(location: str, jobs: list, timeout: float) -> list[tuple[float | None, int | None]]:
    """Run the jobs in a child process, ``timeout`` seconds each: a job that runs longer is
    killed (the child is restarted for the next job) and every later job of the same query
    is skipped. Timed-out and skipped jobs give (None, None)."""
    ctx = multiprocessing.get_context("spawn")
    results: list[tuple[float | None, int | None]] = [(None, None)] * len(jobs)
    failed: set[str] = set()
    todo = list(range(len(jobs)))
    while todo:
        todo = [i for i in todo if jobs[i][0] not in failed]
        if not todo:
            break
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_ox_child, args=(location, [jobs[i] for i in todo], child))
        proc.start()
        child.close()
        if not parent.poll(300) or parent.recv() != "ready":
            proc.kill()
            proc.join()
            raise RuntimeError(f"the query child could not open {location}")
        while todo:
            i = todo[0]
            if parent.poll(timeout):
                try:
                    results[i] = parent.recv()
                except EOFError:  # the child died
                    failed.add(jobs[i][0])
                    todo.pop(0)
                    break
                todo.pop(0)
            else:
                failed.add(jobs[i][0])
                todo.pop(0)
                break
        proc.kill()
        proc.join()
    return results


@bench("queries")
def bench_queries(args: argparse.Namespace) -> list[str]:
    """Oxigraph on-disk store over a synthetic 100k-company graph; rdflib alongside on a subset."""
    from kg.graph.query import bundled_queries
    from kg.titles import wikipedia_iri

    n = size(args, "companies")
    subset = size(args, "rdflib_companies")
    timeout = size(args, "rdflib_timeout") * 2
    folder = workdir(args) / "queries"
    folder.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    parts, sub_parts, nquads = generate_graph(folder, n, subset)
    t_gen = time.perf_counter() - t0
    lines = [
        f"graph: {n} synthetic companies -> {nquads} quads ({nquads / n:.0f} per company) from "
        f"kg.graph.rdf.Mapper.page_quads in 2 processes in {t_gen:.1f} s",
    ]
    rng = random.Random(11)
    lookup_jobs = [("lookup", None, {"iri": wikipedia_iri(company_title(rng.randrange(n)))})
                   for _ in range(size(args, "lookups"))]
    location = str(folder / "store")
    t0 = time.perf_counter()
    store = load_store(location, parts)
    t_load = time.perf_counter() - t0
    stored = len(store)
    jobs = []
    for name, q, params in query_jobs(store, n, size(args, "query_companies"), seed=5):
        jobs += [(name, q, params)] * (1 if params else max(1, min(args.rounds, 3)))
    del store
    lines.append(f"store: every triple once in the default graph (as kg build --store and load_graphs give "
                 f"the queries), no union of named graphs: {stored} quads, on-disk bulk load {t_load:.1f} s")
    results = run_with_timeout(location, lookup_jobs + jobs, timeout)
    looked = [r for r in results[: len(lookup_jobs)] if r[0] is not None]
    if looked:
        med = statistics.median(t for t, _ in looked) * 1000
        lines.append(
            f"  entity lookup (all statements of a company by its Wikipedia IRI, {len(looked)} random companies, "
            f"{statistics.median(r for _, r in looked):.0f} rows median): median {med:.2f} ms, "
            f"max {max(t for t, _ in looked) * 1000:.2f} ms (goal < 10 ms) {verdict(med, 10.0, higher_is_better=False)}"
        )
    per: dict[str, list[tuple[float | None, int | None]]] = {}
    for (name, _q, _p), r in zip(jobs, results[len(lookup_jobs):], strict=True):
        per.setdefault(name, []).append(r)
    for name in bundled_queries():
        rs = per.get(name, [])
        ts = [t for t, _ in rs if t is not None]
        how = f"{len(rs)} companies" if name in _QUERY_PROP else "whole graph"
        if len(ts) < len(rs):
            lines.append(f"  query {name:<15} TIMED OUT (> {timeout:.0f} s; later runs skipped), "
                         f"{len(ts)} of {len(rs)} runs done ({how}) (goal < 1000 ms) BELOW GOAL")
            continue
        med = statistics.median(ts)
        lines.append(
            f"  query {name:<15} median {med * 1000:8.1f} ms, max {max(ts) * 1000:8.1f} ms, "
            f"{statistics.median(r for _, r in rs):.0f} rows ({how}) (goal < 1000 ms) "
            f"{verdict(med, 1.0, higher_is_better=False)}"
        )

    # -------- rdflib vs Oxigraph on the subset
    lines += _rdflib_ratio(args, folder, sub_parts, subset)
    return lines


def _rdflib_ratio(args, folder: Path, sub_parts: list[Path], subset: int) -> list[str]:

    from kg.graph.query import bundled_queries

    sub_nq = folder / "subset.nq"
    with open(sub_nq, "wb") as out:
        for p in sub_parts:
            out.write(p.read_bytes())
    store = load_store(None, sub_parts)  # set semantics, like rdflib's union graph
    jobs = query_jobs(store, subset, size(args, "rdflib_companies_per_query"), seed=9)
    timeout = size(args, "rdflib_timeout")
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_rdflib_child, args=(str(sub_nq), [(name, q.text, p) for name, q, p in jobs], timeout, child))
    proc.start()
    child.close()
    budget = 600 + timeout * len(jobs)
    if not parent.poll(budget):
        proc.kill()
        return [f"rdflib: no answer within {budget:.0f} s; killed"]
    load_time, rd_results = parent.recv()
    proc.join()
    ox_times: dict[str, list[float]] = {}
    rd_times: dict[str, list[float | None]] = {}
    rows_ox: dict[str, int] = {}
    rows_rd: dict[str, int | None] = {}
    for (name, q, params), (rd_dt, rd_rows) in zip(jobs, rd_results, strict=True):
        ts = [_time_ox(store, q, params) for _ in range(max(1, min(args.rounds, 3)))]
        ox_times.setdefault(name, []).append(statistics.median(t for t, _ in ts))
        rows_ox[name] = ts[0][1]
        rd_times.setdefault(name, []).append(rd_dt)
        rows_rd[name] = rd_rows
    lines = [f"rdflib subset: {subset} companies, rdflib Dataset(default_union=True) load {load_time:.1f} s; "
             f"Oxigraph in memory, default graph ({len(store)} triples); per-query timeout {timeout:.0f} s; "
             f"ratios are rdflib time / Oxigraph time on this subset"]
    for name in bundled_queries():
        if name not in ox_times:
            continue
        o = statistics.median(ox_times[name])
        rd = [t for t in rd_times[name] if t is not None]
        if len(rd) < len(rd_times[name]):
            lines.append(f"rdflib {name:<15} timed out (> {timeout:.0f} s) on {len(rd_times[name]) - len(rd)} of "
                         f"{len(rd_times[name])} runs; Oxigraph {o * 1000:.1f} ms; ratio > {timeout / max(o, 1e-6):.0f}x")
            continue
        r = statistics.median(rd)
        same = "" if rows_rd[name] == rows_ox[name] else f" (row counts differ: rdflib {rows_rd[name]}, Oxigraph {rows_ox[name]})"
        lines.append(f"rdflib {name:<15} {r * 1000:9.1f} ms vs Oxigraph {o * 1000:7.1f} ms: {r / max(o, 1e-6):.1f}x slower{same}")
    return lines


def _rdflib_child(nq_path: str, jobs, timeout: float, conn) -> None:
    """Spawned child: load the subset into rdflib, run each query in a forked grandchild."""
    import rdflib

    from kg.graph.query import ontology_quads

    t0 = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(nq_path, format="nquads")
    onto = ds.graph(rdflib.URIRef("https://w3id.org/company-kg/ontology"))
    for q in ontology_quads():
        onto.add(tuple(_to_rdflib(t) for t in (q.subject, q.predicate, q.object)))
    load_time = time.perf_counter() - t0
    fork = multiprocessing.get_context("fork")
    results = []
    for _name, text, params in jobs:
        bindings = {}
        if params.get("company"):
            from kg.titles import wikipedia_iri

            bindings["companyWikipedia"] = rdflib.URIRef(wikipedia_iri(params["company"]))
        rx, tx = fork.Pipe(duplex=False)
        p = fork.Process(target=_rdflib_query, args=(ds, text, bindings, tx))
        p.start()
        tx.close()
        if rx.poll(timeout):
            results.append(rx.recv())
        else:
            results.append((None, None))
        p.kill()
        p.join()
    conn.send((load_time, results))
    conn.close()


def _rdflib_query(ds, text, bindings, conn) -> None:
    t0 = time.perf_counter()
    rows = list(ds.query(text, initBindings=bindings))
    conn.send((time.perf_counter() - t0, len(rows)))


def _to_rdflib(term):
    import pyoxigraph as ox
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
