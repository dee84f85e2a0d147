//! The sandbox's files: a small in-memory filesystem on the host side. Files given at creation are
//! mounted read-only, except under `/tmp`, the one writable directory, whose total size is capped by
//! a quota. The guest reaches it through the `sandbox.fs_*` imports (`host` below; the ABI is in
//! docs/architecture.md), and its own `open()`/`os`/`import` through guest/vfs.c.
//!
//! Paths are resolved lexically: relative to the current directory, `.` and `..` dropped (`..` stops
//! at `/`), so no path names anything outside this tree. Errors are errno values in MicroPython's
//! (Linux) numbering. Pure logic, tested natively; nothing here touches a real filesystem.

use crate::Error;
use std::collections::BTreeMap;
use std::fmt;

/// The writable directory.
pub const TMP: &str = "/tmp";
/// Default cap on the bytes of all files under `/tmp`.
pub const DEFAULT_TMP_QUOTA: u64 = 1 << 20;
/// Longest path, after resolving (and longest path argument), in bytes.
pub const MAX_PATH: usize = 1024;
/// Longest name of one file or directory, in bytes.
pub const MAX_NAME: usize = 255;
/// Files one interpreter may have open at once.
pub const MAX_OPEN: usize = 128;
/// Files and directories the program may have under `/tmp` (bounds host memory for empty files).
pub const MAX_TMP_ENTRIES: usize = 4096;
/// Largest file: offsets cross the ABI as `i32`.
pub const MAX_FILE: u64 = i32::MAX as u64;

/// Fuel a filesystem call costs on top of the guest code around it (a round trip to the host, like
/// a host function call), and bytes moved per unit (as for the guest's own bulk memory copies).
pub const FUEL_PER_CALL: i64 = 1000;
pub const BYTES_PER_FUEL: i64 = 4;

/// Fuel for one call that moved `bytes` (path, data or listing bytes).
pub fn fuel_cost(bytes: usize) -> i64 {
    FUEL_PER_CALL + (bytes as i64 + BYTES_PER_FUEL - 1) / BYTES_PER_FUEL
}

/// Flags of `fs_open` (ABI).
pub mod flags {
    pub const READ: u32 = 1;
    pub const WRITE: u32 = 2;
    /// Create the file if it is missing.
    pub const CREATE: u32 = 4;
    /// Empty the file on open.
    pub const TRUNC: u32 = 8;
    /// Every write goes to the end of the file.
    pub const APPEND: u32 = 16;
    /// With `CREATE`: fail with `EEXIST` if the file exists.
    pub const EXCL: u32 = 32;
    pub const ALL: u32 = 63;
}

/// An errno value, as MicroPython numbers them (py/mperrno.h, Linux values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Errno {
    NoEnt = 2,
    BadF = 9,
    Fault = 14,
    Exist = 17,
    NotDir = 20,
    IsDir = 21,
    Inval = 22,
    MFile = 24,
    FBig = 27,
    NoSpc = 28,
    RoFs = 30,
    NameTooLong = 36,
    NotEmpty = 39,
}

impl Errno {
    /// The ABI's result for this error: `-errno`.
    pub fn neg(self) -> i32 {
        -(self as i32)
    }
}

impl fmt::Display for Errno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

pub type FsResult<T> = Result<T, Errno>;

/// A [`Vfs`] shared by a sandbox and the imports of its current instance.
pub type SharedVfs = std::sync::Arc<std::sync::Mutex<Vfs>>;

/// `S_IFDIR`, `S_IFREG`.
pub const S_IFDIR: u32 = 0o040000;
pub const S_IFREG: u32 = 0o100000;

/// What `stat` says about a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub dir: bool,
    pub size: u64,
    /// Under `/tmp` with a nonzero quota.
    pub writable: bool,
}

impl Stat {
    /// `st_mode`: the type bits and `rwx` bits that say what the program may do.
    pub fn mode(&self) -> u32 {
        match (self.dir, self.writable) {
            (true, true) => S_IFDIR | 0o755,
            (true, false) => S_IFDIR | 0o555,
            (false, true) => S_IFREG | 0o644,
            (false, false) => S_IFREG | 0o444,
        }
    }
}

/// One entry of a directory listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirEntry {
    pub name: String,
    pub dir: bool,
}

/// A listing as `fs_listdir` returns it: per entry a type byte (`d` or `f`), the name, a NUL.
pub fn encode_listing(entries: &[DirEntry]) -> Vec<u8> {
    let mut out = Vec::with_capacity(entries.iter().map(|e| e.name.len() + 2).sum());
    for e in entries {
        out.push(if e.dir { b'd' } else { b'f' });
        out.extend_from_slice(e.name.as_bytes());
        out.push(0);
    }
    out
}

/// A resolved path: absolute, no `.`/`..`/empty components; `dir` when the argument could only
/// name a directory (it ended in `/`, `/.` or `/..`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub path: String,
    pub dir: bool,
}

/// Resolves `raw` against the directory `cwd` (itself resolved).
pub fn resolve(cwd: &str, raw: &[u8]) -> FsResult<Resolved> {
    if raw.is_empty() {
        return Err(Errno::NoEnt);
    }
    if raw.len() > MAX_PATH {
        return Err(Errno::NameTooLong);
    }
    if raw.contains(&0) {
        return Err(Errno::Inval);
    }
    let raw = std::str::from_utf8(raw).map_err(|_| Errno::Inval)?;
    let mut parts: Vec<&str> = if raw.starts_with('/') { Vec::new() } else { cwd.split('/').filter(|c| !c.is_empty()).collect() };
    let mut last = "";
    for comp in raw.split('/') {
        last = comp;
        match comp {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            name if name.len() > MAX_NAME => return Err(Errno::NameTooLong),
            name => parts.push(name),
        }
    }
    let path = if parts.is_empty() { "/".to_string() } else { parts.iter().map(|p| format!("/{p}")).collect() };
    if path.len() > MAX_PATH {
        return Err(Errno::NameTooLong);
    }
    Ok(Resolved { path, dir: matches!(last, "" | "." | "..") })
}

/// The directory holding `path` (`/` for `/` itself).
fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

/// Whether `path` is strictly inside `dir`.
fn inside(path: &str, dir: &str) -> bool {
    if dir == "/" {
        return path != "/";
    }
    path.len() > dir.len() && path.starts_with(dir) && path.as_bytes()[dir.len()] == b'/'
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    Dir,
    File(u32),
}

/// File contents, shared by the file's path (if still linked) and its open handles.
#[derive(Debug)]
struct Node {
    data: Vec<u8>,
    linked: bool,
    opens: u32,
    /// Lives under /tmp: counts against the quota.
    tmp: bool,
    /// Created, written, truncated or renamed during the current run.
    changed: bool,
}

#[derive(Debug, Clone, Copy)]
struct Handle {
    node: u32,
    pos: u64,
    read: bool,
    write: bool,
    append: bool,
}

/// The filesystem of one sandbox. It outlives the interpreter: a reset closes its handles only.
#[derive(Debug)]
pub struct Vfs {
    /// Every path but `/`.
    entries: BTreeMap<String, Entry>,
    /// By id; freed slots are `None`, listed in `free` for reuse.
    nodes: Vec<Option<Node>>,
    free: Vec<u32>,
    handles: Vec<Option<Handle>>,
    cwd: String,
    quota: u64,
    /// Bytes of the files under /tmp (including removed files still open).
    used: u64,
    tmp_entries: usize,
}

impl Default for Vfs {
    fn default() -> Vfs {
        Vfs::new(Vec::new(), DEFAULT_TMP_QUOTA).expect("an empty tree is valid")
    }
}

fn bad_files(reason: String) -> Error {
    Error::InvalidOption { name: "files", reason }
}

impl Vfs {
    /// A tree holding `files` (absolute paths; parents become directories) and an empty `/tmp`,
    /// writable up to `tmp_quota` bytes (0: read-only). Files given under `/tmp` are writable and
    /// count against the quota.
    pub fn new(files: Vec<(String, Vec<u8>)>, tmp_quota: u64) -> Result<Vfs, Error> {
        let mut vfs = Vfs {
            entries: BTreeMap::new(),
            nodes: Vec::new(),
            free: Vec::new(),
            handles: Vec::new(),
            cwd: "/".into(),
            quota: tmp_quota,
            used: 0,
            tmp_entries: 0,
        };
        vfs.entries.insert(TMP.into(), Entry::Dir);
        for (key, data) in files {
            vfs.mount(&key, data)?;
        }
        if vfs.used > tmp_quota {
            return Err(Error::InvalidOption {
                name: "tmpQuotaBytes",
                reason: format!("the files given under /tmp hold {} bytes, more than the quota of {tmp_quota}", vfs.used),
            });
        }
        Ok(vfs)
    }

    fn mount(&mut self, key: &str, data: Vec<u8>) -> Result<(), Error> {
        if !key.starts_with('/') {
            return Err(bad_files(format!("{key:?} is not an absolute path (it must start with \"/\")")));
        }
        if key.contains('\0') {
            return Err(bad_files(format!("{key:?} contains a NUL character")));
        }
        if key.ends_with('/') {
            return Err(bad_files(format!("{key:?} ends with \"/\": keys name files, directories are implied")));
        }
        if key.split('/').any(|c| c == "..") {
            return Err(bad_files(format!("{key:?} has a \"..\" component")));
        }
        let path = match resolve("/", key.as_bytes()) {
            Ok(r) if r.path != "/" => r.path,
            Ok(_) => return Err(bad_files(format!("{key:?} names the root directory"))),
            Err(Errno::NameTooLong) => {
                return Err(bad_files(format!("{key:?} is too long (paths up to {MAX_PATH} bytes, names up to {MAX_NAME})")))
            }
            Err(e) => return Err(bad_files(format!("{key:?} is not a valid path ({e})"))),
        };
        if data.len() as u64 > MAX_FILE {
            return Err(bad_files(format!("{key:?} is larger than {MAX_FILE} bytes")));
        }
        match self.entries.get(&path) {
            Some(Entry::Dir) if path == TMP => return Err(bad_files(format!("{key:?} is the writable directory /tmp"))),
            Some(Entry::Dir) => return Err(bad_files(format!("{key:?} is also the directory of another file"))),
            Some(Entry::File(_)) => return Err(bad_files(format!("{key:?} is given twice"))),
            None => {}
        }
        let mut dir = parent(&path);
        while dir != "/" {
            match self.entries.get(dir) {
                Some(Entry::File(_)) => return Err(bad_files(format!("{key:?} is inside {dir:?}, which is also given as a file"))),
                Some(Entry::Dir) => {}
                None => {
                    self.entries.insert(dir.to_string(), Entry::Dir);
                    self.tmp_entries += inside(dir, TMP) as usize;
                }
            }
            dir = parent(dir);
        }
        let tmp = inside(&path, TMP);
        self.used += if tmp { data.len() as u64 } else { 0 };
        self.tmp_entries += tmp as usize;
        let id = self.add_node(Node { data, linked: true, opens: 0, tmp, changed: false });
        self.entries.insert(path, Entry::File(id));
        Ok(())
    }

    fn add_node(&mut self, node: Node) -> u32 {
        match self.free.pop() {
            Some(id) => {
                self.nodes[id as usize] = Some(node);
                id
            }
            None => {
                self.nodes.push(Some(node));
                (self.nodes.len() - 1) as u32
            }
        }
    }

    fn node(&self, id: u32) -> &Node {
        self.nodes[id as usize].as_ref().expect("live node")
    }

    fn node_mut(&mut self, id: u32) -> &mut Node {
        self.nodes[id as usize].as_mut().expect("live node")
    }

    /// Frees a node no path and no handle refers to any more.
    fn release(&mut self, id: u32) {
        let n = self.node(id);
        if !n.linked && n.opens == 0 {
            if n.tmp {
                self.used -= n.data.len() as u64;
            }
            self.nodes[id as usize] = None;
            self.free.push(id);
        }
    }

    fn lookup(&self, path: &str) -> Option<Entry> {
        if path == "/" {
            return Some(Entry::Dir);
        }
        self.entries.get(path).copied()
    }

    /// Why `path` does not exist: a missing directory on the way (`ENOENT`) or a file used as one
    /// (`ENOTDIR`).
    fn missing(&self, path: &str) -> Errno {
        let mut dir = parent(path);
        loop {
            match self.lookup(dir) {
                Some(Entry::File(_)) => return Errno::NotDir,
                Some(Entry::Dir) => return Errno::NoEnt,
                None => dir = parent(dir),
            }
        }
    }

    /// The parent of a path to be created must be an existing directory.
    fn check_parent(&self, path: &str) -> FsResult<()> {
        match self.lookup(parent(path)) {
            Some(Entry::Dir) => Ok(()),
            Some(Entry::File(_)) => Err(Errno::NotDir),
            None => Err(self.missing(parent(path))),
        }
    }

    /// Whether the program may change `path`: strictly inside /tmp, with a quota.
    fn writable(&self, path: &str) -> bool {
        self.quota > 0 && inside(path, TMP)
    }

    fn resolve(&self, raw: &[u8]) -> FsResult<Resolved> {
        resolve(&self.cwd, raw)
    }

    fn has_children(&self, dir: &str) -> bool {
        self.children(dir).next().is_some()
    }

    /// Entries directly inside `dir`.
    fn children<'a>(&'a self, dir: &'a str) -> impl Iterator<Item = (&'a str, Entry)> + 'a {
        let prefix = if dir == "/" { "/".to_string() } else { format!("{dir}/") };
        let plen = prefix.len();
        self.entries
            .range(prefix.clone()..)
            .take_while(move |(k, _)| k.starts_with(&prefix))
            .filter(move |(k, _)| !k[plen..].contains('/'))
            .map(move |(k, e)| (&k[plen..], *e))
    }

    fn handle(&self, fd: i32) -> FsResult<Handle> {
        usize::try_from(fd).ok().and_then(|i| self.handles.get(i).copied().flatten()).ok_or(Errno::BadF)
    }

    fn new_tmp_entry(&self) -> FsResult<()> {
        if self.tmp_entries >= MAX_TMP_ENTRIES {
            return Err(Errno::NoSpc);
        }
        Ok(())
    }

    // ---- the operations behind the fs_* imports ------------------------------------------------

    /// Opens a file; returns a handle (a small non-negative number).
    pub fn open(&mut self, raw: &[u8], flags: u32) -> FsResult<i32> {
        if flags & !flags::ALL != 0 || flags & (flags::READ | flags::WRITE) == 0 {
            return Err(Errno::Inval);
        }
        let slot = match self.handles.iter().position(Option::is_none) {
            Some(i) => i,
            None if self.handles.len() < MAX_OPEN => {
                self.handles.push(None);
                self.handles.len() - 1
            }
            None => return Err(Errno::MFile),
        };
        let Resolved { path, dir } = self.resolve(raw)?;
        let create = flags & flags::CREATE != 0;
        let changes = flags & (flags::WRITE | flags::TRUNC | flags::APPEND) != 0;
        let id = match self.lookup(&path) {
            Some(Entry::Dir) if create && flags & flags::EXCL != 0 => return Err(Errno::Exist),
            Some(Entry::Dir) => return Err(Errno::IsDir),
            Some(Entry::File(_)) if dir => return Err(Errno::NotDir),
            Some(Entry::File(_)) if create && flags & flags::EXCL != 0 => return Err(Errno::Exist),
            Some(Entry::File(_)) if changes && !self.writable(&path) => return Err(Errno::RoFs),
            Some(Entry::File(id)) => {
                if flags & flags::TRUNC != 0 {
                    let node = self.nodes[id as usize].as_mut().expect("live node");
                    if node.tmp {
                        self.used -= node.data.len() as u64;
                    }
                    node.data = Vec::new();
                    node.changed = true;
                }
                id
            }
            None if !create => return Err(self.missing(&path)),
            None if dir => return Err(Errno::IsDir),
            None => {
                self.check_parent(&path)?;
                if !self.writable(&path) {
                    return Err(Errno::RoFs);
                }
                self.new_tmp_entry()?;
                let id = self.add_node(Node { data: Vec::new(), linked: true, opens: 0, tmp: true, changed: true });
                self.entries.insert(path, Entry::File(id));
                self.tmp_entries += 1;
                id
            }
        };
        self.node_mut(id).opens += 1;
        let handle = Handle {
            node: id,
            pos: 0,
            read: flags & flags::READ != 0,
            write: flags & flags::WRITE != 0,
            append: flags & flags::APPEND != 0,
        };
        self.handles[slot] = Some(handle);
        Ok(slot as i32)
    }

    pub fn close(&mut self, fd: i32) -> FsResult<()> {
        let h = self.handle(fd)?;
        self.handles[fd as usize] = None;
        self.node_mut(h.node).opens -= 1;
        self.release(h.node);
        Ok(())
    }

    /// Reads up to `len` bytes at the handle's position and advances it past them (a read at or
    /// past the end reads nothing and leaves the position where it was, as POSIX `read` does).
    pub fn read(&mut self, fd: i32, len: u32) -> FsResult<&[u8]> {
        let h = self.handle(fd)?;
        if !h.read {
            return Err(Errno::BadF);
        }
        let data = &self.node(h.node).data;
        let start = (h.pos as usize).min(data.len());
        let end = start + (len as usize).min(data.len() - start);
        self.handles[fd as usize].as_mut().expect("handle").pos = h.pos + (end - start) as u64;
        Ok(&self.node(h.node).data[start..end])
    }

    /// Writes `len` bytes at the handle's position (or the end, in append mode), which `fill`
    /// copies into place. A write that would pass the quota is refused whole (`ENOSPC`) and
    /// changes nothing; so is one whose `fill` fails (its error is returned).
    pub fn write_with<E>(&mut self, fd: i32, len: u32, fill: impl FnOnce(&mut [u8]) -> Result<(), E>) -> Result<FsResult<u32>, E> {
        let h = match self.handle(fd) {
            Ok(h) if h.write => h,
            Ok(_) | Err(_) => return Ok(Err(Errno::BadF)),
        };
        let node = self.nodes[h.node as usize].as_mut().expect("live node");
        let size = node.data.len() as u64;
        let start = if h.append { size } else { h.pos };
        let end = start + len as u64;
        if end > MAX_FILE {
            return Ok(Err(Errno::FBig));
        }
        let growth = end.saturating_sub(size);
        if node.tmp && self.used + growth > self.quota {
            return Ok(Err(Errno::NoSpc));
        }
        if len == 0 {
            return Ok(Ok(0));
        }
        // What the write overwrites, to put back if the copy fails.
        let (start, end, size) = (start as usize, end as usize, size as usize);
        let saved = node.data[start.min(size)..end.min(size)].to_vec();
        node.data.resize(size.max(end), 0);
        if let Err(e) = fill(&mut node.data[start..end]) {
            node.data.truncate(size);
            node.data[start.min(size)..end.min(size)].copy_from_slice(&saved);
            return Err(e);
        }
        node.changed = true;
        if node.tmp {
            self.used += growth;
        }
        self.handles[fd as usize].as_mut().expect("handle").pos = end as u64;
        Ok(Ok(len))
    }

    /// Writes `bytes` (see [`Vfs::write_with`]).
    pub fn write(&mut self, fd: i32, bytes: &[u8]) -> FsResult<u32> {
        let len = u32::try_from(bytes.len()).map_err(|_| Errno::FBig)?;
        self.write_with(fd, len, |buf| {
            buf.copy_from_slice(bytes);
            Ok::<(), ()>(())
        })
        .expect("copying cannot fail")
    }

    /// Moves the handle's position (`whence`: 0 start, 1 current, 2 end); returns it.
    pub fn seek(&mut self, fd: i32, offset: i32, whence: i32) -> FsResult<u64> {
        let h = self.handle(fd)?;
        let base = match whence {
            0 => 0,
            1 => h.pos as i64,
            2 => self.node(h.node).data.len() as i64,
            _ => return Err(Errno::Inval),
        };
        let pos = base + offset as i64;
        if pos < 0 || pos as u64 > MAX_FILE {
            return Err(Errno::Inval);
        }
        self.handles[fd as usize].as_mut().expect("handle").pos = pos as u64;
        Ok(pos as u64)
    }

    pub fn stat(&self, raw: &[u8]) -> FsResult<Stat> {
        let Resolved { path, dir } = self.resolve(raw)?;
        match self.lookup(&path) {
            None => Err(self.missing(&path)),
            Some(Entry::File(_)) if dir => Err(Errno::NotDir),
            Some(Entry::File(id)) => Ok(Stat { dir: false, size: self.node(id).data.len() as u64, writable: self.writable(&path) }),
            Some(Entry::Dir) => Ok(Stat { dir: true, size: 0, writable: self.writable(&path) || (path == TMP && self.quota > 0) }),
        }
    }

    /// The entries of a directory, sorted by name.
    pub fn list(&self, raw: &[u8]) -> FsResult<Vec<DirEntry>> {
        let Resolved { path, .. } = self.resolve(raw)?;
        match self.lookup(&path) {
            None => Err(self.missing(&path)),
            Some(Entry::File(_)) => Err(Errno::NotDir),
            Some(Entry::Dir) => Ok(self.children(&path).map(|(name, e)| DirEntry { name: name.to_string(), dir: e == Entry::Dir }).collect()),
        }
    }

    pub fn mkdir(&mut self, raw: &[u8]) -> FsResult<()> {
        let Resolved { path, .. } = self.resolve(raw)?;
        if self.lookup(&path).is_some() {
            return Err(Errno::Exist);
        }
        self.check_parent(&path)?;
        if !self.writable(&path) {
            return Err(Errno::RoFs);
        }
        self.new_tmp_entry()?;
        self.entries.insert(path, Entry::Dir);
        self.tmp_entries += 1;
        Ok(())
    }

    pub fn rmdir(&mut self, raw: &[u8]) -> FsResult<()> {
        let Resolved { path, .. } = self.resolve(raw)?;
        match self.lookup(&path) {
            None => Err(self.missing(&path)),
            Some(Entry::File(_)) => Err(Errno::NotDir),
            Some(Entry::Dir) if !self.writable(&path) => Err(Errno::RoFs),
            Some(Entry::Dir) if self.has_children(&path) => Err(Errno::NotEmpty),
            Some(Entry::Dir) => {
                self.entries.remove(&path);
                self.tmp_entries -= 1;
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, raw: &[u8]) -> FsResult<()> {
        let Resolved { path, dir } = self.resolve(raw)?;
        match self.lookup(&path) {
            None => Err(self.missing(&path)),
            Some(Entry::Dir) if !self.writable(&path) => Err(Errno::RoFs),
            Some(Entry::Dir) => Err(Errno::IsDir),
            Some(Entry::File(_)) if dir => Err(Errno::NotDir),
            Some(Entry::File(_)) if !self.writable(&path) => Err(Errno::RoFs),
            Some(Entry::File(id)) => {
                self.unlink(&path, id);
                Ok(())
            }
        }
    }

    fn unlink(&mut self, path: &str, id: u32) {
        self.entries.remove(path);
        self.tmp_entries -= 1;
        self.node_mut(id).linked = false;
        self.release(id);
    }

    /// Renames a file or directory inside /tmp, replacing a file (or an empty directory, for a
    /// directory) at `new`, as POSIX `rename` does.
    pub fn rename(&mut self, old_raw: &[u8], new_raw: &[u8]) -> FsResult<()> {
        let old = self.resolve(old_raw)?;
        let new = self.resolve(new_raw)?;
        let Some(from) = self.lookup(&old.path) else { return Err(self.missing(&old.path)) };
        let to = self.lookup(&new.path);
        if to.is_none() {
            self.check_parent(&new.path)?;
        }
        if !self.writable(&old.path) || !self.writable(&new.path) {
            return Err(Errno::RoFs);
        }
        match (from, to) {
            (Entry::File(_), _) if old.dir || new.dir => return Err(Errno::NotDir),
            (Entry::File(_), Some(Entry::Dir)) => return Err(Errno::IsDir),
            (Entry::Dir, Some(Entry::File(_))) => return Err(Errno::NotDir),
            (Entry::Dir, _) if inside(&new.path, &old.path) => return Err(Errno::Inval),
            (Entry::Dir, Some(Entry::Dir)) if old.path != new.path && self.has_children(&new.path) => return Err(Errno::NotEmpty),
            _ => {}
        }
        if old.path == new.path {
            return Ok(());
        }
        match to {
            Some(Entry::File(id)) => self.unlink(&new.path, id),
            Some(Entry::Dir) => {
                self.entries.remove(&new.path);
                self.tmp_entries -= 1;
            }
            None => {}
        }
        let prefix = format!("{}/", old.path);
        let moved: Vec<String> = std::iter::once(old.path.clone())
            .chain(self.entries.range(prefix.clone()..).take_while(|(k, _)| k.starts_with(&prefix)).map(|(k, _)| k.clone()))
            .collect();
        for key in moved {
            let entry = self.entries.remove(&key).expect("listed entry");
            if let Entry::File(id) = entry {
                self.node_mut(id).changed = true;
            }
            self.entries.insert(format!("{}{}", new.path, &key[old.path.len()..]), entry);
        }
        Ok(())
    }

    pub fn chdir(&mut self, raw: &[u8]) -> FsResult<()> {
        let Resolved { path, .. } = self.resolve(raw)?;
        match self.lookup(&path) {
            None => Err(self.missing(&path)),
            Some(Entry::File(_)) => Err(Errno::NotDir),
            Some(Entry::Dir) => {
                self.cwd = path;
                Ok(())
            }
        }
    }

    pub fn getcwd(&self) -> &str {
        &self.cwd
    }

    /// The /tmp quota and the bytes in use under it.
    pub fn statvfs(&self) -> (u64, u64) {
        (self.quota, self.used)
    }

    // ---- the host's side -------------------------------------------------------------------------

    /// A fresh interpreter: nothing open, back in `/`. Files stay.
    pub fn reset_session(&mut self) {
        for fd in 0..self.handles.len() {
            let _ = self.close(fd as i32);
        }
        self.handles.clear();
        self.cwd = "/".into();
    }

    /// A run starts: nothing has changed yet.
    pub fn begin_run(&mut self) {
        for node in self.nodes.iter_mut().flatten() {
            node.changed = false;
        }
    }

    /// The files under /tmp created or changed since [`Vfs::begin_run`], sorted by path.
    pub fn changed_files(&self) -> Vec<(String, Vec<u8>)> {
        let prefix = format!("{TMP}/");
        self.entries
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .filter_map(|(k, e)| match e {
                Entry::File(id) if self.node(*id).changed => Some((k.clone(), self.node(*id).data.clone())),
                _ => None,
            })
            .collect()
    }

    /// The contents of the file at `path` (resolved from `/`), if there is one.
    pub fn read_file(&self, path: &str) -> Option<&[u8]> {
        let r = resolve("/", path.as_bytes()).ok()?;
        match self.lookup(&r.path)? {
            Entry::File(id) if !r.dir => Some(&self.node(id).data),
            _ => None,
        }
    }

    /// Handles currently open.
    pub fn open_count(&self) -> usize {
        self.handles.iter().filter(|h| h.is_some()).count()
    }
}

#[cfg(target_arch = "wasm32")]
pub use host::define_imports;

/// The `sandbox.fs_*` imports over a [`Vfs`] (wasm32 only: they need wasmer).
#[cfg(target_arch = "wasm32")]
mod host {
    use super::{encode_listing, fuel_cost, Errno, FsResult, Vfs, MAX_PATH};
    use crate::wasi::{in_bounds, HostState};
    use std::sync::MutexGuard;
    use wasmer::{Function, FunctionEnv, FunctionEnvMut, Imports, MemoryView, Store};

    fn lock(state: &HostState) -> MutexGuard<'_, Vfs> {
        state.vfs.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A path argument from guest memory (never more than MAX_PATH bytes are read).
    fn path(view: &MemoryView, ptr: i32, len: i32) -> FsResult<Vec<u8>> {
        let len = len as u32;
        if len as usize > MAX_PATH {
            return Err(Errno::NameTooLong);
        }
        if !in_bounds(view.data_size(), ptr as u32, len) {
            return Err(Errno::Fault);
        }
        let mut buf = vec![0u8; len as usize];
        view.read(ptr as u32 as u64, &mut buf).map_err(|_| Errno::Fault)?;
        Ok(buf)
    }

    /// Writes `bytes` into a guest buffer of `cap` bytes if they fit; returns their length.
    fn put(view: &MemoryView, ptr: i32, cap: i32, bytes: &[u8]) -> FsResult<i32> {
        let len = i32::try_from(bytes.len()).map_err(|_| Errno::NameTooLong)?;
        if bytes.len() <= cap as u32 as usize {
            if !in_bounds(view.data_size(), ptr as u32, len as u32) {
                return Err(Errno::Fault);
            }
            view.write(ptr as u32 as u64, bytes).map_err(|_| Errno::Fault)?;
        }
        Ok(len)
    }

    fn put_u32s(view: &MemoryView, ptr: i32, words: &[u32]) -> FsResult<()> {
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        if !in_bounds(view.data_size(), ptr as u32, bytes.len() as u32) {
            return Err(Errno::Fault);
        }
        view.write(ptr as u32 as u64, &bytes).map_err(|_| Errno::Fault)
    }

    /// Runs one call: `f` gets the state and a view of guest memory and returns the result and the
    /// bytes it moved; the guest is charged fuel for them (`Meter::charge`).
    fn call(mut env: FunctionEnvMut<HostState>, f: impl FnOnce(&HostState, &MemoryView) -> (FsResult<i32>, usize)) -> i32 {
        let (state, mut store) = env.data_and_store_mut();
        let (result, moved) = {
            let view = state.memory.view(&store);
            f(state, &view)
        };
        let fuel = state.fuel_now(&mut store);
        let next = state.meter.charge(fuel, fuel_cost(moved) as u64);
        // A cost is at most guest memory / 16 (2^28): far from the i32 limit; clamp anyway.
        state.set_fuel(&mut store, next.max(i32::MIN as i64 / 2));
        match result {
            Ok(n) => n,
            Err(e) => e.neg(),
        }
    }

    fn fs_open(env: FunctionEnvMut<HostState>, ptr: i32, len: i32, flags: i32) -> i32 {
        call(env, |s, view| (path(view, ptr, len).and_then(|p| lock(s).open(&p, flags as u32)), len as u32 as usize))
    }

    fn fs_close(env: FunctionEnvMut<HostState>, fd: i32) -> i32 {
        call(env, |s, _| (lock(s).close(fd).map(|()| 0), 0))
    }

    fn fs_read(env: FunctionEnvMut<HostState>, fd: i32, buf: i32, len: i32) -> i32 {
        call(env, |s, view| {
            if !in_bounds(view.data_size(), buf as u32, len as u32) {
                return (Err(Errno::Fault), 0);
            }
            let mut vfs = lock(s);
            // At most i32::MAX, so the count fits the result.
            let want = (len as u32).min(i32::MAX as u32);
            match vfs.read(fd, want) {
                Ok(data) => match view.write(buf as u32 as u64, data) {
                    Ok(()) => (Ok(data.len() as i32), data.len()),
                    Err(_) => (Err(Errno::Fault), 0),
                },
                Err(e) => (Err(e), 0),
            }
        })
    }

    fn fs_write(env: FunctionEnvMut<HostState>, fd: i32, buf: i32, len: i32) -> i32 {
        call(env, |s, view| {
            if len < 0 || !in_bounds(view.data_size(), buf as u32, len as u32) {
                return (Err(Errno::Fault), 0);
            }
            match lock(s).write_with(fd, len as u32, |dst| view.read(buf as u32 as u64, dst)) {
                Ok(Ok(n)) => (Ok(n as i32), n as usize),
                Ok(Err(e)) => (Err(e), 0),
                Err(_) => (Err(Errno::Fault), 0),
            }
        })
    }

    fn fs_seek(env: FunctionEnvMut<HostState>, fd: i32, offset: i32, whence: i32) -> i32 {
        call(env, |s, _| (lock(s).seek(fd, offset, whence).map(|p| p as i32), 0))
    }

    /// `out`: `[st_mode, st_size]` as u32.
    fn fs_stat(env: FunctionEnvMut<HostState>, ptr: i32, len: i32, out: i32) -> i32 {
        call(env, |s, view| {
            let r = path(view, ptr, len).and_then(|p| lock(s).stat(&p)).and_then(|st| put_u32s(view, out, &[st.mode(), st.size as u32]));
            (r.map(|()| 0), len as u32 as usize)
        })
    }

    /// Writes the listing (see `encode_listing`) if it fits in `cap` bytes; returns its length.
    fn fs_listdir(env: FunctionEnvMut<HostState>, ptr: i32, len: i32, buf: i32, cap: i32) -> i32 {
        call(env, |s, view| {
            let listing = path(view, ptr, len).and_then(|p| lock(s).list(&p)).map(|l| encode_listing(&l));
            match listing {
                Ok(bytes) => (put(view, buf, cap, &bytes), len as u32 as usize + bytes.len()),
                Err(e) => (Err(e), len as u32 as usize),
            }
        })
    }

    fn fs_mkdir(env: FunctionEnvMut<HostState>, ptr: i32, len: i32) -> i32 {
        call(env, |s, view| (path(view, ptr, len).and_then(|p| lock(s).mkdir(&p)).map(|()| 0), len as u32 as usize))
    }

    fn fs_rmdir(env: FunctionEnvMut<HostState>, ptr: i32, len: i32) -> i32 {
        call(env, |s, view| (path(view, ptr, len).and_then(|p| lock(s).rmdir(&p)).map(|()| 0), len as u32 as usize))
    }

    fn fs_remove(env: FunctionEnvMut<HostState>, ptr: i32, len: i32) -> i32 {
        call(env, |s, view| (path(view, ptr, len).and_then(|p| lock(s).remove(&p)).map(|()| 0), len as u32 as usize))
    }

    fn fs_rename(env: FunctionEnvMut<HostState>, old: i32, old_len: i32, new: i32, new_len: i32) -> i32 {
        call(env, |s, view| {
            let r = path(view, old, old_len).and_then(|o| Ok((o, path(view, new, new_len)?))).and_then(|(o, n)| lock(s).rename(&o, &n));
            (r.map(|()| 0), old_len as u32 as usize + new_len as u32 as usize)
        })
    }

    fn fs_chdir(env: FunctionEnvMut<HostState>, ptr: i32, len: i32) -> i32 {
        call(env, |s, view| (path(view, ptr, len).and_then(|p| lock(s).chdir(&p)).map(|()| 0), len as u32 as usize))
    }

    /// Writes the current directory if it fits in `cap` bytes; returns its length.
    fn fs_getcwd(env: FunctionEnvMut<HostState>, buf: i32, cap: i32) -> i32 {
        call(env, |s, view| {
            let vfs = lock(s);
            (put(view, buf, cap, vfs.getcwd().as_bytes()), vfs.getcwd().len())
        })
    }

    /// `out`: `[quota, used]` bytes of /tmp as u32 (saturating).
    fn fs_statvfs(env: FunctionEnvMut<HostState>, out: i32) -> i32 {
        call(env, |s, view| {
            let (quota, used) = lock(s).statvfs();
            let sat = |v: u64| v.min(u32::MAX as u64) as u32;
            (put_u32s(view, out, &[sat(quota), sat(used)]).map(|()| 0), 0)
        })
    }

    /// Adds the `sandbox.fs_*` imports.
    pub fn define_imports(imports: &mut Imports, store: &mut Store, env: &FunctionEnv<HostState>) {
        let mut def = |name: &str, f: Function| imports.define("sandbox", name, f);
        def("fs_open", Function::new_typed_with_env(store, env, fs_open));
        def("fs_close", Function::new_typed_with_env(store, env, fs_close));
        def("fs_read", Function::new_typed_with_env(store, env, fs_read));
        def("fs_write", Function::new_typed_with_env(store, env, fs_write));
        def("fs_seek", Function::new_typed_with_env(store, env, fs_seek));
        def("fs_stat", Function::new_typed_with_env(store, env, fs_stat));
        def("fs_listdir", Function::new_typed_with_env(store, env, fs_listdir));
        def("fs_mkdir", Function::new_typed_with_env(store, env, fs_mkdir));
        def("fs_rmdir", Function::new_typed_with_env(store, env, fs_rmdir));
        def("fs_remove", Function::new_typed_with_env(store, env, fs_remove));
        def("fs_rename", Function::new_typed_with_env(store, env, fs_rename));
        def("fs_chdir", Function::new_typed_with_env(store, env, fs_chdir));
        def("fs_getcwd", Function::new_typed_with_env(store, env, fs_getcwd));
        def("fs_statvfs", Function::new_typed_with_env(store, env, fs_statvfs));
    }
}

#[cfg(test)]
mod tests {
    use super::flags::*;
    use super::*;

    fn vfs(files: &[(&str, &str)], quota: u64) -> Vfs {
        Vfs::new(files.iter().map(|(k, v)| (k.to_string(), v.as_bytes().to_vec())).collect(), quota).expect("valid files")
    }

    fn sample() -> Vfs {
        vfs(&[("/data/in.csv", "a,b\n1,2\n"), ("/lib/pkg/__init__.py", ""), ("/mod.py", "X = 1\n"), ("/tmp/seed.txt", "seed")], 100)
    }

    fn read_all(v: &mut Vfs, fd: i32) -> Vec<u8> {
        v.read(fd, u32::MAX).unwrap().to_vec()
    }

    fn names(v: &Vfs, dir: &str) -> Vec<String> {
        v.list(dir.as_bytes()).unwrap().into_iter().map(|e| if e.dir { format!("{}/", e.name) } else { e.name }).collect()
    }

    #[test]
    fn paths_resolve_lexically_and_stop_at_root() {
        let r = |cwd, p: &str| resolve(cwd, p.as_bytes()).map(|r| (r.path, r.dir));
        assert_eq!(r("/", "a/./b//c"), Ok(("/a/b/c".into(), false)));
        assert_eq!(r("/tmp", "x"), Ok(("/tmp/x".into(), false)));
        assert_eq!(r("/tmp", "../../../../etc/passwd"), Ok(("/etc/passwd".into(), false)));
        assert_eq!(r("/", ".."), Ok(("/".into(), true)));
        assert_eq!(r("/a/b", "/x/"), Ok(("/x".into(), true)));
        assert_eq!(r("/a/b", "c/.."), Ok(("/a/b".into(), true)));
        assert_eq!(r("/", ""), Err(Errno::NoEnt));
        assert_eq!(r("/", "a\0b"), Err(Errno::Inval));
        assert_eq!(r("/", &"n".repeat(MAX_NAME + 1)), Err(Errno::NameTooLong));
        assert_eq!(r("/", &"/a".repeat(MAX_PATH)), Err(Errno::NameTooLong));
        assert_eq!(resolve("/", &[0xff]), Err(Errno::Inval));
    }

    #[test]
    fn mounted_tree_has_implicit_directories_and_tmp() {
        let v = sample();
        assert_eq!(names(&v, "/"), ["data/", "lib/", "mod.py", "tmp/"]);
        assert_eq!(names(&v, "/lib"), ["pkg/"]);
        assert_eq!(names(&v, "/tmp"), ["seed.txt"]);
        assert_eq!(v.stat(b"/data").unwrap(), Stat { dir: true, size: 0, writable: false });
        assert_eq!(v.stat(b"/data/in.csv").unwrap().mode(), S_IFREG | 0o444);
        assert_eq!(v.stat(b"/tmp/seed.txt").unwrap().mode(), S_IFREG | 0o644);
        assert_eq!(v.stat(b"/tmp").unwrap().mode(), S_IFDIR | 0o755);
        assert_eq!(v.list(b"/mod.py"), Err(Errno::NotDir));
        assert_eq!(v.list(b"/nope"), Err(Errno::NoEnt));
        assert_eq!(v.stat(b"/mod.py/x"), Err(Errno::NotDir));
        assert_eq!(v.stat(b"/mod.py/"), Err(Errno::NotDir));
        assert_eq!(v.statvfs(), (100, 4));
    }

    #[test]
    fn bad_file_keys_are_option_errors() {
        let err = |k: &str| Vfs::new(vec![(k.into(), vec![])], 10).unwrap_err().to_string();
        assert!(err("rel.txt").contains("absolute"));
        assert!(err("/a/../b").contains(".."));
        assert!(err("/a\0").contains("NUL"));
        assert!(err("/dir/").contains("ends with"));
        assert!(err("/").contains("ends with"));
        assert!(err("/tmp").contains("/tmp"));
        assert!(err(&format!("/{}", "x".repeat(300))).contains("too long"));
        let two = |a: &str, b: &str| Vfs::new(vec![(a.into(), vec![]), (b.into(), vec![])], 10).unwrap_err().to_string();
        assert!(two("/a", "/a/b").contains("also given as a file"), "{}", two("/a", "/a/b"));
        assert!(two("/a/b", "/a").contains("directory of another file"));
        assert!(two("/a/b", "/a/./b").contains("twice"));
        let big = Vfs::new(vec![("/tmp/big".into(), vec![0; 11])], 10).unwrap_err();
        assert!(matches!(big, Error::InvalidOption { name: "tmpQuotaBytes", .. }), "{big}");
    }

    #[test]
    fn reading_past_the_end_keeps_the_position() {
        // Found by the filesystem fuzzer (tests/fuzz/vfs.js): it used to move back to the end.
        let mut v = vfs(&[("/tmp/f", "0123456789")], 100);
        let fd = v.open(b"/tmp/f", flags::READ | flags::WRITE).unwrap();
        assert_eq!(v.seek(fd, 20, 0), Ok(20));
        assert_eq!(v.read(fd, 5), Ok(&b""[..]));
        assert_eq!(v.seek(fd, 0, 1), Ok(20));
        assert_eq!(v.seek(fd, 8, 0), Ok(8));
        assert_eq!(v.read(fd, 5), Ok(&b"89"[..]));
        assert_eq!(v.seek(fd, 0, 1), Ok(10));
    }

    #[test]
    fn mounted_files_read_and_seek() {
        let mut v = sample();
        let fd = v.open(b"/data/in.csv", READ).unwrap();
        assert_eq!(v.read(fd, 3).unwrap(), b"a,b");
        assert_eq!(v.seek(fd, 1, 1), Ok(4));
        assert_eq!(read_all(&mut v, fd), b"1,2\n");
        assert_eq!(v.read(fd, 10).unwrap(), b"");
        assert_eq!(v.seek(fd, -2, 2), Ok(6));
        assert_eq!(v.seek(fd, -20, 1), Err(Errno::Inval));
        assert_eq!(v.seek(fd, 0, 7), Err(Errno::Inval));
        assert_eq!(v.seek(fd, 100, 0), Ok(100), "past the end is allowed");
        assert_eq!(v.read(fd, 10).unwrap(), b"");
        assert_eq!(v.write(fd, b"x"), Err(Errno::BadF));
        v.close(fd).unwrap();
        assert_eq!(v.close(fd), Err(Errno::BadF));
        assert_eq!(v.read(fd, 1).err(), Some(Errno::BadF));
        assert_eq!(v.read(-1, 1).err(), Some(Errno::BadF));
        assert_eq!(v.open(b"/data", READ), Err(Errno::IsDir));
        assert_eq!(v.open(b"/etc/passwd", READ), Err(Errno::NoEnt));
        assert_eq!(v.open(b"/mod.py/x", READ), Err(Errno::NotDir));
        assert_eq!(v.open(b"/mod.py", 0), Err(Errno::Inval));
        assert_eq!(v.open(b"/mod.py", READ | 64), Err(Errno::Inval));
    }

    #[test]
    fn everything_outside_tmp_is_read_only() {
        let mut v = sample();
        for f in [WRITE, READ | WRITE, WRITE | CREATE | TRUNC, WRITE | CREATE | APPEND] {
            assert_eq!(v.open(b"/data/in.csv", f), Err(Errno::RoFs), "flags {f}");
        }
        assert_eq!(v.open(b"/new.txt", WRITE | CREATE | TRUNC), Err(Errno::RoFs));
        assert_eq!(v.open(b"/data/new.txt", WRITE | CREATE), Err(Errno::RoFs));
        assert_eq!(v.open(b"/nodir/new.txt", WRITE | CREATE), Err(Errno::NoEnt));
        assert_eq!(v.open(b"/data/in.csv", WRITE | CREATE | EXCL), Err(Errno::Exist));
        assert_eq!(v.mkdir(b"/newdir"), Err(Errno::RoFs));
        assert_eq!(v.mkdir(b"/data"), Err(Errno::Exist));
        assert_eq!(v.remove(b"/mod.py"), Err(Errno::RoFs));
        assert_eq!(v.remove(b"/data"), Err(Errno::RoFs));
        assert_eq!(v.rmdir(b"/data"), Err(Errno::RoFs));
        assert_eq!(v.rmdir(b"/"), Err(Errno::RoFs));
        assert_eq!(v.rmdir(b"/tmp"), Err(Errno::RoFs));
        assert_eq!(v.rename(b"/mod.py", b"/tmp/mod.py"), Err(Errno::RoFs));
        assert_eq!(v.rename(b"/tmp/seed.txt", b"/seed.txt"), Err(Errno::RoFs));
        assert_eq!(v.rename(b"/tmp", b"/tmp2"), Err(Errno::RoFs));
        assert_eq!(v.read_file("/data/in.csv").unwrap(), b"a,b\n1,2\n");
    }

    #[test]
    fn tmp_files_write_truncate_append_exclusive() {
        let mut v = sample();
        let fd = v.open(b"/tmp/out.txt", WRITE | CREATE | TRUNC).unwrap();
        assert_eq!(v.write(fd, b"hello"), Ok(5));
        assert_eq!(v.seek(fd, 1, 0), Ok(1));
        assert_eq!(v.write(fd, b"EL"), Ok(2));
        assert_eq!(v.read(fd, 1).err(), Some(Errno::BadF));
        v.close(fd).unwrap();
        assert_eq!(v.read_file("/tmp/out.txt").unwrap(), b"hELlo");
        let fd = v.open(b"/tmp/out.txt", WRITE | CREATE | APPEND).unwrap();
        v.seek(fd, 0, 0).unwrap();
        v.write(fd, b"!").unwrap();
        v.close(fd).unwrap();
        assert_eq!(v.read_file("tmp/out.txt").unwrap(), b"hELlo!");
        let fd = v.open(b"/tmp/out.txt", READ | WRITE).unwrap();
        assert_eq!(v.read(fd, 2).unwrap(), b"hE");
        v.write(fd, b"__").unwrap();
        assert_eq!(read_all(&mut v, fd), b"o!");
        v.close(fd).unwrap();
        assert_eq!(v.open(b"/tmp/out.txt", WRITE | CREATE | EXCL), Err(Errno::Exist));
        let fd = v.open(b"/tmp/out.txt", WRITE | CREATE | TRUNC).unwrap();
        assert_eq!(v.read_file("/tmp/out.txt").unwrap(), b"");
        // A gap past the end reads as zeros.
        v.seek(fd, 3, 0).unwrap();
        v.write(fd, b"z").unwrap();
        assert_eq!(v.read_file("/tmp/out.txt").unwrap(), b"\0\0\0z");
        assert_eq!(v.open(b"/tmp/x/", WRITE | CREATE), Err(Errno::IsDir));
        assert_eq!(v.open(b"/tmp/out.txt/", READ), Err(Errno::NotDir));
    }

    #[test]
    fn quota_refuses_the_write_that_overflows_and_keeps_the_file() {
        let mut v = vfs(&[("/tmp/a", "12345")], 10);
        let fd = v.open(b"/tmp/b", WRITE | CREATE).unwrap();
        assert_eq!(v.write(fd, b"abc"), Ok(3));
        assert_eq!(v.write(fd, b"xyz"), Err(Errno::NoSpc));
        assert_eq!(v.read_file("/tmp/b").unwrap(), b"abc");
        assert_eq!(v.write(fd, b"xy"), Ok(2));
        assert_eq!(v.statvfs(), (10, 10));
        // Overwriting in place needs no room.
        v.seek(fd, 0, 0).unwrap();
        assert_eq!(v.write(fd, b"ABCDE"), Ok(5));
        assert_eq!(v.write(fd, b"!"), Err(Errno::NoSpc));
        v.close(fd).unwrap();
        // Truncating and removing give room back; a removed file still open keeps its bytes.
        let keep = v.open(b"/tmp/a", READ).unwrap();
        v.remove(b"/tmp/a").unwrap();
        assert_eq!(v.statvfs().1, 10);
        assert_eq!(read_all(&mut v, keep), b"12345");
        v.close(keep).unwrap();
        assert_eq!(v.statvfs().1, 5);
        let fd = v.open(b"/tmp/b", WRITE | TRUNC).unwrap();
        assert_eq!(v.statvfs().1, 0);
        v.close(fd).unwrap();
        // A failing copy changes nothing.
        let fd = v.open(b"/tmp/b", WRITE).unwrap();
        assert_eq!(v.write_with(fd, 4, |_| Err("fault")), Err("fault"));
        assert_eq!((v.read_file("/tmp/b").unwrap(), v.statvfs().1), (&b""[..], 0));
        v.write(fd, b"12345").unwrap();
        v.seek(fd, 3, 0).unwrap();
        assert_eq!(v.write_with(fd, 4, |buf| {
            buf.fill(b'x');
            Err("fault after copying")
        }), Err("fault after copying"));
        assert_eq!((v.read_file("/tmp/b").unwrap(), v.statvfs().1), (&b"12345"[..], 5));
        assert_eq!(v.seek(fd, 0, 1), Ok(3), "the position stays");
    }

    #[test]
    fn zero_quota_makes_tmp_read_only() {
        let mut v = vfs(&[("/tmp/empty", "")], 0);
        assert_eq!(v.open(b"/tmp/x", WRITE | CREATE), Err(Errno::RoFs));
        assert_eq!(v.open(b"/tmp/empty", WRITE), Err(Errno::RoFs));
        assert_eq!(v.mkdir(b"/tmp/d"), Err(Errno::RoFs));
        assert_eq!(v.stat(b"/tmp").unwrap().mode(), S_IFDIR | 0o555);
        assert!(Vfs::new(vec![("/tmp/x".into(), vec![1])], 0).is_err());
    }

    #[test]
    fn directories_in_tmp() {
        let mut v = sample();
        v.mkdir(b"/tmp/d").unwrap();
        assert_eq!(v.mkdir(b"/tmp/d"), Err(Errno::Exist));
        assert_eq!(v.mkdir(b"/tmp/x/y"), Err(Errno::NoEnt));
        assert_eq!(v.mkdir(b"/tmp/seed.txt/y"), Err(Errno::NotDir));
        v.chdir(b"/tmp/d").unwrap();
        let fd = v.open(b"f.txt", WRITE | CREATE).unwrap();
        v.close(fd).unwrap();
        assert_eq!(v.getcwd(), "/tmp/d");
        assert_eq!(names(&v, "."), ["f.txt"]);
        assert_eq!(names(&v, ".."), ["d/", "seed.txt"]);
        assert_eq!(v.rmdir(b"/tmp/d"), Err(Errno::NotEmpty));
        assert_eq!(v.remove(b"/tmp/d"), Err(Errno::IsDir));
        assert_eq!(v.rmdir(b"f.txt"), Err(Errno::NotDir));
        v.remove(b"f.txt").unwrap();
        assert_eq!(v.remove(b"f.txt"), Err(Errno::NoEnt));
        v.rmdir(b"/tmp/d").unwrap();
        assert_eq!(v.chdir(b"/tmp/seed.txt"), Err(Errno::NotDir));
        assert_eq!(v.chdir(b"/nope"), Err(Errno::NoEnt));
        v.chdir(b"../../../..").unwrap();
        assert_eq!(v.getcwd(), "/");
    }

    #[test]
    fn rename_files_and_directories() {
        let mut v = sample();
        v.mkdir(b"/tmp/d").unwrap();
        v.mkdir(b"/tmp/d/e").unwrap();
        let fd = v.open(b"/tmp/d/e/f", WRITE | CREATE).unwrap();
        v.write(fd, b"F").unwrap();
        v.close(fd).unwrap();
        assert_eq!(v.rename(b"/tmp/d", b"/tmp/d/e/inside"), Err(Errno::Inval));
        assert_eq!(v.rename(b"/tmp/nope", b"/tmp/x"), Err(Errno::NoEnt));
        assert_eq!(v.rename(b"/tmp/seed.txt", b"/tmp/d"), Err(Errno::IsDir));
        assert_eq!(v.rename(b"/tmp/d", b"/tmp/seed.txt"), Err(Errno::NotDir));
        assert_eq!(v.rename(b"/tmp/seed.txt", b"/tmp/no/x"), Err(Errno::NoEnt));
        v.rename(b"/tmp/d", b"/tmp/moved").unwrap();
        assert_eq!(names(&v, "/tmp"), ["moved/", "seed.txt"]);
        assert_eq!(v.read_file("/tmp/moved/e/f").unwrap(), b"F");
        // A file replaces a file; the replaced bytes leave the quota.
        v.rename(b"/tmp/moved/e/f", b"/tmp/seed.txt").unwrap();
        assert_eq!((v.read_file("/tmp/seed.txt").unwrap(), v.statvfs().1), (&b"F"[..], 1));
        v.rename(b"/tmp/seed.txt", b"/tmp/seed.txt").unwrap();
        // A directory replaces an empty directory only.
        v.mkdir(b"/tmp/empty").unwrap();
        v.rename(b"/tmp/moved", b"/tmp/empty").unwrap();
        assert_eq!(names(&v, "/tmp"), ["empty/", "seed.txt"]);
        v.mkdir(b"/tmp/other").unwrap();
        v.mkdir(b"/tmp/other/x").unwrap();
        assert_eq!(v.rename(b"/tmp/empty", b"/tmp/other"), Err(Errno::NotEmpty));
    }

    #[test]
    fn open_handles_are_capped_and_reset_with_the_interpreter() {
        let mut v = sample();
        let fds: Vec<i32> = (0..MAX_OPEN).map(|_| v.open(b"/mod.py", READ).unwrap()).collect();
        assert_eq!(v.open(b"/mod.py", READ), Err(Errno::MFile));
        v.close(fds[5]).unwrap();
        assert_eq!(v.open(b"/mod.py", READ), Ok(fds[5]), "the lowest free handle is reused");
        v.chdir(b"/tmp").unwrap();
        v.reset_session();
        assert_eq!((v.open_count(), v.getcwd()), (0, "/"));
        assert_eq!(v.read(fds[0], 1).err(), Some(Errno::BadF));
    }

    #[test]
    fn many_mounted_files_and_node_reuse() {
        let files: Vec<(String, Vec<u8>)> = (0..50_000).map(|i| (format!("/d{}/f{i}", i % 100), vec![])).collect();
        let mut v = Vfs::new(files, 100).unwrap();
        assert_eq!(v.list(b"/d7").unwrap().len(), 500);
        for _ in 0..3 {
            let fd = v.open(b"/tmp/x", WRITE | CREATE).unwrap();
            v.close(fd).unwrap();
            v.remove(b"/tmp/x").unwrap();
        }
        assert_eq!(v.nodes.len(), 50_001, "freed nodes are reused");
    }

    #[test]
    fn tmp_entries_are_capped() {
        let mut v = vfs(&[], 1000);
        for i in 0..MAX_TMP_ENTRIES {
            let fd = v.open(format!("/tmp/{i}").as_bytes(), WRITE | CREATE).unwrap();
            v.close(fd).unwrap();
        }
        assert_eq!(v.open(b"/tmp/one-more", WRITE | CREATE), Err(Errno::NoSpc));
        assert_eq!(v.mkdir(b"/tmp/one-more"), Err(Errno::NoSpc));
        v.remove(b"/tmp/0").unwrap();
        v.mkdir(b"/tmp/one-more").unwrap();
    }

    #[test]
    fn changed_files_are_those_of_this_run() {
        let mut v = sample();
        v.begin_run();
        assert!(v.changed_files().is_empty());
        let fd = v.open(b"/tmp/new", WRITE | CREATE).unwrap();
        v.write(fd, b"n").unwrap();
        v.close(fd).unwrap();
        let fd = v.open(b"/tmp/seed.txt", READ | WRITE).unwrap();
        v.close(fd).unwrap();
        let fd = v.open(b"/tmp/gone", WRITE | CREATE).unwrap();
        v.close(fd).unwrap();
        v.remove(b"/tmp/gone").unwrap();
        let changed = v.changed_files();
        assert_eq!(changed.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["/tmp/new"]);
        v.begin_run();
        v.rename(b"/tmp/seed.txt", b"/tmp/renamed").unwrap();
        assert_eq!(v.changed_files(), [("/tmp/renamed".to_string(), b"seed".to_vec())]);
        v.begin_run();
        let fd = v.open(b"/tmp/new", WRITE | TRUNC).unwrap();
        v.close(fd).unwrap();
        assert_eq!(v.changed_files(), [("/tmp/new".to_string(), vec![])]);
    }

    #[test]
    fn read_file_resolves_from_root() {
        let v = sample();
        assert_eq!(v.read_file("data/../mod.py").unwrap(), b"X = 1\n");
        assert_eq!(v.read_file("/data"), None);
        assert_eq!(v.read_file("/mod.py/"), None);
        assert_eq!(v.read_file("/missing"), None);
        assert_eq!(v.read_file(""), None);
        assert_eq!(v.read_file("/mod.py\0"), None);
    }

    #[test]
    fn listing_encoding_and_fuel() {
        let l = [DirEntry { name: "a".into(), dir: true }, DirEntry { name: "bc".into(), dir: false }];
        assert_eq!(encode_listing(&l), b"da\0fbc\0");
        assert_eq!(fuel_cost(0), FUEL_PER_CALL);
        assert_eq!(fuel_cost(1 << 20), FUEL_PER_CALL + (1 << 18));
    }

    /// Checks what must hold after any sequence of operations: the quota and entry counts match
    /// the tree, every entry's parent is a directory, nodes and handles agree. (The current
    /// directory may be gone: as in POSIX, rmdir and rename may take it away.)
    fn check_invariants(v: &Vfs) {
        let tmp_bytes: u64 = v.nodes.iter().flatten().filter(|n| n.tmp).map(|n| n.data.len() as u64).sum();
        assert_eq!(v.used, tmp_bytes, "used counts the bytes of /tmp's files, open removed ones included");
        assert!(v.used <= v.quota.max(10), "quota exceeded: {} > {}", v.used, v.quota);
        assert_eq!(v.tmp_entries, v.entries.keys().filter(|k| inside(k, TMP)).count());
        assert!(v.tmp_entries <= MAX_TMP_ENTRIES);
        for (path, entry) in &v.entries {
            assert_eq!(v.lookup(parent(path)), Some(Entry::Dir), "{path}'s parent is a directory");
            if let Entry::File(id) = entry {
                assert!(v.nodes[*id as usize].as_ref().is_some_and(|n| n.linked), "{path} names a live node");
            }
        }
        let linked = v.entries.values().filter(|e| matches!(e, Entry::File(_))).count();
        assert_eq!(v.nodes.iter().flatten().filter(|n| n.linked).count(), linked, "one path per linked node");
        for (id, node) in v.nodes.iter().enumerate() {
            let Some(node) = node else { continue };
            let opens = v.handles.iter().flatten().filter(|h| h.node as usize == id).count();
            assert_eq!(node.opens as usize, opens, "node {id}'s open count");
            assert!(node.linked || node.opens > 0, "an unlinked node without handles is freed");
        }
        assert!(v.handles.len() <= MAX_OPEN);
    }

    /// Property test: random operations (a seeded xorshift, no dependency) on a few paths keep the
    /// invariants, whatever succeeds or fails. The in-sandbox fuzzer (tests/fuzz/vfs.js) checks
    /// the results against a model; this checks the accounting, fast, natively.
    #[test]
    fn random_operations_keep_the_invariants() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        const PATHS: [&str; 12] = ["/tmp/a", "/tmp/b", "/tmp/a/b", "/tmp/a/c", "a", "b/..", "/tmp/b/", "/ro/f", "/tmp", "..", "/tmp/a/b/c", "c"];
        const FLAGS: [u32; 6] = [READ, WRITE | CREATE | TRUNC, WRITE | CREATE | APPEND, WRITE | CREATE | EXCL, READ | WRITE, READ | WRITE | CREATE];
        for _ in 0..400 {
            let quota = [0, 16, 100, 1000][next(4)];
            let mut v = vfs(&[("/ro/f", "hello"), ("/tmp/seed", "0123456789")], quota.max(10));
            let mut fds: Vec<i32> = Vec::new();
            for _ in 0..200 {
                let p = PATHS[next(PATHS.len())].as_bytes();
                let fd = if fds.is_empty() || next(4) == 0 { next(6) as i32 - 1 } else { fds[next(fds.len())] };
                match next(12) {
                    0 => fds.extend(v.open(p, FLAGS[next(FLAGS.len())]).ok()),
                    1 => {
                        let _ = v.write(fd, &vec![b'x'; [0, 1, 7, 50, 300][next(5)]]);
                    }
                    2 => {
                        let _ = v.read(fd, next(40) as u32);
                    }
                    3 => {
                        let _ = v.seek(fd, next(200) as i32 - 50, next(3) as i32);
                    }
                    4 => {
                        if v.close(fd).is_ok() {
                            fds.retain(|&f| f != fd);
                        }
                    }
                    5 => {
                        let _ = v.mkdir(p);
                    }
                    6 => {
                        let _ = v.rmdir(p);
                    }
                    7 => {
                        let _ = v.remove(p);
                    }
                    8 => {
                        let _ = v.rename(p, PATHS[next(PATHS.len())].as_bytes());
                    }
                    9 => {
                        let _ = v.chdir(p);
                    }
                    10 => {
                        if let (Ok(st), Some(data)) = (v.stat(p), v.read_file(std::str::from_utf8(p).unwrap())) {
                            assert_eq!(st.size, data.len() as u64, "stat and read_file agree");
                        }
                        let _ = v.list(p);
                    }
                    _ => {
                        if next(8) == 0 {
                            v.reset_session();
                            fds.clear();
                        }
                    }
                }
                check_invariants(&v);
            }
        }
    }
}
