#ifndef ENTENTE_CSHA256_H
#define ENTENTE_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256's compression function on the x86 SHA extensions (SHA-NI), for
/// `ContentHash`, which pads the message and formats the digest itself.
/// Swift cannot reach these instructions; in Swift the same work costs
/// about 55 instructions a byte, a tenth of storing an article and as much
/// on the thread that reads and extracts while `entente ingest` writes.

/// The 64 round constants, for the Swift rounds used without the
/// extensions: one table for both.
const uint32_t *entente_sha256_round_constants(void);

/// Whether this processor has the SHA extensions (and SSSE3 and SSE4.1,
/// which the code also uses). Always 0 on other architectures.
int entente_sha256_hardware_available(void);

/// Mixes `blocks` consecutive 64-byte blocks at `data` into `state` (the
/// eight working words, a to h). Only when the hardware is available.
void entente_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
