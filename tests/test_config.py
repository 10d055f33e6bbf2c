"""Settings from the environment."""

from __future__ import annotations

import pytest

from feedback.config import ConfigError, load_settings


def test_embedded_defaults(tmp_path):
    settings = load_settings({"FEEDBACK_VAR_DIR": str(tmp_path)})
    assert settings.is_sqlite and settings.embedded_queue
    assert settings.port == 8000 and settings.host == "127.0.0.1"
    assert settings.models_dir == tmp_path / "models"
    # The generated secret key is kept, so sessions survive a restart.
    assert (tmp_path / "secret_key").exists()
    assert load_settings({"FEEDBACK_VAR_DIR": str(tmp_path)}).secret_key == settings.secret_key


def test_production_values(tmp_path):
    settings = load_settings(
        {
            "FEEDBACK_VAR_DIR": str(tmp_path),
            "FEEDBACK_DATABASE_URL": "postgresql://feedback@db:5432/feedback",
            "FEEDBACK_REDIS_URL": "redis://redis:6379/0",
            "FEEDBACK_SECRET_KEY": "k" * 40,
            "FEEDBACK_MODELS_DIR": "/models",
            "FEEDBACK_PORT": "9000",
        }
    )
    assert not settings.is_sqlite and not settings.embedded_queue
    assert str(settings.models_dir) == "/models" and settings.port == 9000


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("FEEDBACK_PORT", "0"),
        ("FEEDBACK_PORT", "http"),
        ("FEEDBACK_DATABASE_URL", "sqlite:///"),
        ("FEEDBACK_DATABASE_URL", "postgresql:///nohost"),
        ("FEEDBACK_REDIS_URL", "http://redis"),
        ("FEEDBACK_LANGUAGE_CHECK_THRESHOLD", "2"),
        ("FEEDBACK_SECURE_COOKIES", "maybe"),
    ],
)
def test_bad_values_name_the_variable(tmp_path, name, value):
    with pytest.raises(ConfigError, match=name):
        load_settings({"FEEDBACK_VAR_DIR": str(tmp_path), name: value})
