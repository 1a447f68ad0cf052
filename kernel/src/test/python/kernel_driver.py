"""Drives a Jupyter kernel through Debian's jupyter_client for the Java integration tests.

Reads one JSON command per line on stdin and answers one JSON line on stdout, so the tests see exactly
the messages a real front end sees. Started by KernelSession.java; not meant to be run by hand, but it can:
    echo '{"op": "execute", "code": "1+1"}' | python3 kernel_driver.py panther
"""
import json
import os
import queue
import sys
import time

try:
    import jupyter_client
except ImportError:
    print(json.dumps({"fatal": f"{sys.executable} has no jupyter_client: run ./install.sh --dev, "
                      "which installs it and records the python3 the tests use"}), flush=True)
    sys.exit(3)


def drain_iopub(kc, parent_id, until_idle=True, timeout=60.0):
    """IOPub messages that belong to the request, until its status goes idle."""
    outputs = []
    deadline = time.time() + timeout
    while True:
        remaining = deadline - time.time()
        if remaining <= 0:
            outputs.append({"msg_type": "driver_timeout", "content": {}})
            return outputs
        try:
            msg = kc.get_iopub_msg(timeout=remaining)
        except queue.Empty:
            continue
        if msg.get("parent_header", {}).get("msg_id") != parent_id:
            continue
        kind = msg["msg_type"]
        if kind == "status":
            if until_idle and msg["content"]["execution_state"] == "idle":
                return outputs
            continue
        outputs.append({"msg_type": kind, "content": msg["content"]})


def shell_reply(kc, parent_id, timeout, stdin_answer=None, input_requests=None):
    """The shell reply to the request; meanwhile answers input requests (password prompts) when told to."""
    deadline = time.time() + timeout
    while True:
        remaining = deadline - time.time()
        if remaining <= 0:
            return {"msg_type": "driver_timeout", "content": {}}
        if stdin_answer is not None:
            try:
                request = kc.get_stdin_msg(timeout=0.05)
                if request["msg_type"] == "input_request":
                    input_requests.append(request["content"])
                    kc.input(stdin_answer)
            except queue.Empty:
                pass
        try:
            msg = kc.get_shell_msg(timeout=min(remaining, 0.1 if stdin_answer is not None else remaining))
        except queue.Empty:
            continue
        if msg.get("parent_header", {}).get("msg_id") == parent_id:
            return {"msg_type": msg["msg_type"], "content": msg["content"]}


def main():
    kernel_name = sys.argv[1] if len(sys.argv) > 1 else "panther"
    km = jupyter_client.KernelManager(kernel_name=kernel_name)
    started = time.time()
    try:
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=120)
    except Exception as failed:  # the test gets the reason, not just a closed pipe; the kernel's own log is in stderr
        print(json.dumps({"fatal": f"the kernel did not start: {type(failed).__name__}: {failed} "
                          f"(kernel exit code {kernel_exit_code(km)}, after {time.time() - started:.1f} s)"}),
              flush=True)
        try:
            km.shutdown_kernel(now=True)
        except Exception:
            pass
        sys.exit(4)
    info = {"ready_seconds": time.time() - started, "kernel_pid": kernel_pid(km),
            "spec_argv": km.kernel_spec.argv, "spec_interrupt_mode": km.kernel_spec.interrupt_mode,
            "spec_display_name": km.kernel_spec.display_name, "spec_language": km.kernel_spec.language}
    print(json.dumps(info), flush=True)

    for line in sys.stdin:
        if not line.strip():
            continue
        cmd = json.loads(line)
        op = cmd["op"]
        timeout = cmd.get("timeout", 120)
        answer = {}
        if op == "execute":
            stdin_answer = cmd.get("stdin_answer")
            msg_id = kc.execute(cmd["code"], allow_stdin=stdin_answer is not None or cmd.get("interrupt_at_input", False),
                                store_history=cmd.get("store_history", True))
            if "interrupt_on" in cmd:
                # interrupt as soon as the cell shows the given text (a progress line, say): no guessing of times
                early = []
                deadline = time.time() + timeout
                while time.time() < deadline:
                    try:
                        msg = kc.get_iopub_msg(timeout=1)
                    except queue.Empty:
                        continue
                    if msg.get("parent_header", {}).get("msg_id") != msg_id or msg["msg_type"] == "status":
                        continue
                    early.append({"msg_type": msg["msg_type"], "content": msg["content"]})
                    if msg["msg_type"] != "execute_input" and cmd["interrupt_on"] in json.dumps(msg["content"]):
                        break
                interrupted_at = time.time()
                km.interrupt_kernel()
                reply = shell_reply(kc, msg_id, timeout)
                answer["seconds_after_interrupt"] = time.time() - interrupted_at
                answer["reply"] = reply
                answer["outputs"] = early + drain_iopub(kc, msg_id, timeout=timeout)
                print(json.dumps(answer, default=str), flush=True)
                continue
            if cmd.get("interrupt_at_input"):
                # interrupt while the front end shows the kernel's input box, without ever answering it
                prompt = None
                deadline = time.time() + timeout
                while prompt is None and time.time() < deadline:
                    try:
                        request = kc.get_stdin_msg(timeout=0.5)
                    except queue.Empty:
                        continue
                    if request["msg_type"] == "input_request":
                        prompt = request["content"]
                interrupted_at = time.time()
                km.interrupt_kernel()
                reply = shell_reply(kc, msg_id, timeout)
                answer["seconds_after_interrupt"] = time.time() - interrupted_at
                answer["input_requests"] = [prompt] if prompt else []
                answer["reply"] = reply
                answer["outputs"] = drain_iopub(kc, msg_id, timeout=timeout)
                print(json.dumps(answer, default=str), flush=True)
                continue
            if "interrupt_after" in cmd:
                time.sleep(cmd["interrupt_after"])
                interrupted_at = time.time()
                km.interrupt_kernel()
                reply = shell_reply(kc, msg_id, timeout)
                answer["seconds_after_interrupt"] = time.time() - interrupted_at
            else:
                requests = []
                reply = shell_reply(kc, msg_id, timeout, stdin_answer, requests)
                answer["input_requests"] = requests
            answer["reply"] = reply
            answer["outputs"] = drain_iopub(kc, msg_id, timeout=timeout)
        elif op == "complete":
            msg_id = kc.complete(cmd["code"], cmd.get("cursor"))
            answer["reply"] = shell_reply(kc, msg_id, timeout)
        elif op == "inspect":
            msg_id = kc.inspect(cmd["code"], cmd.get("cursor"), detail_level=cmd.get("detail_level", 0))
            answer["reply"] = shell_reply(kc, msg_id, timeout)
        elif op == "is_complete":
            msg_id = kc.is_complete(cmd["code"])
            answer["reply"] = shell_reply(kc, msg_id, timeout)
        elif op == "history":
            msg_id = kc.history(hist_access_type="tail", n=cmd.get("n", 100), output=False, raw=True)
            answer["reply"] = shell_reply(kc, msg_id, timeout)
        elif op == "channels":
            answer["reply"] = channels(km, kc, timeout=cmd.get("timeout", 10))
        elif op == "kernel_info":
            msg_id = kc.kernel_info()
            answer["reply"] = shell_reply(kc, msg_id, timeout)
        elif op == "shutdown":
            pid = kernel_pid(km)
            started = time.time()
            km.shutdown_kernel(now=False)
            answer["seconds"] = time.time() - started
            answer["kernel_pid"] = pid
            print(json.dumps(answer), flush=True)
            kc.stop_channels()
            return
        else:
            answer["error"] = "unknown op " + op
        print(json.dumps(answer, default=str), flush=True)


def channels(km, kc, timeout):
    """Whether the heartbeat echoes a ping and the control channel answers a kernel_info_request, each in time."""
    import zmq
    beat = km.connect_hb()
    try:
        beat.send(b"ping")
        heartbeat = bool(beat.poll(timeout * 1000)) and beat.recv() == b"ping"
    finally:
        beat.close(linger=0)
    request = kc.session.msg("kernel_info_request")
    kc.control_channel.send(request)
    control = False
    deadline = time.time() + timeout
    while not control and time.time() < deadline:
        try:
            reply = kc.control_channel.get_msg(timeout=max(0.1, deadline - time.time()))
        except queue.Empty:
            break
        control = reply.get("parent_header", {}).get("msg_id") == request["header"]["msg_id"]
    return {"heartbeat": heartbeat, "control": control}


def kernel_process(km):
    provisioner = getattr(km, "provisioner", None)
    return getattr(provisioner, "process", None) if provisioner else getattr(km, "kernel", None)


def kernel_exit_code(km):
    process = kernel_process(km)
    return process.poll() if process is not None else None


def kernel_pid(km):
    return getattr(kernel_process(km), "pid", None)


if __name__ == "__main__":
    main()
    os._exit(0)
