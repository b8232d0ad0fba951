"""The timeline picture of a company: its dated events on a time axis, one lane per event
type, coloured by type, events with an amount (funding rounds, fines) drawn larger (circle
area proportional to the amount, compared within one currency).

The input is the rows of the bundled ``timeline`` query (``company_timeline`` runs it), so
the picture shows exactly one mark per row. ``layout`` places the marks once; ``to_svg``
writes the layout as SVG (own code, no dependency) and ``draw_png`` draws the same layout
with matplotlib (the ``plot`` extra). ``kg timeline --plot`` and the company pages of
``kg serve`` both use them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

from kg.analysis.svg import document, element, shorten, text, title
from kg.errors import UsageError
from kg.fileio import atomic_write
from kg.graph.query import get_query, run_query

# Event type label (as the ontology names it) -> colour; grouped: money, trouble, the rest.
TYPE_COLOURS: dict[str, str] = {
    "founding": "#222222",
    "funding round": "#009E73",
    "initial public offering or listing": "#2CA02C",
    "acquisition": "#0072B2",
    "merger": "#56B4E9",
    "divestiture": "#6A8CAF",
    "joint venture": "#17BECF",
    "partnership or agreement": "#9467BD",
    "product launch": "#E69F00",
    "expansion or opening": "#BCBD22",
    "award": "#F0C400",
    "leadership change": "#8C564B",
    "rename": "#7F7F7F",
    "layoffs": "#FF7F0E",
    "strike": "#D98E5A",
    "boycott": "#C49C94",
    "lawsuit": "#D62728",
    "fine or sanction": "#B2182B",
    "investigation": "#CC79A7",
    "recall": "#E377C2",
    "data breach": "#7B3294",
    "bankruptcy": "#67001F",
    "other event": "#AAAAAA",
}
OTHER_COLOUR = "#AAAAAA"
PICTURE_FORMATS = (".svg", ".png")

R_PLAIN = 5.0  # radius of an event without an amount
R_MIN, R_MAX = 7.0, 18.0  # radii of the smallest and largest amounts of a currency
LANE_LABEL = 190.0
ROW = 24.0
MAX_ROWS = 6


@dataclass
class TimelineEvent:
    """One row of the ``timeline`` query."""

    event: str
    date: str
    type: str
    label: str
    participants: str = ""
    amount: str = ""
    currency: str = ""
    sentence: str = ""
    reference: str = ""

    @classmethod
    def from_row(cls, row: dict[str, str]) -> TimelineEvent:
        return cls(
            event=row.get("event", ""),
            date=row.get("date", ""),
            type=row.get("type", "") or "other event",
            label=row.get("label", ""),
            participants=row.get("participantLabels", ""),
            amount=row.get("amount", ""),
            currency=row.get("currency", ""),
            sentence=row.get("sentence", ""),
            reference=row.get("reference", ""),
        )

    def value(self) -> tuple[float, str] | None:
        """The largest amount of the event and its currency ("?" when unknown)."""
        values = []
        for part in self.amount.split():
            try:
                values.append(Decimal(part))
            except InvalidOperation:
                continue
        if not values:
            return None
        currencies = self.currency.split()
        return float(max(values)), currencies[0] if len(currencies) == 1 else "mixed"


@dataclass
class Mark:
    event: TimelineEvent
    x: float
    y: float
    r: float
    colour: str
    href: str | None
    span: tuple[float, float] | None = None  # start and end x of a dated range


@dataclass
class Layout:
    width: float
    height: float
    caption: str
    lanes: list[tuple[str, float, float, str]] = field(default_factory=list)  # label, top, height, colour
    ticks: list[tuple[float, str]] = field(default_factory=list)
    axis_y: float = 0.0
    plot_left: float = LANE_LABEL
    plot_right: float = 0.0
    marks: list[Mark] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)
    legend_y: float = 0.0
    scaled: bool = False


_DATE = re.compile(r"^(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?")


def year_position(value: str) -> float | None:
    """A date at its precision as a fractional year, in the middle of its period:
    "2014" -> 2014.5, "2014-10" -> 2014.79, "2018-06-29" -> 2018.49."""
    m = _DATE.match(value.strip())
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3):
        try:
            day = date(year, int(m.group(2)), int(m.group(3))).timetuple().tm_yday
        except ValueError:
            return year + 0.5
        return year + (day - 0.5) / 365.25
    if m.group(2):
        return year + (min(max(int(m.group(2)), 1), 12) - 0.5) / 12
    return year + 0.5


def event_span(value: str) -> tuple[float, float | None] | None:
    """(start, end) of a timeline date ("2014", or "2014/2016" for a range)."""
    start, _, end = value.partition("/")
    s = year_position(start)
    if s is None:
        return None
    e = year_position(end) if end else None
    return s, (e if e is not None and e > s else None)


def _nice_step(span: float, most: int = 12) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if span / step <= most:
            return step
    return 1000


def layout(
    events: Iterable[TimelineEvent],
    caption: str,
    width: float = 960.0,
    href: Callable[[TimelineEvent], str | None] | None = None,
) -> Layout:
    """Place one mark per event: x from the date, a lane per type, rows within a lane so
    that marks do not cover each other (at most ``MAX_ROWS`` rows, then they may)."""
    placed = [(e, event_span(e.date)) for e in events]
    placed = [(e, s) for e, s in placed if s is not None]
    out = Layout(width=width, height=0.0, caption=caption, plot_right=width - 24.0)
    if not placed:
        out.height = 60.0
        return out
    lo = math.floor(min(s[0] for _, s in placed))
    hi = math.ceil(max(s[1] or s[0] for _, s in placed))
    if hi - lo < 2:
        lo, hi = lo - 1, hi + 1
    step = _nice_step(hi - lo)
    lo, hi = lo - lo % step, hi + (-hi) % step

    def x_of(year: float) -> float:
        return out.plot_left + (year - lo) / (hi - lo) * (out.plot_right - out.plot_left)

    biggest: dict[str, float] = {}
    for e, _ in placed:
        v = e.value()
        if v:
            biggest[v[1]] = max(biggest.get(v[1], 0.0), v[0])
    out.scaled = bool(biggest)

    def radius(e: TimelineEvent) -> float:
        v = e.value()
        if not v or biggest.get(v[1], 0.0) <= 0:
            return R_PLAIN
        return R_MIN + (R_MAX - R_MIN) * math.sqrt(max(v[0], 0.0) / biggest[v[1]])

    order = list(TYPE_COLOURS)
    types = sorted({e.type for e, _ in placed}, key=lambda t: (order.index(t) if t in order else len(order), t))
    y = 34.0
    for kind in types:
        colour = TYPE_COLOURS.get(kind, OTHER_COLOUR)
        lane = sorted(((e, s) for e, s in placed if e.type == kind), key=lambda item: (item[1][0], item[0].label))
        rows_end: list[float] = []
        row_of = []
        for e, (start, end) in lane:
            r = radius(e)
            x = x_of(start)
            free = [i for i, right in enumerate(rows_end) if right + 2.0 <= x - r]
            if free:
                row = free[0]
            elif len(rows_end) < MAX_ROWS:
                rows_end.append(-math.inf)
                row = len(rows_end) - 1
            else:
                row = min(range(len(rows_end)), key=rows_end.__getitem__)
            rows_end[row] = max(rows_end[row], x_of(end) if end else x + r)
            row_of.append((e, start, end, r, row))
        row_height = max(ROW, 2 * max(r for *_, r, _ in row_of) + 4.0)
        height = row_height * len(rows_end)
        for e, start, end, r, row in row_of:
            cy = y + row_height * (row + 0.5)
            span = (x_of(start), x_of(end)) if end else None
            out.marks.append(Mark(e, x_of(start), cy, r, colour, href(e) if href else None, span))
        out.lanes.append((kind, y, height, colour))
        y += height
    out.axis_y = y + 6.0
    out.ticks = [(x_of(year), str(year)) for year in range(lo, hi + 1, step)]
    out.legend = [(kind, TYPE_COLOURS.get(kind, OTHER_COLOUR)) for kind in types]
    out.legend_y = out.axis_y + 40.0
    per_line = max(1, int((width - 20) // 210))
    lines = math.ceil(len(out.legend) / per_line) + (1 if out.scaled else 0)
    out.height = out.legend_y + 20.0 * lines + 6.0
    return out


def _mark_title(e: TimelineEvent) -> str:
    parts = [f"{e.date}: {e.label} ({e.type})"]
    if e.amount:
        parts.append(f"amount: {e.amount} {e.currency}".rstrip())
    if e.participants:
        parts.append(f"with: {e.participants}")
    if e.sentence:
        parts.append(e.sentence)
    return "\n".join(parts)


def to_svg(lay: Layout) -> str:
    """The layout as an SVG document; each event is one ``circle.event`` (inside a link when
    the layout has one for it), with its date, label, amount and sentence as tooltip."""
    body = [element("text", text(lay.caption), x=10, y=20, font_size=14, font_weight="bold", fill="#222")]
    if not lay.marks:
        body.append(element("text", "no dated events", x=10, y=46, font_size=12, fill="#555"))
        return document(lay.width, lay.height, "".join(body), lay.caption, "timeline")
    for i, (kind, top, height, colour) in enumerate(lay.lanes):
        if i % 2 == 0:
            body.append(element("rect", x=0, y=top, width=lay.width, height=height, fill="#f6f6f6"))
        body.append(element("text", text(shorten(kind, 28)), x=8, y=top + min(height, ROW) / 2 + 4,
                            font_size=12, fill=colour if colour != OTHER_COLOUR else "#555"))
    for x, label in lay.ticks:
        body.append(element("line", x1=x, x2=x, y1=28, y2=lay.axis_y, stroke="#ddd", stroke_width=1))
        body.append(element("text", text(label), x=x, y=lay.axis_y + 16, font_size=11, fill="#333", text_anchor="middle"))
    body.append(element("line", x1=lay.plot_left, x2=lay.plot_right, y1=lay.axis_y, y2=lay.axis_y, stroke="#333"))
    for m in lay.marks:
        shape = ""
        if m.span:
            shape += element("rect", x=m.span[0], y=m.y - 3, width=max(m.span[1] - m.span[0], 1.0), height=6,
                             fill=m.colour, opacity=0.45, class_="event-span")
        shape += element("circle", title(_mark_title(m.event)), cx=m.x, cy=m.y, r=m.r, fill=m.colour,
                         fill_opacity=0.85, stroke="#fff", stroke_width=1, class_="event",
                         data_event=m.event.event, data_type=m.event.type, data_date=m.event.date)
        body.append(element("a", shape, href=m.href) if m.href else shape)
    per_line = max(1, int((lay.width - 20) // 210))
    for i, (kind, colour) in enumerate(lay.legend):
        row, col = divmod(i, per_line)
        x, y = 10 + col * 210, lay.legend_y + row * 20
        body.append(element("circle", cx=x + 6, cy=y - 4, r=6, fill=colour))
        body.append(element("text", text(kind), x=x + 16, y=y, font_size=12, fill="#333"))
    if lay.scaled:
        y = lay.legend_y + math.ceil(len(lay.legend) / per_line) * 20
        body.append(element("text", "larger circles: larger amounts (circle area, compared within a currency)",
                            x=10, y=y, font_size=11, fill="#555"))
    return document(lay.width, lay.height, "".join(body), lay.caption, "timeline")


def draw_png(lay: Layout, path: str | Path, dpi: int = 100) -> None:
    """The same layout drawn with matplotlib into a PNG file (written atomically)."""
    try:
        import matplotlib
    except ImportError:
        raise UsageError(
            "drawing a PNG needs matplotlib: install the 'plot' extra (pip install 'company-kg[plot]'),"
            " or write an .svg"
        ) from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle, Rectangle

    fig = plt.figure(figsize=(lay.width / dpi, lay.height / dpi), dpi=dpi)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, lay.width)
    ax.set_ylim(lay.height, 0)
    ax.axis("off")
    pt = 72.0 / dpi  # SVG pixels -> font points
    ax.text(10, 20, lay.caption, fontsize=14 * pt, fontweight="bold", color="#222")
    if not lay.marks:
        ax.text(10, 46, "no dated events", fontsize=12 * pt, color="#555")
    for i, (kind, top, height, colour) in enumerate(lay.lanes):
        if i % 2 == 0:
            ax.add_patch(Rectangle((0, top), lay.width, height, color="#f6f6f6", lw=0))
        ax.text(8, top + min(height, ROW) / 2 + 4, shorten(kind, 28), fontsize=12 * pt,
                color=colour if colour != OTHER_COLOUR else "#555")
    for x, label in lay.ticks:
        ax.plot([x, x], [28, lay.axis_y], color="#ddd", lw=1)
        ax.text(x, lay.axis_y + 16, label, fontsize=11 * pt, ha="center", color="#333")
    if lay.marks:
        ax.plot([lay.plot_left, lay.plot_right], [lay.axis_y, lay.axis_y], color="#333", lw=1)
    for m in lay.marks:
        if m.span:
            ax.add_patch(Rectangle((m.span[0], m.y - 3), max(m.span[1] - m.span[0], 1.0), 6, color=m.colour, alpha=0.45, lw=0))
        ax.add_patch(Circle((m.x, m.y), m.r, facecolor=m.colour, alpha=0.85, edgecolor="white", lw=1))
    per_line = max(1, int((lay.width - 20) // 210))
    for i, (kind, colour) in enumerate(lay.legend):
        row, col = divmod(i, per_line)
        x, y = 10 + col * 210, lay.legend_y + row * 20
        ax.add_patch(Circle((x + 6, y - 4), 6, color=colour))
        ax.text(x + 16, y, kind, fontsize=12 * pt, color="#333")
    if lay.scaled:
        y = lay.legend_y + math.ceil(len(lay.legend) / per_line) * 20
        ax.text(10, y, "larger circles: larger amounts (circle area, compared within a currency)",
                fontsize=11 * pt, color="#555")
    try:
        with atomic_write(Path(path), "wb") as fh:
            fig.savefig(fh, format="png", dpi=dpi)
    finally:
        plt.close(fig)


def write_picture(lay: Layout, path: str | Path) -> str:
    """Write the picture as SVG or PNG, chosen by the suffix; returns the format."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in PICTURE_FORMATS:
        raise UsageError(f"{p}: the picture must be .svg or .png")
    if suffix == ".svg":
        with atomic_write(p) as fh:
            fh.write(to_svg(lay) + "\n")
    else:
        draw_png(lay, p)
    return suffix[1:]


def company_timeline(store: ox.Store, company: str) -> tuple[list[str], list[list[str]], list[TimelineEvent]]:
    """The rows of the bundled ``timeline`` query for a company (an English Wikipedia
    title), and the events they describe."""
    columns, rows = run_query(store, get_query("timeline"), {"company": company})
    events = [TimelineEvent.from_row(dict(zip(columns, row, strict=True))) for row in rows]
    return columns, rows, events


__all__ = [
    "TYPE_COLOURS",
    "Layout",
    "Mark",
    "TimelineEvent",
    "company_timeline",
    "draw_png",
    "event_span",
    "layout",
    "to_svg",
    "write_picture",
    "year_position",
]
