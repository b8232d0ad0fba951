"""Regular-expression helpers shared by the text layer.

* ``alternation(words)``: one alternation, longest words first.
* Keyword gates. Most cue patterns cannot match most sentences, and a case-insensitive
  pattern costs a match attempt at every position of the text. ``required_literals`` reads a
  compiled pattern and returns lower-case strings of which every match (or the text around it,
  for a lookahead) contains at least one; ``passes`` tests them with ``in`` against the folded
  text and the pattern only runs when one is there. The gate is exact: it never turns a match
  into a miss. ``LiteralIndex`` answers the same question for many sentences at once, and
  ``GateSet`` for many gated items against one text (an Aho-Corasick automaton, pyahocorasick:
  one pass over the text whatever the number of keywords).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache, reduce
from itertools import starmap
from operator import itemgetter, or_, sub
from re import _constants as _sre
from re import _parser as _sre_parser

import ahocorasick


def alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Characters that case-insensitive matching equates with an ASCII letter although their
# lower case is not that letter (U+0130 and U+0131 match "i", U+017F matches "s").
_FOLD_FIXES = {0x130: "i", 0x131: "i", 0x17F: "s"}
ODD_CASE = re.compile("[\u0130\u0131\u017f]")


def fold(text: str) -> str:
    """``text`` lower-cased for keyword gates: one character per character of ``text``, so
    ``fold(text)[a:b]`` is the fold of ``text[a:b]``."""
    if not text.isascii() and ODD_CASE.search(text):
        return text.translate(_FOLD_FIXES).lower()
    return text.lower()


def _factors(items, out: list[frozenset[str]]) -> None:
    """Append to ``out`` sets of strings such that the text holds one string of each set."""
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(frozenset({"".join(run)}))
            run.clear()

    def walk(seq) -> None:
        for op, av in seq:
            if op is _sre.LITERAL and av < 128:
                run.append(chr(av).lower())
            elif op is _sre.AT:
                continue  # zero width: the literals around it are adjacent in the text
            elif op is _sre.SUBPATTERN:
                walk(av[-1])  # matched once, in place
            else:
                flush()
                sub: list[frozenset[str]] = []
                if op is _sre.BRANCH:
                    alts = [_best(alt) for alt in av[1]]
                    if alts and all(alts):
                        sub.append(frozenset().union(*alts))
                elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
                    _factors(av[2], sub)
                elif op is _sre.ASSERT:
                    _factors(av[1], sub)  # a lookaround's text is in the string too
                elif op is _sre.ATOMIC_GROUP:
                    _factors(av, sub)
                out.extend(sub)

    walk(items)
    flush()


# Words nearly every sentence holds: a gate made of them lets nearly every sentence through, so
# a required part of the pattern that holds another word is the better gate even if shorter.
_COMMON_WORDS = frozenset(
    "been from have that than their them then there they this were what when which with "
    "company found ings".split()
)
_WORD = re.compile(r"[a-z0-9]+")


def _uncommon(literal: str) -> bool:
    """Whether ``literal`` holds a run of four letters or more that is not a common word."""
    return any(len(w) >= 4 and w not in _COMMON_WORDS for w in _WORD.findall(literal))


def _best(items) -> frozenset[str] | None:
    factors: list[frozenset[str]] = []
    _factors(items, factors)
    if not factors:
        return None
    best = max(factors, key=lambda f: (all(map(_uncommon, f)), min(map(len, f)), -len(f)))
    # a string that contains another one of the set adds nothing
    return frozenset(s for s in best if not any(t != s and t in s for t in best))


@cache
def _literals(pattern: str, flags: int) -> tuple[str, ...] | None:
    try:
        best = _best(_sre_parser.parse(pattern, flags))
    except Exception:  # an unreadable pattern is simply not gated
        return None
    return tuple(sorted(best, key=lambda s: (-len(s), s))) if best else None


def required_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case strings one of which the text holds wherever ``pattern`` matches in it;
    None when the pattern needs no literal text."""
    return _literals(pattern.pattern, pattern.flags) if isinstance(pattern.pattern, str) else None


@cache
def _all_factors(pattern: str, flags: int) -> tuple[tuple[str, ...], ...]:
    factors: list[frozenset[str]] = []
    try:
        _factors(_sre_parser.parse(pattern, flags), factors)
    except Exception:  # an unreadable pattern is simply not gated
        return ()
    out = []
    for f in factors:
        f = frozenset(s for s in f if not any(t != s and t in s for t in f))
        if "" not in f:
            out.append(tuple(sorted(f, key=lambda s: (-len(s), s))))
    return tuple(dict.fromkeys(out))


def required_factors(pattern: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Every set of lower-case strings of which the text holds one wherever ``pattern``
    matches in it (``required_literals`` is the best of them): a text must pass all of them.
    For a pattern whose best gate is made of words most sentences hold ("the", "its"), the
    other parts of the match ("offering", "listing") are a further test before the search."""
    return _all_factors(pattern.pattern, pattern.flags) if isinstance(pattern.pattern, str) else ()


def weak(literals: tuple[str, ...] | None) -> bool:
    """Whether a gate lets most sentences through: no gate, or one with a short or common
    word (``_uncommon``)."""
    return literals is None or not all(map(_uncommon, literals))


def further_gates(pattern: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """For a pattern whose ``required_literals`` are ``weak``, the other sets of
    ``required_factors`` made of strings of three characters or more (a space or " of " is in
    nearly every sentence): a text where it matches passes each. Empty for a pattern with a
    good gate."""
    gate = required_literals(pattern)
    if not weak(gate):
        return ()
    return tuple(g for g in required_factors(pattern) if g != gate and all(len(w.strip()) >= 3 for w in g))


def passes(literals: tuple[str, ...] | None, folded: str) -> bool:
    """Whether a pattern with these ``required_literals`` may match the text ``folded``: one
    of them is in it. From ``_MANY`` literals on, one automaton pass over the text answers
    instead of a scan per literal (the clause breaks', the months', the plans' gates)."""
    if literals is None:
        return True
    if len(literals) < _MANY:
        for s in literals:
            if s in folded:
                return True
        return False
    # by the gate's identity first: hashing a tuple of many keywords (a trigger gate holds over
    # a hundred) costs more than the automaton pass; the entry holds the gate, so its id is not reused
    entry = _GATE_BY_ID.get(id(literals))
    if entry is not None and entry[0] is literals:
        automaton = entry[1]
    else:
        automaton = _GATE_AUTOMATA.get(literals)
        if automaton is None:
            automaton = _GATE_AUTOMATA[literals] = _gate_automaton(literals)
        if len(_GATE_BY_ID) >= 4096:  # gates made per article would otherwise accumulate
            _GATE_BY_ID.clear()
        _GATE_BY_ID[id(literals)] = (literals, automaton)
    if automaton is _ALWAYS:
        return True
    for _ in automaton.iter(folded):
        return True
    return False


_ALWAYS = object()  # a gate with the empty string: every text holds it
_GATE_AUTOMATA: dict[tuple[str, ...], object] = {}
_GATE_BY_ID: dict[int, tuple[tuple[str, ...], object]] = {}


def _gate_automaton(literals: tuple[str, ...]):
    if "" in literals:
        return _ALWAYS
    automaton = ahocorasick.Automaton()
    for literal in literals:
        automaton.add_word(literal, True)
    automaton.make_automaton()
    return automaton


_SECOND = itemgetter(1)


class GateSet:
    """Items, each with a keyword gate (``required_literals``, None for none), and the items
    whose gate a text passes, in their order: what ``[i for i in items if passes(gate(i), t)]``
    gives, with one automaton pass over ``t`` instead of a test per item and keyword."""

    def __init__(self, items: Sequence, gates: Iterable[tuple[str, ...] | None]):
        self.items = tuple(items)
        self.always = 0
        masks: dict[str, int] = {}
        for i, gate in enumerate(gates):
            if gate is None:
                self.always |= 1 << i
            else:
                for literal in gate:
                    if literal:
                        masks[literal] = masks.get(literal, 0) | 1 << i
                    else:  # the empty string is in every text
                        self.always |= 1 << i
        self._automaton = ahocorasick.Automaton() if masks else None
        if self._automaton is not None:
            for literal, mask in masks.items():
                self._automaton.add_word(literal, mask)
            self._automaton.make_automaton()

    def passing(self, folded: str) -> list:
        return self.items_of(self.mask(folded))

    def mask(self, folded: str) -> int:
        """The items whose gate ``folded`` passes, as the bits of their numbers (``items_of``):
        two gate sets over the same items answer "passes both" with ``&``."""
        mask = self.always
        if self._automaton is not None and folded:
            # the bits of every keyword found, or-ed without a Python loop per occurrence
            mask = reduce(or_, map(_SECOND, self._automaton.iter(folded)), mask)
        return mask

    def items_of(self, mask: int) -> list:
        """The items of the set bits of ``mask``, in their order."""
        items, out = self.items, []
        while mask:  # the set bits, lowest first: the items in their order
            low = mask & -mask
            out.append(items[low.bit_length() - 1])
            mask ^= low
        return out


# ---------------------------------------------------------------- alternations, gated by branch


def top_level_branches(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source: ``"|".join`` of them is ``source``."""
    parts, depth, start, i, n = [], 0, 0, 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character class: "]" right after "[" or "[^" is a member
            i += 2 if source.startswith("[^", i) else 1
            if i < n and source[i] == "]":
                i += 1
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _per_pattern(maxsize: int):
    """``lru_cache`` for a function of one compiled pattern, keyed by the pattern object itself.

    ``hash`` and ``==`` of a ``re.Pattern`` read its whole compiled code (a cue table's
    alternation of a few thousand characters: 20-40 µs a hash), and an ``lru_cache`` does
    both on every call; the patterns these caches see are long-lived module constants, so
    their identity is the key (the entry holds the pattern, so its id is not reused while it
    is cached). The same answers: an equal pattern compiled twice is only computed twice.
    Past ``maxsize`` entries the cache starts again (patterns made per article would
    otherwise accumulate)."""

    def decorate(fn):
        memo: dict[int, tuple] = {}

        def cached(pattern):
            entry = memo.get(id(pattern))
            if entry is not None and entry[0] is pattern:
                return entry[1]
            value = fn(pattern)
            if len(memo) >= maxsize:
                memo.clear()
            memo[id(pattern)] = (pattern, value)
            return value

        cached.__doc__, cached.__name__, cached.__wrapped__ = fn.__doc__, fn.__name__, fn
        cached.cache_clear = memo.clear
        return cached

    return decorate


_BACKREF = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # \1, (?P=name), (?(1)yes|no)


@_per_pattern(maxsize=512)
def _branches(pattern: re.Pattern) -> tuple[tuple[re.Pattern, ...], GateSet, dict] | None:
    """The top-level alternatives of ``pattern`` compiled alone, their keyword gates and the
    ``further_gates`` of those whose gate is weak (by number); None
    when they cannot stand alone (a back-reference counts groups across them) or do not gain."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    parts = top_level_branches(pattern.pattern)
    if len(parts) < 2 or "|".join(parts) != pattern.pattern or _BACKREF.search(pattern.pattern):
        return None
    flags = pattern.flags & ~re.UNICODE
    try:
        branches = tuple(re.compile(part, flags) for part in parts)
    except re.error:
        return None
    gates = [required_literals(b) for b in branches]
    if all(g is None for g in gates):
        return None
    further = {i: more for i, b in enumerate(branches) if (more := further_gates(b))}
    return branches, GateSet(range(len(branches)), gates), further


def branch_search(pattern: re.Pattern, text: str, folded: str) -> re.Match | None:
    """Where ``pattern.search(text)`` matches (``folded`` is ``fold(text)``), trying only the
    top-level alternatives whose keywords ``folded`` holds.

    A search finds the leftmost position where some alternative matches and there takes the
    first alternative (in their order) that does; so does this, from the leftmost match of each
    alternative that passes its gate. The match has the same span and text; its groups are the
    alternative's own (a pattern with back-references is searched whole). A big
    case-insensitive alternation tries every alternative at every position of the text: most
    of them cannot match, and their keywords say so in one automaton pass.
    """
    split = _branches(pattern)
    if split is None:
        return pattern.search(text)
    branches, gates, further = split
    best = None
    for i in gates.passing(folded):
        if i in further and not all(passes(g, folded) for g in further[i]):
            continue  # a weak gate passed (" of "), another required part is not there
        m = next(finditer_from_starts(branches[i], text, folded), None)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best



class AlternationSet:
    """Many alternations searched in one text as ``branch_search`` searches each, with one
    keyword pass over the text for the gates of all their branches (and of the ``gates`` the
    caller adds) and one pass for the first words of all their branches (``Scan``), in place
    of one of each per alternation and per branch: an event-type table's triggers, tried type
    after type on one clause."""

    def __init__(self, patterns: Iterable[re.Pattern], gates: Iterable[tuple[str, ...] | None] = ()):
        self.patterns = tuple(patterns)
        slots: list[tuple[str, ...] | None] = list(gates)  # the caller's gates first: slot i is gates[i]
        words: dict[str, int] = {}  # a first word -> the bits of the branches it starts
        plans: list[tuple | None] = []
        bid = 0
        for pattern in self.patterns:
            split = _branches(pattern)
            if split is None:
                plans.append(None)  # searched whole, as ``branch_search`` does
                continue
            branches, _, further = split
            # the bits of the branches' own gates, and by a gate's slot: the branch, the bits of
            # its further gates (all must pass) and its number among the branches with first words
            own, by_slot = 0, {}
            for i, branch in enumerate(branches):
                slot = len(slots)
                slots.append(required_literals(branch))
                more = 0
                for gate in further.get(i, ()):
                    more |= 1 << len(slots)
                    slots.append(gate)
                first = start_words(branch)
                if first is not None:
                    for word in first:
                        words[word] = words.get(word, 0) | 1 << bid
                own |= 1 << slot
                by_slot[slot] = (branch, more, None if first is None else bid)
                bid += 1
            plans.append((own, by_slot))
        self._plans = tuple(plans)
        self._gates = GateSet(range(len(slots)), slots)
        self._starts = None
        if words:
            self._starts = ahocorasick.Automaton()
            for word, bits in words.items():
                self._starts.add_word(word, (len(word) - 1, bits))  # end - (len - 1): where it starts
            self._starts.make_automaton()

    def scan(self, text: str, folded: str) -> Scan:
        """The searches of ``text`` (``folded`` is ``fold(text)``)."""
        return Scan(self, text, folded)


class Scan:
    """One text's searches in an ``AlternationSet``: ``passes(i)`` is ``passes(gates[i], folded)``
    and ``search(k)`` is ``branch_search(patterns[k], text, folded)``."""

    __slots__ = ("alternations", "text", "folded", "mask", "_occurrences")

    def __init__(self, alternations: AlternationSet, text: str, folded: str):
        self.alternations, self.text, self.folded = alternations, text, folded
        self.mask = alternations._gates.mask(folded)
        self._occurrences: list[tuple[int, int]] | None = None  # (start, branch bits) of each first word

    def passes(self, slot: int) -> bool:
        return bool(self.mask >> slot & 1)

    def search(self, k: int) -> re.Match | None:
        plan = self.alternations._plans[k]
        text = self.text
        if plan is None:
            return self.alternations.patterns[k].search(text)
        own, by_slot = plan
        mask, best = self.mask, None
        passing = mask & own  # the branches whose keywords the text holds, in their order
        while passing:
            low = passing & -passing
            passing ^= low
            branch, more, bid = by_slot[low.bit_length() - 1]
            if mask & more != more:
                continue  # a weak gate passed (" of "), another required part is not there
            m = branch.search(text) if bid is None else self._first_from_starts(branch, bid)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def _first_from_starts(self, branch: re.Pattern, bid: int) -> re.Match | None:
        """``next(finditer_from_starts(branch, text, folded), None)``, from the first words found
        for all branches at once."""
        occurrences = self._occurrences
        if occurrences is None:
            automaton = self.alternations._starts
            occurrences = self._occurrences = [(end - back, bits) for end, (back, bits) in automaton.iter(self.folded)] \
                if self.folded else []
        bit = 1 << bid
        text = self.text
        for start in sorted({start for start, bits in occurrences if bits & bit}):
            m = branch.match(text, start)
            if m is not None:
                return m
        return None


# ---------------------------------------------------------------- matches found from their first words


def _starts(items) -> set[str] | None:
    """Literal strings one of which every match of the parsed sequence ``items`` starts with
    (zero-width assertions before them aside); None when the analysis cannot tell."""
    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if not run and op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the match still starts with what follows
        if op is _sre.BRANCH or op is _sre.SUBPATTERN:
            alts = av[1] if op is _sre.BRANCH else [av[-1]]
            subs = [_starts(alt) for alt in alts]
            if all(sub is not None for sub in subs):
                return {run + s for sub in subs for s in sub}
        break
    return {run} if run else None


_MIN_START = 3


# more than the bundled tables' patterns (1,037 relation cues and trigger branches in round 32): a
# caller that tries every cue on each sentence in turn must not empty the cache once a sentence
@_per_pattern(maxsize=4096)
def _start_automaton(pattern: re.Pattern) -> ahocorasick.Automaton | None:
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    try:
        starts = _starts(_sre_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unreadable pattern is simply searched whole
        return None
    if not starts:
        return None
    # ASCII first words: the characters that match them regardless of case fold to them
    # (``fold``); min length: shorter ones start too many candidate positions to gain
    if not all(s.isascii() and len(s) >= _MIN_START for s in starts):
        return None
    folded = {s.lower() for s in starts}
    automaton = ahocorasick.Automaton()
    for f in folded:
        automaton.add_word(f, len(f) - 1)  # end - (len - 1): where the word starts
    automaton.make_automaton()
    return automaton


def start_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The lower-case words one of which ``finditer_from_starts`` needs in the folded text to
    find a match of ``pattern`` (a keyword gate: ``passes``); None when it searches the text whole."""
    automaton = _start_automaton(pattern)
    return None if automaton is None else tuple(sorted(automaton.keys()))


def finditer_from_starts(pattern: re.Pattern, text: str, folded: str):
    """``pattern.finditer(text)`` (``folded`` is ``fold(text)``), trying the pattern only
    where one of the literal strings that start all its matches stands in the text.

    A pattern that opens with a case-insensitive alternation of words ("\\b(?:signed|
    entered into|...)") makes ``re`` try that alternation at every position of the text;
    where no such word starts, no match can, and the words are found in one automaton pass.
    ``pattern.match`` at each such position, left to right, resuming after each match, is
    what ``finditer`` finds (``match`` sees the text before the position, for ``\\b`` and
    lookbehinds, as a search does). Patterns the analysis cannot read go through
    ``finditer``.
    """
    automaton = _start_automaton(pattern)
    if automaton is None:
        yield from pattern.finditer(text)
        return
    if not folded:
        return
    at = sorted(set(starmap(sub, automaton.iter(folded))))
    pos = 0
    for start in at:
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            pos = m.end()


_MANY = 8  # from this many keywords, one automaton pass beats one scan per keyword


_NONE: frozenset[int] = frozenset()
# every literal primed so far (in any article) and its automaton; grown, never shrunk
_VOCABULARY: list = [frozenset(), None]
_USABLE: dict[tuple[str, ...], frozenset[str]] = {}  # a gate -> its literals ``_prime`` can look for
_VOCABULARY_CAP = 50_000  # the cue tables hold a few thousand; literals made from text would grow it


@lru_cache(maxsize=64)
def _automaton(literals: tuple[str, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for literal in literals:
        automaton.add_word(literal, literal)
    automaton.make_automaton()
    return automaton


class LiteralIndex:
    """Which sentences of an article hold a literal: one ``str.find`` scan of the joined
    sentence texts per literal (one automaton pass for many) instead of one ``in`` test per
    sentence and literal."""

    def __init__(self, texts: Sequence[str]):
        self.texts = texts
        self.joined = "\x00".join(texts)
        self.starts: list[int] = []
        pos = 0
        for text in texts:
            self.starts.append(pos)
            pos += len(text) + 1
        self._holding: dict[str, frozenset[int]] = {}
        self._any: dict[tuple[str, ...], frozenset[int]] = {}  # ``any_of``'s answers
        self._primed: frozenset[str] = frozenset()  # the vocabulary of the last ``_prime`` pass

    def holding(self, literal: str) -> frozenset[int]:
        """The numbers of the sentences that contain ``literal``."""
        hits = self._holding.get(literal)
        if hits is not None:
            return hits
        if not literal or "\x00" in literal:
            hits = frozenset(i for i, text in enumerate(self.texts) if literal in text)
        else:
            found: set[int] = set()
            joined, starts, last = self.joined, self.starts, len(self.starts) - 1
            at = joined.find(literal)
            while at >= 0:  # an occurrence never spans the separator: it lies in one sentence
                k = bisect_right(starts, at) - 1
                found.add(k)
                if k >= last:
                    break
                at = joined.find(literal, starts[k + 1])
            hits = frozenset(found)
        self._holding[literal] = hits
        return hits

    def _prime(self, literals: Iterable[str]) -> None:
        """``holding`` of every one of ``literals`` not known yet, all in one automaton pass
        when there are many of them (a prefilter's keywords, the gates of a cue table).

        The pass looks for every literal primed so far in any article, not only these: the
        extractors ask every article for the same cue tables' keywords, so after the first
        articles one pass per article answers all of them, where a pass per table would
        scan the text again each time."""
        if type(literals) is tuple:  # a gate: its usable literals, found once per gate
            usable = _USABLE.get(literals)
            if usable is None:
                if len(_USABLE) >= 4096:
                    _USABLE.clear()
                usable = _USABLE[literals] = frozenset(
                    literal for literal in literals if literal and "\x00" not in literal)
            if usable <= self._primed:  # all known since this index's last pass
                return
            missing = usable.difference(self._holding)
        else:
            missing = {literal for literal in literals
                       if literal and "\x00" not in literal and literal not in self._holding}
        if len(missing) < _MANY:
            return
        vocabulary, automaton = _VOCABULARY
        if not missing <= vocabulary:
            vocabulary = vocabulary | missing
            automaton = _automaton(tuple(sorted(vocabulary)))
            if len(vocabulary) <= _VOCABULARY_CAP:
                _VOCABULARY[:] = vocabulary, automaton
        # sentence by sentence, each sentence's literals gathered as a set in C: an occurrence
        # never spans two sentences, and a Python step per occurrence (tens of thousands an
        # article: "into", "made", "use") cost more than the scan itself
        found: dict[str, list[int]] = {}
        for k, text in enumerate(self.texts):
            for literal in set(map(_SECOND, automaton.iter(text))):
                found.setdefault(literal, []).append(k)
        holding = self._holding
        for literal, hits in found.items():
            if literal not in holding:
                holding[literal] = frozenset(hits)
        for literal in vocabulary.difference(holding):
            holding[literal] = _NONE
        self._primed = vocabulary

    def any_of(self, literals: tuple[str, ...] | None) -> frozenset[int] | None:
        """The sentences that contain one of ``literals``; None (no restriction) for None."""
        if literals is None:
            return None
        if len(literals) == 1:
            return self.holding(literals[0])
        hits = self._any.get(literals)
        if hits is None:
            self._prime(literals)
            hits = self._any[literals] = frozenset().union(*map(self.holding, literals))
        return hits

    def candidates(self, items, gate, within: frozenset[int] | None = None) -> dict[int, list]:
        """Sentence number -> the ``items`` (in their order) whose ``gate(item)`` literals the
        sentence holds, among the sentences ``within`` (all when None)."""
        items = list(items)
        self._prime(literal for item in items for literal in (gate(item) or ()))
        out: dict[int, list] = {}
        everything = frozenset(range(len(self.texts)))
        for item in items:
            hits = self.any_of(gate(item))
            if hits is None:
                hits = everything
            if within is not None:
                hits = hits & within
            for i in hits:
                out.setdefault(i, []).append(item)
        return out


