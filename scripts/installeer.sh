# Shared by start.sh and test.sh (sourced, not run): a virtual environment in .venv with
# Infraraming installed (editable) and the given extras. pip runs only when the environment is
# new or pyproject.toml changed since the last install, so a second start works offline.
# INFRARAMING_INSTALLEREN=1 forces a new install.
#
#   installeer ""            # the app
#   installeer "test,build"  # the app with extras
installeer() {
    local extras=$1 doel=.
    if [ -n "$extras" ]; then doel=".[$extras]"; fi
    [ -x .venv/bin/python ] || "${PYTHON:-python3}" -m venv .venv
    # a stamp of what was installed: the dependency list (pyproject.toml) and the extras asked for
    stempel() {
        .venv/bin/python -c 'import hashlib, sys
print(hashlib.sha256(open("pyproject.toml", "rb").read() + b"\0" + sys.argv[1].encode()).hexdigest())' "$1"
    }
    if [ "${INFRARAMING_INSTALLEREN:-}" != 1 ] && grep -qxF "$(stempel "$extras")" .venv/infraraming-installatie 2>/dev/null; then
        return 0
    fi
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e "$doel"
    stempel "$extras" >> .venv/infraraming-installatie
    if [ -n "$extras" ]; then stempel "" >> .venv/infraraming-installatie; fi   # the extras include the app
}
