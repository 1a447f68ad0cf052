#!/usr/bin/env bash
# Builds Panther Kernel and installs it as the Jupyter kernel "panther".
#
#   ./install.sh                 build, install Jupyter if there is none, install the kernelspec for this user
#   ./install.sh --dev           the same, plus what the tests need (Chromium, Jupyter's client libraries, jupyter_kernel_test, Playwright)
#   ./install.sh --sys-prefix    install the kernelspec into the Python environment Jupyter runs in
#   ./install.sh --prefix P      install the kernelspec into P/share/jupyter/kernels/panther
#   ./install.sh --skip-build    install what the last build made
#   ./install.sh --heap 8g       the most memory the kernel's heap may take (java -Xmx; 512m, 8g ...): results held
#                                in the notebook must fit in it. Kept for later runs; --heap default drops it
#                                (Java's default: a quarter of the machine's memory). `%panther version` shows it
#   ./install.sh --uninstall     remove everything install.sh added, and nothing else
#
# It also puts `panther-run` beside the `jupyter` link: it runs a notebook with parameters (panther-run NOTEBOOK
# -p NAME VALUE -o OUT.html), the values going to the cell tagged `parameters`.
#
# A Jupyter you already have (`jupyter` on PATH) is used as it is. Otherwise install.sh puts JupyterLab 4,
# Notebook 7 and nbconvert 7 in a virtual environment of its own (never `pip --user`), or Debian's packages when pip
# cannot, and links `jupyter` into a directory on PATH (/usr/local/bin as root, else ~/.local/bin; P/bin with
# --prefix P). What it added is
# recorded in ~/.local/share/panther-kernel/install.env, which --uninstall and the tests read.
# PANTHER_INSTALL_BIN_DIR overrides where the `jupyter` link goes (for tests and packagers).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

say() { echo "install.sh: $*"; }
fail() { echo "install.sh: $*" >&2; exit 1; }

where="--user"
prefix=""
uninstall=0
build=1
dev=0
heap=""
while [ $# -gt 0 ]; do
  case "$1" in
    --user) where="--user" ;;
    --sys-prefix) where="--sys-prefix" ;;
    --prefix) [ $# -ge 2 ] || fail "--prefix needs a directory"; where="--prefix"; prefix="$2"; shift ;;
    --prefix=*) where="--prefix"; prefix="${1#--prefix=}" ;;
    --uninstall) uninstall=1 ;;
    --skip-build) build=0 ;;
    --dev) dev=1 ;;
    --heap) [ $# -ge 2 ] || fail "--heap needs a size, such as 8g or 512m"; heap="$2"; shift ;;
    --heap=*) heap="${1#--heap=}" ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option '$1' (see ./install.sh --help)" ;;
  esac
  shift
done
[ -n "${HOME:-}" ] || fail "HOME is not set"
case "$heap" in
  ""|default) ;;
  *) [[ "$heap" =~ ^[1-9][0-9]*[kKmMgG]$ ]] \
       || fail "--heap '$heap' is not a heap size: give a number and a unit, such as 8g or 512m (java -Xmx)" ;;
esac

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
state="$data_home/panther-kernel"          # what install.sh owns: the record, its Jupyter environment
# the kernel's caches (the schema, the kept catalog) and its demo's unpacked data, which the training start writes
cache_home="${XDG_CACHE_HOME:-$HOME/.cache}"
caches=("$cache_home/panther-kernel" "$cache_home/panther-emulator")
record="$state/install.env"
venv="$state/jupyter"
logs="$here/target/install"                # logs stay in the checkout, not on the machine
mkdir -p "$logs"
# Files that Jupyter and IPython write as a side effect of install.sh's own calls (runtime files, ~/.ipython, the
# ~/.jupyter/migrated marker) go to a scratch directory that is removed at the end, so the machine keeps only what the
# record lists.
scratch="$(mktemp -d "$logs/scratch.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
export JUPYTER_RUNTIME_DIR="$scratch/runtime" IPYTHONDIR="$scratch/ipython" JUPYTER_CONFIG_DIR="$scratch/config"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    fail "need root to run: $* (no sudo here)"; fi
}

# --- the record of what install.sh added --------------------------------------------------------------
# Lines of key=value. Keys: jupyter, python (for the tests), owner (install.sh-venv | install.sh-apt | yours),
# link, kernelspec, apt (one package per line), made (PATH|TOP: a directory install.sh created, and the highest
# directory that did not exist before, so --uninstall removes exactly the empty directories it made).
declare -a rec_lines=()
record_get() {
  local line
  for line in "${rec_lines[@]+"${rec_lines[@]}"}"; do [ "${line%%=*}" = "$1" ] && echo "${line#*=}"; done
  return 0
}
record_put() {
  local line="$1=$2" existing
  for existing in "${rec_lines[@]+"${rec_lines[@]}"}"; do [ "$existing" = "$line" ] && return 0; done
  rec_lines+=("$line")
}
record_set() {  # replaces every value of a key
  local kept=() line
  for line in "${rec_lines[@]+"${rec_lines[@]}"}"; do [ "${line%%=*}" = "$1" ] || kept+=("$line"); done
  rec_lines=("${kept[@]+"${kept[@]}"}")
  record_put "$1" "$2"
}
record_write() {
  make_dir "$state"
  { echo "# written by $here/install.sh; ./install.sh --uninstall removes what is listed here"
    printf '%s\n' "${rec_lines[@]+"${rec_lines[@]}"}"; } > "$record.tmp"
  mv "$record.tmp" "$record"
}
if [ -f "$record" ]; then
  while IFS= read -r line; do case "$line" in \#*|"") ;; *) rec_lines+=("$line") ;; esac; done < "$record"
fi

# Creates directory $1 (and its parents), remembering the highest one that was missing.
make_dir() {
  local dir="$1" top=""
  local probe="$dir"
  while [ ! -e "$probe" ]; do top="$probe"; probe="$(dirname "$probe")"; done
  mkdir -p "$dir"
  [ -z "$top" ] || record_put made "$dir|$top"
}

# --- uninstall ----------------------------------------------------------------------------------------
# Removes $1 if it is an empty directory, then its parents up to and including $2 while they are empty.
remove_empty_dirs() {
  local dir="$1" top="$2"
  while true; do
    if [ -d "$dir" ]; then rmdir "$dir" 2>/dev/null || break; fi
    [ "$dir" = "$top" ] || [ "$dir" = / ] && break
    dir="$(dirname "$dir")"
  done
}

if [ "$uninstall" -eq 1 ]; then
  [ -f "$record" ] || say "no record of an earlier install at $record; removing the kernelspec only"
  spec_dirs="$(record_get kernelspec)"
  if [ -z "$spec_dirs" ]; then
    case "$where" in
      --prefix) spec_dirs="$prefix/share/jupyter/kernels/panther" ;;
      *) if command -v jupyter >/dev/null 2>&1; then spec_dirs="$(jupyter --data-dir)/kernels/panther"
         else spec_dirs="${JUPYTER_DATA_DIR:-$data_home/jupyter}/kernels/panther"; fi ;;
    esac
  fi
  while IFS= read -r dir; do
    [ -n "$dir" ] || continue
    if [ -d "$dir" ]; then rm -rf "$dir"; say "removed the kernel 'panther' from $dir"; fi
  done <<< "$spec_dirs"
  while IFS= read -r link; do
    [ -n "$link" ] || continue
    if [ -L "$link" ] && [ "$(readlink "$link")" = "$venv/bin/jupyter" ]; then rm -f "$link"; say "removed the link $link"; fi
  done <<< "$(record_get link)"
  while IFS= read -r dir; do
    [ -n "$dir" ] || continue
    if [ -d "$dir" ]; then rm -rf "$dir"; say "removed the JupyterLab extension $(basename "$dir") from $(dirname "$dir")"; fi
  done <<< "$(record_get labextension)"
  while IFS= read -r file; do
    [ -n "$file" ] || continue
    if [ -f "$file" ] && grep -qF "# panther-run, written by Panther Kernel's install.sh" "$file"; then rm -f "$file"; say "removed $file"; fi
  done <<< "$(record_get runner)"
  if [ -d "$state/node" ]; then rm -rf "$state/node"; say "removed Playwright for the browser tests from $state/node"; fi
  for cache in "${caches[@]}"; do
    if [ -d "$cache" ]; then rm -rf "$cache"; say "removed the kernel's cache $cache"; fi
  done
  if [ -d "$venv" ]; then rm -rf "$venv"; say "removed the Jupyter environment $venv"; fi
  apt_added="$(record_get apt | tr '\n' ' ')"
  if [ -n "${apt_added// /}" ]; then
    say "apt-get remove $apt_added(installed by install.sh)"
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove --purge --autoremove -y -q $apt_added >"$logs/apt-remove.log" 2>&1 \
      || say "apt-get could not remove them (see $logs/apt-remove.log)"
  fi
  made="$(record_get made)"
  rm -f "$record"
  remove_empty_dirs "$state" "$state"
  # one pass per entry: a directory empties only when every entry below it has gone
  for _ in $made; do
    while IFS='|' read -r dir top; do
      [ -n "$dir" ] && remove_empty_dirs "$dir" "$top"
    done <<< "$made"
  done
  say "uninstalled; the build in $here/*/target and Maven's cache (~/.m2) are left as they are"
  exit 0
fi

# --- Java ---------------------------------------------------------------------------------------------
java_bin=""
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java_bin="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  java_bin="$(command -v java)"
else
  fail "no Java found: install a JDK 17 or newer (Debian: sudo apt-get install openjdk-17-jdk-headless) or set JAVA_HOME"
fi
java_home="$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
feature="$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ -n "$feature" ] || fail "could not tell the version of $java_bin"
if [ "${feature%%.*}" -lt 17 ] 2>/dev/null || [ "$feature" = "1.8" ]; then
  fail "Java $feature at $java_home is too old: Panther Kernel needs a JDK 17 or newer (Debian: sudo apt-get install openjdk-17-jdk-headless), or set JAVA_HOME to one"
fi
if ! "$java_bin" --list-modules 2>/dev/null | grep -q '^jdk.jshell@'; then
  fail "Java $feature at $java_home has no jdk.jshell module (a JRE, or a jlink image): install a full JDK 17+ (Debian: openjdk-17-jdk-headless)"
fi
if [ ! -x "$java_home/bin/javac" ]; then
  fail "Java $feature at $java_home has no javac (a JRE): install a full JDK 17+ (Debian: openjdk-17-jdk-headless)"
fi
export JAVA_HOME="$java_home"
say "using the JDK at $JAVA_HOME (Java $feature)"

# Debian packages not installed yet; install them and remember them, so --uninstall can remove them.
apt_install() {
  local wanted=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || wanted+=("$p"); done
  [ "${#wanted[@]}" -gt 0 ] || return 0
  command -v apt-get >/dev/null 2>&1 || { say "no apt-get here to install ${wanted[*]}"; return 1; }
  if as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$logs/apt.log" 2>&1 \
     && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${wanted[@]}" >>"$logs/apt.log" 2>&1; then
    for p in "${wanted[@]}"; do record_put apt "$p"; done
    return 0
  fi
  say "apt-get install ${wanted[*]} failed (see $logs/apt.log)"
  return 1
}

# --- build --------------------------------------------------------------------------------------------
# ./mvnw runs a Maven 3.8.7+ on PATH (or one fetched from MVNW_REPOURL); without one it exits with 3: Debian's then
if [ "$build" -eq 1 ] && { MVNW_QUIET=1 ./mvnw -v >/dev/null 2>&1; [ $? -eq 3 ]; }; then
  say "no Maven 3.8.7 or newer: installing Debian's (apt-get install maven)"
  apt_install maven || fail "could not install Maven; install Maven 3.8.7 or newer, or set MVNW_REPOURL (see mvnw)"
fi
spec="$here/kernel/target/jupyter/kernels/panther"
# A build of a clean checkout is known by its commit: run again on the same commit with nothing changed (install.sh
# --dev after install.sh), the last build is what this one would make. Any change, even uncommitted, builds again.
stamp="$here/kernel/target/install-build.commit"
built_commit=""
if git -C "$here" rev-parse --is-inside-work-tree >/dev/null 2>&1 && [ -z "$(git -C "$here" status --porcelain 2>/dev/null)" ]; then
  built_commit="$(git -C "$here" rev-parse HEAD 2>/dev/null || true)"
fi
if [ "$build" -eq 1 ] && [ -n "$built_commit" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$built_commit" ] \
   && [ -f "$spec/kernel.json" ]; then
  say "the last build is of this commit (${built_commit:0:12}) with nothing changed: not building again"
  build=0
fi
if [ "$build" -eq 1 ]; then
  rm -f "$stamp"
  # Maven's quiet mode still writes colour codes; its whole output goes to the log, one line here.
  if MVNW_QUIET=1 ./mvnw -B -q -DskipTests -Dstyle.color=never package >"$logs/build.log" 2>&1; then
    say "built the kernel with ./mvnw (tests run with ./mvnw -B verify)"
    if [ -n "$built_commit" ]; then echo "$built_commit" > "$stamp"; fi
  else
    tail -n 40 "$logs/build.log" | sed 's/\x1b\[[0-9;]*m//g' >&2
    fail "the build failed; the whole log is $logs/build.log"
  fi
fi
[ -f "$spec/kernel.json" ] || fail "no kernelspec at $spec: the build did not make one (run without --skip-build)"

# --- plotly.js for offline charts -----------------------------------------------------------------------
plotly_version="$(sed -n 's:.*<plotly.version>\(.*\)</plotly.version>.*:\1:p' pom.xml | head -n 1)"
if [ -f "$spec/plotly.min.js" ] && [ -f "$spec/plotly.version" ] && [ "$(cat "$spec/plotly.version")" = "$plotly_version" ]; then
  say "plotly.js $plotly_version is already beside the kernel"
elif command -v npm >/dev/null 2>&1; then
  tmp_plotly="$(mktemp -d "$logs/plotly.XXXXXX")"
  # npm's cache (and its logs) go to the scratch directory, so nothing is left in ~/.npm
  if (cd "$tmp_plotly" && npm pack --silent --cache "$tmp_plotly/cache" --no-update-notifier --no-fund --no-audit \
        "plotly.js-dist-min@$plotly_version" >"$logs/npm.log" 2>&1) \
     && tar -xzf "$tmp_plotly"/plotly.js-dist-min-*.tgz -C "$tmp_plotly" \
     && cp "$tmp_plotly/package/plotly.min.js" "$spec/plotly.min.js"; then
    echo "$plotly_version" > "$spec/plotly.version"
    say "fetched plotly.js $plotly_version with npm, so charts draw without the internet"
  else
    say "npm could not fetch plotly.js (see $logs/npm.log); charts will load plotly.js $plotly_version from its CDN"
  fi
  rm -rf "$tmp_plotly"
else
  say "npm is not installed; charts will load plotly.js $plotly_version from its CDN (set PANTHER_PLOTLY_JS to a local plotly.min.js to draw offline)"
fi

# --- Jupyter ------------------------------------------------------------------------------------------
jupyter_cmd=""
path_note=""   # printed last when the `jupyter` link is not on this shell's PATH

# The python3 that runs a `jupyter` script (its #! line), so the tests drive the same installation.
python_of() {
  local py
  py="$(head -n 1 "$(readlink -f "$1")" | sed -n 's/^#! *//p' | cut -d' ' -f1)"
  if [ -n "$py" ] && [ -x "$py" ]; then echo "$py"; else echo "python3"; fi
}
works() { "$1" kernelspec --version >/dev/null 2>&1; }

# python3 modules the tests need beside Jupyter itself
test_modules="jupyter_client, nbconvert, nbclient, ipykernel"
has_test_modules() { "$1" -c "import ${test_modules}" >/dev/null 2>&1; }

jupyter_packages=("jupyterlab>=4,<5" "notebook>=7,<8" "nbconvert>=7,<8" nbclient jupyter_client jupyter_console ipykernel)
debian_packages=(jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client jupyter-console python3-ipykernel)

# A venv of install.sh's own under the user's data directory; false when pip cannot fill it.
install_venv() {
  local py
  py="$(command -v python3 || true)"
  [ -n "$py" ] || { say "no python3 on PATH, so no Jupyter from pip"; return 1; }
  make_dir "$state"
  rm -rf "$venv"
  if ! "$py" -m venv "$venv" >"$logs/venv.log" 2>&1; then
    rm -rf "$venv"
    say "$py cannot make a virtual environment (see $logs/venv.log)"
    return 1
  fi
  # A closed network answers at once; pip's default 5 retries with back-off would make that many minutes.
  if ! "$venv/bin/python" -m pip install --no-cache-dir --disable-pip-version-check --retries 1 --timeout 30 \
        "${jupyter_packages[@]}" >"$logs/pip.log" 2>&1; then
    rm -rf "$venv"
    say "pip could not install Jupyter (see $logs/pip.log)"
    return 1
  fi
  return 0
}

# The PATH a fresh login shell of this user starts with (Debian's ~/.profile adds ~/.local/bin once it exists).
login_path() {
  env -i HOME="$HOME" USER="${USER:-}" LOGNAME="${LOGNAME:-}" bash -lc 'printf %s "$PATH"' 2>/dev/null || true
}

# The directory for the `jupyter` link: one a fresh login shell has on its PATH.
link_dir() {
  if [ -n "${PANTHER_INSTALL_BIN_DIR:-}" ]; then echo "$PANTHER_INSTALL_BIN_DIR"; return; fi
  # an install into a prefix keeps to it, as packagers expect: nothing lands in the machine's own bin directories
  if [ "$where" = "--prefix" ]; then echo "$prefix/bin"; return; fi
  if [ "$(id -u)" -eq 0 ]; then echo /usr/local/bin; return; fi
  local candidate
  for candidate in "$HOME/.local/bin" "$HOME/bin"; do
    case ":$PATH:$(login_path):" in *":$candidate:"*) echo "$candidate"; return ;; esac
  done
  echo "$HOME/.local/bin"
}

link_jupyter() {
  local dir link
  dir="$(link_dir)"
  link="$dir/jupyter"
  if [ -e "$link" ] && ! { [ -L "$link" ] && [ "$(readlink "$link")" = "$venv/bin/jupyter" ]; }; then
    say "$link exists and is not install.sh's; run Jupyter as $venv/bin/jupyter"
    jupyter_cmd="$venv/bin/jupyter"
    return
  fi
  make_dir "$dir"
  ln -sfn "$venv/bin/jupyter" "$link"
  record_put link "$link"
  jupyter_cmd="$link"
  case ":$PATH:" in
    *":$dir:"*) ;;
    *) if case ":$(login_path):" in *":$dir:"*) true ;; *) false ;; esac; then
         path_note="jupyter is linked in $dir, which new login shells put on PATH but this one has not: open a new shell, or run  export PATH=\"$dir:\$PATH\""
       else
         path_note="jupyter is linked in $dir, which is not on your PATH: add it with  export PATH=\"$dir:\$PATH\""
       fi ;;
  esac
}

ensure_jupyter() {
  local owner
  owner="$(record_get owner)"
  if [ "$owner" = "install.sh-venv" ] && works "$venv/bin/jupyter"; then
    link_jupyter
    say "using the Jupyter install.sh put in $venv ($("$venv/bin/jupyter" lab --version 2>/dev/null | sed 's/^/JupyterLab /'))"
    return
  fi
  if [ "$owner" = "install.sh-apt" ] && works /usr/bin/jupyter; then
    jupyter_cmd=/usr/bin/jupyter
    say "using Debian's Jupyter, which install.sh installed"
    return
  fi
  if command -v jupyter >/dev/null 2>&1 && works jupyter; then
    jupyter_cmd="$(command -v jupyter)"
    [ -n "$owner" ] || record_set owner yours
    say "using your Jupyter at $jupyter_cmd, as it is"
    "$jupyter_cmd" nbconvert --version >/dev/null 2>&1 \
      || say "your Jupyter has no nbconvert, which the README's example command needs (pip install nbconvert)"
    return
  fi
  say "no Jupyter on PATH: installing JupyterLab 4, Notebook 7 and nbconvert 7 with pip into $venv"
  if install_venv; then
    record_set owner install.sh-venv
    link_jupyter
    say "installed Jupyter ($("$venv/bin/jupyter" lab --version 2>/dev/null | sed 's/^/JupyterLab /')) into $venv"
    return
  fi
  say "falling back to Debian's packages: apt-get install ${debian_packages[*]}"
  if apt_install "${debian_packages[@]}" && works /usr/bin/jupyter; then
    record_set owner install.sh-apt
    jupyter_cmd=/usr/bin/jupyter
    say "installed Debian's Jupyter"
    return
  fi
  record_write
  fail "could not install Jupyter: install it yourself (python3 -m venv + pip install jupyterlab nbconvert, or apt-get install ${debian_packages[*]}) and run ./install.sh again"
}

# --- Playwright for the browser tests (--dev) ----------------------------------------------------------
# npm's playwright-core (the library, never a browser download) drives Debian's Chromium; it lives in a directory
# install.sh owns, and npm's cache is thrown away.
playwright_version="1.65.1"
node_dir="$state/node"
install_playwright() {
  local installed_version=""
  if [ -f "$node_dir/node_modules/playwright-core/package.json" ]; then
    installed_version="$(sed -n 's/^ *"version": *"\(.*\)",*$/\1/p' "$node_dir/node_modules/playwright-core/package.json" | head -n 1)"
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    say "installing Debian's Node.js for the browser tests (apt-get install nodejs npm)"
    apt_install nodejs npm || fail "could not install Node.js and npm, which the browser tests need"
  fi
  if [ "$installed_version" = "$playwright_version" ]; then
    say "Playwright $playwright_version is there for the browser tests ($node_dir)"
  else
    make_dir "$node_dir"
    # --prefix would also move npm's global settings to $node_dir/etc/npmrc: keep the machine's (its CA file, registry)
    local global_npmrc
    global_npmrc="$(npm config get globalconfig --cache "$scratch/npm-cache" 2>/dev/null || true)"
    if npm install --prefix "$node_dir" ${global_npmrc:+--globalconfig "$global_npmrc"} --cache "$scratch/npm-cache" --no-audit --no-fund --no-update-notifier \
          --no-package-lock "playwright-core@$playwright_version" >"$logs/playwright.log" 2>&1; then
      say "installed Playwright $playwright_version (playwright-core, driving Debian's Chromium) into $node_dir"
    else
      fail "npm could not install playwright-core, which the browser tests need (see $logs/playwright.log)"
    fi
  fi
  record_set node "$(command -v node)"
  record_set playwright "$node_dir/node_modules"
}

# --- Jupyter's conformance suite for kernels (--dev) ----------------------------------------------------
# The tests run jupyter_kernel_test against the kernel. It goes only into a python3 install.sh owns: its venv (from
# pip, or else Debian's package python3-jupyter-kernel-test unpacked into the venv's site-packages: pure Python, whose
# jsonschema and jupyter_client the venv has), or Debian's own python3 when install.sh installed Debian's Jupyter.
# A python3 of yours is left as it is: the tests then use install.sh's venv, as they do for the client libraries.
# --uninstall removes it with the venv (or with the apt packages it recorded).
has_kernel_tests() { "$1" -c "import jupyter_kernel_test" >/dev/null 2>&1; }
kernel_tests_version() { "$1" -c "import jupyter_kernel_test as k; print(k.__version__)" 2>/dev/null; }
install_kernel_tests_into_venv() {
  local unpacked="$scratch/kernel-test" site
  if "$venv/bin/python" -m pip install --no-cache-dir --disable-pip-version-check --retries 1 --timeout 30 \
        jupyter_kernel_test >"$logs/kernel-test.log" 2>&1; then
    say "installed jupyter_kernel_test $(kernel_tests_version "$venv/bin/python"), Jupyter's conformance suite for kernels, into $venv"
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1 || return 1
  mkdir -p "$unpacked"
  (cd "$unpacked" && apt-get download python3-jupyter-kernel-test) >>"$logs/kernel-test.log" 2>&1 || return 1
  dpkg-deb -x "$unpacked"/python3-jupyter-kernel-test_*.deb "$unpacked/files" >>"$logs/kernel-test.log" 2>&1 || return 1
  site="$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  cp -R "$unpacked"/files/usr/lib/python3/dist-packages/jupyter_kernel_test* "$site/" || return 1
  has_kernel_tests "$venv/bin/python" || return 1
  say "installed jupyter_kernel_test $(kernel_tests_version "$venv/bin/python"), Jupyter's conformance suite for kernels, into $venv (from Debian's package python3-jupyter-kernel-test)"
}
ensure_kernel_tests() {
  has_kernel_tests "$test_python" && return 0
  if [ "$(record_get owner)" = "install.sh-apt" ] && [ "$test_python" = /usr/bin/python3 ]; then
    apt_install python3-jupyter-kernel-test && has_kernel_tests "$test_python" \
      || fail "could not install Debian's python3-jupyter-kernel-test, Jupyter's conformance suite the tests run"
    return 0
  fi
  if [ "$test_python" != "$venv/bin/python" ]; then
    if ! { [ -x "$venv/bin/python" ] && has_test_modules "$venv/bin/python"; }; then
      say "your Jupyter's python lacks jupyter_kernel_test; installing ${test_modules} for the tests into $venv"
      install_venv || fail "could not install ${test_modules} for the tests"
    fi
    test_python="$venv/bin/python"
  fi
  has_kernel_tests "$test_python" || install_kernel_tests_into_venv \
    || fail "could not install jupyter_kernel_test, Jupyter's conformance suite the tests run (see $logs/kernel-test.log)"
}

# --- JupyterLab extensions for charts ---------------------------------------------------------------------
# The kernel sends charts as plotly's mime type; JupyterLab 4 and Notebook 7 draw it with the renderer the plotly
# Python package ships (only its prebuilt extension is copied, the Python package is not installed), and our own
# small extension gives those charts the theme's colours. Both go into the labextensions directory beside the kernelspec.
plotly_renderer_version="7.1.0"
install_lab_extensions() {
  local labext="$1" ours="$here/kernel/target/jupyter/labextensions/panther-kernel-charts" py wheel_dir
  make_dir "$labext"
  if [ -f "$ours/package.json" ]; then
    rm -rf "$labext/panther-kernel-charts"
    cp -R "$ours" "$labext/panther-kernel-charts"
    record_put labextension "$labext/panther-kernel-charts"
  fi
  if [ -f "$labext/jupyterlab-plotly/package.json" ] \
     && grep -q "\"version\": \"$plotly_renderer_version\"" "$labext/jupyterlab-plotly/package.json"; then
    say "JupyterLab's plotly renderer $plotly_renderer_version and the chart theme extension are in $labext"
    return
  fi
  if has_plotly_renderer_elsewhere "$labext"; then
    say "your Jupyter has JupyterLab's plotly renderer already; added the chart theme extension to $labext"
    return
  fi
  py="$test_python"
  "$py" -m pip --version >/dev/null 2>&1 || py="$(command -v python3 || true)"
  wheel_dir="$scratch/plotly-wheel"
  if [ -n "$py" ] && "$py" -m pip download --no-deps --no-cache-dir --disable-pip-version-check --retries 1 --timeout 30 \
        -d "$wheel_dir" "plotly==$plotly_renderer_version" >"$logs/plotly-renderer.log" 2>&1 \
     && "$py" - "$wheel_dir" "$labext" >>"$logs/plotly-renderer.log" 2>&1 <<'PY'
import glob, os, sys, zipfile
wheel = glob.glob(os.path.join(sys.argv[1], "plotly-*.whl"))[0]
prefix = None
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        marker = "/data/share/jupyter/labextensions/jupyterlab-plotly/"
        if ".data" in name and marker in name:
            prefix = name[: name.index(marker) + len(marker)]
            break
    if prefix is None:
        sys.exit("no jupyterlab-plotly extension in " + wheel)
    target = os.path.join(sys.argv[2], "jupyterlab-plotly")
    for name in z.namelist():
        if name.startswith(prefix) and not name.endswith("/"):
            path = os.path.join(target, name[len(prefix):])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with z.open(name) as src, open(path, "wb") as dst:
                dst.write(src.read())
PY
  then
    record_put labextension "$labext/jupyterlab-plotly"
    say "installed JupyterLab's plotly renderer $plotly_renderer_version (from the plotly wheel) and the chart theme extension into $labext"
  else
    rm -rf "$labext/jupyterlab-plotly"
    say "could not fetch JupyterLab's plotly renderer (see $logs/plotly-renderer.log); JupyterLab will draw charts from their HTML"
  fi
}

# Whether a labextensions directory of this Jupyter other than $1 has jupyterlab-plotly (the user's own plotly).
has_plotly_renderer_elsewhere() {
  "$test_python" - "$1" 2>/dev/null <<'PY'
import os, sys
from jupyter_core.paths import jupyter_path
mine = os.path.realpath(sys.argv[1])
found = [d for d in jupyter_path("labextensions")
         if os.path.realpath(d) != mine and os.path.isfile(os.path.join(d, "jupyterlab-plotly", "package.json"))]
sys.exit(0 if found else 1)
PY
}

# panther-run (the parameterized runner) as a command beside the `jupyter` link: a two-line script that runs the
# kernelspec's panther_run.py with the python that runs Jupyter (it has nbclient and nbconvert).
runner_marker="# panther-run, written by Panther Kernel's install.sh"
install_runner() {
  local dir file
  dir="$(link_dir)"
  file="$dir/panther-run"
  if [ -e "$file" ] && ! grep -qF "$runner_marker" "$file" 2>/dev/null; then
    say "$file exists and is not install.sh's; run notebooks with parameters as: $test_python $installed/panther_run.py"
    return
  fi
  make_dir "$dir"
  printf '#!/bin/sh\n%s\nexec "%s" "%s" "$@"\n' "$runner_marker" "$test_python" "$installed/panther_run.py" > "$file"
  chmod 755 "$file"
  record_put runner "$file"
}

ensure_jupyter
test_python="$(python_of "$jupyter_cmd")"

# --- what the tests need (--dev) ------------------------------------------------------------------------
if [ "$dev" -eq 1 ]; then
  if ! has_test_modules "$test_python"; then
    # Your own Jupyter lacks a client library the tests drive: the tests get install.sh's environment instead.
    if [ -x "$venv/bin/python" ] && has_test_modules "$venv/bin/python"; then
      test_python="$venv/bin/python"
    else
      say "your Jupyter's python lacks one of ${test_modules}; installing them for the tests into $venv"
      install_venv || fail "could not install ${test_modules} for the tests"
      test_python="$venv/bin/python"
    fi
  fi
  ensure_kernel_tests
  if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
    say "Chromium is there for the browser tests"
  else
    say "installing Debian's Chromium for the browser tests (apt-get install chromium)"
    apt_install chromium || fail "could not install Chromium, which the browser tests need"
  fi
  install_playwright
fi
record_set jupyter "$jupyter_cmd"
record_set python "$test_python"

# --- kernelspec ---------------------------------------------------------------------------------------
case "$where" in
  --user) target="$("$jupyter_cmd" --data-dir)/kernels/panther" ;;
  --sys-prefix) target="$("$test_python" -c 'import sys; print(sys.prefix)')/share/jupyter/kernels/panther" ;;
  --prefix) target="$prefix/share/jupyter/kernels/panther" ;;
esac
make_dir "$(dirname "$target")"
# The class data sharing archive of the last install (see below) holds for the same JDK and the same jars (the JVM
# checks each jar's size and time, which `jupyter kernelspec install` keeps): when they are what this run installs,
# it is kept aside while --replace empties the directory, and put back instead of training again.
cds_key="$({ "$java_bin" -version 2>&1; echo "$java_bin"; (cd "$spec" && find . -name '*.jar' -printf '%p %s %T@\n' | sort); } | cksum)"
kept_cds=""
if [ -f "$target/panther.jsa" ] && [ -f "$target/panther.jsa.key" ] && [ "$(cat "$target/panther.jsa.key")" = "$cds_key" ]; then
  kept_cds="$scratch/kept-cds"
  mkdir -p "$kept_cds"
  mv "$target/panther.jsa" "$kept_cds/panther.jsa"
fi
args=(kernelspec install "$spec" --name panther --replace)
case "$where" in
  --user) args+=(--user) ;;
  --sys-prefix) args+=(--sys-prefix) ;;
  --prefix) args+=(--prefix "$prefix") ;;
esac
"$jupyter_cmd" "${args[@]}" >"$logs/kernelspec.log" 2>&1 || { cat "$logs/kernelspec.log" >&2; fail "jupyter kernelspec install failed"; }
installed="$(sed -n 's/.*Installed kernelspec panther in //p' "$logs/kernelspec.log" | tail -n 1)"
installed="${installed:-$target}"
record_put kernelspec "$installed"
install_runner

# --- the kernel's heap -----------------------------------------------------------------------------------
# --heap (or the size an earlier run recorded) goes into kernel.json's argv as java -Xmx, so every start has it.
[ -n "$heap" ] || heap="$(record_get heap | tail -n 1)"
if [ "$heap" = "default" ] || [ -z "$heap" ]; then
  record_set heap default
else
  "$test_python" - "$installed/kernel.json" "$heap" <<'PY' || fail "could not set the heap in $installed/kernel.json"
import json, sys
path, heap = sys.argv[1], sys.argv[2]
with open(path) as f:
    spec = json.load(f)
spec["argv"] = [spec["argv"][0], "-Xmx" + heap] + [a for a in spec["argv"][1:] if not a.startswith("-Xmx")]
with open(path, "w") as f:
    json.dump(spec, f, indent=2)
PY
  record_set heap "$heap"
  say "the kernel's heap may grow to $heap (java -Xmx$heap in kernel.json; --heap default gives Java's default back)"
fi
install_lab_extensions "$(dirname "$(dirname "$installed")")/labextensions"
for cache in "${caches[@]}"; do make_dir "$cache"; done
record_write

# --- class data sharing -----------------------------------------------------------------------------------
# One training start of the installed kernel writes the classes it loads to panther.jsa; kernel.json then maps that
# archive at every start (about 2x faster to kernel_info_reply, see bench/RESULTS.md). Without it the kernel still works.
cds_made="trained"
train_cds() {
  if [ -n "$kept_cds" ] && mv "$kept_cds/panther.jsa" "$installed/panther.jsa" 2>/dev/null; then
    cds_made="kept from the last install, of the same JDK and jars"
    return 0
  fi
  "$test_python" "$here/kernel/src/cds/train.py" "$installed"
}
if [ -f "$installed/kernel.json" ] \
   && train_cds >"$logs/cds.log" 2>&1 \
   && "$test_python" "$here/kernel/src/cds/train.py" --map "$installed" >>"$logs/cds.log" 2>&1
then
  echo "$cds_key" > "$installed/panther.jsa.key"
  say "installed the kernel 'panther' (Panther (Java)) in $installed, with a class data sharing archive for fast starts ($cds_made)"
else
  rm -f "$installed/panther.jsa" "$installed/panther.jsa.key"
  say "installed the kernel 'panther' (Panther (Java)) in $installed (no class data sharing archive: see $logs/cds.log)"
fi
if [ "$where" = "--prefix" ]; then
  say "Jupyter finds kernels under --prefix only when JUPYTER_PATH includes $prefix/share/jupyter"
fi

if [ -n "$path_note" ]; then
  say "$path_note"
elif [ "$dev" -eq 1 ]; then
  say "done; next: ./mvnw -B verify"
else
  say "done; next: jupyter nbconvert --to html --execute examples/alert-triage.ipynb"
fi
