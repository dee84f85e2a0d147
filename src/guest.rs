//! Loading the MicroPython guest: compiled once per process, shared by every sandbox.

use crate::limits::PAGE;
use crate::Error;
use wasmer::{ExternType, Module};

/// Exports every guest must have (see docs/architecture.md).
const REQUIRED_EXPORTS: [&str; 3] = ["mp_sandbox_init", "mp_sandbox_input", "mp_sandbox_exec"];

/// The compiled guest. Cheap to clone; instantiate it with [`crate::Sandbox::new`].
#[derive(Clone)]
pub struct Guest {
    pub(crate) module: Module,
    /// Pages the guest's static image (shadow stack + data) needs: its declared memory minimum.
    pub(crate) static_pages: u32,
}

impl Guest {
    /// Compiles guest bytes synchronously. Browsers refuse large synchronous compiles on their
    /// main thread and Cloudflare Workers refuse compiling from bytes at all: there, compile in JS
    /// and use [`Guest::from_compiled`].
    pub fn new(bytes: &[u8]) -> Result<Guest, Error> {
        let module = Module::new(&wasmer::Engine::default(), bytes).map_err(|e| Error::BadGuest(e.to_string()))?;
        Guest::checked(module)
    }

    /// Wraps a module compiled by the JS side. `bytes` only supply the import/export types
    /// (wasmer's JS backend cannot read them from a `WebAssembly.Module`): the module's own bytes or
    /// its types stub (`scripts/wasm-types-stub.mjs`) serve equally.
    pub fn from_compiled(module: js_sys::WebAssembly::Module, bytes: &[u8]) -> Result<Guest, Error> {
        Guest::checked(Module::from((module, bytes.to_vec())))
    }

    fn checked(module: Module) -> Result<Guest, Error> {
        let static_pages = module
            .imports()
            .find_map(|i| match (i.module(), i.name(), i.ty()) {
                ("env", "memory", ExternType::Memory(m)) => Some(m.minimum.0),
                _ => None,
            })
            .ok_or_else(|| Error::BadGuest("it does not import env.memory".into()))?;
        for name in REQUIRED_EXPORTS {
            if !module.exports().any(|e| e.name() == name) {
                return Err(Error::BadGuest(format!("it does not export {name}")));
            }
        }
        Ok(Guest { module, static_pages })
    }

    /// Bytes of memory the guest needs before any heap: its shadow stack and static data.
    pub fn static_bytes(&self) -> u32 {
        self.static_pages * PAGE
    }
}
