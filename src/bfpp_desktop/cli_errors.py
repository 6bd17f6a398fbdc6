"""How a command-line command reports a problem: one plain line on stderr, status 2.

Its own module so that every command can use it without importing cli.py, which
imports the commands.
"""
import sys

EXIT_USAGE = 2


def fail(message: str) -> int:
    print(f"bfpp-desktop: {message}", file=sys.stderr)
    return EXIT_USAGE
