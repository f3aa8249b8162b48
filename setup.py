"""Build hook: the top-level `resources/` folder ships inside the package as `clientfit/resources/`.

Everything else about the build is declared in pyproject.toml. Editable installs leave the files
where they are; `clientfit.resources.resource()` finds the checkout's folder then.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"


class BuildWithResources(build_py):
    """build_py, then a copy of resources/ into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib, "clientfit", "resources")
        for path in sorted(RESOURCES.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                dest = target / path.relative_to(RESOURCES)
                self.mkpath(str(dest.parent))
                self.copy_file(str(path), str(dest))


setup(cmdclass={"build_py": BuildWithResources})
