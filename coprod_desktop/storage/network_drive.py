"""Is a file on a network drive? (Best effort; the answer picks SQLite's journal mode.)

SQLite's write-ahead log needs shared memory between every program using the file, which a
network file system cannot provide. Groups that keep the database on a shared drive get the
classic rollback journal instead; several people at once should use PostgreSQL.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# File systems on Linux that live on another computer.
_NETWORK_TYPES = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "afs", "9p", "ncpfs",
    "fuse.rclone", "davfs", "fuse.davfs2", "glusterfs", "ceph", "lustre",
}  # fmt: skip


def is_on_network_drive(path: Path) -> bool:
    folder = path.resolve().parent
    if sys.platform == "win32":
        return _windows_network(folder)
    if sys.platform.startswith("linux"):
        return _linux_mount_type(folder) in _NETWORK_TYPES
    return False  # macOS and others: not detected; the user guide explains the risk


def _windows_network(folder: Path) -> bool:
    text = str(folder)
    if text.startswith(("\\\\", "//")):  # \\server\share\...
        return True
    import ctypes  # only on Windows

    drive = os.path.splitdrive(text)[0] + "\\"
    drive_remote = 4  # DRIVE_REMOTE from GetDriveTypeW
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    return bool(kernel32.GetDriveTypeW(drive) == drive_remote)


def _linux_mount_type(folder: Path) -> str:
    """The file-system type of the mount holding ``folder``, from /proc/mounts."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    best, best_type = "", ""
    target = str(folder)
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type
