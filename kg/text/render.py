"""Wikicode to the text a reader sees: link labels, text-bearing templates, no refs.

``plain_text`` renders a value as plain text; ``marked_text`` keeps trend templates and
arrow images as one-character marks (``TREND_MARKS``) for the money parser. Date templates
render as the date they give (``date_from_template``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import repeat

from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from kg.model import DateValue
from kg.text.dates import MONTHS, format_date, make_date, parse_date_text
from kg.text.items import template_items
from kg.text.templates import (
    CONVERT_CURRENCY_TEMPLATES,
    CURRENCY_TEMPLATES,
    DATE_TEMPLATES,
    EXCHANGES,
    LIST_TEMPLATES,
    LITERAL_TEMPLATES,
    TEXT_TEMPLATES,
    TREND_FILES,
    TREND_MARKS,
    TREND_TEMPLATES,
)
from kg.text.wikicode import as_code, positional_args, template_arg, tname

_WS = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.!?)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")
_BOLD_ITALIC = re.compile(r"'{2,}")


def _link_namespace(target: str) -> str:
    head, sep, _ = target.partition(":")
    return head.strip().lower() if sep and not target.startswith(":") else ""




def _render(nodes: Iterable[Node], marks: bool = False) -> str:
    return "".join(map(_render_node, nodes, repeat(marks)))


def _render_node(node: Node, marks: bool) -> str:
    if isinstance(node, Text):
        return node.value
    if isinstance(node, Wikilink):
        return _render_wikilink(node, marks)
    if isinstance(node, Template):
        return _render_template(node, marks)
    if isinstance(node, Tag):
        return _render_tag(node, marks)
    if isinstance(node, HTMLEntity):
        return node.normalize()
    if isinstance(node, ExternalLink):
        if node.title is not None:
            return _render(node.title.nodes, marks)
        return "" if node.brackets else str(node.url)
    if isinstance(node, Heading):
        return _render(node.title.nodes, marks)
    if isinstance(node, Argument):
        return _render(node.default.nodes, marks) if node.default is not None else ""
    if isinstance(node, Comment):
        return ""
    return str(node)


def _render_wikilink(node: Wikilink, marks: bool) -> str:
    target = str(node.title).strip()
    namespace = _link_namespace(target)
    if namespace in ("file", "image", "media"):
        trend = _file_trend(target)
        return TREND_MARKS[trend] if marks and trend else ""
    if namespace == "category":
        return ""
    if node.text is not None and str(node.text).strip():
        return _render(node.text.nodes, marks)
    return target.lstrip(":")


def _file_trend(target: str) -> str | None:
    name = target.lower().replace("_", " ")
    return next((trend for key, trend in TREND_FILES.items() if key in name), None)


def _render_tag(node: Tag, marks: bool) -> str:
    name = str(node.tag).strip().lower()
    if name in ("ref", "references", "templatestyles", "gallery", "math", "score"):
        return ""
    if name in ("br", "hr", "li", "dt", "dd", "p", "tr", "td", "th"):
        inner = _render(node.contents.nodes, marks) if node.contents is not None else ""
        return f" {inner} "
    if name == "nowiki":
        return str(node.contents or "")
    return _render(node.contents.nodes, marks) if node.contents is not None else ""


def _render_template(t: Template, marks: bool) -> str:
    name = tname(t)
    if name in TEXT_TEMPLATES:
        return _render_text_template(t, TEXT_TEMPLATES[name], marks)
    if name in LITERAL_TEMPLATES:
        return LITERAL_TEMPLATES[name]
    if name.startswith("lang-"):
        arg = template_arg(t, "1")
        return _render(arg.nodes, marks) if arg is not None else ""
    if name in TREND_TEMPLATES:
        return TREND_MARKS[TREND_TEMPLATES[name]] if marks else ""
    if name in CURRENCY_TEMPLATES:
        arg = template_arg(t, "1")
        return CURRENCY_TEMPLATES[name][0] + (_render(arg.nodes, marks) if arg else "")
    if name in CONVERT_CURRENCY_TEMPLATES:
        return _render_converted_money(t, *CONVERT_CURRENCY_TEMPLATES[name])
    if name in EXCHANGES:
        arg = template_arg(t, "1")
        return f"{EXCHANGES[name][0]}: {plain_text(arg)}" if arg is not None else ""
    if name in DATE_TEMPLATES:
        return _render_date_template(name, t)
    if name in LIST_TEMPLATES:
        return ", ".join(_render(item.nodes, marks).strip() for item in template_items(t))
    if name in ("circa", "c."):
        arg = template_arg(t, "1")
        return "c. " + (_render(arg.nodes, marks) if arg is not None else "")
    if name == "convert":
        args = positional_args(t)[:2]
        return " ".join(plain_text(a) for a in args)
    return ""


def _render_converted_money(t: Template, symbol: str, _iso: str, scales: dict[str, str]) -> str:
    """The written figure of a conversion template: {{INRConvert|18412|c}} -> "₹18412 crore"."""
    args = positional_args(t)
    if not args:
        return ""
    amount = plain_text(args[0]).strip()
    scale = scales.get(plain_text(args[1]).strip().lower(), "") if len(args) > 1 else ""
    return f"{symbol}{amount} {scale}".strip() if amount else ""


def _render_text_template(t: Template, how: str, marks: bool) -> str:
    args = positional_args(t)
    if how == "join" or how == "join space":
        sep = "" if how == "join" else " "
        return sep.join(_render(a.nodes, marks).strip() for a in args)
    if how == "last":
        return _render(args[-1].nodes, marks) if args else ""
    arg = template_arg(t, how)
    return _render(arg.nodes, marks) if arg is not None else ""


def _render_date_template(name: str, t: Template) -> str:
    if name == "as of":
        return render_as_of(t)
    dv = date_from_template(t)
    if dv is None:
        return ""
    df = str(template_arg(t, "df") or "").strip().lower() in ("y", "yes", "true", "1")
    return format_date(dv, df)


def _flag(t: Template, key: str) -> bool:
    """A yes/no switch of a template: set when given any value but an empty or negative one."""
    value = plain_text(template_arg(t, key)).lower() if t.has(key) else ""
    return value not in ("", "n", "no", "false", "0")


def render_as_of(t: Template, lower: bool = False) -> str:
    """The words {{As of}} shows (Template:As of on English Wikipedia): "As of 1 April 2024"
    (day first unless |df=US: "As of April 1, 2024"; year or month alone as given), "as of" with
    |lc=y, "Since" with |since=y, the date alone with |bare=y, |pre= before the date, |post=
    after it, and |alt= in place of all but |post=. ``lower``: "as of" and "since" in lower case
    whatever |lc= says (the sentence text's reading, which takes "as of" for a state)."""
    post = " ".join(_render(template_arg(t, "post").nodes).split()) if t.has("post") else ""
    alt = plain_text(template_arg(t, "alt")) if t.has("alt") else ""
    if alt:
        return alt + post
    dv = date_from_template(t)
    if dv is None:
        return ""
    us = plain_text(template_arg(t, "df")).strip().lower() == "us" if t.has("df") else False
    text = format_date(dv, not us)
    pre = plain_text(template_arg(t, "pre")) if t.has("pre") else ""
    if pre:
        text = f"{pre} {text}"
    if not _flag(t, "bare"):
        lead = "Since" if _flag(t, "since") else "As of"
        text = f"{lead.lower() if lower or _flag(t, 'lc') else lead} {text}"
    return text + post




def tidy(text: str) -> str:
    if "''" in text:
        text = _BOLD_ITALIC.sub("", text)
    # _WS.sub(" ", text).strip(): str.split and \s agree on what whitespace is (str.isspace)
    text = " ".join(text.split())
    if " " in text:  # the only whitespace left, and what the two patterns below need
        # a single space is the only blank left, so each pattern needs one of these pairs
        if " ," in text or " ." in text or " ;" in text or " :" in text or " )" in text or " ]" in text \
                or " !" in text or " ?" in text:
            text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
        if "( " in text or "[ " in text:
            text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    return text.strip(" ,;")


def plain_text(value: object) -> str:
    """Human text of wikicode: link labels, text-bearing templates, no refs or markup."""
    if value is None:
        return ""
    return tidy(_render(as_code(value).nodes))


def marked_text(code: Wikicode) -> str:
    """Plain text with trend templates/arrows kept as one-character marks."""
    return tidy(_render(code.nodes, marks=True))




def date_from_template(t: Template) -> DateValue | None:
    args = [plain_text(a) for a in positional_args(t)]
    if not args or not args[0]:
        return None
    if args[0].isdigit() and len(args[0]) <= 4:
        parts = (args + [None, None])[:3]
        month = parts[1] if parts[1] and parts[1].isdigit() else MONTHS.get(
            (parts[1] or "").lower().rstrip(".")
        )
        day = parts[2] if parts[2] and parts[2].isdigit() else None
        return make_date(args[0], month, day)
    return parse_date_text(args[0])


