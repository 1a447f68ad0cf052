"""Class data sharing for the installed kernel: install.sh runs this once after installing the kernelspec.

It starts the kernel as Jupyter would (its kernel.json, through jupyter_client) with -XX:ArchiveClassesAtExit,
answers kernel_info, runs a few typical cells (the first command on the built-in demo among them) and completions, and
shuts the kernel down; the JVM then writes the classes it loaded to panther.jsa beside kernel.json. Later starts map that archive instead of reading, parsing and
verifying the same few thousand classes again. Exit status 0 when the archive was written. With --map, it puts the
arguments that map the archive first in kernel.json's argv instead (install.sh, and the tests' kernelspec, after a
training that wrote it): the one place those arguments are written.

    python3 train.py KERNELSPEC_DIR
    python3 train.py --map KERNELSPEC_DIR
"""
import json
import os
import subprocess
import sys

from jupyter_client import KernelManager

CELLS = [
    "1 + 1",
    "%panther help",
    'var t = Table.create("t", StringColumn.create("s", List.of("a", "b"))); t',
    # a newcomer's first command: the demo (the emulator, DuckDB, graphql-java on both sides) and a rendered table;
    # the demo by name, never a Panther this machine's profile file names
    "%panther connect --demo",
    "%panther alerts --since 7d",
]
SQL_CELL = "%%panther sql\nSELECT * FROM "
ARCHIVE_ARGUMENTS = ["-XX:SharedArchiveFile={resource_dir}/panther.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]


def map_archive(spec_dir):
    path = os.path.join(spec_dir, "kernel.json")
    with open(path) as f:
        spec = json.load(f)
    spec["argv"][1:1] = ARCHIVE_ARGUMENTS
    with open(path, "w") as f:
        json.dump(spec, f, indent=2)


def main():
    spec_dir = os.path.abspath(sys.argv[1])
    archive = os.path.join(spec_dir, "panther.jsa")
    if os.path.exists(archive):
        os.remove(archive)
    # Writing the archive at exit takes seconds on a busy machine; the default 5 s wait would kill the JVM first.
    manager = KernelManager(kernel_name="panther", shutdown_wait_time=120)
    manager.kernel_spec_manager.kernel_dirs = [os.path.dirname(spec_dir)]
    env = dict(os.environ, JAVA_TOOL_OPTIONS=f"-XX:ArchiveClassesAtExit={archive} -Xlog:cds=off -Xlog:cds+dynamic=off")
    manager.start_kernel(env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        for code in CELLS:
            reply = client.execute_interactive(code, timeout=120, output_hook=lambda msg: None)
            if reply["content"]["status"] != "ok":
                raise SystemExit(f"training cell failed: {code}: {reply['content'].get('evalue')}")
        client.complete("%panther al", 11, reply=True, timeout=60)
        client.complete("Table.cr", 8, reply=True, timeout=60)
        client.complete(SQL_CELL, len(SQL_CELL), reply=True, timeout=60)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)
    if not os.path.exists(archive) or os.path.getsize(archive) == 0:
        raise SystemExit("the JVM wrote no archive")


if __name__ == "__main__":
    if sys.argv[1] == "--map":
        map_archive(os.path.abspath(sys.argv[2]))
    else:
        main()
