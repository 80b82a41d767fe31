# Where a syntax error at the end of the input is reported: 'eval' and 'single' sources get no
# newline appended (ENDMARKER has no column: offset 0), 'exec' sources do (the text ends with
# a newline); a NEWLINE token is empty and starts at a comment before it; an unclosed bracket
# has no end column and an earlier line's text loses its newline.
cases = ['1 +', '', '\n\n', '1 +\n', '1 +  ', '1 + # c', 'x=1\n1 +', '(1,\n2', 'x = (1 +', '(',
         'f(', '[1,', 'lambda x', 'lambda x 1', 'x = ', '1 2', '1 +\n\n', 'a b c\n', '\n1 +', '(1\n, 2',
         '(\n', ')', 'x)', '1 if 2', '1 if 2 else', 'not', 'a.', 'a[1', '{1:', 'x = 1;', 'import']
for mode in ('exec', 'eval'):
    for src in cases:
        try:
            compile(src, '<s>', mode)
            print(mode, repr(src), 'ok')
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ['1 +', '', '1 + # c', '\n1 +']:
    try:
        compile(src, '<s>', 'single')
    except SyntaxError as e:
        print('single', repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
try:
    eval('1 +')
except SyntaxError as e:
    print(e.args)
