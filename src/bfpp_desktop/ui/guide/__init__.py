"""The guide's screens: stages, steps, plans, reflections, glossary and help."""
