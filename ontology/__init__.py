"""Ontology and SHACL shapes (Turtle), shipped inside the kg package as kg.ontology."""
