#!/bin/sh
# Install Clientfit for the current user: the program, a menu entry and its icons.
#
# Run it from the unpacked tarball (it installs the bundle it sits in):
#     ./install.sh              install or update
#     ./install.sh --uninstall  remove the program, menu entry and icons (your data stays)
#
# Where things go (nothing needs root):
#     program     $CLIENTFIT_PREFIX/opt/clientfit   (CLIENTFIT_PREFIX defaults to ~/.local)
#     commands    $CLIENTFIT_PREFIX/bin/clientfit, clientfit-cli
#     menu entry  $XDG_DATA_HOME/applications/se.clientfit.Clientfit.desktop
#     icons       $XDG_DATA_HOME/icons/hicolor/{48x48,128x128,256x256,scalable}/apps/
# Your roster lives in ~/.local/share/Clientfit and is never touched by this script.
set -eu

APP_ID="se.clientfit.Clientfit"
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
PREFIX=${CLIENTFIT_PREFIX:-"$HOME/.local"}
DATA_HOME=${XDG_DATA_HOME:-"$HOME/.local/share"}
TARGET="$PREFIX/opt/clientfit"
BIN="$PREFIX/bin"
APPS="$DATA_HOME/applications"
ICONS="$DATA_HOME/icons/hicolor"
PNG_SIZES="48 128 256"

refresh_caches() {
    # Menus pick up new entries by themselves on most desktops; these make it immediate.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPS" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$ICONS/index.theme" ]; then
        gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
    fi
}

uninstall() {
    rm -f "$APPS/$APP_ID.desktop"
    for size in $PNG_SIZES; do
        rm -f "$ICONS/${size}x${size}/apps/$APP_ID.png"
    done
    rm -f "$ICONS/scalable/apps/$APP_ID.svg"
    for name in clientfit clientfit-cli; do
        if [ -L "$BIN/$name" ]; then rm -f "$BIN/$name"; fi
    done
    rm -rf "$TARGET"
    refresh_caches
    echo "Clientfit removed. Your data in $DATA_HOME/Clientfit was left as it was."
}

# Quote a path for a desktop entry's Exec key (the spec's quoting rules).
exec_quote() {
    printf '"%s"' "$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g')"
}

# Escape a string for the replacement side of a sed s||| command.
sed_escape() {
    printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'
}

install_app() {
    if [ ! -x "$HERE/Clientfit" ] || [ ! -x "$HERE/clientfit-cli" ]; then
        echo "install.sh: run me from the unpacked Clientfit folder (Clientfit and clientfit-cli beside me)." >&2
        exit 2
    fi
    resources="$HERE/_internal/clientfit/resources/icons"

    # The program: a fresh copy, so an update never mixes two versions' files.
    if [ "$HERE" != "$TARGET" ]; then
        mkdir -p "$(dirname "$TARGET")"
        rm -rf "$TARGET.new"
        cp -R "$HERE" "$TARGET.new"
        rm -rf "$TARGET"
        mv "$TARGET.new" "$TARGET"
    fi

    mkdir -p "$BIN"
    ln -sf "$TARGET/Clientfit" "$BIN/clientfit"
    ln -sf "$TARGET/clientfit-cli" "$BIN/clientfit-cli"

    for size in $PNG_SIZES; do
        mkdir -p "$ICONS/${size}x${size}/apps"
        cp "$resources/clientfit-$size.png" "$ICONS/${size}x${size}/apps/$APP_ID.png"
    done
    mkdir -p "$ICONS/scalable/apps"
    cp "$resources/clientfit.svg" "$ICONS/scalable/apps/$APP_ID.svg"

    # The menu entry, pointing at this copy of the program.
    mkdir -p "$APPS"
    exe=$(sed_escape "$(exec_quote "$TARGET/Clientfit")")
    try=$(sed_escape "$TARGET/Clientfit")
    sed -e "s|^Exec=.*|Exec=$exe|" -e "s|^TryExec=.*|TryExec=$try|" \
        "$HERE/$APP_ID.desktop" >"$APPS/$APP_ID.desktop.tmp"
    mv "$APPS/$APP_ID.desktop.tmp" "$APPS/$APP_ID.desktop"

    refresh_caches
    echo "Clientfit installed in $TARGET."
    echo "Open it from your applications menu, or run: $BIN/clientfit"
    case ":$PATH:" in
        *":$BIN:"*) ;;
        *) echo "($BIN is not on your PATH; the menu entry works regardless.)" ;;
    esac
}

case "${1:-}" in
    --uninstall) uninstall ;;
    "") install_app ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' ;;
    *)
        echo "usage: install.sh [--uninstall]" >&2
        exit 2
        ;;
esac
