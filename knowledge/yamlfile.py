"""Safe YAML reading that remembers line numbers and refuses what a fact file never needs.

Validation errors must say file:line, so mappings and lists carry the line of each key
and item. Duplicate keys (PyYAML silently keeps the last), anchors and aliases (the
billion-laughs bomb), tags and oversized or non-UTF-8 files are refused up front.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from knowledge.rawfile import MAX_FILE_BYTES, YamlProblem, read_bytes  # noqa: F401 - re-exported

# The C loader is several times faster; the pure-Python one (wheels without libyaml)
# behaves the same. Looked up by name: the two share no loader class to type them by.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 64  # a fact file nests 3 or 4 deep; libyaml's composer recurses in C,
# and 100,000 levels ("- - - ..." or "[[[...") crash the process
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class Suspect:
    """A scalar YAML 1.1 reads as something other than what a person wrote: `015` is
    octal 13, `1:05` is base-60 65, `on` / `no` are booleans. Kept as a marker, not a
    value, so the loader reports each with its file, line and field and it never reaches
    a base."""

    __slots__ = ("text", "problem", "line")

    def __init__(self, text: str, problem: str, line: int):
        self.text = text
        self.problem = problem
        self.line = line

    def __repr__(self) -> str:
        return f"Suspect({self.text!r})"

    def __str__(self) -> str:
        return self.text


_PLAIN_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_PLAIN_DECIMAL = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)\.[0-9]+$")
_YAML11_BOOL_WORDS = {"yes", "no", "on", "off"}


def _int_problem(text: str, value) -> str:
    """How a non-decimal integer literal reads, and how to write what was meant."""
    low = text.lower().lstrip("+-")
    if "_" in text:
        plain = text.replace("_", "")
        return f"{text} has underscores; write plain digits ({plain}), or quote it for text"
    if ":" in text:
        return (
            f"{text} is read by YAML as base-60 ({value}); write a plain decimal number, "
            f'or quote it ("{text}") if it is text or a time'
        )
    if low.startswith("0x"):
        return f"{text} is hexadecimal ({value}); write it in plain decimal digits ({value})"
    if low.startswith("0b"):
        return f"{text} is binary ({value}); write it in plain decimal digits ({value})"
    if low.startswith("0"):
        digits = text.lstrip("+-").lstrip("0") or "0"
        return (
            f"{text} is read by YAML as octal ({value}); write {digits} "
            "(plain digits, no leading zero)"
        )
    return f"{text} is not a plain decimal number; write digits only, such as 25"


def _float_problem(text: str) -> str:
    """Why a float literal is not a plain decimal, and how to write one."""
    low = text.lower()
    if "inf" in low or "nan" in low:
        return f"{text} is not a finite number; write a plain number such as 25 or 12.5"
    if "_" in text:
        return f"{text} has underscores; write plain digits ({text.replace('_', '')})"
    if ":" in text:
        return (
            f"{text} is read by YAML as a base-60 number; write a plain decimal number "
            "such as 12.5, or quote it if it is text"
        )
    if "e" in low:
        return (
            f"{text} is in scientific notation; write the plain decimal number "
            "(digits, one point), such as 12.5"
        )
    return f"{text} is not a plain decimal number; write it like 12.5 or 0.5"


class Mapping(dict):
    """A YAML mapping that knows its own line and the line of each key."""

    line: int = 0
    key_lines: dict
    bad_keys: tuple = ()  # Suspect keys (`on:`, `015:`), reported by the loader

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class Sequence(list):
    """A YAML list that knows its own line and the line of each item."""

    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class _LineLoader(_Base):
    # Dates stay text so the validator can say "not a date" with a line number
    # instead of PyYAML raising a bare ValueError for 2026-02-30.
    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
        for first, resolvers in _Base.yaml_implicit_resolvers.items()
    }

    def construct_object(self, node, deep=False):
        if node in self.constructed_objects or node in self.recursive_objects:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "anchors and aliases (&name / *name) are not allowed here",
                node.start_mark,
            )
        return super().construct_object(node, deep=deep)

    def construct_undefined(self, node):
        raise yaml.constructor.ConstructorError(
            None, None, f"the tag {node.tag!r} is not allowed here", node.start_mark
        )

    def construct_yaml_int(self, node):
        """Plain decimal digits only; octal, hex, binary, base 60 and underscores become
        Suspects (YAML 1.1 reads `015` as 13 and `1:05` as 65, silently)."""
        text = str(node.value)
        try:  # Python refuses int("9" * 5000) with a bare ValueError
            if _PLAIN_INT.match(text):
                return int(text)
            value = super().construct_yaml_int(node)
        except ValueError:
            raise yaml.constructor.ConstructorError(
                None, None, "a number too long to read", node.start_mark
            ) from None
        return Suspect(text, _int_problem(text, value), node.start_mark.line + 1)

    def construct_yaml_float(self, node):
        """A plain decimal ("12.5") is read exactly, as a Decimal; anything else a float
        literal can be (".inf", "1.5e+3", "1:05.5", "1_0.5", "15.") becomes a Suspect."""
        text = str(node.value)
        if _PLAIN_DECIMAL.match(text):
            try:
                return Decimal(text)
            except InvalidOperation:  # pragma: no cover - the pattern admits only digits
                pass
        return Suspect(text, _float_problem(text), node.start_mark.line + 1)

    def construct_yaml_bool(self, node):
        """No field takes yes/no; a bare `on`, `no` or `yes` is almost always a word."""
        text = str(node.value)
        meaning = "true" if text.lower() in ("yes", "on", "true") else "false"
        if text.lower() in _YAML11_BOOL_WORDS:
            problem = (
                f'{text} is read by YAML as {meaning}; quote it ("{text}") if you mean the word'
            )
        else:
            problem = (
                f"{text} is a true/false value, which no field takes; quote it "
                f'("{text}") if you mean the word'
            )
        return Suspect(text, problem, node.start_mark.line + 1)


def _construct_mapping(loader: _LineLoader, node):
    data = Mapping()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise yaml.constructor.ConstructorError(
                None, None, "merge keys (<<) are not allowed here", key_node.start_mark
            )
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, Decimal, Suspect)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be plain text", key_node.start_mark
            )
        if isinstance(key, Suspect):
            data.bad_keys += (key,)
        key = str(key)
        if key in data:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"duplicate key {key!r} (first on line {data.key_lines[key]})",
                key_node.start_mark,
            )
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = key_node.start_mark.line + 1


def _construct_sequence(loader: _LineLoader, node):
    data = Sequence()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=True) for child in node.value)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_LineLoader.add_constructor(None, _LineLoader.construct_undefined)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _LineLoader.construct_yaml_int)
_LineLoader.add_constructor("tag:yaml.org,2002:float", _LineLoader.construct_yaml_float)
_LineLoader.add_constructor("tag:yaml.org,2002:bool", _LineLoader.construct_yaml_bool)


def suspects(node, field: str = ""):
    """(line, field, problem) for every Suspect in node, keys included; `field` is the
    dotted path of mapping keys (list items keep their list's name)."""
    if isinstance(node, Suspect):
        yield node.line, field or None, node.problem
    elif isinstance(node, Mapping):
        for key in node.bad_keys:
            yield key.line, f"{field}.{key.text}" if field else key.text, key.problem
        for key, value in node.items():
            yield from suspects(value, f"{field}.{key}" if field else key)
    elif isinstance(node, Sequence):
        for item in node:
            yield from suspects(item, field)


def read_yaml(path: Path):
    """The file's single YAML document, or YamlProblem saying why and where."""
    return parse_yaml(read_bytes(path))


def parse_yaml(raw: bytes):
    """The single YAML document in raw (a fact file's bytes), or YamlProblem."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise YamlProblem(f"not UTF-8 text (byte {raw[error.start]:#04x})", line) from None
    if "\x00" in text:
        raise YamlProblem("contains a NUL byte", text[: text.index("\x00")].count("\n") + 1)
    try:
        _check_depth(text)
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a safe loader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise YamlProblem(error.problem or str(error), mark.line + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise YamlProblem(str(error)) from None
    except RecursionError:
        raise YamlProblem("nested too deeply") from None


def _check_depth(text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before composing; libyaml's event parser keeps
    its own stack, so this scan cannot overflow where the recursive composer would."""
    depth = 0
    for event in yaml.parse(text, Loader=_Base):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise YamlProblem(
                    f"nested more than {MAX_DEPTH} levels deep", mark.line + 1 if mark else None
                )
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
