"""company-kg: English Wikipedia company articles to a cited RDF knowledge graph."""

__version__ = "0.1.0"
