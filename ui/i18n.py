"""The interface language: our own translations plus Qt's for its standard buttons.

The choice lives in settings.ini (``[ui] language``: empty for the system's
language, ``en`` or ``nl``); it applies from the next start, because Qt
translates text when widgets are built. English needs no files at all.
"""

from __future__ import annotations

from typing import Any

from facilitator import paths

LANGUAGES = {"en": "English", "nl": "Nederlands"}  # each language's own name
SETTING = "ui/language"
_installed: list[Any] = []  # translators must outlive the app's use of them


def chosen_language() -> str:
    """``en``, ``nl``…: the setting if valid, else the system's language if we have it, else English."""
    from PySide6.QtCore import QLocale

    from ui.settings import settings

    try:
        wanted = str(settings().value(SETTING, "") or "")
    except Exception:  # a damaged settings file never stops the app
        wanted = ""
    if wanted in LANGUAGES:
        return wanted
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: Any, language: str | None = None) -> str:
    """Load the language's .qm files into ``app``; returns the language used."""
    language = language or chosen_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return language
    from PySide6.QtCore import QLibraryInfo, QTranslator

    ours = QTranslator(app)
    if ours.load(f"facilitator_{language}", str(paths.resource("translations"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)  # OK, Cancel, Save… in Qt's own dialogs and message boxes
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
