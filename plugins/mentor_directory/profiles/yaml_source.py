"""Strict YAML reading that keeps the line and column of every value.

PyYAML's own constructors guess types (``NO`` becomes False, ``1.10`` becomes 1.1) and
forget where a value came from. We compose the node graph with the safe loader and turn
it into plain scalars, sequences and mappings that remember their position and whether
they were quoted; the profile schema, not YAML, then decides what each value means.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
from yaml.composer import Composer
from yaml.resolver import Resolver

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml: the pure-Python reader does everything
    CParser = None

MAX_DEPTH = 16
MAX_NODES = 5_000

# Tags a YAML author may write explicitly; anything else (e.g. !!python/object) is refused.
_ALLOWED_EXPLICIT_TAGS = {None, "!", "tag:yaml.org,2002:str"}


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass(frozen=True)
class Scalar:
    text: str
    plain: bool
    position: Position

    @property
    def is_null(self) -> bool:
        return self.plain and self.text in {"", "~", "null", "Null", "NULL"}


@dataclass(frozen=True)
class Sequence:
    items: tuple[Node, ...]
    position: Position


@dataclass(frozen=True)
class Entry:
    key: str
    key_position: Position
    value: Node


@dataclass(frozen=True)
class Mapping:
    entries: dict[str, Entry]
    position: Position
    duplicates: tuple[tuple[Entry, Entry], ...] = field(default=())


Node = Scalar | Sequence | Mapping


class YamlSyntaxError(Exception):
    """The text is not YAML we accept; carries a 1-based position and a plain message."""

    def __init__(self, position: Position, message: str) -> None:
        super().__init__(message)
        self.position = position
        self.message = message


def _position(mark: yaml.Mark | None) -> Position:
    if mark is None:
        return Position(1, 1)
    return Position(mark.line + 1, mark.column + 1)


class _StrictComposing:
    """Composing that refuses aliases, custom tags, runaway nesting and too many values.

    Every limit is checked as each node is composed, before PyYAML builds the rest of the
    document, so a hostile file fails fast instead of being parsed in full first.
    """

    _depth = 0
    _nodes = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise YamlSyntaxError(
                _position(event.start_mark),
                "YAML aliases (*name) are not allowed in profiles; write the value out in full",
            )
        if getattr(event, "anchor", None):
            raise YamlSyntaxError(
                _position(event.start_mark),
                "YAML anchors (&name) are not allowed in profiles; remove the &name",
            )
        if getattr(event, "tag", None) not in _ALLOWED_EXPLICIT_TAGS:
            raise YamlSyntaxError(
                _position(event.start_mark),
                f"YAML tags such as {event.tag} are not allowed; remove the tag and write plain text",
            )
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise YamlSyntaxError(_position(event.start_mark), f"more than {MAX_NODES} values; a profile needs far fewer")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlSyntaxError(
                    _position(event.start_mark),
                    f"values are nested more than {MAX_DEPTH} levels deep; profiles need at most 2",
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _StrictLoader(_StrictComposing, yaml.SafeLoader):
    """PyYAML's pure-Python reader, scanner and parser: the authority on what a file means and
    where an error is."""


if CParser is not None:
    class _FastStrictLoader(_StrictComposing, Composer, CParser, Resolver):  # type: ignore[misc]
        """libyaml's parser (about ten times faster) under the same strict composing."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            Resolver.__init__(self)

        def resolve(self, kind, value, implicit):  # type: ignore[no-untyped-def]
            """No guessing of types (``_convert`` ignores tags; the schema decides), so skip its regexes."""
            return kind.__name__


def _fast_compose(text: str) -> tuple[bool, yaml.Node | None]:
    """(True, root) when libyaml reads the text without any complaint, else (False, None).

    Files it does not read cleanly are read again by ``_StrictLoader``, so what is accepted
    and every error message never depend on which parser ran.
    """
    # The two also disagree about some tabs and byte-order marks; files with those (rare in
    # profiles) take the careful path.
    if CParser is None or "\t" in text or "\ufeff" in text or yaml.reader.Reader.NON_PRINTABLE.search(text):
        return False, None
    try:
        loader = _FastStrictLoader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except Exception:  # noqa: BLE001 - any complaint: the authoritative reader says what it is
        return False, None
    # The two place an empty value (`pronouns:` with nothing after it) differently; let the
    # careful reader say where it is.
    return (False, None) if _has_empty_plain_value(root) else (True, root)


def _has_empty_plain_value(node: yaml.Node | None) -> bool:
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            if current.value == "" and not current.style:
                return True
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        else:
            stack.extend(item for pair in current.value for item in pair)
    return False


# YAML counts these as line breaks but editors do not, so every later line number would be off.
_HIDDEN_LINE_BREAKS = {"\u2028": "U+2028", "\u2029": "U+2029", "\x85": "U+0085"}
_HIDDEN_LINE_BREAK = re.compile("[" + "".join(_HIDDEN_LINE_BREAKS) + "]")


def _position_in(text: str, index: int) -> Position:
    """Line and column of a character, counting only the line breaks an editor shows."""
    return Position(text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index))


def parse(text: str, line_offset: int = 0) -> Node | None:
    """Parse one YAML document; ``line_offset`` shifts positions for front matter."""
    hidden = _HIDDEN_LINE_BREAK.search(text)
    if hidden:
        raise YamlSyntaxError(
            _shift(_position_in(text, hidden.start()), line_offset),
            f"an invisible line separator ({_HIDDEN_LINE_BREAKS[hidden.group()]}) is here; "
            "delete it, and press Enter if you meant a new line",
        )
    parsed, root = _fast_compose(text)
    if not parsed:
        root = _strict_compose(text, line_offset)
    if root is None:
        return None
    return _convert(root, line_offset)


def _strict_compose(text: str, line_offset: int) -> yaml.Node | None:
    """Read with PyYAML's pure-Python parser, turning each complaint into a located, plain message."""
    try:
        loader = _StrictLoader(text)
    except yaml.reader.ReaderError as error:
        raise YamlSyntaxError(
            _shift(_position_in(text, error.position), line_offset),
            f"an invisible control character (U+{error.character:04X}) is here; delete it and retype the text around it",
        ) from None
    try:
        return loader.get_single_node()
    except YamlSyntaxError as error:
        raise YamlSyntaxError(_shift(error.position, line_offset), error.message) from None
    except yaml.MarkedYAMLError as error:
        # An unclosed quote or bracket is only noticed later (at the next field or the end of
        # the file); where it opened is where the mentor needs to look.
        unclosed = "end of stream" in (error.problem or "") or (error.context or "").startswith("while parsing a flow")
        mark = (error.context_mark if unclosed else None) or error.problem_mark or error.context_mark
        detail = " ".join(part for part in (error.context, error.problem) if part)
        reserved = next((c for c in "@`" if f"character '{c}' that cannot start any token" in (error.problem or "")), None)
        if reserved:
            raise YamlSyntaxError(
                _shift(_position(mark), line_offset),
                f"a value cannot start with {reserved}; remove it (a GitHub name is written without the @) "
                "or put the whole value in quotes",
            ) from None
        raise YamlSyntaxError(
            _shift(_position(mark), line_offset),
            f"this is not valid YAML ({detail}); check indentation, and put quotes around "
            "text that contains a colon followed by a space",
        ) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(Position(1 + line_offset, 1), f"this is not valid YAML ({error})") from None
    finally:
        loader.dispose()


def _shift(position: Position, line_offset: int) -> Position:
    return Position(position.line + line_offset, position.column)


def _convert(node: yaml.Node, line_offset: int) -> Node:
    position = _shift(_position(node.start_mark), line_offset)
    if isinstance(node, yaml.ScalarNode):
        # libyaml marks plain scalars with style '' where PyYAML uses None.
        return Scalar(text=node.value, plain=not node.style, position=position)
    if isinstance(node, yaml.SequenceNode):
        return Sequence(
            items=tuple(_convert(item, line_offset) for item in node.value),
            position=position,
        )
    entries: dict[str, Entry] = {}
    duplicates: list[tuple[Entry, Entry]] = []
    for key_node, value_node in node.value:
        key_position = _shift(_position(key_node.start_mark), line_offset)
        if not isinstance(key_node, yaml.ScalarNode):
            raise YamlSyntaxError(key_position, "a field name must be plain text, like `name:`")
        entry = Entry(key_node.value, key_position, _convert(value_node, line_offset))
        if entry.key in entries:
            duplicates.append((entries[entry.key], entry))
        else:
            entries[entry.key] = entry
    return Mapping(entries=entries, position=position, duplicates=tuple(duplicates))
