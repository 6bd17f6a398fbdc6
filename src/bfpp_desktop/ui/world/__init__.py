"""The About <name> page: routines, likes, care, health and school, and their editors."""
