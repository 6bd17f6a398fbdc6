"""`bfpp-desktop print`: every document name, bad children, bad dates, --list."""
import pytest
from pypdf import PdfReader

from bfpp_desktop import app
from bfpp_desktop.core.children import Child
from bfpp_desktop.reports.catalogue import PRINTOUTS, is_available, printout_ids
from bfpp_desktop.storage.children import add_child


@pytest.fixture
def family(db, data_dir):
    maya = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya",
                               notes="PRIVATE-CASE-NOTE"))
    add_child(db, Child(full_name="Sam Lee", preferred_name="Sam"))
    add_child(db, Child(full_name="Sam Okafor", preferred_name="Sam"))
    return maya


def run(data_dir, *args):
    return app.main(["--data-dir", str(data_dir), "print", *args])


def test_list_names_every_document(capsys, data_dir):
    assert run(data_dir, "--list") == 0
    out = capsys.readouterr().out
    for doc_id in printout_ids():
        assert doc_id in out
    # One line per catalogue entry, in the print center's order.
    assert out.splitlines() == [f"{p.id}\t{p.title}" for p in PRINTOUTS]


@pytest.mark.parametrize("doc_id", printout_ids())
def test_every_document_name(tmp_path, data_dir, family, doc_id):
    assert is_available(doc_id)
    out = tmp_path / f"{doc_id}.pdf"
    assert run(data_dir, doc_id, "--child", "maya", "--out", str(out)) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Maya" in text and "PRIVATE-CASE-NOTE" not in text


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("demo")


@pytest.mark.parametrize("doc_id", printout_ids())
@pytest.mark.parametrize("child", ["Maya", "Amara"])
def test_every_document_for_the_demo_family(tmp_path, demo_dir, doc_id, child):
    out = tmp_path / f"{doc_id}.pdf"
    assert app.main(["--data-dir", str(demo_dir), "--demo", "print", doc_id,
                     "--child", child, "--out", str(out)]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert child in text


def test_journal_summary_dates_from_the_command_line(tmp_path, demo_dir):
    out = tmp_path / "j.pdf"
    assert app.main(["--data-dir", str(demo_dir), "--demo", "print", "journal-summary",
                     "--child", "Amara", "--from", "2026-01-01", "--to", "2026-01-31",
                     "--out", str(out)]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "From 1 January 2026 to 31 January 2026." in text


def test_child_by_number(tmp_path, data_dir, family):
    out = tmp_path / "a.pdf"
    assert run(data_dir, "diaper-bag", "--child", str(family.id), "--out", str(out)) == 0
    assert "Maya" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize("wanted, words", [
    ("Zed", "no child is called “Zed”"),
    ("999", "no child number 999"),
    ("sam", "more than one child is called “sam”"),
])
@pytest.mark.parametrize("doc_id", ["diaper-bag", "routine-sheet"])
def test_bad_child(tmp_path, capsys, data_dir, family, wanted, words, doc_id):
    out = tmp_path / "a.pdf"
    assert run(data_dir, doc_id, "--child", wanted, "--out", str(out)) == 2
    assert words in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("dates, words", [
    (["--from", "2024-13-01"], "no month 13"),
    (["--to", "31/12/2024"], "year-month-day"),
    (["--from", "2024-03-02", "--to", "2024-03-01"], "start date is after the end date"),
])
@pytest.mark.parametrize("doc_id", ["diaper-bag", "journal-summary"])
def test_bad_dates(tmp_path, capsys, data_dir, family, dates, words, doc_id):
    out = tmp_path / "a.pdf"
    assert run(data_dir, doc_id, "--child", "Maya", *dates, "--out", str(out)) == 2
    assert words in capsys.readouterr().err
    assert not out.exists()


def test_unknown_document_lists_them(capsys, data_dir, family):
    assert run(data_dir, "birthday-card", "--child", "Maya", "--out", "x.pdf") == 2
    err = capsys.readouterr().err
    assert "birthday-card" in err and "diaper-bag" in err


def test_missing_out_or_folder(tmp_path, capsys, data_dir, family):
    assert run(data_dir, "diaper-bag", "--child", "Maya") == 2
    assert run(data_dir, "diaper-bag", "--child", "Maya",
               "--out", str(tmp_path / "nowhere" / "a.pdf")) == 2
    assert "does not exist" in capsys.readouterr().err


def test_our_details_from_the_database(tmp_path, db, data_dir, family):
    from bfpp_desktop.core.household import Household
    from bfpp_desktop.storage.household import save_household
    save_household(db, Household("Denise", "Walker", "555-0142", "3 Oak Road"))
    out = tmp_path / "a.pdf"
    assert run(data_dir, "diaper-bag", "--child", "Maya", "--out", str(out)) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Denise" in text and "Walker" not in text
    # The same file again: replacing it needs --force (before, it was overwritten unasked).
    assert run(data_dir, "diaper-bag", "--child", "Maya", "--our-details", "include",
               "--force", "--out", str(out)) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Denise Walker" in text and "555-0142" in text
