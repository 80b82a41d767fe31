# encode/decode with utf-8, ascii, latin-1, utf-16/32 and the error handlers.
s = "héllo €😀"
print(s.encode(), s.encode("utf-8"), s.encode("utf-16-le"), len(s.encode("utf-32")))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("latin-1", "replace"), "é".encode("latin1"), b"h\xc3\xa9".decode(), b"h\xe9".decode("latin-1"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"), repr(b"a\xffb".decode("utf-8", "surrogateescape")))
print(s.encode("utf-16").decode("utf-16"), s.encode("utf-32-be").decode("utf-32-be"), str(b"abc", "ascii"), str(b"\xe2\x82\xac", encoding="utf-8"))
for bad in (lambda: s.encode("ascii"), lambda: b"a\xff".decode(), lambda: b"\xe2\x82".decode(), lambda: b"\x80".decode("ascii"), lambda: s.encode("nope"), lambda: "ab\u20ac\u20ac".encode("latin-1")):
    try:
        bad()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
