"""WeasyPrint, loaded on demand: the PDF hearing pack and `feedback doctor` share the loader
and the list of system packages it needs, without importing each other."""

from __future__ import annotations

# Debian packages the production image must install (the Dockerfile test reads this list):
# WeasyPrint's system libraries (https://doc.courtbouillon.org/weasyprint/stable/first_steps.html,
# "Debian ≥ 11") and the fonts for every script a hearing pack quotes.
SYSTEM_PACKAGES: tuple[tuple[str, str], ...] = (
    ("libpango-1.0-0", "PDF: WeasyPrint lays text out with Pango (>= 1.44)"),
    ("libpangoft2-1.0-0", "PDF: Pango's FreeType/fontconfig backend"),
    ("libharfbuzz-subset0", "PDF: embeds only the glyphs used (small PDFs)"),
    ("fontconfig", "PDF: finds the installed fonts"),
    ("fonts-noto-core", "PDF: Latin, Cyrillic, Thai, Myanmar, Khmer, Devanagari, Sinhala"),
    ("fonts-noto-cjk", "PDF: Japanese, Chinese, Korean"),
)
APT_INSTALL = "apt-get install " + " ".join(name for name, _ in SYSTEM_PACKAGES)


class PdfUnavailable(Exception):
    """WeasyPrint cannot run here (a system library is missing). The message says what to
    install; organizers get it with the other pack formats on offer."""


def load_weasyprint_html() -> type:
    """WeasyPrint's HTML class, or PdfUnavailable saying which system library to install.

    WeasyPrint loads Pango, HarfBuzz and fontconfig with cffi when it is first imported and
    raises OSError when one is missing."""
    try:
        from weasyprint import HTML
    except (OSError, ImportError) as error:
        raise PdfUnavailable(
            f"PDF rendering is not available on this server (WeasyPrint cannot load a system "
            f"library: {(str(error).splitlines() or [repr(error)])[0]}); install {APT_INSTALL}"
        ) from None
    return HTML
