"""The print center, its background build, and our details for printouts."""
