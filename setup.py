"""Build the broadsheet extension: the C core (csrc/*.c) and its binding.

Metadata lives in pyproject.toml; this file only describes the extension,
because its compiler flags come from pkg-config at build time.

    pip install .                        # or: pip install -e .
    python setup.py build_ext --inplace  # for development

Environment switches:

    BROADSHEET_SANITIZE=1  compile and link with AddressSanitizer + UBSan;
                           run Python with the runtime preloaded:
                           LD_PRELOAD=$(gcc -print-file-name=libasan.so)
                           ASAN_OPTIONS=detect_leaks=0 (see `make pytest-asan`)
    BROADSHEET_WERROR=1    -Wall -Wextra -Werror (CI)

System packages needed (Debian/Ubuntu):

    sudo apt-get install -y libxml2-dev libjansson-dev pkg-config
"""

from __future__ import annotations

import glob
import os
import shlex
import shutil
import subprocess
import sysconfig
import tempfile

import setuptools
from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# The metadata and the package layout are in pyproject.toml, which older
# setuptools would silently ignore (and build a package without modules).
if int(setuptools.__version__.split(".")[0]) < 64:
    raise SystemExit("broadsheet: setuptools >= 64 is needed (found %s); run: "
                     "python -m pip install -U setuptools" % setuptools.__version__)

PKGS = ["libxml-2.0", "jansson"]
HEADERS = ["jansson.h", "libxml/HTMLparser.h"]
INSTALL_HINT = "sudo apt-get install -y libxml2-dev libjansson-dev pkg-config"


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def _fail(reason: str) -> None:
    raise SystemExit(
        "\n"
        "broadsheet: cannot build the C extension: " + reason + "\n"
        "Install the system packages it needs, then retry:\n"
        "\n"
        "    " + INSTALL_HINT + "\n"
    )


def _pkg_config(*args: str) -> list[str]:
    """Run pkg-config; its output split like a shell would."""
    cmd = [os.environ.get("PKG_CONFIG", "pkg-config"), *args, *PKGS]
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError:
        _fail("pkg-config is not installed")
    if res.returncode != 0:
        detail = (res.stderr or res.stdout).strip()
        _fail("pkg-config does not know libxml-2.0 and jansson"
              + (" (" + detail + ")" if detail else ""))
    return shlex.split(res.stdout)


def _default_include_dirs() -> list[str]:
    dirs = []
    for var in ("CPATH", "C_INCLUDE_PATH"):
        dirs += [d for d in os.environ.get(var, "").split(os.pathsep) if d]
    multiarch = sysconfig.get_config_var("MULTIARCH")
    if multiarch:
        dirs.append(os.path.join("/usr/include", multiarch))
    dirs += ["/usr/local/include", "/usr/include", "/opt/homebrew/include"]
    return dirs


def _compiler_finds(header: str, cflags: list[str]) -> bool:
    """Ask the C compiler's preprocessor whether it finds `header`."""
    cc = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC")
                     or "cc")
    if not cc or shutil.which(cc[0]) is None:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "probe.c")
        with open(src, "w") as f:
            f.write("#include <%s>\n" % header)
        res = subprocess.run([*cc, *cflags, "-E", src, "-o", os.devnull],
                             capture_output=True, check=False)
    return res.returncode == 0


def _check_headers(include_dirs: list[str], cflags: list[str]) -> None:
    search = include_dirs + _default_include_dirs()
    for header in HEADERS:
        if any(os.path.isfile(os.path.join(d, header)) for d in search):
            continue
        if not _compiler_finds(header, cflags):
            _fail("the header <%s> was not found" % header)


def configure(ext: Extension) -> None:
    """Fill `ext` with the flags of libxml2 and jansson, or stop clearly."""
    if shutil.which(os.environ.get("PKG_CONFIG", "pkg-config")) is None:
        _fail("pkg-config is not installed")
    cflags = _pkg_config("--cflags")
    libs = _pkg_config("--libs")
    for flag in cflags:
        if flag.startswith("-I"):
            ext.include_dirs.append(flag[2:])
        elif flag.startswith("-D"):
            name, _, value = flag[2:].partition("=")
            ext.define_macros.append((name, value or None))
        else:
            ext.extra_compile_args.append(flag)
    for flag in libs:
        if flag.startswith("-l"):
            ext.libraries.append(flag[2:])
        elif flag.startswith("-L"):
            ext.library_dirs.append(flag[2:])
        else:
            ext.extra_link_args.append(flag)
    ext.libraries.append("pthread")
    _check_headers(ext.include_dirs, cflags)

    ext.extra_compile_args.append("-std=c11")
    if _env_flag("BROADSHEET_WERROR"):
        ext.extra_compile_args += ["-Wall", "-Wextra", "-Werror"]
    if _env_flag("BROADSHEET_SANITIZE"):
        san = ["-fsanitize=address,undefined", "-fno-omit-frame-pointer"]
        ext.extra_compile_args += san + ["-O1", "-g"]
        ext.extra_link_args += san


class BuildExt(build_ext):
    """build_ext that asks pkg-config for flags only when it compiles, so
    that sdist and metadata work on a machine without the C libraries."""

    def build_extensions(self) -> None:
        for ext in self.extensions:
            configure(ext)
        super().build_extensions()


# Paths below are relative to the project directory, whatever the caller's
# working directory is.
os.chdir(os.path.dirname(os.path.abspath(__file__)))

core = Extension(
    "broadsheet._core",
    # Relative paths, sorted: setuptools wants them relative, and a fixed
    # order keeps builds reproducible.
    sources=["python/broadsheet/_core.c"] + sorted(glob.glob("csrc/*.c")),
    include_dirs=["csrc"],
    depends=sorted(glob.glob("csrc/*.h")),
)

setup(ext_modules=[core], cmdclass={"build_ext": BuildExt})
