"""The article model and text analysis: pure functions, no I/O.

* ``parse``: one mwparserfromhell parse per article gives the ``Article`` (infoboxes, section
  tree, sentences with their links and citations); ``refs`` masks ``<ref>`` bodies and reads
  citations on demand; ``sentences`` finds sentence boundaries.
* Infobox values: ``wikicode`` (tree helpers), ``templates`` (what templates mean, as tables),
  ``render`` (plain text), ``items`` (list splitting), ``entities`` (an item's entity, people
  and roles), ``dates``, ``money`` (money and counts), ``values`` (dates from templates,
  listings, URLs, names), ``citations``.
* Running text: ``narrative`` (sentences with resolved dates and clauses), ``mentions``
  (names, the company's own names, descriptive links), ``sections`` (what a heading is
  about), ``patterns`` (regular-expression helpers and keyword gates).
"""
