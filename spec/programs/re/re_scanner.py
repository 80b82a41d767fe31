# re.Scanner: a lexicon of (pattern, action) pairs; actions are called with (scanner, token),
# None drops the token, scanning stops at the first position no pattern matches.
import re


def s_ident(scanner, token):
    return token


def s_float(scanner, token):
    return float(token)


def s_int(scanner, token):
    return int(token)


def s_op(scanner, token):
    return 'op%s' % token


scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_op),
    (r"\s+", None),
])
print(scanner.scan("sum = 3*foo + 312.50 + bar"))
print(scanner.scan("x = 1 ? y"))
grouped = re.Scanner([(r"(a)(b)?", lambda s, t: ('AB', t, s.match.group())), (r"(c)", 'C'), (r",", None)])
print(grouped.scan("ab,a,c,cab!"))
print(bool(scanner.scanner.scanner("").pattern))
