# Type checked by tests/spec/test_typing.py: a model name that does not exist must fail mypy --strict.
from eigenpal._generated.models import NoSuchModel, Run

print(NoSuchModel, Run)
