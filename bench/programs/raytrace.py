# raytrace: a small Whitted-style ray tracer — spheres and a checkered plane, two point lights,
# Lambert diffuse and Blinn-style specular terms (integer powers only), hard shadows and
# recursive mirror reflection up to depth 3. Vector objects with operator methods, polymorphic
# intersect/normal calls, float math with sqrt only. Size = image width and height in pixels.
# Checksum: the sum of the 8-bit colour channels and a rolling hash of the image.
import sys

EPS = 1e-6
INF = float("inf")


class V3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return V3(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return V3(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        n = (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5
        return V3(self.x / n, self.y / n, self.z / n)

    def reflect(self, n):
        return self - n.scale(2.0 * self.dot(n))


BLACK = V3(0.0, 0.0, 0.0)


class Material:
    def __init__(self, colour, diffuse, specular, shininess, mirror):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess  # an int: used as a repeated-multiply power
        self.mirror = mirror

    def colour_at(self, point):
        return self.colour


class Checker(Material):
    def __init__(self, a, b, diffuse, mirror):
        Material.__init__(self, a, diffuse, 0.0, 1, mirror)
        self.other = b

    def colour_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2 == 0:
            return self.colour
        return self.other


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.r2 = radius * radius
        self.material = material

    def hit(self, origin, direction):
        oc = origin - self.centre
        b = oc.dot(direction)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0.0:
            return INF
        s = disc ** 0.5
        t = -b - s
        if t > EPS:
            return t
        t = -b + s
        if t > EPS:
            return t
        return INF

    def normal_at(self, p):
        return (p - self.centre).norm()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.norm()
        self.material = material

    def hit(self, origin, direction):
        d = direction.dot(self.normal)
        if -EPS < d < EPS:
            return INF
        t = (self.point - origin).dot(self.normal) / d
        return t if t > EPS else INF

    def normal_at(self, p):
        return self.normal


def power(x, n):
    r = 1.0
    while n:
        r *= x
        n -= 1
    return r


class Scene:
    def __init__(self):
        self.objects = [
            Plane(V3(0.0, -1.0, 0.0), V3(0.0, 1.0, 0.0),
                  Checker(V3(0.9, 0.9, 0.9), V3(0.1, 0.1, 0.1), 0.8, 0.25)),
            Sphere(V3(0.0, 0.0, 5.0), 1.0, Material(V3(0.9, 0.2, 0.2), 0.7, 0.5, 24, 0.3)),
            Sphere(V3(-2.2, 0.2, 6.5), 1.2, Material(V3(0.2, 0.8, 0.3), 0.8, 0.3, 12, 0.1)),
            Sphere(V3(2.0, -0.3, 4.2), 0.7, Material(V3(0.3, 0.3, 0.95), 0.6, 0.8, 48, 0.5)),
        ]
        self.lights = [(V3(-4.0, 5.0, 0.0), V3(0.8, 0.8, 0.8)), (V3(5.0, 3.0, 2.0), V3(0.4, 0.35, 0.3))]
        self.ambient = 0.08

    def closest(self, origin, direction):
        best = INF
        found = None
        for obj in self.objects:
            t = obj.hit(origin, direction)
            if t < best:
                best = t
                found = obj
        return found, best

    def shadowed(self, point, to_light, dist):
        for obj in self.objects:
            if obj.hit(point, to_light) < dist:
                return True
        return False

    def trace(self, origin, direction, depth):
        obj, t = self.closest(origin, direction)
        if obj is None:
            k = 0.5 * (direction.y + 1.0)
            return V3(0.2 + 0.3 * k, 0.3 + 0.4 * k, 0.5 + 0.5 * k)
        point = origin + direction.scale(t)
        normal = obj.normal_at(point)
        mat = obj.material
        base = mat.colour_at(point)
        colour = base.scale(self.ambient)
        for (lpos, lcol) in self.lights:
            offset = lpos - point
            dist = offset.dot(offset) ** 0.5
            ldir = offset.scale(1.0 / dist)
            lam = normal.dot(ldir)
            if lam <= 0.0 or self.shadowed(point, ldir, dist):
                continue
            colour = colour + base.mul(lcol).scale(lam * mat.diffuse)
            if mat.specular > 0.0:
                half = (ldir - direction).norm()
                h = normal.dot(half)
                if h > 0.0:
                    colour = colour + lcol.scale(mat.specular * power(h, mat.shininess))
        if depth < 3 and mat.mirror > 0.0:
            rdir = direction.reflect(normal)
            colour = colour.scale(1.0 - mat.mirror) + self.trace(point, rdir, depth + 1).scale(mat.mirror)
        return colour


def clamp_byte(c):
    v = int(c * 255.0)
    return 0 if v < 0 else (255 if v > 255 else v)


def render(size):
    scene = Scene()
    eye = V3(0.0, 0.6, -1.0)
    total = 0
    h = 0
    for j in range(size):
        for i in range(size):
            x = (i + 0.5) / size * 2.0 - 1.0
            y = 1.0 - (j + 0.5) / size * 2.0
            d = V3(x, y - 0.25, 1.6).norm()
            c = scene.trace(eye, d, 0)
            r, g, b = clamp_byte(c.x), clamp_byte(c.y), clamp_byte(c.z)
            total += r + g + b
            h = (h * 1000003 + (r << 16 | g << 8 | b)) % 2147483647
    return total, h


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 90
    total, h = render(size)
    print("raytrace size=%d sum %d hash %d" % (size, total, h))


main()
