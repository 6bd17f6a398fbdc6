; Inno Setup 6 script: the Windows installer around the PyInstaller folder.
; Run on Windows after packaging\windows\bfpp-desktop.spec, from the checkout's root:
;   iscc /DAppVersion=0.1.0 packaging\windows\bfpp-desktop.iss
; Makes dist\bfpp-desktop-<version>-windows-setup.exe.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif
#define AppName "Birth & Foster Parent Partnership"
#define AppExe "bfpp-desktop.exe"

[Setup]
; The AppId identifies the app to Windows across versions (upgrades, uninstall): keep it.
AppId={{6B0E8E0B-3B1F-4C52-9E0A-5D2B7A4C1F93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=bfpp-desktop
DefaultDirName={autopf}\bfpp-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without asking for an administrator; the user may
; choose everyone instead. The data is never in this folder but in the user's AppData.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=bfpp-desktop-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\bundle\icons\bfpp-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\bfpp-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
