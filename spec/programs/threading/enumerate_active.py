# enumerate() and active_count() list the live threads; a raw _thread thread shows as a dummy.
import _thread
import threading

ready = threading.Event()
go = threading.Event()


def work():
    ready.set()
    go.wait()


t = threading.Thread(target=work, name='w1')
t.start()
ready.wait()
print(sorted(x.name for x in threading.enumerate()), threading.active_count())
go.set()
t.join()
print([x.name for x in threading.enumerate()], threading.active_count())

done = threading.Event()
info = []


def raw():
    cur = threading.current_thread()
    info.append((cur.name.startswith('Dummy-'), cur.daemon, _thread._count()))
    done.set()


_thread.start_new_thread(raw, ())
done.wait()
print(info)
