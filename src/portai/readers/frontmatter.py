"""A post's metadata block at the very start of a text: TOML between ``+++`` lines (Hugo,
Zola) or YAML between ``---`` lines (Jekyll, Hugo, Hugging Face cards).

It is never body. Its title, author and date are taken; the rest of it is dropped. TOML is read
with ``tomllib`` where Python has it (3.11+); YAML is read by hand, since front matter is flat
in practice (``key: value`` and lists of ``- item``) and PyYAML is not a dependency. Nested
keys are skipped. Malformed front matter never raises: the block is still dropped when it looks
like front matter, and the text is left whole when it does not.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the hand reader below reads the flat keys
    tomllib = None  # type: ignore[assignment]

_BLOCK = re.compile(
    r"\A\s*(?P<fence>\+\+\+|---)[ \t]*\n(?P<body>.*?)\n(?P=fence)[ \t]*(?:\n|\Z)", re.DOTALL
)
_TOML_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*=\s*(?P<value>.*)$")
_YAML_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:(?:\s+(?P<value>.*?))?\s*$")
_YAML_ITEM = re.compile(r"^\s*-\s+(?P<value>.*?)\s*$")
_TABLE = re.compile(r"^\[\[?[\w.\" -]+\]\]?\s*$")
# A path or slug opening with its date: Zola's "2024/09/05/impl-trait-capture-rules".
_DATED_PATH = re.compile(r"^/?(?P<y>\d{4})[/-](?P<m>\d{2})[/-](?P<d>\d{2})(?:[/-]|$)")

_TITLE_KEYS = ("title", "pretty_name")  # pretty_name: a Hugging Face card's title
_AUTHOR_KEYS = ("authors", "author")
_DATE_KEYS = ("date", "published", "publishDate", "pubDate", "created")
_PATH_KEYS = ("path", "slug", "url", "permalink")


@dataclass(frozen=True)
class FrontMatter:
    """What a post's metadata block says of the post; ``format`` is "toml" or "yaml"."""

    format: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """The front matter at the start of ``text`` and the text after it; (None, text) when the
    text does not open with front matter. A ``---`` rule further down is never front matter."""
    block = _BLOCK.match(text)
    if block is None:
        return None, text
    body = block["body"]
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    rest = text[block.end() :]
    if block["fence"] == "+++":
        if not (_TOML_KEY.match(first) or _TABLE.match(first)):
            return None, text
        return _read(_toml(body), "toml"), rest
    if not _YAML_KEY.match(first):
        return None, text  # a "---" rule above a paragraph, not a metadata block
    return _read(_yaml(body), "yaml"), rest


def _read(values: dict[str, Any], format: str) -> FrontMatter:
    title = next((t for k in _TITLE_KEYS if (t := _text(values.get(k)))), None)
    authors: tuple[str, ...] = ()
    for key in _AUTHOR_KEYS:
        value = values.get(key)
        names = value if isinstance(value, list) else [value]
        authors = tuple(n for name in names if (n := _text(_name(name))))
        if authors:
            break
    date = next((d for k in _DATE_KEYS if (d := _date(values.get(k)))), None)
    if date is None:
        for key in _PATH_KEYS:
            if isinstance(path := values.get(key), str) and (dated := _DATED_PATH.match(path)):
                date = f"{dated['y']}-{dated['m']}-{dated['d']}"
                break
    return FrontMatter(format, title, authors, date)


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return re.sub(r"\s+", " ", value).strip() or None


def _name(value: object) -> object:
    """An author may be a table ({name = "…", email = "…"}) rather than a name."""
    return value.get("name") if isinstance(value, dict) else value


def _date(value: object) -> str | None:
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return _text(value)


def _toml(body: str) -> dict[str, Any]:
    if tomllib is not None:
        try:
            return tomllib.loads(body)
        except tomllib.TOMLDecodeError:
            pass
    # Malformed (or no tomllib): the top-level "key = value" lines that read as one.
    values: dict[str, Any] = {}
    for line in body.splitlines():
        if _TABLE.match(line.strip()):
            break  # keys below a [table] belong to it
        if key := _TOML_KEY.match(line.strip()):
            values[key["key"]] = _scalar(key["value"])
    return values


def _yaml(body: str) -> dict[str, Any]:
    """Top-level ``key: value``, ``key: [a, b]`` and ``key:`` followed by ``- item`` lines."""
    values: dict[str, Any] = {}
    current: str | None = None  # the key whose "- item" lines follow
    for line in body.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace() and (key := _YAML_KEY.match(line)):
            value = key["value"]
            current = None
            if value is None or value in ("|", ">", "|-", ">-"):
                current = key["key"]
                values[current] = []
            elif value.startswith("[") and value.endswith("]"):
                values[key["key"]] = [_scalar(v) for v in _split_flow(value[1:-1])]
            else:
                values[key["key"]] = _scalar(value)
        elif current is not None and (item := _YAML_ITEM.match(line)):
            if mapping := _YAML_KEY.match(item["value"]):
                # A list of mappings: only an author's "- name: Jane Doe" is read.
                if mapping["key"] == "name" and mapping["value"]:
                    values[current].append({"name": _scalar(mapping["value"])})
                continue
            values[current].append(_scalar(item["value"]))
    return values


def _split_flow(text: str) -> list[str]:
    return [part.strip() for part in re.findall(r"\"[^\"]*\"|'[^']*'|[^,]+", text) if part.strip()]


def _scalar(value: str) -> object:
    """A quoted or plain scalar as its text; a TOML array of strings as a list."""
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        return [_scalar(v) for v in _split_flow(value[1:-1])]
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return re.sub(r"\s+#.*$", "", value)  # a trailing comment
