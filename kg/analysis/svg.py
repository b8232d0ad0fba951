"""A few helpers to write SVG by hand: every text and attribute value is escaped here, so
article text (labels, sentences) can never open a tag or end an attribute."""

from __future__ import annotations

from html import escape


def attrs(**values: object) -> str:
    """``key="value"`` pairs, escaped; ``None`` values are left out; ``class_`` gives
    ``class`` and ``data_x`` gives ``data-x``."""
    out = []
    for key, value in values.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        if isinstance(value, float):
            value = f"{value:.1f}".rstrip("0").rstrip(".")
        out.append(f'{name}="{escape(str(value), quote=True)}"')
    return " ".join(out)


def element(tag: str, body: str = "", **values: object) -> str:
    """``<tag attrs>body</tag>``; ``body`` must already be SVG (use ``text`` for text)."""
    return f"<{tag} {attrs(**values)}>{body}</{tag}>"


def text(value: object) -> str:
    """Text content, escaped."""
    return escape(str(value), quote=True)


def title(value: object) -> str:
    """A tooltip (``<title>``), escaped."""
    return f"<title>{text(value)}</title>"


def document(width: float, height: float, body: str, label: str, class_: str) -> str:
    """A standalone SVG document (it is also valid inline in HTML)."""
    head = attrs(
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 {width:.0f} {height:.0f}",
        width=f"{width:.0f}",
        height=f"{height:.0f}",
        role="img",
        aria_label=label,
        class_=class_,
        font_family="DejaVu Sans, Verdana, sans-serif",
    )
    return f"<svg {head}>{title(label)}{body}</svg>"


def shorten(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


__all__ = ["attrs", "document", "element", "shorten", "text", "title"]
