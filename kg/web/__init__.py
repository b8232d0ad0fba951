"""The web front-end of ``kg serve``: company pages, Linked Data views of every resource,
and the SPARQL endpoint relayed to the Oxigraph server (see ``app`` and ``server``)."""
