"""_socket for pystm: the constants, exceptions, address helpers and host names of CPython's C
module, so that socket.py and the modules that import it (email, http.client, urllib.request,
logging.handlers, ...) load from CPython's stdlib; network sockets themselves are not
available (a worker's interpreter loop never returns to Node's event loop, and Node has no
synchronous sockets): creating one raises OSError naming that. Name lookups answer only for
numeric addresses and localhost.
Written for pystm.
"""

import errno as _errno
import os as _os

has_ipv6 = True

AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6 = 0, 1, 2, 10
AF_NETLINK, AF_PACKET = 16, 17
SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET = 1, 2, 3, 4, 5
SOCK_NONBLOCK, SOCK_CLOEXEC = 2048, 524288
MSG_OOB, MSG_PEEK, MSG_DONTROUTE, MSG_CTRUNC, MSG_TRUNC = 1, 2, 4, 8, 32
MSG_DONTWAIT, MSG_EOR, MSG_WAITALL, MSG_CONFIRM, MSG_ERRQUEUE = 64, 128, 256, 2048, 8192
MSG_NOSIGNAL, MSG_MORE = 16384, 32768
AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_V4MAPPED, AI_ALL = 1, 2, 4, 8, 16
AI_ADDRCONFIG, AI_NUMERICSERV = 32, 1024
NI_NUMERICHOST, NI_NUMERICSERV, NI_NOFQDN, NI_NAMEREQD, NI_DGRAM = 1, 2, 4, 8, 16
NI_MAXHOST, NI_MAXSERV = 1025, 32
EAI_AGAIN, EAI_BADFLAGS, EAI_FAIL, EAI_FAMILY, EAI_MEMORY = -3, -1, -4, -6, -10
EAI_NONAME, EAI_SERVICE, EAI_SOCKTYPE = -2, -8, -7
SOL_SOCKET, SOL_IP, SOL_TCP, SOL_UDP = 1, 0, 6, 17
SO_DEBUG, SO_REUSEADDR, SO_TYPE, SO_ERROR, SO_DONTROUTE, SO_BROADCAST = 1, 2, 3, 4, 5, 6
SO_SNDBUF, SO_RCVBUF, SO_KEEPALIVE, SO_OOBINLINE, SO_LINGER, SO_REUSEPORT = 7, 8, 9, 10, 13, 15
SO_RCVLOWAT, SO_SNDLOWAT, SO_RCVTIMEO, SO_SNDTIMEO, SO_ACCEPTCONN = 18, 19, 20, 21, 30
SCM_RIGHTS, SCM_CREDENTIALS = 1, 2
IPPROTO_IP, IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IPV6, IPPROTO_RAW = 0, 1, 6, 17, 41, 255
IPPROTO_ICMPV6 = 58
IP_TOS, IP_TTL, IP_HDRINCL, IP_OPTIONS = 1, 2, 3, 4
IP_MULTICAST_IF, IP_MULTICAST_TTL, IP_MULTICAST_LOOP, IP_ADD_MEMBERSHIP, IP_DROP_MEMBERSHIP = 32, 33, 34, 35, 36
IPV6_V6ONLY, IPV6_JOIN_GROUP, IPV6_LEAVE_GROUP = 26, 20, 21
IPV6_MULTICAST_IF, IPV6_MULTICAST_HOPS, IPV6_MULTICAST_LOOP, IPV6_UNICAST_HOPS = 17, 18, 19, 16
TCP_NODELAY, TCP_MAXSEG, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT = 1, 2, 4, 5, 6
SHUT_RD, SHUT_WR, SHUT_RDWR = 0, 1, 2
INADDR_ANY, INADDR_BROADCAST, INADDR_LOOPBACK, INADDR_NONE = 0, 4294967295, 2130706433, 4294967295
SOMAXCONN = 4096

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = gaierror.__module__ = 'socket'

_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    if timeout is not None:
        timeout = float(timeout)
        if timeout < 0.0:
            raise ValueError('Timeout value out of range')
    _default_timeout = timeout


def _unsupported():
    return OSError(_errno.ENOSYS, 'pystm: network sockets are not supported')


class socket:
    """A socket object: not available in pystm (creating one raises OSError)."""

    __slots__ = ()   # (a C type's instances: socket.py's subclass adds __weakref__)

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        raise _unsupported()

    family = type = proto = property(lambda self: None)


socket.__module__ = '_socket'
SocketType = socket


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    raise _unsupported()


def dup(fd):
    return _os.dup(fd) if hasattr(_os, 'dup') else fd


def close(fd):
    _os.close(fd)


def gethostname():
    return _os.uname().nodename


def sethostname(name):
    raise PermissionError(_errno.EPERM, 'Operation not permitted')


def _numeric_v4(host):
    try:
        inet_aton(host)
        return host.count('.') == 3
    except OSError:
        return False


def gethostbyname(host):
    """The IPv4 address of a host: numeric addresses and localhost only (no resolver)."""
    if not isinstance(host, (str, bytes, bytearray)):
        raise TypeError(f"gethostbyname() argument 1 must be str, bytes or bytearray, not {type(host).__name__}")
    host = host.decode() if not isinstance(host, str) else host
    if host in ('', 'localhost', gethostname()) or host.endswith('.localhost'):
        return '127.0.0.1'
    if _numeric_v4(host):
        return host
    raise gaierror(EAI_NONAME, 'Name or service not known')


def gethostbyname_ex(host):
    return (host, [], [gethostbyname(host)])


def gethostbyaddr(ip):
    if ip in ('127.0.0.1', '::1', 'localhost'):
        return ('localhost', [], [ip if ip != 'localhost' else '127.0.0.1'])
    raise herror(1, 'Unknown host')


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Address info for numeric hosts and localhost only (no resolver)."""
    if isinstance(port, str):
        if port.isdigit():
            port = int(port)
        else:
            port = getservbyname(port)
    elif port is None:
        port = 0
    results = []
    kinds = [type] if type else [SOCK_STREAM, SOCK_DGRAM, SOCK_RAW]
    protos = {SOCK_STREAM: IPPROTO_TCP, SOCK_DGRAM: IPPROTO_UDP, SOCK_RAW: 0}
    if host is None or host in ('localhost', ''):
        addrs = [(AF_INET6, ('::1', port, 0, 0)), (AF_INET, ('127.0.0.1', port))]
        if host is None and flags & AI_PASSIVE:
            addrs = [(AF_INET, ('0.0.0.0', port)), (AF_INET6, ('::', port, 0, 0))]
    elif ':' in host:
        inet_pton(AF_INET6, host)
        addrs = [(AF_INET6, (host, port, 0, 0))]
    else:
        addrs = [(AF_INET, (gethostbyname(host), port))]
    for fam, addr in addrs:
        if family and fam != family:
            continue
        for kind in kinds:
            results.append((fam, kind, proto or protos.get(kind, 0), '', addr))
    if not results:
        raise gaierror(EAI_FAMILY, 'ai_family not supported')
    return results


def getnameinfo(sockaddr, flags):
    host, port = sockaddr[0], sockaddr[1]
    return (host, str(port))


_SERVICES = {'echo': 7, 'ftp-data': 20, 'ftp': 21, 'ssh': 22, 'telnet': 23, 'smtp': 25,
             'domain': 53, 'http': 80, 'pop3': 110, 'nntp': 119, 'ntp': 123, 'imap': 143,
             'snmp': 161, 'ldap': 389, 'https': 443, 'submission': 587, 'imaps': 993, 'pop3s': 995}


def getservbyname(name, proto=None):
    try:
        return _SERVICES[name]
    except KeyError:
        raise OSError('service/proto not found') from None


def getservbyport(port, proto=None):
    for name, p in _SERVICES.items():
        if p == port:
            return name
    raise OSError('port/proto not found')


def getprotobyname(name):
    try:
        return {'ip': 0, 'icmp': 1, 'tcp': 6, 'udp': 17, 'ipv6': 41, 'icmpv6': 58, 'raw': 255}[name]
    except KeyError:
        raise OSError('protocol not found') from None


def htons(x):
    if x < 0 or x > 0xFFFF:
        raise OverflowError('htons: Python int too large to convert to C 16-bit unsigned integer')
    return ((x & 0xFF) << 8) | (x >> 8)


ntohs = htons


def htonl(x):
    if x < 0 or x > 0xFFFFFFFF:
        raise OverflowError('int larger than 32 bits')
    return int.from_bytes(x.to_bytes(4, 'big'), 'little')


ntohl = htonl


def inet_aton(string):
    """IPv4 dotted notation (inet_aton's forms: a, a.b, a.b.c, a.b.c.d) to 4 bytes."""
    parts = string.split('.')
    try:
        if not 1 <= len(parts) <= 4 or any(p == '' for p in parts):
            raise ValueError
        nums = [int(p, 0) if not (len(p) > 1 and p[0] == '0' and p[1] not in 'xX') else int(p, 8)
                for p in parts]
        last_bits = 8 * (5 - len(nums))
        if any(n < 0 or n > 255 for n in nums[:-1]) or not 0 <= nums[-1] < (1 << last_bits):
            raise ValueError
    except ValueError:
        raise OSError('illegal IP address string passed to inet_aton') from None
    value = 0
    for n in nums[:-1]:
        value = (value << 8) | n
    value = (value << last_bits) | nums[-1]
    return value.to_bytes(4, 'big')


def inet_ntoa(packed):
    packed = bytes(packed)
    if len(packed) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '.'.join(str(b) for b in packed)


def inet_pton(family, string):
    if family == AF_INET:
        parts = string.split('.')
        if len(parts) != 4 or not all(p.isdigit() and len(p) <= 3 and int(p) <= 255 and
                                      not (len(p) > 1 and p[0] == '0') for p in parts):
            raise OSError('illegal IP address string passed to inet_pton')
        return bytes(int(p) for p in parts)
    if family == AF_INET6:
        import ipaddress
        try:
            return ipaddress.IPv6Address(string).packed
        except ValueError:
            raise OSError('illegal IP address string passed to inet_pton') from None
    raise OSError(_errno.EAFNOSUPPORT, 'Address family not supported by protocol')


def inet_ntop(family, packed):
    packed = bytes(packed)
    if family == AF_INET:
        if len(packed) != 4:
            raise ValueError('invalid length of packed IP address string')
        return inet_ntoa(packed)
    if family == AF_INET6:
        if len(packed) != 16:
            raise ValueError('invalid length of packed IP address string')
        import ipaddress
        return str(ipaddress.IPv6Address(packed))
    raise ValueError(f'unknown address family {family}')


def if_nameindex():
    return [(1, 'lo')]


def CMSG_LEN(length):
    return 16 + length


def CMSG_SPACE(length):
    return 16 + ((length + 7) & ~7)
