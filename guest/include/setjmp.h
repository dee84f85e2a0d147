// setjmp.h for the sandbox guest: the 2022 wasi-libc has none. Calls to
// setjmp/longjmp are rewritten by LLVM (-mllvm -wasm-enable-sjlj) into calls
// to the runtime in sjlj.c, which uses WebAssembly exception handling.
#ifndef MPSB_SETJMP_H
#define MPSB_SETJMP_H

// Word 0 holds the setjmp id (read by LLVM's generated code); word 1 is spare.
typedef unsigned long jmp_buf[2];

int setjmp(jmp_buf env) __attribute__((returns_twice));
_Noreturn void longjmp(jmp_buf env, int val);

#endif
