"""One entry, read-only: private marker first, then the text and the photos."""
import html

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from bfpp_desktop.core.journal import EntryKind, JournalEntry, mood_label
from bfpp_desktop.storage import photos as photo_store
from bfpp_desktop.ui.widgets.formatting import long_date
from bfpp_desktop.ui.journal.editor import thumbnail
from bfpp_desktop.ui.journal.marks import kind_text, lock_icon, privacy_explained


class EntryDetail(QTextBrowser):
    def __init__(self, data_dir, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.setOpenLinks(False)
        self.entry: JournalEntry | None = None

    def show_entry(self, entry: JournalEntry | None) -> None:
        self.entry = entry
        doc = QTextDocument(self)
        doc.setDefaultFont(self.font())
        self.setDocument(doc)
        if entry is None:
            return
        e = html.escape
        visit = entry.family_time
        parts = [f"<h2>{e(entry.title)}</h2>",
                 f"<p>{e(long_date(entry.entry_date))} {e(entry.entry_time)} · "
                 f"{e(kind_text(entry.kind, visit.outcome if visit else None))}</p>",
                 f"<p><img src='lock' width=14 height=14> <i>{e(privacy_explained(entry.has_share_summary, entry.for_agency_only))}</i></p>"]
        facts = []
        if visit is not None and entry.kind == EntryKind.FAMILY_TIME:
            if visit.start_time or visit.end_time:
                facts.append((self.tr("Time"), f"{visit.start_time}–{visit.end_time}"))
            if visit.cancelled_by:
                facts.append((self.tr("Cancelled or moved by"), visit.cancelled_by))
            facts += [(self.tr("Place"), visit.place), (self.tr("Transport"), visit.transport)]
            if visit.supervised is not None:
                facts.append((self.tr("Supervision"), self.tr("Supervised") if visit.supervised
                               else self.tr("Not supervised")))
        if entry.incident is not None:
            facts += [(self.tr("Where it happened"), entry.incident.place),
                      (self.tr("Injuries"), entry.incident.injuries),
                      (self.tr("Who was told"), entry.incident.told_who),
                      (self.tr("When they were told"), entry.incident.told_when)]
        facts.append((self.tr("Who took part"), ", ".join(entry.participants)))
        for caption, value, words in ((self.tr("Before"), entry.mood_before, entry.mood_before_words),
                                      (self.tr("After"), entry.mood_after, entry.mood_after_words)):
            text = " — ".join(t for t in (mood_label(value) if value else "", words) if t)
            facts.append((caption, text))
        facts += [(self.tr("What went well"), entry.went_well),
                  (self.tr("To follow up"), entry.follow_up + (
                      f" ({long_date(entry.follow_up_date)})" if entry.follow_up_date else "")),
                  (self.tr("Tags"), ", ".join(entry.tags))]
        rows = "".join(f"<tr><td><b>{e(k)}</b>&nbsp;&nbsp;</td><td>{e(v)}</td></tr>"
                       for k, v in facts if v and v.strip())
        if rows:
            parts.append(f"<table cellpadding=2>{rows}</table>")
        if entry.has_share_summary:
            heading = self.tr("To share with the birth parent")   # lupdate skips f-strings
            parts.append(f"<h3>{e(heading)}</h3>"
                         f"<p>{e(entry.share_summary).replace(chr(10), '<br>')}</p>")
        heading = self.tr("Private notes")
        parts.append(f"<h3>{e(heading)}</h3>")
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("lock"),
                        lock_icon().pixmap(28, 28).toImage())
        cursor = QTextCursor(doc)
        cursor.insertHtml("".join(parts))
        cursor.insertBlock()
        cursor.insertMarkdown(entry.notes or self.tr("(no notes)"))
        if entry.photos:
            cursor.insertBlock()
            heading = self.tr("Photos")
            cursor.insertHtml(f"<h3>{e(heading)}</h3>")
            cursor.insertBlock()
            for i, photo in enumerate(entry.photos):
                pixmap = thumbnail(photo_store.photo_path(self.data_dir, entry.child_id,
                                                          photo.file_name))
                if pixmap is None:
                    cursor.insertText(self.tr("(a photo that cannot be shown) "))
                    continue
                name = f"photo{i}"
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                                pixmap.toImage())
                note = " · ".join(t for t in (photo.caption, self.tr("may be shared")
                                              if photo.shareable else "") if t)
                cursor.insertHtml(f"<img src='{name}'> {e(note)}&nbsp;&nbsp; ")
