//! Errors for misuse of the API or a broken environment. Anything the *guest* does (exceptions,
//! limit hits, traps) is an [`crate::Outcome`], never one of these.

/// Why an API call could not be carried out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// An option is out of range or of the wrong type (JS: `RangeError`/`TypeError`).
    #[error("invalid option {name}: {reason}")]
    InvalidOption { name: &'static str, reason: String },
    /// The guest wasm could not be compiled or is not a micropython-sandbox guest.
    #[error("guest module rejected: {0}")]
    BadGuest(String),
    /// The guest could not be instantiated or started (e.g. memory cap below its minimum).
    #[error("cannot start the interpreter: {0}")]
    Start(String),
    /// The call does not fit the sandbox's state (e.g. resuming when no run is pending).
    #[error("{0}")]
    State(&'static str),
}
