"""Answering a campaign once: how long until every copy's resident has the reply.

Embedded mode (SQLite, in-process jobs) with a loopback SMTP server (aiosmtpd): submits --count
opinions in five languages with an e-mail address each, groups them as the duplicate detector
would (every copy points at the first), replies to the group with a template, and prints the
time from the reply's `201` until every resident's text is on /status, and until every e-mail
has arrived, with the rate per recipient. No translation model is used (templates carry their
own translations), so the figures are the queue, the database and SMTP.

    .venv/bin/python benchmarks/replies.py [--count 200]
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEXTS = {
    "vi": "Xin hãy mở thêm lớp tiếng Nhật buổi tối cho người đi làm, số {n}.",
    "pt": "Por favor, abram mais aulas de japonês à noite para quem trabalha, número {n}.",
    "es": "Por favor, abran más clases de japonés por la noche para quienes trabajan, número {n}.",
    "id": "Tolong buka lebih banyak kelas bahasa Jepang malam hari untuk pekerja, nomor {n}.",
    "tl": "Sana po ay magbukas ng mas maraming klase ng Nihongo sa gabi, numero {n}.",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()

    from aiosmtpd.controller import Controller
    from litestar.testing import TestClient

    from feedback.accounts.services import create_account, issue_token
    from feedback.app import create_app
    from feedback.config import load_settings
    from feedback.tables import Opinion

    arrived: list[float] = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            arrived.append(time.monotonic())
            return "250 OK"

    smtp_port = _free_port()
    controller = Controller(Handler(), hostname="127.0.0.1", port=smtp_port)
    controller.start()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            "FEEDBACK_VAR_DIR": folder,
            "FEEDBACK_DATABASE_URL": f"sqlite:///{folder}/feedback.db",
            "FEEDBACK_MODELS_DIR": str(Path(folder) / "no-models"),
            "FEEDBACK_SMTP_URL": f"smtp://127.0.0.1:{smtp_port}",
            "FEEDBACK_SUBMISSION_LIMIT": "0",
        }
        subprocess.run(
            [sys.executable, "-m", "feedback.cli", "db", "migrate"],
            env={**__import__("os").environ, **env}, check=True, capture_output=True, cwd=ROOT,
        )  # fmt: skip
        with TestClient(create_app(load_settings(env)), base_url="http://bench.local") as client:
            client.blocking_portal.call(
                create_account, "r@example.go.jp", "bench pass 42", "reviewer"
            )
            token = client.blocking_portal.call(issue_token, "r@example.go.jp", "bench")
            headers = {"Authorization": f"Bearer {token}"}
            ids = []
            languages = list(TEXTS)
            for n in range(args.count):
                language = languages[n % len(languages)]
                response = client.post(
                    "/api/v1/opinions",
                    json={"text": TEXTS[language].format(n=n), "language": language,
                          "contact_email": f"resident{n}@example.com"},
                )  # fmt: skip
                ids.append(response.json()["id"])
            deadline = time.monotonic() + 600
            while True:
                body = client.get(
                    "/api/v1/review/opinions",
                    params={"status": "processed", "per_page": 1, "duplicates": "true"},
                    headers=headers,
                ).json()
                if body["total"] >= args.count or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            client.blocking_portal.call(
                lambda: Opinion.update({Opinion.duplicate_of: ids[0]}).where(
                    Opinion.id.is_in(ids[1:])
                )
            )
            started = time.monotonic()
            sent = client.post(
                f"/api/v1/review/opinions/{ids[0]}/replies",
                json={"template": "fresc", "scope": "group"},
                headers=headers,
            )
            answered = time.monotonic() - started
            assert sent.status_code == 201, sent.text
            published_at = None
            while time.monotonic() - started < 600:
                reply = client.get(
                    f"/api/v1/review/opinions/{ids[0]}/replies", headers=headers
                ).json()["items"][0]
                if published_at is None and reply["preparing"] == 0:
                    published_at = time.monotonic() - started
                if reply["emails"]["sent"] + reply["emails"]["failed"] >= args.count:
                    break
                time.sleep(0.1)
            emailed = (arrived[-1] - started) if arrived else float("nan")
            print(f"recipients: {args.count} in {len(TEXTS)} languages")
            print(f"POST .../replies answered in {answered * 1000:.0f} ms")
            print(f"every text on /status after {published_at:.2f} s")
            print(f"every e-mail arrived after {emailed:.2f} s "
                  f"({len(arrived)} received, {emailed / max(len(arrived), 1) * 1000:.1f} ms each)")  # fmt: skip
            print(f"e-mails sent / failed: {reply['emails']['sent']} / {reply['emails']['failed']}")
    controller.stop()


if __name__ == "__main__":
    main()
