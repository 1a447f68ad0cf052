"""Checks a kernel against the shapes of the Jupyter messaging protocol (version 5.3), through jupyter_client.

The idea follows jupyter_kernel_test (drive a real kernel, validate every message against the spec), with our own
shape rules written from https://jupyter-client.readthedocs.io/en/latest/messaging.html. Every request's reply is
checked: its header, its parent header (the request), its content's keys and types; every request must also be
framed by busy and idle on IOPub, and every IOPub message it causes is checked too.

Prints one JSON object per check: {"check": NAME, "problems": [...], "seen": N}. Started by ProtocolConformanceIT.
"""
import json
import queue
import sys
import time

import jupyter_client

STRING, INT, BOOL, DICT, LIST = str, int, bool, dict, list


def one_of(*values):
    return ("one_of", values)


def list_of(kind):
    return ("list_of", kind)


def optional(rule):
    return ("optional", rule)


HEADER = {"msg_id": STRING, "session": STRING, "username": STRING, "date": STRING, "msg_type": STRING,
          "version": STRING}
MIME_BUNDLE = {"data": DICT, "metadata": DICT}

REPLIES = {
    "kernel_info_reply": {
        "status": one_of("ok"), "protocol_version": STRING, "implementation": STRING,
        "implementation_version": STRING, "banner": STRING, "help_links": list_of({"text": STRING, "url": STRING}),
        "language_info": {"name": STRING, "version": STRING, "mimetype": STRING, "file_extension": STRING,
                          "pygments_lexer": optional(STRING), "nbconvert_exporter": optional(STRING)},
    },
    "execute_reply:ok": {"status": one_of("ok"), "execution_count": INT, "user_expressions": DICT},
    "execute_reply:error": {"status": one_of("error"), "execution_count": INT, "ename": STRING, "evalue": STRING,
                            "traceback": list_of(STRING)},
    "complete_reply": {"status": one_of("ok"), "matches": list_of(STRING), "cursor_start": INT, "cursor_end": INT,
                       "metadata": DICT},
    "inspect_reply": {"status": one_of("ok"), "found": BOOL, "data": DICT, "metadata": DICT},
    "is_complete_reply": {"status": one_of("complete", "incomplete", "invalid", "unknown")},
    "history_reply": {"status": one_of("ok"), "history": LIST},
    "comm_info_reply": {"status": one_of("ok"), "comms": DICT},
    "interrupt_reply": {"status": one_of("ok")},
    "shutdown_reply": {"status": one_of("ok"), "restart": BOOL},
}
IOPUB = {
    "status": {"execution_state": one_of("busy", "idle", "starting")},
    "execute_input": {"code": STRING, "execution_count": INT},
    "stream": {"name": one_of("stdout", "stderr"), "text": STRING},
    "display_data": dict(MIME_BUNDLE, transient=optional(DICT)),
    "update_display_data": dict(MIME_BUNDLE, transient={"display_id": STRING}),
    "execute_result": dict(MIME_BUNDLE, execution_count=INT),
    "error": {"ename": STRING, "evalue": STRING, "traceback": list_of(STRING)},
    "clear_output": {"wait": BOOL},
}


def shape_problems(value, rule, where):
    """What is wrong with value against rule (a type, a dict of rules, or a tagged rule)."""
    if isinstance(rule, tuple):
        tag, arg = rule
        if tag == "optional":
            return [] if value is None else shape_problems(value, arg, where)
        if tag == "one_of":
            return [] if value in arg else [f"{where} is {value!r}, not one of {list(arg)}"]
        if tag == "list_of":
            if not isinstance(value, list):
                return [f"{where} is {type(value).__name__}, not a list"]
            out = []
            for i, item in enumerate(value):
                out += shape_problems(item, arg, f"{where}[{i}]")
            return out
    if isinstance(rule, dict):
        if not isinstance(value, dict):
            return [f"{where} is {type(value).__name__}, not an object"]
        out = []
        for key, sub in rule.items():
            if key not in value:
                if not (isinstance(sub, tuple) and sub[0] == "optional"):
                    out.append(f"{where} has no '{key}'")
                continue
            out += shape_problems(value[key], sub, f"{where}.{key}")
        return out
    if rule is INT and isinstance(value, bool):
        return [f"{where} is a boolean, not an integer"]
    if not isinstance(value, rule):
        return [f"{where} is {type(value).__name__} {value!r:.60}, not {rule.__name__}"]
    return []


KERNEL_SESSIONS = set()
CLIENT_SESSIONS = set()


def message_problems(msg, rule, request_id, where):
    out = shape_problems(msg.get("header"), HEADER, f"{where}.header")
    # the header's session names the sender: the kernel's own, one for all its messages, never the client's
    session = (msg.get("header") or {}).get("session")
    if session in CLIENT_SESSIONS:
        out.append(f"{where}.header.session is the client's session, not the kernel's")
    KERNEL_SESSIONS.add(session)
    if len(KERNEL_SESSIONS) > 1:
        out.append(f"{where}.header.session {session!r} differs from the kernel's earlier messages'")
    version = msg.get("header", {}).get("version", "")
    if not version.startswith("5."):
        out.append(f"{where}.header.version is {version!r}, not 5.x")
    parent = msg.get("parent_header") or {}
    if request_id is not None and parent.get("msg_id") != request_id:
        out.append(f"{where}.parent_header.msg_id is {parent.get('msg_id')!r}, not the request's {request_id!r}")
    if not isinstance(msg.get("metadata"), dict):
        out.append(f"{where}.metadata is not an object")
    out += shape_problems(msg.get("content"), rule, f"{where}.content")
    return out


class Checker:
    def __init__(self, km, kc):
        self.km, self.kc = km, kc

    def iopub_for(self, request_id, timeout=60):
        """The IOPub messages of a request, up to and including its idle; problems if busy/idle are missing."""
        msgs, problems, deadline = [], [], time.time() + timeout
        while time.time() < deadline:
            try:
                msg = self.kc.get_iopub_msg(timeout=1)
            except queue.Empty:
                continue
            if (msg.get("parent_header") or {}).get("msg_id") != request_id:
                continue
            msgs.append(msg)
            if msg["msg_type"] == "status" and msg["content"].get("execution_state") == "idle":
                break
        else:
            problems.append("no idle status on IOPub for the request")
        states = [m["content"].get("execution_state") for m in msgs if m["msg_type"] == "status"]
        if not states or states[0] != "busy":
            problems.append(f"the request's first IOPub status is {states[:1]}, not busy")
        for i, m in enumerate(msgs):
            rule = IOPUB.get(m["msg_type"])
            if rule is None:
                problems.append(f"iopub[{i}] has unknown msg_type {m['msg_type']!r}")
            else:
                problems += message_problems(m, rule, request_id, f"iopub[{i}]:{m['msg_type']}")
        return msgs, problems

    def reply(self, request_id, get, expected_type, rule_name, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                msg = get(timeout=1)
            except queue.Empty:
                continue
            if (msg.get("parent_header") or {}).get("msg_id") == request_id:
                problems = [] if msg["msg_type"] == expected_type else [
                    f"reply type is {msg['msg_type']!r}, not {expected_type!r}"]
                return msg, problems + message_problems(msg, REPLIES[rule_name], request_id, rule_name)
        return None, [f"no {expected_type} within {timeout} s"]

    def shell(self, request_id, expected_type, rule_name=None, timeout=60):
        msg, problems = self.reply(request_id, self.kc.get_shell_msg, expected_type, rule_name or expected_type,
                                   timeout)
        iopub, more = self.iopub_for(request_id, timeout)
        return msg, iopub, problems + more

    def control(self, msg_type, content):
        msg = self.kc.session.msg(msg_type, content)
        self.kc.control_channel.send(msg)
        return msg["header"]["msg_id"]


def expect(condition, problem, problems):
    if not condition:
        problems.append(problem)


def execute(c, code, expect_error=False):
    rid = c.kc.execute(code)
    reply_msg, iopub, problems = c.shell(rid, "execute_reply", "execute_reply:error" if expect_error else "execute_reply:ok")
    return reply_msg, iopub, problems


def report(name, problems, seen):
    print(json.dumps({"check": name, "problems": problems, "seen": seen}), flush=True)


def main():
    km = jupyter_client.KernelManager(kernel_name=sys.argv[1] if len(sys.argv) > 1 else "panther")
    km.start_kernel()
    kc = km.blocking_client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    c = Checker(km, kc)
    CLIENT_SESSIONS.add(kc.session.session)

    rid = kc.kernel_info()
    msg, iopub, problems = c.shell(rid, "kernel_info_reply")
    if msg:
        expect(msg["content"].get("protocol_version", "").startswith("5."), "protocol_version is not 5.x", problems)
    report("kernel_info", problems, 1)

    _, iopub, problems = execute(c, 'System.out.println("to stdout");')
    expect(any(m["msg_type"] == "stream" and m["content"]["name"] == "stdout" and "to stdout" in m["content"]["text"]
               for m in iopub), "no stdout stream with the printed text", problems)
    expect(any(m["msg_type"] == "execute_input" for m in iopub), "no execute_input", problems)
    report("execute_stdout", problems, len(iopub))

    _, iopub, problems = execute(c, 'System.err.println("to stderr");')
    expect(any(m["msg_type"] == "stream" and m["content"]["name"] == "stderr" for m in iopub), "no stderr stream",
           problems)
    report("execute_stderr", problems, len(iopub))

    msg, iopub, problems = execute(c, "6 * 7")
    results = [m for m in iopub if m["msg_type"] == "execute_result"]
    expect(len(results) == 1 and results[0]["content"]["data"].get("text/plain") == "42",
           "no execute_result with text/plain 42", problems)
    if msg and results:
        expect(results[0]["content"]["execution_count"] == msg["content"]["execution_count"],
               "execute_result and execute_reply disagree on execution_count", problems)
    report("execute_result", problems, len(iopub))

    _, iopub, problems = execute(c, 'display(Table.create("t").addColumns(StringColumn.create("c", "v")));\n'
                                    'VerticalBarPlot.create("chart", Table.create("u").addColumns('
                                    'StringColumn.create("k", "a"), IntColumn.create("v", new int[] {1})), "k", "v")')
    displays = [m for m in iopub if m["msg_type"] == "display_data"]
    expect(len(displays) == 1 and "text/html" in displays[0]["content"]["data"], "no display_data with HTML", problems)
    results = [m for m in iopub if m["msg_type"] == "execute_result"]
    expect(results and isinstance(results[0]["content"]["data"].get("application/vnd.plotly.v1+json"), dict),
           "the figure's plotly mime data is not a JSON object", problems)
    report("execute_display_data", problems, len(iopub))

    msg, iopub, problems = execute(c, 'throw new IllegalStateException("boom");', expect_error=True)
    errors = [m for m in iopub if m["msg_type"] == "error"]
    expect(len(errors) == 1 and "IllegalStateException" in errors[0]["content"]["ename"], "no error message", problems)
    report("execute_error", problems, len(iopub))

    code = "int n = 1;\n\"hi\".toUpp"
    rid = kc.complete(code, len(code))
    msg, iopub, problems = c.shell(rid, "complete_reply")
    if msg:
        expect("toUpperCase" in " ".join(msg["content"]["matches"]), "no toUpperCase among the matches", problems)
        expect(msg["content"]["cursor_end"] == len(code), "cursor_end is not the cursor", problems)
    report("complete", problems, len(iopub))

    rid = kc.inspect("String.valueOf(1)", len("String.value"))
    msg, iopub, problems = c.shell(rid, "inspect_reply")
    if msg:
        expect(msg["content"]["found"] is True and "text/plain" in msg["content"]["data"], "nothing found", problems)
    report("inspect", problems, len(iopub))

    for name, code, status in [("is_complete_complete", "int x = 1;", "complete"),
                               ("is_complete_incomplete", "for (int i = 0; i < 3; i++) {", "incomplete"),
                               ("is_complete_invalid", "int = 7q;", "invalid")]:
        rid = kc.is_complete(code)
        msg, iopub, problems = c.shell(rid, "is_complete_reply")
        if msg:
            expect(msg["content"]["status"] == status, f"status is {msg['content']['status']!r}, not {status!r}",
                   problems)
            if status == "incomplete":
                expect(isinstance(msg["content"].get("indent"), str), "an incomplete reply has no indent string",
                       problems)
        report(name, problems, len(iopub))

    def history(name, output=False, **kwargs):
        rid = kc.history(raw=True, output=output, **kwargs)
        msg, iopub, problems = c.shell(rid, "history_reply")
        entries = msg["content"]["history"] if msg else []
        for i, entry in enumerate(entries):
            ok = isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], int) and isinstance(entry[1], int)
            if ok and output:
                ok = isinstance(entry[2], list) and len(entry[2]) == 2 and all(isinstance(e, str) for e in entry[2])
            elif ok:
                ok = isinstance(entry[2], str)
            expect(ok, f"history[{i}] is {entry!r:.80}, not [session, line, {'[input, output]' if output else 'input'}]",
                   problems)
        expect(len(entries) > 0, "no history entries", problems)
        report(name, problems, len(entries))
        return entries

    tail = history("history_tail", hist_access_type="tail", n=3)
    if tail:
        expect_problems = []
        expect(tail[-1][2].startswith("throw new IllegalStateException"), "the tail does not end with the last cell",
               expect_problems)
        report("history_tail_order", expect_problems, len(tail))
    history("history_range", hist_access_type="range", session=0, start=1, stop=3)
    history("history_search", hist_access_type="search", pattern="6 * 7")
    history("history_with_output", output=True, hist_access_type="tail", n=2)

    rid = kc.comm_info()
    _, iopub, problems = c.shell(rid, "comm_info_reply")
    report("comm_info", problems, len(iopub))

    # interrupt (interrupt_mode "message"): the request goes on the control channel while a cell sleeps
    run_id = kc.execute("Thread.sleep(60_000);")
    time.sleep(2)
    int_id = c.control("interrupt_request", {})
    _, problems = c.reply(int_id, kc.get_control_msg, "interrupt_reply", "interrupt_reply")
    reply_msg, iopub, more = c.shell(run_id, "execute_reply", "execute_reply:error", timeout=30)
    report("interrupt", problems + more, len(iopub))

    # restart: a shutdown_request with restart true is answered, the kernel goes, a new one starts fresh
    shut_id = c.control("shutdown_request", {"restart": True})
    msg, problems = c.reply(shut_id, kc.get_control_msg, "shutdown_reply", "shutdown_reply")
    if msg:
        expect(msg["content"]["restart"] is True, "restart is not echoed as true", problems)
    km.restart_kernel(now=False)
    KERNEL_SESSIONS.clear()  # a new kernel process, a new session
    kc.wait_for_ready(timeout=120)
    msg, iopub, more = execute(c, "1 + 1")
    if msg:
        expect(msg["content"]["execution_count"] == 1, "the restarted kernel does not count from 1", more)
    report("restart", problems + more, len(iopub))

    shut_id = c.control("shutdown_request", {"restart": False})
    msg, problems = c.reply(shut_id, kc.get_control_msg, "shutdown_reply", "shutdown_reply")
    if msg:
        expect(msg["content"]["restart"] is False, "restart is not echoed as false", problems)
    deadline = time.time() + 30
    while km.is_alive() and time.time() < deadline:
        time.sleep(0.2)
    expect(not km.is_alive(), "the kernel process is still alive 30 s after shutdown_reply", problems)
    report("shutdown", problems, 1)
    kc.stop_channels()
    km.cleanup_resources()


if __name__ == "__main__":
    main()
