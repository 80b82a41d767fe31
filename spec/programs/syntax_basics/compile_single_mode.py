# compile(..., 'single'): expression statements print at any depth of the module's compound
# statements (not in a class or function body), and the source holds exactly one statement:
# "multiple statements found" after simple statements, "invalid syntax" after a compound one.
exec(compile("try:\n  len([1])\n  'in try'\nexcept:\n  False\n", "<s>", "single"))
exec(compile("if 1:\n  5\n  for i in range(2): i\n  while False: 0\n  with open(__file__) as f: 6\n", "<s>", "single"))
exec(compile("class C:\n  'not printed'\n  7\n", "<s>", "single"))
exec(compile("if 1:\n  def h():\n    8\n  h()\n", "<s>", "single"))
exec(compile("1; 2; None; 'x'\n", "<s>", "single"))
exec(compile("\n\n[i for i in (3, 4)]  # c\n  # d\n\n", "<s>", "single"))

for src in ["def h():\n  8\nh()\n", "x=1\ny=2\n", "x=1; y=2\n", "if 1:\n  pass\nx=1\n", "x = 1\n\n", "\n\nx=1\n",
            "x=1 # c\n  # d\n\n", "x=(1,\n 2)\ny\n", "x=1\n\n\n  y=2", "if 1:\n  pass\n\nif 2: pass\n", "if 1:\n  pass\n# c\n",
            "x=1\n#c\nz", "@d\ndef f(): pass\nf", "", "\n", "# only\n", "x=1;", "match x:\n case 1: pass\ny"]:
    try:
        compile(src, "<s>", "single")
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), e, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
