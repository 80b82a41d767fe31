# asyncio's event loop policy API: get/set_event_loop_policy, the default policy's loops, a type
# check on set, and None restoring the default.
import asyncio

default = asyncio.get_event_loop_policy()
print(isinstance(default, asyncio.AbstractEventLoopPolicy), default is asyncio.get_event_loop_policy())
try:
    asyncio.set_event_loop_policy(object())
except TypeError as e:
    print(e)


class Counting(asyncio.DefaultEventLoopPolicy):
    made = 0

    def new_event_loop(self):
        Counting.made += 1
        return super().new_event_loop()


asyncio.set_event_loop_policy(Counting())
loop = asyncio.new_event_loop()
print(Counting.made, loop.run_until_complete(asyncio.sleep(0, result='done')))
loop.close()
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
