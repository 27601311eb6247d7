"""gunicorn settings for Pressroom (deploy/serve-prod and the systemd unit).

Everything can be changed from the environment: GUNICORN_BIND,
GUNICORN_WORKERS, GUNICORN_THREADS, GUNICORN_PIDFILE, GUNICORN_LOGFILE.
"""

import multiprocessing
import os

wsgi_app = "pressroom.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Pages are rendered on the CPU (the database is near): one worker per core,
# plus one to cover a worker waiting on the database.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
worker_class = "sync" if threads == 1 else "gthread"
# Behind nginx, which buffers slow clients; keep-alive to nginx's upstream.
keepalive = 75
timeout = 30
graceful_timeout = 20
max_requests = 20000
max_requests_jitter = 2000
preload_app = True
pidfile = os.environ.get("GUNICORN_PIDFILE")
accesslog = None
errorlog = os.environ.get("GUNICORN_LOGFILE", "-")
forwarded_allow_ips = "127.0.0.1"
