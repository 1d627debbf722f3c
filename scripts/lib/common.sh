# shellcheck shell=bash
# Shared helpers for the Daftar scripts. Sourced, never executed.
# The callers run with `set -euo pipefail`; everything here is safe under it.

[[ -n "${_DAFTAR_COMMON_SH:-}" ]] && return 0
_DAFTAR_COMMON_SH=1

# Repository root: scripts/lib/common.sh -> ../..
DAFTAR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
export DAFTAR_ROOT

# Messages go to stderr so that stdout stays clean for what a verb prints on purpose.
if [[ -t 2 && -z "${NO_COLOR:-}" && "${TERM:-dumb}" != dumb ]]; then
  _c_bold=$'\e[1m' _c_red=$'\e[31m' _c_yellow=$'\e[33m' _c_off=$'\e[0m'
else
  _c_bold='' _c_red='' _c_yellow='' _c_off=''
fi
info() { printf '%s==>%s %s\n' "$_c_bold" "$_c_off" "$*" >&2; }
warn() { printf '%swarning:%s %s\n' "$_c_yellow" "$_c_off" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$_c_red" "$_c_off" "$*" >&2; exit 1; }

# How to run a command as root: "" when we are root, "sudo" / "sudo -n" when sudo works,
# or nothing usable (returns 1). Without a terminal sudo must not prompt (CI has no stdin).
daftar_root_cmd() {
  if [[ $(id -u) -eq 0 ]]; then
    DAFTAR_SUDO=()
    return 0
  fi
  command -v sudo >/dev/null 2>&1 || return 1
  if sudo -n true 2>/dev/null; then
    DAFTAR_SUDO=(sudo -n)
  elif [[ -t 0 ]]; then
    DAFTAR_SUDO=(sudo)
  else
    return 1
  fi
}

# Set DAFTAR_SKIP_INSTALL=1 to never touch the system (no apt-get); missing things are then only reported.
daftar_may_install() {
  [[ "${DAFTAR_SKIP_INSTALL:-0}" != 1 ]] || return 1
  command -v apt-get >/dev/null 2>&1 || return 1
  daftar_root_cmd
}

# apt-get as root, non-interactive, waiting for a lock held by another apt run instead of failing,
# and retried a few times for flaky mirrors.
daftar_apt() {
  local attempt
  for attempt in 1 2 3; do
    if "${DAFTAR_SUDO[@]}" env DEBIAN_FRONTEND=noninteractive NEEDRESTART_MODE=a \
        apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3 -q -y "$@"; then
      return 0
    fi
    [[ $attempt -lt 3 ]] && { warn "apt-get $1 failed (attempt $attempt), retrying in 10 s"; sleep 10; }
  done
  return 1
}

# apt-get update at most once per script run, and not at all when the package lists are less than an hour
# old (so a package that apt cannot offer does not cost an update on every run).
daftar_apt_update() {
  [[ -n "${_DAFTAR_APT_UPDATED:-}" ]] && return 0
  if [[ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*Release' -mmin -60 -print -quit 2>/dev/null)" ]]; then
    _DAFTAR_APT_UPDATED=1
    return 0
  fi
  info "apt-get update"
  daftar_apt update >/dev/null || { warn "apt-get update failed; trying with the existing package lists"; return 1; }
  _DAFTAR_APT_UPDATED=1
}
