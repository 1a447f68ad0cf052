#!/usr/bin/env bash
# Builds Panther Kernel and installs it as the Jupyter kernel "panther".
#
#   ./install.sh                 build, install Jupyter if it is missing, install the kernelspec for this user
#   ./install.sh --sys-prefix    install into the Python environment's prefix instead
#   ./install.sh --prefix P      install into P/share/jupyter/kernels/panther
#   ./install.sh --skip-build    install what the last build made
#   ./install.sh --uninstall     remove the kernelspec (with the same --user/--sys-prefix/--prefix)
#
# Running it again upgrades the kernel in place. After installing, one training start of the kernel writes a class
# data sharing archive (panther.jsa) beside kernel.json, which makes later starts faster.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

say() { echo "install.sh: $*"; }
fail() { echo "install.sh: $*" >&2; exit 1; }

where="--user"
prefix=""
uninstall=0
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --user) where="--user" ;;
    --sys-prefix) where="--sys-prefix" ;;
    --prefix) [ $# -ge 2 ] || fail "--prefix needs a directory"; where="--prefix"; prefix="$2"; shift ;;
    --prefix=*) where="--prefix"; prefix="${1#--prefix=}" ;;
    --uninstall) uninstall=1 ;;
    --skip-build) build=0 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option '$1' (see ./install.sh --help)" ;;
  esac
  shift
done

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    fail "need root to run: $* (no sudo here)"; fi
}

# --- Jupyter ----------------------------------------------------------------------------------------
jupyter_cmd=""
find_jupyter() {
  for candidate in jupyter /usr/bin/jupyter "$HOME/.local/bin/jupyter"; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" kernelspec --version >/dev/null 2>&1; then
      jupyter_cmd="$candidate"; return 0
    fi
  done
  return 1
}

install_jupyter() {
  say "Jupyter is not installed; installing it"
  if command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1; then
    say "trying pip: python3 -m pip install --user notebook nbconvert nbclient jupyter_client jupyter_console"
    if python3 -m pip install --user --quiet --timeout 15 --retries 1 \
         notebook nbconvert nbclient jupyter_client jupyter_console >/tmp/panther-pip.log 2>&1 && find_jupyter; then
      say "installed Jupyter with pip"; return 0
    fi
    say "pip could not install Jupyter here (see /tmp/panther-pip.log); trying Debian's packages"
  fi
  if command -v apt-get >/dev/null 2>&1; then
    say "apt-get install jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client jupyter-console"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
      jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client jupyter-console >/dev/null
    find_jupyter && { say "installed Jupyter with apt-get"; return 0; }
  fi
  fail "could not install Jupyter: install it yourself (pip install notebook, or apt-get install jupyter-notebook jupyter-nbconvert) and run ./install.sh again"
}

kernel_dir() {
  case "$where" in
    --user) echo "$("$jupyter_cmd" --data-dir)/kernels/panther" ;;
    --sys-prefix) echo "$("${python_for_jupyter}" -c 'import sys; print(sys.prefix)')/share/jupyter/kernels/panther" ;;
    --prefix) echo "$prefix/share/jupyter/kernels/panther" ;;
  esac
}

if [ "$uninstall" -eq 1 ]; then
  find_jupyter || fail "Jupyter is not installed, so there is no kernelspec to remove"
  python_for_jupyter="$(head -n 1 "$(command -v "$jupyter_cmd")" | sed -n 's/^#! *//p' | cut -d' ' -f1)"
  python_for_jupyter="${python_for_jupyter:-python3}"
  dir="$(kernel_dir)"
  if [ -d "$dir" ]; then
    rm -rf "$dir"
    say "removed the kernel 'panther' from $dir"
  else
    say "no kernel 'panther' in $dir; nothing to remove"
  fi
  exit 0
fi

# --- Java -------------------------------------------------------------------------------------------
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

# --- build ------------------------------------------------------------------------------------------
spec="$here/kernel/target/jupyter/kernels/panther"
if [ "$build" -eq 1 ]; then
  say "building with ./mvnw (tests are run by ./mvnw -B verify)"
  ./mvnw -B -q -DskipTests package
fi
[ -f "$spec/kernel.json" ] || fail "no kernelspec at $spec: the build did not make one (run without --skip-build)"

# --- plotly.js for offline charts ---------------------------------------------------------------------
plotly_version="$(sed -n 's:.*<plotly.version>\(.*\)</plotly.version>.*:\1:p' pom.xml | head -n 1)"
if [ -f "$spec/plotly.min.js" ] && [ -f "$spec/plotly.version" ] && [ "$(cat "$spec/plotly.version")" = "$plotly_version" ]; then
  say "plotly.js $plotly_version is already beside the kernel"
elif command -v npm >/dev/null 2>&1; then
  say "fetching plotly.js $plotly_version with npm pack, so charts draw without the internet"
  tmp_plotly="$(mktemp -d)"
  if (cd "$tmp_plotly" && npm pack --silent "plotly.js-dist-min@$plotly_version" >/dev/null 2>&1) \
     && tar -xzf "$tmp_plotly"/plotly.js-dist-min-*.tgz -C "$tmp_plotly" \
     && cp "$tmp_plotly/package/plotly.min.js" "$spec/plotly.min.js"; then
    echo "$plotly_version" > "$spec/plotly.version"
  else
    say "npm could not fetch plotly.js; charts will load plotly.js $plotly_version from its CDN instead"
  fi
  rm -rf "$tmp_plotly"
else
  say "npm is not installed; charts will load plotly.js $plotly_version from its CDN (set PANTHER_PLOTLY_JS to a local plotly.min.js to draw offline)"
fi

# --- kernelspec -------------------------------------------------------------------------------------
find_jupyter || install_jupyter
args=(kernelspec install "$spec" --name panther --replace)
case "$where" in
  --user) args+=(--user) ;;
  --sys-prefix) args+=(--sys-prefix) ;;
  --prefix) args+=(--prefix "$prefix") ;;
esac
"$jupyter_cmd" "${args[@]}" >/tmp/panther-kernelspec.log 2>&1 || { cat /tmp/panther-kernelspec.log >&2; fail "jupyter kernelspec install failed"; }
installed="$(sed -n 's/.*Installed kernelspec panther in //p' /tmp/panther-kernelspec.log | tail -n 1)"
say "installed the kernel 'panther' (Panther (Java)) in ${installed:-the $where location}"

# --- class data sharing -----------------------------------------------------------------------------
# One training start of the installed kernel writes the classes it loads to panther.jsa; kernel.json then maps that
# archive at every start (about 2x faster to kernel_info_reply, see bench/RESULTS.md). Without it the kernel still works.
installed_dir="${installed:-$(kernel_dir)}"
python_for_jupyter="$(head -n 1 "$(command -v "$jupyter_cmd")" | sed -n 's/^#! *//p' | cut -d' ' -f1)"
python_for_jupyter="${python_for_jupyter:-python3}"
if [ -f "$installed_dir/kernel.json" ] \
   && "$python_for_jupyter" "$here/kernel/src/cds/train.py" "$installed_dir" >/tmp/panther-cds.log 2>&1 \
   && "$python_for_jupyter" - "$installed_dir/kernel.json" <<'PY' >>/tmp/panther-cds.log 2>&1
import json, sys
path = sys.argv[1]
with open(path) as f:
    spec = json.load(f)
spec["argv"][1:1] = ["-XX:SharedArchiveFile={resource_dir}/panther.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
with open(path, "w") as f:
    json.dump(spec, f, indent=2)
PY
then
  say "built the class data sharing archive panther.jsa, so the kernel starts faster"
else
  rm -f "$installed_dir/panther.jsa"
  say "could not build the class data sharing archive (see /tmp/panther-cds.log); the kernel starts without it"
fi
if [ "$where" = "--prefix" ]; then
  say "Jupyter finds kernels under --prefix only when JUPYTER_PATH includes $prefix/share/jupyter"
fi
