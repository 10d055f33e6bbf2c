"""A Hugging Face Hub emulator on loopback, for testing `feedback models fetch` end to end.

It serves model folders that the tests build, in the hub's API and file layout, so that the
real `huggingface_hub` client runs unchanged against it (point it here with HF_ENDPOINT):

- `GET /api/models/{repo}` and `/api/models/{repo}/revision/{rev}` (with `?blobs=true`): the
  model info with its commit `sha` and `siblings` (file name, size, git blob id, and for large
  files the LFS size and sha256), as `HfApi.model_info(files_metadata=True)` reads it;
- `HEAD|GET /{repo}/resolve/{rev}/{file}`: the file, with `X-Repo-Commit`, `ETag` (the git
  blob id, or the sha256 for LFS files, which also get `X-Linked-Etag` and `X-Linked-Size`),
  `Content-Length`, and `Range` requests answered with 206 (how the client resumes);
- `X-Error-Code: RepoNotFound | RevisionNotFound | EntryNotFound` on 404s, as the hub sends.

Faults for the tests: `drop_once` (file names, or REPO/FILE, whose first GET stops short and closes the
connection), `fail` (file names whose GET answers 500 until cleared) and `corrupt` (file
names served with one byte changed, same size). Every request is
logged in `requests` as (method, path, Range header).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlparse

# Stored through git LFS on the real hub (its default .gitattributes covers these).
LFS_SUFFIXES = (".bin", ".safetensors", ".model", ".msgpack", ".h5")


@dataclass(frozen=True)
class HubFile:
    name: str
    data: bytes
    blob_id: str  # git's sha1 of the content
    sha256: str | None  # set for LFS files only

    @property
    def etag(self) -> str:
        return self.sha256 or self.blob_id


@dataclass
class HubRepo:
    repo_id: str
    commit: str
    files: dict[str, HubFile]


def _git_blob_id(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def repo_from_folder(repo_id: str, folder: Path) -> HubRepo:
    """A repository holding every file of `folder` (not subfolders) at one commit."""
    files: dict[str, HubFile] = {}
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        data = path.read_bytes()
        lfs = path.suffix in LFS_SUFFIXES
        files[path.name] = HubFile(
            path.name, data, _git_blob_id(data), hashlib.sha256(data).hexdigest() if lfs else None
        )
    listing = "".join(f"{f.name} {f.blob_id}\n" for f in files.values())
    commit = hashlib.sha1(f"{repo_id}\n{listing}".encode(), usedforsecurity=False).hexdigest()
    return HubRepo(repo_id, commit, files)


@dataclass
class HubEmulator:
    repos: dict[str, HubRepo] = field(default_factory=dict)
    drop_once: set[str] = field(default_factory=set)
    fail: set[str] = field(default_factory=set)
    corrupt: set[str] = field(default_factory=set)
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def add(self, repo_id: str, folder: Path) -> HubRepo:
        repo = repo_from_folder(repo_id, folder)
        self.repos[repo_id] = repo
        return repo

    def gets(self, file_name: str) -> list[tuple[str, str, str | None]]:
        """The GET requests for a file (any repository)."""
        return [r for r in self.requests if r[0] == "GET" and r[1].endswith("/" + file_name)]

    def start(self) -> HubEmulator:
        emulator = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # quiet tests
                return

            def do_HEAD(self) -> None:
                emulator._handle(self, head=True)

            def do_GET(self) -> None:
                emulator._handle(self, head=False)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    # -- requests -------------------------------------------------------------------------

    def _handle(self, request: BaseHTTPRequestHandler, head: bool) -> None:
        path = unquote(urlparse(request.path).path)
        self.requests.append((request.command, path, request.headers.get("Range")))
        if path.startswith("/api/models/"):
            self._model_info(request, path.removeprefix("/api/models/"))
            return
        if "/resolve/" in path:
            repo_id, _, rest = path.lstrip("/").partition("/resolve/")
            revision, _, name = rest.partition("/")
            self._file(request, repo_id, revision, name, head)
            return
        self._send(request, 404, b"not found", {"X-Error-Code": "RepoNotFound"})

    def _repo(self, repo_id: str, revision: str | None) -> tuple[HubRepo | None, str | None]:
        repo = self.repos.get(repo_id)
        if repo is None:
            return None, "RepoNotFound"
        if revision not in (None, "main", repo.commit):
            return None, "RevisionNotFound"
        return repo, None

    def _model_info(self, request: BaseHTTPRequestHandler, rest: str) -> None:
        repo_id, _, revision = rest.partition("/revision/")
        repo, error = self._repo(repo_id, revision or None)
        if repo is None:
            self._send(request, 404, b"{}", {"X-Error-Code": error or "RepoNotFound"})
            return
        siblings = []
        for item in repo.files.values():
            sibling: dict[str, object] = {
                "rfilename": item.name,
                "size": len(item.data),
                "blobId": item.blob_id,
            }
            if item.sha256:
                sibling["lfs"] = {"size": len(item.data), "sha256": item.sha256, "pointerSize": 134}
            siblings.append(sibling)
        body = json.dumps({"id": repo_id, "sha": repo.commit, "siblings": siblings}).encode()
        self._send(request, 200, body, {"Content-Type": "application/json"})

    def _file(
        self, request: BaseHTTPRequestHandler, repo_id: str, revision: str, name: str, head: bool
    ) -> None:
        repo, error = self._repo(repo_id, revision)
        if repo is None:
            self._send(request, 404, b"", {"X-Error-Code": error or "RepoNotFound"}, head)
            return
        item = repo.files.get(name)
        headers = {"X-Repo-Commit": repo.commit, "ETag": f'"{item.etag}"' if item else ""}
        if item is None:
            self._send(request, 404, b"", {**headers, "X-Error-Code": "EntryNotFound"}, head)
            return
        if item.sha256:
            headers["X-Linked-Etag"] = f'"{item.sha256}"'
            headers["X-Linked-Size"] = str(len(item.data))
        headers["Accept-Ranges"] = "bytes"
        if not head and name in self.fail:
            self._send(request, 500, b"internal error", {}, head)
            return
        data, status = item.data, 200
        if name in self.corrupt:  # same size, one byte changed: only a checksum can tell
            data = bytes([data[0] ^ 0xFF]) + data[1:]
        byte_range = request.headers.get("Range")
        if byte_range and byte_range.startswith("bytes="):
            start_text, _, end_text = byte_range.removeprefix("bytes=").partition("-")
            start = int(start_text or 0)
            end = int(end_text) if end_text else len(item.data) - 1
            data, status = item.data[start : end + 1], 206
            headers["Content-Range"] = f"bytes {start}-{end}/{len(item.data)}"
        key = next((k for k in (f"{repo_id}/{name}", name) if k in self.drop_once), None)
        if not head and key is not None and status == 200:
            self.drop_once.discard(key)
            self._send_truncated(request, data, headers)
            return
        self._send(request, status, data, headers, head)

    @staticmethod
    def _send(
        request: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        headers: Mapping[str, str],
        head: bool = False,
    ) -> None:
        request.send_response(status)
        for key, value in headers.items():
            if value:
                request.send_header(key, value)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        if not head:
            request.wfile.write(body)

    @staticmethod
    def _send_truncated(
        request: BaseHTTPRequestHandler, body: bytes, headers: Mapping[str, str]
    ) -> None:
        """Announce the whole body, send all but its last 64 KiB (or half of a small one), and
        drop the connection. The client writes what it received in 10 MiB chunks, so only a
        file over 10 MiB shows a resumed download (a Range request from where it stopped)."""
        request.send_response(200)
        for key, value in headers.items():
            request.send_header(key, value)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body[: max(len(body) // 2, len(body) - 65536)])
        request.wfile.flush()
        request.close_connection = True
        request.connection.shutdown(2)  # socket.SHUT_RDWR
