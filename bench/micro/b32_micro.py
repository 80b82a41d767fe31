# Base32 micro (bench/NOTES.md 2026-12-05 h17-native): b32encode/b32decode of 256 KiB and of 2000
# small inputs, b32hexencode, casefold+map01; R repetitions (argv[1]), ms per call.
import base64, sys, time
R = int(sys.argv[1]) if len(sys.argv) > 1 else 3
big = bytes(range(256)) * 1024  # 256 KiB
small = [bytes([i % 256]) * (i % 23) for i in range(2000)]
enc_big = base64.b32encode(big); enc_small = [base64.b32encode(s) for s in small]
def t(name, f):
    t0 = time.process_time()
    for _ in range(R): f()
    print(f"{name:26s} {(time.process_time()-t0)/R*1000:8.2f} ms")
t("b32encode 256K", lambda: base64.b32encode(big))
t("b32decode 256K", lambda: base64.b32decode(enc_big))
t("b32encode 2000 small", lambda: [base64.b32encode(s) for s in small])
t("b32decode 2000 small", lambda: [base64.b32decode(s) for s in enc_small])
t("b32hexencode 256K", lambda: base64.b32hexencode(big))
t("b32decode casefold map01", lambda: base64.b32decode(enc_big.lower(), casefold=True, map01=b'L'))
