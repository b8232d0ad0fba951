"""A small ego-network picture: a company in the middle, its counterparties (partners,
customers, suppliers, investors, ...) on rings around it, one edge per counterparty coloured
by its relation (the colours of ``kg network --plot``), each node a link. SVG by own code."""

from __future__ import annotations

import math
from dataclasses import dataclass

from kg.analysis.network import COLOURS, RELATIONS, relation_label
from kg.analysis.svg import document, element, shorten, text, title


@dataclass
class Counterparty:
    iri: str
    label: str
    relations: tuple[str, ...]  # kgo local names: partner, customer, ...
    href: str | None = None


def ego_svg(company: str, others: list[Counterparty], size: float = 420.0, href: str | None = None) -> str:
    """The company and its counterparties; labels are written next to the nodes up to 24
    counterparties, beyond that they are tooltips only."""
    cx = cy = size / 2
    body: list[str] = []
    n = len(others)
    rings: list[list[Counterparty]] = []
    rest = list(others)
    capacity = 12
    while rest:
        rings.append(rest[:capacity])
        rest = rest[capacity:]
        capacity += 8
    outer = size / 2 - 60
    placed = []
    for k, ring in enumerate(rings):
        radius = outer * (k + 1) / len(rings) if len(rings) > 1 else outer
        for i, other in enumerate(ring):
            angle = 2 * math.pi * i / len(ring) - math.pi / 2 + (k * 0.35)
            placed.append((other, cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle))
    for other, x, y, _ in placed:
        relation = next((r for r in RELATIONS if r in other.relations), "partner")
        body.append(element("line", x1=cx, y1=cy, x2=x, y2=y, stroke=COLOURS[relation], stroke_width=1.5, opacity=0.8))
    for other, x, y, angle in placed:
        tip = f"{other.label} ({', '.join(relation_label(r) for r in other.relations)})"
        node = element("circle", title(tip), cx=x, cy=y, r=6, fill="#bbbbbb", stroke="#555", stroke_width=0.8,
                       class_="partner-node", data_partner=other.iri)
        if n <= 24:
            anchor = "start" if math.cos(angle) >= 0 else "end"
            dx = 9 if anchor == "start" else -9
            node += element("text", text(shorten(other.label, 26)), x=x + dx, y=y + 4, font_size=10,
                            fill="#333", text_anchor=anchor)
        body.append(element("a", node, href=other.href) if other.href else node)
    centre = element("circle", title(company), cx=cx, cy=cy, r=11, fill="#222")
    centre += element("text", text(shorten(company, 30)), x=cx, y=cy - 16, font_size=12, font_weight="bold",
                      fill="#000", text_anchor="middle")
    body.append(element("a", centre, href=href) if href else centre)
    present = [r for r in RELATIONS if any(r in o.relations for o in others)]
    for i, relation in enumerate(present):
        y = size - 10 - 14 * (len(present) - 1 - i)
        body.append(element("line", x1=8, x2=24, y1=y - 4, y2=y - 4, stroke=COLOURS[relation], stroke_width=3))
        body.append(element("text", text(relation_label(relation)), x=28, y=y, font_size=10, fill="#333"))
    return document(size, size, "".join(body), f"{company}: {n} counterparties", "ego-network")


__all__ = ["Counterparty", "ego_svg"]
