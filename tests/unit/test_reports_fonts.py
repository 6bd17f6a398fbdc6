from bfpp_desktop.reports.fonts import plain_text, safe_text


def test_accents_are_kept():
    assert plain_text("María-José Þórunn Nguyễn-Świątek") == "María-José Þórunn Nguyễn-Świątek"


def test_emoji_are_dropped_with_their_space():
    assert plain_text("Maya 🌈") == "Maya"
    assert plain_text("Maya 🌈?") == "Maya?"
    assert plain_text("sun 🌈 and rain") == "sun and rain"
    assert plain_text("a 👨‍👩‍👧 b") == "a b"  # joined emoji and their joiners


def test_letters_the_font_lacks_become_a_neutral_mark():
    assert plain_text("中") == "?"


def test_markup_is_escaped_and_lines_kept():
    assert safe_text("<b>Tom & Jerry</b>\nnext") == "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;<br/>next"


def test_the_font_has_every_letter_and_mark_of_spanish():
    spanish = "áéíóúüñÁÉÍÓÚÜÑ¿¡«»ºª"
    assert plain_text(spanish) == spanish
