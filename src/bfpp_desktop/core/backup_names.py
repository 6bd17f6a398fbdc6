"""How a backup is named: its folder's prefix, its database file's name, and why it was
made (the reason is stored in its manifest and ends its folder's name; the Backups
window says it in words). Apart from storage.backup, so opening a folder and naming the
window's next backup do not load the backing up itself."""
PREFIX = "bfpp-"
DATABASE_NAME = "bfpp.sqlite3"

AT_START, EVERY_HALF_HOUR, AT_CLOSE = "start", "auto", "close"
BY_HAND, FROM_COMMAND_LINE = "by-hand", "command-line"
BEFORE_UPDATE, BEFORE_RESTORE = "before-update", "before-restore"
