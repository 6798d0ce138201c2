#include "CSHA256.h"

#include <string.h>

// SHA-256's round constants (FIPS 180-4, 4.2.2), for both implementations.
static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static const uint32_t initialState[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

static inline uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

// The portable compression function (FIPS 180-4, 6.2.2).
static void softwareBlocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    uint32_t w[64];
    for (; blocks > 0; blocks--, data += 64) {
        for (int i = 0; i < 16; i++) {
            w[i] = (uint32_t)data[4 * i] << 24 | (uint32_t)data[4 * i + 1] << 16
                | (uint32_t)data[4 * i + 2] << 8 | (uint32_t)data[4 * i + 3];
        }
        for (int i = 16; i < 64; i++) {
            uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; i++) {
            uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + (g ^ (e & (f ^ g))) + K[i] + w[i];
            uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (c & (a ^ b)));
            h = g; g = f; f = e; e = d + t1;
            d = c; c = b; b = a; a = t1 + t2;
        }
        state[0] += a; state[1] += b; state[2] += c; state[3] += d;
        state[4] += e; state[5] += f; state[6] += g; state[7] += h;
    }
}

static void hardwareBlocks(uint32_t state[8], const uint8_t *data, size_t blocks);

void entente_sha256(const uint8_t *data, size_t length, int hardware, uint8_t digest[32]) {
    void (*blocks)(uint32_t[8], const uint8_t *, size_t) = hardware ? hardwareBlocks : softwareBlocks;
    uint32_t state[8];
    memcpy(state, initialState, sizeof state);
    size_t full = length / 64;
    if (full > 0) blocks(state, data, full);
    // The rest, the 0x80 byte, zeros, and the length in bits: one block,
    // or two when the rest leaves no room for the length.
    uint8_t tail[128] = {0};
    size_t rest = length - full * 64;
    if (rest > 0) memcpy(tail, data + full * 64, rest);
    tail[rest] = 0x80;
    size_t tailBlocks = rest < 56 ? 1 : 2;
    uint64_t bits = (uint64_t)length * 8;
    for (int i = 0; i < 8; i++) tail[tailBlocks * 64 - 1 - i] = (uint8_t)(bits >> (8 * i));
    blocks(state, tail, tailBlocks);
    for (int i = 0; i < 8; i++) {
        digest[4 * i] = (uint8_t)(state[i] >> 24);
        digest[4 * i + 1] = (uint8_t)(state[i] >> 16);
        digest[4 * i + 2] = (uint8_t)(state[i] >> 8);
        digest[4 * i + 3] = (uint8_t)state[i];
    }
}

#if defined(__x86_64__) || defined(__i386__)

#include <cpuid.h>
#include <immintrin.h>

int entente_sha256_hardware_available(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    int ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    int sha = (b >> 29) & 1;
    return ssse3 && sse41 && sha;
}


// Four rounds: `cur` holds message words 4i..4i+3. Rounds 12 to 59 also
// finish the schedule of the words four rounds ahead (`next`, from `cur`
// and `prev`), and rounds 4 to 51 start that of the words eight ahead
// (`prev`, from `cur`), as Intel's reference code does.
#define QUAD(i, cur, prev, next, finish, start)                               \
    do {                                                                      \
        msg = _mm_add_epi32(cur, _mm_loadu_si128((const __m128i *)&K[4 * (i)])); \
        state1 = _mm_sha256rnds2_epu32(state1, state0, msg);                  \
        if (finish) {                                                         \
            __m128i tmp = _mm_alignr_epi8(cur, prev, 4);                      \
            next = _mm_sha256msg2_epu32(_mm_add_epi32(next, tmp), cur);       \
        }                                                                     \
        msg = _mm_shuffle_epi32(msg, 0x0E);                                   \
        state0 = _mm_sha256rnds2_epu32(state0, state1, msg);                  \
        if (start) prev = _mm_sha256msg1_epu32(prev, cur);                    \
    } while (0)

__attribute__((target("sha,ssse3,sse4.1")))
static void hardwareBlocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    // Big-endian words in, and the state as the instructions want it:
    // one register with a, b, e, f and one with c, d, g, h.
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[0]), 0xB1);  // c d a b
    __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[4]), 0x1B);  // e f g h
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);     // a b e f
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);          // c d g h
    __m128i msg;

    for (; blocks > 0; blocks--, data += 64) {
        const __m128i abefBefore = state0, cdghBefore = state1;
        __m128i m0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 0)), byteSwap);
        __m128i m1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16)), byteSwap);
        __m128i m2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 32)), byteSwap);
        __m128i m3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 48)), byteSwap);

        QUAD(0, m0, m3, m1, 0, 0);
        QUAD(1, m1, m0, m2, 0, 1);
        QUAD(2, m2, m1, m3, 0, 1);
        QUAD(3, m3, m2, m0, 1, 1);
        QUAD(4, m0, m3, m1, 1, 1);
        QUAD(5, m1, m0, m2, 1, 1);
        QUAD(6, m2, m1, m3, 1, 1);
        QUAD(7, m3, m2, m0, 1, 1);
        QUAD(8, m0, m3, m1, 1, 1);
        QUAD(9, m1, m0, m2, 1, 1);
        QUAD(10, m2, m1, m3, 1, 1);
        QUAD(11, m3, m2, m0, 1, 1);
        QUAD(12, m0, m3, m1, 1, 1);
        QUAD(13, m1, m0, m2, 1, 0);
        QUAD(14, m2, m1, m3, 1, 0);
        QUAD(15, m3, m2, m0, 0, 0);

        state0 = _mm_add_epi32(state0, abefBefore);
        state1 = _mm_add_epi32(state1, cdghBefore);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);                  // f e b a
    state1 = _mm_shuffle_epi32(state1, 0xB1);               // d c h g
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);            // d c b a
    state1 = _mm_alignr_epi8(state1, tmp, 8);               // h g f e
    _mm_storeu_si128((__m128i *)&state[0], state0);
    _mm_storeu_si128((__m128i *)&state[4], state1);
}

#else

int entente_sha256_hardware_available(void) { return 0; }

static void hardwareBlocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    softwareBlocks(state, data, blocks);
}

#endif
