"""Wikidata: the polite SPARQL client and its cache (``client``, ``cache``), the query text
(``sparql``), redirect resolution (``redirects``), linking a graph's entities to items
(``targets``, ``link``, ``report``)."""
