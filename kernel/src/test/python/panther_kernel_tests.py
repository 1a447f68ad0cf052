"""Jupyter's own kernel conformance suite, jupyter_kernel_test, run against the kernel "panther".

PantherKernelTests gives the suite our code samples; the suite starts one kernel through jupyter_client, runs each of
its cases (kernel_info, execute, completion, is_complete, history, inspect, display data, errors ...) and validates
every message against its JSON schema of the messaging spec. A case that does not apply to this kernel is listed in
NOT_APPLICABLE with the reason; any other skip (the suite skips a case it has no sample for) counts as a failure, so
a case cannot drop out unnoticed.

Prints one JSON object per case of the suite: {"case": NAME, "outcome": "passed"|"failed"|"skipped", "reason": TEXT,
"details": [TEXT, ...]}. Started by JupyterKernelTestIT.
"""
import inspect
import json
import sys
import unittest

import jupyter_kernel_test

# jupyter_kernel_test 0.4.5 (Debian's package) passes the blocking client's get_msg, a plain function, to
# jupyter_client's run_sync, which jupyter_client 8 accepts only for coroutine functions; 0.5.0 fixed it upstream
# ("Fix client 8 compat", jupyter/jupyter_kernel_test#109) by calling plain functions as they are. Do the same here.
if not hasattr(jupyter_kernel_test, "ensure_sync"):
    _run_sync = jupyter_kernel_test.run_sync
    jupyter_kernel_test.run_sync = lambda f: _run_sync(f) if inspect.iscoroutinefunction(f) else f

NOT_APPLICABLE = {
    "test_pager": "the kernel sends no pager payloads: help and inspection come back as the cell's output and in "
                  "inspect_reply",
    "test_clear_output": "Java cells have no clear_output call; the kernel sends clear_output only to take away the "
                         "built-in demo's start-up line (DailyUseIT checks it), and starting the demo takes longer "
                         "than the suite's fixed 15 s reply timeout on a busy machine",
}


class PantherKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "panther"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("to stderr");'
    code_generate_error = 'throw new IllegalStateException("boom");'

    completion_samples = [
        {"text": "System.out.printl", "matches": {"println("}},
        {"text": "Math.ab", "matches": {"abs(", "absExact("}},
        {"text": "%panther conn", "matches": {"connect"}},
    ]
    complete_code_samples = ["1 + 1", "int a = 1;", 'System.out.println("x");', "%panther help"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "String s = \"\"\"\n  text"]
    invalid_code_samples = ["int = ;"]

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"a" + "b"', "result": "ab"},
        {"code": 'Table.create("t", IntColumn.create("n", 1, 2))', "mime": "text/html"},
    ]
    code_display_data = [
        {"code": 'display("hello");', "mime": "text/plain"},
        {"code": 'display(Table.create("t", IntColumn.create("n", 1, 2)));', "mime": "text/html"},
    ]
    # matches "6 * 7" only, as the suite's unique search expects
    code_history_pattern = "6 ?*"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "System.out"

    def test_pager(self):
        raise unittest.SkipTest(NOT_APPLICABLE["test_pager"])

    def test_clear_output(self):
        raise unittest.SkipTest(NOT_APPLICABLE["test_clear_output"])


class CaseResults(unittest.TestResult):
    """Collects one outcome per case of the suite; a failing subtest fails its case."""

    def __init__(self):
        super().__init__()
        self.cases = {}

    def _case(self, test):
        test = getattr(test, "test_case", test)  # a subtest belongs to its case
        name = getattr(test, "_testMethodName", None) or str(test).split(" ")[0]  # setUpClass errors have no method
        return self.cases.setdefault(name, {"case": name, "outcome": "passed", "reason": "", "details": []})

    def _fail(self, test, err, label):
        case = self._case(test)
        case["outcome"] = "failed"
        case["details"].append(label + self._exc_info_to_string(err, test))

    def addError(self, test, err):
        super().addError(test, err)
        self._fail(test, err, "")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._fail(test, err, "")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._fail(test, err, str(subtest) + ": ")

    def addSuccess(self, test):
        super().addSuccess(test)
        self._case(test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        case = self._case(test)
        method = case["case"]
        if method in NOT_APPLICABLE and getattr(test, "test_case", None) is None:
            case["outcome"], case["reason"] = "skipped", reason
        else:
            where = str(test) + " " if hasattr(test, "test_case") else ""
            case["outcome"] = "failed"
            case["details"].append(f"{where}skipped by jupyter_kernel_test ({reason or 'no reason given'}): give "
                                   "PantherKernelTests a sample for it, or list it in NOT_APPLICABLE with the reason")


def main():
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(PantherKernelTests)
    result = CaseResults()
    suite.run(result)
    for name in unittest.defaultTestLoader.getTestCaseNames(PantherKernelTests):
        result.cases.setdefault(name, {"case": name, "outcome": "failed", "reason": "",
                                       "details": ["the suite did not run this case"]})
    for case in result.cases.values():
        print(json.dumps(case), flush=True)
    print(f"jupyter_kernel_test {jupyter_kernel_test.__version__}: {result.testsRun} cases run", file=sys.stderr)


if __name__ == "__main__":
    main()
