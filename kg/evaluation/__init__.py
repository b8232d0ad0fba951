"""Scoring extractors against hand-made gold: reading gold (``gold``), facts as predictions
(``predictions``), the matching rules of events (``events``) and of relations and
controversies (``relations``), counting (``scoring``) and running it all (``runner``)."""
