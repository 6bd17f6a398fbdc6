"""The journal's widgets: timeline model and rows, entry editor, detail view, chart."""
