//! Run untrusted Python safely anywhere JavaScript runs.
//!
//! MicroPython is a nested *guest* WebAssembly module (built by `guest/build.sh`), instantiated
//! through wasmer's JS backend. A [`Guest`] is compiled once per process; cheap [`Sandbox`]es are
//! made from it, each with its own store, capped memory and captured output. What the guest did
//! comes back as an [`Outcome`]; only misuse of the API is an [`Error`].
//!
//! The pure parts (limits, the guest's result record, WASI argument decoding) build on any target
//! so `cargo test` checks them natively; everything that touches wasmer is wasm32-only.

pub mod error;
pub mod limits;
pub mod outcome;
pub mod vfs;
pub mod wasi;

#[cfg(target_arch = "wasm32")]
pub mod bridge;
#[cfg(target_arch = "wasm32")]
pub mod guest;
#[cfg(target_arch = "wasm32")]
mod js;
#[cfg(target_arch = "wasm32")]
pub mod sandbox;

pub use error::Error;
pub use limits::{Limits, OutputLimit, RunLimits};
pub use outcome::{ErrorKind, Outcome, RunError, Stats};
pub use vfs::Vfs;

#[cfg(target_arch = "wasm32")]
pub use guest::Guest;
#[cfg(target_arch = "wasm32")]
pub use sandbox::{RunOptions, Sandbox, Step};
