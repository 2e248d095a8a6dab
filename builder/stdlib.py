"""The trimmed Python standard library for the browser: only the modules that Pyodide itself and our
packages import, found by running every golden case (and the staff screening examples) under Pyodide
with the full library and listing sys.modules (builder/stdlib_trace.py), not by guessing.

Pyodide's python_stdlib.zip holds 2.5 MB of deflated sources; the kept part is rewritten as a stored
zip (served brotli-compressed as a whole). The result is pinned by SHA-256: if the list or Pyodide
changes, the build fails until KEEP and SHA256 are renewed with `python -m builder.stdlib_trace`.
tests/build/test_stdlib.py fails when our code imports a module that is not kept; the browser tests
run every golden case and a hypothesis batch through the trimmed library.
"""
import hashlib
import io
import zipfile
from pathlib import Path

from builder.errors import DataError, DataErrors

# Module names (packages keep only the submodules listed). Renew with: python -m builder.stdlib_trace
# encodings.utf_8_sig, .gb18030, .gbk: the staff screening opens files by codec name at run time (UTF-8 with
# a BOM, GBK), which no import trace sees; keep them when renewing.
KEEP = """
__future__ _colorize _opcode_metadata _py_warnings _pyodide _pyodide._base _pyodide._core_docs
_pyodide._future_helper _pyodide._importhook _pyodide.docs_argspec _pyodide.docstring
_pyodide.jsbind _ssl _weakrefset annotationlib argparse ast asyncio asyncio.base_events
asyncio.base_futures asyncio.base_subprocess asyncio.base_tasks asyncio.constants asyncio.coroutines
asyncio.events asyncio.exceptions asyncio.format_helpers asyncio.futures asyncio.graph asyncio.locks
asyncio.log asyncio.mixins asyncio.protocols asyncio.queues asyncio.runners asyncio.selector_events
asyncio.sslproto asyncio.staggered asyncio.streams asyncio.subprocess asyncio.taskgroups
asyncio.tasks asyncio.threads asyncio.timeouts asyncio.transports asyncio.trsock asyncio.unix_events
base64 bisect bz2 calendar codeop collections compression compression._common
compression._common._streams compression.zstd compression.zstd._zstdfile concurrent
concurrent.futures concurrent.futures._base contextlib contextvars copy copyreg csv dataclasses
datetime decimal dis encodings encodings.aliases encodings.cp437 encodings.gb18030 encodings.gbk encodings.utf_8
encodings.utf_8_sig enum fnmatch
fractions functools gettext glob heapq importlib importlib._abc importlib.abc inspect json
json.decoder json.encoder json.scanner keyword linecache locale logging lzma numbers opcode operator
pathlib pathlib._os pyodide pyodide._package_loader pyodide._state pyodide.code pyodide.common
pyodide.ffi pyodide.webloop random re re._casefix re._compiler re._constants re._parser reprlib
selectors shutil signal socket ssl string struct subprocess tempfile textwrap threading token
tokenize traceback types typing warnings weakref zipfile zipfile._path zipfile._path.glob
""".split()
# Compiled into Pyodide (built-in or frozen): importable without the zip.
COMPILED_IN = """
_abc _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp
_codecs_kr _codecs_tw _collections _collections_abc _contextvars _csv _ctypes _datetime _decimal
_elementtree _frozen_importlib _frozen_importlib_external _functools _heapq _hmac _imp _io _json
_locale _lsprof _lzma _md5 _multibytecodec _opcode _operator _pickle _posixsubprocess _pyodide_core
_queue _random _remote_debugging _sha1 _sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _stat
_statistics _string _struct _suggestions _symtable _sysconfig _testbuffer _testcapi _testclinic
_testclinic_limited _testinternalcapi _testlimitedcapi _thread _tokenize _tracemalloc _types _typing
_warnings _weakref _xxtestfuzz _zoneinfo _zstd abc array atexit binascii builtins cmath codecs
collections.abc errno faulthandler fcntl gc genericpath importlib._bootstrap
importlib._bootstrap_external importlib.machinery importlib.util io itertools marshal math mmap
ntpath os os.path posix posixpath pyexpat select site stat sys termios time unicodedata xxsubtype
zipimport zlib
""".split()
SHA256 = "5c64f7b552e7cfe2eca212f5f58fe0376d64bae1e701670abb74b796245bfd6f"
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def members(names: list[str], modules) -> list[str]:
    """The zip members that hold `modules` (a module is NAME.py or NAME/__init__.py)."""
    present = set(names)
    out = []
    for module in sorted(set(modules)):
        base = module.replace(".", "/")
        for candidate in (f"{base}.py", f"{base}/__init__.py"):
            if candidate in present:
                out.append(candidate)
                break
    return out


def trim(full_zip: Path, modules) -> bytes:
    with zipfile.ZipFile(full_zip) as source:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
            for name in members(source.namelist(), modules):
                out.writestr(zipfile.ZipInfo(name, _ZIP_TIME), source.read(name))
    return buffer.getvalue()


def trimmed(full_zip: Path) -> bytes:
    """The pinned trimmed library; fails the build when it is not what SHA256 pins."""
    data = trim(full_zip, KEEP)
    actual = hashlib.sha256(data).hexdigest()
    if actual != SHA256:
        raise DataErrors([DataError("builder/stdlib.py", 0,
                                    f"trimmed python_stdlib.zip has SHA-256 {actual}, pinned {SHA256 or '(none)'}: "
                                    "renew KEEP and SHA256 with `python -m builder.stdlib_trace`")])
    return data
