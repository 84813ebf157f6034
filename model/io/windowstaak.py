"""Windows: a job object that limits a child process's memory and ends it with its parent.

``begrens_proces(handle, grens)`` creates a job with ``JOB_OBJECT_LIMIT_PROCESS_MEMORY``
(committed memory, the Windows counterpart of ``RLIMIT_AS``), ``KILL_ON_JOB_CLOSE`` (the
child dies when the parent's handle to the job closes, also when the parent is killed) and
``DIE_ON_UNHANDLED_EXCEPTION`` (no error dialog), and puts the process in it. The
structures are plain ctypes and import on every platform, so their layout is tested
everywhere; the calls go to kernel32 (or to a stand-in in tests).
"""
from __future__ import annotations

import ctypes
from ctypes import wintypes

JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_KLASSE = 9   # JobObjectExtendedLimitInformation


class IO_COUNTERS(ctypes.Structure):  # noqa: N801 (Windows names)
    _fields_ = [(naam, ctypes.c_ulonglong) for naam in (
        "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
        "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]


class JOBOBJECT_BASIC_LIMIT_INFORMATION(ctypes.Structure):  # noqa: N801 (DWORD is 32 bits on Windows)
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),            # ULONG_PTR
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class JOBOBJECT_EXTENDED_LIMIT_INFORMATION(ctypes.Structure):  # noqa: N801
    _fields_ = [
        ("BasicLimitInformation", JOBOBJECT_BASIC_LIMIT_INFORMATION),
        ("IoInfo", IO_COUNTERS),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


def limietinformatie(grens: int) -> JOBOBJECT_EXTENDED_LIMIT_INFORMATION:
    info = JOBOBJECT_EXTENDED_LIMIT_INFORMATION()
    info.BasicLimitInformation.LimitFlags = (JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
                                             | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION)
    info.ProcessMemoryLimit = grens
    return info


def _kernel32():
    k = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    k.CreateJobObjectW.argtypes = (ctypes.c_void_p, wintypes.LPCWSTR)
    k.CreateJobObjectW.restype = wintypes.HANDLE
    k.SetInformationJobObject.argtypes = (wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD)
    k.SetInformationJobObject.restype = wintypes.BOOL
    k.AssignProcessToJobObject.argtypes = (wintypes.HANDLE, wintypes.HANDLE)
    k.AssignProcessToJobObject.restype = wintypes.BOOL
    k.CloseHandle.argtypes = (wintypes.HANDLE,)
    k.CloseHandle.restype = wintypes.BOOL
    return k


def _laatste_fout() -> int:
    return ctypes.get_last_error() if hasattr(ctypes, "get_last_error") else 0


class Taak:
    """An open job handle; closing it (or the parent ending) ends the processes in it."""

    def __init__(self, kernel32, handle):
        self._k, self.handle = kernel32, handle

    def sluit(self) -> None:
        if self.handle:
            self._k.CloseHandle(self.handle)
            self.handle = None


def begrens_proces(proces_handle: int, grens: int, kernel32=None) -> Taak:
    """Put the process in a new job limited to ``grens`` bytes; raises OSError when Windows refuses."""
    k = kernel32 or _kernel32()
    taak = k.CreateJobObjectW(None, None)
    if not taak:
        raise OSError(_laatste_fout(), "CreateJobObjectW")
    info = limietinformatie(grens)
    if not k.SetInformationJobObject(taak, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_KLASSE,
                                     ctypes.byref(info), ctypes.sizeof(info)):
        k.CloseHandle(taak)
        raise OSError(_laatste_fout(), "SetInformationJobObject")
    if not k.AssignProcessToJobObject(taak, proces_handle):
        k.CloseHandle(taak)
        raise OSError(_laatste_fout(), "AssignProcessToJobObject")
    return Taak(k, taak)
