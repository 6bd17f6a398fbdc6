"""The command line shows saved names as the characters they hold: an escape sequence
or a control character in a name never reaches the terminal as a command."""
from bfpp_desktop.app import main
from bfpp_desktop.cli_errors import terminal_safe
from bfpp_desktop.core.children import Child
from bfpp_desktop.storage.children import add_child


def test_children_shows_control_characters_escaped(db, data_dir, capsys):
    add_child(db, Child(full_name="Maya\x1b[2J\x1b]0;owned\x07 \u202eevil\nNext\x9b"))
    add_child(db, Child(full_name="Zoë Ångström 🌟 \u200d family"))
    db.close()
    assert main(["--data-dir", str(data_dir), "children"]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\x1b\x07\x9b\u202e")
    lines = out.splitlines()
    assert len(lines) == 2   # the newline in the name did not start a line of its own
    assert "Maya\\x1b[2J\\x1b]0;owned\\x07 \\u202eevil\\nNext\\x9b" in out
    assert "Zoë Ångström 🌟 \u200d family" in out   # letters and emoji stay as they are


def test_a_problem_naming_saved_text_is_escaped_too(capsys):
    from bfpp_desktop.cli_errors import fail
    fail("no child called “\x1b[31mred”")
    assert "\\x1b[31mred" in capsys.readouterr().err


def test_tabs_between_columns_stay_tabs_only_outside_names():
    assert terminal_safe("a\tb") == "a\\tb"
