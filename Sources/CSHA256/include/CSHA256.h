#ifndef ENTENTE_CSHA256_H
#define ENTENTE_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256 (FIPS 180-4) of `length` bytes at `data`, into `digest`. With
/// `hardware` (only where `entente_sha256_hardware_available()`), the
/// blocks go through the x86 SHA extensions, which Swift cannot reach;
/// otherwise through portable C.
void entente_sha256(const uint8_t *data, size_t length, int hardware, uint8_t digest[32]);

/// Whether this processor has the SHA extensions (and SSSE3 and SSE4.1,
/// which the code also uses). Always 0 on other architectures.
int entente_sha256_hardware_available(void);

#endif
