// Host functions and their promises (hostcall.c), as main.c's driver sees them.
#ifndef MPSB_HOSTCALL_H
#define MPSB_HOSTCALL_H

#include "py/obj.h"

void mpsb_host_module_init(void);
// Defines the host's functions from NUL-separated names (their index is their position).
void mpsb_host_define(const char *names, size_t len);
bool mpsb_is_pending_promise(mp_obj_t obj);
uint32_t mpsb_promise_id(mp_obj_t promise);
// Settles a pending promise with a reply from the host (a value or an error).
void mpsb_promise_settle(mp_obj_t promise, const byte *reply, size_t len);

#endif
