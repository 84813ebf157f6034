; Inno Setup script: Windows installer for Infraraming, per user, no administrator rights.
;
;   iscc /DAppVersion=0.1.0 installers\infraraming.iss
;
; Expects the PyInstaller onedir build in dist\infraraming\ (installers/infraraming.spec) and
; writes dist\infraraming-<version>-windows-setup.exe. The GitHub workflow
; .github/workflows/windows.yml passes the version from pyproject.toml.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Infraraming"
#define AppExe "infraraming.exe"
#define ProgId "Infraraming.Project"

[Setup]
; AppId identifies the installation for updates and the uninstaller: never change it.
AppId={{6F0D3C2E-8B4A-4E7F-9C1D-2A5B7E9F0C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments=Meerjarenraming sociale infrastructuur: beschut werk, Wsw, impulsbudget en loonkostensubsidie
; Per-user install: no UAC prompt. With PrivilegesRequired=lowest, {autopf} is
; %LOCALAPPDATA%\Programs and {autoprograms} the user's own Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
DisableReadyPage=yes
; "x64" (not 6.3's "x64compatible") so older Inno Setup 6 releases on build images compile it too
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
; Associates .infraraming project files (HKCU\Software\Classes below) and tells Explorer.
ChangesAssociations=yes
; Paths are relative to this script's folder (installers\).
OutputDir=..\dist
OutputBaseFilename=infraraming-{#AppVersion}-windows-setup
SetupIconFile=..\resources\icons\infraraming.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running Infraraming is closed (and restarted) by Windows' Restart Manager when updating.
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "bureaublad"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\infraraming\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Meerjarenraming sociale infrastructuur"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: bureaublad

[Registry]
; .infraraming -> Infraraming.Project, opened with "infraraming.exe <bestand>"; removed on uninstall.
Root: HKCU; Subkey: "Software\Classes\.infraraming"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.infraraming\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Infraraming-project"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
