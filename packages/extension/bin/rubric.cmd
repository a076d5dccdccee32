@echo off
rem `rubric` in VS Code's integrated terminal: the CLI bundled with the extension, run on the editor's
rem own runtime (PAR_RUBRIC_NODE, set by the extension), so that no Node installation is needed.
setlocal
set ELECTRON_RUN_AS_NODE=1
if not defined PAR_RUBRIC_NODE set PAR_RUBRIC_NODE=node
"%PAR_RUBRIC_NODE%" "%~dp0..\cli\bin\rubric.js" %*
