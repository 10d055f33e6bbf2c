"""The production compose file wires web, worker, database, Redis and the migration step."""

from __future__ import annotations

from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent


def load() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_services_and_commands():
    services = load()["services"]
    assert set(services) >= {"db", "redis", "web", "worker", "migrate"}
    assert "feedback db migrate" in " ".join(services["migrate"]["command"])
    assert "feedback models install" in " ".join(services["migrate"]["command"])
    assert services["worker"]["command"] == ["feedback", "worker"]
    assert services["web"]["command"][:2] == ["feedback", "serve"]
    assert "0.0.0.0" in services["web"]["command"]
    assert services["db"]["image"].startswith("postgres")
    assert services["redis"]["image"].startswith("redis")


def test_app_services_share_the_configuration():
    services = load()["services"]
    for name in ("web", "worker", "migrate"):
        environment = services[name]["environment"]
        assert environment["FEEDBACK_DATABASE_URL"].startswith("postgresql://")
        assert "@db:5432/" in environment["FEEDBACK_DATABASE_URL"]
        assert environment["FEEDBACK_REDIS_URL"] == "redis://redis:6379/0"
        assert "FEEDBACK_SECRET_KEY" in environment
        assert services[name]["build"] == "."


def test_start_order_and_scaling():
    services = load()["services"]
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    for name in ("web", "worker"):
        assert (
            services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        )
        assert services[name]["depends_on"]["redis"]["condition"] == "service_healthy"
    # `docker compose up --scale worker=N` needs a worker without a fixed name or host port.
    assert "container_name" not in services["worker"] and "ports" not in services["worker"]


def test_dockerfile_installs_the_package_and_fonts():
    dockerfile = (REPO / "Dockerfile").read_text()
    assert "pip install -e ." in dockerfile or "pip install ." in dockerfile
    assert "fonts-noto-cjk" in dockerfile and "fonts-noto-core" in dockerfile
    assert "torch==2.13.0" in dockerfile
