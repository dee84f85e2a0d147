//! What a run did: output, and the error that stopped it, if any. Decoding the guest's result
//! record lives here too (see docs/architecture.md, "Guest ABI").

use crate::limits::{Limits, Stop};
use std::fmt;

/// Why a run did not finish normally. The names are the `error.kind` strings of the JS API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// An uncaught Python exception.
    Python,
    /// The memory cap was reached (an uncaught `MemoryError`, or input too large for the sandbox).
    Memory,
    /// The wall-clock limit passed.
    Timeout,
    /// The fuel budget ran out.
    Fuel,
    /// Output passed its limit with `outputLimit: "error"`.
    Output,
    /// The guest trapped; its instance is gone.
    Crash,
    /// The caller cancelled the run.
    Aborted,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Python => "python",
            ErrorKind::Memory => "memory",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Fuel => "fuel",
            ErrorKind::Output => "output",
            ErrorKind::Crash => "crash",
            ErrorKind::Aborted => "aborted",
        }
    }
}

/// The error that ended a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunError {
    pub kind: ErrorKind,
    /// Python exception class, e.g. `ZeroDivisionError`.
    pub type_name: Option<String>,
    pub message: String,
    /// The traceback as MicroPython printed it (also in stderr).
    pub traceback: Option<String>,
    /// The type, message or traceback was longer than the output cap and was cut ([`capped_text`]).
    pub truncated: bool,
}

/// What ends a text cut at the output cap.
pub const TRUNCATION_MARK: &str = "… [truncated]";

/// `bytes` (the first `cap` of a text `full_len` long) as a string: whole when it fits, else cut
/// at the last whole character and marked with [`TRUNCATION_MARK`]. Returns whether it was cut.
pub fn capped_text(bytes: &[u8], full_len: usize, cap: usize) -> (String, bool) {
    if full_len <= cap {
        return (String::from_utf8_lossy(bytes).into_owned(), false);
    }
    let kept = &bytes[..crate::limits::char_boundary(&bytes[..cap.min(bytes.len())])];
    (String::from_utf8_lossy(kept).into_owned() + TRUNCATION_MARK, true)
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.kind.as_str())?;
        match &self.type_name {
            Some(t) if self.message.is_empty() => write!(f, "{t}"),
            Some(t) => write!(f, "{t}: {}", self.message),
            None => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for RunError {}

impl RunError {
    /// An error with no Python exception behind it.
    pub fn new(kind: ErrorKind, message: String) -> RunError {
        RunError { kind, type_name: None, message, traceback: None, truncated: false }
    }

    /// The error for a run the host stopped.
    pub fn stopped(stop: Stop, limits: &Limits) -> RunError {
        let (kind, message) = match stop {
            Stop::Fuel => (ErrorKind::Fuel, format!("fuel exhausted (budget {} units)", limits.fuel)),
            Stop::Timeout => (ErrorKind::Timeout, format!("timed out after {} ms", limits.timeout_ms)),
            Stop::Output => (ErrorKind::Output, format!("output exceeded {} bytes", limits.max_output_bytes)),
            Stop::Aborted => (ErrorKind::Aborted, "the run was aborted by the caller".to_string()),
        };
        RunError::new(kind, message)
    }
}

/// Everything one run produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub error: Option<RunError>,
    /// Set when the program raised `SystemExit`.
    pub exit_code: Option<i32>,
    /// stdout/stderr lost bytes to the output cap.
    pub stdout_truncated: bool,
    pub stderr_truncated: bool,
    /// The interpreter was lost (trap); the sandbox starts a fresh one on the next run.
    pub session_lost: bool,
    pub stats: Stats,
    /// Files under /tmp the run created or changed (and did not remove): (path, contents), sorted
    /// by path.
    pub files: Vec<(String, Vec<u8>)>,
}

/// What a run used.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Stats {
    pub duration_ms: f64,
    pub fuel_used: u64,
    /// The sandbox's linear memory after the run: its peak, as it never shrinks.
    pub memory_bytes: u64,
}

impl Outcome {
    pub fn ok(&self) -> bool {
        self.error.is_none()
    }
}

/// The guest's 8×u32 result record, as returned by `mp_sandbox_exec`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    pub status: u32,
    pub exit_code: i32,
    pub type_name: Span,
    pub message: Span,
    pub traceback: Span,
}

/// A `(ptr, len)` pair pointing into guest memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub ptr: u32,
    pub len: u32,
}

pub const RECORD_BYTES: usize = 32;
pub const STATUS_OK: u32 = 0;
pub const STATUS_EXCEPTION: u32 = 1;
pub const STATUS_SYSTEM_EXIT: u32 = 2;
/// A VM abort landed: the host asked the run to stop.
pub const STATUS_ABORTED: u32 = 3;
/// The program awaits a host promise; the record's second word is its id (`mp_sandbox_resume`).
pub const STATUS_PENDING: u32 = 4;

impl Record {
    pub fn decode(b: &[u8; RECORD_BYTES]) -> Record {
        let w = |i: usize| u32::from_le_bytes(b[i * 4..i * 4 + 4].try_into().unwrap());
        let span = |i: usize| Span { ptr: w(i), len: w(i + 1) };
        Record {
            status: w(0),
            exit_code: w(1) as i32,
            type_name: span(2),
            message: span(4),
            traceback: span(6),
        }
    }

    /// The run's error, given the record's strings already read out of guest memory (`truncated`:
    /// one of them was cut at the output cap).
    pub fn error(&self, type_name: String, message: String, traceback: String, truncated: bool) -> Result<Option<RunError>, String> {
        match self.status {
            STATUS_OK => Ok(None),
            STATUS_SYSTEM_EXIT if self.exit_code == 0 => Ok(None),
            STATUS_EXCEPTION | STATUS_SYSTEM_EXIT => {
                let kind = if type_name == "MemoryError" { ErrorKind::Memory } else { ErrorKind::Python };
                Ok(Some(RunError {
                    kind,
                    type_name: Some(type_name),
                    message,
                    traceback: (!traceback.is_empty()).then_some(traceback),
                    truncated,
                }))
            }
            STATUS_ABORTED => Err("the guest aborted but no stop was requested".into()),
            s => Err(format!("guest returned unknown status {s}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(words: [u32; 8]) -> Record {
        let mut b = [0u8; RECORD_BYTES];
        for (i, w) in words.iter().enumerate() {
            b[i * 4..i * 4 + 4].copy_from_slice(&w.to_le_bytes());
        }
        Record::decode(&b)
    }

    #[test]
    fn decodes_little_endian_words() {
        let r = record([1, 0, 100, 17, 200, 14, 300, 90]);
        assert_eq!(r.status, 1);
        assert_eq!(r.type_name, Span { ptr: 100, len: 17 });
        assert_eq!(r.message, Span { ptr: 200, len: 14 });
        assert_eq!(r.traceback, Span { ptr: 300, len: 90 });
    }

    #[test]
    fn negative_exit_codes_survive() {
        assert_eq!(record([2, (-3i32) as u32, 0, 0, 0, 0, 0, 0]).exit_code, -3);
    }

    #[test]
    fn memory_error_has_its_own_kind() {
        let r = record([1, 0, 0, 0, 0, 0, 0, 0]);
        let e = r.error("MemoryError".into(), "memory allocation failed".into(), "tb".into(), false).unwrap().unwrap();
        assert_eq!(e.kind, ErrorKind::Memory);
        let e = r.error("ValueError".into(), "".into(), "".into(), false).unwrap().unwrap();
        assert_eq!((e.kind, e.traceback), (ErrorKind::Python, None));
    }

    #[test]
    fn clean_system_exit_is_ok() {
        assert_eq!(record([2, 0, 0, 0, 0, 0, 0, 0]).error("SystemExit".into(), "".into(), "".into(), false), Ok(None));
        let e = record([2, 3, 0, 0, 0, 0, 0, 0]).error("SystemExit".into(), "3".into(), "".into(), false).unwrap().unwrap();
        assert_eq!(e.to_string(), "python: SystemExit: 3");
    }

    #[test]
    fn capped_text_cuts_at_a_character_and_marks_it() {
        let s = "ab€cd".as_bytes(); // the € is bytes 2..5
        assert_eq!(capped_text(s, s.len(), 100), ("ab€cd".to_string(), false));
        assert_eq!(capped_text(s, s.len(), s.len()), ("ab€cd".to_string(), false));
        assert_eq!(capped_text(&s[..4], s.len(), 4), (format!("ab{TRUNCATION_MARK}"), true));
        assert_eq!(capped_text(&s[..5], s.len(), 5), (format!("ab€{TRUNCATION_MARK}"), true));
        assert_eq!(capped_text(b"", 10, 0), (TRUNCATION_MARK.to_string(), true));
    }

    #[test]
    fn unknown_status_is_reported() {
        assert!(record([9, 0, 0, 0, 0, 0, 0, 0]).error(String::new(), String::new(), String::new(), false).is_err());
    }
}

/// Explains an engine trap message (the JS backend gives only text, e.g. `"js: RangeError: ..."`).
pub fn describe_trap(raw: &str) -> String {
    let raw = raw.trim_start_matches("js: ");
    let why = if raw.contains("Maximum call stack size exceeded") || raw.contains("too much recursion") {
        "the JavaScript engine's native stack overflowed"
    } else if raw.contains("unreachable") {
        "the interpreter hit an unreachable state"
    } else if raw.contains("out of bounds") {
        "the interpreter accessed memory out of bounds"
    } else {
        "the interpreter trapped"
    };
    format!("{why} ({raw}); the session was reset")
}

#[cfg(test)]
mod trap_tests {
    use super::describe_trap;

    #[test]
    fn names_known_traps() {
        assert!(describe_trap("js: RangeError: Maximum call stack size exceeded").starts_with("the JavaScript engine's native stack"));
        assert!(describe_trap("js: RuntimeError: unreachable").contains("(RuntimeError: unreachable)"));
        assert!(describe_trap("something").starts_with("the interpreter trapped"));
    }
}
