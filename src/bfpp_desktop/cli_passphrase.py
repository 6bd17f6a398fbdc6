"""The passphrase on the command line: BFPP_PASSPHRASE for scripts, else asked on the
terminal (never echoed). Without either, a command on a locked folder stops with a
message, so a script never hangs waiting for a keyboard."""
import getpass
import os
import sys

ENVIRONMENT = "BFPP_PASSPHRASE"


class NoPassphrase(Exception):
    pass


def passphrase(prompt: str = "Passphrase: ") -> str:
    given = os.environ.get(ENVIRONMENT)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise NoPassphrase(f"the data is locked with a passphrase. Set {ENVIRONMENT}, "
                           "or run the command in a terminal to type it")
    return getpass.getpass(prompt)
