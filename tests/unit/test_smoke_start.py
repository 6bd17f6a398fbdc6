def test_window_starts_with_welcome(make_window):
    window = make_window()
    assert window.ui.mainStack.currentWidget() is window.ui.welcomePage
