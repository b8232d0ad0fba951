"""The entity of a list item, and key people with their roles.

In a list item the entity is the head (before a qualifier in parentheses or ``{{small}}``):
its first article link, else its plain text. A parenthesis is a qualifier unless it is part of
the name (``_qualifier_at``: "Acme (Thailand)", "Tianlan China (Shanghai) Co., Ltd."); for
key people it gives the role ("[[Will Shu]] ([[Chief executive officer|CEO]])"). A role-only
item ("(President)") belongs to the person before it.
"""

from __future__ import annotations

import re

from mwparserfromhell.nodes import Node, Tag, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

from kg.model import Entity, Role
from kg.text.countries import place_country
from kg.text.items import LEGAL_SUFFIXES, has_text, split_items
from kg.text.render import plain_text
from kg.text.templates import TEXT_TEMPLATES
from kg.text.wikicode import as_code, is_ref, template_arg, tname
from kg.titles import canonical_title

PLACEHOLDERS: frozenset[str] = frozenset(
    {"", "-", "–", "—", "?", "n/a", "na", "none", "unknown", "tba", "tbd", "nil", "."}
)
ROLE_WORDS: frozenset[str] = frozenset(
    "ceo cfo coo cto cio cmo cso cdo chro md evp svp vp chair chairman chairwoman chairperson "
    "president director founder cofounder officer manager executive head chief vice editor "
    "publisher partner owner secretary treasurer principal board governor leader ombudsman "
    "deputy acting interim senior general managing non independent co and of the & operating "
    "financial technology technical marketing people operations chief-executive group member "
    "management supervisory commissioner commissioners directors".split()
)
ROLE_CORE: frozenset[str] = frozenset(
    "ceo cfo coo cto cio cmo cso cdo chro md evp svp vp chair chairman chairwoman chairperson "
    "president director founder cofounder officer manager executive head chief editor "
    "publisher partner owner secretary treasurer principal governor leader board directors".split()
)


# Honorifics and styles written before a person's name ("Sir John Hale", "Tan Sri Dato' Lim"):
# not part of the name a profile shows (Wikidata labels people without them).
HONORIFICS: tuple[str, ...] = (
    "Sir", "Dame", "Lord", "Lady", "Baron", "Baroness", "Dr.", "Dr", "Prof.", "Professor",
    "Mr.", "Mrs.", "Ms.", "Tan Sri", "Puan Sri", "Datuk Seri", "Dato' Sri", "Datuk", "Dato'",
    "Dato", "Datin", "Tun", "Toh Puan", "Shri", "Smt.", "Hon.", "The Honourable",
)
_HONORIFIC = re.compile(r"^(?:(?:" + "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
                        + r")\s+)+(?=[A-Z])")
# Words that make an unlinked name an organisation's, not a person's.
_ORG_WORDS = re.compile(r"\b(?:Company|Co|Corporation|Corp|Group|Brothers|Bros|Sons|Daughters|Holdings?|Bank|"
                        r"Trust|Fund|Foundation|Government|Ministry|State|University|Family|family)\b\.?")
_PERSON = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|bin|binti|al|el|y|del))*")
_PERSON_AND = re.compile(r"\s+(?:and|&)\s+")


def person_name(label: str) -> str:
    """A person's name without the honorifics before it ("Dame Ruth Ogilvy" -> "Ruth Ogilvy")."""
    return _HONORIFIC.sub("", label).strip() or label


def _people_named(label: str) -> list[str] | None:
    """The people of an unlinked "A and B" ("Sir William Pell and Dr. Thomas Kerr"; "Peter and
    Fred Asquith", two brothers: the given name alone shares the surname after it), or None
    when the text is not two people's names."""
    parts = _PERSON_AND.split(label)
    if len(parts) != 2 or _ORG_WORDS.search(label) or LEGAL_SUFFIXES.search(label):
        return None
    first, second = (person_name(p.strip()) for p in parts)
    if not (_PERSON.fullmatch(first) and _PERSON.fullmatch(second)):
        return None
    first_words, second_words = first.split(), second.split()
    if len(second_words) < 2:
        return None
    if len(first_words) == 1:
        if len(second_words) != 2:
            return None
        return [f"{first} {second_words[-1]}", second]
    return [first, second]


def persons_of(item: object) -> list[Entity]:
    """The people one list item names (founders): a linked page as it is; an unlinked name
    without its honorifics, and "A and B" as two people."""
    ent = entity_of(item)
    if ent is None:
        return []
    if ent.title is not None:
        # "[[Lena Ortiz]] and Hiro Tanabe": the unlinked person after the link
        parts = _PERSON_AND.split(plain_text(item))
        rest = parts[1].strip() if len(parts) == 2 and parts[0].strip() == ent.label else ""
        other = person_name(rest)
        if rest and _PERSON.fullmatch(other) and len(other.split()) >= 2 and not _ORG_WORDS.search(other):
            return [ent, Entity(label=other)]
        return [ent]
    return [Entity(label=person_name(name)) for name in _people_named(ent.label) or [ent.label]]


def parse_persons(value: object) -> list[Entity]:
    """The people of every item of a list (``persons_of``)."""
    return [person for item in split_items(value) for person in persons_of(item)]


_ROLE_SUFFIX = re.compile(r"^(?P<name>.+?)(?:,\s+|\s+[–—-]\s+)(?P<role>.+)$")
_PARENS = re.compile(r"\((?P<inner>.*)\)")
_ROLE_PREFIX = re.compile(r"^(?P<role>[^:–—()]+?)\s*(?::|\s[–—-])\s+(?P<name>.+)$")

_LINK_TRAIL = re.compile(r"^[a-z]+")


def _head(nodes: list[Node]) -> list[Node]:
    """The nodes before the qualifier: a parenthesis that is not part of the name, or
    ``{{small}}``/``<small>``."""
    head: list[Node] = []
    for i, node in enumerate(nodes):
        if is_ref(node):
            continue
        if isinstance(node, Text) and "(" in node.value:
            cut = _qualifier_at(head, node.value, nodes[i + 1 :])
            if cut is not None:
                head.append(Text(node.value[:cut]))
                break
        if isinstance(node, Template) and tname(node) in ("small", "smaller"):
            break
        if isinstance(node, Tag) and str(node.tag).strip().lower() == "small":
            break
        head.append(node)
    return head


_LEGAL_END = re.compile(rf"\b{LEGAL_SUFFIXES.pattern}\s*$")


def _qualifier_at(head: list[Node], text: str, rest: list[Node]) -> int | None:
    """Where in ``text`` a qualifier in parentheses starts, or None when every parenthesis
    of ``text`` is part of the name.

    A parenthesis is part of the name when the name goes on after it ("Tianlan China
    (Shanghai) Co., Ltd.") or when it names a place that is not an annotation of a full
    legal name ("Acme (Thailand)", but "Acme Inc. (United States)" is Acme Inc. in the
    United States). Roles, stakes, years and other remarks are qualifiers ("(CEO)", "(50%)").
    """
    rendered = [n for n in head if not is_ref(n)]
    start = 0
    while (pos := text.find("(", start)) != -1:
        before = plain_text(as_code([*rendered, Text(text[:pos])]))
        after = plain_text(as_code([Text(text[pos:]), *[n for n in rest if not is_ref(n)]]))
        close = after.find(")")
        if close == -1 or not before.strip() or any(isinstance(n, Wikilink) for n in rendered):
            return pos
        inner, tail = after[1:close], after[close + 1 :]
        if re.match(r"\s*(?:\([^()]*\)\s*)*[^\W\d_]", tail):
            # the name goes on after the parenthesis, also after another one: "Mabeleng
            # Engineering (Rustenburg) (Pty) Ltd"
            start = pos + 1
            continue
        if "," not in inner and place_country(inner, cities=False) and not _LEGAL_END.search(before):
            start = pos + 1
            continue
        return pos
    return None


def _first_link(nodes: list[Node]) -> tuple[Wikilink, str] | None:
    """The first wikilink to an article and its link trail ("[[ship]]s" -> "s")."""
    for i, node in enumerate(nodes):
        if isinstance(node, Wikilink) and canonical_title(str(node.title)):
            nxt = nodes[i + 1] if i + 1 < len(nodes) else None
            trail = _LINK_TRAIL.match(nxt.value) if isinstance(nxt, Text) else None
            return node, trail.group(0) if trail else ""
        inner = _text_bearing_nodes(node)
        found = _first_link(inner) if inner else None
        if found:
            return found
    return None


def _text_bearing_nodes(node: Node) -> list[Node]:
    if isinstance(node, Template):
        how = TEXT_TEMPLATES.get(tname(node))
        arg = template_arg(node, how) if how and how[0].isdigit() else None
        return list(arg.nodes) if arg is not None else []
    if isinstance(node, Tag) and not is_ref(node) and node.contents is not None:
        return list(node.contents.nodes)
    return []


def clean_label(text: str) -> str:
    return text.strip(" ,;:")


# A pointer to elsewhere, not a value: "See [[#Leadership|Leadership]]", "[[List of Acme
# subsidiaries|List of subsidiaries]]".
_CROSS_REFERENCE = re.compile(r"^(?:see(?:\s+also)?|refer to|list of)\b", re.IGNORECASE)
# Values of an owner, parent or subsidiary field that name no organisation.
NOT_ORGANIZATIONS: frozenset[str] = frozenset({
    "independent", "public", "publicly traded", "publicly held", "publicly listed", "listed",
    "private", "privately held", "self-owned", "various", "multiple", "several", "many",
    "employee-owned", "employee owned", "family-owned", "family owned", "state-owned", "state owned",
    "government-owned", "cooperative", "co-operative", "non-profit", "nonprofit", "mutual",
    # the shares no one holder has: no owner
    "free float", "public float", "float", "others", "other shareholders", "public shareholders",
})


def is_organization_label(label: str) -> bool:
    """Whether an owner, parent or subsidiary value can name an organisation: not a status
    ("Independent", "Publicly traded") nor a count ("45 (2023)")."""
    return label.lower().strip(" .") not in NOT_ORGANIZATIONS and re.search(r"[^\W\d_]", label) is not None \
        and not re.fullmatch(r"[\d,.+~]+(?:\s*\(.*\))?", label)


def entity_of(item: object) -> Entity | None:
    """The main entity of one item: its first article link, else its plain text; none for a
    pointer to elsewhere ("See [[#Divisions|divisions]]", "[[List of Acme subsidiaries]]")."""
    if _CROSS_REFERENCE.match(plain_text(item)):
        return None
    nodes = list(as_code(item).nodes)
    head = _head(nodes) or nodes
    found = _first_link(head)
    if found and "#" in str(found[0].title).lstrip("#") and found[0].text is not None:
        # [[Computing-Tabulating-Recording Company#Computing Scale Company|Computing Scale
        # Company]]: a section of another article names what the link text says
        label = clean_label(plain_text(as_code(found[0].text)))
        if label and label.lower() not in PLACEHOLDERS:
            return Entity(label=label)
    if found:
        link, trail = found
        title = canonical_title(str(link.title))
        label = clean_label(plain_text(as_code(link)) + trail) or title
        return Entity(label=label, title=title)
    label = clean_label(plain_text(as_code(head)))
    if label.lower() in PLACEHOLDERS:
        label = clean_label(plain_text(as_code(nodes)))
    return None if label.lower() in PLACEHOLDERS else Entity(label=label)


def _is_role_text(text: str) -> bool:
    words = re.findall(r"[a-z&-]+", text.lower())
    return bool(words) and all(w in ROLE_WORDS for w in words) and any(
        w in ROLE_CORE for w in words
    )


def _role_only(item: Wikicode) -> str | None:
    """The role of an item that holds only a role: "(President)", "{{small|(CEO)}}", "CEO"."""
    text = plain_text(item)
    solid = [n for n in item.nodes if has_text([n])]
    small = len(solid) == 1 and (
        (isinstance(solid[0], Template) and tname(solid[0]) in ("small", "smaller"))
        or (isinstance(solid[0], Tag) and str(solid[0].tag).strip().lower() == "small")
    )
    match = _PARENS.fullmatch(text)
    if match or small:
        return (match.group("inner") if match else text).strip() or None
    return text if _is_role_text(text) else None


def parse_role_item(item: object) -> Role | None:
    """A person and their role: "[[Will Shu]] ([[Chief executive officer|CEO]])"."""
    code = as_code(item)
    holder = entity_of(code)
    if holder is None or _role_only(code) is not None:
        return None
    text = plain_text(code)
    prefix = _ROLE_PREFIX.match(text)
    if prefix and _is_role_text(prefix.group("role")) and not _is_role_text(prefix.group("name")):
        # "Chairman: [[Ann Lee]]", "[[Chief executive officer|CEO]] – Bo Park": the role first
        name = clean_label(prefix.group("name").split("(")[0])
        if holder.title is None or holder.label not in name:
            holder = Entity(label=person_name(name))
        return Role(holder=holder, role=prefix.group("role").strip())
    if holder.title is None:
        holder = Entity(label=person_name(holder.label))
    paren = _PARENS.search(text)
    if paren and paren.group("inner").strip():
        return Role(holder=holder, role=paren.group("inner").strip())
    suffix = _ROLE_SUFFIX.match(text)
    if suffix and _is_role_text(suffix.group("role")):
        name = clean_label(suffix.group("name"))
        # "Sir John Hale, [[Chairman]]": the link is the role's, the holder the name before it
        if holder.title is None or holder.label not in name:
            holder = Entity(label=person_name(name))
        return Role(holder=holder, role=suffix.group("role").strip())
    if holder.title is None:
        holder = Entity(label=person_name(holder.label))
    return Role(holder=holder)


def parse_people(value: object) -> list[Role]:
    """Key people: split, and give a role-only item to the person before it."""
    people: list[Role] = []
    for item in split_items(value):
        role = _role_only(item)
        if role is not None and people:
            last = people[-1]
            merged = f"{last.role}; {role}" if last.role else role
            people[-1] = Role(holder=last.holder, role=merged)
            continue
        parsed = parse_role_item(item)
        if parsed is not None:
            people.append(parsed)
    return people


