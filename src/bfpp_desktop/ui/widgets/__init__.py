"""Small widgets and helpers that several features share."""
