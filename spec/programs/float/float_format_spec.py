# format() and f-strings with float format specs.
x = 1234.5678
print(f"{x}|{x:.2f}|{x:10.1f}|{x:<10.1f}|{x:^12.3f}|{x:e}|{x:.3E}|{x:g}|{x:.3g}|{x:G}|{x:%}|{x:.1%}")
print(f"{x:,.2f}|{x:_.1f}|{x:+.0f}|{-x: .1f}|{x:012.2f}|{-x:=12.2f}|{x:*^15,.1f}|{x:n}|{x:.0e}|{x:#.0f}|{x:#g}")
for v in (0.0, -0.0, 1e-5, 1e16, 123456789.0, 0.000123456, 1e100, float("inf"), float("-inf"), float("nan"), 2.5, 3.5):
    print(f"{v}|{v:g}|{v:.2g}|{v:.10g}|{v:e}|{v:.0f}|{v:f}|{v:8.3}|{v:z.1f}")
print(format(1.5), format(1.5, ""), format(1e200, ",.0f")[:30], format(0.1, ".30f"), format(-1e-300, "z.2f"))
for spec in ("d", "x", "c", ".2s", ",_f"):
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print("ValueError:", e)
