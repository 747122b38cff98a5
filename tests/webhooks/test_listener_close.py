"""``WebhookListener.close()`` lets each delivery being handled get its answer: its handler thread is a daemon,
so a process that closes the listener and ends (``eigenpal webhooks listen --count 1``) would otherwise cut
the answer off, and the sender would count a handled event as failed and send it again."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx

from eigenpal.webhooks import sign

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
RECEIVER = f"""
import threading, time
from eigenpal.webhooks import WebhookListener

handled = threading.Event()

def on_event(event):
    handled.set()
    time.sleep(0.3)  # the receiver's own work, still going when the process decides to end

listener = WebhookListener({SECRET!r}, on_event=on_event).start()
print(listener.url, flush=True)
handled.wait()
listener.close()
"""


def test_a_process_that_closes_its_listener_still_answers_the_delivery_in_hand() -> None:
    body = json.dumps(
        {
            "id": "whev_close",
            "type": "run.created",
            "apiVersion": "2026-07-01",
            "createdAt": "2026-07-01T12:00:00Z",
            "data": {
                "run": {"id": "exec_1", "type": "workflow", "automationId": "auto_1", "status": "pending"}
            },
        }
    ).encode()
    process = subprocess.Popen([sys.executable, "-c", RECEIVER], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        answer = httpx.post(url, content=body, headers=sign(body, SECRET, event_id="whev_close"), timeout=30)
        assert answer.status_code == 204
        assert process.wait(30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
