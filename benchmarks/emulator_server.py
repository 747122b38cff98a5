"""The emulator for ``make bench``, configured as the cloud or as a self-hosted API.

    python benchmarks/emulator_server.py cloud|self-hosted --latency S --max-upload-mib N \
        [--webhook-url URL --webhook-secret whsec_...]

The two profiles the bench compares, each in one word (``python -m eigenpal.emulator`` takes the same
settings as separate flags: ``--body-limit``, ``--upload-transport``, ``--no-redirect-downloads``):

- ``cloud``: the defaults: a body limit of 4.5 MiB, ``auto`` negotiation (one presigned PUT up to 32 MiB,
  presigned multipart parts of 8 MiB above) and downloads answered with a 302 to the storage origin;
- ``self-hosted``: no body limit, every upload session answered ``multipart`` (POST the file to the API)
  and downloads served inline, the June path the older rows measure.

With ``--webhook-url`` the emulator sends its signed run events there (row 9). Prints ``EIGENPAL_BASE_URL=``,
``EIGENPAL_API_KEY=`` and ``EIGENPAL_STORAGE_URL=`` lines, then serves until SIGTERM. Response validation is off (requests are still validated), as for the stock command.
"""

from __future__ import annotations

import argparse
import signal
import threading
from typing import Any

from eigenpal.emulator import Emulator, new_api_key

MIB = 1024 * 1024
PROFILES: dict[str, dict[str, Any]] = {
    "cloud": {},
    "self-hosted": {"body_limit": None, "upload_transport": "multipart", "redirect_downloads": False},
}


def main() -> int:
    parser = argparse.ArgumentParser(description="The emulator, configured for the bench.")
    parser.add_argument("profile", choices=sorted(PROFILES))
    parser.add_argument("--latency", type=float, default=0.3, help="seconds a run takes")
    parser.add_argument("--max-upload-mib", type=int, default=512, help="largest file accepted (MiB)")
    parser.add_argument("--webhook-url", help="where to send signed run events (default: none sent)")
    parser.add_argument("--webhook-secret", help="the whsec_ secret that signs them")
    args = parser.parse_args()
    webhooks = (
        {"webhook_url": args.webhook_url, "webhook_secret": args.webhook_secret} if args.webhook_url else {}
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    emulator = Emulator(
        api_key=new_api_key(),  # as the stock command: the fault routes need the key too
        latency=args.latency,
        max_upload_bytes=args.max_upload_mib * MIB,
        validate_responses=False,
        **PROFILES[args.profile],
        **webhooks,
    )
    with emulator as emu:
        print(f"EIGENPAL_BASE_URL={emu.url}", flush=True)
        print(f"EIGENPAL_API_KEY={emu.api_key}", flush=True)
        print(f"EIGENPAL_STORAGE_URL={emu.storage_url}", flush=True)
        stop.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
