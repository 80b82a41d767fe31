# str.split of texts longer than one scan chunk (4096 units, vm/objects/str_split.ts): words and
# runs of whitespace that cross a chunk's edge, maxsplit reached in a later chunk, one-character
# separators at and around the edges, leading and trailing separators.
import hashlib

def show(name, parts):
    h = hashlib.sha1("\x00".join(parts).encode('utf-8', 'surrogatepass')).hexdigest()[:12]
    print(name, len(parts), parts[:2], parts[-2:], h)

for at in (4090, 4095, 4096, 4097, 8191, 8192):
    t = "a" * at + " " + "b" * 10 + "\t\n" + "c" * 5000
    show("ws%d" % at, t.split())
    show("word-across%d" % at, ("x" * (at - 3) + " " + "y" * 20 + " z").split())
    show("spaces-across%d" % at, ("w " + " " * at + "v" + " " * 9000 + "u").split())
    show("sep%d" % at, ("q" * at + "," + "r" * 4100 + ",,s").split(","))
    show("sep-max%d" % at, ("," * (at + 5)).split(",", at))
    show("ws-max%d" % at, ("ab " * 5000).split(None, at))
text = " ".join(str(i) for i in range(20000))
show("numbers", text.split())
show("numbers-sep", text.split(" "))
show("max-late", text.split(None, 15000))
show("max-zero", text.split(None, 0))
show("lead-trail", ("  " + text + "  \n").split())
show("only-spaces", (" " * 10000).split())
show("empty-pieces", ("," * 10000).split(","))
show("unicode-spaces", ("p\u3000q\u2028r\x85s\xa0t " * 2000).split())
show("surrogates", ("\ud800x \udfff " * 3000).split())
show("rsplit", text.rsplit(None, 3))
show("rsplit-sep", text.rsplit(" ", 3))
show("splitlines", ("l1\nl2\r\nl3" * 3000).splitlines())
print(text.split()[4096], text.split(" ")[-1], len("".split()), "".split(","))
