"""Typing like a person, including letters QTest cannot send as key presses."""


def type_text(qtbot, widget, text: str) -> None:
    # QTest.keyClicks aborts the process on non-ASCII characters, so those are
    # inserted as text input while everything else is typed key by key.
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            widget.insert(char) if hasattr(widget, "insert") else widget.insertPlainText(char)
