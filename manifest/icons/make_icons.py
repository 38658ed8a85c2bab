#!/usr/bin/env python3
"""Draws the app icons with the standard library only (zlib PNG writer, 4x4 supersampling).

  python3 manifest/icons/make_icons.py      # writes manifest/color.png and manifest/outline.png

color.png   192x192: a white shield with a keyhole on the accent blue (#1F5FA8), full bleed (Teams rounds it).
outline.png  32x32: the same shield as a white outline with a white keyhole on a transparent background.
"""
import math
import os
import struct
import zlib

ACCENT = (0x1F, 0x5F, 0xA8)
WHITE = (0xFF, 0xFF, 0xFF)
SS = 4  # samples per pixel side


def write_png(path, width, height, rows):
    """rows: list of bytes objects, each width*4 RGBA bytes."""
    raw = b"".join(b"\x00" + r for r in rows)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def shield(cx, top, half_width, shoulder, bottom):
    """Returns inside(x, y) for a shield: straight sides from top to shoulder, then curving to a point."""
    def half_at(y):
        if y < top or y > bottom:
            return -1.0
        if y <= shoulder:
            return half_width
        t = (y - shoulder) / (bottom - shoulder)
        return half_width * math.cos(t * math.pi / 2) ** 0.8

    def inside(x, y):
        # The top edge rises a little towards the corners.
        dx = abs(x - cx)
        h = half_at(y)
        if h < 0 or dx > h:
            return False
        top_edge = top + 0.035 * (1 - (dx / half_width) ** 2) * (half_width / 0.3)
        return y >= top_edge
    return inside


def keyhole(cx, cy, r, stem_top_half, stem_bottom_half, stem_bottom):
    def inside(x, y):
        if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
            return True
        if cy <= y <= stem_bottom:
            t = (y - cy) / (stem_bottom - cy)
            return abs(x - cx) <= stem_top_half + (stem_bottom_half - stem_top_half) * t
        return False
    return inside


def render(size, paint):
    """paint(x, y) -> (r, g, b, a) in unit coordinates; averaged over SS*SS samples (premultiplied)."""
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(SS):
                for sx in range(SS):
                    x = (px + (sx + 0.5) / SS) / size
                    y = (py + (sy + 0.5) / SS) / size
                    r, g, b, a = paint(x, y)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            n = SS * SS
            alpha = acc[3] / n
            if alpha > 0:
                rgb = [round(c / acc[3]) for c in acc[:3]]
            else:
                rgb = [0, 0, 0]
            row += bytes(rgb + [round(alpha * 255)])
        rows.append(bytes(row))
    return rows


def color_icon(size=192):
    outer = shield(0.5, 0.2, 0.25, 0.5, 0.84)
    hole = keyhole(0.5, 0.46, 0.065, 0.022, 0.045, 0.66)

    def paint(x, y):
        if outer(x, y) and not hole(x, y):
            return (*WHITE, 1.0)
        return (*ACCENT, 1.0)
    return render(size, paint)


def outline_icon(size=32):
    # Larger on the small canvas; the stroke is about 2.5 px.
    outer = shield(0.5, 0.06, 0.36, 0.48, 0.96)
    inner = shield(0.5, 0.06 + 0.085, 0.36 - 0.08, 0.48, 0.96 - 0.12)
    hole = keyhole(0.5, 0.43, 0.09, 0.035, 0.065, 0.7)

    def paint(x, y):
        if (outer(x, y) and not inner(x, y)) or hole(x, y):
            return (*WHITE, 1.0)
        return (*WHITE, 0.0)
    return render(size, paint)


def main():
    manifest_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    write_png(os.path.join(manifest_dir, "color.png"), 192, 192, color_icon())
    write_png(os.path.join(manifest_dir, "outline.png"), 32, 32, outline_icon())
    print("wrote color.png (192x192) and outline.png (32x32) in", manifest_dir)


if __name__ == "__main__":
    main()
