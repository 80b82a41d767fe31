# expandtabs with the default and explicit tab sizes, and line resets.
s = "a\tbc\tdef\tg\nx\ty\r\tz"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=3)))
