"""The app's language: chosen in Settings or taken from the system, read at start-up.

Our words come from resources/translations/bfpp_<language>.qm (English has one too,
for its plural forms), Qt's own dialogs' words from Qt's qtbase catalogue. A new
choice takes effect the next time the app starts.
"""
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from bfpp_desktop.core import i18n, paths

LANGUAGE_KEY = "language"   # "" follows the system


def _settings() -> QSettings:
    return QSettings(str(paths.app_settings_file()), QSettings.Format.IniFormat)


def saved_choice() -> str:
    return str(_settings().value(LANGUAGE_KEY, "") or "")


def save_choice(language: str) -> None:
    settings = _settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def start_language() -> str:
    return i18n.choose(saved_choice(), QLocale.system().uiLanguages())


def install_language(app: QCoreApplication, language: str) -> None:
    """Speak *language* from now on: translators, dates and numbers, and core's words."""
    for old in getattr(app, "_bfpp_translators", []):
        app.removeTranslator(old)
    # Keep references: a translator that is garbage-collected stops translating.
    app._bfpp_translators = []
    locale = _locale_for(language)
    QLocale.setDefault(locale)
    folders = ((f"bfpp_{language}", str(paths.resources_dir() / "translations")),
               (f"qtbase_{locale.name()}",
                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in folders:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            app._bfpp_translators.append(translator)
    i18n.install(QCoreApplication.translate, language)


def _locale_for(language: str) -> QLocale:
    """The system's locale when it speaks *language* (or is plain C and we speak
    English); else *language* as spoken in the system's country ("es_US")."""
    system = QLocale.system()
    code = system.name().split("_")[0]
    if code == language or (code == "C" and language == i18n.ENGLISH):
        return system
    country = system.name().split("_")[-1] if "_" in system.name() else ""
    return QLocale(f"{language}_{country}" if country else language)
