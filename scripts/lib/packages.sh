# shellcheck shell=bash
# System packages Daftar needs, installed idempotently with apt-get. Sourced, never executed.
#
#   daftar_ensure_packages   checks with dpkg first; runs apt-get update/install only when something is missing
#
# This is the ONE list of system packages. Add new ones here, with the reason.
# "a|b" means: either package satisfies the need; the first one apt can install is used
# (Debian names first, Ubuntu names second).
#
# When packages are missing and cannot be installed (not root and no password-less sudo, no apt-get, or
# DAFTAR_SKIP_INSTALL=1), we print one line naming them with the command to install them and carry on:
# only the commands in DAFTAR_REQUIRED_COMMANDS are needed by the scripts themselves; the rest are needed
# by particular features and tests (OCR, browser tests), which then fail with their own message.

# shellcheck source=scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DAFTAR_PACKAGES=(
  # the scripts themselves: health checks, downloads over HTTPS
  curl ca-certificates
  # OCR: Tess4J loads the system libtesseract; the -dev packages give the unversioned .so names JNA looks for
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-hin libtesseract-dev libleptonica-dev
  # pdftotext and friends, used by the OCR tests to read back searchable PDFs
  poppler-utils
  # a Devanagari font: the OCR tests and ScanSim render Hindi test pages with Lohit Devanagari
  fonts-lohit-deva
  # headless browser tests (Selenium)
  'chromium|chromium-browser' 'chromium-driver|chromium-chromedriver'
)

# Commands the scripts cannot work without; if these are still missing after trying to install, stop.
DAFTAR_REQUIRED_COMMANDS=(curl)

# Prints the entries of DAFTAR_PACKAGES (or of the arguments) of which no alternative is installed.
daftar_missing_packages() {
  local entries=("$@") names=() installed e alt ok
  [[ ${#entries[@]} -gt 0 ]] || entries=("${DAFTAR_PACKAGES[@]}")
  for e in "${entries[@]}"; do IFS='|' read -r -a alt <<<"$e"; names+=("${alt[@]}"); done
  if command -v dpkg-query >/dev/null 2>&1; then
    # One dpkg-query for all names; "ii" = installed and configured.
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${names[@]}" 2>/dev/null |
      awk '$2 == "ii" { print $1 }' || true)
  else
    installed=''
  fi
  for e in "${entries[@]}"; do
    IFS='|' read -r -a alt <<<"$e"
    ok=''
    for a in "${alt[@]}"; do
      if grep -qxF -- "$a" <<<"$installed"; then ok=1; break; fi
    done
    [[ -n "$ok" ]] || printf '%s\n' "$e"
  done
}

# First alternative of an entry that apt can install (prints it), or fails.
_daftar_pick_alternative() {
  local alt a c
  IFS='|' read -r -a alt <<<"$1"
  for a in "${alt[@]}"; do
    c=$(apt-cache policy "$a" 2>/dev/null | sed -n 's/^ *Candidate: *//p' | head -n1)
    if [[ -n "$c" && "$c" != "(none)" ]]; then printf '%s\n' "$a"; return 0; fi
  done
  return 1
}

# With arguments: ensure only those entries (same "a|b" syntax); without: the whole list.
# shellcheck disable=SC2120
daftar_ensure_packages() {
  local missing=() pick=() unknown=() e p start c
  mapfile -t missing < <(daftar_missing_packages "$@")
  if [[ ${#missing[@]} -eq 0 ]]; then
    [[ -n "${DAFTAR_QUIET:-}" ]] || info "system packages: all present"
    return 0
  fi
  if daftar_may_install; then
    start=$SECONDS
    info "installing system packages: ${missing[*]}"
    daftar_apt_update || true
    for e in "${missing[@]}"; do
      if p=$(_daftar_pick_alternative "$e"); then pick+=("$p"); else unknown+=("$e"); fi
    done
    [[ ${#unknown[@]} -eq 0 ]] || warn "apt has no installable candidate for: ${unknown[*]}"
    if [[ ${#pick[@]} -gt 0 ]]; then
      # One transaction first; if it fails (e.g. a snap-only package on Ubuntu), salvage one by one.
      if ! daftar_apt install --no-install-recommends "${pick[@]}" >/dev/null; then
        warn "apt-get install of all at once failed; installing one by one"
        for p in "${pick[@]}"; do daftar_apt install --no-install-recommends "$p" >/dev/null || warn "could not install $p"; done
      fi
    fi
    mapfile -t missing < <(daftar_missing_packages "$@")
    info "system packages: done in $((SECONDS - start)) s${missing[*]:+, still missing: ${missing[*]}}"
  fi
  if [[ ${#missing[@]} -gt 0 ]]; then
    warn "missing system packages (OCR/browser features and their tests need them): ${missing[*]//|/ or } — install with: sudo apt-get install -y ${missing[*]%%|*}"
  fi
  for c in "${DAFTAR_REQUIRED_COMMANDS[@]}"; do
    command -v "$c" >/dev/null 2>&1 || die "'$c' is required and could not be installed; install it (e.g. sudo apt-get install -y $c) and run again."
  done
}
