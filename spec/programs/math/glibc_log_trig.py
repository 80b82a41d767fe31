# glibc 2.36's last digits (h19-libm): arguments where glibc's log, log2, log10, log1p, tan,
# atan, atan2, asin, acos, asinh, acosh, atanh and hypot (complex abs) are not correctly rounded;
# CPython prints glibc's results (another libc gives other digits). From spec/unit/libm_corpus.json.
import cmath
import math

H = float.fromhex

for x in ['0x1.0209b544a0c01p+0', '0x1.c9be5b706db94p-1', '0x1.e4215f18018f2p-1', '0x1.1fcfb861262aap+0', '0x1.0f5e4106e0fb4p+0', '0x1.18a39bff2b246p+0', '0x1.10c585de2cc58p+0', '0x1.21a944fb501d5p+0']:
    print('log', x, repr(math.log(H(x))))
for x in ['0x1.e0784c2e06f22p-1', '0x1.2090df08e3534p+0', '0x1.022886f65e6b4p+0', '0x1.0a30108dc6475p+0', '0x1.0c2d79215e1acp+0', '0x1.3850179161bd6p+0', '0x1.0cd6fb7e976dfp+0', '0x1.0839b63bfec5cp+0']:
    print('log2', x, repr(math.log2(H(x))))
for x in ['0x1.e69474dfb6d99p-1', '0x1.0e97247fb1a84p+0', '0x1.cc5ac13fa11dcp+0', '0x1.0bd8ccf694e94p+0', '0x1.b7a555d0761bcp+0', '0x1.0ec225402916cp+0', '0x1.bab6076d8ff6fp+0', '0x1.cd30f049476c4p+0']:
    print('log10', x, repr(math.log10(H(x))))
for x in ['0x1.d2bf51e6d35e4p+0', '0x1.ceb4c24914218p+1', '0x1.59e31f39671e4p-1', '0x1.5907a0afd4ad3p-2', '0x1.970d0001d5fcfp-2', '-0x1.32d93f342995bp-2', '-0x1.33e75f22166f8p-2', '-0x1.ee025c65ee4a0p-4']:
    print('log1p', x, repr(math.log1p(H(x))))
for x in ['0x1.2a15d952504fcp+195', '0x1.7c340939c00fcp+0', '0x1.1143d284730e4p+20', '0x1.6ae04f884d8a0p+1', '-0x1.1b90685e5c698p+0', '0x1.d1b6d2ac47500p+12', '0x1.cbf1eca8a1fe9p+23', '-0x1.6043c0c932d48p+1']:
    print('tan', x, repr(math.tan(H(x))))
for x in ['0x1.7b1c553e671a0p-2', '-0x0.0p+0', '0x1.e90dc40d4a08cp-2', '0x1.c0cff6fbb71f0p-4', '0x1.c651c32c84cf8p-2', '-0x1.351500f8d41dep-1', '-0x1.0a172bf95eca8p+1', '0x1.229c0ca8c9500p-4']:
    print('atan', x, repr(math.atan(H(x))))
for x in ['-0x1.37e0b8b12f8eep-1', '-0x1.238721dba0467p-1', '-0x1.7684bf4588b00p-1', '-0x1.dae45c9c51cf9p-3', '0x1.317823bd7e1d0p-1', '0x1.b7a663ee63c40p-2', '0x1.f2c2bf89b77e0p-1', '0x1.2bf232cca388cp-2']:
    print('asin', x, repr(math.asin(H(x))))
for x in ['0x1.58db8da54de24p-1', '0x1.f35cebe785965p-1', '0x1.73ec9a791a7b8p-1', '0x1.f746b79c09b01p-1', '-0x1.d483311b6b8bcp-1', '0x1.f45d3a79c6e99p-1', '0x1.4224ac10415acp-1', '0x1.f4ff7cbd2a4c8p-1']:
    print('acos', x, repr(math.acos(H(x))))
for x in ['-0x1.a5227e8056f31p-4', '-0x1.b6654eff5ec70p+38', '0x1.65233676bf6f4p-4', '-0x1.12e18e2545987p+31', '-0x1.704abf5edf046p-6', '-0x1.f867146337f3cp+1001', '0x1.6d4d4ca546baap-19', '-0x1.42a8617d453fcp+1']:
    print('asinh', x, repr(math.asinh(H(x))))
for x in ['0x1.0000000000001p+0', '0x1.000000ec7b755p+0', '0x1.c540540c5dbfbp+4', '0x1.0000000000001p+0', '0x1.00000039433cep+0', '0x1.0000000001b67p+0', '0x1.000000000042dp+0', '0x1.5e1dfa9738431p+773']:
    print('acosh', x, repr(math.acosh(H(x))))
for x in ['-0x1.04f3669f6a3aep-1', '-0x1.d50800f6e3dacp-2', '-0x1.fb1792d8475f0p-2', '-0x1.5c6f80b683e8bp-14', '0x1.394d3a7ca9c00p-7', '0x1.a9cefe753ca60p-3', '0x1.7c5f4bc77f260p-3', '0x1.e3d3febb67380p-5']:
    print('atanh', x, repr(math.atanh(H(x))))
for a, b in [['-0x1.355e1c335b6f0p-1', '0x1.b4716bd6ac770p+2'], ['0x1.f5c75d7a1ae48p+0', '0x1.717d61b8a7044p+2'], ['-0x1.fa2e085a35ea0p-2', '0x1.152ba42e09d18p+1'], ['0x1.f7f8190586576p+21', '-0x1.532f96457d3d6p+19'], ['0x1.398d76f5e20eap+3', '0x1.2a0b61195caecp+3'], ['0x1.f8beb1c8077acp+2', '0x1.bb01d97f4a78cp+2'], ['0x1.29b99a0f779a4p-2', '0x1.3995e17321994p-2'], ['0x1.9f59390f4571cp-1', '0x1.7e9ee82088192p-1']]:
    print('atan2', a, b, repr(math.atan2(H(a), H(b))))
for a, b in [['-0x1.b40e89c5cbd38p+1', '0x1.003cc57f557f6p+2'], ['0x1.8fd1741ee2187p-4', '0x1.6b9cdec188ab0p-4'], ['-0x1.67dbc4a9a8740p-1', '-0x1.4e3f95388f2fcp+1'], ['-0x1.18c9ceddc030dp+3', '-0x1.eb8c995cc9ba7p+2'], ['0x1.f36e154d6436bp-1', '0x1.e50f759a88032p-1'], ['-0x1.0566530cb6cd1p-1', '-0x1.fa3c0117adb58p-2'], ['-0x1.330ecf86994bbp+3', '-0x1.94ff0a6c28c08p+2'], ['0x1.1e0aff21b54fcp+3', '0x1.1aec8af3642bap+3']]:
    print('hypot', a, b, repr(abs(complex(H(a), H(b)))))
for a, b in [['-0x1.b40e89c5cbd38p+1', '0x1.003cc57f557f6p+2'], ['0x1.8fd1741ee2187p-4', '0x1.6b9cdec188ab0p-4'], ['-0x1.67dbc4a9a8740p-1', '-0x1.4e3f95388f2fcp+1'], ['-0x1.18c9ceddc030dp+3', '-0x1.eb8c995cc9ba7p+2']]:
    z = complex(H(a), H(b))
    print('cmath', a, b, cmath.polar(z), cmath.phase(z), cmath.log(z), cmath.sqrt(z), cmath.acos(z / 8))
