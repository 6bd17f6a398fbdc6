"""The children in my care: the list, the child editor, the Overview page."""
