"""One resource class per node of the client tree (``client.runs.feedback`` is ``AsyncRunFeedback``)."""
