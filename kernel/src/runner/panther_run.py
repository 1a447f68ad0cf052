"""panther-run: run a Panther Kernel notebook with parameters, as papermill does for Python notebooks.

    panther-run examples/alert-triage.ipynb -p since 1d -p alertId 0123abcd -o triage-today.html

The cell tagged `parameters` holds the defaults in Java (`Duration since = Duration.ofDays(7);`). The overrides go in
a cell added right after it (tagged `injected-parameters`): `%%panther parameters` with a JSON object of the values,
which the kernel reads as each variable's declared type. A value is never pasted into Java code. The executed notebook
and its HTML are written beside the output name; a failing cell still writes them, and the exit status is 1.
"""
import argparse
import json
import os
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"


def arguments(argv):
    parser = argparse.ArgumentParser(prog="panther-run", description=__doc__.split("\n\n")[0])
    parser.add_argument("notebook", help="the notebook to run")
    parser.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                        help="a parameter's value, read as the type of its default (repeat for several)")
    parser.add_argument("-o", "--output", help="the HTML to write (default: NOTEBOOK-run.html beside the notebook)")
    parser.add_argument("--no-input", action="store_true", help="leave the code out of the HTML (a report)")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds a cell may run (default 1800)")
    parser.add_argument("--kernel", default="panther", help="the kernel to run it with (default panther)")
    return parser.parse_args(argv)


def tags(cell):
    return cell.get("metadata", {}).get("tags", [])


def inject(notebook, parameters):
    """Drops an earlier injected cell, then adds one after the cell tagged `parameters`."""
    notebook.cells = [c for c in notebook.cells if INJECTED_TAG not in tags(c)]
    if not parameters:
        return
    at = next((i for i, c in enumerate(notebook.cells) if PARAMETERS_TAG in tags(c)), None)
    if at is None:
        raise SystemExit("panther-run: the notebook has no cell tagged 'parameters' to take -p values "
                         "(tag the cell that declares their defaults: View > Cell Toolbar > Tags in Jupyter)")
    cell = nbformat.v4.new_code_cell("%%panther parameters\n" + json.dumps(parameters, indent=1, ensure_ascii=False))
    cell.metadata["tags"] = [INJECTED_TAG]
    notebook.cells.insert(at + 1, cell)


def main(argv=None):
    args = arguments(sys.argv[1:] if argv is None else argv)
    source = os.path.abspath(args.notebook)
    if not os.path.isfile(source):
        raise SystemExit("panther-run: no notebook at " + args.notebook)
    html_path = os.path.abspath(args.output) if args.output else os.path.splitext(source)[0] + "-run.html"
    executed_path = os.path.splitext(html_path)[0] + ".ipynb"
    notebook = nbformat.read(source, as_version=4)
    parameters = {}
    for name, value in args.parameter:
        parameters[name] = value
    inject(notebook, parameters)
    client = NotebookClient(notebook, kernel_name=args.kernel, timeout=args.timeout,
                            resources={"metadata": {"path": os.path.dirname(source)}})
    failure = None
    try:
        client.execute()
    except CellExecutionError as error:
        failure = error
    nbformat.write(notebook, executed_path)
    exporter = HTMLExporter()
    exporter.exclude_input = args.no_input
    exporter.exclude_input_prompt = args.no_input
    body, _ = exporter.from_notebook_node(notebook)
    with open(html_path, "w", encoding="utf-8") as out:
        out.write(body)
    if failure is not None:
        print("panther-run: a cell failed; the notebook so far is in " + executed_path + " and " + html_path,
              file=sys.stderr)
        print(str(failure).strip().splitlines()[-1] if str(failure).strip() else repr(failure), file=sys.stderr)
        return 1
    print("panther-run: wrote " + html_path + " and " + executed_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
