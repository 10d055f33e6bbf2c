"""Submission-to-alert time through the real service, in both deployments.

Starts a loopback SMTP server (aiosmtpd) and a loopback webhook receiver, then the service:
embedded (`feedback serve`, SQLite, in-process jobs) and, where PostgreSQL and Redis answer,
production (`feedback serve` plus one `feedback worker`). It submits urgent opinions mixed with
calm ones over HTTP, one every --interval seconds, and prints p50/p95/max of the time from the
submission's response to the e-mail's arrival and to the webhook's, and how many alerts came
for calm opinions (none should).

    .venv/bin/python benchmarks/alert_latency.py [--count 20] [--interval 0.5]
        [--database postgresql://postgres@127.0.0.1:5432/test_lead]
        [--redis redis://127.0.0.1:6379/5] [--modes embedded,production]
"""

from __future__ import annotations

import argparse
import email
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FEEDBACK = str(Path(sys.executable).with_name("feedback"))

URGENT = [
    "I want to die. I cannot go on anymore.",
    "社長にパスポートを取り上げられて、給料も3か月もらっていません。",
    "Chồng tôi đánh tôi mỗi tối, tôi sợ về nhà.",
    "Kinuha ng amo ko ang pasaporte ko at hindi ako pinapalabas ng dormitoryo.",
    "Meu chefe me ameaça de deportação se eu não trabalhar sem pagamento.",
]
CALM = [
    "Please add more night classes for Japanese.",
    "パスポートの更新はどこでできますか。",
    "Tôi muốn hỏi về thủ tục gia hạn visa.",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Arrivals:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.email: dict[str, float] = {}
        self.webhook: dict[str, float] = {}

    def note(self, kind: str, code: str) -> None:
        with self.lock:
            getattr(self, kind).setdefault(code, time.monotonic())


CODE = re.compile(r"\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\b")


def start_smtp(arrivals: Arrivals, port: int):
    from aiosmtpd.controller import Controller

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            message = email.message_from_bytes(envelope.content)
            body = message.get_payload(decode=True) if not message.is_multipart() else b""
            if message.is_multipart():
                body = b"".join(
                    part.get_payload(decode=True) or b""
                    for part in message.walk()
                    if part.get_content_maintype() == "text"
                )
            found = CODE.search(str(message["subject"]) + (body or b"").decode("utf-8", "replace"))
            if found:
                arrivals.note("email", found.group(0))
            return "250 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    return controller


def start_webhook(arrivals: Arrivals, port: int) -> ThreadingHTTPServer:
    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            found = CODE.search(body.decode("utf-8", "replace"))
            if found:
                arrivals.note("webhook", found.group(0))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def wait_http(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except Exception:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer in {timeout} s")


def submit(base: str, text: str) -> str:
    request = urllib.request.Request(
        f"{base}/api/v1/opinions",
        data=json.dumps({"text": text}).encode("utf-8"),
        headers={"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["receipt_code"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run_mode(mode: str, args: argparse.Namespace) -> None:
    arrivals = Arrivals()
    smtp_port, hook_port, web_port = free_port(), free_port(), free_port()
    smtp = start_smtp(arrivals, smtp_port)
    hook = start_webhook(arrivals, hook_port)
    workdir = Path(tempfile.mkdtemp(prefix=f"alerts-{mode}-"))
    env = {
        **os.environ,
        "FEEDBACK_VAR_DIR": str(workdir),
        "FEEDBACK_MODELS_DIR": str(ROOT / "var" / "models"),
        "FEEDBACK_SMTP_URL": f"smtp://127.0.0.1:{smtp_port}",
        "FEEDBACK_ALERT_EMAILS": "duty@example.go.jp",
        "FEEDBACK_ALERT_WEBHOOK_URL": f"http://127.0.0.1:{hook_port}/alerts",
        "FEEDBACK_ALERT_WEBHOOK_SECRET": "b" * 40,
        "FEEDBACK_PUBLIC_URL": f"http://127.0.0.1:{web_port}",
        "FEEDBACK_SUBMISSION_LIMIT": "0",
        "FEEDBACK_SECRET_KEY": "a" * 40,
    }
    if mode == "embedded":
        env["FEEDBACK_DATABASE_URL"] = f"sqlite:///{workdir}/feedback.db"
        env.pop("FEEDBACK_REDIS_URL", None)
    else:
        env["FEEDBACK_DATABASE_URL"] = args.database
        env["FEEDBACK_REDIS_URL"] = args.redis
        env["FEEDBACK_QUEUE_NAME"] = f"alert-bench:{os.getpid()}"
        subprocess.run(
            ["psql", args.database, "-qc", "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"],
            check=True,
            capture_output=True,
        )
    subprocess.run([FEEDBACK, "db", "migrate"], env=env, check=True, capture_output=True)
    processes = [
        subprocess.Popen(
            [FEEDBACK, "serve", "--port", str(web_port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(workdir / "serve.log", "w"),  # noqa: SIM115 (the child keeps it)
        )
    ]
    if mode == "production":
        processes.append(
            subprocess.Popen(
                [FEEDBACK, "worker"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=open(workdir / "worker.log", "w"),  # noqa: SIM115 (the child keeps it)
            )
        )
    base = f"http://127.0.0.1:{web_port}"
    try:
        wait_http(f"{base}/")
        submitted: dict[str, float] = {}
        calm_codes: set[str] = set()
        for index in range(args.count):
            urgent_code = submit(base, f"{URGENT[index % len(URGENT)]} ({index})")
            submitted[urgent_code] = time.monotonic()
            calm_codes.add(submit(base, f"{CALM[index % len(CALM)]} ({index})"))
            time.sleep(args.interval)
        deadline = time.monotonic() + args.wait
        while time.monotonic() < deadline:
            with arrivals.lock:
                done = all(
                    code in arrivals.email and code in arrivals.webhook for code in submitted
                )
            if done:
                break
            time.sleep(0.2)
        print(f"\n## {mode}: {len(submitted)} urgent and {len(calm_codes)} calm opinions")
        for kind in ("email", "webhook"):
            got = getattr(arrivals, kind)
            delays = [got[code] - start for code, start in submitted.items() if code in got]
            false = len(calm_codes & set(got))
            if delays:
                print(
                    f"{kind}: {len(delays)}/{len(submitted)} arrived; "
                    f"p50 {statistics.median(delays):.2f} s, p95 {percentile(delays, 0.95):.2f} s, "
                    f"max {max(delays):.2f} s; alerts for calm opinions: {false}"
                )
            else:
                print(f"{kind}: none arrived in {args.wait} s (see {workdir})")
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        smtp.stop()
        hook.shutdown()
    shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--interval", type=float, default=0.5)
    parser.add_argument("--wait", type=float, default=180.0)
    parser.add_argument("--modes", default="embedded,production")
    parser.add_argument("--database", default="postgresql://postgres@127.0.0.1:5432/test_lead")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/5")
    args, _ = parser.parse_known_args()
    for mode in args.modes.split(","):
        run_mode(mode, args)


if __name__ == "__main__":
    main()
