"""select for pystm: the module's error and the select() call, so that selectors (and socket,
which imports it) load; there are no sockets or pollable pipes to wait on in pystm, so
select() on anything raises OSError naming that, except an empty wait, which sleeps as
CPython's does.
Written for pystm.
"""

import errno as _errno

error = OSError


def select(rlist, wlist, xlist, timeout=None):
    """Waits for descriptors to be ready: only the empty wait (a sleep) is available."""
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    if rlist or wlist or xlist:
        raise OSError(_errno.ENOSYS, 'pystm: select() on descriptors is not supported')
    if timeout:
        import time
        time.sleep(timeout)
    return [], [], []
