# The web and worker image (docker-compose.yml runs both from it).
FROM python:3.11-slim

# What `feedback doctor` requires (feedback.doctor.SYSTEM_PACKAGES; tests/test_doctor.py checks
# that this line holds every one): WeasyPrint's system libraries for the PDF hearing pack
# (Pango >= 1.44 with its FreeType backend, HarfBuzz's subset library, fontconfig), and the
# fonts for every script the packs quote: Noto core (Latin, Cyrillic, Thai, Myanmar, Khmer,
# Devanagari, Sinhala) and Noto CJK (Japanese, Chinese, Korean). Nothing that only tests need.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
       libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig \
       fonts-noto-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
# The CPU build of torch: the default index serves a multi-GB CUDA build.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
COPY pyproject.toml README.md ./
COPY feedback ./feedback
COPY classifiers ./classifiers
COPY workers ./workers
COPY migrations ./migrations
RUN pip install -e .
# Fail the build, not an organizer's export, when a library or a script's font is missing.
RUN python -c "import sys; from feedback.doctor import check_pdf; c = check_pdf(); print(c.line()); sys.exit(c.failed)"

RUN useradd --create-home --uid 10001 feedback && mkdir -p /app/var /models && chown feedback /app/var /models
USER feedback
EXPOSE 8000
CMD ["feedback", "serve", "--host", "0.0.0.0", "--port", "8000"]
