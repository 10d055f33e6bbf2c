# The web and worker image (docker-compose.yml runs both from it).
FROM python:3.11-slim

# Fonts for every script the hearing packs quote (CJK, Myanmar, Khmer, Sinhala, Thai, Devanagari).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-core fonts-noto-cjk \
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

RUN useradd --create-home --uid 10001 feedback && mkdir -p /app/var /models && chown feedback /app/var /models
USER feedback
EXPOSE 8000
CMD ["feedback", "serve", "--host", "0.0.0.0", "--port", "8000"]
