# shellcheck shell=bash
# Pick a JDK >= 21 and make sure Maven is there. Sourced, never executed.
#
#   daftar_ensure_jdk     exports JAVA_HOME and puts $JAVA_HOME/bin first on PATH, or exits with one line
#   daftar_ensure_maven   installs Maven with apt-get when `mvn` is missing
#
# Order (docs: ARCHITECTURE "JDK selection"): JAVA_HOME if >= 21; `java` on PATH if >= 21; the newest >= 21
# under /usr/lib/jvm; else apt-get install openjdk-21-jdk-headless (Debian 13, Ubuntu 22.04+; Debian 12 has
# none); else stop. Only full JDKs count (bin/java and bin/javac): Maven compiles.

# shellcheck source=scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DAFTAR_MIN_JAVA=21
DAFTAR_JVM_DIR="${DAFTAR_JVM_DIR:-/usr/lib/jvm}"

# Feature version of a JDK home: "1.8.0_292" -> 8, "17.0.15" -> 17, "21-ea" -> 21, "25" -> 25.
# Reads $home/release when present (no JVM start), else asks `java -version`. Prints nothing on failure.
daftar_jdk_version() {
  local home=$1 v=''
  [[ -x "$home/bin/java" ]] || return 1
  if [[ -r "$home/release" ]]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n1)
  fi
  if [[ -z "$v" ]]; then
    # java -version prints e.g.: openjdk version "17.0.15" 2025-04-15  /  java version "1.8.0_292"
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n1)
  fi
  [[ -n "$v" ]] || return 1
  [[ "$v" == 1.* ]] && v=${v#1.}
  v=${v%%[!0-9]*}
  [[ -n "$v" ]] || return 1
  printf '%s\n' "$v"
}

# Succeeds (and prints the version) when $1 is a JDK home of version >= DAFTAR_MIN_JAVA.
_daftar_jdk_ok() {
  local home=$1 v
  [[ -x "$home/bin/javac" ]] || return 1
  v=$(daftar_jdk_version "$home") || return 1
  [[ "$v" -ge "$DAFTAR_MIN_JAVA" ]] || return 1
  printf '%s\n' "$v"
}

# Newest JDK >= 21 under DAFTAR_JVM_DIR (symlinked duplicates are the same JDK). Prints its home.
_daftar_jdk_scan() {
  local d real v best='' best_v=0
  for d in "$DAFTAR_JVM_DIR"/*/; do
    [[ -d "$d" ]] || continue
    real=$(readlink -f "$d") || continue
    v=$(_daftar_jdk_ok "$real") || continue
    if [[ "$v" -gt "$best_v" ]]; then best=$real best_v=$v; fi
  done
  [[ -n "$best" ]] || return 1
  printf '%s\n' "$best"
}

# Describe what was found, for the one-line error.
_daftar_jdk_seen() {
  local j v
  j=$(command -v java 2>/dev/null) || { echo "no java on PATH"; return; }
  j=$(readlink -f "$j")
  v=$(daftar_jdk_version "${j%/bin/java}") || v='?'
  echo "java on PATH is $v at ${j%/bin/java}"
}

daftar_ensure_jdk() {
  local home='' v='' how='' j pkg
  # 1. JAVA_HOME
  if [[ -n "${JAVA_HOME:-}" ]] && v=$(_daftar_jdk_ok "$JAVA_HOME"); then
    home=$JAVA_HOME how=JAVA_HOME
  fi
  # 2. java on PATH
  if [[ -z "$home" ]] && j=$(command -v java 2>/dev/null); then
    j=$(readlink -f "$j")
    if v=$(_daftar_jdk_ok "${j%/bin/java}"); then home=${j%/bin/java} how=PATH; fi
  fi
  # 3. newest in the system JVM directory
  if [[ -z "$home" ]] && home=$(_daftar_jdk_scan); then
    how=$DAFTAR_JVM_DIR
  fi
  # 4. the distribution's package
  if [[ -z "$home" ]] && daftar_may_install; then
    for pkg in openjdk-21-jdk-headless openjdk-25-jdk-headless; do
      if ! _daftar_apt_has_candidate "$pkg"; then
        daftar_apt_update || true
        _daftar_apt_has_candidate "$pkg" || continue
      fi
      info "installing $pkg"
      daftar_apt install --no-install-recommends "$pkg" >/dev/null || continue
      if home=$(_daftar_jdk_scan); then how="apt-get ($pkg)"; break; fi
    done
  fi
  if [[ -z "$home" ]]; then
    die "Daftar needs a JDK ${DAFTAR_MIN_JAVA} or newer and found none ($(_daftar_jdk_seen)); install one (e.g. apt-get install openjdk-21-jdk-headless, or Temurin 21+ from https://adoptium.net) and set JAVA_HOME to it."
  fi
  [[ -n "$v" ]] || v=$(daftar_jdk_version "$home")
  JAVA_HOME=$home
  export JAVA_HOME
  case ":$PATH:" in
    ":$JAVA_HOME/bin:"*) ;;
    *) PATH="$JAVA_HOME/bin:$PATH" ;;
  esac
  export PATH
  export DAFTAR_JAVA_VERSION=$v
  [[ -n "${DAFTAR_QUIET:-}" ]] || info "JDK $v at $JAVA_HOME (from $how)"
}

# True when apt knows an installable version of the package.
_daftar_apt_has_candidate() {
  local c
  command -v apt-cache >/dev/null 2>&1 || return 1
  c=$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p' | head -n1)
  [[ -n "$c" && "$c" != "(none)" ]]
}

daftar_ensure_maven() {
  if command -v mvn >/dev/null 2>&1; then daftar_maven_opts; return 0; fi
  if daftar_may_install; then
    daftar_apt_update || true
    info "installing maven"
    # --no-install-recommends keeps it small; the JDK chosen above is what Maven runs on (JAVA_HOME).
    daftar_apt install --no-install-recommends maven >/dev/null || true
  fi
  command -v mvn >/dev/null 2>&1 ||
    die "Daftar needs Apache Maven 3.6.3 or newer and found no 'mvn'; install it (apt-get install maven, or https://maven.apache.org/download.cgi) and put it on PATH."
  daftar_maven_opts
}

# MAVEN_OPTS (Maven's own JVM; tests run in Surefire's forked JVM) unless the caller set it:
# 1 GB heap, the serial collector (2 cores, short-lived JVM), no stray ANSI resets in logs (Maven 3.8 + jansi),
# and on JDK 23+ no sun.misc.Unsafe warnings from the guava inside Maven 3.8/3.9 (the flag is unknown before 23).
daftar_maven_opts() {
  [[ -n "${MAVEN_OPTS:-}" ]] && return 0
  MAVEN_OPTS="-Xmx1g -XX:+UseSerialGC -Djava.awt.headless=true -Djansi.noreset=true"
  if [[ "${DAFTAR_JAVA_VERSION:-0}" -ge 23 ]]; then
    MAVEN_OPTS+=" --sun-misc-unsafe-memory-access=allow"
  fi
  export MAVEN_OPTS
}
