"""Whose purchase a sentence tells: the company's, or one between two other parties told in
passing ("iiNet was later bought by TPG", "after Bayer bought Monsanto"), which is no event of
the company's history."""

from __future__ import annotations

import re

from kg.text.mentions import names_company

_PASSIVE_SUBJECT = re.compile(r"(?P<subject>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?P<aux>was|were|had been|has been)"
                              r"\s+(?:\w+ly\s+|later\s+|then\s+|eventually\s+|subsequently\s+)?$")
# the agent: a name ("by TPG"), or a party described ("by a consortium of its doctors"), after
# the seller if one is named ("bought from Orange by Helios Investment Partners")
_AGENT = re.compile(r"\s*(?:from\s+(?:the\s+)?[A-Z][^,;]{0,40}?\s+)?by\s+(?:(?:the\s+)?(?P<agent>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
                    r"|(?P<described>(?:a|an)\s+[a-z][\w-]*(?:\s+[\w'’-]+){0,4}))")


def _bought_by_another(text: str, m: re.Match, company: frozenset[str], pluperfect: bool = False) -> bool:
    """Whether the purchase at ``m`` is one party's of another, the company neither: "iiNet was
    later bought by TPG", "Zenzele was bought by a consortium of its doctors" (not "Bluewren
    was bought by Acme", nor "it was bought by TPG"); with ``pluperfect``, only a telling in
    the pluperfect, background to the company's story ("Pinecrest had been spun out of ...")."""
    subject = _PASSIVE_SUBJECT.search(text, max(0, m.start() - 80), m.start())
    if subject is None or names_company(subject.group("subject"), company):
        return False
    agent = _AGENT.match(text, m.end())
    if subject.group("aux") == "had been" and (agent is None or not names_company(agent.group(0), company)):
        return True  # "Telkom Kenya had been bought from Orange by Helios earlier in 2016"
    if pluperfect:
        return False
    return agent is not None and not names_company(agent.group("agent") or agent.group("described"), company)


_ACTIVE_SUBJECT = re.compile(r"(?:^|[;,]\s*|\b(?:after|when|as|while|year|and|then)\s+|\b(?:1[6-9]|20)\d\d,?\s+)"
                             r"(?P<subject>[A-Z][\w&.'’-]*(?:\s+(?:(?:and|of|de|du|von|van|&)\s+)?[A-Z][\w&.'’-]*){0,3})"
                             r"\s+(?P<had>had\s+(?:earlier\s+|already\s+|previously\s+|just\s+)?)?(?:later\s+|also\s+|then\s+)?$")
_NAMED_OBJECT = re.compile(r"\s*(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){0,3}?(?P<object>[A-Z][\w&.'’-]*"
                           r"(?:\s+[A-Z][\w&.'’-]*){0,3})")
_OWN = re.compile(r"\b(?:it|its|the company|the group|the firm)\b", re.IGNORECASE)


def _buys_another(text: str, m: re.Match, company: frozenset[str], pluperfect: bool = False) -> bool:
    """Whether the purchase at ``m`` is told of two other named parties in the active voice:
    "after Bayer bought Monsanto in 2018", "; Heinz bought the British maker Crosse in 1999"
    (not "Acme bought Widgetron", nor "its subsidiary Nord bought X", nor "X bought the company")."""
    start = max(text.rfind(";", 0, m.start()), 0)
    subject = _ACTIVE_SUBJECT.search(text, max(start, m.start() - 80), m.start())
    name = subject.group("subject") if subject is not None else ""
    if subject is None or names_company(name, company) or name.split()[0].lower() in ("it", "the", "its", "they", "this", "that") \
            or any(c.startswith(name.lower()) for c in company):  # "Lune and Eden" of Lune and Eden Water plc
        return False
    if pluperfect and not subject.group("had"):
        return False
    if _OWN.search(text, start, m.start()):
        return False
    obj = _NAMED_OBJECT.match(text, m.end())
    return obj is not None and not names_company(obj.group("object"), company) and not _OWN.search(
        text, m.end(), obj.end())


def another_party_buys(text: str, m: re.Match, company: frozenset[str], pluperfect: bool = False) -> bool:
    """Whether the purchase whose trigger is ``m`` is told of two parties other than the company,
    in the passive or the active voice; with ``pluperfect`` (a sale, a spin-off), only when it is
    told in the pluperfect ("Jessup had earlier sold a business to Fiserv in 2001"): background
    to the company's story."""
    return _bought_by_another(text, m, company, pluperfect) or _buys_another(text, m, company, pluperfect)
