"""`bfpp-desktop print`: who a routine sheet is for, and a private copy that says so."""
import itertools

from pypdf import PdfReader

from bfpp_desktop import app
from bfpp_desktop.cli_print import PRIVATE_COPY_WARNING

NOTICE = "Private copy — not for the family"
_numbers = itertools.count()


def _print(tmp_path, capsys, *args) -> tuple[int, str, str]:
    out = tmp_path / f"out{next(_numbers)}.pdf"  # print never replaces a file unasked
    status = app.main(["--data-dir", str(tmp_path / "demo"), "--demo", "print", *args,
                       "--out", str(out)])
    err = capsys.readouterr().err
    if status != 0:
        return status, "", err
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    return status, "\n".join(pages), err


def test_routine_sheet_for_each_reader(tmp_path, capsys):
    status, parent, err = _print(tmp_path, capsys, "routine-sheet", "--child", "Maya")
    assert status == 0 and err == ""
    assert "Health needs are kept separately; please ask us." in parent
    assert "Penicillin" not in parent and "Important people" not in parent
    for reader in ("babysitter", "next-home"):
        status, text, _err = _print(tmp_path, capsys, "routine-sheet", "--child", "Maya",
                                    "--for", reader)
        assert status == 0
        assert "Penicillin" in text and "Important people" in text and "555 010 0199" in text
        assert "Mild asthma" not in text          # other health stays private
    status, same, _err = _print(tmp_path, capsys, "routine-sheet", "--child", "Maya",
                                "--for", "birth-parent")
    assert same == parent


def test_for_is_only_for_the_routine_sheet(tmp_path, capsys):
    status, _text, err = _print(tmp_path, capsys, "all-about-me", "--child", "Maya",
                                "--for", "babysitter")
    assert status == 2 and "--for is for the routine-sheet" in err


def test_a_private_copy_warns_and_says_so_on_every_page(tmp_path, capsys):
    status, text, err = _print(tmp_path, capsys, "journal-summary", "--child", "Amara",
                               "--from", "2020-01-01", "--include-private")
    assert status == 0 and PRIVATE_COPY_WARNING in err
    pages = text.split("\n")
    assert len(pages) > 1 and all(NOTICE in page for page in pages)
    status, text, err = _print(tmp_path, capsys, "journal-summary", "--child", "Amara")
    assert status == 0 and err == "" and NOTICE not in text
