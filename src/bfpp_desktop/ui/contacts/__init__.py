"""The People page: contacts, their editor, picker and journal entries."""
