"""The passphrase lock in the window: asking at start, the lock screen, its settings."""
