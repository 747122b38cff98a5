"""The command line is a user of the SDK like any other: every name it takes from ``eigenpal`` is public
(listed in its module's ``__all__``), and no module of the SDK's own it imports starts with ``_``."""

from __future__ import annotations

import ast
import importlib

from tests.support.spec import ROOT

CLI = ROOT / "src" / "eigenpal" / "cli"


def sdk_imports() -> list[tuple[str, str, list[str]]]:
    """``(file, module, names)`` for every import of the SDK outside the command line's own package."""
    found = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert node.level <= 1, f"{path.name}: relative import of {'.' * node.level}{node.module}"
                if node.level == 0 and (node.module or "").split(".")[0] == "eigenpal":
                    found.append((path.name, node.module or "", [alias.name for alias in node.names]))
            elif isinstance(node, ast.Import):
                found += [
                    (path.name, alias.name, []) for alias in node.names if alias.name.startswith("eigenpal")
                ]
    return found


def test_the_command_line_imports_only_public_names_of_the_sdk() -> None:
    imports = sdk_imports()
    assert {module for _, module, _ in imports} >= {"eigenpal", "eigenpal.spec", "eigenpal.types"}
    for file, module, names in imports:
        assert not any(part.startswith("_") for part in module.split(".")), f"{file}: {module}"
        public = importlib.import_module(module).__all__
        for name in names:
            assert name in public, f"{file}: {name} is not public in {module}"
