# An async generator exposes ag_frame (no f_back before it runs), ag_code and ag_running.
async def f():
    yield 1

ag = f()
print(ag.ag_frame.f_back, ag.ag_code.co_name, ag.ag_running, ag.ag_frame.f_code is ag.ag_code)
