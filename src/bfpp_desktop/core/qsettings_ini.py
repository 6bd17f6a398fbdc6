"""Read plain text values from a QSettings INI file without Qt.

Older versions kept our details in settings.ini through QSettings; the session
copies them into the database once (session.py), and the command line must do
that without importing Qt. Only what QSettings writes for a string is handled:
quotes, backslash escapes (\\n, \\", \\xHHHH, octal), the "@@" that protects a
leading "@", and a bare comma, which QSettings reads as a list.
"""
from pathlib import Path

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            '"': '"', "?": "?", "'": "'", "\\": "\\"}
_HEX = "0123456789abcdefABCDEF"
_OCTAL = "01234567"


def read_group(path: Path, group: str) -> dict[str, str]:
    """The string values under [group]; {} when the file is missing or unreadable."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    values: dict[str, str] = {}
    section = None
    for line in _joined_lines(text):
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1].strip()
            continue
        key, equals, raw = line.partition("=")
        if section == group and equals:
            values[key.strip()] = unescape(raw)
    return values


def _joined_lines(text: str) -> list[str]:
    # A backslash at the end of a line continues the value on the next one.
    return text.replace("\\\r\n", "").replace("\\\n", "").splitlines()


def unescape(raw: str) -> str:
    """One value as QSettings reads it back; a list comes back joined with ', '."""
    parts: list[str] = []
    current: list[str] = []
    quoted = in_quotes = False
    i = 0
    raw = raw.lstrip(" \t")
    while i < len(raw):
        ch = raw[i]
        if ch == "\\" and i + 1 < len(raw):
            code = raw[i + 1]
            i += 2
            if code in _ESCAPES:
                current.append(_ESCAPES[code])
            elif code == "x":
                digits = _run(raw, i, _HEX)
                current.append(chr(int(digits, 16)) if digits else "")
                i += len(digits)
            elif code in _OCTAL:
                digits = code + _run(raw, i, _OCTAL)
                current.append(chr(int(digits, 8)))
                i += len(digits) - 1
        elif ch == '"':
            quoted, in_quotes = True, not in_quotes
            i += 1
        elif ch == "," and not in_quotes:
            parts.append(_finish(current, quoted))
            current, quoted = [], False
            i += 1
            while i < len(raw) and raw[i] in " \t":
                i += 1
        else:
            current.append(ch)
            i += 1
    parts.append(_finish(current, quoted))
    value = ", ".join(parts)
    if value.startswith("@@"):
        return value[1:]
    return "" if value.startswith("@") else value   # @Invalid(), @ByteArray(…): not text


def _run(text: str, start: int, allowed: str) -> str:
    end = start
    while end < len(text) and text[end] in allowed:
        end += 1
    return text[start:end]


def _finish(chars: list[str], quoted: bool) -> str:
    value = "".join(chars)
    return value if quoted else value.rstrip(" \t")
