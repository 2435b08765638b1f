"""gunicorn settings for Newsroom: `gunicorn -c deploy/gunicorn.conf.py newsroom.wsgi`.

docs/deploy.md explains each choice; `make bench` serves the site with exactly this file.
"""

import gc
import multiprocessing
import os
import time

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers behind a buffering proxy: two per core and one more, so that a worker
# waiting on PostgreSQL does not leave a core idle.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Load Django once in the arbiter and fork: workers share its memory copy-on-write.
preload_app = True
timeout = 30
graceful_timeout = 30
# The proxy in front logs every request; gunicorn logs only errors.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
# Signals (HUP to reload, TERM to stop) are enough; one shared default control socket path
# would clash between two servers on the same machine.
control_socket_disable = True


def when_ready(server):
    """Build the mention linker in the arbiter, before any worker is forked.

    Every worker then shares one automaton (about 30 MB with 100,000 aliases) instead of
    building its own on its first edit. The arbiter's database connections and pool are
    closed afterwards: a connection must never be shared across a fork.
    """
    from django.db import connections

    from entities.aliases import current_linker

    started = time.perf_counter()
    current_linker()
    server.log.info("Linker built in %.2f s; the workers share it", time.perf_counter() - started)
    for connection in connections.all(initialized_only=True):
        connection.close()
        if hasattr(connection, "close_pool"):  # PostgreSQL with psycopg's pool
            connection.close_pool()
    # Keep the collector from touching (and so copying) every shared object in each worker.
    gc.freeze()
