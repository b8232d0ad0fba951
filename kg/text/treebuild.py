"""``parse(text)``: ``mwparserfromhell.parse`` with a faster tree builder, the same tree.

mwparserfromhell tokenises in C, then builds the node tree in Python, and building is most of
the cost (about 80% for an article whose refs are masked). Each node's constructor assigns
its parts through property setters, and each setter passes its value through
``parse_anything``, which accepts any type and starts with four imports: for a tree of tens of
thousands of nodes that is a large share of the whole build. The tokens already say what
each part is, so ``_FastBuilder`` makes the frequent nodes (text, wikilinks, templates and
their parameters, tags, headings, comments) by setting the attributes those setters would
set, and leaves every other node to mwparserfromhell's own handlers.

The attributes are mwparserfromhell's private ones, so the fast builder is used only with the
versions it was checked against (``_CHECKED``); any other version parses with
``mwparserfromhell.parse``. ``tests/test_fast_paths.py`` compares both trees, node by node and
attribute by attribute, on every corpus article.
"""

from __future__ import annotations

import mwparserfromhell
from mwparserfromhell.nodes import Comment, ExternalLink, Heading, Tag, Template, Text, Wikilink
from mwparserfromhell.nodes.extras import Attribute, Parameter
from mwparserfromhell.smart_list import SmartList
from mwparserfromhell.wikicode import Wikicode

_CHECKED = ("0.7.",)  # mwparserfromhell versions whose private attributes are set below

try:
    from mwparserfromhell.parser import Parser as _Parser
    from mwparserfromhell.parser import tokens as _tk
    from mwparserfromhell.parser.builder import _HANDLERS, Builder
    from mwparserfromhell.parser.errors import ParserError
except ImportError:  # pragma: no cover - another mwparserfromhell layout
    Builder = None

_new = object.__new__


def _code(nodes: list) -> Wikicode:
    code = _new(Wikicode)
    code._nodes = SmartList(nodes)
    return code


def _text(value) -> Text:
    node = _new(Text)
    node._value = str(value)
    return node


if Builder is not None:

    class _FastBuilder(Builder):
        """mwparserfromhell's Builder, making the frequent nodes without their setters."""

        def _pop(self):
            return _code(self._stacks.pop())

        def _handle_token(self, token):
            kind = type(token)
            if kind is _TEXT:
                return _text(token.get("text"))
            handler = _FAST.get(kind)
            if handler is not None:
                return handler(self, token)
            return super()._handle_token(token)

        def _fast_wikilink(self, token):
            title = None
            self._push()
            tokens = self._tokens
            while tokens:
                token = tokens.pop()
                kind = type(token)
                if kind is _tk.WikilinkSeparator:
                    title = self._pop()
                    self._push()
                elif kind is _tk.WikilinkClose:
                    node = _new(Wikilink)
                    if title is not None:
                        node._title, node._text = title, self._pop()
                    else:
                        node._title, node._text = self._pop(), None
                    return node
                elif kind is _TEXT:  # the most frequent token, made here without a call
                    node = _new(Text)
                    node._value = str(token.get("text"))
                    self._stacks[-1].append(node)
                else:
                    self._stacks[-1].append(self._handle_token(token))
            return self._fail("_handle_wikilink")

        def _fast_parameter(self, default):
            key = None
            showkey = False
            self._push()
            tokens = self._tokens
            while tokens:
                token = tokens.pop()
                kind = type(token)
                if kind is _tk.TemplateParamEquals:
                    key = self._pop()
                    showkey = True
                    self._push()
                elif kind is _tk.TemplateParamSeparator or kind is _tk.TemplateClose:
                    tokens.append(token)
                    param = _new(Parameter)
                    param._name = key if key is not None else _code([_text(default)])
                    param._value = self._pop()
                    param._showkey = showkey
                    return param
                elif kind is _TEXT:  # the most frequent token, made here without a call
                    node = _new(Text)
                    node._value = str(token.get("text"))
                    self._stacks[-1].append(node)
                else:
                    self._stacks[-1].append(self._handle_token(token))
            return self._fail("_handle_parameter")

        def _fast_template(self, token):
            name = None
            params = []
            default = 1
            self._push()
            tokens = self._tokens
            while tokens:
                token = tokens.pop()
                kind = type(token)
                if kind is _tk.TemplateParamSeparator:
                    if not params:
                        name = self._pop()
                    param = self._fast_parameter(default)
                    params.append(param)
                    if not param._showkey:
                        default += 1
                elif kind is _tk.TemplateClose:
                    if not params:
                        name = self._pop()
                    node = _new(Template)
                    node._name, node._params = name, params
                    return node
                elif kind is _TEXT:  # the most frequent token, made here without a call
                    node = _new(Text)
                    node._value = str(token.get("text"))
                    self._stacks[-1].append(node)
                else:
                    self._stacks[-1].append(self._handle_token(token))
            return self._fail("_handle_template")

        def _fast_heading(self, token):
            level = int(token.get("level"))
            if level < 1 or level > 6:
                raise ValueError(level)
            self._push()
            tokens = self._tokens
            while tokens:
                token = tokens.pop()
                if type(token) is _tk.HeadingEnd:
                    node = _new(Heading)
                    node._title, node._level = self._pop(), level
                    return node
                self._stacks[-1].append(self._handle_token(token))
            return self._fail("_handle_heading")

        def _fast_comment(self, token):
            self._push()
            tokens = self._tokens
            while tokens:
                token = tokens.pop()
                if type(token) is _tk.CommentEnd:
                    node = _new(Comment)
                    node._contents = str(self._pop())
                    return node
                self._stacks[-1].append(self._handle_token(token))
            return self._fail("_handle_comment")

        def _fast_tag(self, token):
            tag = padding = contents = closing_tag = None
            implicit, attrs = False, []
            wiki_markup, invalid = token.get("wiki_markup"), token.get("invalid") or False
            wiki_style_separator, closing_wiki_markup = None, wiki_markup
            self._push()
            tokens = self._tokens
            while tokens:
                token = tokens.pop()
                kind = type(token)
                if kind is _tk.TagAttrStart:
                    attrs.append(self._handle_attribute(token))
                elif kind is _tk.TagCloseOpen:
                    wiki_style_separator = token.get("wiki_markup")
                    padding = token.get("padding") or ""
                    tag = self._pop()
                    self._push()
                elif kind is _tk.TagOpenClose:
                    closing_wiki_markup = token.get("wiki_markup")
                    contents = self._pop()
                    self._push()
                elif kind is _tk.TagCloseSelfclose or kind is _tk.TagCloseClose:
                    if kind is _tk.TagCloseSelfclose:
                        closing_wiki_markup = token.get("wiki_markup")
                        tag = self._pop()
                        self_closing = True
                        padding = token.get("padding") or ""
                        implicit = token.get("implicit") or False
                    else:
                        self_closing = False
                        closing_tag = self._pop()
                    return _tag(tag, contents, attrs, wiki_markup, self_closing, invalid, implicit,
                                padding, closing_tag, wiki_style_separator, closing_wiki_markup)
                elif kind is _TEXT:  # the most frequent token, made here without a call
                    node = _new(Text)
                    node._value = str(token.get("text"))
                    self._stacks[-1].append(node)
                else:
                    self._stacks[-1].append(self._handle_token(token))
            return self._fail("_handle_tag")

        def _fast_external_link(self, token):
            brackets, url, suppress_space = token.get("brackets"), None, None
            self._push()
            tokens = self._tokens
            while tokens:
                token = tokens.pop()
                kind = type(token)
                if kind is _tk.ExternalLinkSeparator:
                    url = self._pop()
                    suppress_space = token.get("suppress_space")
                    self._push()
                elif kind is _tk.ExternalLinkClose:
                    node = _new(ExternalLink)
                    if url is not None:
                        node._url, node._title = url, self._pop()
                    else:
                        node._url, node._title = self._pop(), None
                    node._brackets = bool(brackets)
                    node.suppress_space = suppress_space is True
                    return node
                elif kind is _TEXT:
                    node = _new(Text)
                    node._value = str(token.get("text"))
                    self._stacks[-1].append(node)
                else:
                    self._stacks[-1].append(self._handle_token(token))
            return self._fail("_handle_external_link")

        def _handle_attribute(self, start):
            """``Builder._handle_attribute``: an ``Attribute`` as its constructor's setters
            would make it (``_attribute``)."""
            name = quotes = None
            self._push()
            tokens = self._tokens
            while tokens:
                token = tokens.pop()
                kind = type(token)
                if kind is _tk.TagAttrEquals:
                    name = self._pop()
                    self._push()
                elif kind is _tk.TagAttrQuote:
                    quotes = token.get("char")
                elif kind is _tk.TagAttrStart or kind is _tk.TagCloseOpen or kind is _tk.TagCloseSelfclose:
                    tokens.append(token)
                    if name:
                        value = self._pop()
                    else:
                        name, value = self._pop(), None
                    return _attribute(name, value, quotes, start.get("pad_first"), start.get("pad_before_eq"),
                                      start.get("pad_after_eq"))
                elif kind is _TEXT:
                    node = _new(Text)
                    node._value = str(token.get("text"))
                    self._stacks[-1].append(node)
                else:
                    self._stacks[-1].append(self._handle_token(token))
            return self._fail("_handle_attribute")

        def _fail(self, where: str):
            raise ParserError(f"{where}() missed a close token")

    _TEXT = _tk.Text
    _FAST = {
        _tk.WikilinkOpen: _FastBuilder._fast_wikilink,
        _tk.TemplateOpen: _FastBuilder._fast_template,
        _tk.HeadingStart: _FastBuilder._fast_heading,
        _tk.CommentStart: _FastBuilder._fast_comment,
        _tk.TagOpenOpen: _FastBuilder._fast_tag,
        _tk.ExternalLinkOpen: _FastBuilder._fast_external_link,
    }
    assert all(k in _HANDLERS for k in _FAST)


def _tag(tag, contents, attrs, wiki_markup, self_closing, invalid, implicit, padding, closing_tag,
         wiki_style_separator, closing_wiki_markup) -> Tag:
    """``Tag(...)`` with these arguments, as its constructor's setters would make it."""
    if padding and not str(padding).isspace():
        raise ValueError("padding must be entirely whitespace")
    node = _new(Tag)
    node._tag = node._closing_tag = tag
    node._contents = contents if contents is not None else _code([])
    node._attrs = attrs if attrs else []
    node._wiki_markup = str(wiki_markup) if wiki_markup else None
    node._closing_wiki_markup = node._wiki_markup
    node._self_closing = bool(self_closing)
    node._invalid = bool(invalid)
    node._implicit = bool(implicit)
    node._padding = str(padding) if padding else ""
    if closing_tag is not None:
        node._closing_tag = closing_tag
    node._wiki_style_separator = str(wiki_style_separator) if wiki_style_separator else None
    if closing_wiki_markup is not None:
        node._closing_wiki_markup = str(closing_wiki_markup) if closing_wiki_markup else None
    return node


def _padding(value) -> str:
    """What ``Attribute``'s padding setters store (``_set_padding``)."""
    if not value:
        return ""
    value = str(value)
    if not value.isspace():
        raise ValueError("padding must be entirely whitespace")
    return value


def _attribute(name, value, quotes, pad_first, pad_before_eq, pad_after_eq) -> Attribute:
    """``Attribute(name, value, quotes, pad_first, pad_before_eq, pad_after_eq)`` for wikicode
    ``name`` and ``value`` (or None), as its constructor's setters would make it: the quotes
    setter's value is the one kept (the value setter's choice of quotes is overwritten by it),
    and it refuses no quotes where the value needs them."""
    node = _new(Attribute)
    node._name = name
    node._value = value
    quotes = Attribute.coerce_quotes(quotes)
    if not quotes and Attribute._value_needs_quotes(value):
        raise ValueError("attribute value requires quotes")
    node._quotes = quotes
    node._pad_first = _padding(pad_first)
    node._pad_before_eq = _padding(pad_before_eq)
    node._pad_after_eq = _padding(pad_after_eq)
    return node


def fast_builder_usable() -> bool:
    """Whether ``parse`` builds with the fast builder (this mwparserfromhell was checked)."""
    return Builder is not None and str(mwparserfromhell.__version__).startswith(_CHECKED)


_TOKENIZER = _Parser()._tokenizer if fast_builder_usable() else None


def _wikicode_str(self: Wikicode) -> str:
    """``Wikicode.__str__`` (``"".join([str(node) for node in self.nodes])``), with the text
    of a lone text node returned as it is. Most of the wikicode an article's reading turns
    into a str is one text node (a link's title, a template's name, a comment), and there the
    join, the list and two Python-level ``__str__`` calls were most of the cost (~10,000 calls
    a pass of the benchmark articles)."""
    nodes = self._nodes
    if len(nodes) == 1:
        for node in nodes:
            if type(node) is Text:
                return node._value
    return "".join([str(node) for node in nodes])


if fast_builder_usable():  # the private attributes read above are those of the checked versions
    Wikicode.__str__ = _wikicode_str


def parse(text: str) -> Wikicode:
    """``mwparserfromhell.parse(text)`` for a str: the same tree, built faster."""
    if _TOKENIZER is None:
        return mwparserfromhell.parse(text)
    return _FastBuilder().build(_TOKENIZER.tokenize(text, 0, False))


def code_of(nodes: list) -> Wikicode:
    """``parse_anything(nodes)`` for a list of nodes: a Wikicode holding them."""
    return _code(list(nodes))


def build(tokens: list) -> Wikicode:
    """The tree of a list of mwparserfromhell tokens (consumed), as its ``Builder`` makes it."""
    return (_FastBuilder if _TOKENIZER is not None else Builder)().build(tokens)


__all__ = ["build", "code_of", "fast_builder_usable", "parse"]
