"""How a command-line command writes to the terminal: a problem as one plain line on
stderr (status 2), and saved text made safe to show.

Its own module so that every command can use it without importing cli.py, which
imports the commands.
"""
import sys

EXIT_USAGE = 2

# Characters a terminal acts on instead of showing (escape sequences can move the
# cursor, rewrite the title or hide text), and the ones that reorder what follows.
_BIDI_CONTROLS = {*range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def terminal_safe(text: str) -> str:
    """*text* with control characters shown escaped (\\x1b, \\n, \\u202e), so a name
    saved with them prints as the characters it holds, never as commands."""
    return "".join(_escaped(char) for char in text)


def _escaped(char: str) -> str:
    code = ord(char)
    if code < 0x20 or 0x7F <= code < 0xA0 or code in _BIDI_CONTROLS \
            or 0xD800 <= code < 0xE000:
        return char.encode("unicode_escape", "backslashreplace").decode("ascii")
    return char


def fail(message: str) -> int:
    print(f"bfpp-desktop: {terminal_safe(message)}", file=sys.stderr)
    return EXIT_USAGE
