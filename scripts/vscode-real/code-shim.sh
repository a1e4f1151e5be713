#!/bin/sh
# A stand-in "VS Code executable" for @vscode/test-electron:
#   runTests({ vscodeExecutablePath: '<this file>', extensionDevelopmentPath, extensionTestsPath, launchArgs: [folder] })
# runs the tests in code-server's real VS Code through headless chromium (see run.mjs). Exit code = test result.
# It ignores test-electron's --user-data-dir/--extensions-dir: every run gets fresh ones in a temp dir.
exec node "$(dirname "$(realpath "$0")")/run.mjs" "$@"
