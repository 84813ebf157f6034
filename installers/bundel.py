"""What goes into the frozen build, kept apart from the spec so tests can read it.

Infraraming is a Qt Widgets app with reportlab and openpyxl; it imports no QML, network,
web, multimedia or charting, and the model does not use pandas or numpy at run time (the
input workbooks are read with python-calamine / openpyxl). Leaving those out keeps the
download small and the start fast.
"""
from __future__ import annotations

from pathlib import PurePath

# Python packages that are installed (as dependencies or for development) but not used
# by the program itself.
BUITEN_GESLOTEN = [
    "tkinter", "_tkinter", "turtle", "idlelib",
    "matplotlib", "IPython", "jedi", "notebook",
    "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "xlwt", "formulas", "odf",
    "pandas", "scipy", "pyarrow",  # not imported at run time (numpy is: the array evaluator of the rules)
    # Pillow stays (12 MB): reportlab imports it while building the PDF annex; without it the
    # frozen self-test's PDF check fails.
    "PyInstaller", "setuptools", "pkg_resources", "pip", "wheel",
    "lib2to3", "pydoc_data", "xmlrpc",
]

# Qt modules the app does not use; PySide6's hooks would otherwise pull their libraries
# (QML alone is tens of MB).
QT_MODULES_NIET = [f"PySide6.{m}" for m in (
    "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest", "QtQuick3D", "QtQmlFeatures",
    "QtNetwork", "QtNetworkAuth", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebChannel", "QtWebSockets",
    "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech",
    "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
    "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets", "QtPdf", "QtPdfWidgets",
    "QtSql", "QtTest", "QtDesigner", "QtHelp", "QtUiTools", "QtOpenGL", "QtOpenGLWidgets",
    "QtDBus", "QtConcurrent", "QtXml", "QtLabsStyleKit", "QtBluetooth", "QtNfc", "QtPositioning",
    "QtLocation", "QtSensors", "QtSerialPort", "QtSerialBus", "QtRemoteObjects", "QtScxml",
    "QtStateMachine", "QtHttpServer", "QtAxContainer",
)]

# Only the Dutch Qt translations: the app speaks Dutch, Qt's own English needs no file.
TAAL = "_nl.qm"


def houd_data(doel: str) -> bool:
    """Keep a data file? Drops Qt translations in other languages."""
    pad = PurePath(doel)
    if pad.suffix == ".qm" and "translations" in pad.parts:
        return pad.name.endswith(TAAL)
    return True


# Qt plugins of kinds the app does not need (all are optional at run time).
QT_PLUGINS_NIET = (
    "platforminputcontexts",  # input methods for Asian scripts
    "generic",  # evdev/tuio touch and keyboard input for framebuffer (eglfs) set-ups
    "networkinformation", "tls", "qmltooling", "sqldrivers", "multimedia", "position",
    "egldeviceintegrations", "wayland-graphics-integration-server",
)
QT_PLATFORMS = ("libqxcb", "libqwayland", "libqoffscreen", "libqminimal", "qwindows", "qoffscreen", "qminimal",
                "libqcocoa", "qcocoa")


def houd_binair(doel: str) -> bool:
    """Keep a binary? Drops Qt plugin kinds and platform back-ends the app cannot use."""
    delen = PurePath(doel).parts
    if "plugins" not in delen:
        return True
    soort = delen[delen.index("plugins") + 1] if delen.index("plugins") + 1 < len(delen) else ""
    if soort in QT_PLUGINS_NIET:
        return False
    if soort == "platformthemes" and "gtk" in PurePath(doel).name:
        return False  # the GTK theme needs GTK itself, which the bundle does not carry
    if soort == "platforms":
        return PurePath(doel).stem.split(".")[0].startswith(QT_PLATFORMS)
    return True


def versienummers(versie: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); pre-release suffixes are dropped."""
    getallen = []
    for deel in versie.split(".")[:4]:
        cijfers = "".join(c for c in deel if c.isdigit()) or "0"
        getallen.append(int(cijfers))
    return tuple((getallen + [0, 0, 0, 0])[:4])


def versiebestand(project: dict, bestandsnaam: str) -> str:
    """A PyInstaller version file (VSVersionInfo) for Windows, Dutch language block."""
    nummers = versienummers(project["version"])
    tekst = {
        "CompanyName": "Infraraming",
        "FileDescription": "Infraraming — meerjarenraming sociale infrastructuur",
        "FileVersion": project["version"],
        "InternalName": project["name"],
        "LegalCopyright": f"Licentie {_licentie(project)}".strip(),
        "OriginalFilename": bestandsnaam,
        "ProductName": "Infraraming",
        "ProductVersion": project["version"],
    }
    strings = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in tekst.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={nummers},
    prodvers={nummers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('041304B0', [
          {strings}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])
  ]
)
"""


def _licentie(project: dict) -> str:
    """The SPDX string of pyproject's ``license`` (older table form ``{text = ...}`` accepted)."""
    licentie = project.get("license", "")
    return licentie.get("text", "") if isinstance(licentie, dict) else str(licentie)
