// HAL for the sandbox guest: output goes through our buffered fd_write, there
// is no stdin, time comes from the host's clock_time_get.
#ifndef MPSB_MPHALPORT_H
#define MPSB_MPHALPORT_H

#include <stddef.h>
#include <stdint.h>

// There is no stdin: reading it is end-of-file.
#define mp_hal_stdin_rx_chr() (4)
// input() sees end-of-file at once and raises EOFError.
#define mp_hal_readline(line, prompt) (4)

static inline void mp_hal_set_interrupt_char(int c) {
    (void)c;
}

void mpsb_write(int fd, const char *str, size_t len);
void mpsb_flush(void);
void mpsb_flush_if_idle(void);
uint64_t mpsb_clock_ns(int realtime);

static inline unsigned int mp_hal_ticks_ms(void) {
    return (unsigned int)(mpsb_clock_ns(0) / 1000000u);
}
static inline unsigned int mp_hal_ticks_us(void) {
    return (unsigned int)(mpsb_clock_ns(0) / 1000u);
}
static inline unsigned int mp_hal_ticks_cpu(void) {
    return (unsigned int)mpsb_clock_ns(0);
}
static inline uint64_t mp_hal_time_ns(void) {
    return mpsb_clock_ns(1);
}
void mp_hal_delay_ms(unsigned int ms);
void mp_hal_delay_us(unsigned int us);

#endif
