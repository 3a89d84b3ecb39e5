"""What the fork server imports before it forks the workers (``local.worker_context``): the model.

Loaded here once, it is in every worker forked from the server, which then starts parsing at once.
A model that fails to load here is loaded by each worker, which reports what is wrong.
"""

from __future__ import annotations

import os

from .tasks import MODEL_VARIABLE

if os.environ.get(MODEL_VARIABLE):
    try:
        from .work import cached_model

        cached_model(os.environ[MODEL_VARIABLE])
    except Exception:  # noqa: BLE001 - the fork server must start whatever happens (see above)
        pass
