//! Per-sandbox limits and how they translate into the guest's memory layout.

use crate::Error;

/// WebAssembly page size.
pub const PAGE: u32 = 65536;

/// Memory kept outside the GC heap for libc's malloc (LLVM's setjmp/longjmp lowering mallocs per
/// call of a function that sets up an exception handler, and the input buffer lives there too).
pub const MALLOC_HEADROOM: u32 = 1 << 20;

/// Smallest GC heap worth starting an interpreter with.
pub const MIN_HEAP: u32 = 256 << 10;

/// Limits of one sandbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Cap on the sandbox's whole linear memory (stack, static data, GC heap, malloc).
    pub memory_bytes: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { memory_bytes: 64 << 20 }
    }
}

impl Limits {
    /// Maximum memory in pages (the memory cap rounded down to whole pages).
    pub fn max_pages(&self) -> u32 {
        self.memory_bytes / PAGE
    }

    /// GC heap size for a guest whose static image (stack + data) needs `static_pages`: whatever
    /// the cap leaves after the static image and malloc headroom.
    pub fn heap_bytes(&self, static_pages: u32) -> Result<u32, Error> {
        let fixed = static_pages as u64 * PAGE as u64 + MALLOC_HEADROOM as u64;
        let cap = self.max_pages() as u64 * PAGE as u64;
        let min = fixed + MIN_HEAP as u64;
        if cap < min {
            return Err(Error::InvalidOption {
                name: "memoryBytes",
                reason: format!("must be at least {min} bytes for this guest, got {}", self.memory_bytes),
            });
        }
        // Round down to 16 bytes (MicroPython's GC block size).
        Ok(((cap - fixed) as u32) & !15)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heap_is_what_the_cap_leaves() {
        let l = Limits { memory_bytes: 8 << 20 };
        assert_eq!(l.heap_bytes(5).unwrap(), (8 << 20) - 5 * PAGE - MALLOC_HEADROOM);
    }

    #[test]
    fn cap_rounds_down_to_pages() {
        let l = Limits { memory_bytes: (4 << 20) + 100 };
        assert_eq!(l.max_pages(), 64);
    }

    #[test]
    fn too_small_cap_is_an_option_error() {
        let l = Limits { memory_bytes: 1 << 20 };
        let e = l.heap_bytes(5).unwrap_err();
        assert!(matches!(e, Error::InvalidOption { name: "memoryBytes", .. }), "{e}");
        assert!(e.to_string().contains("at least"));
    }
}
