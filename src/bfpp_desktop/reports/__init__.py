"""Printouts: reportlab documents built from plain data. No Qt, no SQL.

catalogue.py declares every document once; gather.py reads storage into a plain
bundle per document; documents/ turns a bundle and PrintOptions into a PDF;
make.py ties the two for the CLI and the print center.
"""
