"""Bundled SPARQL queries, shipped inside the kg package as kg.queries."""
